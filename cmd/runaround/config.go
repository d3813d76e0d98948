package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/ingest"
	"github.com/runaroundhq/runaround/pipeline"
	"github.com/runaroundhq/runaround/sink"
)

// Config is the whole configuration: one section per stage.
type Config struct {
	Kafka      ingest.Config    `mapstructure:"kafka" yaml:"kafka"`
	ClickHouse sink.Config      `mapstructure:"clickhouse" yaml:"clickhouse"`
	Sink       sink.FlushPolicy `mapstructure:"sink" yaml:"sink"`
	Enrich     enrich.Config    `mapstructure:"enrich" yaml:"enrich"`
	Orgs       OrgsConfig       `mapstructure:"orgs" yaml:"orgs"`
	Pipeline   pipeline.Config  `mapstructure:"pipeline" yaml:"pipeline"`
	Metrics    MetricsConfig    `mapstructure:"metrics" yaml:"metrics"`
	Log        LogConfig        `mapstructure:"log" yaml:"log"`
}

// OrgsConfig is the naming of organisations in flagged handoff sentences,
// after enrichment and off its hot loop (enrich.OrgNamer).
type OrgsConfig struct {
	// Enabled names organisations in `run` and `enrich`; off, handoff_orgs
	// stays empty.
	Enabled               bool `mapstructure:"enabled" yaml:"enabled"`
	enrich.OrgNamerConfig `mapstructure:",squash" yaml:",inline"`
}

// NewNamer returns an OrgNamer, or nil when naming is disabled.
func (c OrgsConfig) NewNamer() (*enrich.OrgNamer, error) {
	if !c.Enabled {
		return nil, nil
	}
	return enrich.NewOrgNamer(c.OrgNamerConfig)
}

// MetricsConfig is where `run` serves Prometheus metrics.
type MetricsConfig struct {
	Addr string `mapstructure:"addr" yaml:"addr"` // empty: no endpoint
}

// LogConfig sets the log level and format.
type LogConfig struct {
	Level  string `mapstructure:"level" yaml:"level"`   // debug, info, warn, error
	Format string `mapstructure:"format" yaml:"format"` // text or json
}

func defaultConfig() Config {
	return Config{
		Kafka:      ingest.DefaultConfig(),
		ClickHouse: sink.DefaultConfig(),
		Sink:       sink.DefaultFlushPolicy(),
		Enrich:     enrich.DefaultConfig(),
		Orgs:       OrgsConfig{Enabled: true, OrgNamerConfig: enrich.DefaultOrgNamerConfig()},
		Pipeline:   pipeline.DefaultConfig(),
		Metrics:    MetricsConfig{Addr: "127.0.0.1:9464"},
		Log:        LogConfig{Level: "info", Format: "text"},
	}
}

// Validate checks every section; it runs before any I/O.
func (c Config) Validate() error {
	var errs []error
	for _, v := range []interface{ Validate() error }{c.Kafka, c.ClickHouse, c.Sink, c.Enrich, c.Orgs.OrgNamerConfig, c.Pipeline} {
		if err := v.Validate(); err != nil {
			errs = append(errs, err)
		}
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log.level is %q: want debug, info, warn or error", c.Log.Level))
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		errs = append(errs, fmt.Errorf("log.format is %q: want text or json", c.Log.Format))
	}
	if c.Pipeline.ExitWhenIdle > 0 && c.Pipeline.ExitWhenIdle < c.Sink.Interval {
		errs = append(errs, fmt.Errorf("--exit-when-idle (%s) is shorter than sink.flush_interval (%s): the pipeline could stop before a batch closes", c.Pipeline.ExitWhenIdle, c.Sink.Interval))
	}
	return errors.Join(errs...)
}

// flagKeys maps the global flags to config keys: a flag that was set
// overrides the environment and the file.
var flagKeys = map[string]string{
	"brokers":    "kafka.brokers",
	"group":      "kafka.group_id",
	"clickhouse": "clickhouse.addr",
	"database":   "clickhouse.database",
	"log-level":  "log.level",
	"metrics":    "metrics.addr",
	// Command flags map the same way; a command without the flag skips it.
	"exit-when-idle": "pipeline.exit_when_idle",
}

func addGlobalFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "YAML config file (see deploy/runaround.example.yaml)")
	fs.StringSlice("brokers", nil, "Kafka bootstrap brokers, host:port (kafka.brokers)")
	fs.String("group", "", "Kafka consumer group id (kafka.group_id)")
	fs.StringSlice("clickhouse", nil, "ClickHouse native addresses, host:port (clickhouse.addr)")
	fs.String("database", "", "ClickHouse database (clickhouse.database)")
	fs.String("log-level", "", "debug, info, warn or error (log.level)")
	fs.String("metrics", "", "address for the Prometheus endpoint of `run` (metrics.addr)")
}

// loadConfig layers defaults < file < environment < flags.
func loadConfig(fs *pflag.FlagSet) (Config, error) {
	v := viper.New()
	def, err := yaml.Marshal(defaultConfig())
	if err != nil {
		return Config{}, err
	}
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(def)); err != nil {
		return Config{}, fmt.Errorf("cannot load defaults: %w", err)
	}
	if path, _ := fs.GetString("config"); path != "" {
		v.SetConfigFile(path)
		if err := v.MergeInConfig(); err != nil {
			return Config{}, fmt.Errorf("cannot read config file %s: %w", path, err)
		}
	}
	v.SetEnvPrefix("RUNAROUND")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AllowEmptyEnv(true) // RUNAROUND_METRICS_ADDR= disables the endpoint
	v.AutomaticEnv()
	for flag, key := range flagKeys {
		if f := fs.Lookup(flag); f != nil && f.Changed {
			if err := v.BindPFlag(key, f); err != nil {
				return Config{}, err
			}
		}
	}
	var cfg Config
	if err := v.Unmarshal(&cfg); err != nil {
		return Config{}, fmt.Errorf("cannot decode config: %w", err)
	}
	return cfg, nil
}
