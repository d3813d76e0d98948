package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

func newEnrichCmd() *cobra.Command {
	var text bool
	c := &cobra.Command{
		Use:   "enrich [FILE|-]",
		Short: "Enrich interactions offline and print every enrichment field as JSON lines",
		Long: "Read interactions in the wire format (one JSON object per line) from FILE or stdin and\n" +
			"write one JSON object per interaction: its id and every enrichment field (redacted turns with\n" +
			"their sentiment, sentiment scores, handoffs, flags, promises and their due time, escalations,\n" +
			"stock-reply fingerprint, topics, PII kinds), named as the ClickHouse columns are.\n" +
			"With --text every non-empty line is one customer message instead.\n" +
			"A malformed line is reported on stderr with its line number and skipped; the exit code is 1\n" +
			"when any line was malformed.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, _, err := setup(cmd)
			if err != nil {
				return err
			}
			e, err := enrich.New(cfg.Enrich)
			if err != nil {
				return err
			}
			namer, err := cfg.Orgs.NewNamer()
			if err != nil {
				return err
			}
			in := cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				in = f
			}
			r := &enrichRun{
				e:     e,
				namer: namer,
				ctx:   cmd.Context(),
				text:  text,
				out:   bufio.NewWriterSize(cmd.OutOrStdout(), 64<<10),
				errw:  cmd.ErrOrStderr(),
				now:   time.Now().UTC().Truncate(time.Second),
			}
			return r.run(bufio.NewReaderSize(in, 64<<10))
		},
	}
	c.Flags().BoolVar(&text, "text", false, "read plain text: each non-empty line is a one-turn customer message (id line-N, channel chat, started now)")
	return c
}

// enrichRun is one `runaround enrich`: lines in, JSON objects out.
type enrichRun struct {
	e     *enrich.Engine
	namer *enrich.OrgNamer // nil: orgs.enabled is false
	ctx   context.Context
	text  bool
	out   *bufio.Writer
	errw  io.Writer
	now   time.Time // started_at of --text messages

	batch []transcript.Interaction
	cols  enrich.Columns
	buf   bytes.Buffer
	enc   *json.Encoder
	bad   int
	lines int
}

const enrichBatch = 256

func (r *enrichRun) run(br *bufio.Reader) error {
	r.enc = json.NewEncoder(&r.buf)
	r.enc.SetEscapeHTML(false) // customer text is shown as typed: "<3", "A&B"
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			r.lines++
			r.read(line)
		}
		// Flush before a read would block, so a person typing into stdin
		// sees each answer at once; a file is still enriched in batches.
		if len(r.batch) >= enrichBatch || br.Buffered() == 0 || err != nil {
			if ferr := r.flush(); ferr != nil {
				return ferr
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
	}
	if r.bad > 0 {
		return fmt.Errorf("%d of %d lines were malformed (see above)", r.bad, r.lines)
	}
	return nil
}

// read decodes one input line into the batch, or reports it.
func (r *enrichRun) read(line []byte) {
	line = bytes.TrimRight(line, "\r\n")
	if len(bytes.TrimSpace(line)) == 0 {
		return
	}
	if r.text {
		if !utf8.Valid(line) {
			r.malformed(errors.New("text is not valid UTF-8"))
			return
		}
		r.batch = append(r.batch, transcript.Interaction{
			ID:        "line-" + strconv.Itoa(r.lines),
			Channel:   transcript.ChannelChat,
			StartedAt: r.now,
			Turns:     []transcript.Turn{{Speaker: transcript.SpeakerCustomer, TS: r.now, Text: string(line)}},
		})
		return
	}
	in, err := transcript.Decode(line, 0)
	if err != nil {
		r.malformed(err)
		return
	}
	r.batch = append(r.batch, in)
}

func (r *enrichRun) malformed(err error) {
	r.bad++
	fmt.Fprintf(r.errw, "line %d: %v (skipped)\n", r.lines, err)
}

// flush enriches the batch and writes one JSON object per interaction.
func (r *enrichRun) flush() error {
	if len(r.batch) > 0 {
		r.e.EnrichBatch(r.batch, &r.cols)
		if r.namer != nil {
			if err := r.namer.NameBatch(r.ctx, r.batch, &r.cols); err != nil {
				return err
			}
		}
		for i := range r.batch {
			if err := r.write(&r.batch[i], i); err != nil {
				return err
			}
		}
		clear(r.batch)
		r.batch = r.batch[:0]
	}
	return r.out.Flush()
}

// write writes row i as {"id": ..., <every enrichField>}.
func (r *enrichRun) write(in *transcript.Interaction, row int) error {
	r.out.WriteString(`{"id":`)
	if err := r.value(in.ID); err != nil {
		return err
	}
	for _, f := range enrichFields {
		r.out.WriteString(`,"`)
		r.out.WriteString(f.name)
		r.out.WriteString(`":`)
		if err := r.value(f.value(&r.cols, row)); err != nil {
			return fmt.Errorf("%s of %s: %w", f.name, in.ID, err)
		}
	}
	_, err := r.out.WriteString("}\n")
	return err
}

