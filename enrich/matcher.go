package enrich

import (
	"errors"
	"fmt"
)

// phraseMatcher finds every occurrence of a fixed set of phrases in a
// normalised text (ASCII-lowercase, whitespace collapsed to single spaces: the
// output of normalise).
//
// Matches are word-boundary aware: a phrase that begins with a word byte
// (a-z, 0-9, or any non-ASCII byte) only matches where the text's previous
// byte is not a word byte, and a phrase that ends with a word byte only
// matches where the text's next byte is not one. A trailing '*' in a pattern
// lifts the end condition ("escalat*" matches "escalate", "escalation"). The
// '*' is not part of the match.
//
// The search is one Aho-Corasick pass over the text with every phrase of
// every detector in one automaton; the word-boundary conditions are checked
// on each raw match, which is cheap because raw matches are rare. The
// automaton reports matches by end position; AppendMatches re-orders them
// into the contract the callers rely on (all matches, ordered by start,
// longest first at equal starts, then by pattern ID). A matcher is
// immutable once built and safe for concurrent use.
//
// The automaton is Aho-Corasick made a full DFA: every failure transition
// is precomputed, so the per-byte work is one table load,
//
//	s = delta[s+class[c]]; if s >= firstOut { report }
//
// over byte classes (each byte that occurs in a pattern has its own class,
// numbered by how common the byte is in English; the others share class 0,
// or 1 for word bytes), with state numbers premultiplied by the number of
// classes, in breadth-first order, and the states that emit a match
// numbered last. It follows only suffixes that start at a word start
// (buildDFA), which keeps the walk in few, shallow states. On long texts
// appendMatchesWide runs four walks side by side. Why not the
// library github.com/BobuSumisu/aho-corasick, which it replaced: that one
// keeps 256 x 8 bytes per state and follows failure links at run time; on
// the engine's ~2,000 phrases its table is about 30 MB and the walk spent
// most of its time on cache misses (8.9 ns/byte against 3.6 here on the
// same chat text, BenchmarkPhraseMatcher). The library stays in the tests
// as an independent oracle: TestPhraseMatcherDifferential checks this
// automaton against it and against a naive matcher.
type phraseMatcher struct {
	pats []pattern
	// Several patterns may share a text ("escalat" and "escalat*"): the
	// automaton knows each distinct text once. first maps the automaton's
	// pattern number to the lowest pattern ID with that text, next chains
	// the others in increasing ID order (-1 ends the chain).
	first []int32
	next  []int32

	// The DFA.
	class    [256]uint8
	stride   int32   // number of byte classes
	delta    []int32 // premultiplied next state, by state*stride + class
	firstOut int32   // premultiplied: states >= firstOut emit matches
	outOff   []int32 // by output-state index: its texts are outs[outOff[k]:outOff[k+1]]
	outs     []int32 // distinct-text numbers, own first, then via failure links
	textLen  []int32 // distinct-text number -> length
	maxLen   int     // longest text
}

type pattern struct {
	n         int32 // length of the text matched (without the '*')
	prefix    bool  // trailing '*': no end boundary required
	startWord bool  // first byte is a word byte: needs a start boundary
	endWord   bool  // last byte is a word byte: needs an end boundary (unless prefix)
}

// phraseHit is one match: pattern ID at text[Start:End].
type phraseHit struct {
	ID         int32
	Start, End int32
}

// isWordByte reports whether c belongs to a word for boundary purposes.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// newPhraseMatcher compiles patterns. Pattern i gets ID i. Patterns must be
// non-empty, lowercase, without leading/trailing or doubled spaces (they
// would never match normalised text).
func newPhraseMatcher(patterns []string) (*phraseMatcher, error) {
	m := &phraseMatcher{pats: make([]pattern, len(patterns)), next: make([]int32, len(patterns))}
	var texts []string                              // distinct texts, in automaton numbering
	byText := make(map[string]int32, len(patterns)) // text -> automaton pattern number
	last := make([]int32, 0, len(patterns))         // automaton pattern number -> last ID of its chain
	for i, p := range patterns {
		prefix := false
		if len(p) > 1 && p[len(p)-1] == '*' {
			prefix = true
			p = p[:len(p)-1]
		}
		if err := checkPattern(p); err != nil {
			return nil, fmt.Errorf("enrich: phrase %d %q: %w", i, patterns[i], err)
		}
		m.pats[i] = pattern{n: int32(len(p)), prefix: prefix,
			startWord: isWordByte(p[0]), endWord: isWordByte(p[len(p)-1])}
		m.next[i] = -1
		if k, ok := byText[p]; ok {
			m.next[last[k]] = int32(i)
			last[k] = int32(i)
			continue
		}
		// A distinct text's number is its index in first.
		byText[p] = int32(len(m.first))
		m.first = append(m.first, int32(i))
		last = append(last, int32(i))
		texts = append(texts, p)
	}
	m.buildDFA(texts)
	return m, nil
}

