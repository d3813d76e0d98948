package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/runaroundhq/runaround/eval"
)

func newEvalCmd() *cobra.Command {
	var (
		asJSON, asMarkdown bool
		opts               = eval.DefaultOptions()
	)
	c := &cobra.Command{
		Use:   "eval",
		Short: "Measure the detectors and sentiment: precision, recall, F1 per detector on labelled sets",
		Long: "Score the enrichment against labelled data: the generator's planted ground truth, the\n" +
			"hand-labelled sets (testdata/handlabelled*.jsonl: the first with its tune/holdout halves, the\n" +
			"newest never tuned on) and, when --data holds them, real public data (ABCD actions, airline\n" +
			"tweets, user-satisfaction dialogues).\n" +
			"Prints one table per set; --json prints {\"sets\": {...}}, --markdown tables for docs/evaluation.md.\n" +
			"Run it from the repository root (the default paths are relative).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if asJSON && asMarkdown {
				return errors.New("--json and --markdown: choose one")
			}
			if opts.Generated < 0 {
				return fmt.Errorf("--generated is %d: want 0 (skip) or more", opts.Generated)
			}
			cfg, _, err := setup(cmd)
			if err != nil {
				return err
			}
			opts.Config = cfg.Enrich
			// A default path that is absent is skipped with a note (run
			// from elsewhere than the repository root); a path given on
			// the command line must exist.
			var notes []string
			noted := map[string]bool{}
			for _, h := range opts.HandSets() {
				flag := handFlag(h.Name)
				if cmd.Flags().Changed(flag) || *h.Path == "" {
					continue
				}
				if _, err := os.Stat(*h.Path); errors.Is(err, os.ErrNotExist) {
					notes = append(notes, fmt.Sprintf("%s: %s is absent (run from the repository root, or pass --%s)", h.Name, *h.Path, flag))
					noted[h.Name] = true
					*h.Path = ""
				}
			}
			opts.Progress = stageProgress(cmd.ErrOrStderr())
			r, err := eval.Run(cmd.Context(), opts)
			if err != nil {
				return err
			}
			for _, sk := range r.Skipped { // Run's "no file given" for a noted set repeats the note
				if !noted[sk[:max(0, strings.Index(sk, ":"))]] {
					notes = append(notes, sk)
				}
			}
			r.Skipped = notes
			out := cmd.OutOrStdout()
			switch {
			case asJSON:
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(&r)
			case asMarkdown:
				return r.WriteMarkdown(out)
			}
			return r.WriteText(out)
		},
	}
	f := c.Flags()
	f.BoolVar(&asJSON, "json", false, `print one JSON object: {"sets": {"generated": {...}, "handlabelled": {...}, ...}}`)
	f.BoolVar(&asMarkdown, "markdown", false, "print Markdown tables (for docs/evaluation.md)")
	f.IntVar(&opts.Generated, "generated", opts.Generated, "how many generated interactions to score (0: skip the generated set)")
	f.Int64Var(&opts.Seed, "seed", opts.Seed, "generator seed of the generated set")
	f.BoolVar(&opts.GeneratedGovader, "generated-govader", opts.GeneratedGovader, "also score govader's sentiment on the generated set (--generated-govader=false: three times faster)")
	f.StringVar(&opts.DataDir, "data", opts.DataDir, "shared real-data folder (ABCD, airline tweets, satisfaction); skipped when absent")
	for _, h := range opts.HandSets() {
		f.StringVar(h.Path, handFlag(h.Name), *h.Path, h.About+", JSON lines (empty: skip it)")
	}
	return c
}

// handFlag is the flag of a hand-labelled set: its name with '-' for '_'
// ("handlabelled_fresh": --handlabelled-fresh).
func handFlag(set string) string { return strings.ReplaceAll(set, "_", "-") }

// stageProgress draws one progress bar per stage of a long run on w.
func stageProgress(w io.Writer) eval.Progress {
	var (
		bar   *progress
		stage string
	)
	return func(s string, done, total int) {
		if s != stage || bar == nil {
			stage = s
			bar = newProgress(w, s, int64(total))
		}
		if done >= total {
			bar.finish(int64(done))
			bar = nil
			stage = ""
			return
		}
		bar.update(int64(done))
	}
}
