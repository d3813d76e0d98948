package enrich

import (
	"math"
	"testing"

	"github.com/jonreiter/govader"

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
	sia := govader.NewSentimentIntensityAnalyzer()
	e := newTestEngine(t)
	for _, text := range []string{
		"I've been on hold for an hour",
		"Nobody called me back",
		"This is the third time I'm calling",
		"The parcel was delayed and the order cancelled",
		"Still waiting for my refund, and I don’t like it",
	} {
		// Without the layer, Sentiment is VADER's score (govader's).
		want := sia.PolarityScores(text).Compound
		if g := custScore(t, generic, text); math.Abs(float64(g)-want) > 1e-6 {
			t.Errorf("%q: score without the support layer %.4f, want govader's %.4f", text, g, want)
		}
		// With it, service failures weigh on the score; the VADER column
		// stays VADER's.
		c := enrichTurns(t, e, cust(text))
		if s := c.SentimentCustomer[0]; !(s < -0.2) || !(float64(s) < want) {
			t.Errorf("%q: support score %.3f, want < -0.2 and below VADER's %.3f", text, s, want)
		}
		if v := c.SentimentVader[0]; math.Abs(float64(v)-want) > 1e-6 {
			t.Errorf("%q: SentimentVader %.4f, want govader's %.4f", text, v, want)
		}
	}
	// Negation applies to support phrases too.
	if s := custScore(t, e, "it is not broken"); !(s > 0) {
		t.Errorf("not broken: %.3f, want > 0", s)
	}
}

// TestSupportTypographicApostrophe: "n’t" with a typographic apostrophe
// negates in the support layer, not in VADER (govader only knows "n't").
func TestSupportTypographicApostrophe(t *testing.T) {
	e := newTestEngine(t)
	typo := enrichTurns(t, e, cust("I don\u2019t like it"))
	ascii := enrichTurns(t, e, cust("I don't like it"))
	if !(typo.SentimentVader[0] > 0) || !(ascii.SentimentVader[0] < 0) {
		t.Errorf("VADER: typographic %.3f (want > 0, as govader), ASCII %.3f (want < 0)", typo.SentimentVader[0], ascii.SentimentVader[0])
	}
	if typo.Sentiment[0] != ascii.Sentiment[0] {
		t.Errorf("support layer: typographic %.3f, ASCII %.3f, want equal", typo.Sentiment[0], ascii.Sentiment[0])
	}
}

// TestSentimentColumns: TurnSentiment has one value per turn, 0 for system
// and unknown speakers; Sentiment is the mean of the people turns' values,
// SentimentVader the mean of govader's scores of the same turns.
func TestSentimentColumns(t *testing.T) {
	sia := govader.NewSentimentIntensityAnalyzer()
	e := newTestEngine(t)
	turns := []transcript.Turn{
		cust("I've been on hold for an hour :("),
		system("[transfer to billing]"),
		agent("So sorry about that! Happy to help \U0001F600"),
		{Speaker: "bot", Text: "great great great"},
		cust(":)"), // emoticons count: a turn of no words still scores
		cust("..."),
	}
	in := []transcript.Interaction{
		{ID: "a", Turns: turns},
		{ID: "b", Turns: []transcript.Turn{system("queue changed")}},
	}
	var c Columns
	e.EnrichBatch(in, &c)
	if len(c.TurnSentiment) != len(c.TurnTexts.Values) {
		t.Fatalf("%d turn scores for %d turn texts", len(c.TurnSentiment), len(c.TurnTexts.Values))
	}
	var sum, vsum float64
	n := 0
	for i, tr := range turns {
		got := c.TurnSentiment[i]
		if tr.Speaker != transcript.SpeakerCustomer && tr.Speaker != transcript.SpeakerAgent {
			if got != 0 {
				t.Errorf("turn %d (%s): score %.3f, want 0", i, tr.Speaker, got)
			}
			continue
		}
		sum += float64(got)
		vsum += sia.PolarityScores(tr.Text).Compound
		n++
	}
	if c.TurnSentiment[4] <= 0 {
		t.Errorf(":) scores %.3f, want > 0", c.TurnSentiment[4])
	}
	if !(c.TurnSentiment[0] < float32(sia.PolarityScores(turns[0].Text).Compound)) {
		t.Errorf("support layer did not lower the hold complaint: %.3f", c.TurnSentiment[0])
	}
	if d := float64(c.Sentiment[0]) - sum/float64(n); math.Abs(d) > 1e-6 {
		t.Errorf("Sentiment %.6f, want the mean of people turns %.6f", c.Sentiment[0], sum/float64(n))
	}
	if d := float64(c.SentimentVader[0]) - vsum/float64(n); math.Abs(d) > 1e-6 {
		t.Errorf("SentimentVader %.6f, want the mean of govader's %.6f", c.SentimentVader[0], vsum/float64(n))
	}
	if c.Sentiment[1] != 0 || c.SentimentVader[1] != 0 || c.TurnSentiment[len(c.TurnSentiment)-1] != 0 {
		t.Errorf("system-only interaction scored")
	}
}

// TestSentimentZeroAllocs: the VADER paths for non-ASCII text, emoji and
// support phrases allocate nothing once the buffers have grown.
func TestSentimentZeroAllocs(t *testing.T) {
	e := newTestEngine(t)
	in := []transcript.Interaction{{ID: "x", Turns: []transcript.Turn{
		cust("CAFÉ—bar 😀! I don\u2019t like it :D\u00a0still waiting\nfor the \u212Aettle \xff"),
		agent("Not  GREAT, but we’ll fix it… \U0001F44D\U0001F3FD"),
	}}}
	var c Columns
	e.EnrichBatch(in, &c)
	if allocs := testing.AllocsPerRun(20, func() { e.EnrichBatch(in, &c) }); allocs != 0 {
		t.Fatalf("%.1f allocations per batch", allocs)
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
