package transcript

import (
	"bytes"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

func generate(t testing.TB, cfg GeneratorConfig, n int) []Interaction {
	t.Helper()
	g := NewGenerator(cfg)
	out := make([]Interaction, n)
	for i := range out {
		out[i] = g.Next()
	}
	return out
}

func encodeAll(t testing.TB, ins []Interaction) [][]byte {
	t.Helper()
	out := make([][]byte, len(ins))
	for i := range ins {
		b, err := Encode(nil, &ins[i])
		if err != nil {
			t.Fatal(err)
		}
		out[i] = b
	}
	return out
}

func TestGeneratorDeterministic(t *testing.T) {
	a := encodeAll(t, generate(t, GeneratorConfig{Seed: 42}, 1000))
	b := encodeAll(t, generate(t, GeneratorConfig{Seed: 42}, 1000))
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			t.Fatalf("item %d differs for the same seed:\n%s\n%s", i, a[i], b[i])
		}
	}
	c := encodeAll(t, generate(t, GeneratorConfig{Seed: 43}, 1000))
	same := 0
	for i := range a {
		if bytes.Equal(a[i], c[i]) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("seeds 42 and 43 gave %d identical items out of 1000", same)
	}
	// The start time and channel filter are part of the configuration, not
	// of the randomness: still deterministic.
	cfg := GeneratorConfig{Seed: 7, Channels: []Channel{ChannelSocial}, Start: time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)}
	x := encodeAll(t, generate(t, cfg, 300))
	y := encodeAll(t, generate(t, cfg, 300))
	for i := range x {
		if !bytes.Equal(x[i], y[i]) {
			t.Fatalf("item %d differs for the same config", i)
		}
	}
}

func TestGeneratorIDsUnique(t *testing.T) {
	g := NewGenerator(GeneratorConfig{Seed: 9})
	seen := make(map[string]struct{}, 100000)
	for i := 0; i < 100000; i++ {
		in := g.Next()
		if _, dup := seen[in.ID]; dup {
			t.Fatalf("duplicate id %q at item %d", in.ID, i)
		}
		seen[in.ID] = struct{}{}
		if i == 0 && in.ID != "ia-9-1" {
			t.Errorf("first id is %q, want ia-9-1", in.ID)
		}
	}
}

func TestGeneratorValidAndRoundTrips(t *testing.T) {
	ins := generate(t, GeneratorConfig{Seed: 1}, 20000)
	var prevStart time.Time
	social := map[string]bool{}
	for i := range ins {
		in := &ins[i]
		if err := in.Validate(); err != nil {
			t.Fatalf("%s: %v", in.ID, err)
		}
		b, err := Encode(nil, in)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Decode(b, 0)
		if err != nil {
			t.Fatalf("%s: %v\n%s", in.ID, err, b)
		}
		if !reflect.DeepEqual(back, *in) {
			t.Fatalf("%s does not round-trip:\n%+v\n%+v", in.ID, back, *in)
		}
		if in.StartedAt.Before(prevStart) {
			t.Errorf("%s starts before the previous interaction", in.ID)
		}
		prevStart = in.StartedAt
		if len(in.Turns) == 0 {
			t.Fatalf("%s has no turns", in.ID)
		}
		prev := in.StartedAt
		for k, tu := range in.Turns {
			if tu.TS.Before(prev) {
				t.Fatalf("%s: turn %d at %s is before %s", in.ID, k, tu.TS, prev)
			}
			if !in.EndedAt.IsZero() && tu.TS.After(in.EndedAt) {
				t.Fatalf("%s: turn %d is after ended_at", in.ID, k)
			}
			if tu.Text == "" || strings.Contains(tu.Text, "<") || strings.Contains(tu.Text, "{") {
				t.Fatalf("%s: turn %d has an unexpanded phrase: %q", in.ID, k, tu.Text)
			}
			prev = tu.TS
		}
		if in.Labels == nil || in.Labels.Story == "" || in.Labels.Sentiment == "" {
			t.Fatalf("%s: missing labels: %+v", in.ID, in.Labels)
		}
		if in.AgentID == "" && in.Queue != "community-forum" && in.Channel != ChannelSocial {
			t.Errorf("%s: no agent_id", in.ID)
		}
		if in.Org == "" || in.Queue == "" {
			t.Errorf("%s: no org or queue", in.ID)
		}
		if in.Channel == ChannelSocial {
			if !strings.HasPrefix(in.Author, "@") || in.Reach == 0 {
				t.Errorf("%s: social without author or reach: %q %d", in.ID, in.Author, in.Reach)
			}
			if in.ReplyTo != "" && !social[in.ReplyTo] {
				t.Errorf("%s replies to %s, which is not an earlier social post", in.ID, in.ReplyTo)
			}
			social[in.ID] = true
		} else if in.Author != "" || in.Reach != 0 || in.Public || in.ReplyTo != "" {
			t.Errorf("%s: social fields on a %s interaction", in.ID, in.Channel)
		}
	}
}

