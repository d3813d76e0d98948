package enrich

import (
	"errors"
	"fmt"
)

// Config tunes an Engine. The zero value is not valid: start from
// DefaultConfig and change what you need.
type Config struct {
	// MaxTextBytes caps one turn's text: a longer turn is cut (at a space or
	// rune boundary) before it is analysed, redacted and stored, and its
	// stored text ends in " [TRUNCATED]". It bounds the per-turn scratch
	// buffers and the redaction arena's growth per turn, and it guarantees
	// that no unscanned text (possibly holding PII) is ever stored.
	MaxTextBytes int `mapstructure:"max_text_bytes" yaml:"max_text_bytes"`

	// StockReplyMinWords is the fewest normalised agent words that get a
	// ReplyFingerprint: shorter agent text ("ok", "thanks!") gets 0, because
	// such fingerprints collide across unrelated conversations and would
	// swamp any "most repeated replies" report. 1 fingerprints every
	// non-empty agent text.
	StockReplyMinWords int `mapstructure:"stock_reply_min_words" yaml:"stock_reply_min_words"`

	// NegationWindow is how many tokens before a detector phrase (within the
	// same clause) are searched for a negation that cancels it ("I'm not
	// going to transfer you", "we won't be able to send you a new one").
	// Sentiment uses VADER's fixed 3-token window regardless.
	NegationWindow int `mapstructure:"negation_window" yaml:"negation_window"`

	// SupportSentiment enables the support-domain sentiment layer (phrases
	// such as "still waiting" or "on hold for" scored as negative). Without
	// it sentiment is generic VADER-style scoring.
	SupportSentiment bool `mapstructure:"support_sentiment" yaml:"support_sentiment"`

	// ComplaintThreshold: an interaction is a complaint when the mean
	// customer sentiment is below it (or a service-failure phrase appears
	// in a customer turn).
	ComplaintThreshold float32 `mapstructure:"complaint_threshold" yaml:"complaint_threshold"`

	// TrajectoryDelta is the change in mean customer sentiment between the
	// first and last third of the customer's turns that counts as improving
	// (+1) or worsening (-1).
	TrajectoryDelta float32 `mapstructure:"trajectory_delta" yaml:"trajectory_delta"`

	// SentimentPositive and SentimentNegative turn a sentiment score into a
	// class (SentimentClass): positive at or above SentimentPositive,
	// negative at or below SentimentNegative, neutral in between. The
	// defaults are VADER's own convention, +0.05 / -0.05. Where to draw the
	// lines is partly a labelling convention: on the airline tweets, whose
	// annotators call mild praise neutral, +0.55 / -0.01 do better (eval
	// tunes them on a split, docs/support-sentiment.md), on the project's
	// hand-labelled chats VADER's do.
	SentimentPositive float32 `mapstructure:"sentiment_positive" yaml:"sentiment_positive"`
	SentimentNegative float32 `mapstructure:"sentiment_negative" yaml:"sentiment_negative"`
}

// DefaultConfig returns the production defaults.
func DefaultConfig() Config {
	return Config{
		MaxTextBytes:       64 << 10,
		StockReplyMinWords: 3,
		NegationWindow:     4,
		SupportSentiment:   true,
		ComplaintThreshold: -0.05,
		TrajectoryDelta:    0.2,
		SentimentPositive:  0.05,
		SentimentNegative:  -0.05,
	}
}

// Validate reports every invalid field.
func (c Config) Validate() error {
	var errs []error
	if c.MaxTextBytes < 256 || c.MaxTextBytes > 1<<30 {
		errs = append(errs, fmt.Errorf("MaxTextBytes %d: want 256..%d", c.MaxTextBytes, 1<<30))
	}
	if c.StockReplyMinWords < 1 || c.StockReplyMinWords > 1000 {
		errs = append(errs, fmt.Errorf("StockReplyMinWords %d: want 1..1000", c.StockReplyMinWords))
	}
	if c.NegationWindow < 0 || c.NegationWindow > 10 {
		errs = append(errs, fmt.Errorf("NegationWindow %d: want 0..10", c.NegationWindow))
	}
	if !(c.ComplaintThreshold >= -1 && c.ComplaintThreshold <= 1) { // also rejects NaN
		errs = append(errs, fmt.Errorf("ComplaintThreshold %v: want -1..1", c.ComplaintThreshold))
	}
	if !(c.TrajectoryDelta > 0 && c.TrajectoryDelta < 2) {
		errs = append(errs, fmt.Errorf("TrajectoryDelta %v: want in (0, 2)", c.TrajectoryDelta))
	}
	if !(c.SentimentPositive > -1 && c.SentimentPositive <= 1) {
		errs = append(errs, fmt.Errorf("SentimentPositive %v: want in (-1, 1]", c.SentimentPositive))
	}
	if !(c.SentimentNegative >= -1 && c.SentimentNegative < 1) {
		errs = append(errs, fmt.Errorf("SentimentNegative %v: want in [-1, 1)", c.SentimentNegative))
	}
	if c.SentimentNegative >= c.SentimentPositive {
		errs = append(errs, fmt.Errorf("SentimentNegative %v must be below SentimentPositive %v", c.SentimentNegative, c.SentimentPositive))
	}
	if len(errs) > 0 {
		return fmt.Errorf("enrich: invalid config: %w", errors.Join(errs...))
	}
	return nil
}

// Sentiment classes returned by SentimentClass.
const (
	SentimentClassNegative = "negative"
	SentimentClassNeutral  = "neutral"
	SentimentClassPositive = "positive"
)

// SentimentClass maps a sentiment score to negative, neutral or positive
// with the configured thresholds.
func (c Config) SentimentClass(score float32) string {
	switch {
	case score >= c.SentimentPositive:
		return SentimentClassPositive
	case score <= c.SentimentNegative:
		return SentimentClassNegative
	}
	return SentimentClassNeutral
}
