package transcript

import (
	"encoding/json"
	"time"
)

// WireVersion is the version of the JSON wire format this package reads and writes.
const WireVersion = 1

// Channel is where an interaction happened.
type Channel string

// The channels of wire format v1.
const (
	ChannelVoice  Channel = "voice"
	ChannelChat   Channel = "chat"
	ChannelSocial Channel = "social"
)

// Channels lists every valid channel, in a stable order.
var Channels = []Channel{ChannelVoice, ChannelChat, ChannelSocial}

// Valid reports whether c is one of Channels.
func (c Channel) Valid() bool {
	return c == ChannelVoice || c == ChannelChat || c == ChannelSocial
}

// Speaker is who said a turn.
type Speaker string

// The speakers of wire format v1. System turns are events the contact-centre
// software records (a transfer, a queue change, a hold), not words.
const (
	SpeakerCustomer Speaker = "customer"
	SpeakerAgent    Speaker = "agent"
	SpeakerSystem   Speaker = "system"
)

// Valid reports whether s is a known speaker.
func (s Speaker) Valid() bool {
	return s == SpeakerCustomer || s == SpeakerAgent || s == SpeakerSystem
}

// Turn is one utterance or event inside an interaction.
type Turn struct {
	Speaker Speaker   `json:"speaker"`
	TS      time.Time `json:"ts"`
	Text    string    `json:"text"`
}

// Interaction is one contact between a customer and an organisation: a phone
// call, a chat session or a social-media post (with its replies).
//
// CaseID links the contacts that belong to one problem, across channels and
// across organisations: the runaround is visible only at case level.
type Interaction struct {
	ID         string    `json:"id"`
	CaseID     string    `json:"case_id,omitempty"`
	CustomerID string    `json:"customer_id,omitempty"`
	Channel    Channel   `json:"channel"`
	Org        string    `json:"org,omitempty"`
	Queue      string    `json:"queue,omitempty"`
	AgentID    string    `json:"agent_id,omitempty"`
	StartedAt  time.Time `json:"started_at"`
	EndedAt    time.Time `json:"ended_at,omitzero"`
	Turns      []Turn    `json:"turns"`

	// Social posts only.
	Author  string `json:"author,omitempty"`
	Reach   uint64 `json:"reach,omitempty"`
	Public  bool   `json:"public,omitempty"`
	ReplyTo string `json:"reply_to,omitempty"`

	// Labels is the ground truth a generator planted; nil for real traffic.
	Labels *Labels `json:"labels,omitempty"`

	// Extra holds the fields this version does not know, as one JSON object
	// (nil when there were none). They are stored, not dropped, so a newer
	// producer never loses data to an older pipeline.
	Extra json.RawMessage `json:"-"`
}

// TextBytes is the total size of the turns' text.
func (in *Interaction) TextBytes() int {
	n := 0
	for i := range in.Turns {
		n += len(in.Turns[i].Text)
	}
	return n
}

// Labels is what a generator planted in an interaction, so that evaluation can
// score the detectors against it. Counts and kinds, not positions: a detector
// is right about an interaction if it finds what was planted there.
type Labels struct {
	Handoffs           int      `json:"handoffs,omitempty"`
	CrossCompany       bool     `json:"cross_company,omitempty"`
	TransferLoop       bool     `json:"transfer_loop,omitempty"`
	DeadEnd            bool     `json:"dead_end,omitempty"`
	RepeatedClaim      bool     `json:"repeated_claim,omitempty"`
	Promises           []string `json:"promises,omitempty"`
	BrokenPromiseClaim bool     `json:"broken_promise_claim,omitempty"`
	Escalations        []string `json:"escalations,omitempty"`
	PublicThreat       bool     `json:"public_threat,omitempty"`
	StockReply         bool     `json:"stock_reply,omitempty"`
	Complaint          bool     `json:"complaint,omitempty"`
	PII                []string `json:"pii,omitempty"`
	Sentiment          string   `json:"sentiment,omitempty"` // negative, neutral or positive: the customer's overall tone
	Story              string   `json:"story,omitempty"`     // which scenario produced it, e.g. "laptop-runaround"
}
