package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newRootCmd().ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "runaround:", err)
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "runaround",
		Short:         "Support-interaction analytics: Kafka → enrich → Arrow → ClickHouse",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	addGlobalFlags(root.PersistentFlags())
	root.AddCommand(newMigrateCmd(), newGenCmd(), newRunCmd(), newSummaryCmd(), newConfigCmd(), newEvalCmd(), newEnrichCmd(), newBenchCmd())
	return root
}

// setup loads and validates the config and builds the logger.
func setup(cmd *cobra.Command) (Config, *slog.Logger, error) {
	cfg, err := loadConfig(cmd.Flags())
	if err != nil {
		return cfg, nil, err
	}
	if err := cfg.Validate(); err != nil {
		return cfg, nil, fmt.Errorf("invalid configuration:\n%w", err)
	}
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.Log.Level))
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewTextHandler(os.Stderr, opts)
	if cfg.Log.Format == "json" {
		h = slog.NewJSONHandler(os.Stderr, opts)
	}
	return cfg, slog.New(h), nil
}
