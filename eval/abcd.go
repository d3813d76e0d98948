package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

// ABCDSample is the ABCD sample's path under the shared data folder.
const ABCDSample = "abcd/abcd_sample.json"

// abcdConvo is the part of an ABCD conversation the evaluation reads.
type abcdConvo struct {
	ConvoID  int         `json:"convo_id"`
	Scenario abcdScene   `json:"scenario"`
	Original [][2]string `json:"original"` // [speaker, text]; speaker customer, agent or action
	Delexed  []struct {
		Speaker string            `json:"speaker"`
		Targets []json.RawMessage `json:"targets"` // [subflow, "take_action", action, [values], ...] on action turns
	} `json:"delexed"`
}

type abcdScene struct {
	Personal struct {
		Email string `json:"email"`
		Phone string `json:"phone"`
	} `json:"personal"`
}

// abcdAction is one agent action: its name and slot values.
type abcdAction struct {
	name   string
	values []string
}

func (c *abcdConvo) actions() []abcdAction {
	var out []abcdAction
	for _, d := range c.Delexed {
		if d.Speaker != "action" || len(d.Targets) < 4 {
			continue
		}
		var a abcdAction
		if json.Unmarshal(d.Targets[2], &a.name) != nil {
			continue
		}
		_ = json.Unmarshal(d.Targets[3], &a.values) // values are optional
		out = append(out, a)
	}
	return out
}

// expected derives the labels from the agent's recorded actions, as the
// ABCD ontology defines them: notify-team with the manager is an
// escalation, notify-team with another team a handoff, offer-refund a
// promise. PII is expected when the customer's own e-mail address or phone
// number (from the scenario) appears in the text. Nothing else is labelled.
func (c *abcdConvo) expected() Verdict {
	v := Verdict{Flags: map[string]bool{Escalation: false, Handoff: false, Promise: false, PII: false}}
	for _, a := range c.actions() {
		switch a.name {
		case "notify-team":
			for _, team := range a.values {
				if strings.EqualFold(team, "manager") {
					v.Flags[Escalation] = true
				} else {
					v.Flags[Handoff] = true
				}
			}
		case "offer-refund":
			v.Flags[Promise] = true
		}
	}
	p := c.Scenario.Personal
	for _, t := range c.Original {
		if t[0] == "action" {
			continue
		}
		if (p.Email != "" && strings.Contains(t[1], p.Email)) || (p.Phone != "" && strings.Contains(t[1], p.Phone)) {
			v.Flags[PII] = true
		}
	}
	return v
}

// interaction is the conversation's customer and agent turns (the action
// rows are the labels, and would give them away).
func (c *abcdConvo) interaction() transcript.Interaction {
	in := transcript.Interaction{ID: "abcd-" + strconv.Itoa(c.ConvoID), Channel: transcript.ChannelChat, StartedAt: itemStart}
	for _, t := range c.Original {
		sp := transcript.Speaker(t[0])
		if sp != transcript.SpeakerCustomer && sp != transcript.SpeakerAgent {
			continue
		}
		in.Turns = append(in.Turns, transcript.Turn{Speaker: sp, Text: t[1], TS: itemStart})
	}
	return in
}

// ABCD scores the handoff, escalation, promise and PII detectors on the
// ABCD sample conversations at path.
func ABCD(path string, cfg enrich.Config) (*Set, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var convos []abcdConvo
	if err := json.Unmarshal(b, &convos); err != nil {
		return nil, fmt.Errorf("cannot decode %s: %w", path, err)
	}
	e, err := enrich.New(cfg)
	if err != nil {
		return nil, err
	}
	ins := make([]transcript.Interaction, len(convos))
	for i := range convos {
		ins[i] = convos[i].interaction()
	}
	sc := newScorer(false)
	enrichAll(e, cfg, ins, func(i int, got Verdict) {
		sc.add(ins[i].ID, convos[i].expected(), got, "")
	})
	s := sc.set()
	s.Notes = append(s.Notes, fmt.Sprintf("only %d conversations: support is tiny, read these figures as a hand check, not a measurement", len(convos)))
	return s, nil
}
