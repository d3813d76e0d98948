package eval

import (
	"context"
	"strings"

	"github.com/jonreiter/govader"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

// DefaultGenerated and DefaultSeed are the generated set's defaults: large
// enough for every kind to have support in the hundreds, one fixed sequence
// so the figures are reproducible.
const (
	DefaultGenerated = 20000
	DefaultSeed      = 1
)

// batchSize is how many interactions are enriched at once.
const batchSize = 256

// Progress is told how far a long stage has got; it may be nil.
type Progress func(stage string, done, total int)

func (p Progress) report(stage string, done, total int) {
	if p != nil {
		p(stage, done, total)
	}
}

// Generated scores the detectors on n interactions from the generator
// (seed), against the labels the generator planted. Sentiment is compared
// with govader's on the same customer turns when withGovader is set.
func Generated(ctx context.Context, n int, seed int64, cfg enrich.Config, withGovader bool, progress Progress) (*Set, error) {
	e, err := enrich.New(cfg)
	if err != nil {
		return nil, err
	}
	var sia *govader.SentimentIntensityAnalyzer
	if withGovader {
		sia = govader.NewSentimentIntensityAnalyzer()
	}
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: seed})
	sc := newScorer(false)
	batch := make([]transcript.Interaction, 0, batchSize)
	var cols enrich.Columns
	for done := 0; done < n; {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		batch = batch[:0]
		for range min(batchSize, n-done) {
			batch = append(batch, g.Next())
		}
		e.EnrichBatch(batch, &cols)
		for i := range batch {
			in := &batch[i]
			if in.Labels == nil {
				continue // the generator labels everything; be safe anyway
			}
			gov := ""
			if sia != nil {
				gov = govaderClass(sia, in)
			}
			sc.add(in.ID, Expected(in.Labels), Predict(&cols, i, cfg), gov)
		}
		done += len(batch)
		progress.report("generated", done, n)
	}
	s := sc.set()
	s.Notes = append(s.Notes, "labels are what the generator planted; policy_wall is not planted, so it is not scored here")
	return s, nil
}

// enrichAll enriches ins in batches and calls fn with each row's Verdict.
func enrichAll(e *enrich.Engine, cfg enrich.Config, ins []transcript.Interaction, fn func(i int, v Verdict)) {
	var cols enrich.Columns
	for lo := 0; lo < len(ins); lo += batchSize {
		hi := min(lo+batchSize, len(ins))
		e.EnrichBatch(ins[lo:hi], &cols)
		for i := lo; i < hi; i++ {
			fn(i, Predict(&cols, i-lo, cfg))
		}
	}
}

// govaderClass is govader's answer to the question our sentiment class
// answers: the mean compound score over the customer's turns (one
// PolarityScores call per turn, as our scorer averages per turn), through
// VADER's standard class thresholds (VaderClass), whatever ours are tuned
// to. Without customer text it is neutral.
func govaderClass(sia *govader.SentimentIntensityAnalyzer, in *transcript.Interaction) string {
	var sum float64
	var n int
	for _, t := range in.Turns {
		if t.Speaker != transcript.SpeakerCustomer || strings.TrimSpace(t.Text) == "" {
			continue
		}
		sum += sia.PolarityScores(t.Text).Compound
		n++
	}
	if n == 0 {
		return VaderClass(0)
	}
	return VaderClass(sum / float64(n))
}