// buildDFA builds the automaton over the distinct texts: a trie over byte
// classes, failure links by breadth-first search, every missing transition
// filled from the failure state's, then the states renumbered in
// breadth-first order (shallow states, the ones the walk visits most, share
// cache lines) with those that have output last.
//
// The automaton is anchored at word starts. A pattern can only match from a
// position where the text's previous byte is not a word byte, or where the
// pattern's own first byte is not one (the start boundary of emit), so the
// automaton tracks only the suffixes of the text that begin at such a
// position: a suffix that starts inside a word can never become a reported
// match. A failure link is therefore the longest proper suffix that is a
// trie prefix and starts at a word start (or at a non-word byte), and the
// root exists twice: rootN (the previous byte is not a word byte: a pattern
// may start with the next byte) and rootW (inside a word: only a pattern
// that starts with a non-word byte may). rootW reads word bytes as itself,
// which lets AppendMatches skip the rest of a word no pattern can start in,
// and the walk mostly stays in few, shallow states instead of wandering
// through the trie on every word's inner letters. Which matches are found
// does not change: emit checks the same boundaries on each.
func (m *phraseMatcher) buildDFA(texts []string) {
	// Class 0: the non-word bytes no pattern uses; class 1: the word bytes no
	// pattern uses; every byte of a pattern has its own class from 2 on.
	for c := 0; c < 256; c++ {
		if isWordByte(byte(c)) {
			m.class[c] = 1
		}
	}
	var used [256]bool
	for _, t := range texts {
		m.textLen = append(m.textLen, int32(len(t)))
		m.maxLen = max(m.maxLen, len(t))
		for i := 0; i < len(t); i++ {
			used[t[i]] = true
		}
	}
	// Frequent bytes get the low classes, so that the transitions the walk
	// reads most sit together at the start of each state's row.
	ncls := 2
	for _, c := range []byte(classOrder) {
		if used[c] && m.class[c] < 2 {
			m.class[c] = uint8(ncls)
			ncls++
		}
	}
	for c := 0; c < 256; c++ {
		if used[c] && m.class[c] < 2 {
			m.class[c] = uint8(ncls)
			ncls++
		}
	}
	wordCls := make([]bool, ncls)
	for c := 0; c < 256; c++ {
		wordCls[m.class[c]] = isWordByte(byte(c))
	}
	type node struct {
		next []int32 // -1: no trie edge (before the links are filled)
		fail int32
		out  []int32 // text numbers ending here (own first, then via failure)
	}
	newNode := func() node {
		n := node{next: make([]int32, ncls)}
		for c := range n.next {
			n.next[c] = -1
		}
		return n
	}
	const rootN, rootW = 0, 1
	nodes := []node{newNode(), newNode()}
	for k, t := range texts {
		s := int32(rootN)
		for i := 0; i < len(t); i++ {
			c := m.class[t[i]]
			if nodes[s].next[c] < 0 {
				nodes = append(nodes, newNode())
				nodes[s].next[c] = int32(len(nodes) - 1)
			}
			s = nodes[s].next[c]
		}
		nodes[s].out = append(nodes[s].out, int32(k))
	}
	// The roots: a pattern byte read at a word start enters the trie; any
	// other byte leaves the walk at the root of its kind. Inside a word
	// (rootW) only non-word bytes may start a pattern.
	order := []int32{rootN, rootW} // breadth-first
	for c := 0; c < ncls; c++ {
		root := int32(rootN)
		if wordCls[c] {
			root = rootW
		}
		if t := nodes[rootN].next[c]; t >= 0 {
			nodes[t].fail = root
			order = append(order, t)
		} else {
			nodes[rootN].next[c] = root
		}
	}
	for c := 0; c < ncls; c++ {
		if wordCls[c] {
			nodes[rootW].next[c] = rootW
		} else {
			nodes[rootW].next[c] = nodes[rootN].next[c]
		}
	}
	for q := 2; q < len(order); q++ {
		s := order[q]
		f := nodes[s].fail
		nodes[s].out = append(nodes[s].out, nodes[f].out...)
		for c := 0; c < ncls; c++ {
			if t := nodes[s].next[c]; t >= 0 {
				nodes[t].fail = nodes[f].next[c]
				order = append(order, t)
			} else {
				nodes[s].next[c] = nodes[f].next[c]
			}
		}
	}
	// Renumber: output states last, breadth-first order within each part.
	byOut := make([]int32, 0, len(nodes))
	for _, s := range order {
		if len(nodes[s].out) == 0 {
			byOut = append(byOut, s)
		}
	}
	nOut := int32(len(byOut))
	for _, s := range order {
		if len(nodes[s].out) != 0 {
			byOut = append(byOut, s)
		}
	}
	newID := make([]int32, len(nodes))
	for i, s := range byOut {
		newID[s] = int32(i)
	}
	m.stride = int32(ncls)
	m.firstOut = nOut * m.stride
	m.delta = make([]int32, len(nodes)*ncls)
	m.outOff = []int32{0}
	for i, s := range byOut {
		for c := 0; c < ncls; c++ {
			m.delta[i*ncls+c] = newID[nodes[s].next[c]] * m.stride
		}
		if int32(i) >= nOut {
			m.outs = append(m.outs, nodes[s].out...)
			m.outOff = append(m.outOff, int32(len(m.outs)))
		}
	}
}

