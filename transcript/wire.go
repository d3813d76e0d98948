package transcript

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// DefaultMaxMessageBytes is the largest message Decode accepts unless told
// otherwise: far above an 8 KB call transcript, far below what would hurt a
// batch's memory.
const DefaultMaxMessageBytes = 1 << 20

// DecodeError says why a message can never become an Interaction. It is
// permanent: retrying the same bytes gives the same error.
type DecodeError struct {
	Reason string // a stable, machine-friendly kind: see the Reason* constants
	Err    error
}

// The reasons a message is refused; they travel in the dead-letter header
// "runaround-reason" and label the dead-letter metric.
const (
	ReasonOversize    = "oversize"
	ReasonInvalidUTF8 = "invalid-utf8"
	ReasonMalformed   = "malformed-json"
	ReasonWrongType   = "wrong-type"
	ReasonMissing     = "missing-field"
	ReasonInvalid     = "invalid-value"
)

func (e *DecodeError) Error() string { return "cannot decode interaction: " + e.Err.Error() }
func (e *DecodeError) Unwrap() error { return e.Err }

func refuse(reason, format string, args ...any) *DecodeError {
	return &DecodeError{Reason: reason, Err: fmt.Errorf(format, args...)}
}

// knownFields are the top-level keys of wire format v1; anything else goes to Extra.
var knownFields = map[string]struct{}{
	"id": {}, "case_id": {}, "customer_id": {}, "channel": {}, "org": {}, "queue": {},
	"agent_id": {}, "started_at": {}, "ended_at": {}, "turns": {}, "author": {},
	"reach": {}, "public": {}, "reply_to": {}, "labels": {},
}

