package transcript

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

// valid is a minimal valid message; the error cases below break it one way each.
const valid = `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":[{"speaker":"customer","ts":"2026-11-06T09:00:01Z","text":"hi"}]}`

func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		name     string
		msg      string
		maxBytes int
		reason   string
	}{
		{"malformed JSON", `{"id":"ia-1",}`, 0, ReasonMalformed},
		{"not JSON at all", `id=ia-1`, 0, ReasonMalformed},
		{"empty message", ``, 0, ReasonMalformed},
		{"truncated", valid[:len(valid)/2], 0, ReasonMalformed},
		{"trailing garbage", valid + ` {}`, 0, ReasonMalformed},
		{"JSON null", `null`, 0, ReasonMalformed},
		{"array at top level", `[` + valid + `]`, 0, ReasonWrongType},
		{"string at top level", `"ia-1"`, 0, ReasonWrongType},
		{"missing id", `{"channel":"chat","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonMissing},
		{"empty id", `{"id":"","channel":"chat","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonMissing},
		{"null id", `{"id":null,"channel":"chat","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonMissing},
		{"id as number", `{"id":17,"channel":"chat","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonWrongType},
		{"id too long", `{"id":"` + strings.Repeat("x", 257) + `","channel":"chat","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonInvalid},
		{"id in the wrong case", `{"ID":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonMissing},
		{"channel in the wrong case", `{"id":"ia-1","Channel":"chat","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonMissing},
		{"reach as string", `{"id":"ia-1","channel":"social","started_at":"2026-11-06T09:00:00Z","reach":"1200"}`, 0, ReasonWrongType},
		{"negative reach", `{"id":"ia-1","channel":"social","started_at":"2026-11-06T09:00:00Z","reach":-5}`, 0, ReasonWrongType},
		{"public as string", `{"id":"ia-1","channel":"social","started_at":"2026-11-06T09:00:00Z","public":"true"}`, 0, ReasonWrongType},
		{"turns not an array", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":"hi"}`, 0, ReasonWrongType},
		{"turn text as number", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":[{"speaker":"agent","ts":"2026-11-06T09:00:00Z","text":5}]}`, 0, ReasonWrongType},
		{"labels not an object", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","labels":[]}`, 0, ReasonWrongType},
		{"bad started_at format", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06 09:00:00"}`, 0, ReasonWrongType},
		{"started_at without zone", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00"}`, 0, ReasonWrongType},
		{"started_at as number", `{"id":"ia-1","channel":"chat","started_at":1793955600}`, 0, ReasonWrongType},
		{"turn ts as number", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":[{"speaker":"agent","ts":5,"text":"x"}]}`, 0, ReasonWrongType},
		{"missing started_at", `{"id":"ia-1","channel":"chat"}`, 0, ReasonMissing},
		{"null started_at", `{"id":"ia-1","channel":"chat","started_at":null}`, 0, ReasonMissing},
		{"unknown channel", `{"id":"ia-1","channel":"fax","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonInvalid},
		{"channel in upper case", `{"id":"ia-1","channel":"VOICE","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonInvalid},
		{"missing channel", `{"id":"ia-1","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonMissing},
		{"bad speaker", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":[{"speaker":"bot","ts":"2026-11-06T09:00:00Z","text":"x"}]}`, 0, ReasonInvalid},
		{"missing speaker", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":[{"ts":"2026-11-06T09:00:00Z","text":"x"}]}`, 0, ReasonMissing},
		{"ended_at before started_at", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","ended_at":"2026-11-06T08:59:59Z"}`, 0, ReasonInvalid},
		{"oversize", valid, 64, ReasonOversize},
		{"oversize beats invalid UTF-8", valid + "\xff", 64, ReasonOversize},
		{"invalid UTF-8", `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":[{"speaker":"customer","ts":"2026-11-06T09:00:00Z","text":"caf` + "\xff" + `"}]}`, 0, ReasonInvalidUTF8},
		{"truncated UTF-8 sequence", `{"id":"ia-` + "\xe2\x82" + `","channel":"chat","started_at":"2026-11-06T09:00:00Z"}`, 0, ReasonInvalidUTF8},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode([]byte(tc.msg), tc.maxBytes)
			if err == nil {
				t.Fatalf("Decode(%q) succeeded, want %s", tc.msg, tc.reason)
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T) is not a *DecodeError", err, err)
			}
			if de.Reason != tc.reason {
				t.Errorf("reason %q, want %q (error: %v)", de.Reason, tc.reason, err)
			}
			if de.Unwrap() == nil || !strings.HasPrefix(err.Error(), "cannot decode interaction: ") {
				t.Errorf("bad error text or cause: %q", err.Error())
			}
		})
	}
}

func TestDecodeDefaultLimit(t *testing.T) {
	big := `{"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z","turns":[{"speaker":"customer","ts":"2026-11-06T09:00:00Z","text":"` +
		strings.Repeat("a", DefaultMaxMessageBytes) + `"}]}`
	for _, max := range []int{0, -1} {
		_, err := Decode([]byte(big), max)
		var de *DecodeError
		if !errors.As(err, &de) || de.Reason != ReasonOversize {
			t.Errorf("maxBytes %d: got %v, want oversize", max, err)
		}
	}
	if _, err := Decode([]byte(big), len(big)); err != nil {
		t.Errorf("a message of exactly maxBytes is refused: %v", err)
	}
}

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestDecodeValid(t *testing.T) {
	cases := []struct {
		name string
		msg  string
		want Interaction
	}{
		{
			name: "voice",
			msg: `{"id":"ia-7-1","case_id":"case-7-1","customer_id":"cust-7-1","channel":"voice","org":"Northwind Warranty Services",
				"queue":"warranty-claims","agent_id":"ag-nwws-0042","started_at":"2026-11-06T09:00:00.5Z","ended_at":"2026-11-06T09:12:00Z",
				"turns":[{"speaker":"agent","ts":"2026-11-06T09:00:02Z","text":"Thank you for calling."},
				         {"speaker":"system","ts":"2026-11-06T09:05:00Z","text":"[transfer to queue careplus]"},
				         {"speaker":"customer","ts":"2026-11-06T09:06:00Z","text":"As I already explained, it won't charge."}],
				"labels":{"handoffs":1,"cross_company":true,"repeated_claim":true,"promises":["visit"],"complaint":true,"sentiment":"negative","story":"laptop-runaround"}}`,
			want: Interaction{
				ID: "ia-7-1", CaseID: "case-7-1", CustomerID: "cust-7-1", Channel: ChannelVoice, Org: "Northwind Warranty Services",
				Queue: "warranty-claims", AgentID: "ag-nwws-0042", StartedAt: ts("2026-11-06T09:00:00.5Z"), EndedAt: ts("2026-11-06T09:12:00Z"),
				Turns: []Turn{
					{SpeakerAgent, ts("2026-11-06T09:00:02Z"), "Thank you for calling."},
					{SpeakerSystem, ts("2026-11-06T09:05:00Z"), "[transfer to queue careplus]"},
					{SpeakerCustomer, ts("2026-11-06T09:06:00Z"), "As I already explained, it won't charge."},
				},
				Labels: &Labels{Handoffs: 1, CrossCompany: true, RepeatedClaim: true, Promises: []string{"visit"}, Complaint: true, Sentiment: "negative", Story: "laptop-runaround"},
			},
		},
		{
			name: "chat without optional fields",
			msg:  `{"id":"ia-2","channel":"chat","started_at":"2026-11-06T10:00:00+01:00","turns":[]}`,
			want: Interaction{ID: "ia-2", Channel: ChannelChat, StartedAt: ts("2026-11-06T10:00:00+01:00"), Turns: []Turn{}},
		},
		{
			name: "social",
			msg: `{"id":"ia-3","channel":"social","org":"Vireo","queue":"social-care","started_at":"2026-11-07T20:15:00Z",
				"turns":[{"speaker":"customer","ts":"2026-11-07T20:15:00Z","text":"@VireoSupport my DVR-850 is bricked \u2639"}],
				"author":"@retro_fan12","reach":52310,"public":true,"reply_to":"ia-1"}`,
			want: Interaction{
				ID: "ia-3", Channel: ChannelSocial, Org: "Vireo", Queue: "social-care", StartedAt: ts("2026-11-07T20:15:00Z"),
				Turns:  []Turn{{SpeakerCustomer, ts("2026-11-07T20:15:00Z"), "@VireoSupport my DVR-850 is bricked ☹"}},
				Author: "@retro_fan12", Reach: 52310, Public: true, ReplyTo: "ia-1",
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Decode([]byte(tc.msg), 0)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got  %+v\nwant %+v", got, tc.want)
			}
			roundTrip(t, &got)
		})
	}
}

func roundTrip(t *testing.T, in *Interaction) {
	t.Helper()
	b, err := Encode(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(b, 0)
	if err != nil {
		t.Fatalf("Decode(Encode(x)): %v\n%s", err, b)
	}
	if !reflect.DeepEqual(back, *in) {
		t.Fatalf("Decode(Encode(x)) != x:\n%+v\n%+v\n%s", back, *in, b)
	}
}

func TestDecodeKeepsUnknownFields(t *testing.T) {
	msg := `{"zeta": { "b" : [1, 2] },"id":"ia-1","channel":"chat","started_at":"2026-11-06T09:00:00Z",` +
		`"alpha":"x<y & z","ID":"look-alike","turns":[],"v":2}`
	in, err := Decode([]byte(msg), 0)
	if err != nil {
		t.Fatal(err)
	}
	if in.ID != "ia-1" {
		t.Errorf("id is %q: a look-alike key overrode it", in.ID)
	}
	// Sorted keys, values byte for byte as sent (not compacted, not HTML-escaped).
	wantExtra := `{"ID":"look-alike","alpha":"x<y & z","v":2,"zeta":{ "b" : [1, 2] }}`
	if string(in.Extra) != wantExtra {
		t.Errorf("Extra is\n%s\nwant\n%s", in.Extra, wantExtra)
	}
	if !json.Valid(in.Extra) {
		t.Errorf("Extra is not valid JSON")
	}
	b, err := Encode(nil, &in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"alpha":"x<y & z"`)) || !bytes.Contains(b, []byte(`"zeta":{ "b" : [1, 2] }`)) {
		t.Errorf("Encode lost the unknown fields: %s", b)
	}
	roundTrip(t, &in)

	// No unknown fields: Extra stays nil.
	in, err = Decode([]byte(valid), 0)
	if err != nil {
		t.Fatal(err)
	}
	if in.Extra != nil {
		t.Errorf("Extra is %s, want nil", in.Extra)
	}

	// Same message, same bytes, whatever the key order.
	a, _ := Decode([]byte(`{"id":"x","channel":"chat","started_at":"2026-11-06T09:00:00Z","b":1,"a":2,"c":"\u00e9"}`), 0)
	b2, _ := Decode([]byte(`{"c":"\u00e9","a":2,"id":"x","b":1,"channel":"chat","started_at":"2026-11-06T09:00:00Z"}`), 0)
	if !bytes.Equal(a.Extra, b2.Extra) || string(a.Extra) != `{"a":2,"b":1,"c":"\u00e9"}` {
		t.Errorf("Extra depends on key order: %s vs %s", a.Extra, b2.Extra)
	}

	// Keys that need escaping stay valid JSON.
	in, err = Decode([]byte(`{"id":"x","channel":"chat","started_at":"2026-11-06T09:00:00Z","we\"ird\\key\n":true}`), 0)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]bool
	if err := json.Unmarshal(in.Extra, &m); err != nil || !m["we\"ird\\key\n"] {
		t.Errorf("escaped key not kept: %s (%v)", in.Extra, err)
	}
	roundTrip(t, &in)
}

func TestEncodeAppends(t *testing.T) {
	in, err := Decode([]byte(valid), 0)
	if err != nil {
		t.Fatal(err)
	}
	dst := []byte("prefix:")
	out, err := Encode(dst, &in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, []byte("prefix:{")) {
		t.Errorf("Encode did not append to dst: %s", out)
	}
	if _, err := Decode(out[len("prefix:"):], 0); err != nil {
		t.Error(err)
	}
}
