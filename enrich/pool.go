package enrich

import (
	"fmt"
	"io"
	"reflect"
	"runtime"
	"sync"

	"github.com/runaroundhq/runaround/transcript"
)

var (
	_ Enricher  = (*Pool)(nil)
	_ io.Closer = (*Pool)(nil)
)

// Pool is an Enricher that enriches each batch on N cores: N Engines, one
// per persistent worker goroutine, each enriching a contiguous shard of the
// batch into its own Columns, after which the shards are merged into out.
//
// Lifecycle: NewPool only builds the engines; the workers start with the
// first batch big enough to be split, and Close stops them. Close may be
// called more than once; a Pool used after Close still works, running
// every shard in the caller's goroutine.
//
// A Pool is not safe for concurrent use (like an Engine, it owns reusable
// buffers): one goroutine calls EnrichBatch and Close.
//
// Memory: the strings EnrichBatch writes into out may point into the shards'
// arenas, which the Pool owns and reuses. They are valid until the next
// EnrichBatch call on the same Pool (whatever Columns it is given), which
// is shorter than the Enricher contract's "next call with the same out": a
// caller that keeps one batch's Columns while enriching the next must copy
// the strings it needs, or use one Pool per Columns.
type Pool struct {
	engines []*Engine
	shards  []Columns // shard k's output; shards[0] is filled by the caller's goroutine

	// minShardBytes is the least text a shard is given: a batch with less
	// than 2*minShardBytes of text is enriched by engines[0] alone, since
	// waking a worker costs more than it saves. Tests lower it to force
	// the parallel path on small batches.
	minShardBytes int

	// The batch being enriched, set before the workers are woken (the
	// channel send orders these writes before the workers' reads).
	batch  []transcript.Interaction
	bounds []int // shard k is batch[bounds[k]:bounds[k+1]]

	jobs    []chan struct{} // jobs[k] wakes worker k (k >= 1)
	panics  []*PanicError   // panics[k]: shard k of the current batch panicked
	pending sync.WaitGroup  // shards of the current batch still running
	running sync.WaitGroup  // live worker goroutines
	started bool
	closed  bool
}

// defaultMinShardBytes: about ten chat transcripts or 80 tweets. Enriching
// it takes a few hundred microseconds on one core, against a few to wake a
// worker and merge its columns.
const defaultMinShardBytes = 16 << 10

// NewPool returns a Pool of n Engines for cfg; n <= 0 means
// runtime.GOMAXPROCS(0). It starts no goroutine.
func NewPool(cfg Config, n int) (*Pool, error) {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if _, err := columnsMergePlan(); err != nil {
		return nil, err
	}
	p := &Pool{
		engines:       make([]*Engine, n),
		shards:        make([]Columns, n),
		bounds:        make([]int, n+1),
		panics:        make([]*PanicError, n),
		minShardBytes: defaultMinShardBytes,
	}
	for k := range p.engines {
		e, err := New(cfg)
		if err != nil {
			return nil, err
		}
		p.engines[k] = e
	}
	return p, nil
}

// Size is the number of engines (the most shards a batch is split into).
func (p *Pool) Size() int { return len(p.engines) }

// Close stops the workers and waits for them to exit. It is idempotent and
// always returns nil.
func (p *Pool) Close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	for _, ch := range p.jobs {
		if ch != nil { // jobs[0]: shard 0 runs on the caller's goroutine
			close(ch)
		}
	}
	p.running.Wait()
	p.jobs = nil
	return nil
}

func (p *Pool) start() {
	p.started = true
	p.jobs = make([]chan struct{}, len(p.engines))
	for k := 1; k < len(p.engines); k++ {
		ch := make(chan struct{}, 1)
		p.jobs[k] = ch
		p.running.Add(1)
		go p.work(k, ch)
	}
}

func (p *Pool) work(k int, jobs <-chan struct{}) {
	defer p.running.Done()
	for range jobs {
		p.runShard(k)
		p.pending.Done()
	}
}

