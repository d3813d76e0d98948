package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/runaroundhq/runaround/bench"
)

func newBenchCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "bench",
		Short: "Measure a stage on this machine (no Kafka or ClickHouse needed)",
		Args:  cobra.NoArgs,
	}
	c.AddCommand(newBenchEnrichCmd())
	return c
}

func newBenchEnrichCmd() *cobra.Command {
	var (
		asJSON bool
		opts   = bench.DefaultEnrichOptions()
	)
	c := &cobra.Command{
		Use:   "enrich",
		Short: "Measure full enrichment MB/s per core on tweet, chat and call sizes, next to govader",
		Long: "Enrich generated tweet- (~200 B), chat- (~1.5 KB) and call-sized (~8 KB) interactions with one\n" +
			"Engine on one goroutine, score the same chats with govader, and count allocations per batch.\n" +
			"Takes about ten seconds (--quick: about two). Progress goes to stderr.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, _, err := setup(cmd)
			if err != nil {
				return err
			}
			opts.Config = cfg.Enrich
			errw := cmd.ErrOrStderr()
			opts.Progress = func(what string) { fmt.Fprintf(errw, "bench: %s...\n", what) }
			r, err := bench.Enrich(cmd.Context(), opts)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			_, err = fmt.Fprint(out, r.Table())
			return err
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object (mb_per_s_per_core_tweet, ..., ratio_vs_govader_chat, allocs_per_op_chat)")
	c.Flags().BoolVar(&opts.Quick, "quick", false, "measure for about two seconds instead of ten")
	c.Flags().Int64Var(&opts.Seed, "seed", opts.Seed, "generator seed of the measured traffic")
	return c
}
