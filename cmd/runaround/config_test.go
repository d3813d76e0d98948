package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"
)

// Flags override the environment, which overrides the file, which
// overrides the defaults.
func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "runaround.yaml")
	yaml := "kafka:\n  brokers: [file:9092]\n  group_id: from-file\nclickhouse:\n  database: from_file\nsink:\n  flush_rows: 123\n"
	if err := os.WriteFile(file, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("RUNAROUND_KAFKA_GROUP_ID", "from-env")
	t.Setenv("RUNAROUND_CLICKHOUSE_DATABASE", "from_env")
	t.Setenv("RUNAROUND_SINK_FLUSH_INTERVAL", "3s")

	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	addGlobalFlags(fs)
	fs.Duration("exit-when-idle", 0, "a command flag, as `run` defines it")
	if err := fs.Parse([]string{"--config", file, "--database", "from_flag", "--exit-when-idle", "7s"}); err != nil {
		t.Fatal(err)
	}
	cfg, err := loadConfig(fs)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ what, got, want string }{
		{"kafka.brokers (file only)", strings.Join(cfg.Kafka.Brokers, ","), "file:9092"},
		{"kafka.group_id (file < env)", cfg.Kafka.GroupID, "from-env"},
		{"clickhouse.database (file < env < flag)", cfg.ClickHouse.Database, "from_flag"},
		{"sink.flush_interval (default < env)", cfg.Sink.Interval.String(), (3 * time.Second).String()},
		{"kafka.topics.chat (default)", cfg.Kafka.Topics.Chat, "support.chat"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.what, c.got, c.want)
		}
	}
	if cfg.Pipeline.ExitWhenIdle != 7*time.Second {
		t.Errorf("pipeline.exit_when_idle = %s, want 7s from the run flag", cfg.Pipeline.ExitWhenIdle)
	}
	if cfg.Sink.Rows != 123 {
		t.Errorf("sink.flush_rows = %d, want 123 from the file", cfg.Sink.Rows)
	}
	if err := cfg.Validate(); err != nil {
		t.Errorf("layered config is invalid: %v", err)
	}
}

func TestConfigValidateNamesTheKey(t *testing.T) {
	cfg := defaultConfig()
	if err := cfg.Validate(); err != nil {
		t.Fatalf("defaults are invalid: %v", err)
	}
	cfg.Log.Level = "loud"
	cfg.Kafka.Brokers = nil
	cfg.Sink.Rows = 0
	err := cfg.Validate()
	for _, want := range []string{"log.level", "kafka.brokers", "sink.flush_rows"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %v, want it to name %s", err, want)
		}
	}
}

func TestConfigFileErrors(t *testing.T) {
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	addGlobalFlags(fs)
	if err := fs.Parse([]string{"--config", filepath.Join(t.TempDir(), "missing.yaml")}); err != nil {
		t.Fatal(err)
	}
	if _, err := loadConfig(fs); err == nil || !strings.Contains(err.Error(), "cannot read config file") {
		t.Fatalf("loadConfig with a missing file = %v, want a clear error", err)
	}
}

// deploy/runaround.example.yaml documents every key at its default: it must
// name every key `config print` prints, and loading it must give exactly the
// defaults. Regenerate it with `runaround config print` after adding a key.
func TestExampleConfigIsTheDefaults(t *testing.T) {
	const path = "../../deploy/runaround.example.yaml"
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	addGlobalFlags(fs)
	if err := fs.Parse([]string{"--config", path}); err != nil {
		t.Fatal(err)
	}
	got, err := loadConfig(fs)
	if err != nil {
		t.Fatal(err)
	}
	if want := defaultConfig(); !reflect.DeepEqual(got, want) {
		t.Errorf("%s loads as\n%+v\nwant the defaults\n%+v\n(regenerate it with `runaround config print`)", path, got, want)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var def strings.Builder
	enc := yaml.NewEncoder(&def)
	enc.SetIndent(2) // as `config print` writes it
	if err := enc.Encode(defaultConfig()); err != nil {
		t.Fatal(err)
	}
	enc.Close()
	if !strings.Contains(string(b), def.String()) {
		t.Errorf("%s does not hold every key of `runaround config print`: regenerate it", path)
	}
}