// classOrder is the bytes of English support text, most frequent first.
const classOrder = " etaoinsrhldcumfpgwyb,.vk'xjqz0123456789"

func checkPattern(p string) error {
	if p == "" || p == "*" {
		return errors.New("empty")
	}
	if p[0] == ' ' || p[len(p)-1] == ' ' {
		return errors.New("leading or trailing space")
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c >= 'A' && c <= 'Z':
			return errors.New("uppercase byte")
		case c == '\t' || c == '\n' || c == '\r':
			return errors.New("whitespace other than a single space")
		case c == ' ' && i > 0 && p[i-1] == ' ':
			return errors.New("doubled space")
		case c == '*':
			return errors.New("'*' is only allowed at the end")
		}
	}
	return nil
}

// Len is the number of patterns.
func (m *phraseMatcher) Len() int { return len(m.pats) }

// AppendMatches appends every match in text to dst, ordered by start and,
// at equal starts, longest first (then by pattern ID). Overlapping matches
// are all reported. It allocates nothing beyond growing dst.
func (m *phraseMatcher) AppendMatches(dst []phraseHit, text []byte) []phraseHit {
	base := len(dst)
	delta, class, firstOut := m.delta, &m.class, m.firstOut
	if len(text) >= 4*m.maxLen {
		// Two independent chains interleaved, so the CPU overlaps their
		// table loads: the first covers match ends in [0, mid), the second
		// starts from the root maxLen-1 bytes before mid (early enough to
		// see any match ending at or after mid) and covers the rest. It
		// starts as if at a word start, which can only add raw matches
		// that emit's start boundary check then drops.
		mid := len(text) / 2
		j := mid - (m.maxLen - 1)
		sa, sb := int32(0), int32(0)
		for i := 0; i < mid; i, j = i+1, j+1 {
			sa = delta[sa+int32(class[text[i]])]
			sb = delta[sb+int32(class[text[j]])]
			if sa >= firstOut {
				dst = m.emitState(dst, base, text, i, sa)
			}
			if sb >= firstOut && j >= mid {
				dst = m.emitState(dst, base, text, j, sb)
			}
		}
		s := sb
		for ; j < len(text); j++ {
			s = delta[s+int32(class[text[j]])]
			if s >= firstOut {
				dst = m.emitState(dst, base, text, j, s)
			}
		}
		return dst
	}
	s := int32(0)
	for i := 0; i < len(text); i++ {
		s = delta[s+int32(class[text[i]])]
		if s >= firstOut {
			dst = m.emitState(dst, base, text, i, s)
		}
	}
	return dst
}

// rawOut is an output state a walk reached: the texts of state s end at
// text[pos].
type rawOut struct{ pos, s int32 }

// matchScratch is the caller-owned scratch of appendMatchesWide.
type matchScratch struct {
	raw [4][]rawOut
}

