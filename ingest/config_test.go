package ingest

import (
	"strings"
	"testing"
)

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("default config is invalid: %v", err)
	}
	cases := []struct {
		name string
		mod  func(*Config)
		want string
	}{
		{"no brokers", func(c *Config) { c.Brokers = nil }, "kafka.brokers is empty"},
		{"broker without port", func(c *Config) { c.Brokers = []string{"localhost"} }, "has no port"},
		{"no group", func(c *Config) { c.GroupID = "" }, "kafka.group_id"},
		{"empty topic", func(c *Config) { c.Topics.Chat = "" }, "kafka.topics.chat is empty"},
		{"deadletter is an input", func(c *Config) { c.Topics.DeadLetter = c.Topics.Voice }, "would be read again"},
		{"zero partitions", func(c *Config) { c.Partitions = 0 }, "kafka.partitions"},
		{"min above max", func(c *Config) { c.MinBytes = 10; c.MaxBytes = 5 }, "kafka.min_bytes"},
		{"bad start offset", func(c *Config) { c.StartOffset = "middle" }, "kafka.start_offset"},
		{"no max wait", func(c *Config) { c.MaxWait = 0 }, "kafka.max_wait"},
		{"no message limit", func(c *Config) { c.MaxMessageBytes = 0 }, "kafka.max_message_bytes"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.mod(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Validate() = %v, want an error mentioning %q", err, tc.want)
			}
		})
	}
}
