package enrich

import "math/bits"

// Numbers read out in words.
//
// Speech to text writes what a caller reads out: "oh seven seven double
// oh, nine double oh, four eight two", "four nine one six, three zero one
// six, ...", "S K six oh, one one, two nine, A", "jay dot whitmore at
// outlook dot com". findPII's digit scan never sees them, so spokenPII
// reads the words once and applies the digit rules to what they spell:
//
//   - a run of digit words (zero, oh, o, nought, one … nine; "double" and
//     "triple" repeat the next digit; "hundred" after a digit adds two
//     zeros: "oh seven seven hundred"), its words joined by spaces, commas
//     or hyphens;
//   - card: 13-19 digits, Luhn-valid, not starting with 0;
//   - phone: "plus" and 8-15 digits; 10 or 11 digits starting with 0
//     (a UK number read out); 10 digits otherwise unless a label names
//     another number ("account", "order": labelBefore);
//   - national_id: nine digits after an SSN label ("my social is ..."), and
//     the UK NI shape read out: two single prefix letters, six digits, one
//     suffix letter A-D;
//   - e-mail: a word (or words joined by "dot" or "underscore"), "at", and a
//     domain of words joined by "dot" that ends in a common top-level
//     domain.
//
// Shorter runs stay: an order number read out ("B Z seven seven one two
// nought three eight four": two letters and eight digits), a meter
// reading, a time or a price.

// spokenMaxDigits bounds a run: longer than any card, it is no PII.
const spokenMaxDigits = 24

// digitWord returns the digit a number word spells (ASCII
// case-insensitive), or -1. It branches on the first letter so that most
// words are settled by one comparison.
func digitWord(w string) int {
	switch w[0] | 0x20 {
	case 'z':
		if eqFold(w, "zero") {
			return 0
		}
	case 'o':
		switch {
		case len(w) == 1, eqFold(w, "oh"):
			return 0
		case eqFold(w, "one"):
			return 1
		}
	case 'n':
		switch {
		case eqFold(w, "nine"):
			return 9
		case eqFold(w, "nought"):
			return 0
		}
	case 't':
		switch {
		case eqFold(w, "two"):
			return 2
		case eqFold(w, "three"):
			return 3
		}
	case 'f':
		switch {
		case eqFold(w, "four"):
			return 4
		case eqFold(w, "five"):
			return 5
		}
	case 's':
		switch {
		case eqFold(w, "six"):
			return 6
		case eqFold(w, "seven"):
			return 7
		}
	case 'e':
		if eqFold(w, "eight") {
			return 8
		}
	}
	return -1
}

// spokenStart reports whether the word starting at text[p] may start
// what spokenPII reads: a digit word (by its first three letters: "zer",
// "one", "nou", "nin", "two", "thr", "fou", "fiv", "six", "sev", "eig"),
// "oh", "at", "plu(s)", or a single capital letter (an NI prefix).
func spokenStart(text string, p int) bool {
	c0 := text[p]
	if p+1 >= len(text) || !isASCIILetter(text[p+1]) {
		return isUpperByte(c0) && c0 != 'I' // "I" is never an NI prefix letter, and is everywhere
	}
	c0 |= 0x20
	c1 := text[p+1] | 0x20
	if p+2 >= len(text) || !isASCIILetter(text[p+2]) {
		return c0 == 'o' && c1 == 'h' || c0 == 'a' && c1 == 't'
	}
	switch uint32(c0)<<16 | uint32(c1)<<8 | uint32(text[p+2]|0x20) {
	case 'z'<<16 | 'e'<<8 | 'r', 'o'<<16 | 'n'<<8 | 'e', 'n'<<16 | 'o'<<8 | 'u', 'n'<<16 | 'i'<<8 | 'n',
		't'<<16 | 'w'<<8 | 'o', 't'<<16 | 'h'<<8 | 'r', 'f'<<16 | 'o'<<8 | 'u', 'f'<<16 | 'i'<<8 | 'v',
		's'<<16 | 'i'<<8 | 'x', 's'<<16 | 'e'<<8 | 'v', 'e'<<16 | 'i'<<8 | 'g', 'p'<<16 | 'l'<<8 | 'u':
		return true
	}
	return false
}

// spokenFirst marks the bytes spokenStart may accept first: the initials
// of its words in either case and any other capital (half the words of a
// text fail on this one load).
var spokenFirst = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = c != 'I'
	}
	for _, c := range "zontfseap" {
		t[c] = true
	}
	return t
}()

