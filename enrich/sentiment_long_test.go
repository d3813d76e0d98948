package enrich

import (
	"strings"
	"testing"

	"github.com/jonreiter/govader"
)

// TestVaderLongTexts pins scoreVader to govader on texts with more lexicon
// words than its on-stack list of them holds (scoreVader's rescanning
// path), and on texts with none.
func TestVaderLongTexts(t *testing.T) {
	sia := govader.NewSentimentIntensityAnalyzer()
	e := newTestEngine(t)
	soup := vaderSoup(4000)
	var texts []string
	for i := 0; i+40 <= len(soup); i += 40 {
		texts = append(texts, strings.Join(soup[i:i+40], " ")) // ~250 tokens
	}
	texts = append(texts, "the order number is 1234 and the address is 5 Main Street", "", "   ", "1 2 3")
	long := 0
	for _, text := range texts {
		e.normalise(text)
		nLex := 0
		for _, v := range e.vtoks {
			if v.flags&(vfLex|vfBooster) == vfLex {
				nLex++
			}
		}
		if nLex > 48 {
			long++
		}
		got := scoreVader(e.vtoks, e.bangs, e.quests)
		want := sia.PolarityScores(collapseSpace(strings.TrimSpace(text))).Compound
		if d := got - want; d > vaderTolerance || d < -vaderTolerance {
			t.Fatalf("%q: ours %v, govader %v", text, got, want)
		}
	}
	if long < len(texts)/2 {
		t.Fatalf("only %d of %d texts have more than 48 lexicon words", long, len(texts))
	}
}
