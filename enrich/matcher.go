package enrich

import (
	"errors"
	"fmt"
	"sort"
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
// It is a deliberately small stand-in for an Aho-Corasick automaton: patterns
// are indexed by their first two bytes (a CSR table over all 65536 byte
// pairs) and tried, longest first, at each position where a match could
// begin. Its contract (AppendMatches: all matches, ordered by start, longest
// first at equal starts) is what the callers rely on, so a faster automaton
// can replace it without touching them. A matcher is immutable once built
// and safe for concurrent use.
type phraseMatcher struct {
	pats   []pattern
	off    []uint32     // len 65537: patterns with first two bytes k are ids[off[k]:off[k+1]]
	ids    []int32      // pattern ids grouped by first-two-byte key, longest first
	single [256][]int32 // one-byte patterns by byte
}

type pattern struct {
	text      string
	prefix    bool // trailing '*': no end boundary required
	startWord bool // first byte is a word byte: needs a start boundary
	endWord   bool // last byte is a word byte: needs an end boundary (unless prefix)
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
	m := &phraseMatcher{pats: make([]pattern, len(patterns))}
	var keyed []int32
	for i, p := range patterns {
		prefix := false
		if len(p) > 1 && p[len(p)-1] == '*' {
			prefix = true
			p = p[:len(p)-1]
		}
		if err := checkPattern(p); err != nil {
			return nil, fmt.Errorf("enrich: phrase %d %q: %w", i, patterns[i], err)
		}
		m.pats[i] = pattern{text: p, prefix: prefix,
			startWord: isWordByte(p[0]), endWord: isWordByte(p[len(p)-1])}
		if len(p) == 1 {
			m.single[p[0]] = append(m.single[p[0]], int32(i))
		} else {
			keyed = append(keyed, int32(i))
		}
	}
	key := func(id int32) int { t := m.pats[id].text; return int(t[0])<<8 | int(t[1]) }
	sort.SliceStable(keyed, func(x, y int) bool {
		kx, ky := key(keyed[x]), key(keyed[y])
		if kx != ky {
			return kx < ky
		}
		return len(m.pats[keyed[x]].text) > len(m.pats[keyed[y]].text)
	})
	m.ids = keyed
	m.off = make([]uint32, 1<<16+1)
	for _, id := range keyed {
		m.off[key(id)+1]++
	}
	for k := 1; k < len(m.off); k++ {
		m.off[k] += m.off[k-1]
	}
	return m, nil
}

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
// at equal starts, longest first. Overlapping matches are all reported.
func (m *phraseMatcher) AppendMatches(dst []phraseHit, text []byte) []phraseHit {
	n := len(text)
	prevWord := false
	for i := 0; i < n; i++ {
		c := text[i]
		word := isWordByte(c)
		if prevWord && word {
			continue // inside a word: no word-initial phrase can start here
		}
		atWordStart := !prevWord
		prevWord = word
		if i+1 < n {
			k := int(c)<<8 | int(text[i+1])
			for _, id := range m.ids[m.off[k]:m.off[k+1]] {
				dst = m.try(dst, text, i, id, atWordStart)
			}
		}
		for _, id := range m.single[c] {
			dst = m.try(dst, text, i, id, atWordStart)
		}
	}
	return dst
}

func (m *phraseMatcher) try(dst []phraseHit, text []byte, i int, id int32, atWordStart bool) []phraseHit {
	p := &m.pats[id]
	if p.startWord && !atWordStart {
		return dst
	}
	end := i + len(p.text)
	if end > len(text) || string(text[i:end]) != p.text {
		return dst
	}
	if p.endWord && !p.prefix && end < len(text) && isWordByte(text[end]) {
		return dst
	}
	return append(dst, phraseHit{ID: id, Start: int32(i), End: int32(end)})
}
