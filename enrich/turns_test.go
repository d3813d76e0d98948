package enrich

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/runaroundhq/runaround/transcript"
)

// TestGroupMatchesPerTurn checks normaliseGroup + useTurn (all turns of a
// group normalised into one arena, one matcher pass over them) against
// the plain per-turn path: normalise each turn alone and match its text
// alone. Turn by turn, the buffers, tokens, VADER tokens, '!'/'?' counts
// and hits must be the same, and so must each interaction's fingerprint.
func TestGroupMatchesPerTurn(t *testing.T) {
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 21})
	var in []transcript.Interaction
	for range 300 {
		in = append(in, g.Next()) // every channel: tweets group, calls do not
	}
	// Odd turns: soup with emoji and Unicode, unknown speakers, empty and
	// whitespace-only turns, a turn over MaxTextBytes.
	soup := vaderSoup(400)
	speakers := []transcript.Speaker{transcript.SpeakerCustomer, transcript.SpeakerAgent, transcript.SpeakerSystem, "bot"}
	for i := 0; i+4 <= len(soup); i += 4 {
		it := transcript.Interaction{ID: "soup", Channel: transcript.ChannelSocial}
		for k := 0; k < 4; k++ {
			it.Turns = append(it.Turns, transcript.Turn{Speaker: speakers[(i/4+k)%4], Text: soup[i+k]})
		}
		in = append(in, it)
	}
	in = append(in, transcript.Interaction{ID: "odd", Turns: []transcript.Turn{
		{Speaker: transcript.SpeakerAgent, Text: ""}, {Speaker: transcript.SpeakerCustomer, Text: " \n\t"},
		{Speaker: transcript.SpeakerAgent, Text: strings.Repeat("I'll transfer you to billing now. ", 2000)},
	}})

	e := newTestEngine(t)
	ref := newTestEngine(t)
	groups, checked, hits := 0, 0, 0
	for gi := 0; gi < len(in); {
		h := e.normaliseGroup(in, gi)
		groups++
		for i := gi; i < h; i++ {
			var fp fingerprinter
			fp.reset()
			for ti, tr := range in[i].Turns {
				if speakerMask(tr.Speaker) == 0 {
					continue
				}
				text, _ := clip(tr.Text, e.cfg.MaxTextBytes)
				if tr.Speaker == transcript.SpeakerAgent {
					fp.feed(text)
				}
				e.useTurn(i, ti)
				ref.normalise(text)
				want := ref.m.AppendMatches(nil, ref.buf)
				switch {
				case string(e.buf) != string(ref.buf):
					t.Fatalf("row %d turn %d: buf %q, want %q", i, ti, e.buf, ref.buf)
				case !slices.Equal(e.toks, ref.toks):
					t.Fatalf("row %d turn %d %q: tokens differ", i, ti, text)
				case !slices.Equal(e.vtoks, ref.vtoks) || string(e.vbuf) != string(ref.vbuf):
					t.Fatalf("row %d turn %d %q: VADER tokens differ", i, ti, text)
				case e.bangs != ref.bangs || e.quests != ref.quests:
					t.Fatalf("row %d turn %d %q: bangs/quests %d/%d, want %d/%d", i, ti, text, e.bangs, e.quests, ref.bangs, ref.quests)
				case !slices.Equal(e.hits, want):
					t.Fatalf("row %d turn %d %q: hits %v, want %v", i, ti, text, e.hits, want)
				}
				checked++
				hits += len(want)
			}
			if got, want := e.fingerprint(i), fp.sum(e.cfg.StockReplyMinWords); got != want {
				t.Fatalf("row %d: fingerprint %x, want %x", i, got, want)
			}
		}
		gi = h
	}
	if groups >= len(in) || checked < 3000 || hits < 1000 {
		t.Fatalf("weak test: %d groups for %d interactions, %d turns, %d hits", groups, len(in), checked, hits)
	}
}

// TestAppendMatchesWide checks the four-walk matcher against AppendMatches
// (and, for a small pattern set, the naive matcher) on texts of every
// length around its thresholds, made of '\n'-separated turns as
// normaliseGroup lays them out, and of one long turn.
func TestAppendMatchesWide(t *testing.T) {
	small := []string{"a", "a b", "a b c", "b c", "c", "ab*", "ab", "abc", "b", "b*", "call you", "call you back",
		"you back", "back*", "[x*", "[x", "x]", "-", "a-b", "é", "éa", "s", "'s"}
	rng := rand.New(rand.NewPCG(3, 4))
	var sc matchScratch
	for _, set := range []struct {
		name     string
		patterns []string
		naive    bool
	}{{"small", small, true}, {"engine", nil, false}} {
		m := newTestEngine(t).m
		pats := set.patterns
		if pats != nil {
			var err error
			if m, err = newPhraseMatcher(pats); err != nil {
				t.Fatal(err)
			}
		} else {
			pats = rulePhrases()
		}
		total := 0
		for round := 0; round < 400; round++ {
			var text []byte
			n := rng.IntN(12 * m.maxLen)
			for len(text) < n {
				text = append(text, randomText(rng, pats, 1+rng.IntN(120))...)
				if round%2 == 0 {
					text = append(text, '\n')
				}
			}
			got := m.appendMatchesWide([]phraseHit{{ID: 99999}}, text, &sc)
			want := m.AppendMatches(nil, text)
			if got[0].ID != 99999 || !slices.Equal(got[1:], want) {
				t.Fatalf("%s: text %q (%d bytes):\n got %v\nwant %v", set.name, text, len(text), got[1:], want)
			}
			if set.naive {
				if nv := naiveMatches(pats, text); !slices.Equal(want, nv) {
					t.Fatalf("%s: AppendMatches %v, naive %v", set.name, want, nv)
				}
			}
			total += len(want)
		}
		if total < 1000 {
			t.Fatalf("%s: only %d matches", set.name, total)
		}
	}
}