// nextSpokenStart returns the start of the first word at or after i for
// which spokenStart holds (len(text) when there is none), and whether it
// passed other words on the way. Word starts are found eight bytes at a
// time: a byte is an ASCII letter when, lowercased with 0x20, it lies in
// 'a'..'z' (the carry trick of nextDigit), and a word starts at a letter
// after a non-letter. Most turns hold no digit word, so this is the whole
// cost of spokenPII for them.
func nextSpokenStart(text string, i int) (int, bool) {
	skipped := false
	prev := uint64(0) // msb set when the byte before the chunk is a letter
	if i > 0 && isASCIILetter(text[i-1]) {
		prev = 0x80
	}
	for ; i+8 <= len(text); i += 8 {
		x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
			uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
		y := x | 0x20*lsb8
		t := y &^ msb8
		letters := (t + (0x80-'a')*lsb8) &^ (t + (0x80-'z'-1)*lsb8) &^ y & msb8
		starts := letters &^ (letters<<8 | prev)
		prev = letters >> 56
		for starts != 0 {
			p := i + bits.TrailingZeros64(starts)>>3
			if spokenFirst[text[p]] && spokenStart(text, p) {
				return p, skipped
			}
			skipped = true
			starts &= starts - 1
		}
	}
	for ; i < len(text); i++ {
		if isASCIILetter(text[i]) && (i == 0 || !isASCIILetter(text[i-1])) {
			if spokenStart(text, i) {
				return i, skipped
			}
			skipped = true
		}
	}
	return len(text), skipped
}

// spokenRun is a run of digit words being read.
type spokenRun struct {
	start, end int // bytes of text
	digits     [spokenMaxDigits]byte
	nd         int
	repeat     int // pending "double" (2) / "triple" (3)
	prefix     int // single letters before the first digit (NI prefix), at most 2
	prefixAt   int // where the first of them starts
	plus       bool
}

// spokenPII appends the PII spans read out in words in text to dst.
func spokenPII(dst []piiSpan, text string) []piiSpan {
	var r spokenRun
	r.start = -1
	n := len(text)
	lastWord, lastStart := "", -1 // the previous word, for "plus" and NI prefixes
	prevLetters := [2]int{-1, -1} // starts of the last two single-letter words, if adjacent
	nLetters := 0                 // how many single capital letters in a row (an NI prefix has exactly two)
	for i := 0; i < n; {
		if r.start < 0 {
			// No run open: jump to the next word that may start one.
			p, skipped := nextSpokenStart(text, i)
			if skipped {
				prevLetters, nLetters, lastWord = [2]int{-1, -1}, 0, ""
			}
			if p >= n {
				break
			}
			i = p
		}
		c := text[i]
		if !isASCIILetter(c) {
			if isDigit(c) || c == '.' && r.start >= 0 || c == '@' {
				// A digit or an '@' ends a run: mixed forms are the digit
				// scan's. A full stop ends it too.
				dst = r.finish(dst, text, -1)
				prevLetters, nLetters = [2]int{-1, -1}, 0
			}
			i++
			continue
		}
		s := i
		for i < n && isASCIILetter(text[i]) {
			i++
		}
		w := text[s:i]
		if (w == "at" || w == "AT") && s > 0 {
			if es, ee, ok := spokenEmail(text, s, i); ok {
				dst = r.finish(dst, text, -1)
				dst = append(dst, piiSpan{int32(es), int32(ee), piiEmail})
				i = ee
				prevLetters, nLetters = [2]int{-1, -1}, 0
				continue
			}
		}
		if d := digitWord(w); d >= 0 && !(len(w) == 1 && r.start < 0) { // "o" only inside a run
			if r.start < 0 {
				r.begin(s, prevLetters, lastWord, lastStart)
			}
			times := 1
			if r.repeat > 0 {
				times, r.repeat = r.repeat, 0
			}
			for ; times > 0; times-- {
				r.add(byte('0' + d))
			}
			r.end = i
		} else if r.start >= 0 && isRepeatWord(w) && r.repeat == 0 {
			r.repeat = 2
			if w[0]|0x20 == 't' {
				r.repeat = 3
			}
		} else if r.start >= 0 && r.repeat == 0 && r.nd > 0 && eqFold(w, "hundred") {
			r.add('0')
			r.add('0')
			r.end = i
		} else {
			// Not a digit word: the run ends, unless it is its NI suffix.
			suffix := -1
			if r.start >= 0 && len(w) == 1 && w[0] >= 'A' && w[0] <= 'D' {
				suffix = i
			}
			dst = r.finish(dst, text, suffix)
			if len(w) == 1 && isUpperByte(w[0]) {
				prevLetters = [2]int{prevLetters[1], s}
				nLetters++
				if nLetters > 2 {
					prevLetters[0] = -1 // "N W L seven six four": a serial, not an NI prefix
				}
			} else {
				prevLetters = [2]int{-1, -1}
				nLetters = 0
			}
		}
		lastWord, lastStart = w, s
		// Between words of a run: spaces, commas, hyphens.
		for i < n && (text[i] == ' ' || text[i] == ',' || text[i] == '-') {
			i++
		}
		if i < n && !isASCIILetter(text[i]) && r.start >= 0 {
			dst = r.finish(dst, text, -1)
			prevLetters, nLetters = [2]int{-1, -1}, 0
		}
	}
	return r.finish(dst, text, -1)
}

