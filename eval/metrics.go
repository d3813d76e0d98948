package eval

import "math"

// Detector names, as they appear in `runaround eval --json` and in the
// hand-labelled set's "labels" object.
const (
	Handoff            = "handoff"
	CrossCompany       = "cross_company_handoff"
	TransferLoop       = "transfer_loop"
	DeadEnd            = "dead_end"
	PolicyWall         = "policy_wall"
	RepeatedClaim      = "repeated_claim"
	Promise            = "promise"
	BrokenPromiseClaim = "broken_promise_claim"
	Escalation         = "escalation"
	PublicThreat       = "public_threat"
	StockReply         = "stock_reply"
	Complaint          = "complaint"
	PII                = "pii"
	Sentiment          = "sentiment"
)

// Counts is a binary detector's confusion counts over one set.
type Counts struct {
	TP, FP, FN, TN int
}

// Add records one item: want is the label, got the detector's answer.
func (c *Counts) Add(want, got bool) {
	switch {
	case want && got:
		c.TP++
	case !want && got:
		c.FP++
	case want && !got:
		c.FN++
	default:
		c.TN++
	}
}

// DetectorMetrics is one detector's score on one set. Support is the number
// of positive items (TP+FN); Items the number of items scored.
type DetectorMetrics struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
	Items     int     `json:"items"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
}

// Metrics turns counts into precision, recall and F1. A ratio with a zero
// denominator is 0 (not NaN), so JSON stays valid; Support says whether
// the figure means anything.
func (c Counts) Metrics() DetectorMetrics {
	m := DetectorMetrics{Support: c.TP + c.FN, Items: c.TP + c.FP + c.FN + c.TN, TP: c.TP, FP: c.FP, FN: c.FN}
	m.Precision = ratio(c.TP, c.TP+c.FP)
	m.Recall = ratio(c.TP, c.TP+c.FN)
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// SentimentMetrics is 3-class (negative / neutral / positive) sentiment
// accuracy on one set, ours next to govader's on the same items.
type SentimentMetrics struct {
	Accuracy        float64 `json:"accuracy"`
	MacroF1         float64 `json:"macro_f1"`
	GovaderAccuracy float64 `json:"govader_accuracy"`
	GovaderMacroF1  float64 `json:"govader_macro_f1"`
	Support         int     `json:"support"`
}

// Classes are the sentiment classes, in confusion-matrix order.
var Classes = [3]string{"negative", "neutral", "positive"}

// Confusion is a 3-class confusion matrix: [want][got].
type Confusion [3][3]int

// ClassIndex returns the index of a class name in Classes, or -1.
func ClassIndex(s string) int {
	for i, c := range Classes {
		if c == s {
			return i
		}
	}
	return -1
}

// Add records one item.
func (m *Confusion) Add(want, got int) { m[want][got]++ }

// Accuracy is the share of items on the diagonal.
func (m *Confusion) Accuracy() float64 {
	var ok, n int
	for i := range m {
		for j := range m[i] {
			n += m[i][j]
			if i == j {
				ok += m[i][j]
			}
		}
	}
	return ratio(ok, n)
}

// MacroF1 is the unweighted mean of the per-class F1 scores.
func (m *Confusion) MacroF1() float64 {
	var sum float64
	for k := range m {
		var tp, fp, fn int
		for j := range m {
			switch {
			case j == k:
				tp = m[k][k]
			default:
				fn += m[k][j]
				fp += m[j][k]
			}
		}
		sum += Counts{TP: tp, FP: fp, FN: fn}.Metrics().F1
	}
	return sum / 3
}

// Total is the number of items.
func (m *Confusion) Total() int {
	n := 0
	for i := range m {
		for j := range m[i] {
			n += m[i][j]
		}
	}
	return n
}

// Spearman returns the rank correlation of x and y (average ranks for
// ties); NaN when either is constant or shorter than 2.
func Spearman(x, y []float64) float64 {
	if len(x) != len(y) || len(x) < 2 {
		return math.NaN()
	}
	return pearson(ranks(x), ranks(y))
}
