package sink

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Config says where the sink writes and when it flushes.
type Config struct {
	Addr        []string      `mapstructure:"addr" yaml:"addr"`         // native-protocol host:port, one or more
	Database    string        `mapstructure:"database" yaml:"database"` // created by migrate
	Username    string        `mapstructure:"username" yaml:"username"`
	Password    string        `mapstructure:"password" yaml:"password"`
	DialTimeout time.Duration `mapstructure:"dial_timeout" yaml:"dial_timeout"`
	// RetentionDays > 0 adds a TTL to the table (Modern servers only; on
	// Legacy ones migrate refuses it so nothing is silently kept forever).
	RetentionDays int `mapstructure:"retention_days" yaml:"retention_days"`
}

// FlushPolicy closes a batch (one Arrow record, one insert, one commit) on
// whichever limit is reached first.
type FlushPolicy struct {
	Rows     int           `mapstructure:"flush_rows" yaml:"flush_rows"`
	Bytes    int           `mapstructure:"flush_bytes" yaml:"flush_bytes"`       // Kafka message bytes
	Interval time.Duration `mapstructure:"flush_interval" yaml:"flush_interval"` // since the batch's first message
}

// DefaultFlushPolicy makes batches big enough for ClickHouse to like them (it
// prefers few large inserts) and small enough to commit every second.
func DefaultFlushPolicy() FlushPolicy {
	return FlushPolicy{Rows: 10000, Bytes: 16 << 20, Interval: time.Second}
}

// DefaultConfig is a loopback ClickHouse.
func DefaultConfig() Config {
	return Config{
		Addr:        []string{"127.0.0.1:9000"},
		Database:    "runaround",
		Username:    "default",
		DialTimeout: 5 * time.Second,
	}
}

// Validate checks the config before any connection is made.
func (c Config) Validate() error {
	var errs []error
	if len(c.Addr) == 0 {
		errs = append(errs, errors.New("clickhouse.addr is empty: set at least one host:port of the native protocol (default 127.0.0.1:9000)"))
	}
	for _, a := range c.Addr {
		if !strings.Contains(a, ":") {
			errs = append(errs, fmt.Errorf("clickhouse.addr %q has no port: write host:port, e.g. 127.0.0.1:9000", a))
		}
	}
	if c.Database == "" || strings.ContainsAny(c.Database, "`. ") {
		errs = append(errs, fmt.Errorf("clickhouse.database %q is not a plain database name", c.Database))
	}
	if c.RetentionDays < 0 {
		errs = append(errs, fmt.Errorf("clickhouse.retention_days is %d: use 0 to keep rows forever, or a positive number of days", c.RetentionDays))
	}
	return errors.Join(errs...)
}

// Validate checks the flush limits.
func (f FlushPolicy) Validate() error {
	var errs []error
	if f.Rows <= 0 || f.Rows > 1_000_000 {
		errs = append(errs, fmt.Errorf("sink.flush_rows is %d: want 1..1000000", f.Rows))
	}
	if f.Bytes <= 0 {
		errs = append(errs, fmt.Errorf("sink.flush_bytes is %d: want a positive byte count", f.Bytes))
	}
	if f.Interval <= 0 {
		errs = append(errs, fmt.Errorf("sink.flush_interval is %s: want a positive duration such as 1s", f.Interval))
	}
	return errors.Join(errs...)
}
