package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/ingest"
	"github.com/runaroundhq/runaround/pipeline"
	"github.com/runaroundhq/runaround/sink"
)

func newRunCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "run",
		Short: "Run the pipeline: consume, enrich, write to ClickHouse, commit",
		Long: "Run the pipeline until SIGINT/SIGTERM (or, with --exit-when-idle, until no message arrived\n" +
			"for that long). Either way it stops fetching, stores and commits what is in flight, then exits.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, log, err := setup(cmd)
			if err != nil {
				return err
			}
			ctx := cmd.Context()

			reg := prometheus.NewRegistry()
			reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
			metrics := pipeline.NewMetrics(reg)
			if cfg.Metrics.Addr != "" {
				ln, err := net.Listen("tcp", cfg.Metrics.Addr)
				if err != nil {
					return fmt.Errorf("cannot serve metrics on %s (set metrics.addr, or empty to disable): %w", cfg.Metrics.Addr, err)
				}
				srv := &http.Server{Handler: promhttp.HandlerFor(reg, promhttp.HandlerOpts{}), ReadHeaderTimeout: 5 * time.Second}
				go srv.Serve(ln) //nolint:errcheck // ends with Shutdown
				defer srv.Shutdown(context.Background())
				log.Info("metrics endpoint", "addr", ln.Addr().String(), "path", "/metrics")
			}

			if err := ingest.EnsureTopics(ctx, cfg.Kafka); err != nil {
				return err
			}
			ch, err := sink.Dial(ctx, cfg.ClickHouse)
			if err != nil {
				return err
			}
			defer ch.Close()
			consumer, err := ingest.NewConsumer(cfg.Kafka, ingest.BatchLimits{Rows: cfg.Sink.Rows, Bytes: cfg.Sink.Bytes, Interval: cfg.Sink.Interval}, log)
			if err != nil {
				return err
			}
			dl := ingest.NewDeadLetter(cfg.Kafka)
			defer dl.Close()
			p, err := pipeline.New(cfg.Pipeline, pipeline.Stages{
				Consumer:   consumer,
				DeadLetter: dl,
				ClickHouse: ch,
				NewEnricher: func() (enrich.Enricher, error) {
					return enrich.NewPool(cfg.Enrich, cfg.Pipeline.EnrichPoolSize())
				},
				NewOrgNamer:     cfg.Orgs.NewNamer,
				MaxMessageBytes: cfg.Kafka.MaxMessageBytes,
			}, metrics, log)
			if err != nil {
				return err
			}

			log.Info("pipeline starting", "brokers", cfg.Kafka.Brokers, "group", cfg.Kafka.GroupID, "topics", cfg.Kafka.Topics.Inputs(),
				"clickhouse", cfg.ClickHouse.Addr, "server", ch.ServerVersion(), "database", cfg.ClickHouse.Database)
			done := make(chan struct{})
			go reportProgress(cmd, p, done)
			start := time.Now()
			err = p.Run(ctx)
			close(done)
			st := &p.Stats
			fmt.Fprintf(cmd.OutOrStdout(), "pipeline stopped after %s: %d messages, %d rows written, %d dead-lettered, %d batches, %d commits\n",
				time.Since(start).Round(time.Millisecond), st.Messages.Load(), st.Rows.Load(), st.DeadLetters.Load(), st.Batches.Load(), st.Commits.Load())
			if err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
			return nil
		},
	}
	c.Flags().Duration("exit-when-idle", 0, "stop (after flushing and committing) once no message arrived for this long, e.g. 10s")
	return c
}

// reportProgress prints a line every few seconds while rows flow.
func reportProgress(cmd *cobra.Command, p *pipeline.Pipeline, done <-chan struct{}) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	var last int64
	for {
		select {
		case <-done:
			return
		case <-t.C:
			n := p.Stats.Messages.Load()
			if n != last {
				fmt.Fprintf(cmd.ErrOrStderr(), "running: %d messages, %d rows, %d dead-lettered (%.0f msg/s)\n",
					n, p.Stats.Rows.Load(), p.Stats.DeadLetters.Load(), float64(n-last)/5)
				last = n
			}
		}
	}
}