func median(v []int) int {
	sort.Ints(v)
	return v[len(v)/2]
}

func TestGeneratorSizes(t *testing.T) {
	sizes := map[Channel][]int{}
	for _, in := range generate(t, GeneratorConfig{Seed: 2}, 20000) {
		sizes[in.Channel] = append(sizes[in.Channel], in.TextBytes())
	}
	want := map[Channel][2]int{ChannelSocial: {100, 300}, ChannelChat: {1000, 2500}, ChannelVoice: {5000, 12000}}
	mix := map[Channel][2]float64{ChannelVoice: {0.20, 0.30}, ChannelChat: {0.30, 0.40}, ChannelSocial: {0.35, 0.45}}
	for ch, r := range want {
		m := median(sizes[ch])
		if m < r[0] || m > r[1] {
			t.Errorf("%s: median text is %d bytes, want %d..%d", ch, m, r[0], r[1])
		}
		share := float64(len(sizes[ch])) / 20000
		if share < mix[ch][0] || share > mix[ch][1] {
			t.Errorf("%s: %.1f%% of interactions, want %.0f..%.0f%%", ch, 100*share, 100*mix[ch][0], 100*mix[ch][1])
		}
	}
	for _, s := range sizes[ChannelSocial] {
		if s > 600 {
			t.Errorf("a social interaction has %d bytes of text", s)
			break
		}
	}
}

func TestGeneratorChannels(t *testing.T) {
	for _, ch := range Channels {
		for _, in := range generate(t, GeneratorConfig{Seed: 5, Channels: []Channel{ch}}, 3000) {
			if in.Channel != ch {
				t.Fatalf("asked for %s only, got %s", ch, in.Channel)
			}
			if err := in.Validate(); err != nil {
				t.Fatal(err)
			}
		}
	}
	start := time.Date(2027, 1, 4, 12, 0, 0, 0, time.UTC)
	in := NewGenerator(GeneratorConfig{Seed: 5, Start: start}).Next()
	if in.StartedAt.Before(start) || in.StartedAt.Sub(start) > time.Hour {
		t.Errorf("first interaction starts at %s, want just after %s", in.StartedAt, start)
	}
}

// transferCues are a sanity check that a labelled handoff is visible in the
// text, not a detector.
var transferCues = []string{
	"transfer", "put you through", "put you back through", "connect you", "pass you over", "pass you back",
	"pass this conversation", "hand you over", "send you through", "separate company", "you'll need to call",
	"you'll have to contact", "you'll need to ring", "take that up with",
}

func failure(l *Labels) bool {
	return l.Handoffs > 0 || l.CrossCompany || l.TransferLoop || l.DeadEnd || l.RepeatedClaim ||
		l.BrokenPromiseClaim || len(l.Escalations) > 0 || l.StockReply || l.Complaint
}

