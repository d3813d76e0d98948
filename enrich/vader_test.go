package enrich

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jonreiter/govader"
)

// TestVaderConstants derives each of govader's unexported scalars back from
// its scores on a sentence that isolates it, and checks the copy in
// lexicon.go.
func TestVaderConstants(t *testing.T) {
	sia := govader.NewSentimentIntensityAnalyzer()
	good := sia.Lexicon["good"]
	bad := sia.Lexicon["bad"]
	very := sia.Constants.BoosterDict["very"]
	comp := func(text string) float64 { return sia.PolarityScores(text).Compound }
	// alpha from a lone word: c = v / sqrt(v² + alpha).
	c := comp("good")
	alpha := good * good * (1/(c*c) - 1)
	// sum recovers the valence sum behind a compound score.
	sum := func(text string) float64 {
		c := comp(text)
		return c * math.Sqrt(alpha/(1-c*c))
	}
	but := (sum("good but bad") - good - bad) / (bad - good)
	for _, k := range []struct {
		name      string
		got, want float64
	}{
		{"alphaDefault", alpha, vaderAlpha},
		{"cINCR", sum("GOOD day") - good, vaderCIncr},
		{"nSCALAR", sum("not good") / good, vaderNScalar},
		{"valenceScalarScale1", (sum("very xyzzy good") - good) / very, vaderScale1},
		{"valenceScalarScale2", (sum("very xyzzy xyzzy good") - good) / very, vaderScale2},
		{"epAmplifyScale", sum("good!") - good, vaderEPScale},
		{"maxEP", math.Round((sum("good!!!!!!!") - good) / vaderEPScale), vaderMaxEP},
		{"qmAmplifyScale", (sum("good??") - good) / 2, vaderQMScale},
		{"maxQM", sum("good?????") - good, vaderMaxQM},
		{"negationScale", sum("never so good") / (good + very), vaderNeverScale},
		{"butScale", but, vaderButScale},
	} {
		if math.Abs(k.got-k.want) > 1e-9 {
			t.Errorf("%s: govader behaves as %.12f, lexicon.go has %v", k.name, k.got, k.want)
		}
	}
}

// TestVaderTables checks the word table and the rule tables against
// govader's: every lexicon, booster and negation entry, the emoji
// descriptions, the idioms.
func TestVaderTables(t *testing.T) {
	sia := govader.NewSentimentIntensityAnalyzer()
	for w, v := range sia.Lexicon {
		info := wordTable.lookup([]byte(w))
		if info == nil || info.vflags&vfLex == 0 || info.val != v {
			t.Errorf("lexicon %q: got %+v, want valence %v", w, info, v)
		}
	}
	for w, b := range sia.Constants.BoosterDict {
		if strings.Contains(w, " ") {
			continue
		}
		if info := wordTable.lookup([]byte(w)); info == nil || info.vflags&vfBooster == 0 || info.boost != b {
			t.Errorf("booster %q: got %+v, want %v", w, info, b)
		}
	}
	for _, w := range sia.Constants.NegateList {
		if info := wordTable.lookup([]byte(w)); info == nil || info.vflags&vfNegated == 0 {
			t.Errorf("negation %q: got %+v", w, info)
		}
	}
	nEmoji := 0
	for k, d := range sia.EmojiDict {
		if utf8.RuneCountInString(k) != 1 {
			continue
		}
		nEmoji++
		if r, _ := utf8.DecodeRuneInString(k); vader.emoji[r] != d {
			t.Errorf("emoji %q: %q, want %q", k, vader.emoji[r], d)
		}
	}
	if nEmoji != len(vader.emoji) || nEmoji < 1000 {
		t.Errorf("%d single-rune emoji, govader has %d", len(vader.emoji), nEmoji)
	}
	multi := 0
	for k := range sia.Constants.SpecialCaseIdioms {
		if strings.Contains(k, " ") {
			multi++
		}
	}
	if len(vader.idioms) != multi || multi == 0 {
		t.Errorf("%d idioms, govader has %d of more than one word", len(vader.idioms), multi)
	}
	if len(vader.caseForms) == 0 {
		t.Error("no capitalised lexicon keys (\":D\") found")
	}
}

// TestVaderTokens pins the tokeniser on govader's rules.
func TestVaderTokens(t *testing.T) {
	e := newTestEngine(t)
	for _, tc := range []struct{ text, want string }{
		{"good!!! (great)", "good|great"},
		{"ok! no. :) <3 ...", "ok!|no.|:)|<3|..."}, // fewer than 3 bytes would remain: kept whole
		{"Don't   stop\tnow\n", "don't|stop|now"},
		{"I 😀 it😀!", "i|grinning|face|it|grinning|face"},
		{"CAFÉ—bar", "café—bar"},
		{"\u212Aill it", "kill|it"},
		{"a\xffb", "a\uFFFDb"},
	} {
		e.normalise(tc.text)
		var got []string
		for _, vt := range e.vtoks {
			b := e.buf
			if vt.flags&vfSpill != 0 {
				b = e.vbuf
			}
			got = append(got, string(b[vt.start:vt.end]))
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: tokens %q, want %q", tc.text, g, tc.want)
		}
	}
	e.normalise("I LOVE it :D")
	f := func(i int) uint16 { return e.vtoks[i].flags }
	if f(0)&vfUpper == 0 || f(1)&vfUpper == 0 || f(2)&vfUpper != 0 {
		t.Errorf("caps flags %v %v %v", f(0), f(1), f(2))
	}
	if f(1)&vfLexOrig != 0 || f(3)&vfLexOrig == 0 || f(2)&vfAsWritten == 0 {
		t.Errorf("as-written flags: LOVE %v, :D %v, it %v", f(1), f(3), f(2))
	}
}
