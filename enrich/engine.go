package enrich

import (
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/runaroundhq/runaround/transcript"
)

var _ Enricher = (*Engine)(nil)

// Engine is the enrichment stage: it implements Enricher with the
// sentiment scorer, the phrase detectors, the stock-reply fingerprint and
// the PII redactor of this package.
//
// An Engine is NOT safe for concurrent use: it owns reusable scratch buffers
// (lowercase text, tokens, matches, PII spans, ...). Run one Engine per
// goroutine; engines share only immutable tables.
type Engine struct {
	cfg Config

	m           *phraseMatcher
	rules       []rule
	phraseRules [][]uint16   // matcher pattern ID -> rule indexes
	patWeight   []float32    // matcher pattern ID -> support sentiment weight (0: none)
	support     supportState // the support sentiment layer's tables and scratch (support.go)

	// Per-turn scratch.
	buf    []byte
	toks   []token
	bangs  int // '!' and '?' as VADER counts them (normalise)
	quests int
	vbuf   []byte // VADER tokens that are not in buf (normalise)
	vtoks  []vtok // the turn's tokens as govader sees them (normalise)
	otoks  []vtok // vtoks with the support layer applied (supportOverlay)
	hits   []phraseHit
	arena  turnArena   // the normalised turns of the current group of interactions (turns.go)
	sup    []phraseHit // suppressor hits of the turn; ID is the rule index
	spans  []piiSpan
	dt     detectScratch // the detectors' per-turn context (detect.go)

	// Per-interaction scratch.
	custScores []float32
	targetKeys []uint64
	fp         fingerprinter
	fpTurn     bool // normalise feeds the current turn to fp (an agent turn)

	// Per-batch scratch: list values that point into out.textArena, patched
	// once the arena has stopped growing.
	fixups []fixup
}

type fixup struct {
	list       *StringList
	idx        int
	start, end int
}

// New returns an Engine for cfg.
func New(cfg Config) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	rs, err := compiledRules()
	if err != nil {
		return nil, err
	}
	e := &Engine{cfg: cfg, m: rs.m, rules: rs.rules, phraseRules: rs.phraseRules, patWeight: rs.patWeight}
	e.support.pats = rs.supPat
	return e, nil
}

// ruleSet is the compiled, immutable rule tables every Engine shares.
type ruleSet struct {
	m           *phraseMatcher
	rules       []rule
	phraseRules [][]uint16
	patWeight   []float32
	supPat      []supportPat
}

var compiledRules = sync.OnceValues(compileRules)

func compileRules() (*ruleSet, error) {
	rules := buildRules()
	// One matcher pattern per distinct phrase; rules sharing a phrase share
	// the pattern.
	var phrases []string
	index := make(map[string]int, len(rules))
	var phraseRules [][]uint16
	for ri, r := range rules {
		pi, ok := index[r.phrase]
		if !ok {
			pi = len(phrases)
			index[r.phrase] = pi
			phrases = append(phrases, r.phrase)
			phraseRules = append(phraseRules, nil)
		}
		phraseRules[pi] = append(phraseRules[pi], uint16(ri))
	}
	// The support layer's other phrases (support.go) only score sentiment:
	// they get matcher patterns but no rules.
	phrases, supPat := supportPatterns(index, phrases)
	for len(phraseRules) < len(phrases) {
		phraseRules = append(phraseRules, nil)
	}
	m, err := newPhraseMatcher(phrases)
	if err != nil {
		return nil, err
	}
	patWeight := make([]float32, len(phrases))
	for pi, p := range supPat {
		patWeight[pi] = p.weight
	}
	return &ruleSet{m: m, rules: rules, phraseRules: phraseRules, patWeight: patWeight, supPat: supPat}, nil
}

// Config returns the engine's configuration.
func (e *Engine) Config() Config { return e.cfg }

