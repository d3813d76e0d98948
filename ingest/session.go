package ingest

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
)

// Session is one consumer-group generation: the partitions this instance owns
// until the next rebalance, their batches, and the commits for them.
type Session struct {
	gen     *kafka.Generation
	tracker *tracker
	batches chan *Batch
	log     *slog.Logger

	commitMu sync.Mutex // commits go out in watermark order
}

// Generation is the consumer-group generation id.
func (s *Session) Generation() int32 { return s.gen.ID }

// Batches yields the session's batches, in the order they were cut. It is
// closed when the generation ends or the consumer is shut down, after the
// last partial batch.
func (s *Session) Batches() <-chan *Batch { return s.batches }

// Ack says b is safely stored (inserted, or dead-lettered) and commits every
// partition whose contiguous watermark moved. A commit refused because the
// generation ended is not an error for the caller: the new owner of the
// partition will re-read from the last committed offset.
func (s *Session) Ack(ctx context.Context, b *Batch) (committed map[string]map[int]int64, err error) {
	s.commitMu.Lock()
	defer s.commitMu.Unlock()
	moved := s.tracker.ack(b)
	if len(moved) == 0 {
		return nil, nil
	}
	if err := s.gen.CommitOffsets(moved); err != nil {
		if isGenerationEnded(err) {
			s.log.Info("commit skipped: the generation ended; the partitions' new owner re-reads from the last commit", "generation", s.gen.ID, "err", err)
			return nil, nil
		}
		return nil, err
	}
	return moved, nil
}

func isGenerationEnded(err error) bool {
	return errors.Is(err, kafka.RebalanceInProgress) || errors.Is(err, kafka.IllegalGeneration) ||
		errors.Is(err, kafka.UnknownMemberId) || errors.Is(err, kafka.FencedInstanceID) || errors.Is(err, kafka.ErrGenerationEnded)
}

// run fetches every assigned partition and cuts batches until ctx (the
// consumer's) or genCtx (the generation's) ends.
//
// The fetchers are plain goroutines, not Generation.Start functions: kafka-go
// ends a generation, and closes its coordinator connection, as soon as any
// Start function returns, which would make the final commits of a clean
// shutdown fail. The consumer holds the generation open instead (see Run).
//
// A fetcher that stops for any reason stops them all: the session drains and
// ends, and the consumer rejoins the group with fresh readers, rather than
// leave one partition silently unread until the next rebalance.
func (s *Session) run(ctx, genCtx context.Context, cfg Config, limits BatchLimits) {
	fctx, cancel := joinContexts(ctx, genCtx)
	defer cancel()
	msgs := make(chan kafka.Message, limits.Rows)
	var fetchers sync.WaitGroup
	for topic, parts := range s.gen.Assignments {
		for _, p := range parts {
			fetchers.Add(1)
			go func() {
				defer fetchers.Done()
				defer cancel()
				s.fetch(fctx, cfg, topic, p, msgs)
			}()
		}
	}
	go func() { fetchers.Wait(); close(msgs) }()
	s.cut(msgs, limits)
}

// fetch reads one partition from its assigned offset into out.
func (s *Session) fetch(ctx context.Context, cfg Config, topic string, p kafka.PartitionAssignment, out chan<- kafka.Message) {
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:   cfg.Brokers,
		Topic:     topic,
		Partition: p.ID,
		MinBytes:  cfg.MinBytes,
		MaxBytes:  cfg.MaxBytes,
		MaxWait:   cfg.MaxWait,
		// Bounded read-ahead: with the bounded channels after it, a slow
		// ClickHouse stops fetching instead of filling memory.
		QueueCapacity: 1000,
	})
	defer r.Close()
	offset := p.Offset
	if offset < 0 { // no committed offset for the group yet
		offset = kafka.FirstOffset
		if cfg.StartOffset == "last" {
			offset = kafka.LastOffset
		}
	}
	if err := r.SetOffset(offset); err != nil {
		s.log.Error("cannot set fetch offset; ending the session to rejoin", "topic", topic, "partition", p.ID, "offset", offset, "err", err)
		return
	}
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() == nil {
				s.log.Error("fetch stopped; ending the session to rejoin", "topic", topic, "partition", p.ID, "err", err)
			}
			return
		}
		select {
		case out <- m:
		case <-ctx.Done():
			return
		}
	}
}

// cut groups messages into batches by the limits and seals them in order.
func (s *Session) cut(msgs <-chan kafka.Message, limits BatchLimits) {
	defer close(s.batches)
	var (
		cur   *Batch
		timer = time.NewTimer(time.Hour)
	)
	timer.Stop()
	flush := func() {
		if cur == nil {
			return
		}
		timer.Stop()
		s.tracker.seal(cur)
		s.batches <- cur // blocks while the workers are busy: back-pressure
		cur = nil
	}
	for {
		select {
		case m, ok := <-msgs:
			if !ok {
				flush()
				return
			}
			if cur == nil {
				cur = &Batch{Messages: make([]kafka.Message, 0, limits.Rows)}
				timer.Reset(limits.Interval)
			}
			cur.Messages = append(cur.Messages, m)
			cur.Bytes += len(m.Value)
			if len(cur.Messages) >= limits.Rows || cur.Bytes >= limits.Bytes {
				flush()
			}
		case <-timer.C:
			flush()
		}
	}
}

// joinContexts is done when either parent is.
func joinContexts(a, b context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(a)
	stop := context.AfterFunc(b, cancel)
	return ctx, func() { stop(); cancel() }
}
