package ingest

import (
	"sync"

	"github.com/segmentio/kafka-go"
)

// Batch is a run of fetched messages that will become one insert and one
// commit. Messages of one partition appear in fetch order.
type Batch struct {
	Messages []kafka.Message
	Bytes    int // sum of message values

	spans []*span // one per partition present, registered with the session's tracker
}

type topicPartition struct {
	topic     string
	partition int
}

// span is one batch's run of one partition, up to and including last.
type span struct {
	tp   topicPartition
	last int64
	done bool
}

// tracker keeps, per partition, the spans of batches in fetch order and the
// watermark: the offset after the longest prefix of done spans.
type tracker struct {
	mu        sync.Mutex
	queues    map[topicPartition][]*span
	watermark map[topicPartition]int64
}

func newTracker() *tracker {
	return &tracker{queues: map[topicPartition][]*span{}, watermark: map[topicPartition]int64{}}
}

// seal registers b's spans. Batches must be sealed in the order they were cut.
func (t *tracker) seal(b *Batch) {
	last := map[topicPartition]int64{}
	var order []topicPartition
	for i := range b.Messages {
		tp := topicPartition{b.Messages[i].Topic, b.Messages[i].Partition}
		if _, ok := last[tp]; !ok {
			order = append(order, tp)
		}
		last[tp] = b.Messages[i].Offset
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	b.spans = b.spans[:0]
	for _, tp := range order {
		s := &span{tp: tp, last: last[tp]}
		t.queues[tp] = append(t.queues[tp], s)
		b.spans = append(b.spans, s)
	}
}

// ack marks b's spans done and returns the partitions whose watermark moved,
// with the offset to commit (the next offset to read).
func (t *tracker) ack(b *Batch) map[string]map[int]int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	var moved map[string]map[int]int64
	for _, s := range b.spans {
		s.done = true
		q := t.queues[s.tp]
		n := 0
		for n < len(q) && q[n].done {
			t.watermark[s.tp] = q[n].last + 1
			n++
		}
		if n == 0 {
			continue
		}
		t.queues[s.tp] = q[n:]
		if moved == nil {
			moved = map[string]map[int]int64{}
		}
		if moved[s.tp.topic] == nil {
			moved[s.tp.topic] = map[int]int64{}
		}
		moved[s.tp.topic][s.tp.partition] = t.watermark[s.tp]
	}
	return moved
}

// pending reports how many sealed spans are not yet done.
func (t *tracker) pending() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for _, q := range t.queues {
		n += len(q)
	}
	return n
}
