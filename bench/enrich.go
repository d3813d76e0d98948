package bench

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/jonreiter/govader"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

// EnrichOptions configures Enrich.
type EnrichOptions struct {
	Config enrich.Config
	// Quick measures for about two seconds in all instead of about ten:
	// enough to see the order of magnitude, not to compare two builds.
	Quick bool
	// Seed selects the generated traffic (the same seed, the same texts).
	Seed int64
	// Progress, when set, is told which measurement starts.
	Progress func(what string)
}

// DefaultEnrichOptions measures the production config on seed 1.
func DefaultEnrichOptions() EnrichOptions {
	return EnrichOptions{Config: enrich.DefaultConfig(), Seed: 1}
}

// EnrichResult is one `runaround bench enrich` run. Throughputs are MB
// (10^6 bytes) of turn text per second on one goroutine locked to its OS
// thread. "Per core" figures divide by that thread's CPU time (Linux
// getrusage RUSAGE_THREAD), so that other processes on a shared machine do
// not lower them; the wall-clock figures and CPUShare (CPU time / wall
// time of the measured spans) say how contended the machine was. Ours and
// govader's chat figures are measured in alternating rounds of the same
// run, so the ratio compares like with like.
type EnrichResult struct {
	MBPerSPerCoreTweet float64 `json:"mb_per_s_per_core_tweet"`
	MBPerSPerCoreChat  float64 `json:"mb_per_s_per_core_chat"`
	MBPerSPerCoreCall  float64 `json:"mb_per_s_per_core_call"`
	// GovaderMBPerSChat is govader's PolarityScores on the same chat
	// interactions, one document per interaction (its turns joined by
	// spaces): sentiment alone, without any detector or redaction.
	GovaderMBPerSChat  float64 `json:"govader_mb_per_s_chat"`
	RatioVsGovaderChat float64 `json:"ratio_vs_govader_chat"`
	// AllocsPerOpChat is heap allocations per EnrichBatch call (a batch of
	// BatchSize chat interactions) once the buffers have grown: the target
	// is 0.
	AllocsPerOpChat float64 `json:"allocs_per_op_chat"`

	// PoolMBPerSChat is the whole machine's throughput on the same chats:
	// an enrich.Pool of PoolWorkers engines (GOMAXPROCS), batches of
	// BatchSize. On a shared machine it is bounded by what the other
	// processes leave free.
	PoolMBPerSChat float64 `json:"pool_mb_per_s_chat"`
	PoolWorkers    int     `json:"pool_workers"`

	// Wall-clock counterparts of the per-core figures, and the share of
	// the measured wall time the thread was on a CPU (1 on a quiet
	// machine). Without thread CPU time (not Linux) the per-core figures
	// are wall-clock ones and CPUTime is false.
	MBPerSWallChat        float64 `json:"mb_per_s_wall_chat"`
	GovaderMBPerSWallChat float64 `json:"govader_mb_per_s_wall_chat"`
	CPUShare              float64 `json:"cpu_share"`
	CPUTime               bool    `json:"cpu_time"`

	AvgBytesTweet float64 `json:"avg_bytes_tweet"`
	AvgBytesChat  float64 `json:"avg_bytes_chat"`
	AvgBytesCall  float64 `json:"avg_bytes_call"`
	BatchSize     int     `json:"batch_size"`
	Cores         int     `json:"cores"` // GOMAXPROCS during the run
	Quick         bool    `json:"quick"`
	Seconds       float64 `json:"seconds"` // wall time of the whole run
}

// BatchSize is the number of interactions per EnrichBatch call.
const BatchSize = 256

// corpus is one size class's generated interactions, in batches.
type corpus struct {
	name    string
	batches [][]transcript.Interaction
	bytes   []int // text bytes per batch
}

func (c *corpus) avgBytes() float64 {
	var b, n int
	for i, bt := range c.batches {
		b += c.bytes[i]
		n += len(bt)
	}
	return float64(b) / float64(n)
}

// newCorpus generates batches*BatchSize interactions of one channel: social
// posts are tweet-sized (~200 B), chats ~1.5 KB, calls ~8 KB.
func newCorpus(name string, ch transcript.Channel, batches int, seed int64) *corpus {
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: seed, Channels: []transcript.Channel{ch}})
	c := &corpus{name: name}
	for range batches {
		b := make([]transcript.Interaction, BatchSize)
		n := 0
		for i := range b {
			b[i] = g.Next()
			n += b[i].TextBytes()
		}
		c.batches = append(c.batches, b)
		c.bytes = append(c.bytes, n)
	}
	return c
}

