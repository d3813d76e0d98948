package enrich

import (
	"reflect"
	"strings"
	"testing"

	"github.com/runaroundhq/runaround/transcript"
)

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	bad := []func(*Config){
		func(c *Config) { c.MaxTextBytes = 10 },
		func(c *Config) { c.StockReplyMinWords = 0 },
		func(c *Config) { c.NegationWindow = -1 },
		func(c *Config) { c.ComplaintThreshold = 2 },
		func(c *Config) { c.TrajectoryDelta = 0 },
	}
	for i, mut := range bad {
		c := DefaultConfig()
		mut(&c)
		if c.Validate() == nil {
			t.Errorf("case %d: invalid config accepted", i)
		}
		if _, err := New(c); err == nil {
			t.Errorf("case %d: New accepted an invalid config", i)
		}
	}
	if (Config{}).Validate() == nil {
		t.Error("zero Config accepted")
	}
}

func listColumns(c *Columns) map[string]*StringList {
	return map[string]*StringList{
		"TurnSpeakers": &c.TurnSpeakers, "TurnTexts": &c.TurnTexts,
		"HandoffTargets": &c.HandoffTargets, "PromiseKinds": &c.PromiseKinds,
		"EscalationKinds": &c.EscalationKinds, "PIIKinds": &c.PIIKinds,
		"HandoffOrgs": &c.HandoffOrgs, "TopicProducts": &c.TopicProducts, "TopicSymptoms": &c.TopicSymptoms,
	}
}

func TestListColumnsHaveOneRowPerInteraction(t *testing.T) {
	e := newTestEngine(t)
	in := syntheticBatch(5, 600)
	in = append(in, transcript.Interaction{ID: "empty", Channel: transcript.ChannelSocial})
	in = append(in, transcript.Interaction{ID: "blank", Turns: []transcript.Turn{cust(""), {Speaker: "bot", Text: "beep"}}})
	var c Columns
	for round := 0; round < 2; round++ { // the second round reuses memory
		e.EnrichBatch(in, &c)
		if c.Rows != len(in) {
			t.Fatalf("Rows %d, want %d", c.Rows, len(in))
		}
		for name, l := range listColumns(&c) {
			if l.Rows() != len(in) {
				t.Errorf("%s: %d rows, want %d", name, l.Rows(), len(in))
			}
		}
		for i := range in {
			if got := len(c.TurnTexts.Row(i)); got != len(in[i].Turns) {
				t.Errorf("row %d: %d turn texts, want %d", i, got, len(in[i].Turns))
			}
		}
		if got := joinRow(&c.TurnSpeakers, len(in)-1); got != "customer|bot" {
			t.Errorf("speakers %q", got)
		}
		for _, n := range []int{len(c.Sentiment), len(c.Trajectory), len(c.HandoffCount), len(c.StockReply), len(c.ReplyFingerprint)} {
			if n != len(in) {
				t.Fatalf("fixed-width column of %d rows, want %d", n, len(in))
			}
		}
		// Empty rows are empty.
		if c.HandoffCount[len(in)-2] != 0 || c.ReplyFingerprint[len(in)-2] != 0 || len(c.TurnTexts.Row(len(in)-2)) != 0 {
			t.Errorf("empty interaction has data")
		}
	}
}

func TestDeterminism(t *testing.T) {
	in := syntheticBatch(64, 1500)
	var a, b Columns
	newTestEngine(t).EnrichBatch(in, &a)
	e := newTestEngine(t)
	e.EnrichBatch(syntheticBatch(10, 8000), &b) // dirty scratch first
	e.EnrichBatch(in, &b)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same batch, different columns")
	}
	// Sanity: the synthetic traffic exercises the detectors.
	var handoffs, pii, promises int
	for i := 0; i < a.Rows; i++ {
		handoffs += int(a.HandoffCount[i])
	}
	pii, promises = len(a.PIIKinds.Values), len(a.PromiseKinds.Values)
	if handoffs == 0 || pii == 0 || promises == 0 {
		t.Fatalf("synthetic batch found nothing: handoffs %d pii %d promises %d", handoffs, pii, promises)
	}
}

