package pipeline

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

// Config is the pipeline's own behaviour (each stage has its own Config).
type Config struct {
	// Workers is how many batches are processed at once, each by its own
	// enricher, Arrow builder and insert.
	Workers int `mapstructure:"workers" yaml:"workers"`
	// EnrichWorkers is how many goroutines enrich one batch (an
	// enrich.Pool per worker). 0 divides the cores among the workers:
	// max(1, GOMAXPROCS / Workers).
	EnrichWorkers int `mapstructure:"enrich_workers" yaml:"enrich_workers"`
	// RetryMin and RetryMax bound the backoff between attempts of a failed
	// insert or dead-letter produce.
	RetryMin time.Duration `mapstructure:"retry_min" yaml:"retry_min"`
	RetryMax time.Duration `mapstructure:"retry_max" yaml:"retry_max"`
	// ShutdownTimeout bounds how long a stop waits for in-flight batches to
	// be stored and committed; what is not committed by then is re-read.
	ShutdownTimeout time.Duration `mapstructure:"shutdown_timeout" yaml:"shutdown_timeout"`
	// ExitWhenIdle > 0 stops the pipeline (cleanly) once no message arrived
	// for that long and everything fetched is committed.
	ExitWhenIdle time.Duration `mapstructure:"exit_when_idle" yaml:"exit_when_idle"`
}

// EnrichPoolSize is the number of engines each worker's enrich.Pool gets.
func (c Config) EnrichPoolSize() int {
	if c.EnrichWorkers > 0 {
		return c.EnrichWorkers
	}
	return max(1, runtime.GOMAXPROCS(0)/max(1, c.Workers))
}

// DefaultConfig suits two cores.
func DefaultConfig() Config {
	return Config{Workers: 2, RetryMin: 100 * time.Millisecond, RetryMax: 10 * time.Second, ShutdownTimeout: 30 * time.Second}
}

// Validate checks the config before any I/O.
func (c Config) Validate() error {
	var errs []error
	if c.Workers < 1 || c.Workers > 64 {
		errs = append(errs, fmt.Errorf("pipeline.workers is %d: want 1..64", c.Workers))
	}
	if c.EnrichWorkers < 0 || c.EnrichWorkers > 256 {
		errs = append(errs, fmt.Errorf("pipeline.enrich_workers is %d: want 0 (one share of the cores per worker) or 1..256", c.EnrichWorkers))
	}
	if c.RetryMin <= 0 || c.RetryMax < c.RetryMin {
		errs = append(errs, fmt.Errorf("pipeline.retry_min (%s) must be positive and at most pipeline.retry_max (%s)", c.RetryMin, c.RetryMax))
	}
	if c.ShutdownTimeout <= 0 {
		errs = append(errs, fmt.Errorf("pipeline.shutdown_timeout is %s: want a positive duration", c.ShutdownTimeout))
	}
	if c.ExitWhenIdle < 0 {
		errs = append(errs, fmt.Errorf("pipeline.exit_when_idle is %s: want 0 (run until stopped) or a positive duration", c.ExitWhenIdle))
	}
	return errors.Join(errs...)
}
