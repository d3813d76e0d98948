package main

// End-to-end tests: the real binary against the real Kafka broker and the
// real ClickHouse server that `make up` starts (`make test` does it first).
// Each test uses its own topics, consumer group and database, so runs never
// see each other's data.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/segmentio/kafka-go"

	"github.com/runaroundhq/runaround/ingest"
	"github.com/runaroundhq/runaround/transcript"
)

const e2eCount = 100_000

// binary builds the runaround binary once, on first use, so tests that run
// the commands in process (and -short runs) do not pay for a build.
var binary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "runaround-e2e-")
	if err != nil {
		return "", err
	}
	binDir = dir
	path := filepath.Join(dir, "runaround")
	if out, err := exec.Command("go", "build", "-o", path, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("cannot build runaround for the end-to-end tests: %v\n%s", err, out)
	}
	return path, nil
})

// binDir is the build's directory, once built; TestMain removes it.
var binDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// env is one test's isolated world: topics, group and database.
type env struct {
	t      *testing.T
	name   string
	vars   []string
	kafka  ingest.Config
	dbName string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	name := fmt.Sprintf("e2e%d%d", time.Now().UnixNano()%1e9, os.Getpid()%1000)
	e := &env{t: t, name: name, kafka: ingest.DefaultConfig(), dbName: "runaround_" + name}
	e.kafka.Topics = ingest.Topics{Voice: name + ".voice", Chat: name + ".chat", Social: name + ".social", DeadLetter: name + ".deadletter"}
	e.kafka.GroupID = name
	e.vars = append(os.Environ(),
		"RUNAROUND_KAFKA_TOPICS_VOICE="+e.kafka.Topics.Voice,
		"RUNAROUND_KAFKA_TOPICS_CHAT="+e.kafka.Topics.Chat,
		"RUNAROUND_KAFKA_TOPICS_SOCIAL="+e.kafka.Topics.Social,
		"RUNAROUND_KAFKA_TOPICS_DEADLETTER="+e.kafka.Topics.DeadLetter,
		"RUNAROUND_KAFKA_GROUP_ID="+name,
		"RUNAROUND_CLICKHOUSE_DATABASE="+e.dbName,
		"RUNAROUND_METRICS_ADDR=", // several pipelines may run at once
	)
	if os.Getenv("RUNAROUND_KAFKA_BROKERS") != "" {
		e.kafka.Brokers = strings.Split(os.Getenv("RUNAROUND_KAFKA_BROKERS"), ",")
	}
	t.Cleanup(func() {
		if c := e.ch(); c != nil {
			c.Exec(context.Background(), "DROP DATABASE IF EXISTS "+e.dbName)
			c.Close()
		}
	})
	return e
}

func (e *env) cmd(ctx context.Context, args ...string) *exec.Cmd {
	e.t.Helper()
	path, err := binary()
	if err != nil {
		e.t.Fatal(err)
	}
	c := exec.CommandContext(ctx, path, args...)
	c.Env = e.vars
	return c
}

// run runs the binary to completion and fails the test on error.
func (e *env) run(args ...string) string {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	var out bytes.Buffer
	c := e.cmd(ctx, args...)
	c.Stdout, c.Stderr = &out, &out
	start := time.Now()
	if err := c.Run(); err != nil {
		e.t.Fatalf("runaround %s: %v\n%s", strings.Join(args, " "), err, tail(out.String(), 3000))
	}
	e.t.Logf("runaround %s took %s", strings.Join(args, " "), time.Since(start).Round(time.Millisecond))
	return out.String()
}

// start starts the binary in the background; the test ends it.
func (e *env) start(args ...string) (*exec.Cmd, *bytes.Buffer) {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	e.t.Cleanup(cancel)
	c := e.cmd(ctx, args...)
	out := &bytes.Buffer{}
	c.Stdout, c.Stderr = out, out
	if err := c.Start(); err != nil {
		e.t.Fatal(err)
	}
	return c, out
}

// waitRows waits (at most 5 minutes) until the table holds at least min rows
// and returns how many it holds.
func (e *env) waitRows(min uint64) uint64 {
	e.t.Helper()
	var n uint64
	for deadline := time.Now().Add(5 * time.Minute); time.Now().Before(deadline); {
		time.Sleep(200 * time.Millisecond)
		if n = e.queryUint("SELECT count() FROM {db}.interactions"); n >= min {
			break
		}
	}
	return n
}

func (e *env) ch() clickhouse.Conn {
	addr := "127.0.0.1:9000"
	if a := os.Getenv("RUNAROUND_CLICKHOUSE_ADDR"); a != "" {
		addr = strings.Split(a, ",")[0]
	}
	c, err := clickhouse.Open(&clickhouse.Options{Addr: []string{addr}})
	if err != nil || c.Ping(context.Background()) != nil {
		return nil
	}
	return c
}

