package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/ingest"
	"github.com/runaroundhq/runaround/sink"
	"github.com/runaroundhq/runaround/transcript"
)

// Stages are the pipeline's parts, built (but not started) by the caller.
type Stages struct {
	Consumer    *ingest.Consumer
	DeadLetter  *ingest.DeadLetter
	ClickHouse  *sink.Client
	NewEnricher func() (enrich.Enricher, error) // one per worker: enrichers are not shared
	// NewOrgNamer, when set, builds one OrgNamer per worker: it names the
	// organisations in the flagged handoff sentences after enrichment
	// (prose NER, off the hot loop). A nil factory, or one returning a nil
	// OrgNamer (naming disabled), leaves HandoffOrgs empty.
	NewOrgNamer func() (*enrich.OrgNamer, error)
	// MaxMessageBytes is the decode limit (ingest.Config.MaxMessageBytes).
	MaxMessageBytes int
}

// Stats are running totals, safe to read while the pipeline runs.
type Stats struct {
	Messages    atomic.Int64 // taken into batches
	Rows        atomic.Int64 // acknowledged by ClickHouse
	DeadLetters atomic.Int64 // acknowledged by the dead-letter topic
	Batches     atomic.Int64
	Commits     atomic.Int64
}

// Pipeline runs the stages until stopped.
type Pipeline struct {
	cfg     Config
	st      Stages
	metrics *Metrics
	log     *slog.Logger
	Stats   Stats

	inFlight     atomic.Int64
	lastActivity atomic.Int64 // unix nanos of the last batch taken, or of the session start
	inSession    atomic.Bool  // partitions are assigned: only then can the pipeline be idle
}

// New validates the config; no I/O.
func New(cfg Config, st Stages, m *Metrics, log *slog.Logger) (*Pipeline, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if st.Consumer == nil || st.DeadLetter == nil || st.ClickHouse == nil || st.NewEnricher == nil {
		return nil, errors.New("pipeline: every stage must be set (Consumer, DeadLetter, ClickHouse, NewEnricher)")
	}
	if m == nil {
		m = NewMetrics(nil)
	}
	if log == nil {
		log = slog.Default()
	}
	return &Pipeline{cfg: cfg, st: st, metrics: m, log: log}, nil
}

// Run consumes until ctx is cancelled (or, with ExitWhenIdle, until idle),
// then finishes and commits what is in flight and returns. The error is nil
// after a clean stop.
func (p *Pipeline) Run(ctx context.Context) error {
	// fetchCtx stops fetching; workCtx bounds how long in-flight work may
	// still take once a stop was asked for.
	fetchCtx, stopFetching := context.WithCancelCause(ctx)
	defer stopFetching(nil)
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	context.AfterFunc(fetchCtx, func() {
		t := time.AfterFunc(p.cfg.ShutdownTimeout, cancelWork)
		context.AfterFunc(workCtx, func() { t.Stop() })
	})

	workers := make([]*worker, p.cfg.Workers)
	for i := range workers {
		w, err := p.newWorker()
		if err != nil {
			return err
		}
		defer w.release()
		workers[i] = w
	}

	p.lastActivity.Store(time.Now().UnixNano())
	if p.cfg.ExitWhenIdle > 0 {
		go p.watchIdle(fetchCtx, stopFetching)
	}

	var fatal atomic.Pointer[error]
	err := p.st.Consumer.Run(fetchCtx, func(s *ingest.Session) {
		// Joining can take a session timeout (a crashed predecessor still
		// holds the group): idleness is measured from the assignment on.
		p.lastActivity.Store(time.Now().UnixNano())
		p.inSession.Store(true)
		defer p.inSession.Store(false)
		var wg sync.WaitGroup
		for _, w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for b := range s.Batches() {
					p.inFlight.Add(1)
					p.metrics.InFlight.Inc()
					p.lastActivity.Store(time.Now().UnixNano())
					if err := p.handle(workCtx, w, s, b); err != nil && fatal.Load() == nil {
						fatal.Store(&err)
						stopFetching(err)
					}
					p.metrics.InFlight.Dec()
					p.inFlight.Add(-1)
				}
			}()
		}
		wg.Wait()
	})
	if f := fatal.Load(); f != nil {
		return *f
	}
	if err != nil {
		return err
	}
	if cause := context.Cause(fetchCtx); cause != nil && !errors.Is(cause, context.Canceled) && !errors.Is(cause, errIdle) {
		return cause
	}
	return nil
}

var errIdle = errors.New("idle")

func (p *Pipeline) watchIdle(ctx context.Context, stop context.CancelCauseFunc) {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			idle := time.Since(time.Unix(0, p.lastActivity.Load()))
			if p.inSession.Load() && p.inFlight.Load() == 0 && idle >= p.cfg.ExitWhenIdle {
				p.log.Info("no new messages; stopping", "idle", idle.Round(time.Millisecond))
				stop(errIdle)
				return
			}
		}
	}
}

