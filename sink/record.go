package sink

import (
	"fmt"
	"strings"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

// Source is where a row came from in Kafka.
type Source struct {
	Topic     string
	Partition int32
	Offset    int64
}

// Batch is what the sink writes: row i of every slice (and of Enrichment)
// describes the same interaction. The sink does not keep it after Build.
type Batch struct {
	Interactions []transcript.Interaction
	Sources      []Source
	Enrichment   *enrich.Columns
	IngestedAt   time.Time
}

// arrowType maps each table column to its Arrow type. UInt8 flags are Arrow
// booleans (what they mean); the writer narrows them back to UInt8, the only
// boolean ClickHouse 18.16 has.
func arrowType(c Column) arrow.DataType {
	switch c.Name {
	case "started_at", "ended_at":
		return &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: "UTC"}
	case "ingested_at":
		return &arrow.TimestampType{Unit: arrow.Second, TimeZone: "UTC"}
	case "public", "complaint", "cross_company", "transfer_loop", "dead_end", "policy_wall",
		"broken_promise_claim", "public_threat", "stock_reply":
		return arrow.FixedWidthTypes.Boolean
	case "promise_due_at":
		return &arrow.TimestampType{Unit: arrow.Second, TimeZone: "UTC"}
	}
	switch c.Type.Legacy {
	case "String":
		return arrow.BinaryTypes.String
	case "Array(String)":
		return arrow.ListOf(arrow.BinaryTypes.String)
	case "Array(Float32)":
		return arrow.ListOf(arrow.PrimitiveTypes.Float32)
	case "UInt8":
		return arrow.PrimitiveTypes.Uint8
	case "UInt16":
		return arrow.PrimitiveTypes.Uint16
	case "UInt32":
		return arrow.PrimitiveTypes.Uint32
	case "UInt64":
		return arrow.PrimitiveTypes.Uint64
	case "Int8":
		return arrow.PrimitiveTypes.Int8
	case "Int32":
		return arrow.PrimitiveTypes.Int32
	case "Int64":
		return arrow.PrimitiveTypes.Int64
	case "Float32":
		return arrow.PrimitiveTypes.Float32
	}
	panic(fmt.Sprintf("sink: column %s has type %s with no Arrow mapping", c.Name, c.Type.Legacy))
}

// Schema is the Arrow schema of the records the sink writes: the table's
// columns, in order.
var Schema = func() *arrow.Schema {
	fields := make([]arrow.Field, len(InteractionColumns))
	for i, c := range InteractionColumns {
		fields[i] = arrow.Field{Name: c.Name, Type: arrowType(c), Nullable: strings.HasPrefix(c.Type.Legacy, "Nullable(")}
	}
	return arrow.NewSchema(fields, nil)
}()

// RecordBuilder turns batches into Arrow records, reusing its builders'
// memory from one batch to the next. Not safe for concurrent use.
type RecordBuilder struct {
	rb     *array.RecordBuilder
	ts     []arrow.Timestamp
	valid  []bool
	flags  []bool
	u16    []uint16
	u32    []uint32
	u64    []uint64
	i32    []int32
	i64    []int64
	byName map[string]int
}

// NewRecordBuilder returns a builder allocating from mem (nil: Go's heap).
func NewRecordBuilder(mem memory.Allocator) *RecordBuilder {
	if mem == nil {
		mem = memory.NewGoAllocator()
	}
	b := &RecordBuilder{rb: array.NewRecordBuilder(mem, Schema), byName: map[string]int{}}
	for i, c := range InteractionColumns {
		b.byName[c.Name] = i
	}
	return b
}

// Release frees the builders.
func (b *RecordBuilder) Release() { b.rb.Release() }

