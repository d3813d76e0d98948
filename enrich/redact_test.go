package enrich

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/runaroundhq/runaround/transcript"
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
		// A card inside a longer run: with its expiry or code, glued to a
		// phone, next to another number; not in a uniform tracking number
		// or a version.
		{"my card is 4111 1111 1111 1111 05 27 thanks", "my card is [CARD] 05 27 thanks", "card"},
		{"card 4111 1111 1111 1111 123", "card [CARD] 123", "card"},
		{"number 4111111111111111 27", "number [CARD] 27", "card"},
		{"4111-1111-1111-1111 1234 5678", "[CARD] 1234 5678", "card"},
		{"call 555-123-4567.4111 1111 1111 1111 ok", "call 555-123-4567.[CARD] ok", "card"},
		{"ref 7605492 4111 1111 1111 1111 5", "ref 7605492 [CARD] 5", "card"},
		{"the DVR 4111 1111 1111 1111 850S", "the DVR [CARD] 850S", "card"},
		{"tracking 9400 1000 0000 0000 0000 00", "tracking 9400 1000 0000 0000 0000 00", ""},
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

// TestRedactionIDsAndPhones covers the shapes that depend on their grouping
// or on the words before them (redact_context.go): each positive next to the
// hard negatives it must not swallow.
func TestRedactionIDsAndPhones(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, in, want, kinds string
	}{
		// SSN as 3-2-4 groups: dashes always, spaces or dots when the digits
		// are a valid SSN and no other label precedes them.
		{"ssn spaces", "For the W-9 my SSN is 078 44 2315", "For the W-9 my SSN is [NATIONAL_ID]", "national_id"},
		{"ssn spaces no label", "it's 078 44 2315 ok", "it's [NATIONAL_ID] ok", "national_id"},
		{"ssn speech", "my social is six four one, uh, 641 22 9087", "my social is six four one, uh, [NATIONAL_ID]", "national_id"},
		{"ssn dots", "ssn 123.45.6789.", "ssn [NATIONAL_ID].", "national_id"},
		{"ssn dash invalid area kept", "ref 987-65-4321", "ref [NATIONAL_ID]", "national_id"},
		{"ssn spaces area 000", "000 12 3456", "000 12 3456", ""},
		{"ssn spaces area 666", "666 12 3456", "666 12 3456", ""},
		{"ssn spaces area 9xx", "912 12 3456", "912 12 3456", ""},
		{"ssn spaces group 00", "123 00 3456", "123 00 3456", ""},
		{"ssn spaces serial 0000", "123 45 0000", "123 45 0000", ""},
		{"ssn spaces after order", "order 623 19 8842 shipped", "order 623 19 8842 shipped", ""},
		{"ssn mixed separators", "123 45-6789", "123 45-6789", ""},
		// Nine bare digits: only after an SSN label, within a few words.
		{"ssn label bare", "SSN 623198842 for the finance check", "SSN [NATIONAL_ID] for the finance check", "national_id"},
		{"ssn label colon", "ssn: 623198842", "ssn: [NATIONAL_ID]", "national_id"},
		{"ss hash", "SS# 623198842", "SS# [NATIONAL_ID]", "national_id"},
		{"social security", "my Social Security number is 623198842", "my Social Security number is [NATIONAL_ID]", "national_id"},
		{"social is", "my social is 623198842", "my social is [NATIONAL_ID]", "national_id"},
		{"social apostrophe", "social's 623198842", "social's [NATIONAL_ID]", "national_id"},
		{"social insurance 3-3-3", "social insurance number 046 454 286", "social insurance number [NATIONAL_ID]", "national_id"},
		{"ssn label 3-3-3", "SSN 623 198 842", "SSN [NATIONAL_ID]", "national_id"},
		{"ssn label too far", "SSN, and also while I have you on the line, 623198842", "SSN, and also while I have you on the line, 623198842", ""},
		{"ssn label before other number", "SSN 123-45-6789 and 987654321", "SSN [NATIONAL_ID] and 987654321", "national_id"},
		{"ssn then account", "ssn and account 623198842", "ssn and account 623198842", ""},
		{"social media", "my social media id 623198842", "my social media id 623198842", ""},
		{"assn is no ssn", "the assn 623198842", "the assn 623198842", ""},
		{"ssn label 10 digits", "SSN 6231988421", "SSN 6231988421", ""},
		{"order 9 digits", "order 623198842 hasn't arrived", "order 623198842 hasn't arrived", ""},
		{"bare 9 digits", "623198842", "623198842", ""},
		{"last four of social", "last four of my social are 4410", "last four of my social are 4410", ""},
		// UK National Insurance numbers.
		{"nino spaces", "NI number WP 92 37 16 D thanks", "NI number [NATIONAL_ID] thanks", "national_id"},
		{"nino lower", "it's tm209184d", "it's [NATIONAL_ID]", "national_id"},
		{"nino example prefix", "e.g. QQ 12 34 56 C", "e.g. QQ 12 34 56 C", ""},
		{"nino example prefix after a label", "my NI number is QQ 12 34 56 C", "my NI number is [NATIONAL_ID]", "national_id"},
		{"nino never-issued prefix, national insurance", "my national insurance is QJ 71 50 22 A ok", "my national insurance is [NATIONAL_ID] ok", "national_id"},
		{"nino never-issued prefix, other label", "ref QQ 12 34 56 C", "ref QQ 12 34 56 C", ""},
		// Phones.
		{"uk mobile spaced", "my mobile's 07700 900123", "my mobile's [PHONE]", "phone"},
		{"uk mobile bare", "ring 07700900123 after six", "ring [PHONE] after six", "phone"},
		{"uk mobile bare no label", "it's 07911123456", "it's [PHONE]", "phone"},
		{"uk mobile-like after order", "order 07911123456", "order 07911123456", ""},
		{"uk landline intl", "+44 20 7946 0958", "[PHONE]", "phone"},
		{"uk intl trunk", "+44 (0)20 7946 0958", "[PHONE]", "phone"},
		{"00 prefix", "call 0044 20 7946 0958", "call [PHONE]", "phone"},
		{"us paren", "(555) 010-4477", "[PHONE]", "phone"},
		{"us dots", "555.010.4477", "[PHONE]", "phone"},
		{"us 1 paren", "1 (800) 555-0199", "[PHONE]", "phone"},
		{"bare 10 after call", "call me on 4155550134", "call me on [PHONE]", "phone"},
		{"bare 10 after phone number", "Phone number: 4155550134", "Phone number: [PHONE]", "phone"},
		{"bare 11 after mobile", "mobile 14155550134", "mobile [PHONE]", "phone"},
		{"bare 10 after call reference", "your call reference is 4155550134", "your call reference is 4155550134", ""},
		{"bare 10 no label", "it's 4155550134", "it's 4155550134", ""},
		{"called is no label", "I called, order is 4155550134", "I called, order is 4155550134", ""},
		// Hard negatives.
		{"order with letters", "order NW-48213377 and AB12345678", "order NW-48213377 and AB12345678", ""},
		{"tracking", "any update on 1Z999AA10123456784?", "any update on 1Z999AA10123456784?", ""},
		{"tracking digits", "tracking 9400 1000 0000 0000 0000 00", "tracking 9400 1000 0000 0000 0000 00", ""},
		{"fedex 12", "parcel 1234 5678 9012", "parcel 1234 5678 9012", ""},
		{"dates", "on 2024-05-01, 01.05.2024 or 2024 05 01", "on 2024-05-01, 01.05.2024 or 2024 05 01", ""},
		{"times", "at 14:05 or 10.30 am", "at 14:05 or 10.30 am", ""},
		{"prices", "£1,249.99 and $123.45 or 1 249 99", "£1,249.99 and $123.45 or 1 249 99", ""},
		{"flight", "flight BA 283 or UA1234 at gate 22", "flight BA 283 or UA1234 at gate 22", ""},
		{"card last four", "the card ending 4421", "the card ending 4421", ""},
		{"sort code", "sort code 20-00-00, account 88231945", "sort code 20-00-00, account 88231945", ""},
		{"account 9", "account 623198842", "account 623198842", ""},
		{"account 10 after phone", "phone account 4155550134", "phone account 4155550134", ""},
		{"case 8", "case number 07700912 - any update?", "case number 07700912 - any update?", ""},
		{"complaint ref", "your complaint reference is 20240311004217", "your complaint reference is 20240311004217", ""},
	}
	for _, tc := range tests {
		checkRedacted(t, e, tc.name, tc.in, tc.want, tc.kinds)
	}
}

