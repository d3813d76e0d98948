package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/runaroundhq/runaround/queries"
	"github.com/runaroundhq/runaround/sink"
)

func newSummaryCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "summary",
		Short: "Print what is in ClickHouse: interactions per channel, handoffs, escalations, broken promises",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, _, err := setup(cmd)
			if err != nil {
				return err
			}
			ch, err := sink.Dial(cmd.Context(), cfg.ClickHouse)
			if err != nil {
				return err
			}
			defer ch.Close()
			r, err := queries.Summary(cmd.Context(), ch.Conn(), cfg.ClickHouse.Database)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			r.Format(out)
			db := cfg.ClickHouse.Database
			fmt.Fprintf(out, "\nQuery further with clickhouse-client (port %s), e.g.:\n", cfg.ClickHouse.Addr[0])
			fmt.Fprintf(out, "  clickhouse-client --query \"SELECT org, sum(handoff_count) AS handoffs, countIf(cross_company = 1) AS cross_company FROM %s.interactions GROUP BY org ORDER BY handoffs DESC\"\n", db)
			fmt.Fprintf(out, "  clickhouse-client --query \"SELECT case_id, uniqExact(org) AS orgs, uniqExact(id) AS contacts FROM %s.interactions GROUP BY case_id HAVING orgs > 1 ORDER BY orgs DESC, contacts DESC LIMIT 10\"\n", db)
			fmt.Fprintln(out, "Ready-made analyst queries are in queries/sql/; Grafana dashboards in deploy/grafana/.")
			return nil
		},
	}
}
