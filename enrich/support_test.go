package enrich

import (
	"math"
	"testing"

	"github.com/runaroundhq/runaround/transcript"
)

// supportScore enriches text as a one-turn customer message to org and
// returns the customer sentiment and the complaint flag.
func supportScore(tb testing.TB, e *Engine, org, text string) (float32, bool) {
	tb.Helper()
	in := []transcript.Interaction{{ID: "s", Channel: transcript.ChannelSocial, Org: org,
		Turns: []transcript.Turn{{Speaker: transcript.SpeakerCustomer, Text: text}}}}
	var c Columns
	e.EnrichBatch(in, &c)
	return c.SentimentCustomer[0], c.Complaint[0]
}

func supportEngines(tb testing.TB) (layer, vader *Engine) {
	tb.Helper()
	var err error
	if layer, err = New(DefaultConfig()); err != nil {
		tb.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.SupportSentiment = false
	if vader, err = New(cfg); err != nil {
		tb.Fatal(err)
	}
	return layer, vader
}

func TestSupportLayerReadings(t *testing.T) {
	layer, vader := supportEngines(t)
	cfg := DefaultConfig()
	tests := []struct {
		name, org, text string
		vader           string // VADER's reading: the class of the score without the layer, at VADER's ±0.05
		layer           string // class with the layer, at the configured thresholds
	}{
		// Words VADER scores positive that are not praise in support.
		{"handle and request", "", "@united please help", "positive", "neutral"},
		{"would like", "", "I would like a refund", "positive", "negative"},
		{"the org's own name", "Best Buy", "Best Buy", "positive", "neutral"},
		// Failures VADER does not see.
		{"on hold", "", "I've been on hold for an hour", "neutral", "negative"},
		{"nobody answers", "", "nobody picks up the phone", "neutral", "negative"},
		{"dangling negation", "", "the printer doesn't print", "neutral", "negative"},
		{"marker keeps its sign after a negation", "", "I did not receive a refund", "neutral", "negative"},
		{"complaint hashtag", "", "three hours at the gate #fail", "negative", "negative"},
		// Gratitude: praise, except as the closing of a question.
		{"thanks closing a question", "", "Can you check my booking? Thanks", "positive", "neutral"},
		{"thanks before a question", "", "Thanks so much! Can you also check the return?", "positive", "positive"},
		{"thank you", "", "Thank you.", "positive", "positive"},
		// Sarcasm and politeness around a failure are damped.
		{"thanks for the delay", "", "Thanks for the 3 hour delay", "positive", "negative"},
		// Outcomes VADER lacks.
		{"outcome VADER reads negative", "", "problem solved, you guys rock", "negative", "positive"},
		// Requests: thanks after a request formula, positive words in a
		// question or a hypothetical ask for something.
		{"thanks closing a request", "", "please move me to the 6pm flight, thanks", "positive", "neutral"},
		{"positive word in a question", "", "what's the best number to call?", "positive", "neutral"},
		{"hypothetical", "", "if you could send me the receipt that would be great", "positive", "neutral"},
		{"praise is not a question", "", "the crew was great, thanks!", "positive", "positive"},
		// Yes/no questions about a failure ask; wh-questions complain.
		{"yes/no question about a failure", "", "is flight 123 delayed?", "negative", "neutral"},
		{"yes/no question, cancelled", "", "will my flight be cancelled tomorrow?", "negative", "neutral"},
		{"why question", "", "why is my flight delayed again?", "negative", "negative"},
		{"question, then a complaint", "", "is my flight delayed? third time this month", "negative", "negative"},
		// Negation stops at a clause break.
		{"no problem, thanks", "", "no problem, thanks", "neutral", "positive"},
		{"negation does not reach the next clause", "", "can't rebook online, been on hold for 2 hours", "neutral", "negative"},
	}
	for _, tc := range tests {
		v, _ := supportScore(t, vader, tc.org, tc.text)
		l, _ := supportScore(t, layer, tc.org, tc.text)
		if got := vaderReading(v); got != tc.vader {
			t.Errorf("%s: %q without the layer: %.3f (%s), want %s", tc.name, tc.text, v, got, tc.vader)
		}
		if got := cfg.SentimentClass(l); got != tc.layer {
			t.Errorf("%s: %q with the layer: %.3f (%s), want %s", tc.name, tc.text, l, got, tc.layer)
		}
	}
}

// vaderReading is VADER's standard class of a compound score.
func vaderReading(s float32) string {
	switch {
	case s >= 0.05:
		return "positive"
	case s <= -0.05:
		return "negative"
	}
	return "neutral"
}

func TestSupportLayerNegation(t *testing.T) {
	layer, _ := supportEngines(t)
	s := func(text string) float32 { v, _ := supportScore(t, layer, "", text); return v }
	// VADER's negation still flips sentiment words and failure phrases.
	if v := s("the service was not good"); !(v < 0) {
		t.Errorf("not good: %.3f, want < 0", v)
	}
	if v := s("my flight was not delayed"); !(v > 0) {
		t.Errorf("not delayed: %.3f, want > 0", v)
	}
	// A negated failure keeps a little of the flip: good news, not praise.
	if a, b := s("my flight was not delayed"), s("my flight was not delayed, great"); !(a < b) {
		t.Errorf("not delayed %.3f, want below not delayed, great %.3f", a, b)
	}
	// A negated negative word stays negative; the courtesy formulas stay
	// positive.
	if v := s("I have never had such awful service"); !(v < 0) {
		t.Errorf("never had such awful service: %.3f, want < 0", v)
	}
	for _, text := range []string{"not bad at all", "no problem"} {
		if v := s(text); !(v > 0) {
			t.Errorf("%s: %.3f, want > 0", text, v)
		}
	}
	// A negation before a marker does not turn the marker positive.
	if a, b := s("they didn't give me a refund"), s("they gave me a refund"); !(a < b) {
		t.Errorf("didn't give a refund %.3f, want below gave a refund %.3f", a, b)
	}
}

func TestSupportLayerComplaint(t *testing.T) {
	layer, _ := supportEngines(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"my flight was cancelled", true},
		{"still waiting for my refund", true},
		{"please help me change my seat", false},
		{"thank you so much, problem solved", false},
		{"is the lounge open yet?", false},
	} {
		if _, got := supportScore(t, layer, "", tc.text); got != tc.want {
			t.Errorf("%q: complaint %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The tables are plain data: check what the code relies on.
func TestSupportTables(t *testing.T) {
	seen := map[string]supportKind{}
	for _, g := range supportGroups {
		if len(g.why) < 10 || len(g.phrases) == 0 {
			t.Errorf("group %q: every group needs phrases and a reason", g.why)
		}
		for _, p := range g.phrases {
			if k, dup := seen[p.phrase]; dup {
				t.Errorf("%q is in two groups (kinds %d and %d)", p.phrase, k, g.kind)
			}
			seen[p.phrase] = g.kind
			w := p.weight
			switch {
			case math.IsNaN(float64(w)) || w < -4 || w > 4:
				t.Errorf("%q: weight %v outside VADER's -4..4", p.phrase, w)
			case (g.kind == supNeutral || g.kind == supRequest || g.kind == supHypothetical) && w != 0:
				t.Errorf("%q: neutral, request or hypothetical phrase with weight %v", p.phrase, w)
			case (g.kind == supFailure || g.kind == supMarker) && !(w < 0):
				t.Errorf("%q: failure/marker with weight %v, want < 0", p.phrase, w)
			case (g.kind == supOutcome || g.kind == supGratitude) && !(w > 0):
				t.Errorf("%q: outcome/gratitude with weight %v, want > 0", p.phrase, w)
			case g.kind == supLexicon && w == 0:
				t.Errorf("%q: lexicon phrase without a weight", p.phrase)
			}
		}
	}
	// Only failures signal a complaint (they are the catSupport rules).
	for _, p := range supportPhrases {
		if seen[p.phrase] != supFailure {
			t.Errorf("%q is registered as a complaint signal but is not a failure", p.phrase)
		}
	}
	if len(supportPhrases)+len(supportReadings) != len(seen) {
		t.Errorf("%d failures + %d readings, want %d phrases", len(supportPhrases), len(supportReadings), len(seen))
	}
}

func TestSentimentClass(t *testing.T) {
	c := DefaultConfig()
	c.SentimentPositive, c.SentimentNegative = 0.5, -0.1
	for _, tc := range []struct {
		score float32
		want  string
	}{
		{1, "positive"}, {0.5, "positive"}, {0.49, "neutral"}, {0, "neutral"},
		{-0.09, "neutral"}, {-0.1, "negative"}, {-1, "negative"},
	} {
		if got := c.SentimentClass(tc.score); got != tc.want {
			t.Errorf("SentimentClass(%v) = %s, want %s", tc.score, got, tc.want)
		}
	}
}

func TestSentimentThresholdsValidate(t *testing.T) {
	nan := float32(math.NaN())
	for _, set := range []func(*Config){
		func(c *Config) { c.SentimentPositive = nan },
		func(c *Config) { c.SentimentNegative = nan },
		func(c *Config) { c.SentimentPositive = 1.5 },
		func(c *Config) { c.SentimentNegative = -2 },
		func(c *Config) { c.SentimentPositive, c.SentimentNegative = 0.1, 0.1 },
		func(c *Config) { c.SentimentPositive, c.SentimentNegative = -0.2, 0.3 },
	} {
		c := DefaultConfig()
		set(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("Validate accepted positive %v negative %v", c.SentimentPositive, c.SentimentNegative)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
}