// runShard enriches shard k. A panic is recovered into p.panics[k] so that
// EnrichBatch can raise it on the caller's goroutine once every shard is
// done: a panic on a worker goroutine would end the process where no
// caller can recover it, and one raised on the caller's goroutine before
// the other shards finish would leave them reading a batch the caller has
// moved on from.
func (p *Pool) runShard(k int) {
	defer func() {
		if r := recover(); r != nil {
			p.panics[k] = newPanicError(r)
		}
	}()
	if shardHook != nil {
		shardHook(k)
	}
	p.engines[k].EnrichBatch(p.batch[p.bounds[k]:p.bounds[k+1]], &p.shards[k])
}

// shardHook, when set (by tests only), runs before each shard: it lets a
// test make a chosen shard panic.
var shardHook func(k int)

// EnrichBatch implements Enricher: it splits in into contiguous shards of
// about equal text size (one per engine, fewer for small batches), enriches
// them in parallel and merges the shards into out column by column. The
// result is identical to one Engine's. See the Pool documentation for the
// lifetime of the strings written into out.
func (p *Pool) EnrichBatch(in []transcript.Interaction, out *Columns) {
	shards := p.split(in)
	if shards <= 1 {
		p.engines[0].EnrichBatch(in, out)
		return
	}
	p.batch = in
	parallel := !p.closed
	if parallel && !p.started {
		p.start()
	}
	if parallel {
		p.pending.Add(shards - 1)
		for k := 1; k < shards; k++ {
			p.jobs[k] <- struct{}{}
		}
	}
	p.runShard(0)
	if parallel {
		p.pending.Wait()
	} else {
		for k := 1; k < shards; k++ {
			p.runShard(k)
		}
	}
	p.batch = nil // keep nothing of in
	for _, pe := range p.panics[:shards] {
		if pe != nil {
			clear(p.panics)
			panic(pe)
		}
	}
	mergeColumns(out, p.shards[:shards])
}

// split sets p.bounds for in and returns the number of shards: as many as
// there are engines, unless the batch has too few rows or too little text
// for each shard to get minShardBytes. Shards are cut where the running text
// size crosses k/shards of the total, so they take about the same time.
func (p *Pool) split(in []transcript.Interaction) int {
	total := 0
	for i := range in {
		total += in[i].TextBytes()
	}
	shards := min(len(p.engines), len(in))
	if p.minShardBytes > 0 {
		shards = min(shards, total/p.minShardBytes)
	}
	if shards <= 1 {
		return shards
	}
	p.bounds[0] = 0
	k, acc := 1, 0
	for i := range in {
		if k == shards {
			break
		}
		acc += in[i].TextBytes()
		// Close shard k-1 after row i once its share is reached, leaving
		// at least one row for every shard still to come.
		if acc*shards >= total*k || len(in)-(i+1) == shards-k {
			p.bounds[k] = i + 1
			k++
		}
	}
	p.bounds[shards] = len(in)
	return shards
}

// Merging shards. Every field of Columns is merged by a rule chosen once,
// by reflection over the type, so that a column added to Columns is merged
// without anyone remembering to: row- and turn-aligned slices are
// concatenated, StringLists are concatenated with their offsets shifted,
// Rows is summed. A field of a type no rule covers, or an unexported field
// not listed in the plan, makes NewPool fail (and TestPoolMatchesEngine with
// it) until a rule is written for it. The per-batch cost is one rule per
// column, not per row.

type fieldMerge struct {
	name  string
	merge func(out *Columns, shards []Columns)
}

var columnsMergePlan = sync.OnceValues(func() ([]fieldMerge, error) {
	t := reflect.TypeFor[Columns]()
	var plan []fieldMerge
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		var m func(out *Columns, shards []Columns)
		if !f.IsExported() {
			switch f.Name {
			case "textArena":
				// Each shard keeps its own: out's strings point into them.
				continue
			case "flagged":
				m = mergeFlagged
			default:
				return nil, fmt.Errorf("enrich: Pool has no merge rule for unexported Columns.%s: add one to columnsMergePlan", f.Name)
			}
		} else {
			m = exportedMerger(i, f)
		}
		if m == nil {
			return nil, fmt.Errorf("enrich: Pool cannot merge Columns.%s of type %s: add a rule to exportedMerger", f.Name, f.Type)
		}
		plan = append(plan, fieldMerge{f.Name, m})
	}
	return plan, nil
})

