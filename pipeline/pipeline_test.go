package pipeline

import (
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/segmentio/kafka-go"

	"github.com/runaroundhq/runaround/ingest"
	"github.com/runaroundhq/runaround/transcript"
)

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("default config is invalid: %v", err)
	}
	cases := []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"no workers", func(c *Config) { c.Workers = 0 }, "pipeline.workers"},
		{"retry min above max", func(c *Config) { c.RetryMin = time.Minute; c.RetryMax = time.Second }, "pipeline.retry_min"},
		{"no shutdown timeout", func(c *Config) { c.ShutdownTimeout = 0 }, "pipeline.shutdown_timeout"},
		{"negative idle", func(c *Config) { c.ExitWhenIdle = -time.Second }, "pipeline.exit_when_idle"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.mod(&c)
			if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate() = %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
}

// A batch splits into rows to insert and refusals to dead-letter, each
// keeping its Kafka provenance, and nothing is lost or counted twice.
func TestWorkerDecodeSplitsGoodFromBad(t *testing.T) {
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 5})
	var b ingest.Batch
	var good []string
	for i := 0; i < 20; i++ {
		in := g.Next()
		v, err := transcript.Encode(nil, &in)
		if err != nil {
			t.Fatal(err)
		}
		b.Messages = append(b.Messages, kafka.Message{Topic: "support.chat", Partition: 1, Offset: int64(i), Value: v})
		good = append(good, in.ID)
		if i%5 == 0 {
			b.Messages = append(b.Messages, kafka.Message{Topic: "support.chat", Partition: 1, Offset: int64(1000 + i), Value: []byte(`{"id":`)})
		}
	}
	b.Messages = append(b.Messages, kafka.Message{Topic: "support.voice", Partition: 0, Offset: 7, Value: make([]byte, 2<<20)})

	var w worker
	w.decode(&b, 0)
	if len(w.interactions)+len(w.refusals) != len(b.Messages) {
		t.Fatalf("%d rows + %d refusals from %d messages", len(w.interactions), len(w.refusals), len(b.Messages))
	}
	for i, in := range w.interactions {
		if in.ID != good[i] {
			t.Fatalf("row %d is %q, want %q (order must follow the batch)", i, in.ID, good[i])
		}
		if w.sources[i].Offset != int64(i) || w.sources[i].Topic != "support.chat" || w.sources[i].Partition != 1 {
			t.Fatalf("row %d has source %+v", i, w.sources[i])
		}
	}
	reasons := map[string]int{}
	for _, r := range w.refusals {
		reasons[r.Reason]++
		if r.Err == nil || r.Message.Offset == 0 && r.Message.Topic == "" {
			t.Fatalf("refusal without error or provenance: %+v", r)
		}
	}
	if reasons[transcript.ReasonMalformed] != 4 || reasons[transcript.ReasonOversize] != 1 {
		t.Fatalf("refusal reasons %v, want 4 malformed-json and 1 oversize", reasons)
	}
	// Reuse: a second, all-good batch leaves no refusal behind.
	w.decode(&ingest.Batch{Messages: b.Messages[0:1]}, 0)
	if len(w.refusals) != 0 || len(w.interactions) != 1 {
		t.Fatalf("reused worker kept state: %d rows, %d refusals", len(w.interactions), len(w.refusals))
	}
}

// The per-topic counter adds runs, not single messages, and still counts
// every message to its topic when topics interleave.
func TestCountByTopic(t *testing.T) {
	p, m := &Pipeline{}, NewMetrics(nil)
	p.metrics = m
	var b ingest.Batch
	for _, topic := range []string{"a", "a", "b", "a", "c", "c", "c", "b"} {
		b.Messages = append(b.Messages, kafka.Message{Topic: topic})
	}
	p.countByTopic(&b)
	p.countByTopic(&ingest.Batch{}) // an empty batch counts nothing
	for topic, want := range map[string]float64{"a": 3, "b": 2, "c": 3} {
		if got := testutil.ToFloat64(m.Messages.WithLabelValues(topic)); got != want {
			t.Errorf("topic %s counted %v messages, want %v", topic, got, want)
		}
	}
}
