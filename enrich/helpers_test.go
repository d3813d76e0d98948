package enrich

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/runaroundhq/runaround/transcript"
)

func newTestEngine(tb testing.TB) *Engine {
	tb.Helper()
	e, err := New(DefaultConfig())
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

func cust(text string) transcript.Turn {
	return transcript.Turn{Speaker: transcript.SpeakerCustomer, Text: text}
}
func agent(text string) transcript.Turn {
	return transcript.Turn{Speaker: transcript.SpeakerAgent, Text: text}
}
func system(text string) transcript.Turn {
	return transcript.Turn{Speaker: transcript.SpeakerSystem, Text: text}
}

// enrichTurns enriches one interaction made of turns.
func enrichTurns(tb testing.TB, e *Engine, turns ...transcript.Turn) *Columns {
	tb.Helper()
	in := []transcript.Interaction{{ID: "x", Channel: transcript.ChannelChat, Turns: turns}}
	var c Columns
	e.EnrichBatch(in, &c)
	return &c
}

// Synthetic traffic for the allocation test and the benchmarks: realistic
// support sentences, with PII, handoffs, promises and escalations mixed in.
var (
	custLines = []string{
		"Hi, my laptop stopped working again and I've been on hold for an hour.",
		"As I already explained, this is the third time I'm calling about the same problem!",
		"You promised a technician would visit on Monday but nobody called.",
		"My card is 4111 1111 1111 1111 and my email is jane.doe@example.com, please check.",
		"Order 1234 5678 9012 3456 still hasn't arrived, it's really frustrating.",
		"Call me on +44 7700 900123 or (415) 555-0134 if that's easier.",
		"I don't need a manager, I just want it fixed.",
		"If this isn't sorted I'll post this on Twitter and speak to my lawyer.",
		"Thanks, that's great, you've been really helpful!",
		"Why do I have to repeat myself? This is ridiculous.",
		"OK, I'll wait for the replacement then.",
		"I want to cancel my contract and take my business elsewhere.",
	}
	agentLines = []string{
		"Thanks for reaching out, I'm sorry to hear about this.",
		"Let me transfer you to the warranty team, they'll sort it out.",
		"I'm afraid that's handled by a separate company, you'll need to call the manufacturer.",
		"I'll call you back tomorrow and email you the reference number.",
		"There's nothing more I can do, I'm afraid, you've used your quota of visits.",
		"I can arrange a refund or send you a new unit, whichever you prefer.",
		"Could you confirm your postcode and the last four digits of the card?",
		"We apologise for any inconvenience. Please DM us your order number. ^JS",
		"No problem, I've noted that on the case, ref 48213.",
		"I'm not going to transfer you again, I'll handle it myself.",
	}
	systemLines = []string{
		"[transfer to billing]",
		"[transfer to warranty team]",
		"queue changed from billing to tech support",
		"[hold started]",
	}
)

// syntheticBatch builds n interactions of about size bytes of text each.
func syntheticBatch(n, size int) []transcript.Interaction {
	in := make([]transcript.Interaction, n)
	seed := uint32(12345)
	next := func(k int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % k
	}
	t0 := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := range in {
		it := &in[i]
		it.ID = fmt.Sprintf("int-%d", i)
		it.Channel = transcript.ChannelChat
		it.StartedAt = t0
		bytes := 0
		for k := 0; bytes < size; k++ {
			var tr transcript.Turn
			switch {
			case k%2 == 0:
				tr = cust(custLines[next(len(custLines))])
			case next(8) == 0:
				tr = system(systemLines[next(len(systemLines))])
			default:
				tr = agent(agentLines[next(len(agentLines))])
			}
			tr.TS = t0.Add(time.Duration(k) * time.Second)
			bytes += len(tr.Text)
			it.Turns = append(it.Turns, tr)
		}
	}
	return in
}

func batchBytes(in []transcript.Interaction) int {
	n := 0
	for i := range in {
		n += in[i].TextBytes()
	}
	return n
}

func joinRow(l *StringList, i int) string { return strings.Join(l.Row(i), "|") }
