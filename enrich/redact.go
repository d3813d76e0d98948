package enrich

import "strings"

// PII redaction.
//
// findPII scans the original text (not the lowercase buffer) once, left to
// right, and records the spans to replace. What counts as PII:
//
//   - e-mail: local@domain.tld (local part [A-Za-z0-9._%+-], domain labels
//     [A-Za-z0-9-], at least one dot, alphabetic TLD of 2+ letters).
//   - card: 13-19 digits, optionally grouped with single spaces or dashes,
//     that pass the Luhn check. A non-Luhn 16-digit number (an order or
//     tracking number) is left alone.
//   - national_id: the US SSN shape ddd-dd-dddd; the same 3-2-4 groups
//     joined by single spaces or dots ("078 44 2315", as typed or as speech
//     to text writes it) when the digits are a valid SSN (validSSN) and no
//     label such as "order" or "account" precedes them; any nine digits in
//     at most three groups after an SSN label ("SSN 623198842", "my social
//     is ...", "ss# ..."; redact_context.go); and the UK National Insurance
//     number (two prefix letters, six digits optionally in pairs, suffix
//     A-D, e.g. "AB123456C", "AB 12 34 56 C"; HMRC's never-issued prefixes,
//     such as the "QQ" of its examples, only after an NI label: "my NI
//     number is QQ 12 34 56 C", not "e.g. QQ 12 34 56 C").
//   - phone: a number run that starts with '+' and has 8-15 digits (E.164),
//     or, without '+', has 10 digits, or 11 digits starting with 0 or 1
//     (UK "07700 900123", US "1-800-555-0199"), and shows phone structure:
//     a separator or a parenthesised area code; or starts with the
//     international prefix 00 and has 11-15 digits and separators ("0044
//     20 7946 0958"). Bare runs of those lengths are redacted only as a UK
//     mobile ("07700900123", unless a label such as "order" precedes it) or
//     after a phone label ("call me on 4155550134"): otherwise they are as
//     likely to be order numbers. Because a phone has at most 15 digits, a
//     16-digit non-Luhn order number is never taken for a phone.
//
// Never redacted, whatever their digits: sort codes (2-2-2), card last
// fours, dates, times, prices, versions, 9-digit ids without an SSN label,
// and codes glued to letters ("1Z999AA10123456784", "BA2490": a run starts
// and ends at a word boundary).
//
// A number run is a maximal sequence of digit groups joined by one space,
// dash or dot, with an optional leading '+' and parenthesised groups; it must
// start and end at a word boundary. When a whole run is not PII the scan
// resumes at its next group, so "room 12 415 555 0134" still finds the phone;
// except after a run of more digits than any card (a tracking number such as
// "9400 1000 0000 0000 0000 00"), which is skipped whole: its tail groups
// are part of the code, not a phone or card of their own.
// Spans never overlap (e-mails are found first, number runs inside them are
// skipped).

// PII kinds, in the order of piiNames.
const (
	piiCard uint8 = iota
	piiEmail
	piiPhone
	piiNationalID
)

var piiNames = [...]string{"card", "email", "phone", "national_id"}
var piiMasks = [...]string{"[CARD]", "[EMAIL]", "[PHONE]", "[NATIONAL_ID]"}

type piiSpan struct {
	start, end int32
	kind       uint8
}

