package enrich

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/runaroundhq/runaround/transcript"
)

// poolTestBatch is n interactions of every channel and size (generated
// support text with PII, handoffs, promises), plus the edge rows: no turns,
// an empty turn, an unknown speaker.
func poolTestBatch(n int) []transcript.Interaction {
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 11})
	in := make([]transcript.Interaction, n)
	for i := range in {
		switch i % 9 {
		case 4:
			in[i] = transcript.Interaction{ID: fmt.Sprint("empty-", i), Channel: transcript.ChannelChat}
		case 7:
			in[i] = transcript.Interaction{ID: fmt.Sprint("odd-", i), Channel: transcript.ChannelChat,
				Turns: []transcript.Turn{cust(""), {Speaker: "bot", Text: "beep 4111 1111 1111 1111"}, agent("Let me transfer you to billing.")}}
		default:
			in[i] = g.Next()
		}
	}
	return in
}

// diffColumns lists the fields where a and b differ: every exported field of
// Columns (found by reflection, so a new column is compared without anyone
// adding it here) and the flagged sentences.
func diffColumns(a, b *Columns) []string {
	var diffs []string
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := 0; i < va.NumField(); i++ {
		f := va.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			diffs = append(diffs, f.Name)
		}
	}
	if !reflect.DeepEqual(a.flagged, b.flagged) && (len(a.flagged) > 0 || len(b.flagged) > 0) {
		diffs = append(diffs, "flagged")
	}
	return diffs
}