// appendMatchesWide is AppendMatches for a long text (an interaction's
// turns, turns.go): four walks over four parts of the text side by side, so
// that four independent chains of table loads overlap. Part k >= 1 starts
// its walk maxLen-1 bytes before the part (early enough to see every match
// ending in it, as in AppendMatches) and reports only the ends inside it.
// The output states are collected per part and emitted part after part,
// in the order one walk would emit them, so dst is the same.
func (m *phraseMatcher) appendMatchesWide(dst []phraseHit, text []byte, sc *matchScratch) []phraseHit {
	w := m.maxLen - 1
	if len(text) < 8*m.maxLen {
		return m.AppendMatches(dst, text)
	}
	// Every walk takes n steps; part k covers [b[k], b[k+1]).
	n := (len(text) + 3*w) / 4
	b1 := n
	b2 := b1 + n - w
	b3 := b2 + n - w
	delta, class, firstOut := m.delta, &m.class, m.firstOut
	r0, r1, r2, r3 := sc.raw[0][:0], sc.raw[1][:0], sc.raw[2][:0], sc.raw[3][:0]
	t0, t1, t2, t3 := text[:n], text[b1-w : b2][:n], text[b2-w : b3][:n], text[b3-w:]
	var s0, s1, s2, s3 int32
	for i := 0; i < n; i++ {
		// walk4 makes no call, so that the four states stay in registers
		// (a call in the loop, even on its rare path, makes the compiler
		// keep them in memory, which lengthens every chain by a store and
		// a load). It stops at a step that reaches an output state; the
		// outputs are recorded here, and the walks resume.
		i, s0, s1, s2, s3 = walk4(delta, class, firstOut, t0, t1, t2, t3, i, s0, s1, s2, s3)
		if i == n {
			break
		}
		if s0 >= firstOut {
			r0 = append(r0, rawOut{int32(i), s0})
		}
		if s1 >= firstOut && i >= w {
			r1 = append(r1, rawOut{int32(b1 - w + i), s1})
		}
		if s2 >= firstOut && i >= w {
			r2 = append(r2, rawOut{int32(b2 - w + i), s2})
		}
		if s3 >= firstOut && i >= w {
			r3 = append(r3, rawOut{int32(b3 - w + i), s3})
		}
	}
	for i := n; i < len(t3); i++ { // the last part's few remaining bytes
		s3 = delta[s3+int32(class[t3[i]])]
		if s3 >= firstOut {
			r3 = append(r3, rawOut{int32(b3 - w + i), s3})
		}
	}
	base := len(dst)
	for _, raw := range [4][]rawOut{r0, r1, r2, r3} {
		for _, r := range raw {
			dst = m.emitState(dst, base, text, int(r.pos), r.s)
		}
	}
	sc.raw = [4][]rawOut{r0, r1, r2, r3}
	return dst
}

// walk4 advances the four walks of appendMatchesWide over t0..t3 (all of
// length n) from position i until one of them reaches an output state (its
// position is returned) or the end (n).
func walk4(delta []int32, class *[256]uint8, firstOut int32, t0, t1, t2, t3 []byte, i int, s0, s1, s2, s3 int32) (int, int32, int32, int32, int32) {
	n := len(t0)
	t1, t2, t3 = t1[:n], t2[:n], t3[:n]
	for ; i < n; i++ {
		s0 = delta[s0+int32(class[t0[i]])]
		s1 = delta[s1+int32(class[t1[i]])]
		s2 = delta[s2+int32(class[t2[i]])]
		s3 = delta[s3+int32(class[t3[i]])]
		if s0|s1|s2|s3 >= firstOut { // rare: test the four at once (states are >= 0)
			break
		}
	}
	return i, s0, s1, s2, s3
}

// emitState reports the texts that end at text[i] in state s.
func (m *phraseMatcher) emitState(dst []phraseHit, base int, text []byte, i int, s int32) []phraseHit {
	k := (s - m.firstOut) / m.stride
	for _, tp := range m.outs[m.outOff[k]:m.outOff[k+1]] {
		dst = m.emit(dst, base, text, i, m.textLen[tp], int64(tp))
	}
	return dst
}

// emit checks one raw match (distinct text tp, n bytes, ending at text[end])
// against the word boundaries and appends a hit per pattern sharing the text.
func (m *phraseMatcher) emit(dst []phraseHit, base int, text []byte, end int, n int32, tp int64) []phraseHit {
	e := end + 1
	s := e - int(n)
	id := m.first[tp]
	p := &m.pats[id]
	// Boundaries depend only on the text, shared by the whole chain, except
	// the end condition that '*' lifts.
	if p.startWord && s > 0 && isWordByte(text[s-1]) {
		return dst
	}
	endOK := !p.endWord || e == len(text) || !isWordByte(text[e])
	for ; id >= 0; id = m.next[id] {
		if endOK || m.pats[id].prefix {
			dst = insertHit(dst, base, phraseHit{ID: id, Start: int32(s), End: int32(e)})
		}
	}
	return dst
}

// insertHit appends h to dst[base:], keeping it sorted by start, then longest
// first, then ID. The automaton reports matches by end, so a new hit only
// moves back past overlapping hits that start after it (or at the same
// start, shorter, which cannot happen with a later end but costs nothing to
// handle): insertion is a short backward walk, usually none.
func insertHit(dst []phraseHit, base int, h phraseHit) []phraseHit {
	dst = append(dst, h)
	i := len(dst) - 1
	for i > base && hitAfter(dst[i-1], h) {
		dst[i] = dst[i-1]
		i--
	}
	dst[i] = h
	return dst
}

// hitAfter reports whether a sorts after b.
func hitAfter(a, b phraseHit) bool {
	if a.Start != b.Start {
		return a.Start > b.Start
	}
	if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
		return la < lb
	}
	return a.ID > b.ID
}
