package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/runaroundhq/runaround/sink"
)

func newMigrateCmd() *cobra.Command {
	var printOnly string
	c := &cobra.Command{
		Use:   "migrate",
		Short: "Create or upgrade the ClickHouse schema (idempotent)",
		Long: "Create or upgrade the ClickHouse schema. It reads the server version and picks the DDL:\n" +
			"legacy (before 20.1, e.g. Debian's 18.16) or modern (DateTime64, LowCardinality, TTL).\n" +
			"It refuses a database whose schema is newer than this binary knows.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, log, err := setup(cmd)
			if err != nil {
				return err
			}
			if printOnly != "" {
				d := sink.Legacy
				switch printOnly {
				case "modern":
					d = sink.Modern
				case "legacy":
				default:
					return fmt.Errorf("--print is %q: want legacy or modern", printOnly)
				}
				stmts := sink.MigrationStatements(d, sink.TableOptions{Database: cfg.ClickHouse.Database, RetentionDays: cfg.ClickHouse.RetentionDays})
				fmt.Fprintln(cmd.OutOrStdout(), strings.Join(stmts, ";\n\n")+";")
				return nil
			}
			client, err := sink.Dial(cmd.Context(), cfg.ClickHouse)
			if err != nil {
				return err
			}
			defer client.Close()
			res, err := sink.Migrate(cmd.Context(), client)
			if err != nil {
				return err
			}
			log.Info("schema ready", "server", client.ServerVersion(), "dialect", res.Dialect, "from", res.From, "to", res.To, "applied", len(res.Applied))
			if len(res.Applied) == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "schema of %s is up to date (version %d, %s DDL, ClickHouse %s)\n", cfg.ClickHouse.Database, res.To, res.Dialect, client.ServerVersion())
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "schema of %s migrated from version %d to %d (%s DDL, ClickHouse %s): %s\n", cfg.ClickHouse.Database, res.From, res.To, res.Dialect, client.ServerVersion(), strings.Join(res.Applied, ", "))
			}
			return nil
		},
	}
	c.Flags().StringVar(&printOnly, "print", "", "print the DDL for a dialect (legacy or modern) instead of applying it")
	return c
}
