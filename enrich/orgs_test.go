package enrich

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/runaroundhq/runaround/transcript"
)

// orgCases are handoff and referral sentences as agents write them, with
// the organisations (other than the agent's own) a person would name.
// Known organisations of the batch: Northwind Store, FixRight Field
// Services, Vireo.
var orgCases = []struct {
	own, text string
	want      []string
}{
	{"Northwind Store", "I'm sorry but that's handled by a separate company, you'll need to call FixRight.", []string{"FixRight Field Services"}},
	{"Northwind Store", "FixRight is a different company, so you'll need to call them.", []string{"FixRight Field Services"}},
	{"Northwind Store", "You'll need to take that up with Vireo, we don't have access to their system.", []string{"Vireo"}},
	{"Vireo", "That's a Samsung issue, you'll have to take that up with them.", []string{"Samsung"}},
	{"Vireo", "We don't handle that, try Apple Support.", []string{"Apple"}},
	{"Vireo", "You'll need to contact Amazon directly about the delivery.", []string{"Amazon"}},
	{"Skyline Air", "Your bag was lost by our partner, you'll have to contact British Airways.", []string{"British Airways"}},
	{"Skyline Air", "That's handled by Swissport at the airport, you'll need to speak to them.", []string{"Swissport"}},
	{"Acme Broadband", "The line fault is Openreach's responsibility, you'll need to get in touch with Openreach.", []string{"Openreach"}},
	{"Acme Broadband", "I'm afraid that's not us, it's BT who own the line.", []string{"BT"}},
	{"Acme Energy", "You'll need to call Western Power about the power cut, they handle the network.", []string{"Western Power"}},
	{"Northwind Store", "Unfortunately the warranty is handled by Northwind CarePlus, you'll need to call them.", []string{"Northwind CarePlus"}},
	{"Northwind CarePlus", "Let me transfer you to the warranty team.", nil},
	{"Northwind CarePlus", "I'll put you through to billing now, one moment.", nil},
	{"Northwind CarePlus", "I can't book that, you'll have to contact the manufacturer directly.", nil},
	{"Northwind CarePlus", "That's a separate company, you'll need to call the courier.", nil},
	{"Northwind CarePlus", "Please hold, I'll connect you with a supervisor.", nil},
	{"Vireo", "Please contact PayPal to dispute the charge, we can't reverse it from here.", []string{"PayPal"}},
	{"Vireo", "Your bank, Barclays, handles chargebacks, so you'd need to call them.", []string{"Barclays"}},
	{"Lumen Mobile", "That's a third party app, you'll need to contact Spotify about the subscription.", []string{"Spotify"}},
	{"Lumen Mobile", "The handset repair is done by Samsung, so you'll need to speak to Samsung.", []string{"Samsung"}},
	{"Lumen Mobile", "Transferring you to our insurance partner, Assurant, now.", []string{"Assurant"}},
	{"Stayhome Hotels", "We don't handle flight changes, you'll need to call Delta.", []string{"Delta"}},
	{"Stayhome Hotels", "Your booking was made through Expedia, so you'll need to contact Expedia for the refund.", []string{"Expedia"}},
	{"Northwind Store", "I'll transfer you to Sarah in accounts.", nil},
	{"Northwind Store", "Monday to Friday you'll need to call the store directly.", nil},
}

func orgKnown() []transcript.Interaction {
	return []transcript.Interaction{{Org: "Northwind Store"}, {Org: "FixRight Field Services"}, {Org: "Vireo"},
		{Org: "Northwind CarePlus"}, {Org: "Northwind Warranty Services"}}
}

// scoreOrgs counts true/false positives and misses of got against want.
func scoreOrgs(got, want []string) (tp, fp, fn int) {
	for _, g := range got {
		hit := false
		for _, w := range want {
			hit = hit || strings.EqualFold(g, w)
		}
		if hit {
			tp++
		} else {
			fp++
		}
	}
	return tp, fp, len(want) - tp
}

