package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/jonreiter/govader"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

// The satisfaction set is the User Satisfaction Simulation data
// (../shared/data/user-satisfaction-simulation/*.txt): task dialogues from
// SGD, MultiWOZ, ReDial and CCPE in which annotators rated the user's
// satisfaction, 1 to 5, after each user turn. Each file is tab-separated
// lines "ROLE<TAB>text<TAB>action<TAB>sat" with ROLE USER or SYSTEM, sat a
// comma-separated list of the annotators' ratings on USER lines (3 to 7 of
// them, empty on SYSTEM lines), and a blank line between dialogues. A
// dialogue ends with a "USER<TAB>OVERALL" line carrying the ratings of the
// whole dialogue. A file without ratings (ReDial-action.txt) is skipped.
//
// Each dialogue is enriched as one chat interaction (USER = customer,
// SYSTEM = agent). The question is whether our per-turn customer sentiment
// (Columns.TurnSentiment, with the support layer) ranks the user turns as
// the annotators' mean satisfaction does: Spearman's rank correlation, per
// file and over all files, next to govader's compound score of the same
// turns. The same is reported per dialogue: the mean customer sentiment
// (Columns.SentimentCustomer) against the mean OVERALL rating.
//
// The ratings are mostly 3 ("neutral": 117k of 160k ratings), task
// dialogues are polite, and the users are crowd workers role-playing, so
// expect weak correlations; the point is the sign and the comparison with
// govader.

// SatisfactionCorrelation is one file's (or all files') figures.
type SatisfactionCorrelation struct {
	Name      string `json:"name"`
	Dialogues int    `json:"dialogues"`
	Turns     int    `json:"turns"` // rated user turns

	// Per user turn: turn sentiment vs mean rating of the turn.
	Spearman        float64 `json:"spearman"`
	GovaderSpearman float64 `json:"govader_spearman"`

	// Per dialogue: mean customer sentiment vs mean OVERALL rating
	// (dialogues with an OVERALL line and at least one user turn).
	DialogueSpearman        float64 `json:"dialogue_spearman"`
	GovaderDialogueSpearman float64 `json:"govader_dialogue_spearman"`
}

// SatisfactionResult is the satisfaction set's figures: one entry per
// rated file (sorted by name) and the pooled figures.
type SatisfactionResult struct {
	Files   []SatisfactionCorrelation `json:"files"`
	Overall SatisfactionCorrelation   `json:"overall"`
}

// satDialogue is one dialogue as read from a file.
type satDialogue struct {
	turns   []transcript.Turn
	rating  []float64 // per turn: the mean rating of a rated user turn, else -1
	overall float64   // mean OVERALL rating, -1 when absent
}

// satSeries collects the paired values one correlation needs.
type satSeries struct {
	ours, gov, want    []float64
	dOurs, dGov, dWant []float64
	dialogues          int
}

func (s *satSeries) correlation(name string) SatisfactionCorrelation {
	return SatisfactionCorrelation{
		Name:                    name,
		Dialogues:               s.dialogues,
		Turns:                   len(s.want),
		Spearman:                finite(Spearman(s.ours, s.want)),
		GovaderSpearman:         finite(Spearman(s.gov, s.want)),
		DialogueSpearman:        finite(Spearman(s.dOurs, s.dWant)),
		GovaderDialogueSpearman: finite(Spearman(s.dGov, s.dWant)),
	}
}

// finite maps NaN (a constant series) to 0, so the result stays valid JSON.
func finite(x float64) float64 {
	if x != x {
		return 0
	}
	return x
}

