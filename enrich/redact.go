package enrich

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
//   - national_id: the US SSN shape ddd-dd-dddd, and the UK National
//     Insurance number (two prefix letters, six digits optionally in pairs,
//     suffix A-D, e.g. "AB123456C", "AB 12 34 56 C").
//   - phone: a number run that starts with '+' and has 8-15 digits (E.164),
//     or, without '+', has 10 digits, or 11 digits starting with 0 or 1
//     (UK "07700 900123", US "1-800-555-0199"), and shows phone structure:
//     a separator or a parenthesised area code. Bare 10-digit runs
//     ("4155550134") are not redacted: they are as likely to be order numbers.
//     Because a phone has at most 15 digits, a 16-digit non-Luhn order number
//     is never taken for a phone.
//
// A number run is a maximal sequence of digit groups joined by one space,
// dash or dot, with an optional leading '+' and parenthesised groups; it must
// start and end at a word boundary. When a whole run is not PII the scan
// resumes at its next group, so "room 12 415 555 0134" still finds the phone.
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
func findPII(dst []piiSpan, text string) []piiSpan {
	n := len(text)
	mark := len(dst)
	// E-mails first: they are rare, and IndexByte on '@' is fast.
	for i := 0; i < n; i++ {
		if text[i] != '@' {
			continue
		}
		if s, e, ok := emailAt(text, i); ok {
			dst = append(dst, piiSpan{int32(s), int32(e), piiEmail})
			i = e - 1
		}
	}
	emails := dst[mark:]
	ne := len(emails)
	k := 0 // next e-mail span
	for i := 0; i < n; {
		if k < ne && i >= int(emails[k].start) {
			i = int(emails[k].end)
			k++
			continue
		}
		c := text[i]
		if i > 0 && isAlnum(text[i-1]) {
			i++
			continue
		}
		limit := n
		if k < ne {
			limit = int(emails[k].start)
		}
		switch {
		case isDigit(c) || (c == '+' || c == '(') && i+1 < n && isDigit(text[i+1]):
			if e, kind, ok := numberAt(text[:limit], i); ok {
				dst = append(dst, piiSpan{int32(i), int32(e), kind})
				i = e
				continue
			}
		case isASCIILetter(c):
			if e, ok := ukNINOAt(text[:limit], i); ok {
				dst = append(dst, piiSpan{int32(i), int32(e), piiNationalID})
				i = e
				continue
			}
		}
		i++
	}
	if ne > 0 {
		// Number/NI spans were appended after the e-mails; merge in place
		// into start order. Batches have a handful of spans: insertion sort.
		s := dst[mark:]
		for a := 1; a < len(s); a++ {
			for b := a; b > 0 && s[b].start < s[b-1].start; b-- {
				s[b], s[b-1] = s[b-1], s[b]
			}
		}
	}
	return dst
}

func isLocalByte(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// emailAt reports the e-mail address around the '@' at text[at].
func emailAt(text string, at int) (start, end int, ok bool) {
	s := at
	for s > 0 && isLocalByte(text[s-1]) {
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
// run's end and PII kind when the run is a card, SSN or phone.
func numberAt(text string, i int) (end int, kind uint8, ok bool) {
	var (
		digits  [20]byte
		nd      int
		groups  [8]uint8 // group lengths (first 8)
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
		return 0, 0, false
	}
	if nd > len(digits) {
		return 0, 0, false // longer than any card or phone
	}
	// SSN: exactly ddd-dd-dddd.
	if !plus && !paren && ng == 3 && seps == 2 && groups[0] == 3 && groups[1] == 2 && groups[2] == 4 {
		return end, piiNationalID, true
	}
	// Card: 13-19 digits, spaces or dashes only, Luhn-valid.
	if !plus && !paren && nd >= 13 && nd <= 19 && seps&4 == 0 && luhnValid(digits[:nd]) {
		return end, piiCard, true
	}
	// Phone.
	if plus {
		if nd >= 8 && nd <= 15 {
			return end, piiPhone, true
		}
		return 0, 0, false
	}
	if (seps != 0 || paren) && (nd == 10 || nd == 11 && (digits[0] == '0' || digits[0] == '1')) {
		return end, piiPhone, true
	}
	return 0, 0, false
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
// two prefix letters (not D, F, I, Q, U, V; second not O), six digits
// (optionally as three space-separated pairs), one suffix letter A-D.
func ukNINOAt(text string, i int) (int, bool) {
	n := len(text)
	if i+9 > n {
		return 0, false
	}
	a, b := text[i]|0x20, text[i+1]|0x20
	if !isASCIILetter(text[i+1]) || invalidNINOLetter(a) || invalidNINOLetter(b) || b == 'o' {
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

func invalidNINOLetter(c byte) bool {
	switch c {
	case 'd', 'f', 'i', 'q', 'u', 'v':
		return true
	}
	return false
}