// TestOrgNamerSentences measures the three sources on orgCases and pins
// the combined precision and recall.
func TestOrgNamerSentences(t *testing.T) {
	type score struct{ tp, fp, fn int }
	run := func(name string, f func(own, text string) []string) score {
		var s score
		for _, c := range orgCases {
			got := f(c.own, c.text)
			tp, fp, fn := scoreOrgs(got, c.want)
			s.tp += tp
			s.fp += fp
			s.fn += fn
			if testing.Verbose() && (fp > 0 || fn > 0) {
				t.Logf("%s: %q: got %q want %q", name, c.text, got, c.want)
			}
		}
		p := float64(s.tp) / float64(max(1, s.tp+s.fp))
		r := float64(s.tp) / float64(max(1, s.tp+s.fn))
		t.Logf("%-22s precision %.2f recall %.2f (tp %d fp %d fn %d)", name, p, r, s.tp, s.fp, s.fn)
		return s
	}
	sentence := func(n *OrgNamer) func(own, text string) []string {
		return func(own, text string) []string {
			n.row = n.row[:0]
			n.nameSentence(text, own)
			return append([]string(nil), n.row...)
		}
	}

	// Which labels prose's model gives the wanted organisations, and what
	// else it labels.
	labels := map[string]int{}
	other := map[string]int{}
	for _, c := range orgCases {
		doc, err := prose.NewDocument(c.text, prose.UsingModel(proseModel()), prose.WithSegmentation(false))
		if err != nil {
			t.Fatal(err)
		}
		for _, ent := range doc.Entities() {
			hit := false
			for _, w := range c.want {
				hit = hit || strings.Contains(w, ent.Text) || strings.Contains(ent.Text, strings.Fields(w)[0])
			}
			if hit {
				labels[ent.Label]++
			} else {
				other[ent.Label+" "+ent.Text]++
			}
		}
	}
	t.Logf("prose labels on wanted organisations: %v; other entities: %v", labels, other)

	ner, _ := NewOrgNamer(DefaultOrgNamerConfig())
	run("prose NER only", func(own, text string) []string {
		var out []string
		for _, o := range ner.ner(text) {
			if !ownsAll(own, o) {
				out = append(out, o)
			}
		}
		return out
	})
	cfg := DefaultOrgNamerConfig()
	cfg.NER = false
	fallback, _ := NewOrgNamer(cfg)
	fallback.learn(orgKnown())
	run("known + cues", sentence(fallback))
	all, _ := NewOrgNamer(DefaultOrgNamerConfig())
	all.learn(orgKnown())
	s := run("known + cues + NER", sentence(all))

	// The pinned figures: a drop fails the test.
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	if p < 0.85 || r < 0.9 {
		t.Errorf("combined precision %.2f recall %.2f, want >= 0.85 / 0.90", p, r)
	}
}

func TestOrgNamerConfigValidate(t *testing.T) {
	if err := DefaultOrgNamerConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	for i, mut := range []func(*OrgNamerConfig){
		func(c *OrgNamerConfig) { c.CacheSize = -1 },
		func(c *OrgNamerConfig) { c.MaxOrgsPerRow = 0 },
		func(c *OrgNamerConfig) { c.MaxOrgsPerRow = 1000 },
	} {
		c := DefaultOrgNamerConfig()
		mut(&c)
		if _, err := NewOrgNamer(c); err == nil {
			t.Errorf("case %d: invalid config accepted", i)
		}
	}
}