func isDigit(c byte) bool     { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool     { return isDigit(c) || isASCIILetter(c) }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// findPII appends the PII spans of text to dst, in order.
//
// Most turns hold no PII, so the scan is built to skip: every kind of PII
// holds an ASCII digit no more than three bytes after its start (a number
// run starts with a digit or with '+' or '(' before one; a National
// Insurance number has its first digit at +2, or +3 after a space) except
// e-mail addresses, which hold an '@'. So the '@'s are found with
// strings.IndexByte, the digits eight bytes at a time (nextDigit), and the
// byte-by-byte classification only runs from three bytes before each digit.
// A turn without digit or '@' costs two quick scans.
func findPII(dst []piiSpan, text string) []piiSpan { return scanPII(dst, text, true) }

// scanPII is findPII, with the scan for numbers and addresses read out in
// words (spokenPII) only when spoken is set: the engine clears it for a
// turn without the words they are made of (mayHoldSpoken).
func scanPII(dst []piiSpan, text string, spoken bool) []piiSpan {
	n := len(text)
	mark := len(dst)
	// E-mails first: they are rare, and IndexByte on '@' is fast.
	for i := 0; i < n; {
		at := strings.IndexByte(text[i:], '@')
		if at < 0 {
			break
		}
		at += i
		if s, e, ok := emailAt(text, i, at); ok {
			dst = append(dst, piiSpan{int32(s), int32(e), piiEmail})
			i = e
		} else {
			i = at + 1
		}
	}
	emails := dst[mark:]
	ne := len(emails)
	k := 0      // next e-mail span
	digit := -1 // position of the next digit at or after i (valid when >= i)
	for i := 0; i < n; {
		if digit < i {
			digit = nextDigit(text, i)
			if digit == n {
				break // no digit left: no number run or NI number
			}
		}
		// Nothing starting before digit-3 can be PII (see above).
		i = max(i, digit-3)
		if k < ne && i >= int(emails[k].start) {
			i = max(i, int(emails[k].end))
			k++
			continue
		}
		limit := n
		if k < ne {
			limit = int(emails[k].start)
		}
		dst, i = spanAt(dst, text, i, limit)
	}
	digits := len(dst)
	if spoken {
		dst = spokenPII(dst, text)
	}
	if ne > 0 || len(dst) > digits && digits > mark {
		sortSpansFrom(dst, mark)
	}
	return dst
}

// spanAt classifies the position i of a PII scan: limit is where the next
// e-mail span starts (numbers must not run into it). It returns dst with
// the span that starts at i, if any, and where the scan resumes: after the
// span, after a run too long to be PII, or at i+1.
func spanAt(dst []piiSpan, text string, i, limit int) ([]piiSpan, int) {
	if i > 0 && isAlnum(text[i-1]) {
		return dst, i + 1 // inside a word or number: nothing starts here
	}
	c := text[i]
	switch {
	case isDigit(c) || (c == '+' || c == '(') && i+1 < len(text) && isDigit(text[i+1]):
		e, kind, ok := numberAt(text[:limit], i)
		if ok {
			dst = append(dst, piiSpan{int32(i), int32(e), kind})
		}
		if e > i { // PII, or a run too long to hold any: skip it
			return dst, e
		}
	case isASCIILetter(c):
		if e, ok := ukNINOAt(text[:limit], i); ok {
			return append(dst, piiSpan{int32(i), int32(e), piiNationalID}), e
		}
	}
	return dst, i + 1
}

// sortSpansFrom puts dst[mark:] in start order: the number and NI spans
// were appended after the e-mails. A turn has a handful of spans:
// insertion sort, in place.
func sortSpansFrom(dst []piiSpan, mark int) {
	s := dst[mark:]
	for a := 1; a < len(s); a++ {
		for b := a; b > 0 && s[b].start < s[b-1].start; b-- {
			s[b], s[b-1] = s[b-1], s[b]
		}
	}
}

const (
	lsb8 = 0x0101010101010101
	msb8 = 0x8080808080808080
)

// nextDigit returns the index of the first ASCII digit in text[i:], or
// len(text) when there is none. It tests eight bytes per step: for each byte
// b with its top bit cleared (t), t+0x50 carries into the top bit iff
// t >= '0' and t+0x46 iff t >= ':'; neither sum can carry into the next
// byte, so the result is exact, and a byte with its own top bit set (UTF-8)
// is excluded.
func nextDigit(text string, i int) int {
	for ; i+8 <= len(text); i += 8 {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		t := x &^ msb8
		if (t+(0x80-'0')*lsb8)&^(t+(0x80-':')*lsb8)&^x&msb8 != 0 {
			break
		}
	}
	for ; i < len(text); i++ {
		if isDigit(text[i]) {
			return i
		}
	}
	return len(text)
}

func isLocalByte(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// emailAt reports the e-mail address around the '@' at text[at]. Its
// local part starts at lo or later: lo is the end of the previous address,
// which may run up to this '@' ("a@b.comc@d.com": the first address is
// "a@b.comc"), and spans must not overlap (redact copies the text between
// them).
func emailAt(text string, lo, at int) (start, end int, ok bool) {
	s := at
	for s > lo && isLocalByte(text[s-1]) {
		s--
	}
	for s < at && (text[s] == '.' || text[s] == '-' || text[s] == '+') {
		s++
	}
	if s == at {
		return 0, 0, false
	}
	e := at + 1
	for e < len(text) && (isAlnum(text[e]) || text[e] == '-' || text[e] == '.') {
		if text[e] == '.' && (e == at+1 || text[e-1] == '.') {
			break
		}
		e++
	}
	// Trim trailing dots and dashes ("mail me at a@b.com.").
	for e > at+1 && (text[e-1] == '.' || text[e-1] == '-') {
		e--
	}
	lastDot := -1
	for j := e - 1; j > at+1; j-- {
		if text[j] == '.' {
			lastDot = j
			break
		}
	}
	if lastDot < 0 || e-lastDot-1 < 2 {
		return 0, 0, false
	}
	for j := lastDot + 1; j < e; j++ {
		if !isASCIILetter(text[j]) {
			return 0, 0, false
		}
	}
	return s, e, true
}

// numberAt classifies the number run starting at text[i]. It returns the
// run's end and PII kind when the run is a card, SSN or phone. When it is
// not, end is either 0 (resume the scan inside the run) or, for a run too
// long to hold PII, the run's end (skip it).
func numberAt(text string, i int) (end int, kind uint8, ok bool) {
	var (
		digits  [40]byte // the run's first 40 digits
		nd      int
		groups  [8]uint8 // group lengths (first 8)
		gends   [8]int   // where each group ends in text (first 8)
		ng      int
		seps    uint8 // bit 0 space, 1 dash, 2 dot
		paren   bool
		plus    bool
		lastEnd = -1
	)
	n := len(text)
	j := i
	if text[j] == '+' {
		plus = true
		j++
	}
	for j < n {
		start := j
		closing := false
		if text[j] == '(' {
			j++
			closing = true
		}
		g := 0
		for j < n && isDigit(text[j]) {
			if nd < len(digits) {
				digits[nd] = text[j]
			}
			nd++
			g++
			j++
		}
		if g == 0 || closing && (j >= n || text[j] != ')') {
			j = start
			break
		}
		if closing {
			j++
			paren = true
		}
		if ng < len(groups) {
			groups[ng] = uint8(min(g, 255))
			gends[ng] = j
		}
		ng++
		lastEnd = j
		if j >= n {
			break
		}
		switch c := text[j]; {
		case closing && (isDigit(c)):
			continue // "(415)555-0134"
		case (c == ' ' || c == '-' || c == '.') && j+1 < n && (isDigit(text[j+1]) || text[j+1] == '('):
			switch c {
			case ' ':
				seps |= 1
			case '-':
				seps |= 2
			case '.':
				seps |= 4
			}
			j++
			continue
		case closing && c == ' ' && j+1 < n && isDigit(text[j+1]):
			j++
			continue
		}
		break
	}
	if lastEnd < 0 {
		return 0, 0, false
	}
	end = lastEnd
	if end < n && (isAlnum(text[end]) || text[end] == '@') {
		// Glued to a word: the last group belongs to a code ("850S"),
		// but a card may stand before it.
		if ng > 1 && ng <= len(groups) {
			if e, at := cardInRun(text, digits[:min(nd, len(digits))], groups[:ng-1], gends[:ng-1], false); at == 0 {
				return e, piiCard, true
			}
		}
		return 0, 0, false
	}
	if nd > 19 {
		// Longer than any card or phone: the caller skips the whole run,
		// unless a card is printed inside it (see cardInRun).
		switch e, at := cardInRun(text, digits[:min(nd, len(digits))], groups[:min(ng, len(groups))], gends[:min(ng, len(gends))], true); {
		case at == 0:
			return e, piiCard, true
		case at > 0:
			return 0, 0, false // resume: the scan reaches the card's group
		}
		return end, 0, false
	}
	oneSep := seps&(seps-1) == 0 // one kind of separator, or none
	if !plus && !paren && nd == 9 && oneSep {
		// SSN: ddd-dd-dddd as it is; ddd dd dddd and ddd.dd.dddd (typed
		// or transcribed from speech) when the digits are a valid SSN and
		// no label names another number ("order 623 19 8842"); any nine
		// digits in at most three groups after an SSN label ("SSN
		// 623198842", "social insurance number 046 454 286").
		if ng == 3 && groups[0] == 3 && groups[1] == 2 && groups[2] == 4 &&
			(seps == 2 || validSSN(digits[:9]) && !namesOther(labelBefore(text, i))) {
			return end, piiNationalID, true
		}
		if ng <= 3 && labelBefore(text, i) == labelSSN {
			return end, piiNationalID, true
		}
		return 0, 0, false
	}
	// Card: 13-19 digits, spaces or dashes only, Luhn-valid, and not
	// starting with 0 (no card issuer number does; an all-zero run passes
	// Luhn).
	// Dots only in the four groups of four a card is printed in
	// ("5399.1147.1049.7469"), never in a version or an address. A
	// number labelled as a handset's or a SIM's is none ("IMEI
	// 35-209900-176148-1", "sim number 8944 1100 ...").
	dotted := seps == 4 && ng == 4 && groups[0] == 4 && groups[1] == 4 && groups[2] == 4 && groups[3] == 4
	if !plus && !paren && nd >= 13 && (seps&4 == 0 || dotted) && digits[0] != '0' && luhnValid(digits[:nd]) &&
		labelBefore(text, i) != labelDevice {
		return end, piiCard, true
	}
	// Phone.
	if plus {
		if nd >= 8 && nd <= 15 {
			return end, piiPhone, true
		}
		return 0, 0, false
	}
	national := nd == 10 || nd == 11 && (digits[0] == '0' || digits[0] == '1')
	if (seps != 0 || paren) && national {
		return end, piiPhone, true
	}
	// International prefix instead of '+': "0044 20 7946 0958".
	if seps != 0 && !paren && nd >= 11 && nd <= 15 && digits[0] == '0' && digits[1] == '0' {
		return end, piiPhone, true
	}
	if seps == 0 && !paren && national {
		// Bare digits: a UK mobile ("07700900123") unless a label names
		// another number; any other national length only after a phone
		// label ("call me on 4155550134"), as an order number is as likely.
		switch labelBefore(text, i) {
		case labelPhone:
			return end, piiPhone, true
		case labelNone, labelSSN:
			if nd == 11 && digits[0] == '0' && digits[1] == '7' {
				return end, piiPhone, true
			}
		}
	}
	// Not PII as a whole: a card followed by its expiry or security code
	// ("4111 1111 1111 1111 05 27"), or glued to another number.
	switch e, at := cardInRun(text, digits[:min(nd, len(digits))], groups[:min(ng, len(groups))], gends[:min(ng, len(gends))], true); {
	case at == 0:
		return e, piiCard, true
	case at > 0:
		return 0, 0, false
	}
	return 0, 0, false
}

// cardInRun looks for a card number printed inside a number run that is
// not PII as a whole: its groups (lengths groups, ending at gends in text)
// hold digits; whole says they are the whole run, which was classified
// already. It returns the group index at which the card starts (-1: none)
// and, when that is 0, the card's end.
//
// Why: a run is classified whole, so a card followed by its expiry or
// security code ("4111 1111 1111 1111 05 27", "4111111111111111 123") or
// glued to a phone number by a full stop was neither a card nor a phone,
// and was stored in clear. A window of groups is a card when it is printed
// like one (one group of 13-19 digits; fours with a shorter last group;
// 4-6-5 or 4-6-4), is Luhn-valid, does not start with 0, and is set off
// from the rest of the run: by another separator than its own, or, after
// it, by at most two groups of at most four digits in all (an expiry, a
// code) or by a group longer than four on either side (another number). A tracking number in uniform groups ("9400 1000 0000 0000 0000
// 00") has no such window, whatever its checksum.
func cardInRun(text string, digits []byte, groups []uint8, gends []int, whole bool) (end, at int) {
	if whole && len(groups) < 2 {
		return 0, -1
	}
	// sep(g) is the byte between group g and g+1.
	sep := func(g int) byte { return text[gends[g]] }
	total := 0 // digits in groups
	for _, g := range groups {
		total += int(g)
	}
	first := 0 // digits before group a
	for a := range groups {
		n := 0
		for b := a; b < len(groups); b++ {
			n += int(groups[b])
			if n > 19 || first+n > len(digits) {
				break
			}
			if n < 13 || whole && a == 0 && b == len(groups)-1 || !cardShape(groups[a:b+1]) {
				continue
			}
			inner := byte(0) // the window's own separator (0: one group)
			if b > a {
				inner = sep(a)
				if inner == '.' && (b-a != 3 || n != 16) {
					continue // dots only in 4x4 ("5399.1147.1049.7469")
				}
				uniform := true
				for g := a; g < b; g++ {
					uniform = uniform && sep(g) == inner
				}
				if !uniform {
					continue
				}
			}
			setOffBefore := a == 0 || sep(a-1) != inner || inner != '.' && groups[a-1] > 4
			rest, restGroups := total-first-n, len(groups)-1-b
			// Or a next group longer than the card's fours: another
			// number. (Neither after dots: "4111.1111.1111.1111.2" is a
			// version.)
			setOffAfter := b == len(groups)-1 || sep(b) != inner ||
				inner != '.' && (restGroups <= 2 && rest <= 4 || groups[b+1] > 4)
			d := digits[first : first+n]
			if setOffBefore && setOffAfter && d[0] != '0' && luhnValid(d) {
				return gends[b], a
			}
		}
		first += int(groups[a])
	}
	return 0, -1
}

// cardShape reports whether group lengths gs are how a card is printed: one
// group, fours with a last group of 1-4, or 4-6-5 / 4-6-4.
func cardShape(gs []uint8) bool {
	if len(gs) == 1 {
		return true
	}
	if len(gs) == 3 && gs[0] == 4 && gs[1] == 6 && (gs[2] == 5 || gs[2] == 4) {
		return true
	}
	for i, g := range gs {
		if g != 4 && (i < len(gs)-1 || g < 1 || g > 4) {
			return false
		}
	}
	return len(gs) >= 4
}

// luhnValid reports whether the digit string passes the Luhn checksum.
func luhnValid(d []byte) bool {
	sum := 0
	double := false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i] - '0')
		if double {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		double = !double
	}
	return sum%10 == 0
}

