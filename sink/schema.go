package sink

import (
	"fmt"
	"strings"
)

// Dialect is the family of ClickHouse servers a DDL is written for.
type Dialect int

const (
	// Legacy is ClickHouse before 20.1 (Debian ships 18.16): no DateTime64,
	// no TTL, LowCardinality still experimental.
	Legacy Dialect = iota
	// Modern is ClickHouse 20.1 and later.
	Modern
)

func (d Dialect) String() string {
	if d == Modern {
		return "modern"
	}
	return "legacy"
}

// DialectFor picks the dialect for a server version.
func DialectFor(major, minor uint64) Dialect {
	if major >= 20 {
		return Modern
	}
	return Legacy
}

// ColumnType is a column's ClickHouse type in each dialect.
type ColumnType struct{ Legacy, Modern string }

func same(t string) ColumnType { return ColumnType{t, t} }

var (
	tString      = same("String")
	tLowCard     = ColumnType{"String", "LowCardinality(String)"}
	tTime        = ColumnType{"DateTime", "DateTime64(3, 'UTC')"}
	tStringArray = same("Array(String)")
	tLowCardArr  = ColumnType{"Array(String)", "Array(LowCardinality(String))"}
	tDueTime     = ColumnType{"Nullable(DateTime)", "Nullable(DateTime('UTC'))"}
)

// Column is one column of runaround.interactions.
type Column struct {
	Name string
	Type ColumnType
	Doc  string
}

// Since is the schema version that added the column (see migrations).
func (c Column) Since() int {
	for _, m := range migrations {
		for _, name := range m.addColumns {
			if name == c.Name {
				return m.version
			}
		}
	}
	return 1
}

// InteractionColumns is the table, in insert order. The Arrow record the sink
// builds has exactly these fields in this order (see record.go).
var InteractionColumns = []Column{
	{"id", tString, "interaction id (the Kafka key); one logical row per id"},
	{"case_id", tString, "links the contacts of one problem, across channels and organisations"},
	{"customer_id", tString, ""},
	{"channel", tLowCard, "voice, chat or social"},
	{"org", tLowCard, "the company or arm that handled it"},
	{"queue", tLowCard, "the queue the contact started in"},
	{"agent_id", tString, ""},
	{"started_at", tTime, "UTC"},
	{"ended_at", tTime, "UTC; equals started_at when unknown"},
	{"author", tString, "social: the posting handle"},
	{"reach", same("UInt64"), "social: the author's followers"},
	{"public", same("UInt8"), "social: 1 when the post is public"},
	{"reply_to", tString, "social: the post this one answers"},
	{"turn_count", same("UInt16"), ""},
	{"text_bytes", same("UInt32"), "size of the turns' text before redaction"},
	{"turn_speakers", tLowCardArr, "customer, agent or system, per turn"},
	{"turn_texts", tStringArray, "per turn, PII already redacted"},
	{"turn_sentiments", same("Array(Float32)"), "per turn, aligned with turn_texts: compound score with the support layer (0 for system turns)"},
	{"extra", tString, "fields the wire format does not know, as a JSON object ('' when none)"},
	{"sentiment", same("Float32"), "compound score of the whole interaction, [-1, 1], with the support-domain layer"},
	{"sentiment_vader", same("Float32"), "the same with VADER's rules only (equal to govader's), for comparison"},
	{"sentiment_customer", same("Float32"), "customer turns only"},
	{"sentiment_agent", same("Float32"), "agent turns only"},
	{"trajectory", same("Int8"), "customer tone, last third vs first: -1 worse, 0 flat, 1 better"},
	{"complaint", same("UInt8"), ""},
	{"handoff_count", same("UInt16"), "transfers inside the interaction"},
	{"handoff_warm", same("UInt16"), "of those, warm (the agent briefs the next party or stays on); cold = handoff_count - handoff_warm"},
	{"handoff_targets", tStringArray, "where the customer was sent"},
	{"handoff_orgs", tStringArray, "organisations named in flagged handoff sentences (named off the hot path)"},
	{"cross_company", same("UInt8"), "sent to a separate company"},
	{"transfer_loop", same("UInt8"), "sent back to a queue already visited"},
	{"dead_end", same("UInt8"), "'nothing more I can do', policy walls"},
	{"policy_wall", same("UInt8"), "a refusal citing a policy, quota or limit"},
	{"repeated_claims", same("UInt16"), "times the customer says they are repeating themselves"},
	{"promise_kinds", tLowCardArr, "callback, visit, refund, replacement, follow_up"},
	{"promise_due_at", tDueTime, "earliest due time a promise states ('within 48 hours', 'by Friday'), UTC; NULL when none does"},
	{"broken_promise_claim", same("UInt8"), "the customer says a promise was broken"},
	{"escalation_kinds", tLowCardArr, "supervisor, complaint, public, legal, cancel"},
	{"escalation_level", same("UInt8"), "0 none, 1 supervisor/complaint, 2 cancel, 3 public, 4 legal"},
	{"public_threat", same("UInt8"), ""},
	{"reply_fingerprint", same("UInt64"), "hash of the normalised agent text: equal for one template"},
	{"stock_reply", same("UInt8"), "the agent text is a known stock phrase"},
	{"topic_products", tLowCardArr, "canonical product/service keywords: laptop, dvd recorder, flight, ..."},
	{"topic_symptoms", tLowCardArr, "canonical symptom keywords: won't turn on, no sound, delayed, ..."},
	{"pii_kinds", tLowCardArr, "one entry per redaction: card, email, phone, national_id"},
	{"source_topic", tLowCard, "Kafka provenance of the row"},
	{"source_partition", same("Int32"), ""},
	{"source_offset", same("Int64"), ""},
	{"ingested_at", same("DateTime"), "when the pipeline wrote the row (not part of any key)"},
}

