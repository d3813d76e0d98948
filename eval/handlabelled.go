package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/jonreiter/govader"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

// DefaultHandLabelled is the hand-labelled set, relative to the module root.
const DefaultHandLabelled = "testdata/handlabelled.jsonl"

// DefaultHandLabelled2 is the second hand-labelled set, written blind
// after the detectors were tuned on the first; held out through round 2,
// tuned on from round 3.
const DefaultHandLabelled2 = "testdata/handlabelled-2.jsonl"

// DefaultHandLabelled4 is the fourth hand-labelled set, written blind as
// tuning data for round 4, after the third (the test set) was written.
const DefaultHandLabelled4 = "testdata/handlabelled-4.jsonl"

// DefaultHandLabelledFresh is the third hand-labelled set, written blind
// while the detectors were tuned on the first two, and never tuned on.
const DefaultHandLabelledFresh = "testdata/handlabelled-3.jsonl"

// Item is one hand-labelled utterance or short exchange (one line of
// testdata/handlabelled.jsonl).
type Item struct {
	ID              string             `json:"id"`
	Channel         transcript.Channel `json:"channel"`
	Org             string             `json:"org"`
	Turns           []ItemTurn         `json:"turns"`
	Labels          map[string]any     `json:"labels"`
	PromiseKinds    []string           `json:"promise_kinds"`
	EscalationKinds []string           `json:"escalation_kinds"`
	Note            string             `json:"note"`
}

// ItemTurn is one turn of an Item.
type ItemTurn struct {
	Speaker transcript.Speaker `json:"speaker"`
	Text    string             `json:"text"`
}

// itemStart is the time every hand-labelled item starts at: a fixed
// Friday morning, so relative due times ("by Friday") resolve the same way
// on every run.
var itemStart = time.Date(2026, 11, 6, 9, 0, 0, 0, time.UTC)

// Interaction returns the item as an interaction in the wire format's
// types, turns a second apart.
func (it *Item) Interaction() transcript.Interaction {
	in := transcript.Interaction{ID: it.ID, Channel: it.Channel, Org: it.Org, StartedAt: itemStart}
	for i, t := range it.Turns {
		in.Turns = append(in.Turns, transcript.Turn{Speaker: t.Speaker, Text: t.Text, TS: itemStart.Add(time.Duration(i) * time.Second)})
	}
	return in
}

// Expected returns the item's labels as a Verdict.
func (it *Item) Expected() Verdict {
	v := Verdict{Flags: make(map[string]bool, len(Detectors)), Kinds: map[string][]string{
		Promise:    it.PromiseKinds,
		Escalation: it.EscalationKinds,
	}}
	for _, d := range Detectors {
		v.Flags[d], _ = it.Labels[d].(bool)
	}
	v.Sentiment, _ = it.Labels[Sentiment].(string)
	return v
}

// LoadHandLabelled reads and validates a hand-labelled set. Every line is
// checked; the error lists every bad line as "file:line: what is wrong".
func LoadHandLabelled(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the hand-labelled set: %w", err)
	}
	defer f.Close()
	var (
		items []Item
		errs  []error
		ids   = make(map[string]int)
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		it, err := parseItem(b)
		if err == nil {
			if prev, dup := ids[it.ID]; dup {
				err = fmt.Errorf("id %q is also on line %d", it.ID, prev)
			} else {
				ids[it.ID] = line
			}
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", path, line, err))
			if len(errs) == 20 {
				errs = append(errs, errors.New("(stopped after 20 bad lines)"))
				break
			}
			continue
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", path, err))
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("invalid hand-labelled set:\n%w", errors.Join(errs...))
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("%s: no items", path)
	}
	return items, nil
}

var (
	promiseKindSet    = []string{"callback", "visit", "refund", "replacement", "follow_up"}
	escalationKindSet = []string{"supervisor", "complaint", "public", "legal", "cancel"}
)

