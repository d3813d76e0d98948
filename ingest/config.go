package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/runaroundhq/runaround/transcript"
)

// Topics names the topics per channel and the dead-letter topic.
type Topics struct {
	Voice      string `mapstructure:"voice" yaml:"voice"`
	Chat       string `mapstructure:"chat" yaml:"chat"`
	Social     string `mapstructure:"social" yaml:"social"`
	DeadLetter string `mapstructure:"deadletter" yaml:"deadletter"`
}

// ForChannel is the topic interactions of channel c are produced to.
func (t Topics) ForChannel(c transcript.Channel) string {
	switch c {
	case transcript.ChannelVoice:
		return t.Voice
	case transcript.ChannelChat:
		return t.Chat
	default:
		return t.Social
	}
}

// Inputs are the topics the pipeline consumes.
func (t Topics) Inputs() []string { return []string{t.Voice, t.Chat, t.Social} }

// Config is the Kafka side of the pipeline.
type Config struct {
	Brokers []string `mapstructure:"brokers" yaml:"brokers"`
	GroupID string   `mapstructure:"group_id" yaml:"group_id"`
	Topics  Topics   `mapstructure:"topics" yaml:"topics"`

	// Topic creation (EnsureTopics) for topics that do not exist yet.
	Partitions        int `mapstructure:"partitions" yaml:"partitions"`
	ReplicationFactor int `mapstructure:"replication_factor" yaml:"replication_factor"`

	// Fetching. MaxWait bounds how long a fetch waits for MinBytes.
	MinBytes int           `mapstructure:"min_bytes" yaml:"min_bytes"`
	MaxBytes int           `mapstructure:"max_bytes" yaml:"max_bytes"`
	MaxWait  time.Duration `mapstructure:"max_wait" yaml:"max_wait"`
	// StartOffset is where a group with no committed offset starts: "first" or "last".
	StartOffset string `mapstructure:"start_offset" yaml:"start_offset"`
	// MaxMessageBytes: larger messages are refused to the dead-letter topic.
	MaxMessageBytes int `mapstructure:"max_message_bytes" yaml:"max_message_bytes"`

	SessionTimeout   time.Duration `mapstructure:"session_timeout" yaml:"session_timeout"`
	RebalanceTimeout time.Duration `mapstructure:"rebalance_timeout" yaml:"rebalance_timeout"`
}

// DefaultConfig reads the three support topics from a loopback broker.
func DefaultConfig() Config {
	return Config{
		Brokers:           []string{"127.0.0.1:9092"},
		GroupID:           "runaround",
		Topics:            Topics{Voice: "support.voice", Chat: "support.chat", Social: "support.social", DeadLetter: "support.deadletter"},
		Partitions:        3,
		ReplicationFactor: 1,
		MinBytes:          1,
		MaxBytes:          8 << 20,
		MaxWait:           250 * time.Millisecond,
		StartOffset:       "first",
		MaxMessageBytes:   transcript.DefaultMaxMessageBytes,
		SessionTimeout:    10 * time.Second,
		RebalanceTimeout:  30 * time.Second,
	}
}

// Validate checks the config before any connection is made.
func (c Config) Validate() error {
	var errs []error
	if len(c.Brokers) == 0 {
		errs = append(errs, errors.New("kafka.brokers is empty: list at least one host:port (default 127.0.0.1:9092)"))
	}
	for _, b := range c.Brokers {
		if !strings.Contains(b, ":") {
			errs = append(errs, fmt.Errorf("kafka.brokers entry %q has no port: write host:port", b))
		}
	}
	if c.GroupID == "" {
		errs = append(errs, errors.New("kafka.group_id is empty: every pipeline instance of one deployment shares one group id"))
	}
	seen := map[string]string{}
	for name, t := range map[string]string{"voice": c.Topics.Voice, "chat": c.Topics.Chat, "social": c.Topics.Social, "deadletter": c.Topics.DeadLetter} {
		if t == "" {
			errs = append(errs, fmt.Errorf("kafka.topics.%s is empty", name))
			continue
		}
		if other, dup := seen[t]; dup && (name == "deadletter" || other == "deadletter") {
			errs = append(errs, fmt.Errorf("kafka.topics.deadletter %q is also an input topic: refused messages would be read again", t))
		}
		seen[t] = name
	}
	if c.Partitions <= 0 || c.ReplicationFactor <= 0 {
		errs = append(errs, fmt.Errorf("kafka.partitions (%d) and kafka.replication_factor (%d) must be positive", c.Partitions, c.ReplicationFactor))
	}
	if c.MinBytes <= 0 || c.MaxBytes < c.MinBytes {
		errs = append(errs, fmt.Errorf("kafka.min_bytes (%d) must be positive and at most kafka.max_bytes (%d)", c.MinBytes, c.MaxBytes))
	}
	if c.MaxWait <= 0 {
		errs = append(errs, fmt.Errorf("kafka.max_wait is %s: want a positive duration such as 250ms", c.MaxWait))
	}
	if c.StartOffset != "first" && c.StartOffset != "last" {
		errs = append(errs, fmt.Errorf("kafka.start_offset is %q: want first or last", c.StartOffset))
	}
	if c.MaxMessageBytes <= 0 {
		errs = append(errs, fmt.Errorf("kafka.max_message_bytes is %d: want a positive byte count", c.MaxMessageBytes))
	}
	if c.SessionTimeout <= 0 || c.RebalanceTimeout <= 0 {
		errs = append(errs, errors.New("kafka.session_timeout and kafka.rebalance_timeout must be positive"))
	}
	return errors.Join(errs...)
}

// BatchLimits close a batch on whichever comes first.
type BatchLimits struct {
	Rows     int
	Bytes    int
	Interval time.Duration
}