// Build appends the batch column by column and returns the record; the
// caller releases it.
func (b *RecordBuilder) Build(batch *Batch) arrow.RecordBatch {
	in, e, src := batch.Interactions, batch.Enrichment, batch.Sources
	n := len(in)
	if e.Rows != n || len(src) != n {
		panic(fmt.Sprintf("sink: batch has %d interactions, %d enrichment rows and %d sources", n, e.Rows, len(src)))
	}
	b.rb.Reserve(n)

	b.str("id", in, func(x *transcript.Interaction) string { return x.ID })
	b.str("case_id", in, func(x *transcript.Interaction) string { return x.CaseID })
	b.str("customer_id", in, func(x *transcript.Interaction) string { return x.CustomerID })
	b.str("channel", in, func(x *transcript.Interaction) string { return string(x.Channel) })
	b.str("org", in, func(x *transcript.Interaction) string { return x.Org })
	b.str("queue", in, func(x *transcript.Interaction) string { return x.Queue })
	b.str("agent_id", in, func(x *transcript.Interaction) string { return x.AgentID })
	b.times("started_at", in, func(x *transcript.Interaction) time.Time { return x.StartedAt })
	b.times("ended_at", in, func(x *transcript.Interaction) time.Time {
		if x.EndedAt.IsZero() {
			return x.StartedAt
		}
		return x.EndedAt
	})
	b.str("author", in, func(x *transcript.Interaction) string { return x.Author })
	b.u64 = b.u64[:0]
	for i := range in {
		b.u64 = append(b.u64, in[i].Reach)
	}
	b.field("reach").(*array.Uint64Builder).AppendValues(b.u64, nil)
	b.flags = b.flags[:0]
	for i := range in {
		b.flags = append(b.flags, in[i].Public)
	}
	b.field("public").(*array.BooleanBuilder).AppendValues(b.flags, nil)
	b.str("reply_to", in, func(x *transcript.Interaction) string { return x.ReplyTo })
	b.u16 = b.u16[:0]
	b.u32 = b.u32[:0]
	for i := range in {
		b.u16 = append(b.u16, uint16(min(len(in[i].Turns), 65535)))
		b.u32 = append(b.u32, uint32(in[i].TextBytes()))
	}
	b.field("turn_count").(*array.Uint16Builder).AppendValues(b.u16, nil)
	b.field("text_bytes").(*array.Uint32Builder).AppendValues(b.u32, nil)
	b.list("turn_speakers", &e.TurnSpeakers)
	b.list("turn_texts", &e.TurnTexts)
	if len(e.TurnSentiment) != len(e.TurnTexts.Values) {
		panic(fmt.Sprintf("sink: %d turn sentiments for %d turns", len(e.TurnSentiment), len(e.TurnTexts.Values)))
	}
	b.floatList("turn_sentiments", e.TurnTexts.Offsets, e.TurnSentiment)
	b.str("extra", in, func(x *transcript.Interaction) string { return string(x.Extra) })

	b.field("sentiment").(*array.Float32Builder).AppendValues(e.Sentiment, nil)
	b.field("sentiment_vader").(*array.Float32Builder).AppendValues(e.SentimentVader, nil)
	b.field("sentiment_customer").(*array.Float32Builder).AppendValues(e.SentimentCustomer, nil)
	b.field("sentiment_agent").(*array.Float32Builder).AppendValues(e.SentimentAgent, nil)
	b.field("trajectory").(*array.Int8Builder).AppendValues(e.Trajectory, nil)
	b.field("complaint").(*array.BooleanBuilder).AppendValues(e.Complaint, nil)
	b.field("handoff_count").(*array.Uint16Builder).AppendValues(e.HandoffCount, nil)
	b.field("handoff_warm").(*array.Uint16Builder).AppendValues(e.HandoffWarm, nil)
	b.list("handoff_targets", &e.HandoffTargets)
	b.list("handoff_orgs", &e.HandoffOrgs)
	b.field("cross_company").(*array.BooleanBuilder).AppendValues(e.CrossCompany, nil)
	b.field("transfer_loop").(*array.BooleanBuilder).AppendValues(e.TransferLoop, nil)
	b.field("dead_end").(*array.BooleanBuilder).AppendValues(e.DeadEnd, nil)
	b.field("policy_wall").(*array.BooleanBuilder).AppendValues(e.PolicyWall, nil)
	b.field("repeated_claims").(*array.Uint16Builder).AppendValues(e.RepeatedClaims, nil)
	b.list("promise_kinds", &e.PromiseKinds)
	// 0 means no promise stated a time: NULL in the table.
	b.ts, b.valid = b.ts[:0], b.valid[:0]
	for _, due := range e.PromiseDueAt {
		b.ts = append(b.ts, arrow.Timestamp(due))
		b.valid = append(b.valid, due != 0)
	}
	b.field("promise_due_at").(*array.TimestampBuilder).AppendValues(b.ts, b.valid)
	b.field("broken_promise_claim").(*array.BooleanBuilder).AppendValues(e.BrokenPromiseClaim, nil)
	b.list("escalation_kinds", &e.EscalationKinds)
	b.field("escalation_level").(*array.Uint8Builder).AppendValues(e.EscalationLevel, nil)
	b.field("public_threat").(*array.BooleanBuilder).AppendValues(e.PublicThreat, nil)
	b.field("reply_fingerprint").(*array.Uint64Builder).AppendValues(e.ReplyFingerprint, nil)
	b.field("stock_reply").(*array.BooleanBuilder).AppendValues(e.StockReply, nil)
	b.list("topic_products", &e.TopicProducts)
	b.list("topic_symptoms", &e.TopicSymptoms)
	b.list("pii_kinds", &e.PIIKinds)

	topic := b.field("source_topic").(*array.StringBuilder)
	b.i32 = b.i32[:0]
	b.i64 = b.i64[:0]
	for i := range src {
		topic.Append(src[i].Topic)
		b.i32 = append(b.i32, src[i].Partition)
		b.i64 = append(b.i64, src[i].Offset)
	}
	b.field("source_partition").(*array.Int32Builder).AppendValues(b.i32, nil)
	b.field("source_offset").(*array.Int64Builder).AppendValues(b.i64, nil)
	ingested := arrow.Timestamp(batch.IngestedAt.Unix())
	b.ts = b.ts[:0]
	for range n {
		b.ts = append(b.ts, ingested)
	}
	b.field("ingested_at").(*array.TimestampBuilder).AppendValues(b.ts, nil)

	return b.rb.NewRecordBatch()
}