// parseItem decodes and validates one line.
func parseItem(b []byte) (Item, error) {
	var it Item
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields() // a misspelt key would otherwise be silently ignored
	if err := dec.Decode(&it); err != nil {
		return it, fmt.Errorf("not a valid item: %v", err)
	}
	if dec.More() {
		return it, errors.New("more than one JSON value on the line")
	}
	switch {
	case it.ID == "":
		return it, errors.New(`"id" is missing or empty`)
	case !it.Channel.Valid():
		return it, fmt.Errorf(`item %s: "channel" is %q, want voice, chat or social`, it.ID, it.Channel)
	case len(it.Turns) == 0:
		return it, fmt.Errorf(`item %s: "turns" is empty`, it.ID)
	case it.Labels == nil:
		return it, fmt.Errorf(`item %s: "labels" is missing`, it.ID)
	}
	for i, t := range it.Turns {
		if !t.Speaker.Valid() {
			return it, fmt.Errorf("item %s: turns[%d].speaker is %q, want customer, agent or system", it.ID, i, t.Speaker)
		}
		if t.Text == "" {
			return it, fmt.Errorf("item %s: turns[%d].text is empty", it.ID, i)
		}
	}
	for _, d := range Detectors {
		v, ok := it.Labels[d]
		if !ok {
			return it, fmt.Errorf("item %s: labels.%s is missing (every label key must be present)", it.ID, d)
		}
		if _, ok := v.(bool); !ok {
			return it, fmt.Errorf("item %s: labels.%s is %v, want true or false", it.ID, d, v)
		}
	}
	s, ok := it.Labels[Sentiment].(string)
	if !ok || ClassIndex(s) < 0 {
		return it, fmt.Errorf("item %s: labels.sentiment is %v, want negative, neutral or positive", it.ID, it.Labels[Sentiment])
	}
	if len(it.Labels) != len(Detectors)+1 {
		for k := range it.Labels {
			if k != Sentiment && !slices.Contains(Detectors, k) {
				return it, fmt.Errorf("item %s: labels.%s is not a label", it.ID, k)
			}
		}
	}
	if it.Labels[PolicyWall] == true && it.Labels[DeadEnd] != true {
		return it, fmt.Errorf("item %s: policy_wall is true but dead_end is false (every policy wall is a dead end)", it.ID)
	}
	if err := checkKinds(it.ID, "promise_kinds", it.PromiseKinds, promiseKindSet, it.Labels[Promise] == true); err != nil {
		return it, err
	}
	if err := checkKinds(it.ID, "escalation_kinds", it.EscalationKinds, escalationKindSet, it.Labels[Escalation] == true); err != nil {
		return it, err
	}
	return it, nil
}

func checkKinds(id, field string, kinds, allowed []string, labelled bool) error {
	if !labelled && len(kinds) > 0 {
		return fmt.Errorf("item %s: %s is %v but its label is false", id, field, kinds)
	}
	for _, k := range kinds {
		if !slices.Contains(allowed, k) {
			return fmt.Errorf("item %s: %s has %q, want some of %v", id, field, k, allowed)
		}
	}
	return nil
}

// HandLabelled scores the detectors and sentiment (ours and govader's) on
// the first set's items, on the whole set and on each half of the id-hash
// split (Half).
func HandLabelled(items []Item, cfg enrich.Config) (*Set, error) {
	return handLabelledNoted(items, cfg, true, "tune/holdout: the items split in two by a hash of their id")
}

// HandLabelled2 scores the second set. It was written blind and held out
// as a whole through round 2; round 3 tuned on all of it, so it has no
// halves.
func HandLabelled2(items []Item, cfg enrich.Config) (*Set, error) {
	return handLabelledNoted(items, cfg, false, "held out through round 2, tuned on from round 3")
}

// HandLabelled4 scores the fourth set, tuning data from round 4 on.
func HandLabelled4(items []Item, cfg enrich.Config) (*Set, error) {
	return handLabelledNoted(items, cfg, false, "written blind as tuning data for round 4")
}

// HandLabelledFresh scores the newest set: written blind (by someone who
// saw neither the rules, the generator nor the other sets) and never
// tuned on, so all of it is held out.
func HandLabelledFresh(items []Item, cfg enrich.Config) (*Set, error) {
	return handLabelledNoted(items, cfg, false, "written blind and never tuned on: the whole set is held out")
}

// handLabelledNoted scores items and says what the set is in its notes.
func handLabelledNoted(items []Item, cfg enrich.Config, split bool, note string) (*Set, error) {
	s, err := handLabelled(items, cfg, split)
	if err != nil {
		return nil, err
	}
	s.Notes = append(s.Notes, fmt.Sprintf("%s (%d items)", note, len(items)))
	return s, nil
}

func handLabelled(items []Item, cfg enrich.Config, split bool) (*Set, error) {
	e, err := enrich.New(cfg)
	if err != nil {
		return nil, err
	}
	ins := make([]transcript.Interaction, len(items))
	for i := range items {
		ins[i] = items[i].Interaction()
	}
	sia := govader.NewSentimentIntensityAnalyzer()
	sc := newScorer(split)
	enrichAll(e, cfg, ins, func(i int, got Verdict) {
		it := &items[i]
		want := it.Expected()
		if want.Flags[Promise] && len(want.Kinds[Promise]) == 0 {
			delete(want.Kinds, Promise) // a promise labelled without kinds: its kinds are not scored
		}
		if want.Flags[Escalation] && len(want.Kinds[Escalation]) == 0 {
			delete(want.Kinds, Escalation)
		}
		sc.add(it.ID, want, got, govaderClass(sia, &ins[i]))
	})
	return sc.set(), nil
}
