package enrich

// StringList is a column of string lists stored the Arrow way: one flat slice
// of values plus offsets, so appending a row allocates nothing once the
// slices have grown. Row i is Values[Offsets[i]:Offsets[i+1]].
type StringList struct {
	Values  []string
	Offsets []int32 // len = rows+1 once a row was added; Offsets[0] = 0
}

// Reset empties the list, keeping its memory.
func (l *StringList) Reset() {
	l.Values = l.Values[:0]
	l.Offsets = append(l.Offsets[:0], 0)
}

// Add appends v to the current (last, still open) row.
func (l *StringList) Add(v string) { l.Values = append(l.Values, v) }

// EndRow closes the current row.
func (l *StringList) EndRow() {
	if len(l.Offsets) == 0 {
		l.Offsets = append(l.Offsets, 0)
	}
	l.Offsets = append(l.Offsets, int32(len(l.Values)))
}

// Row returns row i's values (aliasing Values).
func (l *StringList) Row(i int) []string { return l.Values[l.Offsets[i]:l.Offsets[i+1]] }

// Rows is the number of closed rows.
func (l *StringList) Rows() int {
	if len(l.Offsets) == 0 {
		return 0
	}
	return len(l.Offsets) - 1
}

// Columns is the enrichment of one batch, column by column: row i of every
// slice describes interaction i of the batch. The sink turns it into one Arrow
// record. Strings may alias the batch's input or the Enricher's arenas: they
// are valid until the next EnrichBatch call on the same Columns.
type Columns struct {
	Rows int

	// Redacted transcript, turn by turn (PII replaced by [CARD], [EMAIL], ...).
	TurnSpeakers StringList
	TurnTexts    StringList
	// TurnSentiment is one score per turn, aligned with TurnTexts.Values
	// (same offsets): the compound score with the support layer, 0 for
	// system and unknown speakers.
	TurnSentiment []float32

	// Sentiment: VADER-style compound scores in [-1, 1].
	Sentiment         []float32 // whole interaction, every speaker, with the support-domain layer
	SentimentVader    []float32 // whole interaction, exact VADER rules only (no support layer)
	SentimentCustomer []float32 // customer turns only
	SentimentAgent    []float32 // agent turns only
	Trajectory        []int8    // customer's last third minus first third: -1 worsening, 0 flat, +1 improving

	Complaint []bool

	// Routing failures.
	HandoffCount   []uint16
	HandoffWarm    []uint16   // handoffs where the agent briefs the next one or stays on the line; cold = HandoffCount - HandoffWarm
	HandoffTargets StringList // queues/teams/orgs named as transfer targets
	HandoffOrgs    StringList // organisations named in flagged handoff sentences (filled off the hot path by OrgNamer; empty until then)
	CrossCompany   []bool     // "that's handled by a separate company"
	TransferLoop   []bool     // back to a queue already visited
	DeadEnd        []bool     // "nothing more I can do", "as high as you can go", and policy walls
	PolicyWall     []bool     // "you've used your quota of visits", "policy doesn't allow"
	RepeatedClaims []uint16   // "as I already explained", "third time I've told"

	// Promises and escalations.
	PromiseKinds       StringList // callback, visit, refund, replacement, follow_up
	PromiseDueAt       []int64    // earliest due time any promise states ("within 48 hours", "by Friday"), Unix seconds UTC; 0 when none states one
	BrokenPromiseClaim []bool     // "you promised", "nobody called me back"
	EscalationKinds    StringList // supervisor, complaint, public, legal, cancel
	EscalationLevel    []uint8    // 0 none, 1 supervisor/complaint, 2 cancel, 3 public, 4 legal
	PublicThreat       []bool

	// Stock replies.
	ReplyFingerprint []uint64 // fingerprint of the normalised agent text; 0 when there is none (or fewer than Config.StockReplyMinWords words)
	StockReply       []bool

	// Topic keywords for crisis queries: the product and the symptom.
	TopicProducts StringList // e.g. "laptop", "dvd recorder", "firmware"
	TopicSymptoms StringList // e.g. "won't turn on", "no sound", "stuck on logo"

	// PII redaction.
	PIIKinds StringList // one entry per redaction: card, email, phone, national_id

	// flagged lists the sentences that fired a handoff or cross-company
	// rule, in row order, as spans of TurnTexts values: OrgNamer (orgs.go)
	// names the organisations in them after EnrichBatch. Not stored.
	flagged []flaggedSentence

	// textArena holds the bytes of the strings the Engine had to build
	// (redacted turn texts, handoff targets); the list columns' strings point
	// into it. It belongs to this Columns, not to the Engine, so that strings
	// stay valid until the next EnrichBatch with the same Columns even when
	// one Engine fills several Columns in turn. Only EnrichBatch touches it.
	textArena []byte
}

// Reset makes every fixed-width column n zero rows long and empties the list
// columns, keeping their memory. Fixed-width columns are then written by
// index; list columns get their rows appended in row order.
func (c *Columns) Reset(n int) {
	c.Rows = n
	c.TurnSpeakers.Reset()
	c.TurnTexts.Reset()
	c.TurnSentiment = c.TurnSentiment[:0]
	c.Sentiment = grow(c.Sentiment, n)
	c.SentimentVader = grow(c.SentimentVader, n)
	c.SentimentCustomer = grow(c.SentimentCustomer, n)
	c.SentimentAgent = grow(c.SentimentAgent, n)
	c.Trajectory = grow(c.Trajectory, n)
	c.Complaint = grow(c.Complaint, n)
	c.HandoffCount = grow(c.HandoffCount, n)
	c.HandoffWarm = grow(c.HandoffWarm, n)
	c.HandoffTargets.Reset()
	c.HandoffOrgs.Reset()
	c.CrossCompany = grow(c.CrossCompany, n)
	c.TransferLoop = grow(c.TransferLoop, n)
	c.DeadEnd = grow(c.DeadEnd, n)
	c.PolicyWall = grow(c.PolicyWall, n)
	c.RepeatedClaims = grow(c.RepeatedClaims, n)
	c.PromiseKinds.Reset()
	c.PromiseDueAt = grow(c.PromiseDueAt, n)
	c.BrokenPromiseClaim = grow(c.BrokenPromiseClaim, n)
	c.EscalationKinds.Reset()
	c.EscalationLevel = grow(c.EscalationLevel, n)
	c.PublicThreat = grow(c.PublicThreat, n)
	c.ReplyFingerprint = grow(c.ReplyFingerprint, n)
	c.StockReply = grow(c.StockReply, n)
	c.TopicProducts.Reset()
	c.TopicSymptoms.Reset()
	c.flagged = c.flagged[:0]
	c.PIIKinds.Reset()
}

// grow returns s resized to n zero elements, reusing its memory when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}