// handle stores one batch and acknowledges it. It returns an error only
// when the pipeline cannot go on (the batch stays uncommitted).
func (p *Pipeline) handle(ctx context.Context, w *worker, s *ingest.Session, b *ingest.Batch) error {
	w.decode(b, p.st.MaxMessageBytes)
	nRefused := len(w.refusals)
	for _, r := range w.refusals {
		p.metrics.DeadLetters.WithLabelValues(r.Reason).Inc()
		p.log.Warn("message refused to the dead-letter topic", "topic", r.Message.Topic, "partition", r.Message.Partition, "offset", r.Message.Offset, "reason", r.Reason, "err", r.Err)
	}
	p.countByTopic(b)

	if len(w.interactions) > 0 {
		if err := p.enrich(ctx, w, b); err != nil {
			return err
		}
	}
	for _, r := range w.refusals[nRefused:] { // poison messages found by enrich
		p.metrics.DeadLetters.WithLabelValues(r.Reason).Inc()
	}
	if len(w.interactions) > 0 {
		rec := w.builder.Build(&sink.Batch{Interactions: w.interactions, Sources: w.sources, Enrichment: &w.columns, IngestedAt: time.Now()})
		err := p.retry(ctx, "insert", func() error {
			t := time.Now()
			if err := w.writer.Write(ctx, rec); err != nil {
				return err
			}
			p.metrics.InsertSeconds.Observe(time.Since(t).Seconds())
			return nil
		})
		rec.Release()
		if err != nil {
			return fmt.Errorf("batch of %d rows not stored: %w", len(w.interactions), err)
		}
	}
	if err := p.retry(ctx, "deadletter", func() error { return p.st.DeadLetter.Write(ctx, w.refusals) }); err != nil {
		return fmt.Errorf("%d refused messages not dead-lettered: %w", len(w.refusals), err)
	}

	p.Stats.Messages.Add(int64(len(b.Messages)))
	p.Stats.Rows.Add(int64(len(w.interactions)))
	p.Stats.DeadLetters.Add(int64(len(w.refusals)))
	p.Stats.Batches.Add(1)
	p.metrics.Rows.Add(float64(len(w.interactions)))
	p.metrics.Batches.Inc()
	p.metrics.BatchRows.Observe(float64(len(b.Messages)))

	committed, err := s.Ack(ctx, b)
	if err != nil {
		// Not fatal: a later batch's commit covers these offsets too, and if
		// none comes, the messages are re-read and deduplicated.
		p.metrics.CommitFailures.Inc()
		p.log.Warn("offset commit failed; a later commit will cover it", "generation", s.Generation(), "err", err)
	} else if committed != nil {
		p.metrics.Commits.Inc()
		p.Stats.Commits.Add(1)
	}
	return nil
}

// ReasonEnrichPanic is the dead-letter reason of a message whose
// enrichment panicked (a bug in the enrichment, found on that message).
const ReasonEnrichPanic = "enrich-panic"

// enrich fills w.columns for w.interactions: the enrichment, then the
// organisation names.
//
// A panic there is a bug, but it must not stop the pipeline: the batch
// would stay uncommitted, be read again after the restart, and panic again
// forever (a poison message). So a panic is recovered, the enricher that
// raised it is discarded (its state is undefined), and the batch is
// enriched again one interaction at a time to find the messages that cause
// it (with a fresh enricher after each panic). Those are refused to the
// dead-letter topic with reason ReasonEnrichPanic (their bytes intact, for
// the bug report) and logged with the stack; the others are enriched again
// as one batch. Panics are rare and each costs a batch's worth of
// single-row calls.
func (p *Pipeline) enrich(ctx context.Context, w *worker, b *ingest.Batch) error {
	pe, err := w.tryEnrich(ctx, w.interactions, p.metrics)
	if pe == nil {
		return err
	}
	p.metrics.EnrichPanics.Inc()
	p.log.Error("enrichment panicked; looking for the messages that cause it", "rows", len(w.interactions), "panic", pe.Value)
	if err := w.renew(p.st); err != nil {
		return err
	}
	keep := 0
	for i := range w.interactions {
		pe, err := w.tryEnrich(ctx, w.interactions[i:i+1], nil)
		if err != nil {
			return err
		}
		if pe != nil {
			m := b.Messages[w.msgIdx[i]]
			p.log.Error("message refused to the dead-letter topic: its enrichment panics (a bug: please report it with the message)",
				"topic", m.Topic, "partition", m.Partition, "offset", m.Offset, "id", w.interactions[i].ID, "panic", pe.Value, "stack", string(pe.Stack))
			w.refusals = append(w.refusals, ingest.Refusal{Message: m, Reason: ReasonEnrichPanic, Err: pe})
			if err := w.renew(p.st); err != nil {
				return err
			}
			continue
		}
		w.interactions[keep], w.sources[keep], w.msgIdx[keep] = w.interactions[i], w.sources[i], w.msgIdx[i]
		keep++
	}
	clear(w.interactions[keep:])
	w.interactions, w.sources, w.msgIdx = w.interactions[:keep], w.sources[:keep], w.msgIdx[:keep]
	if pe, err = w.tryEnrich(ctx, w.interactions, p.metrics); pe != nil {
		// Every row passed alone: the panic depends on the batch, not on
		// one message, and dead-lettering cannot isolate it.
		return fmt.Errorf("enrichment panics on a batch of %d rows whose rows each enrich alone: %w", len(w.interactions), pe)
	}
	return err
}