func (r *enrichRun) value(v any) error {
	r.buf.Reset()
	if err := r.enc.Encode(v); err != nil {
		return err
	}
	r.out.Write(bytes.TrimRight(r.buf.Bytes(), "\n"))
	return nil
}

// enrichField is one key of `runaround enrich`'s output and how to read it
// from the columns. Names are the ClickHouse column names. A new column
// needs one line here.
type enrichField struct {
	name  string
	value func(c *enrich.Columns, row int) any
}

var enrichFields = []enrichField{
	{"turns", turnsOf},
	{"sentiment", func(c *enrich.Columns, i int) any { return c.Sentiment[i] }},
	{"sentiment_vader", func(c *enrich.Columns, i int) any { return c.SentimentVader[i] }},
	{"sentiment_customer", func(c *enrich.Columns, i int) any { return c.SentimentCustomer[i] }},
	{"sentiment_agent", func(c *enrich.Columns, i int) any { return c.SentimentAgent[i] }},
	{"trajectory", func(c *enrich.Columns, i int) any { return c.Trajectory[i] }},
	{"complaint", func(c *enrich.Columns, i int) any { return c.Complaint[i] }},
	{"handoff_count", func(c *enrich.Columns, i int) any { return c.HandoffCount[i] }},
	{"handoff_warm", func(c *enrich.Columns, i int) any { return c.HandoffWarm[i] }},
	{"handoff_targets", func(c *enrich.Columns, i int) any { return list(&c.HandoffTargets, i) }},
	{"handoff_orgs", func(c *enrich.Columns, i int) any { return list(&c.HandoffOrgs, i) }},
	{"cross_company", func(c *enrich.Columns, i int) any { return c.CrossCompany[i] }},
	{"transfer_loop", func(c *enrich.Columns, i int) any { return c.TransferLoop[i] }},
	{"dead_end", func(c *enrich.Columns, i int) any { return c.DeadEnd[i] }},
	{"policy_wall", func(c *enrich.Columns, i int) any { return c.PolicyWall[i] }},
	{"repeated_claims", func(c *enrich.Columns, i int) any { return c.RepeatedClaims[i] }},
	{"promise_kinds", func(c *enrich.Columns, i int) any { return list(&c.PromiseKinds, i) }},
	{"promise_due_at", func(c *enrich.Columns, i int) any {
		if c.PromiseDueAt[i] == 0 {
			return nil // no promise states a time
		}
		return time.Unix(c.PromiseDueAt[i], 0).UTC().Format(time.RFC3339)
	}},
	{"broken_promise_claim", func(c *enrich.Columns, i int) any { return c.BrokenPromiseClaim[i] }},
	{"escalation_kinds", func(c *enrich.Columns, i int) any { return list(&c.EscalationKinds, i) }},
	{"escalation_level", func(c *enrich.Columns, i int) any { return c.EscalationLevel[i] }},
	{"public_threat", func(c *enrich.Columns, i int) any { return c.PublicThreat[i] }},
	{"stock_reply", func(c *enrich.Columns, i int) any { return c.StockReply[i] }},
	{"reply_fingerprint", func(c *enrich.Columns, i int) any {
		if c.ReplyFingerprint[i] == 0 {
			return nil // no agent text long enough to fingerprint
		}
		// A string: a 64-bit number does not survive JSON readers that
		// use doubles (jq, JavaScript).
		return strconv.FormatUint(c.ReplyFingerprint[i], 10)
	}},
	{"topic_products", func(c *enrich.Columns, i int) any { return list(&c.TopicProducts, i) }},
	{"topic_symptoms", func(c *enrich.Columns, i int) any { return list(&c.TopicSymptoms, i) }},
	{"pii_kinds", func(c *enrich.Columns, i int) any { return list(&c.PIIKinds, i) }},
}

// list returns row i of l, [] rather than null when empty.
func list(l *enrich.StringList, i int) []string {
	if v := l.Row(i); len(v) > 0 {
		return v
	}
	return []string{}
}

type outTurn struct {
	Speaker   string   `json:"speaker"`
	Text      string   `json:"text"`
	Sentiment *float32 `json:"sentiment,omitempty"`
}

// turnsOf returns row i's redacted turns with their sentiment (when the
// engine fills TurnSentiment, aligned with TurnTexts.Values).
func turnsOf(c *enrich.Columns, i int) any {
	lo, hi := c.TurnTexts.Offsets[i], c.TurnTexts.Offsets[i+1]
	speakers := c.TurnSpeakers.Row(i)
	out := make([]outTurn, 0, hi-lo)
	for k := lo; k < hi; k++ {
		t := outTurn{Text: c.TurnTexts.Values[k]}
		if j := int(k - lo); j < len(speakers) {
			t.Speaker = speakers[j]
		}
		if int(k) < len(c.TurnSentiment) && len(c.TurnSentiment) == len(c.TurnTexts.Values) {
			s := c.TurnSentiment[k]
			t.Sentiment = &s
		}
		out = append(out, t)
	}
	return out
}