func (e *env) queryUint(q string) uint64 {
	e.t.Helper()
	c := e.ch()
	if c == nil {
		e.t.Fatal("cannot reach ClickHouse on 127.0.0.1:9000: run `make up` (make test does it for you)")
	}
	defer c.Close()
	var n uint64
	if err := c.QueryRow(context.Background(), strings.ReplaceAll(q, "{db}", e.dbName)).Scan(&n); err != nil {
		e.t.Fatalf("%s: %v", q, err)
	}
	return n
}

// badMessages are malformed in every way the wire format refuses, each with
// the reason it must be dead-lettered for.
func badMessages() []struct {
	value  []byte
	reason string
} {
	big := `{"id":"big","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":[{"speaker":"customer","text":"` + strings.Repeat("x", 1536<<10) + `"}]}`
	return []struct {
		value  []byte
		reason string
	}{
		{[]byte(`{"id":"x1","channel":"chat",`), transcript.ReasonMalformed},
		{[]byte(`not json at all`), transcript.ReasonMalformed},
		{[]byte(`{"channel":"chat","started_at":"2026-11-06T09:00:00Z"}`), transcript.ReasonMissing},
		{[]byte(`{"id":42,"channel":"chat","started_at":"2026-11-06T09:00:00Z"}`), transcript.ReasonWrongType},
		{[]byte(`{"id":"x2","channel":"fax","started_at":"2026-11-06T09:00:00Z"}`), transcript.ReasonInvalid},
		{[]byte("{\"id\":\"x3\",\"channel\":\"chat\",\"started_at\":\"2026-11-06T09:00:00Z\",\"turns\":[{\"speaker\":\"customer\",\"text\":\"caf\xe9\"}]}"), transcript.ReasonInvalidUTF8},
		{[]byte(big), transcript.ReasonOversize},
	}
}