// countByTopic adds the batch to the per-topic message counter once per run
// of same-topic messages (fetchers hand over runs of one partition), not once
// per message: a label lookup per row would be hot-path work for a metric.
func (p *Pipeline) countByTopic(b *ingest.Batch) {
	for i := 0; i < len(b.Messages); {
		j := i + 1
		for j < len(b.Messages) && b.Messages[j].Topic == b.Messages[i].Topic {
			j++
		}
		p.metrics.Messages.WithLabelValues(b.Messages[i].Topic).Add(float64(j - i))
		i = j
	}
}

// retry runs op until it succeeds or ctx ends, backing off exponentially.
func (p *Pipeline) retry(ctx context.Context, op string, fn func() error) error {
	backoff := p.cfg.RetryMin
	for attempt := 1; ; attempt++ {
		err := fn()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return errors.Join(err, ctx.Err())
		}
		p.metrics.Retries.WithLabelValues(op).Inc()
		p.log.Warn("retrying", "op", op, "attempt", attempt, "backoff", backoff, "err", err)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		}
		backoff = min(backoff*2, p.cfg.RetryMax)
	}
}

// worker holds one worker's reusable state.
type worker struct {
	enricher     enrich.Enricher
	namer        *enrich.OrgNamer
	builder      *sink.RecordBuilder
	writer       *sink.Writer
	columns      enrich.Columns
	interactions []transcript.Interaction
	sources      []sink.Source
	msgIdx       []int // by interaction: its message's index in the batch
	refusals     []ingest.Refusal
}

// tryEnrich enriches in into w.columns and names its organisations,
// timing both into m (nil: not timed). A panic in either comes back as pe;
// err is a naming error.
func (w *worker) tryEnrich(ctx context.Context, in []transcript.Interaction, m *Metrics) (pe *enrich.PanicError, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe = enrich.AsPanicError(r)
		}
	}()
	t0 := time.Now()
	w.enricher.EnrichBatch(in, &w.columns)
	if m != nil {
		m.EnrichSeconds.Observe(time.Since(t0).Seconds())
	}
	if w.namer != nil {
		t0 = time.Now()
		if err := w.namer.NameBatch(ctx, in, &w.columns); err != nil {
			return nil, fmt.Errorf("cannot name the organisations of a batch of %d rows: %w", len(in), err)
		}
		if m != nil {
			m.OrgNameSeconds.Observe(time.Since(t0).Seconds())
		}
	}
	return nil, nil
}

// renew replaces the enricher and the namer (after a panic their state is
// undefined).
func (w *worker) renew(st Stages) error {
	e, err := st.NewEnricher()
	if err != nil {
		return fmt.Errorf("cannot replace the enricher after a panic: %w", err)
	}
	if c, ok := w.enricher.(io.Closer); ok {
		c.Close()
	}
	w.enricher = e
	if st.NewOrgNamer != nil {
		if w.namer, err = st.NewOrgNamer(); err != nil {
			return fmt.Errorf("cannot replace the organisation namer after a panic: %w", err)
		}
	}
	return nil
}

func (p *Pipeline) newWorker() (*worker, error) {
	e, err := p.st.NewEnricher()
	if err != nil {
		return nil, fmt.Errorf("cannot create enricher: %w", err)
	}
	w := &worker{enricher: e, builder: sink.NewRecordBuilder(nil), writer: sink.NewWriter(p.st.ClickHouse)}
	if p.st.NewOrgNamer != nil {
		if w.namer, err = p.st.NewOrgNamer(); err != nil {
			w.release()
			return nil, fmt.Errorf("cannot create the organisation namer: %w", err)
		}
	}
	return w, nil
}

// release frees the Arrow builders and stops the enricher's goroutines (an
// enrich.Pool has some).
func (w *worker) release() {
	w.builder.Release()
	if c, ok := w.enricher.(io.Closer); ok {
		c.Close()
	}
}

// decode splits the batch into interactions (with their sources) and refusals.
func (w *worker) decode(b *ingest.Batch, maxBytes int) {
	clear(w.interactions) // drop references to the previous batch's text
	w.interactions, w.sources, w.msgIdx, w.refusals = w.interactions[:0], w.sources[:0], w.msgIdx[:0], w.refusals[:0]
	for i := range b.Messages {
		m := &b.Messages[i]
		in, err := transcript.Decode(m.Value, maxBytes)
		if err != nil {
			reason := transcript.ReasonMalformed
			var de *transcript.DecodeError
			if errors.As(err, &de) {
				reason = de.Reason
			}
			w.refusals = append(w.refusals, ingest.Refusal{Message: *m, Reason: reason, Err: err})
			continue
		}
		w.interactions = append(w.interactions, in)
		w.sources = append(w.sources, sink.Source{Topic: m.Topic, Partition: int32(m.Partition), Offset: m.Offset})
		w.msgIdx = append(w.msgIdx, i)
	}
}