func TestGeneratorLabels(t *testing.T) {
	ins := generate(t, GeneratorConfig{Seed: 3}, 20000)
	stories := map[string]int{}
	cuesSeen := map[string]bool{}
	count := map[string]int{}
	failures := 0
	for i := range ins {
		in := &ins[i]
		l := in.Labels
		stories[l.Story]++
		if failure(l) {
			failures++
		}
		if l.PublicThreat != contains(l.Escalations, "public") {
			t.Errorf("%s: public_threat %v but escalations %v", in.ID, l.PublicThreat, l.Escalations)
		}
		if (l.CrossCompany || l.TransferLoop) && l.Handoffs == 0 {
			t.Errorf("%s: cross_company/transfer_loop without a handoff", in.ID)
		}
		for name, kinds := range map[string][]string{"promises": l.Promises, "escalations": l.Escalations, "pii": l.PII} {
			valid := map[string][]string{"promises": PromiseKinds, "escalations": EscalationKinds, "pii": PIIKinds}[name]
			if !sort.StringsAreSorted(kinds) {
				t.Errorf("%s: %s not sorted: %v", in.ID, name, kinds)
			}
			for _, k := range kinds {
				if !contains(valid, k) {
					t.Errorf("%s: unknown %s kind %q", in.ID, name, k)
				}
				count[name+":"+k]++
			}
		}
		switch l.Sentiment {
		case "negative", "neutral", "positive":
		default:
			t.Errorf("%s: sentiment %q", in.ID, l.Sentiment)
		}
		var agentText strings.Builder
		var all strings.Builder
		for _, tu := range in.Turns {
			all.WriteString(tu.Text)
			all.WriteByte('\n')
			if tu.Speaker != SpeakerCustomer {
				agentText.WriteString(strings.ToLower(tu.Text))
				agentText.WriteByte('\n')
			}
		}
		if l.Handoffs > 0 {
			found := false
			for _, cue := range transferCues {
				if strings.Contains(agentText.String(), cue) {
					found = true
					cuesSeen[cue] = true
				}
			}
			if !found {
				t.Errorf("%s: %d handoffs but no transfer phrasing in:\n%s", in.ID, l.Handoffs, agentText.String())
			}
		}
		if l.StockReply && !strings.Contains(all.String(), "look into it") {
			t.Errorf("%s: stock_reply but no stock phrase", in.ID)
		}
		text := all.String()
		for _, kind := range l.PII {
			if !containsPII(text, kind) {
				t.Errorf("%s: pii %q labelled but not found in:\n%s", in.ID, kind, text)
			}
		}
		if l.Story != StoryOrdinary && !l.Complaint && l.Sentiment == "negative" && len(l.Escalations) == 0 {
			t.Errorf("%s: negative %s interaction without a complaint", in.ID, l.Story)
		}
	}
	if len(cuesSeen) < 6 {
		t.Errorf("only %d distinct handoff phrasings in 20000 items: %v", len(cuesSeen), cuesSeen)
	}
	for _, s := range []string{StoryLaptop, StoryFirmware, StoryOrdinary} {
		if stories[s] == 0 {
			t.Errorf("story %s never generated: %v", s, stories)
		}
	}
	share := 1 - float64(failures)/float64(len(ins))
	if share < 0.4 || share > 0.8 {
		t.Errorf("%.1f%% of interactions have no failure label, want 40..80%%", 100*share)
	}
	for _, kinds := range [][]string{PromiseKinds, EscalationKinds, PIIKinds} {
		for _, k := range kinds {
			n := count["promises:"+k] + count["escalations:"+k] + count["pii:"+k]
			if n == 0 {
				t.Errorf("kind %q never generated", k)
			}
		}
	}
	t.Logf("stories %v, no failure label: %.1f%%, kinds %v", stories, 100*share, count)
}