// TestNameBatch runs the whole path: EnrichBatch flags the sentences (with
// PII redacted before them), NameBatch names the organisations, one row per
// interaction, without the interaction's own organisation.
func TestNameBatch(t *testing.T) {
	e := newTestEngine(t)
	in := []transcript.Interaction{
		{ID: "a", Org: "Northwind Store", Turns: []transcript.Turn{
			cust("My email is jane.doe@example.com. The laptop won't turn on."),
			agent("Thanks, jane.doe@example.com noted. I'm sorry but that's handled by a separate company, you'll need to call FixRight."),
		}},
		{ID: "b", Org: "FixRight Field Services", Turns: []transcript.Turn{agent("Let me check the booking.")}},
		{ID: "c", Org: "Vireo", Turns: []transcript.Turn{
			agent("That's a Samsung issue. You'll have to take that up with them."),
			agent("Let me transfer you to the Vireo billing team."),
		}},
		{ID: "d", Org: "Northwind Store", Turns: []transcript.Turn{agent("I'll put you through to Northwind Store sales.")}},
	}
	var c Columns
	e.EnrichBatch(in, &c)
	if len(c.flagged) == 0 {
		t.Fatal("nothing flagged")
	}
	// The flagged span is the sentence, redacted.
	f := c.flagged[0]
	got := c.TurnTexts.Values[f.text][f.start:f.end]
	want := "I'm sorry but that's handled by a separate company, you'll need to call FixRight."
	if f.row != 0 || got != want {
		t.Fatalf("flagged row %d %q, want row 0 %q", f.row, got, want)
	}
	n, err := NewOrgNamer(DefaultOrgNamerConfig())
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 2; round++ { // the second round reuses the cache
		if err := n.NameBatch(context.Background(), in, &c); err != nil {
			t.Fatal(err)
		}
		if c.HandoffOrgs.Rows() != len(in) {
			t.Fatalf("%d rows, want %d", c.HandoffOrgs.Rows(), len(in))
		}
		for i, w := range []string{"FixRight Field Services", "", "Samsung", ""} {
			if g := joinRow(&c.HandoffOrgs, i); g != w {
				t.Errorf("round %d row %d: orgs %q, want %q", round, i, g, w)
			}
		}
	}
	// A cancelled context leaves well-formed, empty rows.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := n.NameBatch(ctx, in, &c); err == nil || c.HandoffOrgs.Rows() != len(in) || len(c.HandoffOrgs.Values) != 0 {
		t.Fatalf("cancelled: err %v, rows %d, values %q", err, c.HandoffOrgs.Rows(), c.HandoffOrgs.Values)
	}
	if err := n.NameBatch(context.Background(), in[:2], &c); err == nil {
		t.Fatal("row count mismatch accepted")
	}
}

// TestOrigTokenSpan checks that the token walk back to the original text
// agrees with normalise on every token, on text with typographic
// apostrophes, non-ASCII letters, emoji and PII.
func TestOrigTokenSpan(t *testing.T) {
	e := newTestEngine(t)
	for _, text := range []string{
		"I’m sorry — that's handled by Müller GmbH, call 0800 123 456 😀 ok?",
		"  don't   transfer\tme!!  'quoted' it's  fine’ ",
		"Ça va? Naïve café, 3-5 business days… x.com",
		"[transfer to queue billing] ",
		"",
	} {
		e.normalise(text)
		for k, tok := range e.toks {
			s, end, ok := origTokenSpan(text, k, k)
			if !ok {
				t.Fatalf("%q: token %d not found", text, k)
			}
			orig := []byte(strings.ReplaceAll(text[s:end], "’", "'"))
			for i, c := range orig { // normalise lowercases ASCII only
				if c >= 'A' && c <= 'Z' {
					orig[i] = c + 'a' - 'A'
				}
			}
			if w := string(e.buf[tok.start:tok.end]); string(orig) != w {
				t.Errorf("%q: token %d is %q in the original, %q normalised", text, k, orig, w)
			}
		}
		if _, _, ok := origTokenSpan(text, len(e.toks), len(e.toks)); ok {
			t.Errorf("%q: a token past the last one", text)
		}
	}
}

