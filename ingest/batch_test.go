package ingest

import (
	"reflect"
	"testing"

	"github.com/segmentio/kafka-go"
)

func msgs(topic string, partition int, offsets ...int64) []kafka.Message {
	out := make([]kafka.Message, len(offsets))
	for i, o := range offsets {
		out[i] = kafka.Message{Topic: topic, Partition: partition, Offset: o}
	}
	return out
}

func batchOf(parts ...[]kafka.Message) *Batch {
	b := &Batch{}
	for _, p := range parts {
		b.Messages = append(b.Messages, p...)
	}
	return b
}

// The watermark is the highest contiguous acknowledged offset, never the
// offset of whichever batch finished last.
func TestTrackerCommitsOnlyContiguousPrefix(t *testing.T) {
	tr := newTracker()
	b1 := batchOf(msgs("a", 0, 0, 1, 2), msgs("a", 1, 10, 11))
	b2 := batchOf(msgs("a", 0, 3, 4), msgs("a", 1, 12))
	b3 := batchOf(msgs("a", 0, 5))
	for _, b := range []*Batch{b1, b2, b3} {
		tr.seal(b)
	}
	if got := tr.ack(b3); got != nil {
		t.Fatalf("acking the last batch first committed %v; want nothing (batches 1 and 2 are still in flight)", got)
	}
	if got, want := tr.ack(b1), map[string]map[int]int64{"a": {0: 3, 1: 12}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("after batch 1: committed %v, want %v", got, want)
	}
	// Batch 2 closes the gap: partition 0 jumps past batch 3's offset too.
	if got, want := tr.ack(b2), map[string]map[int]int64{"a": {0: 6, 1: 13}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("after batch 2: committed %v, want %v", got, want)
	}
	if n := tr.pending(); n != 0 {
		t.Fatalf("%d spans still pending after every batch was acknowledged", n)
	}
}

// Offsets inside a partition may have gaps (compaction, transaction
// markers): contiguity is in fetch order, not in offset arithmetic.
func TestTrackerToleratesOffsetGaps(t *testing.T) {
	tr := newTracker()
	b1 := batchOf(msgs("t", 2, 100, 105))
	b2 := batchOf(msgs("t", 2, 230))
	tr.seal(b1)
	tr.seal(b2)
	if got, want := tr.ack(b1), map[string]map[int]int64{"t": {2: 106}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if got, want := tr.ack(b2), map[string]map[int]int64{"t": {2: 231}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestTrackerPartitionsAreIndependent(t *testing.T) {
	tr := newTracker()
	b1 := batchOf(msgs("t", 0, 0))
	b2 := batchOf(msgs("t", 1, 0))
	tr.seal(b1)
	tr.seal(b2)
	if got, want := tr.ack(b2), map[string]map[int]int64{"t": {1: 1}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("a batch of another partition must not hold partition 1 back: got %v, want %v", got, want)
	}
}
