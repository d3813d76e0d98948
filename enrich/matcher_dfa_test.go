package enrich

import ahocorasick "github.com/BobuSumisu/aho-corasick"

// libMatcher runs the same contract on github.com/BobuSumisu/aho-corasick:
// the library the production automaton (matcher.go) replaced for speed,
// kept as an independent oracle for TestPhraseMatcherDifferential and as a
// baseline in BenchmarkPhraseMatcher.
type libMatcher struct {
	m    *phraseMatcher // pattern table, boundaries and chains
	trie *ahocorasick.Trie
}

func newLibMatcher(patterns []string) (*libMatcher, error) {
	m, err := newPhraseMatcher(patterns)
	if err != nil {
		return nil, err
	}
	b := ahocorasick.NewTrieBuilder()
	for _, id := range m.first { // distinct texts, in m's numbering
		b.AddString(patterns[id][:m.pats[id].n])
	}
	return &libMatcher{m: m, trie: b.Build()}, nil
}

func (l *libMatcher) AppendMatches(dst []phraseHit, text []byte) []phraseHit {
	base := len(dst)
	l.trie.Walk(text, func(end, n, tp int64) bool {
		dst = l.m.emit(dst, base, text, int(end), int32(n), tp)
		return true
	})
	return dst
}