// EnrichBatch implements Enricher. See the package documentation for the
// lifetime of the strings it writes into out.
func (e *Engine) EnrichBatch(in []transcript.Interaction, out *Columns) {
	out.Reset(len(in))
	out.textArena = out.textArena[:0]
	e.fixups = e.fixups[:0]
	for g := 0; g < len(in); {
		// Normalise a group of interactions and match their phrases in
		// one pass (turns.go), then detect and score each.
		h := e.normaliseGroup(in, g)
		for i := g; i < h; i++ {
			e.enrichOne(&in[i], i, out)
		}
		g = h
	}
	// The arena no longer grows: the strings can point into it now.
	arena := out.textArena
	for _, f := range e.fixups {
		s := ""
		if f.end > f.start {
			s = unsafe.String(&arena[f.start], f.end-f.start)
		}
		f.list.Values[f.idx] = s
	}
	clear(e.fixups) // keep no pointer into out
	e.fixups = e.fixups[:0]
}

// rowState accumulates one interaction's findings.
type rowState struct {
	sentSum, custSum, agentSum float64
	vaderSum                   float64
	sentN, custN, agentN       int

	handoffs         int
	pending          bool // an agent announced a handoff no system event has confirmed yet
	pendingHadTarget bool
	haveQueue        bool
	lastQueue        uint64

	cross, loop, deadEnd, broken, stock, failure bool
	sentHere                                     bool // the customer says another party sent them here (loopSentHere)
	repeats                                      int
	promises, escalations                        uint8     // kind bitmasks
	dr                                           detectRow // warm handoffs, policy walls, due times, topics (detect.go)
}

func speakerMask(s transcript.Speaker) uint8 {
	switch s {
	case transcript.SpeakerCustomer:
		return spCustomer
	case transcript.SpeakerAgent:
		return spAgent
	case transcript.SpeakerSystem:
		return spSystem
	}
	return 0
}

// speakerName returns a constant string for known speakers, so the column
// does not pin the input's memory for them.
func speakerName(s transcript.Speaker) string {
	switch s {
	case transcript.SpeakerCustomer:
		return string(transcript.SpeakerCustomer)
	case transcript.SpeakerAgent:
		return string(transcript.SpeakerAgent)
	case transcript.SpeakerSystem:
		return string(transcript.SpeakerSystem)
	}
	return string(s)
}

func (e *Engine) enrichOne(it *transcript.Interaction, row int, out *Columns) {
	var st rowState
	e.custScores = e.custScores[:0]
	e.targetKeys = e.targetKeys[:0]
	e.support.setOrg(it.Org)

	// Every turn was normalised (and the agent turns fingerprinted) with
	// its group, and the phrase matcher has run (normaliseGroup, turns.go);
	// each turn is now redacted, detected and scored in order.
	for ti := range it.Turns {
		t := &it.Turns[ti]
		sp := speakerMask(t.Speaker)
		out.TurnSpeakers.Add(speakerName(t.Speaker))

		text, truncated := clip(t.Text, e.cfg.MaxTextBytes)
		e.redact(out, text, truncated, e.spokenTurn(row, ti))
		if sp == 0 {
			out.TurnSentiment = append(out.TurnSentiment, 0)
			continue // unknown speaker: stored, not analysed
		}
		e.useTurn(row, ti)
		e.beginTurn(it, t, text, row, out)
		e.detect(&st, sp, out)

		var s float32
		if sp&spPeople != 0 && len(e.vtoks) > 0 {
			v, sup := e.scoreTurn()
			s = float32(sup)
			st.vaderSum += v
			st.sentSum += float64(s)
			st.sentN++
			if sp == spCustomer {
				st.custSum += float64(s)
				st.custN++
				e.custScores = append(e.custScores, s)
			} else {
				st.agentSum += float64(s)
				st.agentN++
			}
		}
		out.TurnSentiment = append(out.TurnSentiment, s)
	}

	if st.sentN > 0 {
		out.Sentiment[row] = float32(st.sentSum / float64(st.sentN))
		out.SentimentVader[row] = float32(st.vaderSum / float64(st.sentN))
	}
	if st.custN > 0 {
		out.SentimentCustomer[row] = float32(st.custSum / float64(st.custN))
		out.Complaint[row] = st.failure || out.SentimentCustomer[row] < e.cfg.ComplaintThreshold
	}
	if st.agentN > 0 {
		out.SentimentAgent[row] = float32(st.agentSum / float64(st.agentN))
	}
	out.Trajectory[row] = trajectory(e.custScores, e.cfg.TrajectoryDelta)

	e.finishRow(&st, row, out)
	out.HandoffCount[row] = uint16(min(st.handoffs, 0xffff))
	out.CrossCompany[row] = st.cross
	out.TransferLoop[row] = st.loop
	out.DeadEnd[row] = st.deadEnd
	out.RepeatedClaims[row] = uint16(min(st.repeats, 0xffff))
	out.BrokenPromiseClaim[row] = st.broken
	out.StockReply[row] = st.stock
	out.ReplyFingerprint[row] = e.fingerprint(row)

	for k := uint8(0); k < numPromiseKinds; k++ {
		if st.promises&(1<<k) != 0 {
			out.PromiseKinds.Add(promiseNames[k])
		}
	}
	var level uint8
	for k := uint8(0); k < numEscalationKinds; k++ {
		if st.escalations&(1<<k) != 0 {
			out.EscalationKinds.Add(escalationNames[k])
			level = max(level, escalationLevel[k])
		}
	}
	out.EscalationLevel[row] = level
	out.PublicThreat[row] = st.escalations&(1<<escPublic) != 0

	out.TurnSpeakers.EndRow()
	out.TurnTexts.EndRow()
	out.HandoffTargets.EndRow()
	out.HandoffOrgs.EndRow()
	out.PromiseKinds.EndRow()
	out.EscalationKinds.EndRow()
	out.TopicProducts.EndRow()
	out.TopicSymptoms.EndRow()
	out.PIIKinds.EndRow()
}