func isRepeatWord(w string) bool { return eqFold(w, "double") || eqFold(w, "triple") }

// begin starts a run at byte s: after "plus" it is international; after
// single capital letters they may be an NI prefix.
func (r *spokenRun) begin(s int, letters [2]int, lastWord string, lastStart int) {
	r.start, r.nd, r.repeat, r.prefix, r.plus = s, 0, 0, 0, false
	r.prefixAt = s
	if eqFold(lastWord, "plus") {
		r.plus = true
		r.start = lastStart
	}
	if letters[1] >= 0 {
		r.prefix, r.prefixAt = 1, letters[1]
		if letters[0] >= 0 {
			r.prefix, r.prefixAt = 2, letters[0]
		}
	}
}

func (r *spokenRun) add(d byte) {
	if r.nd < spokenMaxDigits {
		r.digits[r.nd] = d
	}
	r.nd++
}

// finish closes the run (suffix: the end of a single letter A-D that
// follows it, or -1) and appends its span when it is PII.
func (r *spokenRun) finish(dst []piiSpan, text string, suffix int) []piiSpan {
	if r.start < 0 {
		return dst
	}
	start, end, nd := r.start, r.end, r.nd
	r.start = -1
	if nd > spokenMaxDigits {
		return dst
	}
	d := r.digits[:nd]
	switch {
	case r.prefix == 2 && nd == 6 && suffix >= 0:
		if !namesOther(labelBefore(text, r.prefixAt)) {
			return append(dst, piiSpan{int32(r.prefixAt), int32(suffix), piiNationalID})
		}
	case r.plus && nd >= 8 && nd <= 15:
		return append(dst, piiSpan{int32(start), int32(end), piiPhone})
	case nd >= 13 && nd <= 19 && d[0] != '0' && luhnValid(d):
		return append(dst, piiSpan{int32(start), int32(end), piiCard})
	case (nd == 10 || nd == 11) && d[0] == '0':
		return append(dst, piiSpan{int32(start), int32(end), piiPhone})
	case nd == 10 && r.prefix == 0:
		if !namesOther(labelBefore(text, start)) {
			return append(dst, piiSpan{int32(start), int32(end), piiPhone})
		}
	case nd == 9 && r.prefix == 0:
		if labelBefore(text, start) == labelSSN {
			return append(dst, piiSpan{int32(start), int32(end), piiNationalID})
		}
	}
	return dst
}

// spokenEmail reads an address spelt out around the word "at" at
// text[s:e]: "jay dot whitmore at outlook dot com". The domain is words
// joined by " dot " ending in a common top-level domain; the local part
// is the word before "at", with the words joined to it by "dot" or
// "underscore".
func spokenEmail(text string, s, e int) (start, end int, ok bool) {
	// Domain: word (dot word)+.
	p := skipSpaces(text, e)
	ws, we := wordSpan(text, p)
	if ws == we {
		return 0, 0, false
	}
	labels, tld := 0, ""
	end = we
	for {
		q := skipSpaces(text, end)
		ds, de := wordSpan(text, q)
		if de == ds || !eqFold(text[ds:de], "dot") {
			break
		}
		ts, te := wordSpan(text, skipSpaces(text, de))
		if te == ts {
			break
		}
		labels++
		tld, end = text[ts:te], te
	}
	if labels == 0 || !isSpokenTLD(tld) {
		return 0, 0, false
	}
	// Local part: the word before "at", and words joined to it.
	ls, le := wordBefore(text, s)
	if ls == le || ls > 0 && text[ls-1] == '\'' || eqFold(text[ls:le], "me") || eqFold(text[ls:le], "is") || eqFold(text[ls:le], "email") {
		return 0, 0, false // "reach me at …" spells no local part
	}
	start = ls
	for {
		js, je := wordBefore(text, start)
		if je == js || !(eqFold(text[js:je], "dot") || eqFold(text[js:je], "underscore")) {
			break
		}
		ps, pe := wordBefore(text, js)
		if pe == ps {
			break
		}
		start = ps
	}
	if start == ls && le-ls < 2 {
		return 0, 0, false // a lone letter: "I'm at home dot com" read without its apostrophe
	}
	return start, end, true
}

func isSpokenTLD(w string) bool {
	for _, t := range [...]string{"com", "net", "org", "uk", "io", "co", "edu", "gov", "ie", "de", "fr", "info", "me"} {
		if eqFold(w, t) {
			return true
		}
	}
	return false
}

func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// wordSpan returns the ASCII letter word starting at i (empty when there
// is none).
func wordSpan(text string, i int) (int, int) {
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	return i, j
}

// wordBefore returns the ASCII letter word that ends just before the
// spaces before i (empty when there is none).
func wordBefore(text string, i int) (int, int) {
	e := i
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && isASCIILetter(text[s-1]) {
		s--
	}
	return s, e
}