// Decode parses one wire-format v1 message. maxBytes <= 0 means
// DefaultMaxMessageBytes. Every error it returns is a *DecodeError.
func Decode(msg []byte, maxBytes int) (Interaction, error) {
	var in Interaction
	if maxBytes <= 0 {
		maxBytes = DefaultMaxMessageBytes
	}
	if len(msg) > maxBytes {
		return in, refuse(ReasonOversize, "message is %d bytes, the limit is %d (raise ingest.max_message_bytes if this is legitimate)", len(msg), maxBytes)
	}
	// encoding/json silently turns invalid UTF-8 into U+FFFD; we refuse it
	// instead, so what is stored is exactly what was sent.
	if !utf8.Valid(msg) {
		return in, refuse(ReasonInvalidUTF8, "message is not valid UTF-8 (first bad byte at offset %d)", firstInvalidUTF8(msg))
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(msg, &fields); err != nil {
		return in, classify(err)
	}
	if fields == nil {
		return in, refuse(ReasonMalformed, "message is JSON null, want an object")
	}
	// encoding/json matches keys to struct fields case-insensitively, so
	// {"ID": ...} or {"Channel": ...} would silently fill a known field (and
	// also land in Extra). Wire format v1 keys are exact: when a message has
	// such a look-alike key, decode the known fields from an object that holds
	// only the exact keys, and keep the look-alikes as unknown fields.
	src := msg
	var unknown []string
	for k := range fields {
		if _, ok := knownFields[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown) // sorted keys: the same message gives the same bytes
	for _, k := range unknown {
		if foldsToKnown(k) {
			known := make(map[string]json.RawMessage, len(fields))
			for k, v := range fields {
				if _, ok := knownFields[k]; ok {
					known[k] = v
				}
			}
			b, err := json.Marshal(known)
			if err != nil {
				return in, refuse(ReasonMalformed, "%v", err)
			}
			src = b
			break
		}
	}
	if err := json.Unmarshal(src, &in); err != nil {
		return in, classify(err)
	}
	if len(unknown) > 0 {
		// Built by hand rather than with json.Marshal, which would compact the
		// values and HTML-escape them: the values are kept byte for byte.
		b := make([]byte, 0, 64)
		b = append(b, '{')
		for i, k := range unknown {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, k)
			b = append(b, ':')
			b = append(b, fields[k]...)
		}
		in.Extra = append(b, '}')
	}
	return in, in.Validate()
}

// foldsToKnown reports whether k is not a wire-format key but encoding/json
// would still match it to one (it compares keys case-insensitively).
func foldsToKnown(k string) bool {
	for f := range knownFields {
		if strings.EqualFold(k, f) {
			return true
		}
	}
	return false
}

// appendJSONString appends s as a JSON string, escaping only what JSON
// requires (s is valid UTF-8: Decode checked the whole message).
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// Validate checks the rules the JSON types alone do not express.
func (in *Interaction) Validate() error {
	switch {
	case in.ID == "":
		return refuse(ReasonMissing, `field "id" is missing or empty; every interaction needs a unique id (it is the Kafka key and the dedup key)`)
	case len(in.ID) > 256:
		return refuse(ReasonInvalid, `field "id" is %d bytes, the limit is 256`, len(in.ID))
	case in.Channel == "":
		return refuse(ReasonMissing, `field "channel" is missing; want one of voice, chat, social`)
	case !in.Channel.Valid():
		return refuse(ReasonInvalid, `field "channel" is %q; want one of voice, chat, social`, in.Channel)
	case in.StartedAt.IsZero():
		return refuse(ReasonMissing, `field "started_at" is missing; want an RFC 3339 time such as "2026-11-20T14:03:05Z"`)
	case !in.EndedAt.IsZero() && in.EndedAt.Before(in.StartedAt):
		return refuse(ReasonInvalid, `field "ended_at" (%s) is before "started_at" (%s)`, in.EndedAt.Format(timeLayout), in.StartedAt.Format(timeLayout))
	}
	for i := range in.Turns {
		if in.Turns[i].Speaker == "" {
			return refuse(ReasonMissing, `turns[%d].speaker is missing; want customer, agent or system`, i)
		}
		if !in.Turns[i].Speaker.Valid() {
			return refuse(ReasonInvalid, `turns[%d].speaker is %q; want customer, agent or system`, i, in.Turns[i].Speaker)
		}
	}
	return nil
}

const timeLayout = "2006-01-02T15:04:05.000Z07:00"

func classify(err error) *DecodeError {
	var typeErr *json.UnmarshalTypeError
	var timeErr *time.ParseError
	switch {
	case errors.As(err, &typeErr):
		if typeErr.Field == "" {
			return refuse(ReasonWrongType, "message is a JSON %s, want an object", typeErr.Value)
		}
		return refuse(ReasonWrongType, "field %q is a JSON %s, want %s", typeErr.Field, typeErr.Value, typeErr.Type)
	case errors.As(err, &timeErr):
		return refuse(ReasonWrongType, "a time field is not RFC 3339 such as \"2026-11-20T14:03:05Z\": %v", err)
	case strings.HasPrefix(err.Error(), "Time.UnmarshalJSON"):
		// time.Time's own UnmarshalJSON refuses a non-string (a number, an
		// object) with a plain error; it is a wrong type, not broken JSON.
		return refuse(ReasonWrongType, "a time field is not a JSON string, want an RFC 3339 time such as \"2026-11-20T14:03:05Z\": %v", err)
	default:
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return refuse(ReasonMalformed, "malformed JSON at byte %d: %v", syn.Offset, err)
		}
		return refuse(ReasonMalformed, "%v", err)
	}
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// Encode writes in as one wire-format v1 message, Extra's fields included.
// dst is extended and returned, so a producer can reuse one buffer.
func Encode(dst []byte, in *Interaction) ([]byte, error) {
	b, err := json.Marshal(in)
	if err != nil {
		return dst, fmt.Errorf("cannot encode interaction %q: %w", in.ID, err)
	}
	if len(in.Extra) > 2 && in.Extra[0] == '{' {
		// Splice the unknown fields back in: {known...} + {extra...} -> {known..., extra...}
		dst = append(dst, b[:len(b)-1]...)
		dst = append(dst, ',')
		return append(dst, in.Extra[1:]...), nil
	}
	return append(dst, b...), nil
}
