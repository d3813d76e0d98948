package enrich

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Numbers and addresses read out in words (redact_spoken.go), with the
// read-out numbers that are not PII. The digits are made up for the test:
// the cards pass Luhn, the others are chosen not to.
func TestRedactionSpoken(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, in, want, kinds string
	}{
		{"uk mobile doubles", "it's oh seven nine double one, four double oh, six two three, ta",
			"it's [PHONE], ta", "phone"},
		{"uk mobile hundreds", "the mobile is oh-seven-seven-hundred, nine-hundred, three one two",
			"the mobile is [PHONE]", "phone"},
		{"uk landline", "try me on oh one one three, four nine six, oh two one seven please",
			"try me on [PHONE] please", "phone"},
		{"international plus", "ring plus four four, seven nine one one, two three four, five six seven",
			"ring [PHONE]", "phone"},
		{"us ten digits", "call me on six one seven, five five five, oh one nine two",
			"call me on [PHONE]", "phone"},
		{"card in fours", "card is four one one one, one one one one, one one one one, one one one one, expiry soon",
			"card is [CARD], expiry soon", "card"},
		{"card triple", "number's five triple five, five five five five, four four four four, four four four two",
			"number's [CARD]", "card"},
		{"ssn after label", "my social is two one nine, oh nine, nine nine nine nine", "my social is [NATIONAL_ID]", "national_id"},
		{"ni read out", "my NI number is J G one two, three four, five six, C thanks", "my NI number is [NATIONAL_ID] thanks", "national_id"},
		{"email read out", "it's sam dot okoro at gmail dot com", "it's [EMAIL]", "email"},
		{"email underscore", "send it to priya underscore k at example dot co dot uk", "send it to [EMAIL]", "email"},

		// Not PII.
		{"order read out", "order ref is Q T four four one two nought nine eight seven", "order ref is Q T four four one two nought nine eight seven", ""},
		{"meter reading", "the reading is three four five six one", "the reading is three four five six one", ""},
		{"nine digits without a label", "it was one two three four five six seven eight nine", "it was one two three four five six seven eight nine", ""},
		{"card failing luhn", "card four one one one, one one one one, one one one one, one one one two", "card four one one one, one one one one, one one one one, one one one two", ""},
		{"ten digits after account", "account number is six one seven five five five oh one nine two", "account number is six one seven five five five oh one nine two", ""},
		{"serial letters", "the serial is N W L seven six four, zero four five D", "the serial is N W L seven six four, zero four five D", ""},
		{"at home", "I'm at home dot com is a joke", "I'm at home dot com is a joke", ""},
		{"reach me at", "reach me at example dot com", "reach me at example dot com", ""},
		{"price", "it's two hundred and six pounds", "it's two hundred and six pounds", ""},
		{"one by one", "one by one they all went", "one by one they all went", ""},

		// Digits: cards printed with dots; device numbers that pass Luhn.
		{"card dots", "charged on 4111.1111.1111.1111 twice", "charged on [CARD] twice", "card"},
		{"imei", "the IMEI is 49-015420-323751-8", "the IMEI is 49-015420-323751-8", ""},
		{"version dots", "firmware 4111.1111.1111.1111.2", "firmware 4111.1111.1111.1111.2", ""},
	}
	for _, tc := range tests {
		checkRedacted(t, e, tc.name, tc.in, tc.want, tc.kinds)
	}
}

// TestSpokenGate checks that skipping the spoken scan on turns without
// two number words or a "dot" (mayHoldSpoken, over the normalised words)
// loses nothing: on random runs of number words, glued to apostrophes,
// digits and accents, and on the redaction tests' texts, the gated scan
// finds exactly what the full one does.
func TestSpokenGate(t *testing.T) {
	e := newTestEngine(t)
	words := []string{"four", "one", "oh", "Oh", "o", "NINE", "seven", "nought", "double", "triple", "hundred",
		"dot", "at", "gmail", "com", "S", "K", "A", "C", "plus", "my", "social", "is", "four's", "seven7", "nineé",
		"o'clock", "card", "number"}
	seps := []string{" ", " ", " ", ", ", "-", "'", ". ", "é", "  ", "\n"}
	rng := rand.New(rand.NewPCG(5, 6))
	texts := []string{"it's sam dot okoro at gmail dot com", "ring plus four four, seven nine one one, two three four, five six seven",
		"triple oh triple seven's", "my NI number is J G one two, three four, five six, C thanks"}
	digitNames := [10][]string{{"zero", "oh", "nought", "O"}, {"one"}, {"two"}, {"three"}, {"four"}, {"five"},
		{"six"}, {"seven"}, {"eight"}, {"nine"}}
	noise := func(b *strings.Builder, n int) {
		for ; n > 0; n-- {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
	}
	for range 20000 {
		var b strings.Builder
		noise(&b, rng.IntN(10))
		if rng.IntN(2) == 0 {
			// A number read out: a UK phone, or 6-16 digits, with
			// doubles and triples, its last word sometimes glued.
			var d []byte
			if rng.IntN(2) == 0 {
				d = append(d, '0', '7')
			}
			for n := 4 + rng.IntN(12); n > 0; n-- {
				d = append(d, byte('0'+rng.IntN(10)))
			}
			for i := 0; i < len(d); {
				run := 1
				for i+run < len(d) && d[i+run] == d[i] && run < 3 {
					run++
				}
				if run > 1 && rng.IntN(2) == 0 {
					b.WriteString([]string{"", "", "double ", "triple "}[run])
				} else {
					run = 1
				}
				names := digitNames[d[i]-'0']
				b.WriteString(names[rng.IntN(len(names))])
				i += run
				if i < len(d) {
					b.WriteString([]string{" ", " ", ", ", "-"}[rng.IntN(4)])
				}
			}
			b.WriteString([]string{"", "", "'s", "7", "é", "."}[rng.IntN(6)])
			b.WriteByte(' ')
		}
		noise(&b, rng.IntN(6))
		texts = append(texts, b.String())
	}
	found, skipped := 0, 0
	var got, want []piiSpan
	for _, text := range texts {
		e.normalise(text)
		spoken := mayHoldSpoken(e.toks)
		got = scanPII(got[:0], text, spoken)
		want = findPII(want[:0], text)
		if !slices.Equal(got, want) {
			t.Fatalf("%q (gate %v):\n got %v\nwant %v", text, spoken, got, want)
		}
		found += len(want)
		if !spoken {
			skipped++
		}
	}
	t.Logf("%d spans found, %d texts skipped", found, skipped)
	if found < 200 || skipped < 1000 {
		t.Fatalf("%d spans found, %d texts skipped: the test does not exercise the gate", found, skipped)
	}
}