// BenchmarkFindPIIAmbiguous measures the scan where the look-back runs:
// every text holds a run whose kind depends on the words before it (the
// worst case; generated support text rarely reaches labelBefore, see
// BenchmarkStages/pii).
func BenchmarkFindPIIAmbiguous(b *testing.B) {
	texts := []string{
		"SSN 623198842 for the finance check", "my Social Security number is 623198842",
		"order 623198842 hasn't arrived", "For the W-9 my SSN is 078 44 2315",
		"order 623 19 8842 shipped", "call me on 4155550134", "your call reference is 4155550134",
		"it's 07911123456", "ssn and account 623198842", "my social media id 623198842",
	}
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var spans []piiSpan
	for b.Loop() {
		for _, s := range texts {
			spans = findPII(spans[:0], s)
		}
	}
}

func TestLabelBefore(t *testing.T) {
	tests := []struct {
		text string // the run starts at the '|'
		want uint8
	}{
		{"|", labelNone},
		{"SSN |", labelSSN},
		{"ssns |", labelSSN},
		{"Ss# |", labelSSN},
		{"ss |", labelNone},
		{"social |", labelSSN},
		{"SOCIAL SECURITY NO. |", labelSSN},
		{"social worker |", labelNone},
		{"ssn 12 |", labelNone}, // a digit after the label resets it
		{"ssn order |", labelOther},
		{"order ssn |", labelSSN}, // nearest wins
		{"call me on |", labelPhone},
		{"recall |", labelNone},
		{"called |", labelNone},
		{"5pm call |", labelPhone},
		{"at 5pm |", labelNone},
		// Window: the label's start must be within piiLabelWindow bytes.
		{"ssn" + strings.Repeat(" ", piiLabelWindow-3) + "|", labelSSN},
		{"ssn" + strings.Repeat(" ", piiLabelWindow-2) + "|", labelNone},
		// A word cut by the window is not read.
		{"assn" + strings.Repeat(" ", piiLabelWindow-3) + "|", labelNone},
	}
	for _, tc := range tests {
		i := strings.IndexByte(tc.text, '|')
		if got := labelBefore(tc.text, i); got != tc.want {
			t.Errorf("labelBefore(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestValidSSN(t *testing.T) {
	for s, want := range map[string]bool{
		"078442315": true, "123456789": true, "899999999": true,
		"000123456": false, "666123456": false, "900123456": false, "123004567": false, "123450000": false,
	} {
		if got := validSSN([]byte(s)); got != want {
			t.Errorf("validSSN(%s) = %v", s, got)
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

// piiNoise builds text dense in PII look-alikes: digit groups of every
// length joined by the separators number runs allow (and some they do not),
// '+' and '(' prefixes, e-mail shapes, NI-number shapes, the labels that
// decide ambiguous runs (labelBefore) and UTF-8.
func piiNoise(rng *rand.Rand, n int) string {
	frags := []string{" ", " ", "-", ".", "+", "(", ")", "@", "a", "AB", "QQ", "C", "x", ".com", "é", "\n", "ab", "@e.org",
		"4111", "1111", "0", "12", "345", "415", "555", "0134", "07700", "900123", "4111111111111111", "123-45-6789", "AB 12 34 56 C", "ab 123456 c", "JG 103759B",
		"ssn ", "SSN: ", "social ", "Social Security number is ", "social media ", "ss#", "assn ", "order ", "call ", "phone ", "called ",
		"078 44 2315", "641.22.9087", "623198842", "4155550134", "07700900123", "0044 20 7946 0958", "9400 1000 0000 0000 0000 00"}
	var b strings.Builder
	for b.Len() < n {
		if rng.IntN(3) == 0 {
			for k := rng.IntN(6); k >= 0; k-- {
				b.WriteByte(byte('0' + rng.IntN(10)))
			}
			continue
		}
		b.WriteString(frags[rng.IntN(len(frags))])
	}
	return b.String()
}

// TestFindPIIDifferential checks the skipping scan against the byte-by-byte
// reference on generated support text (with its planted PII) and on PII-dense
// noise.
func TestFindPIIDifferential(t *testing.T) {
	var texts []string
	for _, it := range benchBatch("chat", 200) {
		for _, tr := range it.Turns {
			texts = append(texts, tr.Text)
		}
	}
	for _, it := range syntheticBatch(50, 1000) {
		for _, tr := range it.Turns {
			texts = append(texts, tr.Text)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		texts = append(texts, piiNoise(rng, rng.IntN(80)))
	}
	found := 0
	var got, want []piiSpan
	for _, text := range texts {
		got = findPII(got[:0], text)
		want = findPIIRef(want[:0], text)
		if !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
		}
		checkSpans(t, text, got)
		found += len(want)
	}
	if found < 500 {
		t.Fatalf("only %d PII spans in all texts: the test does not exercise the scan", found)
	}
}

func FuzzFindPII(f *testing.F) {
	for _, s := range []string{"call +1 415 555 0134 now", "NI AB 12 34 56 C", "a@b.com 4111-1111-1111-1111", "(415)555-0134", "x1 AB123456C9",
		"SSN 623198842", "my social is 641 22 9087", "call me on 4155550134", "order 07700900123", "9400 1000 0000 0000 0000 00", "pasa@b.comswa@b.comord"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := findPII(nil, text), findPIIRef(nil, text)
		if !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
		}
		checkSpans(t, text, got)
	})
}

// checkSpans fails unless spans are non-empty, in order and disjoint, as
// redact needs them.
func checkSpans(t *testing.T, text string, spans []piiSpan) {
	t.Helper()
	prev := int32(0)
	for _, s := range spans {
		if s.start < prev || s.end <= s.start || int(s.end) > len(text) {
			t.Fatalf("%q: spans %v overlap, are empty or out of order", text, spans)
		}
		prev = s.end
	}
}

// TestRedactRunOnEmails: an address whose domain runs into the next
// address's local part ("pasa@b.comswa@b.comord") once gave overlapping
// spans, and redact panicked slicing between them.
func TestRedactRunOnEmails(t *testing.T) {
	e := newTestEngine(t)
	var c Columns
	for _, tc := range []struct{ text, want string }{
		{"a new pasa@b.comswa@b.comord when", "a new [EMAIL]@b.comord when"},
		{"weea@b.comka@b.com, @united", "[EMAIL]@b.com, @united"},
		{"x@y.zzq@r.st@u.vw", "[EMAIL]@[EMAIL]"},
		{"a@b.com c@d.com", "[EMAIL] [EMAIL]"},
	} {
		checkSpans(t, tc.text, findPII(nil, tc.text))
		e.EnrichBatch([]transcript.Interaction{{Turns: []transcript.Turn{{Speaker: transcript.SpeakerCustomer, Text: tc.text}}}}, &c)
		if got := c.TurnTexts.Values[0]; got != tc.want {
			t.Errorf("%q redacted as %q, want %q", tc.text, got, tc.want)
		}
	}
}

// checkRedacted enriches in as one customer turn and checks its stored
// text and PII kinds ("|"-joined).
func checkRedacted(t *testing.T, e *Engine, name, in, want, kinds string) {
	t.Helper()
	c := enrichTurns(t, e, cust(in))
	if got := c.TurnTexts.Row(0)[0]; got != want {
		t.Errorf("%s: %q redacted %q, want %q", name, in, got, want)
	}
	if got := joinRow(&c.PIIKinds, 0); got != kinds {
		t.Errorf("%s: %q kinds %q, want %q", name, in, got, kinds)
	}
}
