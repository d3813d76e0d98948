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
	for _, r := range w.refusals {
		p.metrics.DeadLetters.WithLabelValues(r.Reason).Inc()
		p.log.Warn("message refused to the dead-letter topic", "topic", r.Message.Topic, "partition", r.Message.Partition, "offset", r.Message.Offset, "reason", r.Reason, "err", r.Err)
	}
	p.countByTopic(b)

	if len(w.interactions) > 0 {
		t0 := time.Now()
		w.enricher.EnrichBatch(w.interactions, &w.columns)
		p.metrics.EnrichSeconds.Observe(time.Since(t0).Seconds())
		if w.namer != nil {
			t0 = time.Now()
			if err := w.namer.NameBatch(ctx, w.interactions, &w.columns); err != nil {
				return fmt.Errorf("cannot name the organisations of a batch of %d rows: %w", len(w.interactions), err)
			}
			p.metrics.OrgNameSeconds.Observe(time.Since(t0).Seconds())
		}
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
	refusals     []ingest.Refusal
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
	w.interactions, w.sources, w.refusals = w.interactions[:0], w.sources[:0], w.refusals[:0]
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
	}
}