// TestPoolMatchesEngine: a Pool's output equals one Engine's over the same
// batch, field by field, for batches of 0, 1, fewer rows than workers, and
// sizes not divisible by the worker count; with the same Pool and Columns
// reused from bigger to smaller batches and back, so a column the merge
// forgot would keep stale rows and differ.
func TestPoolMatchesEngine(t *testing.T) {
	e := newTestEngine(t)
	for _, workers := range []int{1, 2, 3, 4} {
		p, err := NewPool(DefaultConfig(), workers)
		if err != nil {
			t.Fatal(err)
		}
		p.minShardBytes = 1 // split even the smallest batches
		var got, want Columns
		for _, n := range []int{37, 0, 1, 2, 3, 5, 7, 64, 1, 30} {
			in := poolTestBatch(n)
			p.EnrichBatch(in, &got)
			e.EnrichBatch(in, &want)
			if d := diffColumns(&got, &want); len(d) > 0 {
				t.Fatalf("%d workers, %d rows: Pool and Engine differ in %v", workers, n, d)
			}
			if n == 64 {
				// The batch exercises the merges that shift indexes.
				for name, l := range map[string]*StringList{"PIIKinds": &want.PIIKinds, "HandoffTargets": &want.HandoffTargets,
					"PromiseKinds": &want.PromiseKinds, "EscalationKinds": &want.EscalationKinds} {
					if len(l.Values) == 0 {
						t.Fatalf("test batch has no %s", name)
					}
				}
				if len(want.flagged) == 0 {
					t.Fatal("test batch has no flagged sentence")
				}
			}
		}
		if err := p.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPoolMergePlanCoversColumns: every field of Columns has a merge rule
// (or, for the unexported arena, a deliberate skip).
func TestPoolMergePlanCoversColumns(t *testing.T) {
	plan, err := columnsMergePlan()
	if err != nil {
		t.Fatal(err)
	}
	merged := map[string]bool{}
	for _, f := range plan {
		merged[f.name] = true
	}
	ct := reflect.TypeFor[Columns]()
	for i := 0; i < ct.NumField(); i++ {
		if name := ct.Field(i).Name; !merged[name] && name != "textArena" {
			t.Errorf("Columns.%s is not merged by Pool", name)
		}
	}
	// A column of a type without a rule is refused, not skipped.
	for _, typ := range []reflect.Type{reflect.TypeFor[[][]string](), reflect.TypeFor[map[string]int](), reflect.TypeFor[int]()} {
		if exportedMerger(0, reflect.StructField{Name: "NewColumn", Type: typ}) != nil {
			t.Errorf("a %s column would be merged without a rule", typ)
		}
	}
}

// TestPoolSplitsWork checks that a batch above the threshold is really
// split (every shard gets rows) and a small one is not.
func TestPoolSplitsWork(t *testing.T) {
	p, err := NewPool(DefaultConfig(), 3)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	big := benchBatch("chat", 100)
	if s := p.split(big); s != 3 {
		t.Fatalf("150 KB batch: %d shards, want 3", s)
	}
	for k := 0; k < 3; k++ {
		if p.bounds[k+1]-p.bounds[k] < 20 {
			t.Fatalf("unbalanced shards: bounds %v", p.bounds)
		}
	}
	if s := p.split(benchBatch("tweet", 10)); s > 1 {
		t.Fatalf("2 KB batch split into %d shards", s)
	}
}

func TestPoolAllocs(t *testing.T) {
	p, err := NewPool(DefaultConfig(), 2)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	in := benchBatch("chat", 64)
	var c Columns
	p.EnrichBatch(in, &c)
	if p.split(in) < 2 {
		t.Fatal("batch not split: the test would not measure the parallel path")
	}
	if a := testing.AllocsPerRun(20, func() { p.EnrichBatch(in, &c) }); a != 0 {
		t.Fatalf("%v allocations per batch in steady state", a)
	}
}

func TestPoolLifecycle(t *testing.T) {
	before := runtime.NumGoroutine()
	p, err := NewPool(DefaultConfig(), 4)
	if err != nil {
		t.Fatal(err)
	}
	if p.Size() != 4 {
		t.Fatalf("size %d", p.Size())
	}
	if n := runtime.NumGoroutine(); n != before {
		t.Fatalf("NewPool started %d goroutines", n-before)
	}
	in := benchBatch("chat", 80)
	var c, want Columns
	p.EnrichBatch(in, &c)
	if n := runtime.NumGoroutine(); n != before+3 {
		t.Fatalf("%d goroutines after the first batch, want %d workers", n-before, 3)
	}
	for range 2 { // idempotent
		if err := p.Close(); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines left after Close", n-before)
	}
	// Still usable after Close, with the same result, on the caller's goroutine.
	p.EnrichBatch(in, &c)
	newTestEngine(t).EnrichBatch(in, &want)
	if d := diffColumns(&c, &want); len(d) > 0 {
		t.Fatalf("after Close: differs in %v", d)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("EnrichBatch after Close started goroutines")
	}
	if p2, err := NewPool(DefaultConfig(), 0); err != nil || p2.Size() != runtime.GOMAXPROCS(0) {
		t.Fatalf("default size: %v, %v", p2, err)
	}
}

// BenchmarkPool enriches the chat batch of BenchmarkEnrichBatch with a Pool
// of GOMAXPROCS engines. Bytes are the batch's turn text: compare its MB/s
// with BenchmarkEnrichBatch/chat (one core).
func BenchmarkPool(b *testing.B) {
	b.Run("chat", func(b *testing.B) {
		in := benchBatch("chat", benchBatchRows)
		p, err := NewPool(DefaultConfig(), 0)
		if err != nil {
			b.Fatal(err)
		}
		defer p.Close()
		var c Columns
		p.EnrichBatch(in, &c)
		b.SetBytes(int64(batchBytes(in)))
		b.ReportAllocs()
		for b.Loop() {
			p.EnrichBatch(in, &c)
		}
		b.ReportMetric(float64(p.Size()), "workers")
	})
}

// A panic on a worker's shard reaches the caller's goroutine as a
// *PanicError, after every shard has finished, and a fresh Pool built the
// way the pipeline replaces a panicked one works.
func TestPoolPanicReachesCaller(t *testing.T) {
	p, err := NewPool(DefaultConfig(), 3)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	p.minShardBytes = 1
	batch := poolTestBatch(60)
	var out Columns
	p.EnrichBatch(batch, &out) // start the workers

	shardHook = func(k int) {
		if k == 2 {
			panic("shard two is broken")
		}
	}
	defer func() { shardHook = nil }()
	got := func() (pe *PanicError) {
		defer func() {
			r := recover()
			var ok bool
			if pe, ok = r.(*PanicError); !ok {
				t.Fatalf("recovered %T %v, want a *PanicError", r, r)
			}
		}()
		p.EnrichBatch(batch, &out)
		return nil
	}()
	if got == nil || got.Value != "shard two is broken" || !strings.Contains(string(got.Stack), "runShard") {
		t.Fatalf("panic error %v, want the shard's value and its worker stack", got)
	}
	shardHook = nil
	// The panic is reported once: the next batch on the same Pool is
	// clean and equals one Engine's columns.
	p.EnrichBatch(batch, &out)
	e, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var want Columns
	e.EnrichBatch(batch, &want)
	if d := diffColumns(&want, &out); len(d) > 0 {
		t.Fatalf("after a panic the pool's columns differ from an engine's in %v", d)
	}
}
