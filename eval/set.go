package eval

import (
	"bytes"
	"encoding/json"
	"hash/fnv"
	"slices"
	"sort"
)

// Metric is one detector's (or one kind's) score on one set. On a set that
// is split (the hand-labelled one) Tune and Holdout are the same figures on
// each half, so held-out numbers can be shown next to the whole.
type Metric struct {
	DetectorMetrics
	Tune    *DetectorMetrics `json:"tune,omitempty"`
	Holdout *DetectorMetrics `json:"holdout,omitempty"`
}

// SentimentResult is a set's sentiment figures, with the halves on a split set.
type SentimentResult struct {
	SentimentMetrics
	Tune    *SentimentMetrics `json:"tune,omitempty"`
	Holdout *SentimentMetrics `json:"holdout,omitempty"`
}

// Set is the evaluation of one data set. It marshals to one JSON object
// that maps each detector name ("handoff", ...) and each kind
// ("promise.refund", ...) to its Metric, "sentiment" to the sentiment
// figures, and each Extra key to its value.
type Set struct {
	Items     int               // interactions scored
	Metrics   map[string]Metric // detector or "<family>.<kind>" -> figures
	Sentiment *SentimentResult  // nil when the set has no sentiment labels
	// Extra holds figures a set reports besides detector and sentiment
	// metrics (e.g. rank correlations); they are marshalled as they are.
	Extra map[string]any
	// Notes are for people reading the tables (support too small to mean
	// much, what was skipped); they are not part of the JSON.
	Notes []string
}

// MetricNames returns the set's metric keys in report order: the detectors
// in Detectors order, then the kinds family by family.
func (s *Set) MetricNames() []string {
	var names []string
	seen := make(map[string]bool, len(s.Metrics))
	add := func(n string) {
		if _, ok := s.Metrics[n]; ok && !seen[n] {
			names = append(names, n)
			seen[n] = true
		}
	}
	for _, d := range Detectors {
		add(d)
	}
	for _, f := range kindFamilies {
		for _, k := range f.kinds {
			add(f.family + "." + k)
		}
	}
	var rest []string
	for n := range s.Metrics {
		if !seen[n] {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	return append(names, rest...)
}

// MarshalJSON writes the set as one flat object in report order.
func (s *Set) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	field := func(k string, v any) error {
		if !first {
			b.WriteByte(',')
		}
		first = false
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		vb, err := json.Marshal(v)
		if err != nil {
			return err
		}
		b.Write(vb)
		return nil
	}
	for _, n := range s.MetricNames() {
		if err := field(n, s.Metrics[n]); err != nil {
			return nil, err
		}
	}
	if s.Sentiment != nil {
		if err := field(Sentiment, s.Sentiment); err != nil {
			return nil, err
		}
	}
	keys := make([]string, 0, len(s.Extra))
	for k := range s.Extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := field(k, s.Extra[k]); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Half returns which half of a split set an item belongs to, "tune" or
// "holdout", from a hash of its id: deterministic, independent of the
// order of the file, and stable when items are added.
func Half(id string) string {
	h := fnv.New64a()
	h.Write([]byte(id))
	if h.Sum64()&1 == 0 {
		return "tune"
	}
	return "holdout"
}

// scorer accumulates one set's confusion counts: the whole set, and on a
// split set each half.
type scorer struct {
	split bool
	parts [3]part // whole, tune, holdout
	items int
}

type part struct {
	counts      map[string]*Counts
	ours, gov   Confusion
	govAnswered int // items govader was run on
}

func newScorer(split bool) *scorer {
	s := &scorer{split: split}
	for i := range s.parts {
		s.parts[i].counts = make(map[string]*Counts)
	}
	return s
}

// add scores one item. govClass is govader's sentiment class for the same
// item, "" when govader was not run.
func (s *scorer) add(id string, want, got Verdict, govClass string) {
	s.items++
	s.parts[0].add(want, got, govClass)
	if s.split {
		if Half(id) == "tune" {
			s.parts[1].add(want, got, govClass)
		} else {
			s.parts[2].add(want, got, govClass)
		}
	}
}

func (p *part) count(name string) *Counts {
	c := p.counts[name]
	if c == nil {
		c = new(Counts)
		p.counts[name] = c
	}
	return c
}

func (p *part) add(want, got Verdict, govClass string) {
	for _, d := range Detectors {
		if w, ok := want.Flags[d]; ok {
			p.count(d).Add(w, got.Flags[d])
		}
	}
	for _, f := range kindFamilies {
		wk, ok := want.Kinds[f.family]
		if !ok {
			continue
		}
		gk := got.Kinds[f.family]
		for _, k := range f.kinds {
			p.count(f.family+"."+k).Add(slices.Contains(wk, k), slices.Contains(gk, k))
		}
	}
	if wi := ClassIndex(want.Sentiment); wi >= 0 {
		if gi := ClassIndex(got.Sentiment); gi >= 0 {
			p.ours.Add(wi, gi)
		}
		if gi := ClassIndex(govClass); gi >= 0 {
			p.gov.Add(wi, gi)
			p.govAnswered++
		}
	}
}

func (p *part) sentiment() *SentimentMetrics {
	if p.ours.Total() == 0 {
		return nil
	}
	m := &SentimentMetrics{Accuracy: p.ours.Accuracy(), MacroF1: p.ours.MacroF1(), Support: p.ours.Total()}
	if p.govAnswered > 0 {
		m.GovaderAccuracy = p.gov.Accuracy()
		m.GovaderMacroF1 = p.gov.MacroF1()
	}
	return m
}

// set returns the figures.
func (s *scorer) set() *Set {
	out := &Set{Items: s.items, Metrics: make(map[string]Metric, len(s.parts[0].counts))}
	for name, c := range s.parts[0].counts {
		m := Metric{DetectorMetrics: c.Metrics()}
		if s.split {
			tune := s.parts[1].count(name).Metrics()
			hold := s.parts[2].count(name).Metrics()
			m.Tune, m.Holdout = &tune, &hold
		}
		out.Metrics[name] = m
	}
	if sm := s.parts[0].sentiment(); sm != nil {
		out.Sentiment = &SentimentResult{SentimentMetrics: *sm}
		if s.split {
			out.Sentiment.Tune, out.Sentiment.Holdout = s.parts[1].sentiment(), s.parts[2].sentiment()
		}
	}
	return out
}
