package enrich

import (
	"testing"

	"github.com/runaroundhq/runaround/transcript"
)

// BenchmarkDetect measures the detectors' share of the hot loop on the
// chat-sized generated batch, in one run so the figures compare:
//
//   - match: the phrase matcher with every rule's phrases;
//
//   - match-no-topics: the same without the topic vocabulary (what the
//     topics cost the matcher);
//
//   - detect: the rules over prepared matches (detect itself: suppressors,
//     negation, questions, checks, due times, topics, flagged sentences);
//
//   - enrich-row: EnrichBatch per row, for scale.
//
//     go test ./enrich/ -run '^$' -bench Detect -benchmem
func BenchmarkDetect(b *testing.B) {
	in := benchBatch("chat", benchBatchRows)
	e := newTestEngine(b)
	type prepared struct {
		buf  []byte
		toks []token
		hits []phraseHit
		sp   uint8
		it   *transcript.Interaction
		t    *transcript.Turn
	}
	var turns []prepared
	for i := range in {
		for k := range in[i].Turns {
			t := &in[i].Turns[k]
			sp := speakerMask(t.Speaker)
			if sp == 0 {
				continue
			}
			e.normalise(t.Text)
			e.hits = e.m.AppendMatches(e.hits[:0], e.buf)
			turns = append(turns, prepared{append([]byte(nil), e.buf...), append([]token(nil), e.toks...),
				append([]phraseHit(nil), e.hits...), sp, &in[i], t})
		}
	}
	var phrases []string
	seen := map[string]bool{}
	for _, r := range buildRules() {
		if r.cat != catTopicProduct && r.cat != catTopicSymptom && !seen[r.phrase] {
			seen[r.phrase] = true
			phrases = append(phrases, r.phrase)
		}
	}
	noTopics, err := newPhraseMatcher(phrases)
	if err != nil {
		b.Fatal(err)
	}
	size := int64(batchBytes(in))
	b.Run("match", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range turns {
				e.hits = e.m.AppendMatches(e.hits[:0], p.buf)
			}
		}
	})
	b.Run("match-no-topics", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range turns {
				e.hits = noTopics.AppendMatches(e.hits[:0], p.buf)
			}
		}
	})
	b.Run("detect", func(b *testing.B) {
		var c Columns
		c.Reset(len(in))
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			c.Reset(len(in))
			c.textArena = c.textArena[:0]
			e.fixups = e.fixups[:0]
			var st rowState
			var last *transcript.Interaction
			for i := range turns {
				p := &turns[i]
				if p.it != last {
					st, last = rowState{}, p.it
				}
				e.buf, e.toks, e.hits = append(e.buf[:0], p.buf...), append(e.toks[:0], p.toks...), append(e.hits[:0], p.hits...)
				c.TurnTexts.Add(p.t.Text)
				e.spans = e.spans[:0]
				e.beginTurn(p.it, p.t, p.t.Text, 0, &c)
				e.detect(&st, p.sp, &c)
			}
		}
	})
	b.Run("enrich", func(b *testing.B) {
		var c Columns
		b.SetBytes(size)
		b.ReportAllocs()
		for b.Loop() {
			e.EnrichBatch(in, &c)
		}
	})
}
