package enrich

// The phrase matcher this package used before the Aho-Corasick one, kept
// (renamed, otherwise verbatim) as a baseline: BenchmarkPhraseMatcher runs
// both over the same text in one run, so their ns/byte are read side by side,
// and the differential test checks it too.

import (
	"fmt"
	"sort"
)

// bucketMatcher indexes patterns by their first two bytes (a CSR table over
// all 65536 byte pairs) and tries them, longest first, at each position where
// a match could begin.
type bucketMatcher struct {
	pats   []bucketPattern
	off    []uint32     // len 65537: patterns with first two bytes k are ids[off[k]:off[k+1]]
	ids    []int32      // pattern ids grouped by first-two-byte key, longest first
	single [256][]int32 // one-byte patterns by byte
}
type bucketPattern struct {
	text      string
	prefix    bool // trailing '*': no end boundary required
	startWord bool // first byte is a word byte: needs a start boundary
	endWord   bool // last byte is a word byte: needs an end boundary (unless prefix)
}

func newBucketMatcher(patterns []string) (*bucketMatcher, error) {
	m := &bucketMatcher{pats: make([]bucketPattern, len(patterns))}
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
		m.pats[i] = bucketPattern{text: p, prefix: prefix,
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
func (m *bucketMatcher) AppendMatches(dst []phraseHit, text []byte) []phraseHit {
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
func (m *bucketMatcher) try(dst []phraseHit, text []byte, i int, id int32, atWordStart bool) []phraseHit {
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
