package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/segmentio/kafka-go"
)

// SessionFunc consumes one generation's batches: it must read s.Batches()
// until it is closed and Ack each batch once stored. It returns when it has
// done so; the consumer moves on to the next generation (or shuts down) only
// then.
type SessionFunc func(s *Session)

// Consumer is a member of the consumer group. The constructor does no I/O;
// Run joins the group.
type Consumer struct {
	cfg    Config
	limits BatchLimits
	log    *slog.Logger
}

// NewConsumer validates cfg and limits.
func NewConsumer(cfg Config, limits BatchLimits, log *slog.Logger) (*Consumer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if limits.Rows <= 0 || limits.Bytes <= 0 || limits.Interval <= 0 {
		return nil, fmt.Errorf("batch limits must be positive, got %+v", limits)
	}
	if log == nil {
		log = slog.Default()
	}
	return &Consumer{cfg: cfg, limits: limits, log: log}, nil
}

// Run joins the group and hands each generation to fn until ctx is cancelled.
// On cancellation it stops fetching, lets fn finish (so the last batches are
// stored and committed while this member still owns its partitions), then
// leaves the group. It returns nil after a clean shutdown.
func (c *Consumer) Run(ctx context.Context, fn SessionFunc) error {
	start := kafka.FirstOffset
	if c.cfg.StartOffset == "last" {
		start = kafka.LastOffset
	}
	group, err := kafka.NewConsumerGroup(kafka.ConsumerGroupConfig{
		ID:                c.cfg.GroupID,
		Brokers:           c.cfg.Brokers,
		Topics:            c.cfg.Topics.Inputs(),
		StartOffset:       start,
		SessionTimeout:    c.cfg.SessionTimeout,
		RebalanceTimeout:  c.cfg.RebalanceTimeout,
		HeartbeatInterval: c.cfg.SessionTimeout / 4,
		JoinGroupBackoff:  time.Second,
		Logger:            kafka.LoggerFunc(func(msg string, args ...any) { c.log.Debug(fmt.Sprintf(msg, args...)) }),
		ErrorLogger:       kafka.LoggerFunc(func(msg string, args ...any) { c.log.Warn(fmt.Sprintf(msg, args...)) }),
	})
	if err != nil {
		return fmt.Errorf("cannot create consumer group %q: %w", c.cfg.GroupID, err)
	}
	defer group.Close()

	backoff := 200 * time.Millisecond
	for {
		gen, err := group.Next(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			// Right after a broker starts, the group coordinator is not
			// available for a few seconds: wait and ask again.
			c.log.Warn("cannot join consumer group yet; retrying", "group", c.cfg.GroupID, "err", err, "backoff", backoff)
			select {
			case <-time.After(backoff):
				backoff = min(backoff*2, 5*time.Second)
				continue
			case <-ctx.Done():
				return nil
			}
		}
		backoff = 200 * time.Millisecond
		s := &Session{gen: gen, tracker: newTracker(), batches: make(chan *Batch), log: c.log}
		c.log.Info("joined consumer group", "group", c.cfg.GroupID, "generation", gen.ID, "partitions", countPartitions(gen))
		// One Start function holds the generation, and its coordinator
		// connection, open until every batch of the session was acknowledged
		// and committed. Its context ends on a rebalance, which stops fetching.
		genCtxs := make(chan context.Context, 1)
		release := make(chan struct{})
		gen.Start(func(genCtx context.Context) {
			genCtxs <- genCtx
			<-release
		})
		done := make(chan struct{})
		go func() {
			defer close(done)
			fn(s)
		}()
		s.run(ctx, <-genCtxs, c.cfg, c.limits) // returns when fetching stopped and the last batch was handed over
		<-done
		close(release)
		if ctx.Err() != nil {
			return nil
		}
	}
}

func countPartitions(gen *kafka.Generation) int {
	n := 0
	for _, p := range gen.Assignments {
		n += len(p)
	}
	return n
}
