package sink

import (
	"strings"
	"testing"
	"time"
)

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("default config is invalid: %v", err)
	}
	if err := DefaultFlushPolicy().Validate(); err != nil {
		t.Fatalf("default flush policy is invalid: %v", err)
	}
	cases := []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"no addr", func(c *Config) { c.Addr = nil }, "clickhouse.addr is empty"},
		{"addr without port", func(c *Config) { c.Addr = []string{"db"} }, "has no port"},
		{"database with dot", func(c *Config) { c.Database = "a.b" }, "not a plain database name"},
		{"negative retention", func(c *Config) { c.RetentionDays = -1 }, "retention_days"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.mod(&c)
			if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate() = %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
	flush := []struct {
		f    FlushPolicy
		want string
	}{
		{FlushPolicy{Rows: 0, Bytes: 1, Interval: time.Second}, "sink.flush_rows"},
		{FlushPolicy{Rows: 1, Bytes: 0, Interval: time.Second}, "sink.flush_bytes"},
		{FlushPolicy{Rows: 1, Bytes: 1}, "sink.flush_interval"},
	}
	for _, tc := range flush {
		if err := tc.f.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: Validate() = %v, want an error mentioning %q", tc.f, err, tc.want)
		}
	}
}