// trajectory compares the mean of the first and the last third of the
// customer's turn scores.
func trajectory(scores []float32, delta float32) int8 {
	n := len(scores)
	if n < 3 {
		return 0
	}
	k := n / 3
	var first, last float32
	for i := 0; i < k; i++ {
		first += scores[i]
		last += scores[n-k+i]
	}
	d := (last - first) / float32(k)
	switch {
	case d > delta:
		return 1
	case d < -delta:
		return -1
	}
	return 0
}

// clip cuts text to at most max bytes, preferring the last space in the
// final 64 bytes (so a number is not split into an unrecognisable, partly
// stored fragment) and never splitting a rune.
func clip(text string, max int) (string, bool) {
	if len(text) <= max {
		return text, false
	}
	cut := max
	for k := cut; k > 0 && k > max-64; k-- {
		if isSpaceASCII(text[k-1]) {
			cut = k - 1
			break
		}
	}
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut], true
}

const truncatedMark = " [TRUNCATED]"

// redact appends the turn's redacted text to out.TurnTexts and one PIIKinds
// entry per redaction. Text without PII is stored as is (the string aliases
// the input, no copy); otherwise the redacted text is built in
// out.textArena and patched in by EnrichBatch once the arena stops growing.
// spoken is false when the turn cannot hold PII read out in words
// (mayHoldSpoken): its spoken scan is skipped.
func (e *Engine) redact(out *Columns, text string, truncated, spoken bool) {
	e.spans = scanPII(e.spans[:0], text, spoken)
	if len(e.spans) == 0 && !truncated {
		out.TurnTexts.Add(text)
		return
	}
	a := out.textArena
	start := len(a)
	prev := 0
	for _, s := range e.spans {
		a = append(a, text[prev:s.start]...)
		a = append(a, piiMasks[s.kind]...)
		prev = int(s.end)
		out.PIIKinds.Add(piiNames[s.kind])
	}
	a = append(a, text[prev:]...)
	if truncated {
		a = append(a, truncatedMark...)
	}
	out.textArena = a
	e.fixups = append(e.fixups, fixup{list: &out.TurnTexts, idx: len(out.TurnTexts.Values), start: start, end: len(a)})
	out.TurnTexts.Add("")
}

// arenaString copies b into out.textArena and adds a placeholder to list
// that EnrichBatch turns into a string over the copy.
func (e *Engine) arenaString(out *Columns, list *StringList, b []byte) {
	start := len(out.textArena)
	out.textArena = append(out.textArena, b...)
	e.fixups = append(e.fixups, fixup{list: list, idx: len(list.Values), start: start, end: len(out.textArena)})
	list.Add("")
}

// tokenIndexAt returns the index of the first token starting at or after
// pos in e.buf (len(e.toks) when there is none).
func (e *Engine) tokenIndexAt(pos int32) int {
	lo, hi := 0, len(e.toks)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if e.toks[mid].start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
