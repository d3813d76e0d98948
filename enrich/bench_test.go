package enrich

import (
	"strings"
	"testing"

	"github.com/jonreiter/govader"

	"github.com/runaroundhq/runaround/transcript"
)

// The benchmarks of the enrichment stage, meant to be run together so that
// their MB/s can be read side by side:
//
//	go test ./enrich/ -run '^$' -bench 'EnrichBatch|Govader|Stages|Pool' -benchmem
//
// Every benchmark of a size enriches (or scores) the same batch, and SetBytes
// is always the batch's turn text, so the ratio of two MB/s figures is the
// ratio of their speeds.

// benchSizes are the three traffic shapes of the issue: a social post, a chat
// and a call transcript, by their text size in bytes.
var benchSizes = []struct {
	name    string
	channel transcript.Channel
	bytes   int
}{
	{"tweet", transcript.ChannelSocial, 200},
	{"chat", transcript.ChannelChat, 1500},
	{"call", transcript.ChannelVoice, 8000},
}

// benchBatchRows is the batch size of the benchmarks: a typical fetch.
const benchBatchRows = 256

// benchBatch returns n interactions of the named size made of the
// transcript generator's turns (realistic support text with its planted
// PII, handoffs, promises and escalations) of the matching channel: turns
// are taken from consecutive generated interactions until the size is
// reached, and the last one is cut (at a space when there is one nearby), so
// every interaction has the size's byte count, give or take that cut.
func benchBatch(size string, n int) []transcript.Interaction {
	var bs = benchSizes[0]
	for _, s := range benchSizes {
		if s.name == size {
			bs = s
		}
	}
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 7, Channels: []transcript.Channel{bs.channel}})
	out := make([]transcript.Interaction, n)
	var pending []transcript.Turn
	for i := range out {
		it := g.Next()
		it.Turns = nil
		total := 0
		for total < bs.bytes {
			if len(pending) == 0 {
				pending = g.Next().Turns
				continue
			}
			tr := pending[0]
			pending = pending[1:]
			rest := bs.bytes - total
			if len(tr.Text) <= rest {
				total += len(tr.Text)
				it.Turns = append(it.Turns, tr)
				continue
			}
			// The last turn: cut at its last space before the size,
			// unless that would drop more than half of what is left.
			cut := rest
			if k := strings.LastIndexByte(tr.Text[:cut], ' '); k > rest/2 {
				cut = k
			}
			tr.Text = tr.Text[:cut]
			it.Turns = append(it.Turns, tr)
			break
		}
		out[i] = it
	}
	return out
}

// BenchmarkEnrichBatch enriches batches of benchBatchRows interactions of
// tweet (~200 B), chat (~1.5 KB) and call (~8 KB) size with one Engine (one
// core). Bytes are the batch's turn text.
func BenchmarkEnrichBatch(b *testing.B) {
	for _, bs := range benchSizes {
		b.Run(bs.name, func(b *testing.B) {
			in := benchBatch(bs.name, benchBatchRows)
			e := newTestEngine(b)
			var c Columns
			e.EnrichBatch(in, &c)
			b.SetBytes(int64(batchBytes(in)))
			b.ReportAllocs()
			for b.Loop() {
				e.EnrichBatch(in, &c)
			}
		})
	}
}

// BenchmarkGovader scores the same batches with govader, the way a user of
// it would: one PolarityScores call per interaction on its turns joined by
// newlines (the join is done before the timer; only scoring is measured).
// Bytes are the turn text, as in BenchmarkEnrichBatch, so MB/s compare
// directly.
func BenchmarkGovader(b *testing.B) {
	sia := govader.NewSentimentIntensityAnalyzer()
	for _, bs := range benchSizes {
		b.Run(bs.name, func(b *testing.B) {
			in := benchBatch(bs.name, benchBatchRows)
			docs := make([]string, len(in))
			for i := range in {
				var sb strings.Builder
				for k, t := range in[i].Turns {
					if k > 0 {
						sb.WriteByte('\n')
					}
					sb.WriteString(t.Text)
				}
				docs[i] = sb.String()
			}
			b.SetBytes(int64(batchBytes(in)))
			b.ReportAllocs()
			var sink float64
			for b.Loop() {
				for _, d := range docs {
					sink += sia.PolarityScores(d).Compound
				}
			}
			_ = sink
		})
	}
}

// BenchmarkStages splits the per-turn work on the chat batch into its stages,
// each run over every turn of the batch, so that the time of
// BenchmarkEnrichBatch/chat can be attributed. Bytes are the batch's turn
// text in every stage, so 1/(MB/s) of the stages add up to roughly that of
// the whole (which also runs the detectors and builds the columns).
//
//   - pii: redact's scan over the original text, the spoken scan only on
//     the turns mayHoldSpoken lets through (as the engine runs it);
//     pii-full: with the spoken scan on every turn (findPII);
//   - normalise: lowercase + tokenise + word lookups into the engine's buffers;
//   - match: the phrase matcher over the normalised text (prepared once),
//     turn by turn; match-grouped: over each interaction's turns at once,
//     as EnrichBatch runs it;
//   - normalise+match+score: the scorer needs the first two stages' state,
//     so it is timed with them: its own share is this minus the two above;
//   - fingerprint: the stock-reply hash of the agent turns.
func BenchmarkStages(b *testing.B) {
	in := benchBatch("chat", benchBatchRows)
	e := newTestEngine(b)
	var turns, agentTurns []string
	var bufs [][]byte // normalised turns, for the matcher alone
	var spoken []bool // mayHoldSpoken per turn
	for i := range in {
		for _, t := range in[i].Turns {
			turns = append(turns, t.Text)
			if t.Speaker == transcript.SpeakerAgent {
				agentTurns = append(agentTurns, t.Text)
			}
			e.normalise(t.Text)
			bufs = append(bufs, append([]byte(nil), e.buf...))
			spoken = append(spoken, mayHoldSpoken(e.toks))
		}
	}
	size := int64(batchBytes(in))
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				f()
			}
		})
	}
	run("pii", func() {
		for i, t := range turns {
			e.spans = scanPII(e.spans[:0], t, spoken[i])
		}
	})
	run("pii-full", func() {
		for _, t := range turns {
			e.spans = findPII(e.spans[:0], t)
		}
	})
	run("normalise", func() {
		for _, t := range turns {
			e.normalise(t)
		}
	})
	run("match", func() {
		for _, buf := range bufs {
			e.hits = e.m.AppendMatches(e.hits[:0], buf)
		}
	})
	// What EnrichBatch runs: one matcher pass over each interaction's
	// turns, '\n'-separated (turns.go).
	var groups [][]byte
	k := 0
	for i := range in {
		var g []byte
		for range in[i].Turns {
			g = append(append(g, bufs[k]...), '\n')
			k++
		}
		groups = append(groups, g)
	}
	var sc matchScratch
	run("match-grouped", func() {
		for _, g := range groups {
			e.hits = e.m.appendMatchesWide(e.hits[:0], g, &sc)
		}
	})
	var sink float64
	run("normalise+match+score", func() {
		for _, t := range turns {
			e.normalise(t)
			e.hits = e.m.AppendMatches(e.hits[:0], e.buf)
			v, s := e.scoreTurn()
			sink += v + s
		}
	})
	run("fingerprint", func() {
		e.fp.reset()
		for _, t := range agentTurns {
			e.fp.feed(t)
		}
	})
	_ = sink
}
