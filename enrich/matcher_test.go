package enrich

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

func TestPhraseMatcher(t *testing.T) {
	m, err := newPhraseMatcher([]string{"sue", "call you back", "call you", "escalat*", "[transfer*", "not us", "follow-up"})
	if err != nil {
		t.Fatal(err)
	}
	type hit struct {
		id   int32
		text string
	}
	tests := []struct {
		text string
		want []hit
	}{
		{"i will sue you", []hit{{0, "sue"}}},
		{"this issue is a suede sue's problem", []hit{{0, "sue"}}}, // "sue's": ' is not a word byte
		{"i'll call you back", []hit{{1, "call you back"}, {2, "call you"}}},
		{"i'll call you", []hit{{2, "call you"}}},
		{"i'll call your mum", nil},
		{"please escalate this escalation", []hit{{3, "escalat"}, {3, "escalat"}}},
		{"deescalate", nil},
		{"[transferred to billing]", []hit{{4, "[transfer"}}},
		{"it's not us.", []hit{{5, "not us"}}},
		{"not usual", nil},
		{"a follow-up email", []hit{{6, "follow-up"}}},
		{"", nil},
	}
	for _, tc := range tests {
		var got []hit
		for _, h := range m.AppendMatches(nil, []byte(tc.text)) {
			got = append(got, hit{h.ID, tc.text[h.Start:h.End]})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestPhraseMatcherOrder(t *testing.T) {
	m, err := newPhraseMatcher([]string{"b", "a b", "a", "a b c"})
	if err != nil {
		t.Fatal(err)
	}
	var got []int32
	for _, h := range m.AppendMatches(nil, []byte("a b c b")) {
		got = append(got, h.ID)
	}
	// By start, longest first at equal starts.
	want := []int32{3, 1, 2, 0, 0}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestPhraseMatcherRejectsBadPatterns(t *testing.T) {
	for _, p := range []string{"", "Upper", " lead", "trail ", "dou  ble", "mid*dle", "tab\there"} {
		if _, err := newPhraseMatcher([]string{p}); err == nil {
			t.Errorf("%q: no error", p)
		}
	}
}

func TestRulesCompile(t *testing.T) {
	e := newTestEngine(t)
	if e.m.Len() < 200 {
		t.Fatalf("only %d phrases", e.m.Len())
	}
	for _, r := range e.rules {
		if r.cat == catSupport && r.weight >= 0 {
			t.Errorf("support phrase %q has non-negative weight %v", r.phrase, r.weight)
		}
	}
}

// naiveMatches is the contract spelled out: every pattern tried at every
// position, boundaries checked, sorted by start, longest first, then ID.
func naiveMatches(patterns []string, text []byte) []phraseHit {
	var hits []phraseHit
	for i := range text {
		for id, p := range patterns {
			prefix := len(p) > 1 && p[len(p)-1] == '*'
			if prefix {
				p = p[:len(p)-1]
			}
			end := i + len(p)
			if end > len(text) || string(text[i:end]) != p {
				continue
			}
			if isWordByte(p[0]) && i > 0 && isWordByte(text[i-1]) {
				continue
			}
			if !prefix && isWordByte(p[len(p)-1]) && end < len(text) && isWordByte(text[end]) {
				continue
			}
			hits = append(hits, phraseHit{ID: int32(id), Start: int32(i), End: int32(end)})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hitAfter(hits[b], hits[a]) })
	return hits
}

// rulePhrases is the engine's pattern list (one per distinct phrase).
func rulePhrases() []string {
	var ps []string
	seen := map[string]bool{}
	for _, r := range buildRules() {
		if !seen[r.phrase] {
			seen[r.phrase] = true
			ps = append(ps, r.phrase)
		}
	}
	return ps
}

// randomText strings together fragments of the patterns (whole, cut short,
// or run into a neighbouring word) with separators and noise bytes, so that
// matches, near misses, overlaps and boundary cases are all frequent.
func randomText(rng *rand.Rand, patterns []string, n int) []byte {
	seps := []string{" ", " ", " ", ". ", ", ", "'", "-", "!", "[", "]", ":", "é", "x", "s", "ed", "9"}
	var b []byte
	for len(b) < n {
		p := strings.TrimSuffix(patterns[rng.IntN(len(patterns))], "*")
		switch rng.IntN(6) {
		case 0:
			p = p[:rng.IntN(len(p))+1] // cut short
		case 1:
			p = p[rng.IntN(len(p)):] // tail only
		case 2:
			b = append(b, byte('a'+rng.IntN(26))) // glued to a word before
		}
		b = append(b, p...)
		b = append(b, seps[rng.IntN(len(seps))]...)
	}
	return b
}

// TestPhraseMatcherDifferential compares the matcher's automaton (and the
// Aho-Corasick library it replaced) with the naive reference on random
// text, for a small pattern set with shared texts, nested and overlapping phrases, and for the
// engine's real phrase list.
func TestPhraseMatcherDifferential(t *testing.T) {
	small := []string{"a", "a b", "a b c", "b c", "c", "ab*", "ab", "abc", "b", "b*", "call you", "call you back",
		"you back", "back*", "[x*", "[x", "x]", "-", "a-b", "é", "éa", "s", "'s"}
	for _, set := range []struct {
		name     string
		patterns []string
		rounds   int
	}{{"small", small, 300}, {"rules", rulePhrases(), 200}} {
		m, err := newPhraseMatcher(set.patterns)
		if err != nil {
			t.Fatal(err)
		}
		lib, err := newLibMatcher(set.patterns)
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		total := 0
		var got []phraseHit
		for round := 0; round < set.rounds; round++ {
			text := randomText(rng, set.patterns, 1+rng.IntN(400))
			want := naiveMatches(set.patterns, text)
			total += len(want)
			// A non-empty dst prefix must be kept and not reordered.
			got = append(got[:0], phraseHit{ID: 99999, Start: 1 << 30})
			got = m.AppendMatches(got, text)
			if got[0].ID != 99999 || !slices.Equal(got[1:], want) {
				t.Fatalf("%s: text %q:\n got %v\nwant %v", set.name, text, got[1:], want)
			}
			if o := lib.AppendMatches(nil, text); !slices.Equal(o, want) {
				t.Fatalf("%s (aho-corasick library): text %q:\n got %v\nwant %v", set.name, text, o, want)
			}
		}
		if total < 2*set.rounds {
			t.Fatalf("%s: only %d matches in all rounds: the random text does not exercise the matcher", set.name, total)
		}
	}
}

func TestPhraseMatcherSharedText(t *testing.T) {
	m, err := newPhraseMatcher([]string{"escalat*", "escalat", "x", "escalat*"})
	if err != nil {
		t.Fatal(err)
	}
	want := []phraseHit{{0, 0, 7}, {1, 0, 7}, {3, 0, 7}, {0, 8, 15}, {3, 8, 15}}
	if got := m.AppendMatches(nil, []byte("escalat escalation")); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestPhraseMatcherAllocs(t *testing.T) {
	m, err := newPhraseMatcher(rulePhrases())
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("let me transfer you to billing, i'll call you back tomorrow. still waiting for a refund!")
	dst := m.AppendMatches(nil, text)
	if len(dst) < 4 {
		t.Fatalf("only %d matches", len(dst))
	}
	if a := testing.AllocsPerRun(100, func() { dst = m.AppendMatches(dst[:0], text) }); a != 0 {
		t.Fatalf("%v allocs per call", a)
	}
}

// BenchmarkPhraseMatcher runs the matcher's automaton, the Aho-Corasick
// library it replaced over the same
// normalised chat turns. Bytes are the normalised text.
func BenchmarkPhraseMatcher(b *testing.B) {
	e := newTestEngine(b)
	var turns [][]byte
	size := 0
	for _, it := range benchBatch("chat", 64) {
		for _, tr := range it.Turns {
			e.normalise(tr.Text)
			turns = append(turns, slices.Clone(e.buf))
			size += len(e.buf)
		}
	}
	patterns := rulePhrases()
	lib, err := newLibMatcher(patterns)
	if err != nil {
		b.Fatal(err)
	}
	for _, mc := range []struct {
		name string
		m    interface {
			AppendMatches([]phraseHit, []byte) []phraseHit
		}
	}{{"dfa", e.m}, {"aho-corasick-library", lib}} {
		b.Run(mc.name, func(b *testing.B) {
			var hits []phraseHit
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range turns {
					hits = mc.m.AppendMatches(hits[:0], t)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(size), "ns/byte")
		})
	}
}
