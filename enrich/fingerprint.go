package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// fingerprinter hashes the agent text of one interaction, normalised so that
// the same template sent to different customers gives the same value:
//
//   - ASCII letters lowercased, every digit becomes '#';
//   - punctuation (including apostrophes) dropped, whitespace collapsed;
//   - dropped words: @handles, URLs (http://, https://, www.), e-mail
//     addresses, sign-offs ("^JS", "-Mark", "- Mark"), and a capitalised word
//     right after a greeting ("Hi Sarah", "Thanks John", "Dear Ms ...").
//
// Words are hashed as they are produced (FNV-1a 64, words joined by one
// space, turns joined like words): no buffer, no allocation.
type fingerprinter struct {
	h            uint64
	words        int
	prevGreeting bool
	prevDash     bool
}

func (f *fingerprinter) reset() { *f = fingerprinter{h: fnvOffset64} }

// sum returns the fingerprint, or 0 when fewer than minWords words were
// hashed. A real hash of 0 is mapped to 1 so 0 keeps meaning "none".
func (f *fingerprinter) sum(minWords int) uint64 {
	if f.words == 0 || f.words < minWords {
		return 0
	}
	if f.h == 0 {
		return 1
	}
	return f.h
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

func (f *fingerprinter) feed(text string) {
	for i := 0; i < len(text); {
		for i < len(text) && isSpaceASCII(text[i]) {
			i++
		}
		j := i
		for j < len(text) && !isSpaceASCII(text[j]) {
			j++
		}
		if j > i {
			f.chunk(text[i:j])
		}
		i = j
	}
}

func (f *fingerprinter) chunk(c string) {
	greeting, dash := f.prevGreeting, f.prevDash
	f.prevGreeting, f.prevDash = false, false
	switch {
	case c[0] == '@' || c[0] == '^':
		return
	case strings.Contains(c, "://") || hasPrefixFold(c, "www."):
		return
	case strings.IndexByte(c, '@') >= 0:
		return
	case (greeting || dash) && isUpperByte(c[0]):
		return // a name
	case (c[0] == '-' || c[0] == '~') && len(c) > 1 && isUpperByte(c[1]):
		return // "-Mark"
	}
	if c == "-" || c == "~" || c == "\u2013" || c == "\u2014" {
		f.prevDash = true
		return
	}
	f.prevGreeting = isGreeting(c)

	started := false
	h := f.h
	for i := 0; i < len(c); {
		b := c[i]
		var out byte
		switch {
		case b >= 'a' && b <= 'z':
			out = b
		case b >= 'A' && b <= 'Z':
			out = b + ('a' - 'A')
		case b >= '0' && b <= '9':
			out = '#'
		case b < utf8.RuneSelf:
			i++
			continue
		default:
			r, w := utf8.DecodeRuneInString(c[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if !started {
					h = f.sep(h)
					started = true
				}
				for k := i; k < i+w; k++ {
					h ^= uint64(c[k])
					h *= fnvPrime64
				}
			}
			i += w
			continue
		}
		if !started {
			h = f.sep(h)
			started = true
		}
		h ^= uint64(out)
		h *= fnvPrime64
		i++
	}
	f.h = h
	if started {
		f.words++
	}
}

// sep hashes the space between words (none before the first).
func (f *fingerprinter) sep(h uint64) uint64 {
	if f.words > 0 {
		h ^= ' '
		h *= fnvPrime64
	}
	return h
}

func isGreeting(c string) bool {
	// Strip trailing punctuation: "Hi," "Thanks!".
	for len(c) > 0 && !isASCIILetter(c[len(c)-1]) {
		c = c[:len(c)-1]
	}
	for _, g := range [...]string{"hi", "hello", "hey", "dear", "thanks", "thank", "morning", "afternoon", "evening"} {
		if equalFold(c, g) {
			return true
		}
	}
	return false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i]|0x20 != b[i]|0x20 || !isASCIILetter(a[i]) && a[i] != b[i] {
			return false
		}
	}
	return true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && equalFold(s[:len(prefix)], prefix)
}