// Strings written into one Columns stay valid while the same Engine fills
// another Columns: the arena belongs to the Columns.
func TestStringsSurviveOtherColumns(t *testing.T) {
	e := newTestEngine(t)
	first := []transcript.Interaction{{ID: "a", Turns: []transcript.Turn{
		cust("my email is a@b.com"), agent("Let me transfer you to the warranty team."),
	}}}
	var c1, c2 Columns
	e.EnrichBatch(first, &c1)
	want := []string{c1.TurnTexts.Row(0)[0], c1.HandoffTargets.Row(0)[0]}
	want = []string{strings.Clone(want[0]), strings.Clone(want[1])}
	e.EnrichBatch(syntheticBatch(50, 8000), &c2)
	got := []string{c1.TurnTexts.Row(0)[0], c1.HandoffTargets.Row(0)[0]}
	if !reflect.DeepEqual(got, want) || want[0] != "my email is [EMAIL]" || want[1] != "warranty team" {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestZeroAllocsSteadyState(t *testing.T) {
	e := newTestEngine(t)
	in := syntheticBatch(256, 1500)
	var c Columns
	e.EnrichBatch(in, &c) // warm-up: buffers grow to the batch
	e.EnrichBatch(in, &c)
	allocs := testing.AllocsPerRun(10, func() { e.EnrichBatch(in, &c) })
	if allocs != 0 {
		t.Fatalf("EnrichBatch allocates %.1f times per batch in steady state", allocs)
	}
}

// TestDetectorInvariants checks, over generated traffic of every story, what
// must hold whatever the wording: warm handoffs are handoffs, a policy wall
// is a dead end, a due time is after the interaction started, topic lists
// hold canonical names once, and flagged sentences are in-bounds spans of
// their row's turn texts, in row order.
func TestDetectorInvariants(t *testing.T) {
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 3})
	in := make([]transcript.Interaction, 3000)
	for i := range in {
		in[i] = g.Next()
	}
	e := newTestEngine(t)
	var c Columns
	e.EnrichBatch(in, &c)
	canon := map[string]bool{}
	for _, l := range [][]topicTerm{topicProducts, topicSymptoms} {
		for _, term := range l {
			canon[term.name] = true
		}
	}
	var warm, policy, due, topics int
	for i := range in {
		if c.HandoffWarm[i] > c.HandoffCount[i] {
			t.Errorf("row %d: %d warm of %d handoffs", i, c.HandoffWarm[i], c.HandoffCount[i])
		}
		if c.PolicyWall[i] && !c.DeadEnd[i] {
			t.Errorf("row %d: policy wall without dead end", i)
		}
		if d := c.PromiseDueAt[i]; d != 0 && d < in[i].StartedAt.Unix() {
			t.Errorf("row %d: due %d before the start %d", i, d, in[i].StartedAt.Unix())
		}
		if c.PromiseDueAt[i] != 0 && len(c.PromiseKinds.Row(i)) == 0 {
			t.Errorf("row %d: a due time without a promise", i)
		}
		for _, l := range []*StringList{&c.TopicProducts, &c.TopicSymptoms} {
			seen := map[string]bool{}
			for _, v := range l.Row(i) {
				if !canon[v] || seen[v] {
					t.Errorf("row %d: topic %q not canonical or repeated", i, v)
				}
				seen[v] = true
				topics++
			}
		}
		warm += int(c.HandoffWarm[i])
		if c.PolicyWall[i] {
			policy++
		}
		if c.PromiseDueAt[i] != 0 {
			due++
		}
	}
	prev := int32(-1)
	for _, f := range c.flagged {
		if f.row < prev || int(f.row) >= len(in) {
			t.Fatalf("flagged rows out of order: %d after %d", f.row, prev)
		}
		prev = f.row
		lo, hi := c.TurnTexts.Offsets[f.row], c.TurnTexts.Offsets[f.row+1]
		if f.text < lo || f.text >= hi {
			t.Fatalf("flagged text %d outside row %d's turns [%d, %d)", f.text, f.row, lo, hi)
		}
		if text := c.TurnTexts.Values[f.text]; f.start < 0 || f.start >= f.end || int(f.end) > len(text) {
			t.Fatalf("flagged span [%d, %d) of %q", f.start, f.end, text)
		}
	}
	// The generator plants policy walls, promises with times and topics.
	if policy == 0 || due == 0 || topics == 0 || len(c.flagged) == 0 {
		t.Errorf("generated traffic found too little: policy %d due %d topics %d flagged %d", policy, due, topics, len(c.flagged))
	}
	t.Logf("%d rows: %d warm handoffs, %d policy walls, %d due times, %d topic values, %d flagged sentences",
		len(in), warm, policy, due, topics, len(c.flagged))
}
