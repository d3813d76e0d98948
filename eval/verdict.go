package eval

import (
	"slices"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

// Detectors lists the binary detectors in report order.
var Detectors = []string{
	Handoff, CrossCompany, TransferLoop, DeadEnd, PolicyWall, RepeatedClaim,
	Promise, BrokenPromiseClaim, Escalation, PublicThreat, StockReply, Complaint, PII,
}

// kindFamilies are the detectors whose findings have kinds, with every kind
// they can have. Per-kind metrics are named "<family>.<kind>", e.g.
// "promise.refund". The vocabularies are the generator's (the same names the
// enrich columns use).
var kindFamilies = []struct {
	family string
	kinds  []string
}{
	{Promise, transcript.PromiseKinds},
	{Escalation, transcript.EscalationKinds},
	{PII, transcript.PIIKinds},
}

// Verdict is what one interaction is, or is found to be: one boolean per
// detector, the kinds of promises, escalations and PII, and the customer's
// sentiment class. As an expectation, a detector missing from Flags (or a
// family missing from Kinds, or an empty Sentiment) has no label and is not
// scored.
type Verdict struct {
	Flags     map[string]bool
	Kinds     map[string][]string // family (Promise, Escalation, PII) -> kinds
	Sentiment string              // one of Classes, "" when not labelled
}

// Predict reads row of c, enriched with cfg, as a Verdict: every detector
// answers, and the sentiment class is the customer's score through
// cfg.SentimentClass.
func Predict(c *enrich.Columns, row int, cfg enrich.Config) Verdict {
	promises := c.PromiseKinds.Row(row)
	escalations := c.EscalationKinds.Row(row)
	pii := c.PIIKinds.Row(row)
	return Verdict{
		Flags: map[string]bool{
			Handoff:            c.HandoffCount[row] > 0,
			CrossCompany:       c.CrossCompany[row],
			TransferLoop:       c.TransferLoop[row],
			DeadEnd:            c.DeadEnd[row],
			PolicyWall:         c.PolicyWall[row],
			RepeatedClaim:      c.RepeatedClaims[row] > 0,
			Promise:            len(promises) > 0,
			BrokenPromiseClaim: c.BrokenPromiseClaim[row],
			Escalation:         len(escalations) > 0,
			PublicThreat:       c.PublicThreat[row],
			StockReply:         c.StockReply[row],
			Complaint:          c.Complaint[row],
			PII:                len(pii) > 0,
		},
		Kinds: map[string][]string{
			Promise:    slices.Clone(promises),
			Escalation: slices.Clone(escalations),
			PII:        slices.Clone(pii),
		},
		Sentiment: cfg.SentimentClass(c.SentimentCustomer[row]),
	}
}

// Expected turns a generator's planted labels into a Verdict. The generator
// plants no policy walls, so PolicyWall has no label here.
func Expected(l *transcript.Labels) Verdict {
	return Verdict{
		Flags: map[string]bool{
			Handoff:            l.Handoffs > 0,
			CrossCompany:       l.CrossCompany,
			TransferLoop:       l.TransferLoop,
			DeadEnd:            l.DeadEnd,
			RepeatedClaim:      l.RepeatedClaim,
			Promise:            len(l.Promises) > 0,
			BrokenPromiseClaim: l.BrokenPromiseClaim,
			Escalation:         len(l.Escalations) > 0,
			PublicThreat:       l.PublicThreat,
			StockReply:         l.StockReply,
			Complaint:          l.Complaint,
			PII:                len(l.PII) > 0,
		},
		Kinds: map[string][]string{
			Promise:    l.Promises,
			Escalation: l.Escalations,
			PII:        l.PII,
		},
		Sentiment: l.Sentiment,
	}
}