// Satisfaction scores every rated user turn of the *.txt files in dir with
// an Engine built from cfg and with govader, and returns the rank
// correlations with the annotated satisfaction.
func Satisfaction(dir string, cfg enrich.Config) (SatisfactionResult, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return SatisfactionResult{}, err
	}
	if len(paths) == 0 {
		return SatisfactionResult{}, fmt.Errorf("%s: no *.txt files: %w", dir, os.ErrNotExist)
	}
	sort.Strings(paths)
	eng, err := enrich.New(cfg)
	if err != nil {
		return SatisfactionResult{}, err
	}
	sia := govader.NewSentimentIntensityAnalyzer()

	var res SatisfactionResult
	var all satSeries
	for _, path := range paths {
		dialogues, err := readSatisfaction(path)
		if err != nil {
			return SatisfactionResult{}, err
		}
		var s satSeries
		scoreSatisfaction(eng, sia, dialogues, &s)
		if len(s.want) < 2 {
			continue // no ratings in this file
		}
		res.Files = append(res.Files, s.correlation(strings.TrimSuffix(filepath.Base(path), ".txt")))
		all.ours = append(all.ours, s.ours...)
		all.gov = append(all.gov, s.gov...)
		all.want = append(all.want, s.want...)
		all.dOurs = append(all.dOurs, s.dOurs...)
		all.dGov = append(all.dGov, s.dGov...)
		all.dWant = append(all.dWant, s.dWant...)
		all.dialogues += s.dialogues
	}
	if len(res.Files) == 0 {
		return SatisfactionResult{}, fmt.Errorf("%s: no rated user turns", dir)
	}
	res.Overall = all.correlation("all")
	return res, nil
}

// scoreSatisfaction enriches the dialogues in batches and appends the
// rated turns' scores to s.
func scoreSatisfaction(eng *enrich.Engine, sia *govader.SentimentIntensityAnalyzer, dialogues []satDialogue, s *satSeries) {
	const batch = 256
	var out enrich.Columns
	in := make([]transcript.Interaction, 0, batch)
	for lo := 0; lo < len(dialogues); lo += batch {
		hi := min(lo+batch, len(dialogues))
		in = in[:0]
		for i := lo; i < hi; i++ {
			in = append(in, transcript.Interaction{
				ID:      strconv.Itoa(i),
				Channel: transcript.ChannelChat,
				Turns:   dialogues[i].turns,
			})
		}
		eng.EnrichBatch(in, &out)
		// TurnSentiment is flat, aligned with the turns of the batch in order.
		k := 0
		for i := lo; i < hi; i++ {
			d := &dialogues[i]
			var gSum float64
			var nCust int
			for j, t := range d.turns {
				score := float64(out.TurnSentiment[k])
				k++
				if t.Speaker != transcript.SpeakerCustomer {
					continue
				}
				g := sia.PolarityScores(t.Text).Compound
				gSum += g
				nCust++
				if d.rating[j] >= 0 {
					s.ours = append(s.ours, score)
					s.gov = append(s.gov, g)
					s.want = append(s.want, d.rating[j])
				}
			}
			if d.overall >= 0 && nCust > 0 {
				s.dOurs = append(s.dOurs, float64(out.SentimentCustomer[i-lo]))
				s.dGov = append(s.dGov, gSum/float64(nCust))
				s.dWant = append(s.dWant, d.overall)
			}
			s.dialogues++
		}
	}
}

// readSatisfaction reads one file's dialogues.
func readSatisfaction(path string) ([]satDialogue, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ds []satDialogue
	cur := satDialogue{overall: -1}
	flush := func() {
		if len(cur.turns) > 0 || cur.overall >= 0 {
			ds = append(ds, cur)
		}
		cur = satDialogue{overall: -1}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("%s:%d: want ROLE<TAB>text[<TAB>action<TAB>ratings], got %q", path, line, text)
		}
		role, utt := fields[0], fields[1]
		rating := -1.0
		if len(fields) >= 4 {
			r, err := meanRating(fields[3])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			rating = r
		}
		switch role {
		case "USER":
			if utt == "OVERALL" {
				cur.overall = rating
				continue
			}
			cur.turns = append(cur.turns, transcript.Turn{Speaker: transcript.SpeakerCustomer, Text: utt})
		case "SYSTEM":
			cur.turns = append(cur.turns, transcript.Turn{Speaker: transcript.SpeakerAgent, Text: utt})
			rating = -1
		default:
			return nil, fmt.Errorf("%s:%d: unknown role %q", path, line, role)
		}
		cur.rating = append(cur.rating, rating)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	flush()
	return ds, nil
}

// meanRating is the mean of a comma-separated list of ratings; -1 when
// the list is empty.
func meanRating(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return -1, nil
	}
	var sum float64
	var n int
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 1 || v > 5 {
			return 0, fmt.Errorf("rating %q: want integers 1..5", s)
		}
		sum += float64(v)
		n++
	}
	if n == 0 {
		return -1, nil
	}
	return sum / float64(n), nil
}