// produce writes n generated interactions and, every 1/len(bad) of the way,
// one malformed message to the topic of the channel in turn.
func (e *env) produce(n int, seed int64, withBad bool) (bad int) {
	e.t.Helper()
	ctx := context.Background()
	if err := ingest.EnsureTopics(ctx, e.kafka); err != nil {
		e.t.Fatal(err)
	}
	p := ingest.NewProducer(e.kafka)
	defer p.Close()
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: seed})
	bads := badMessages()
	var batch []kafka.Message
	every := n / (len(bads) + 1)
	for i := 0; i < n; i++ {
		in := g.Next()
		v, err := transcript.Encode(nil, &in)
		if err != nil {
			e.t.Fatal(err)
		}
		batch = append(batch, kafka.Message{Topic: e.kafka.Topics.ForChannel(in.Channel), Key: []byte(in.ID), Value: v})
		if withBad && i > 0 && i%every == 0 && bad < len(bads) {
			topic := e.kafka.Topics.Inputs()[bad%3]
			batch = append(batch, kafka.Message{Topic: topic, Key: []byte("bad-" + strconv.Itoa(bad)), Value: bads[bad].value})
			bad++
		}
		if len(batch) >= 1000 || i == n-1 {
			if err := p.Write(ctx, batch...); err != nil {
				e.t.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	return bad
}

// deadLetters reads the whole dead-letter topic.
func (e *env) deadLetters() []kafka.Message {
	e.t.Helper()
	var out []kafka.Message
	for p := 0; p < e.kafka.Partitions; p++ {
		r := kafka.NewReader(kafka.ReaderConfig{Brokers: e.kafka.Brokers, Topic: e.kafka.Topics.DeadLetter, Partition: p, MaxWait: 200 * time.Millisecond, MaxBytes: 16 << 20})
		for {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			m, err := r.ReadMessage(ctx)
			cancel()
			if err != nil {
				break
			}
			out = append(out, m)
		}
		r.Close()
	}
	return out
}

func header(m kafka.Message, key string) string {
	for _, h := range m.Headers {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return ""
}

func TestEndToEndExactCountsAndDeadLetters(t *testing.T) {
	e := newEnv(t)
	e.run("migrate")
	bad := e.produce(e2eCount, 7, true)
	if bad != len(badMessages()) {
		t.Fatalf("planted %d bad messages, want %d", bad, len(badMessages()))
	}
	out := e.run("run", "--exit-when-idle", "5s")
	t.Logf("pipeline: %s", lastLine(out))

	rowsOut := e.queryUint("SELECT uniqExact(id) FROM {db}.interactions")
	rowsStored := e.queryUint("SELECT count() FROM {db}.interactions")
	t.Logf("rows in %d, distinct ids out %d, rows stored %d (duplicates %d), dead letters planted %d", e2eCount, rowsOut, rowsStored, rowsStored-rowsOut, bad)
	if rowsOut != e2eCount {
		t.Fatalf("analysts see %d distinct interactions, want exactly %d", rowsOut, e2eCount)
	}
	if n := e.queryUint("SELECT count() FROM {db}.interactions WHERE id LIKE 'x%' OR id = 'big'"); n != 0 {
		t.Fatalf("%d malformed messages reached ClickHouse", n)
	}
	dls := e.deadLetters()
	if len(dls) != bad {
		t.Fatalf("dead-letter topic holds %d messages, want exactly the %d malformed ones", len(dls), bad)
	}
	wantReasons := map[string]int{}
	for _, b := range badMessages() {
		wantReasons[b.reason]++
	}
	for _, m := range dls {
		if !strings.HasPrefix(string(m.Key), "bad-") {
			t.Errorf("a good message (key %q) was dead-lettered: %s", m.Key, header(m, ingest.HeaderError))
		}
		reason := header(m, ingest.HeaderReason)
		wantReasons[reason]--
		if header(m, ingest.HeaderError) == "" || header(m, ingest.HeaderSourceTopic) == "" || header(m, ingest.HeaderSourceOffset) == "" || header(m, ingest.HeaderSourcePartition) == "" {
			t.Errorf("dead letter %q lacks provenance headers: %+v", m.Key, m.Headers)
		}
		if !strings.HasPrefix(header(m, ingest.HeaderSourceTopic), e.name+".") {
			t.Errorf("dead letter %q names source topic %q", m.Key, header(m, ingest.HeaderSourceTopic))
		}
	}
	for r, n := range wantReasons {
		if n != 0 {
			t.Errorf("reason %s: %d dead letters missing (negative: extra)", r, n)
		}
	}
	checkStoredEnrichment(e, 7, e2eCount, 1000)

	// Every committed offset covers everything: a second run finds nothing to do.
	out = e.run("run", "--exit-when-idle", "3s")
	if !strings.Contains(out, " 0 messages") {
		t.Fatalf("a second run re-read messages, so offsets were not committed: %s", lastLine(out))
	}
}

func TestEndToEndKill9Restart(t *testing.T) {
	e := newEnv(t)
	e.run("migrate")
	e.produce(e2eCount, 11, false)

	// First run: killed with SIGKILL once some (not all) rows are in.
	first, out := e.start("run")
	before := e.waitRows(e2eCount / 3)
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.Wait()
	if before == 0 || before >= e2eCount {
		t.Fatalf("the kill came at %d rows; the test needs it half-way (output: %s)", before, tail(out.String(), 2000))
	}
	t.Logf("killed -9 with %d rows stored", before)

	e.run("run", "--exit-when-idle", "5s")
	distinct := e.queryUint("SELECT uniqExact(id) FROM {db}.interactions")
	stored := e.queryUint("SELECT count() FROM {db}.interactions")
	t.Logf("rows in %d, distinct ids out %d, rows stored %d (duplicates from the replay: %d)", e2eCount, distinct, stored, stored-distinct)
	if distinct != e2eCount {
		t.Fatalf("after kill -9 and restart analysts see %d distinct interactions, want exactly %d", distinct, e2eCount)
	}
	// The table removes the replay's duplicates itself.
	c := e.ch()
	defer c.Close()
	if err := c.Exec(context.Background(), "OPTIMIZE TABLE "+e.dbName+".interactions FINAL"); err != nil {
		t.Fatal(err)
	}
	if n := e.queryUint("SELECT count() FROM {db}.interactions"); n != e2eCount {
		t.Fatalf("after merging, the table holds %d rows, want %d: duplicates were not collapsed", n, e2eCount)
	}
	if n := e.queryUint("SELECT count() FROM {db}.interactions FINAL"); n != e2eCount {
		t.Fatalf("FINAL sees %d rows, want %d", n, e2eCount)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// SIGTERM stops cleanly: what was fetched is stored and committed, so the
// next run continues exactly where it stopped, with no duplicate at all.
func TestEndToEndSIGTERMCommitsEverything(t *testing.T) {
	const n = 30_000
	e := newEnv(t)
	e.run("migrate")
	e.produce(n, 13, false)

	first, out := e.start("run")
	e.waitRows(1)
	if err := first.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := first.Wait(); err != nil {
		t.Fatalf("run exited with %v after SIGTERM, want a clean exit:\n%s", err, tail(out.String(), 2000))
	}
	if !strings.Contains(out.String(), "pipeline stopped") {
		t.Fatalf("no final report after SIGTERM:\n%s", tail(out.String(), 2000))
	}
	afterStop := e.queryUint("SELECT count() FROM {db}.interactions")
	t.Logf("SIGTERM: %d rows stored; %s", afterStop, lastLine(out.String()))

	e.run("run", "--exit-when-idle", "5s")
	distinct := e.queryUint("SELECT uniqExact(id) FROM {db}.interactions")
	stored := e.queryUint("SELECT count() FROM {db}.interactions")
	t.Logf("rows in %d, distinct out %d, stored %d", n, distinct, stored)
	if distinct != n || stored != n {
		t.Fatalf("after SIGTERM and restart: %d distinct, %d stored, want exactly %d of each (a clean stop must commit what it stored)", distinct, stored, n)
	}
}