func exportedMerger(i int, f reflect.StructField) func(out *Columns, shards []Columns) {
	switch f.Type {
	case reflect.TypeFor[int]():
		if f.Name == "Rows" {
			return func(out *Columns, shards []Columns) {
				out.Rows = 0
				for k := range shards {
					out.Rows += shards[k].Rows
				}
			}
		}
	case reflect.TypeFor[StringList]():
		return listMerger(i)
	case reflect.TypeFor[[]bool]():
		return sliceMerger[bool](i)
	case reflect.TypeFor[[]int8]():
		return sliceMerger[int8](i)
	case reflect.TypeFor[[]int16]():
		return sliceMerger[int16](i)
	case reflect.TypeFor[[]int32]():
		return sliceMerger[int32](i)
	case reflect.TypeFor[[]int64]():
		return sliceMerger[int64](i)
	case reflect.TypeFor[[]uint8]():
		return sliceMerger[uint8](i)
	case reflect.TypeFor[[]uint16]():
		return sliceMerger[uint16](i)
	case reflect.TypeFor[[]uint32]():
		return sliceMerger[uint32](i)
	case reflect.TypeFor[[]uint64]():
		return sliceMerger[uint64](i)
	case reflect.TypeFor[[]float32]():
		return sliceMerger[float32](i)
	case reflect.TypeFor[[]float64]():
		return sliceMerger[float64](i)
	case reflect.TypeFor[[]string]():
		return sliceMerger[string](i)
	}
	return nil
}

// columnField returns a pointer to exported field i of c. Interface on a pointer
// value does not allocate.
func columnField[T any](c *Columns, i int) *T {
	return reflect.ValueOf(c).Elem().Field(i).Addr().Interface().(*T)
}

// sliceMerger concatenates field i (a []T, row- or turn-aligned) of the
// shards into out, reusing out's memory.
func sliceMerger[T any](i int) func(out *Columns, shards []Columns) {
	return func(out *Columns, shards []Columns) {
		n := 0
		for k := range shards {
			n += len(*columnField[[]T](&shards[k], i))
		}
		dst := columnField[[]T](out, i)
		d := (*dst)[:0]
		if cap(d) < n {
			d = make([]T, 0, n)
		}
		for k := range shards {
			src := columnField[[]T](&shards[k], i)
			d = append(d, *src...)
			clear(*src) // drop the shard's references to the input (strings); cheap next to enriching the rows
		}
		*dst = d
	}
}

// listMerger concatenates StringList field i: values appended, each shard's
// offsets shifted by the values before it.
func listMerger(i int) func(out *Columns, shards []Columns) {
	return func(out *Columns, shards []Columns) {
		dst := columnField[StringList](out, i)
		nv, no := 0, 1
		for k := range shards {
			l := columnField[StringList](&shards[k], i)
			nv += len(l.Values)
			no += max(len(l.Offsets)-1, 0)
		}
		vals, offs := dst.Values[:0], dst.Offsets[:0]
		if cap(vals) < nv {
			vals = make([]string, 0, nv)
		}
		if cap(offs) < no {
			offs = make([]int32, 0, no)
		}
		offs = append(offs, 0)
		for k := range shards {
			l := columnField[StringList](&shards[k], i)
			base := int32(len(vals))
			vals = append(vals, l.Values...)
			clear(l.Values) // out has them; the shard need not keep the input alive
			for _, o := range l.Offsets[min(1, len(l.Offsets)):] {
				offs = append(offs, base+o)
			}
		}
		dst.Values, dst.Offsets = vals, offs
	}
}

// mergeFlagged concatenates the flagged sentences, shifting their row and
// TurnTexts value indexes by those of the shards before.
func mergeFlagged(out *Columns, shards []Columns) {
	out.flagged = out.flagged[:0]
	rows, texts := int32(0), int32(0)
	for k := range shards {
		for _, f := range shards[k].flagged {
			f.row += rows
			f.text += texts
			out.flagged = append(out.flagged, f)
		}
		rows += int32(shards[k].Rows)
		texts += int32(len(shards[k].TurnTexts.Values))
	}
}

// mergeColumns merges shards (consecutive parts of one batch, in order) into
// out.
func mergeColumns(out *Columns, shards []Columns) {
	plan, _ := columnsMergePlan() // NewPool checked the error
	for _, f := range plan {
		f.merge(out, shards)
	}
}
