package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/spf13/cobra"

	"github.com/runaroundhq/runaround/ingest"
	"github.com/runaroundhq/runaround/transcript"
)

func newGenCmd() *cobra.Command {
	var (
		count    int
		seed     int64
		rate     float64
		channels []string
	)
	c := &cobra.Command{
		Use:   "gen",
		Short: "Produce synthetic support interactions (with ground-truth labels) to Kafka",
		Long: "Produce synthetic interactions drawn from Runaround's two design stories (a laptop owner\n" +
			"bounced between four companies; a weekend firmware crisis on social media) among ordinary\n" +
			"contacts. The same --seed gives the same data.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, log, err := setup(cmd)
			if err != nil {
				return err
			}
			if count <= 0 {
				return fmt.Errorf("--count is %d: want a positive number of interactions", count)
			}
			var chans []transcript.Channel
			for _, s := range channels {
				ch := transcript.Channel(strings.TrimSpace(s))
				if !ch.Valid() {
					return fmt.Errorf("--channels has %q: want voice, chat and/or social", s)
				}
				chans = append(chans, ch)
			}
			ctx := cmd.Context()
			if err := ingest.EnsureTopics(ctx, cfg.Kafka); err != nil {
				return err
			}
			p := ingest.NewProducer(cfg.Kafka)
			defer p.Close()
			g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: seed, Channels: chans})

			const chunk = 500
			msgs := make([]kafka.Message, 0, chunk)
			bar := newProgress(cmd.ErrOrStderr(), "producing", int64(count))
			start := time.Now()
			var bytes int64
			for done := 0; done < count; {
				msgs = msgs[:0]
				n := min(chunk, count-done)
				if rate > 0 {
					n = min(n, max(1, int(rate/10)))
				}
				for range n {
					in := g.Next()
					v, err := transcript.Encode(nil, &in)
					if err != nil {
						return err
					}
					bytes += int64(len(v))
					msgs = append(msgs, kafka.Message{Topic: cfg.Kafka.Topics.ForChannel(in.Channel), Key: []byte(in.ID), Value: v})
				}
				if err := p.Write(ctx, msgs...); err != nil {
					return err
				}
				done += n
				bar.update(int64(done))
				if rate > 0 { // pace to the wall clock, not to the last chunk
					if ahead := time.Duration(float64(done)/rate*float64(time.Second)) - time.Since(start); ahead > 0 {
						select {
						case <-time.After(ahead):
						case <-ctx.Done():
							return ctx.Err()
						}
					}
				}
			}
			bar.finish(int64(count))
			if err := p.Close(); err != nil {
				return err
			}
			log.Info("produced", "interactions", count, "bytes", bytes, "seed", seed, "seconds", time.Since(start).Seconds())
			fmt.Fprintf(cmd.OutOrStdout(), "produced %d interactions (%.1f MB, seed %d) to %s, %s, %s\n", count, float64(bytes)/1e6, seed,
				cfg.Kafka.Topics.Voice, cfg.Kafka.Topics.Chat, cfg.Kafka.Topics.Social)
			return nil
		},
	}
	c.Flags().IntVar(&count, "count", 1000, "how many interactions")
	c.Flags().Int64Var(&seed, "seed", 1, "generator seed: the same seed gives the same data")
	c.Flags().Float64Var(&rate, "rate", 0, "interactions per second (0: as fast as Kafka takes them)")
	c.Flags().StringSliceVar(&channels, "channels", nil, "channels to generate: voice,chat,social (default all)")
	return c
}