// BenchmarkOrgNamerFresh names batches it has not seen (eight generated
// batches of 512, in turn, with the cache kept across them): the cache
// hits only on sentences that repeat across customers, as in production.
// Run it with -benchtime=8x or less for every batch to be new.
func BenchmarkOrgNamerFresh(b *testing.B) {
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 13})
	e := newTestEngine(b)
	batches := make([][]transcript.Interaction, 8)
	cols := make([]Columns, len(batches))
	sentences := 0
	for k := range batches {
		batches[k] = make([]transcript.Interaction, 512)
		for i := range batches[k] {
			batches[k][i] = g.Next()
		}
		e.EnrichBatch(batches[k], &cols[k])
		sentences += len(cols[k].flagged)
	}
	proseModel()
	n, err := NewOrgNamer(DefaultOrgNamerConfig())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		k := i % len(batches)
		if err := n.NameBatch(context.Background(), batches[k], &cols[k]); err != nil {
			b.Fatal(err)
		}
	}
	el := time.Since(start).Seconds()
	b.ReportMetric(float64(b.N*512)/el, "rows/s")
	b.ReportMetric(float64(sentences)/float64(len(batches)), "sentences/batch")
	b.ReportMetric(float64(len(n.cache)), "cached")
}

// BenchmarkOrgNamer measures NameBatch on a generated batch (every story:
// referrals, transfers, ordinary contacts) after EnrichBatch, with the
// sentence cache off (every flagged sentence goes through prose) and on
// (every sentence seen before), and without NER (known organisations and
// cues only). It reports rows/s and the cost per flagged sentence.
func BenchmarkOrgNamer(b *testing.B) {
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 11})
	in := make([]transcript.Interaction, 512)
	for i := range in {
		in[i] = g.Next()
	}
	e := newTestEngine(b)
	var c Columns
	e.EnrichBatch(in, &c)
	proseModel() // load outside the timing
	for _, bc := range []struct {
		name  string
		cache int
		ner   bool
	}{{"nocache", 0, true}, {"cache", 8192, true}, {"noNER", 0, false}} {
		b.Run(bc.name, func(b *testing.B) {
			cfg := DefaultOrgNamerConfig()
			cfg.CacheSize = bc.cache
			cfg.NER = bc.ner
			n, err := NewOrgNamer(cfg)
			if err != nil {
				b.Fatal(err)
			}
			if err := n.NameBatch(context.Background(), in, &c); err != nil { // warm the cache
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < b.N; i++ {
				if err := n.NameBatch(context.Background(), in, &c); err != nil {
					b.Fatal(err)
				}
			}
			el := time.Since(start).Seconds()
			b.ReportMetric(float64(b.N*len(in))/el, "rows/s")
			b.ReportMetric(float64(len(c.flagged)), "sentences/batch")
			if len(c.flagged) > 0 {
				b.ReportMetric(el*1e6/float64(b.N*len(c.flagged)), "µs/sentence")
			}
		})
	}
}

func ExampleOrgNamer() {
	e, _ := New(DefaultConfig())
	in := []transcript.Interaction{{Org: "Vireo", Turns: []transcript.Turn{{Speaker: transcript.SpeakerAgent,
		Text: "We don't handle that, try Apple Support."}}}}
	var c Columns
	e.EnrichBatch(in, &c)
	n, _ := NewOrgNamer(DefaultOrgNamerConfig())
	if err := n.NameBatch(context.Background(), in, &c); err != nil {
		fmt.Println(err)
	}
	fmt.Println(c.HandoffOrgs.Row(0))
	// Output: [Apple]
}

// TestSplitOrgWordsLoneApostrophe: a typographic apostrophe not followed by
// a letter once stopped splitOrgWords in its tracks (an empty word appended
// forever, until memory ran out).
func TestSplitOrgWordsLoneApostrophe(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"call ’ Northwind Store", []string{"call", "Northwind", "Store"}},
		{"try FixRight’", []string{"try", "FixRight"}},
		{"’’", nil},
		{"Dell’s team", []string{"Dell’s", "team"}},
	} {
		var got []string
		for _, w := range splitOrgWords(nil, tc.s) {
			got = append(got, w.text)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("splitOrgWords(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}
