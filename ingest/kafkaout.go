package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/segmentio/kafka-go"
)

// Dead-letter headers: why a message was refused and where it came from.
const (
	HeaderReason          = "runaround-reason"
	HeaderError           = "runaround-error"
	HeaderSourceTopic     = "runaround-source-topic"
	HeaderSourcePartition = "runaround-source-partition"
	HeaderSourceOffset    = "runaround-source-offset"
)

// DeadLetter produces refused messages to the dead-letter topic. A message in
// the dead-letter topic counts as handled: its offset may be committed.
type DeadLetter struct {
	w *kafka.Writer
}

// NewDeadLetter returns a writer for cfg.Topics.DeadLetter; no I/O until Write.
func NewDeadLetter(cfg Config) *DeadLetter {
	return &DeadLetter{w: newWriter(cfg, cfg.Topics.DeadLetter)}
}

// Refusal is a message the pipeline could not turn into a row, and why.
type Refusal struct {
	Message kafka.Message
	Reason  string // stable kind, e.g. transcript.ReasonMalformed
	Err     error
}

// Write produces the refusals, original key and value intact, and returns
// once the broker acknowledged all of them (acks=all). Errors are retryable.
func (d *DeadLetter) Write(ctx context.Context, rs []Refusal) error {
	if len(rs) == 0 {
		return nil
	}
	msgs := make([]kafka.Message, len(rs))
	for i, r := range rs {
		msgs[i] = kafka.Message{
			Key:   r.Message.Key,
			Value: r.Message.Value,
			Headers: []kafka.Header{
				{Key: HeaderReason, Value: []byte(r.Reason)},
				{Key: HeaderError, Value: []byte(r.Err.Error())},
				{Key: HeaderSourceTopic, Value: []byte(r.Message.Topic)},
				{Key: HeaderSourcePartition, Value: []byte(strconv.Itoa(r.Message.Partition))},
				{Key: HeaderSourceOffset, Value: []byte(strconv.FormatInt(r.Message.Offset, 10))},
			},
		}
	}
	if err := d.w.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("cannot produce %d messages to dead-letter topic %s: %w", len(msgs), d.w.Topic, summarize(err))
	}
	return nil
}

// Close flushes and closes; safe to call twice.
func (d *DeadLetter) Close() error { return d.w.Close() }

// Producer writes raw messages to a topic chosen per message (for
// `runaround gen` and tests).
type Producer struct {
	w *kafka.Writer
}

// NewProducer returns a producer; messages name their own Topic.
func NewProducer(cfg Config) *Producer { return &Producer{w: newWriter(cfg, "")} }

// Write produces msgs (each with Topic and Key set) and waits for acks=all.
func (p *Producer) Write(ctx context.Context, msgs ...kafka.Message) error {
	if err := p.w.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("cannot produce %d messages: %w", len(msgs), summarize(err))
	}
	return nil
}

// summarize shortens kafka-go's per-message error list to a count and the
// distinct errors, so one refused batch does not print a thousand lines.
func summarize(err error) error {
	var we kafka.WriteErrors
	if !errors.As(err, &we) {
		return err
	}
	seen := map[string]bool{}
	var distinct []error
	for _, e := range we {
		if e != nil && !seen[e.Error()] {
			seen[e.Error()] = true
			distinct = append(distinct, e)
		}
	}
	return fmt.Errorf("%d of %d messages refused: %w", we.Count(), len(we), errors.Join(distinct...))
}

// Close flushes and closes; safe to call twice.
func (p *Producer) Close() error { return p.w.Close() }

func newWriter(cfg Config, topic string) *kafka.Writer {
	return &kafka.Writer{
		Addr:         kafka.TCP(cfg.Brokers...),
		Topic:        topic,
		Balancer:     &kafka.Hash{}, // key = interaction id: one id, one partition
		RequiredAcks: kafka.RequireAll,
		BatchSize:    1000,
		BatchBytes:   int64(cfg.MaxMessageBytes) * 4,
		BatchTimeout: 5 * time.Millisecond,
		MaxAttempts:  5,
		// A transport of its own: kafka-go's shared DefaultTransport caches
		// topic metadata process-wide, so a writer for a just-created topic
		// would be told the topic does not exist.
		Transport: &kafka.Transport{MetadataTTL: 10 * time.Second},
	}
}

// EnsureTopics creates the input and dead-letter topics that do not exist,
// with cfg.Partitions partitions. Existing topics are left as they are.
func EnsureTopics(ctx context.Context, cfg Config) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	var d kafka.Dialer
	conn, err := d.DialContext(ctx, "tcp", cfg.Brokers[0])
	if err != nil {
		return fmt.Errorf("cannot reach Kafka at %s (is it running? `make up` starts a local one): %w", cfg.Brokers[0], err)
	}
	defer conn.Close()
	ctrl, err := conn.Controller()
	if err != nil {
		return fmt.Errorf("cannot find the Kafka controller: %w", err)
	}
	cc, err := d.DialContext(ctx, "tcp", net.JoinHostPort(ctrl.Host, strconv.Itoa(ctrl.Port)))
	if err != nil {
		return fmt.Errorf("cannot reach the Kafka controller %s:%d: %w", ctrl.Host, ctrl.Port, err)
	}
	defer cc.Close()
	var topics []kafka.TopicConfig
	for _, t := range append(cfg.Topics.Inputs(), cfg.Topics.DeadLetter) {
		topics = append(topics, kafka.TopicConfig{Topic: t, NumPartitions: cfg.Partitions, ReplicationFactor: cfg.ReplicationFactor})
	}
	if err := cc.CreateTopics(topics...); err != nil && !errors.Is(err, kafka.TopicAlreadyExists) {
		return fmt.Errorf("cannot create topics: %w", err)
	}
	// Creation is asynchronous: wait until every partition has a leader, so
	// the first produce or fetch does not fail with UnknownTopicOrPartition.
	for {
		ready := true
		for _, t := range topics {
			parts, err := conn.ReadPartitions(t.Topic)
			if err != nil || len(parts) == 0 {
				ready = false
				break
			}
			for _, p := range parts {
				if p.Leader.Host == "" {
					ready = false
				}
			}
		}
		if ready {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("topics created but not ready: %w", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
