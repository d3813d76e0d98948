package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/segmentio/kafka-go"

	"github.com/runaroundhq/runaround/enrich"
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

// poisonEnricher is a real Pool that panics, as a bug would, on any batch
// holding an interaction whose id starts with "poison".
type poisonEnricher struct{ *enrich.Pool }

func (e poisonEnricher) EnrichBatch(in []transcript.Interaction, out *enrich.Columns) {
	for i := range in {
		if strings.HasPrefix(in[i].ID, "poison") {
			var m map[string]int
			m[in[i].ID]++ // a real runtime panic: assignment to a nil map
		}
	}
	e.Pool.EnrichBatch(in, out)
}

// A message whose enrichment panics goes to the dead-letter topic with
// reason enrich-panic; every other row of its batch is enriched, in order,
// with its provenance, exactly as if the poison had never been there.
func TestEnrichPanicDeadLettersThePoison(t *testing.T) {
	made := 0
	st := Stages{NewEnricher: func() (enrich.Enricher, error) {
		made++
		p, err := enrich.NewPool(enrich.DefaultConfig(), 2)
		return poisonEnricher{p}, err
	}}
	p := &Pipeline{st: st, metrics: NewMetrics(nil), log: slog.New(slog.DiscardHandler)}

	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 8})
	var b ingest.Batch
	var good []transcript.Interaction
	poison := map[int64]bool{}
	for i := 0; i < 30; i++ {
		in := g.Next()
		if i == 3 || i == 17 {
			in.ID = fmt.Sprint("poison-", i)
			poison[int64(i)] = true
		} else {
			good = append(good, in)
		}
		v, err := transcript.Encode(nil, &in)
		if err != nil {
			t.Fatal(err)
		}
		b.Messages = append(b.Messages, kafka.Message{Topic: "support.chat", Partition: 2, Offset: int64(i), Value: v})
	}
	b.Messages = append(b.Messages, kafka.Message{Topic: "support.chat", Partition: 2, Offset: 30, Value: []byte("{")})

	w := &worker{} // no ClickHouse writer: this test stops before the insert
	if err := w.renew(st); err != nil {
		t.Fatal(err)
	}
	defer func() { w.enricher.(io.Closer).Close() }()
	w.decode(&b, 0)
	if err := p.enrich(context.Background(), w, &b); err != nil {
		t.Fatal(err)
	}

	if len(w.refusals) != 3 {
		t.Fatalf("%d refusals, want the malformed message and the 2 poison ones", len(w.refusals))
	}
	for _, r := range w.refusals[1:] {
		var pe *enrich.PanicError
		if r.Reason != ReasonEnrichPanic || !poison[r.Message.Offset] || !errors.As(r.Err, &pe) || !strings.Contains(pe.Error(), "nil map") {
			t.Errorf("refusal %s at offset %d (%v): want %s for a poison message, with the panic", r.Reason, r.Message.Offset, r.Err, ReasonEnrichPanic)
		}
	}
	if got := testutil.ToFloat64(p.metrics.EnrichPanics); got != 1 {
		t.Errorf("enrich panics counted %v, want 1 (one batch)", got)
	}
	// One enricher to start, then a fresh one after each panic (the
	// batch's and each poison row's), and no more: the row-by-row search
	// does not rebuild an enricher per row.
	if made != 4 {
		t.Errorf("%d enrichers made, want 4: the first, then one per panic", made)
	}

	// The rows left are the good ones, in order, with their sources and
	// the columns one clean enricher gives them.
	if len(w.interactions) != len(good) || len(w.sources) != len(good) || len(w.columns.Sentiment) != len(good) {
		t.Fatalf("%d rows, %d sources, %d enriched; want %d of each", len(w.interactions), len(w.sources), len(w.columns.Sentiment), len(good))
	}
	for i := range good {
		if w.interactions[i].ID != good[i].ID || poison[w.sources[i].Offset] || b.Messages[w.sources[i].Offset].Offset != w.sources[i].Offset {
			t.Fatalf("row %d is %s from offset %d, want %s", i, w.interactions[i].ID, w.sources[i].Offset, good[i].ID)
		}
	}
	e, err := enrich.New(enrich.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var want enrich.Columns
	e.EnrichBatch(good, &want)
	if !slices.Equal(want.Sentiment, w.columns.Sentiment) || !slices.Equal(want.HandoffCount, w.columns.HandoffCount) {
		t.Error("the good rows' columns differ from a clean enrichment of them alone")
	}
}