// ukNINOAt matches a UK National Insurance number at text[i]:
// two prefix letters (second not O; D, F, I, Q, U, V, never issued, only
// after an NI label), six digits (optionally as three space-separated
// pairs), one suffix letter A-D.
func ukNINOAt(text string, i int) (int, bool) {
	n := len(text)
	if i+9 > n {
		return 0, false
	}
	a, b := text[i]|0x20, text[i+1]|0x20
	if !isASCIILetter(text[i+1]) || b == 'o' {
		return 0, false
	}
	if (invalidNINOLetter(a) || invalidNINOLetter(b)) && !niLabelBefore(text, i) {
		// A never-issued prefix ("QQ", HMRC's example) is an NI number
		// only when the customer says it is one: "my NI number is QQ 12
		// 34 56 C", not "e.g. QQ 12 34 56 C".
		return 0, false
	}
	upper := isUpperByte(text[i]) && isUpperByte(text[i+1])
	j := i + 2
	if j < n && text[j] == ' ' {
		j++
	}
	nd := 0
	for pair := 0; pair < 3; pair++ {
		if pair > 0 && j < n && text[j] == ' ' && nd == pair*2 {
			j++
		}
		for k := 0; k < 2; k++ {
			if j >= n || !isDigit(text[j]) {
				return 0, false
			}
			j++
			nd++
		}
	}
	if j < n && text[j] == ' ' {
		j++
	}
	if j >= n {
		return 0, false
	}
	s := text[j]
	if !(s >= 'A' && s <= 'D' || !upper && s >= 'a' && s <= 'd') {
		return 0, false
	}
	j++
	if j < n && isAlnum(text[j]) {
		return 0, false
	}
	return j, true
}

// niLabelBefore reports whether the words just before text[i] (within
// piiLabelWindow bytes, no digit between) name a National Insurance
// number: "NI", "NINO", "national insurance". Only read for the rare
// never-issued prefixes.
func niLabelBefore(text string, i int) bool {
	lo := max(0, i-piiLabelWindow)
	for j := i; j > lo; {
		for j > lo && !isASCIILetter(text[j-1]) {
			if isDigit(text[j-1]) {
				return false
			}
			j--
		}
		e := j
		for j > lo && isASCIILetter(text[j-1]) {
			j--
		}
		if w := text[j:e]; eqFold(w, "ni") || eqFold(w, "nino") || eqFold(w, "insurance") {
			return true
		}
	}
	return false
}

func invalidNINOLetter(c byte) bool {
	switch c {
	case 'd', 'f', 'i', 'q', 'u', 'v':
		return true
	}
	return false
}
