package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// header is the column names of s's detector table.
func (s *Set) header() []string {
	head := []string{"detector", "precision", "recall", "F1", "support"}
	if s.split() {
		head = append(head, "F1 tune", "F1 holdout")
	}
	return head
}

// WriteText writes one aligned table per set: detector, precision, recall,
// F1, support (and the held-out F1 on a split set), then the sentiment
// figures, other figures and notes.
func (r *Report) WriteText(w io.Writer) error {
	for i, name := range r.names() {
		s := r.Sets[name]
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "== %s (%d items) ==\n", name, s.Items)
		if len(s.Metrics) > 0 {
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(tw, strings.Join(s.header(), "\t")+"\t")
			for _, row := range s.rows() {
				fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
			}
			if err := tw.Flush(); err != nil {
				return err
			}
		}
		for _, line := range s.summary() {
			fmt.Fprintln(w, line)
		}
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintln(w)
		for _, sk := range r.Skipped {
			fmt.Fprintf(w, "skipped %s\n", sk)
		}
	}
	return nil
}

// WriteMarkdown writes the same tables as Markdown, for docs/evaluation.md.
func (r *Report) WriteMarkdown(w io.Writer) error {
	for i, name := range r.names() {
		s := r.Sets[name]
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "### %s (%d items)\n", name, s.Items)
		if len(s.Metrics) > 0 {
			head := s.header()
			fmt.Fprintf(w, "\n| %s |\n", strings.Join(head, " | "))
			fmt.Fprintf(w, "|%s\n", strings.Repeat("---|", len(head)))
			for _, row := range s.rows() {
				fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
			}
		}
		if lines := s.summary(); len(lines) > 0 {
			fmt.Fprintln(w)
			for _, line := range lines {
				fmt.Fprintf(w, "- %s\n", line)
			}
		}
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintln(w)
		for _, sk := range r.Skipped {
			fmt.Fprintf(w, "- skipped %s\n", sk)
		}
	}
	return nil
}

func (s *Set) split() bool {
	for _, m := range s.Metrics {
		return m.Holdout != nil
	}
	return false
}

func f3(v float64) string { return fmt.Sprintf("%.3f", v) }

// rows returns the metric table's cells.
func (s *Set) rows() [][]string {
	var out [][]string
	for _, n := range s.MetricNames() {
		m := s.Metrics[n]
		row := []string{n, f3(m.Precision), f3(m.Recall), f3(m.F1), fmt.Sprint(m.Support)}
		if m.Tune != nil && m.Holdout != nil {
			row = append(row, f3(m.Tune.F1), f3(m.Holdout.F1))
		}
		out = append(out, row)
	}
	return out
}

// summary returns the lines under the table: sentiment, extra figures, notes.
func (s *Set) summary() []string {
	var out []string
	if sm := s.Sentiment; sm != nil {
		line := fmt.Sprintf("sentiment: accuracy %s, macro-F1 %s", f3(sm.Accuracy), f3(sm.MacroF1))
		if sm.GovaderAccuracy != 0 || sm.GovaderMacroF1 != 0 {
			line += fmt.Sprintf(" (govader %s, %s)", f3(sm.GovaderAccuracy), f3(sm.GovaderMacroF1))
		}
		line += fmt.Sprintf(", support %d", sm.Support)
		out = append(out, line)
		for _, h := range []struct {
			name string
			m    *SentimentMetrics
		}{{"tune", sm.Tune}, {"holdout", sm.Holdout}} {
			if h.m != nil {
				out = append(out, fmt.Sprintf("sentiment (%s half): accuracy %s, macro-F1 %s (govader %s, %s), support %d",
					h.name, f3(h.m.Accuracy), f3(h.m.MacroF1), f3(h.m.GovaderAccuracy), f3(h.m.GovaderMacroF1), h.m.Support))
			}
		}
	}
	// Scalars from Extra are shown; structured ones (confusion matrices,
	// per-file tables) are in --json, and the set's notes say them in words.
	keys := make([]string, 0, len(s.Extra))
	for k := range s.Extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch x := s.Extra[k].(type) {
		case float64:
			out = append(out, fmt.Sprintf("%s: %s", k, f3(x)))
		case float32:
			out = append(out, fmt.Sprintf("%s: %s", k, f3(float64(x))))
		case fmt.Stringer:
			out = append(out, fmt.Sprintf("%s: %s", k, x.String()))
		}
	}
	for _, n := range s.Notes {
		out = append(out, "note: "+n)
	}
	return out
}
