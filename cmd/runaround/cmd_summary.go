package main

import (
	"fmt"
	"net"

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
			host, port, _ := net.SplitHostPort(cfg.ClickHouse.Addr[0])
			fmt.Fprintf(out, "\nQuery further with clickhouse-client (sums read FINAL, counts use uniqExact(id): see docs/schema.md), e.g.:\n")
			fmt.Fprintf(out, "  clickhouse-client --host %s --port %s --query \"SELECT org, sum(handoff_count) AS handoffs, sum(cross_company) AS cross_company_handoffs FROM %s.interactions FINAL GROUP BY org ORDER BY handoffs DESC\"\n", host, port, db)
			fmt.Fprintf(out, "  clickhouse-client --host %s --port %s --query \"SELECT case_id, uniqExact(org) AS orgs, uniqExact(id) AS contacts FROM %s.interactions GROUP BY case_id HAVING orgs > 1 ORDER BY orgs DESC, contacts DESC LIMIT 10\"\n", host, port, db)
			fmt.Fprintln(out, "Ready-made analyst queries are in queries/sql/; Grafana dashboards in deploy/grafana/.")
			return nil
		},
	}
}