// TestGeneratorVariety: within 2000 items, the handoffs come in many
// phrasings and no two interactions read alike.
func TestGeneratorVariety(t *testing.T) {
	ins := generate(t, GeneratorConfig{Seed: 4}, 2000)
	phrasings := map[string]bool{}
	texts := map[string]bool{}
	dups := 0
	for i := range ins {
		in := &ins[i]
		var all strings.Builder
		for k, tu := range in.Turns {
			all.WriteString(tu.Text)
			if tu.Speaker == SpeakerSystem && strings.Contains(tu.Text, "transfer") && k > 0 {
				// the agent's words just before the system event
				phrasings[normalise(in.Turns[k-1].Text)] = true
			}
		}
		if texts[all.String()] {
			dups++
		}
		texts[all.String()] = true
	}
	if len(phrasings) < 6 {
		t.Errorf("%d distinct transfer phrasings in 2000 items, want >= 6", len(phrasings))
	}
	if dups > len(ins)/50 { // a few short tweets may coincide, as real ones do
		t.Errorf("%d interactions repeat another's text exactly", dups)
	}
}

// normalise strips names and fillers so that phrasings, not slot values, are counted.
func normalise(s string) string {
	s = strings.ToLower(s)
	for _, f := range []string{"um... ", "uh... ", "okay, so... ", "right. ", "yeah. ", "so... ", "erm... ", "well... ", "mm. "} {
		s = strings.ReplaceAll(s, f, "")
	}
	if i := strings.Index(s, " to "); i > 0 {
		s = s[:i]
	}
	return s
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// containsPII is a deliberately simple check that a planted value is there.
func containsPII(text, kind string) bool {
	switch kind {
	case "email":
		return strings.Contains(text, "@") && strings.Contains(text, ".")
	case "phone":
		return strings.Contains(text, "555") || strings.Contains(text, "07700 900")
	case "card":
		digits := 0
		for i := 0; i < len(text); i++ {
			switch c := text[i]; {
			case c >= '0' && c <= '9':
				digits++
				if digits == 16 {
					return true
				}
			case c == ' ' && digits > 0 && digits%4 == 0:
			default:
				digits = 0
			}
		}
		return false
	case "national_id":
		for i := 0; i+11 <= len(text); i++ {
			if text[i+3] == '-' && text[i+6] == '-' && isDigits(text[i:i+3]) && isDigits(text[i+4:i+6]) && isDigits(text[i+7:i+11]) {
				return true
			}
		}
		return false
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func TestLuhn(t *testing.T) {
	for _, card := range []string{"4111111111111111", "5500005555555559", "4012888888881881"} {
		payload := make([]byte, 15)
		for i := range payload {
			payload[i] = card[i] - '0'
		}
		if got := luhnCheck(payload); got != card[15]-'0' {
			t.Errorf("luhnCheck(%s) = %d, want %c", card[:15], got, card[15])
		}
	}
	g := NewGenerator(GeneratorConfig{Seed: 1})
	for i := 0; i < 1000; i++ {
		s := strings.ReplaceAll(g.piiValue(piiCard, &customer{}), " ", "")
		if len(s) != 16 || !luhnValid(s) {
			t.Fatalf("card %q is not a Luhn-valid 16-digit number", s)
		}
	}
}

func luhnValid(s string) bool {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		v := int(s[i] - '0')
		if (len(s)-1-i)%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

func TestTemplateSyntax(t *testing.T) {
	for _, bad := range []string{"{a|b", "a}", "a|b", "<name", "<nosuchslot>"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("compile(%q) did not panic", bad)
				}
			}()
			compile(bad)
		}()
	}
	g := NewGenerator(GeneratorConfig{Seed: 1})
	var slots [nSlots]string
	slots[sName] = "Ana"
	seen := map[string]bool{}
	for i := 0; i < 200; i++ {
		seen[string(g.expand(nil, compile("{Hi|Hello{| there}}, <name>{|!}"), &slots))] = true
	}
	if len(seen) != 6 {
		t.Errorf("expected 6 expansions, got %v", seen)
	}
}

func BenchmarkGenerator(b *testing.B) {
	g := NewGenerator(GeneratorConfig{Seed: 1})
	// Measure the text size of a warm-up sample for SetBytes.
	total := 0
	for i := 0; i < 2000; i++ {
		in := g.Next()
		total += in.TextBytes()
	}
	b.SetBytes(int64(total / 2000))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := g.Next()
		_ = in
	}
}