func (b *RecordBuilder) field(name string) array.Builder {
	i, ok := b.byName[name]
	if !ok {
		panic("sink: no column " + name)
	}
	return b.rb.Field(i)
}

func (b *RecordBuilder) str(name string, in []transcript.Interaction, get func(*transcript.Interaction) string) {
	sb := b.field(name).(*array.StringBuilder)
	for i := range in {
		sb.Append(get(&in[i]))
	}
}

func (b *RecordBuilder) times(name string, in []transcript.Interaction, get func(*transcript.Interaction) time.Time) {
	b.ts = b.ts[:0]
	for i := range in {
		b.ts = append(b.ts, arrow.Timestamp(get(&in[i]).UnixMilli()))
	}
	b.field(name).(*array.TimestampBuilder).AppendValues(b.ts, nil)
}

func (b *RecordBuilder) list(name string, l *enrich.StringList) {
	lb := b.field(name).(*array.ListBuilder)
	vb := lb.ValueBuilder().(*array.StringBuilder)
	for i := 0; i < l.Rows(); i++ {
		lb.Append(true)
		vb.AppendValues(l.Row(i), nil)
	}
}

// floatList appends one list per row: values[offsets[i]:offsets[i+1]].
func (b *RecordBuilder) floatList(name string, offsets []int32, values []float32) {
	lb := b.field(name).(*array.ListBuilder)
	vb := lb.ValueBuilder().(*array.Float32Builder)
	for i := 0; i+1 < len(offsets); i++ {
		lb.Append(true)
		vb.AppendValues(values[offsets[i]:offsets[i+1]], nil)
	}
}