// Enrich measures full enrichment (sentiment, every detector, PII
// redaction, fingerprints) on tweet-, chat- and call-sized generated
// interactions with a single Engine on one goroutine, govader's document
// scoring on the same chat texts, and allocations per batch.
func Enrich(ctx context.Context, opts EnrichOptions) (EnrichResult, error) {
	start := time.Now()
	r := EnrichResult{BatchSize: BatchSize, Cores: runtime.GOMAXPROCS(0), Quick: opts.Quick}
	e, err := enrich.New(opts.Config)
	if err != nil {
		return r, err
	}
	each := 2 * time.Second // per measurement; six of them
	if opts.Quick {
		each = 300 * time.Millisecond
	}
	progress := func(what string) {
		if opts.Progress != nil {
			opts.Progress(what)
		}
	}

	progress("generating traffic")
	tweet := newCorpus("tweet", transcript.ChannelSocial, 8, opts.Seed)
	chat := newCorpus("chat", transcript.ChannelChat, 4, opts.Seed)
	call := newCorpus("call", transcript.ChannelVoice, 2, opts.Seed)
	r.AvgBytesTweet, r.AvgBytesChat, r.AvgBytesCall = tweet.avgBytes(), chat.avgBytes(), call.avgBytes()

	var cols enrich.Columns
	warm := func(c *corpus) {
		for _, b := range c.batches { // grow every buffer first
			e.EnrichBatch(b, &cols)
		}
	}
	enrichFn := func(c *corpus) func() int {
		i := 0
		return func() int {
			b := i % len(c.batches)
			i++
			e.EnrichBatch(c.batches[b], &cols)
			return c.bytes[b]
		}
	}
	var all meter // every span of ours, for CPUShare
	for _, m := range []struct {
		c   *corpus
		dst *float64
	}{{tweet, &r.MBPerSPerCoreTweet}, {call, &r.MBPerSPerCoreCall}} {
		progress("enriching " + m.c.name + "-sized interactions")
		warm(m.c)
		var mt meter
		if err := mt.run(ctx, each, enrichFn(m.c)); err != nil {
			return r, err
		}
		*m.dst = mt.perCore()
		all.add(mt)
	}

	// Chat: ours and govader's document scoring in alternating rounds.
	progress("enriching chat-sized interactions, alternating with govader on the same texts")
	sia := govader.NewSentimentIntensityAnalyzer()
	var docs []string
	var docBytes []int
	var parts []string
	for _, b := range chat.batches {
		for i := range b {
			parts = parts[:0]
			for _, t := range b[i].Turns {
				parts = append(parts, t.Text)
			}
			// Spaces, not newlines: govader splits words on spaces only.
			docs = append(docs, strings.Join(parts, " "))
			docBytes = append(docBytes, b[i].TextBytes())
		}
	}
	d := 0
	govFn := func() int {
		k := d % len(docs)
		d++
		sia.PolarityScores(docs[k])
		return docBytes[k]
	}
	warm(chat)
	ours, gov := enrichFn(chat), govFn
	var oursM, govM meter
	const rounds = 4
	for range rounds {
		if err := oursM.run(ctx, each/rounds, ours); err != nil {
			return r, err
		}
		if err := govM.run(ctx, each/rounds, gov); err != nil {
			return r, err
		}
	}
	all.add(oursM)
	r.MBPerSPerCoreChat, r.MBPerSWallChat = oursM.perCore(), oursM.wallMBps()
	r.GovaderMBPerSChat, r.GovaderMBPerSWallChat = govM.perCore(), govM.wallMBps()
	if r.GovaderMBPerSChat > 0 {
		r.RatioVsGovaderChat = r.MBPerSPerCoreChat / r.GovaderMBPerSChat
	}
	r.CPUTime = all.cpuOK
	r.CPUShare = all.cpuShare()

	progress("enriching chat-sized interactions on a pool of every core")
	pool, err := enrich.NewPool(opts.Config, 0)
	if err != nil {
		return r, err
	}
	defer pool.Close()
	r.PoolWorkers = pool.Size()
	for _, b := range chat.batches {
		pool.EnrichBatch(b, &cols)
	}
	pi := 0
	var poolM meter
	if err := poolM.run(ctx, each, func() int {
		b := pi % len(chat.batches)
		pi++
		pool.EnrichBatch(chat.batches[b], &cols)
		return chat.bytes[b]
	}); err != nil {
		return r, err
	}
	r.PoolMBPerSChat = poolM.wallMBps() // the whole machine: wall clock
	pool.Close()

	progress("counting allocations")
	runs := 20
	if opts.Quick {
		runs = 3
	}
	r.AllocsPerOpChat = allocsPerRun(runs, func() {
		for _, b := range chat.batches {
			e.EnrichBatch(b, &cols)
		}
	}) / float64(len(chat.batches))

	r.Seconds = time.Since(start).Seconds()
	return r, nil
}

