package enrich

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/runaroundhq/runaround/transcript"
)

// perturb returns src with its text roughened the way real input is: emoji,
// typographic quotes, tabs and newlines, stray punctuation, capitals,
// invalid UTF-8, Unicode spaces, text run together (e-mails, cards, phones
// glued to words), unknown speakers and very long turns. Seeded: the same
// seed gives the same corpus.
//
// Why: the generator and the labelled sets are clean text. Two crashes
// (overlapping PII spans from run-on e-mail addresses, and an endless loop
// on a lone typographic apostrophe in a flagged handoff sentence) hid in
// inputs like these until a perturbed corpus found them.
func perturb(src []transcript.Interaction, seed uint64) []transcript.Interaction {
	rng := rand.New(rand.NewPCG(seed, 99))
	inserts := []string{"😀", "😡", "🙏", "’", "‘", "\t", "\n", "  ", "!!!", "???", ":)", ":D", ":(", "…", "\xff", "\xe2\x80",
		"é", "İ", "K", "n’t", "n't", "NOT", "GREAT", "(", ")", ",", ".", " but ", " no ", " never ", " very ", "#fail",
		"@united", "www.x.com", "a@b.com", "x@y.co", " card 4111 1111 1111 1111, ", " card 4111111111111111; ", "555-123-4567", "+44 20 7946 0958",
		"078-05-1120", "QQ 12 34 56 C", "4111111111111111", "\u00a0", "\u2003", "[", "]", "'", "’’", " ’ ", "@", "-", "\x00"}
	out := make([]transcript.Interaction, 0, len(src))
	for _, it := range src {
		it.Turns = append([]transcript.Turn(nil), it.Turns...)
		for k := range it.Turns {
			t := &it.Turns[k]
			var nb []byte
			for i := 0; i < len(t.Text); i++ {
				switch rng.IntN(40) {
				case 0:
					nb = append(nb, inserts[rng.IntN(len(inserts))]...)
				case 1:
					if c := t.Text[i]; c >= 'a' && c <= 'z' {
						nb = append(nb, c-32)
						continue
					}
				case 2:
					continue // a dropped byte: words run together, UTF-8 breaks
				}
				nb = append(nb, t.Text[i])
			}
			if rng.IntN(50) == 0 {
				nb = []byte(strings.Repeat(string(nb)+" ", 20))
			}
			t.Text = string(nb)
			if rng.IntN(60) == 0 {
				t.Speaker = "bot"
			}
		}
		out = append(out, it)
	}
	return out
}

// Perturbed input enriches without a panic or a hang, gives the same
// columns through an Engine and a Pool whatever the batch boundaries, and
// the organisation naming (cues and known names, no NER) gets through
// every flagged sentence.
func TestEnrichPerturbedText(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 300
	}
	src := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 21}).Next
	var clean []transcript.Interaction
	for range n {
		clean = append(clean, src())
	}
	corpus := perturb(clean, 5)

	cfg := DefaultConfig()
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	pool, err := NewPool(cfg, 3)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	pool.minShardBytes = 1 << 10
	namer, err := NewOrgNamer(OrgNamerConfig{NER: false, MaxOrgsPerRow: 8})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a hang fails, it does not stall the suite
	defer cancel()

	var a, b, named Columns // named: its own Columns, so naming leaves a as the pool's twin
	sizes := []int{256, 1, 7, 100, 33}
	for i, k := 0, 0; i < len(corpus); k++ {
		batch := corpus[i:min(i+sizes[k%len(sizes)], len(corpus))]
		i += len(batch)
		e.EnrichBatch(batch, &a)
		pool.EnrichBatch(batch, &b)
		if d := diffColumns(&a, &b); len(d) > 0 {
			t.Fatalf("batch at row %d: engine and pool differ in %v", i-len(batch), d)
		}
		checkRows(t, batch, &a)
		e.EnrichBatch(batch, &named)
		if err := namer.NameBatch(ctx, batch, &named); err != nil {
			t.Fatalf("naming the batch at row %d: %v", i-len(batch), err)
		}
	}
}

// checkRows holds what every row must satisfy whatever its text: one
// value per interaction in the per-row columns, and no unredacted card
// number left in a stored turn (one standing as a word of its own and not
// labelled as a device's: digits glued to letters are codes, and a serial
// number is no card, by design, see redact.go).
func checkRows(t *testing.T, batch []transcript.Interaction, c *Columns) {
	t.Helper()
	if len(c.Sentiment) != len(batch) || len(c.HandoffCount) != len(batch) || len(c.ReplyFingerprint) != len(batch) {
		t.Fatalf("%d rows, columns of %d/%d/%d", len(batch), len(c.Sentiment), len(c.HandoffCount), len(c.ReplyFingerprint))
	}
	for _, s := range c.TurnTexts.Values {
		for _, card := range []string{"4111111111111111", "4111 1111 1111 1111"} {
			for i := strings.Index(s, card); i >= 0; i = nextIndex(s, card, i) {
				end := i + len(card)
				if (i == 0 || !isAlnum(s[i-1])) && (end == len(s) || !isAlnum(s[end])) && labelBefore(s, i) != labelDevice {
					t.Fatalf("a card number survived redaction: %q", s)
				}
			}
		}
	}
}

// nextIndex is the index of sub in s after position i, or -1.
func nextIndex(s, sub string, i int) int {
	j := strings.Index(s[i+1:], sub)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// FuzzEnrich feeds arbitrary text as customer and agent turns: enrichment
// must not panic, must be deterministic, and must agree with a Pool.
func FuzzEnrich(f *testing.F) {
	for _, s := range []string{
		"let me transfer you to billing’", "’", "pasa@b.comswa@b.comord", "4111 1111 1111 1111 a@b.com +44 20 7946 0958",
		"you promised a callback!!! 😡 nobody called", "I'm not going to transfer you", "\xff\xfe’’ ’ '", strings.Repeat("x", 9000),
	} {
		f.Add(s, "I'll put you through to our warranty partner, Acme Repairs’ team.")
	}
	e, err := New(DefaultConfig())
	if err != nil {
		f.Fatal(err)
	}
	namer, err := NewOrgNamer(OrgNamerConfig{NER: false, MaxOrgsPerRow: 8})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, customer, agent string) {
		in := []transcript.Interaction{{ID: "fuzz", Channel: transcript.ChannelChat, Turns: []transcript.Turn{
			{Speaker: transcript.SpeakerCustomer, Text: customer}, {Speaker: transcript.SpeakerAgent, Text: agent}, {Speaker: transcript.SpeakerCustomer, Text: agent + customer},
		}}}
		var a, b Columns
		e.EnrichBatch(in, &a)
		e.EnrichBatch(in, &b)
		if d := diffColumns(&a, &b); len(d) > 0 {
			t.Fatalf("not deterministic: %v", d)
		}
		if err := namer.NameBatch(context.Background(), in, &a); err != nil {
			t.Fatal(err)
		}
	})
}
