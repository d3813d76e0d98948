package enrich

import (
	"strings"
	"testing"
	"unsafe"
)

func TestRedaction(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		in, want, kinds string
	}{
		// Cards: Luhn decides.
		{"my card is 4111 1111 1111 1111 thanks", "my card is [CARD] thanks", "card"},
		{"card 4111-1111-1111-1111.", "card [CARD].", "card"},
		{"5500005555555559", "[CARD]", "card"},
		{"amex 378282246310005", "amex [CARD]", "card"},
		{"order 1234 5678 9012 3456 is late", "order 1234 5678 9012 3456 is late", ""},
		{"order 1234567890123456 is late", "order 1234567890123456 is late", ""},
		{"ref 9876-5432-1098-7654", "ref 9876-5432-1098-7654", ""},
		// E-mails.
		{"mail me at jane.doe+x@example.co.uk.", "mail me at [EMAIL].", "email"},
		{"a@b.com and c_d@e-f.org", "[EMAIL] and [EMAIL]", "email|email"},
		{"ping @handle or me@localhost or x@y.c", "ping @handle or me@localhost or x@y.c", ""},
		// Phones.
		{"call +1 415 555 0134 now", "call [PHONE] now", "phone"},
		{"call (415) 555-0134.", "call [PHONE].", "phone"},
		{"mobile 07700 900123", "mobile [PHONE]", "phone"},
		{"+447700900123", "[PHONE]", "phone"},
		{"1-800-555-0199", "[PHONE]", "phone"},
		{"415.555.0134", "[PHONE]", "phone"},
		{"room 12 415 555 0134", "room 12 [PHONE]", "phone"},
		{"4155550134", "4155550134", ""}, // bare 10 digits: could be an order number
		{"on 2024-05-01 at 10:30, version 1.2.3, 3 times", "on 2024-05-01 at 10:30, version 1.2.3, 3 times", ""},
		// National IDs.
		{"ssn 123-45-6789", "ssn [NATIONAL_ID]", "national_id"},
		{"NI AB123456C and AB 12 34 56 C", "NI [NATIONAL_ID] and [NATIONAL_ID]", "national_id|national_id"},
		{"code QQ123456C, abc123456c", "code QQ123456C, abc123456c", ""},
		// Mixed, kinds in order.
		{"x@y.com, 4111111111111111, +44 20 7946 0958", "[EMAIL], [CARD], [PHONE]", "email|card|phone"},
		// Nothing.
		{"", "", ""},
		{"Hello, my order #48213 hasn't arrived.", "Hello, my order #48213 hasn't arrived.", ""},
	}
	for _, tc := range tests {
		c := enrichTurns(t, e, cust(tc.in))
		if got := c.TurnTexts.Row(0)[0]; got != tc.want {
			t.Errorf("%q: redacted %q, want %q", tc.in, got, tc.want)
		}
		if got := joinRow(&c.PIIKinds, 0); got != tc.kinds {
			t.Errorf("%q: kinds %q, want %q", tc.in, got, tc.kinds)
		}
	}
}

func TestRedactionNoPIIIsNotCopied(t *testing.T) {
	e := newTestEngine(t)
	in := "Nothing sensitive here, order 1234 5678 9012 3456."
	c := enrichTurns(t, e, cust(in))
	got := c.TurnTexts.Row(0)[0]
	if got != in || unsafe.StringData(got) != unsafe.StringData(in) {
		t.Fatalf("text without PII was copied or changed: %q", got)
	}
}

func TestLuhn(t *testing.T) {
	for s, want := range map[string]bool{
		"4111111111111111": true, "5500005555555559": true, "378282246310005": true,
		"1234567890123456": false, "4111111111111112": false,
	} {
		if got := luhnValid([]byte(s)); got != want {
			t.Errorf("luhn(%s) = %v", s, got)
		}
	}
}

func TestTruncation(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxTextBytes = 256
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("héllo wörld ", 40) + "card 4111 1111 1111 1111"
	c := enrichTurns(t, e, cust(long))
	got := c.TurnTexts.Row(0)[0]
	if !strings.HasSuffix(got, truncatedMark) || len(got) > 256+len(truncatedMark) {
		t.Fatalf("truncated text (%d bytes) %q", len(got), got)
	}
	if strings.Contains(got, "4111") {
		t.Fatalf("text beyond the cap leaked: %q", got)
	}
	body := strings.TrimSuffix(got, truncatedMark)
	if !strings.HasPrefix(long, body) {
		t.Fatalf("truncated text is not a prefix of the input")
	}
}
