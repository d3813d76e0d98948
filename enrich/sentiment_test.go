package enrich

import (
	"testing"

	"github.com/runaroundhq/runaround/transcript"
)

// custScore is the customer sentiment of a one-turn interaction.
func custScore(tb testing.TB, e *Engine, text string) float32 {
	tb.Helper()
	return enrichTurns(tb, e, cust(text)).SentimentCustomer[0]
}

func TestSentimentSigns(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		text     string
		min, max float32
	}{
		{"The agent was great, thanks!", 0.5, 1},
		{"Excellent service, really helpful", 0.5, 1},
		{"This is terrible and useless", -1, -0.5},
		{"good", 0.3, 0.6},
		{"not good", -0.6, -0.05},
		{"never helpful", -0.6, -0.05},
		{"it isn't good", -0.6, -0.05},
		{"The phone is good but the service is terrible", -1, -0.1},
		{"The service is terrible but the phone is good", 0.1, 1},
		{"I've been on hold for an hour", -1, -0.2},
		{"Still waiting for my refund", -1, -0.2},
		{"My laptop is bricked", -1, -0.3},
		{"I called on Tuesday about the order", 0, 0},
		{"", 0, 0},
	}
	for _, tc := range tests {
		if got := custScore(t, e, tc.text); got < tc.min || got > tc.max {
			t.Errorf("%q: score %.3f, want in [%v, %v]", tc.text, got, tc.min, tc.max)
		}
	}
}

func TestSentimentModifiers(t *testing.T) {
	e := newTestEngine(t)
	s := func(text string) float32 { return custScore(t, e, text) }
	greater := []struct{ a, b string }{
		{"the service was very good", "the service was good"},              // booster
		{"the service was good!!!", "the service was good"},                // exclamation
		{"the service was GREAT, thanks", "the service was great, thanks"}, // caps in mixed case
		{"the service was good", "the service was barely good"},            // dampener
		{"the service was bad", "the service was really bad"},              // booster makes it more negative
	}
	for _, g := range greater {
		if a, b := s(g.a), s(g.b); !(a > b) {
			t.Errorf("score(%q)=%.3f, want > score(%q)=%.3f", g.a, a, g.b, b)
		}
	}
	// All caps everywhere is no emphasis (VADER needs mixed case).
	if a, b := s("GREAT SERVICE"), s("great service"); a != b {
		t.Errorf("all caps %.3f != lowercase %.3f", a, b)
	}
}

func TestSupportLayer(t *testing.T) {
	cfg := DefaultConfig()
	cfg.SupportSentiment = false
	generic, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := newTestEngine(t)
	for _, text := range []string{
		"I've been on hold for an hour",
		"Nobody called me back",
		"This is the third time I'm calling",
		"The parcel was delayed and the order cancelled",
	} {
		if g := custScore(t, generic, text); g != 0 {
			t.Errorf("%q: generic lexicon score %.3f, want 0", text, g)
		}
		if s := custScore(t, e, text); !(s < -0.2) {
			t.Errorf("%q: support score %.3f, want < -0.2", text, s)
		}
	}
	// Negation applies to support phrases too.
	if s := custScore(t, e, "it is not broken"); !(s > 0) {
		t.Errorf("not broken: %.3f, want > 0", s)
	}
}

func TestSentimentBySpeaker(t *testing.T) {
	e := newTestEngine(t)
	c := enrichTurns(t, e,
		cust("This is terrible, I hate it"),
		system("[transfer to billing]"),
		agent("Great, happy to help!"),
	)
	if !(c.SentimentCustomer[0] < -0.3) || !(c.SentimentAgent[0] > 0.3) {
		t.Fatalf("customer %.3f agent %.3f", c.SentimentCustomer[0], c.SentimentAgent[0])
	}
	want := (c.SentimentCustomer[0] + c.SentimentAgent[0]) / 2
	if d := c.Sentiment[0] - want; d > 1e-6 || d < -1e-6 {
		t.Fatalf("overall %.4f, want mean of people turns %.4f", c.Sentiment[0], want)
	}
}

func TestTrajectory(t *testing.T) {
	e := newTestEngine(t)
	mk := func(texts ...string) []transcript.Turn {
		var ts []transcript.Turn
		for _, s := range texts {
			ts = append(ts, cust(s), agent("ok"))
		}
		return ts
	}
	tests := []struct {
		name  string
		turns []transcript.Turn
		want  int8
	}{
		{"improving", mk("This is terrible", "useless", "fine", "hm", "great, thanks", "perfect"), 1},
		{"worsening", mk("great, thanks", "perfect", "fine", "hm", "This is terrible", "useless"), -1},
		{"flat", mk("hello", "the order", "my address", "the receipt"), 0},
		{"too short", mk("This is terrible", "great, thanks"), 0},
	}
	for _, tc := range tests {
		if got := enrichTurns(t, e, tc.turns...).Trajectory[0]; got != tc.want {
			t.Errorf("%s: trajectory %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestNormaliseTokens(t *testing.T) {
	e := newTestEngine(t)
	e.normalise("Don\u2019t   SHOUT,\nplease\u2014it's  “fine”... café!")
	if got, want := string(e.buf), "don't shout, please it's fine ... café!"; got != want {
		t.Fatalf("buf %q, want %q", got, want)
	}
	var words []string
	for _, tk := range e.toks {
		words = append(words, string(e.buf[tk.start:tk.end]))
	}
	if got, want := len(words), 6; got != want {
		t.Fatalf("tokens %q", words)
	}
	if e.toks[0].flags&tfNegate == 0 || e.toks[1].flags&tfUpper == 0 || e.toks[2].flags&tfClause == 0 {
		t.Fatalf("flags: %+v", e.toks[:3])
	}
	if e.bangs != 1 {
		t.Fatalf("bangs %d", e.bangs)
	}
}