// TableOptions are the parts of the DDL an operator may choose.
type TableOptions struct {
	Database      string
	RetentionDays int // 0 keeps rows forever; needs the Modern dialect (TTL)
}

// CreateInteractionsDDL returns the CREATE TABLE statement for a dialect.
func CreateInteractionsDDL(d Dialect, o TableOptions) string {
	return CreateInteractionsDDLAt(d, o, SchemaVersion)
}

// CreateInteractionsDDLAt is the CREATE TABLE of an older schema version:
// what a database migrated by an older build holds (for upgrade tests).
func CreateInteractionsDDLAt(d Dialect, o TableOptions, version int) string {
	var cols []Column
	for _, c := range InteractionColumns {
		if c.Since() <= version {
			cols = append(cols, c)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE IF NOT EXISTS %s.interactions\n(\n", quoteIdent(o.Database))
	for i, c := range cols {
		t := c.Type.Legacy
		if d == Modern {
			t = c.Type.Modern
		}
		sep := ","
		if i == len(cols)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "    %s %s%s\n", c.Name, t, sep)
	}
	// The keys are functions of the interaction alone (never of processing
	// time), so a re-delivered interaction lands in the same partition with
	// the same sorting key and the ReplacingMergeTree collapses the copies.
	b.WriteString(")\nENGINE = ReplacingMergeTree()\nPARTITION BY toYYYYMM(started_at)\nORDER BY (channel, org, started_at, id)\n")
	if d == Modern && o.RetentionDays > 0 {
		fmt.Fprintf(&b, "TTL toDateTime(started_at) + INTERVAL %d DAY\n", o.RetentionDays)
	}
	return b.String()
}

// InsertColumnList is "(id, case_id, ...)": ClickHouse 18.16 needs the column
// list spelled out for a native insert.
func InsertColumnList() string {
	names := make([]string, len(InteractionColumns))
	for i, c := range InteractionColumns {
		names[i] = c.Name
	}
	return "(" + strings.Join(names, ", ") + ")"
}

func quoteIdent(s string) string { return "`" + strings.ReplaceAll(s, "`", "``") + "`" }