// meter accumulates one workload's bytes, wall time and thread CPU time
// over one or more measured spans.
type meter struct {
	bytes     int64
	wall, cpu time.Duration
	cpuOK     bool
	spans     int
}

// run calls fn (which returns the bytes it processed) until d has passed,
// on this goroutine locked to its OS thread, and adds the span to m.
func (m *meter) run(ctx context.Context, d time.Duration, fn func() int) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c0, ok0 := threadCPU()
	start := time.Now()
	var total int64
	for n := 0; ; n++ {
		total += int64(fn())
		if n%8 == 7 || time.Since(start) >= d {
			if err := ctx.Err(); err != nil {
				return err
			}
			if time.Since(start) >= d {
				break
			}
		}
	}
	wall := time.Since(start)
	c1, ok1 := threadCPU()
	m.add(meter{bytes: total, wall: wall, cpu: c1 - c0, cpuOK: ok0 && ok1, spans: 1})
	return nil
}

func (m *meter) add(o meter) {
	m.cpuOK = (m.spans == 0 || m.cpuOK) && o.cpuOK
	m.bytes += o.bytes
	m.wall += o.wall
	m.cpu += o.cpu
	m.spans += o.spans
}

func (m meter) wallMBps() float64 {
	if m.wall <= 0 {
		return 0
	}
	return float64(m.bytes) / 1e6 / m.wall.Seconds()
}

// perCore is MB per CPU-second of the measuring thread (wall clock when
// thread CPU time is unavailable).
func (m meter) perCore() float64 {
	if !m.cpuOK || m.cpu <= 0 {
		return m.wallMBps()
	}
	return float64(m.bytes) / 1e6 / m.cpu.Seconds()
}

func (m meter) cpuShare() float64 {
	if !m.cpuOK || m.wall <= 0 {
		return 0
	}
	return m.cpu.Seconds() / m.wall.Seconds()
}

// allocsPerRun is testing.AllocsPerRun without importing testing into the
// binary: the mean number of heap allocations per call of fn, after one
// warm-up call, with GOMAXPROCS at 1 so other goroutines' allocations are
// unlikely to be counted.
func allocsPerRun(runs int, fn func()) float64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	fn()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		fn()
	}
	runtime.ReadMemStats(&after)
	return float64(after.Mallocs-before.Mallocs) / float64(runs)
}

// Table returns the result as aligned lines for people.
func (r EnrichResult) Table() string {
	var b strings.Builder
	mode := "full"
	if r.Quick {
		mode = "quick"
	}
	fmt.Fprintf(&b, "full enrichment (sentiment + every detector + PII), one goroutine, batches of %d, %s run (%.1f s, GOMAXPROCS %d)\n", r.BatchSize, mode, r.Seconds, r.Cores)
	if r.CPUTime {
		fmt.Fprintf(&b, "per core = MB per CPU-second of the measuring thread; it was on a CPU %.0f%% of the wall time (100%% on a quiet machine)\n", 100*r.CPUShare)
	} else {
		fmt.Fprintf(&b, "per core = wall clock (no thread CPU time on this system): a busy machine lowers it\n")
	}
	fmt.Fprintf(&b, "  %-6s %9s  %12s\n", "size", "avg bytes", "MB/s per core")
	fmt.Fprintf(&b, "  %-6s %9.0f  %12.1f\n", "tweet", r.AvgBytesTweet, r.MBPerSPerCoreTweet)
	fmt.Fprintf(&b, "  %-6s %9.0f  %12.1f\n", "chat", r.AvgBytesChat, r.MBPerSPerCoreChat)
	fmt.Fprintf(&b, "  %-6s %9.0f  %12.1f\n", "call", r.AvgBytesCall, r.MBPerSPerCoreCall)
	fmt.Fprintf(&b, "  %-6s %9.0f  %12.1f  (chats on an enrich.Pool of %d engines: MB/s in all, not per core)\n", "pool", r.AvgBytesChat, r.PoolMBPerSChat, r.PoolWorkers)
	fmt.Fprintf(&b, "govader PolarityScores on the same chats, in alternating rounds: %.2f MB/s per core; full enrichment is %.1fx that\n", r.GovaderMBPerSChat, r.RatioVsGovaderChat)
	fmt.Fprintf(&b, "allocations per EnrichBatch of %d chats: %g\n", r.BatchSize, r.AllocsPerOpChat)
	return b.String()
}
