package enrich

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// FNV-1a 64, used by the word table and the handoff-target keys.
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
// The value is a hash of the sequence of normalised words (turns are joined
// like words). Each word is hashed as its bytes packed eight at a time into
// uint64 blocks (the last one zero-padded), followed by a block that marks
// the word's end and length; fpMix folds each block into the running hash,
// and fpFinal mixes in the word count. The serial dependency chain is one
// multiply per eight bytes (FNV-1a has one per byte), and the words are
// split, normalised and hashed in one pass with no buffer and no allocation.
// fingerprintRef (a test) is the plain definition: normalise each word to a
// string, then hash.
type fingerprinter struct {
	h     uint64
	words int
	// The word before the next one, for the name rule: the last word if it
	// was kept ("" if not), and whether it was a lone dash. Whether a kept
	// word is a greeting is only asked when the next word is capitalised,
	// which is rare, so the string is kept rather than a flag computed for
	// every word. It aliases the text of the current interaction, and
	// reset drops it.
	prevWord string
	prevDash bool
}

const (
	fpSeed = 0x6a09e667f3bcc908
	fpK1   = 0x9e3779b97f4a7c15
	fpK2   = 0xbf58476d1ce4e5b9
	fpK3   = 0x94d049bb133111eb
	// fpWordEnd marks a word's end; the word's length is added. Normalised
	// bytes are never 0x01, so no data block equals a mark.
	fpWordEnd = 0x01 << 56
)

// fpMix mixes one 8-byte block into h.
func fpMix(h, block uint64) uint64 {
	h = (h ^ block) * fpK1
	return h ^ h>>29
}

// fpFinal turns the block hash and the word count into the fingerprint (the
// splitmix64 finaliser: every input bit reaches every output bit).
func fpFinal(h uint64, words int) uint64 {
	h ^= uint64(words)
	h = (h ^ h>>30) * fpK2
	h = (h ^ h>>27) * fpK3
	return h ^ h>>31
}

// fpTab classifies every byte for the word loop, packed as
// out | adv<<8 | kind<<16: out is the normalised byte (a-z, '#' for a digit,
// 0 for dropped punctuation), adv is 8 when out is kept (the bit shift of
// the block being packed), kind is fpSpace (ends the word), fpSlow (a byte
// the fast loop cannot decide: '@', ':', UTF-8) or 0.
var fpTab = func() (t [256]uint32) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint32(c) | 8<<8
		t[c-'a'+'A'] = uint32(c) | 8<<8
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = '#' | 8<<8
	}
	for _, c := range []byte{' ', '\n', '\t', '\r', '\v', '\f'} {
		t[c] = fpSpace << 16
	}
	t['@'] = fpSlow << 16
	t[':'] = fpSlow << 16
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = fpSlow << 16
	}
	return t
}()

const (
	fpSpace = 1
	fpSlow  = 2
)

// fpStart marks the bytes that may begin a dropped word: handles, sign-offs,
// "-Mark", "www.".
var fpStart = func() (t [256]bool) {
	for _, c := range []byte{'@', '^', '-', '~', 'w', 'W'} {
		t[c] = true
	}
	return t
}()

func (f *fingerprinter) reset() { *f = fingerprinter{h: fpSeed} }

// sum returns the fingerprint, or 0 when fewer than minWords words were
// hashed. A real hash of 0 is mapped to 1 so 0 keeps meaning "none".
func (f *fingerprinter) sum(minWords int) uint64 {
	if f.words == 0 || f.words < minWords {
		return 0
	}
	if h := fpFinal(f.h, f.words); h != 0 {
		return h
	}
	return 1
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// feed adds one agent turn.
//
// The loop is shaped for the common word, a run of lowercase letters ended by
// a space: eight bytes are loaded at once, the length of the leading
// lowercase run is found with a SWAR range test (lowerRun) and the whole run
// is packed into the block with one shift and or, so a typical word costs one
// step and a few well-predicted branches rather than a step per byte. Any
// other byte takes one table step (fpTab). A word holding '@', ':' or UTF-8
// is hashed again by slowWord, which applies every rule.
func (f *fingerprinter) feed(text string) {
	h, words := f.h, f.words
	prev, dash := f.prevWord, f.prevDash
	for i := 0; i < len(text); {
		c0 := text[i]
		if fpTab[c0]>>16 == fpSpace {
			i++
			continue
		}
		prevWord, prevDash := prev, dash
		prev, dash = "", false
		var c1 byte // the second byte; a space never passes isUpperByte
		if i+1 < len(text) {
			c1 = text[i+1]
		}
		if fpStart[c0] && dropStart(text[i:], c0, c1) ||
			isUpperByte(c0) && (prevDash || prevWord != "" && isGreeting(prevWord)) { // a name
			i = skipWord(text, i)
			continue
		}

		wh := h
		var acc uint64
		var sh, n uint // bits used in acc; bytes in blocks already mixed
		slow := false
		j := i
		for j < len(text) {
			if j+8 <= len(text) {
				x := load64(text, j)
				if p := lowerRun(x); p > 0 {
					// Pack the run: its low bytes fill acc, any rest starts
					// the next block.
					run := x & (1<<(8*p) - 1) // p == 8: the shift gives 0, the mask all ones
					acc |= run << sh
					if sh += 8 * p; sh >= 64 {
						wh = fpMix(wh, acc)
						sh -= 64
						acc = run >> (8*p - sh) // the bytes that did not fit; 0 when none
						n += 8
					}
					j += int(p)
					continue
				}
			}
			t := fpTab[text[j]]
			if kind := t >> 16; kind != 0 {
				if kind == fpSpace {
					break
				}
				slow = true
			}
			acc |= uint64(t&0xff) << sh
			if sh += uint(t>>8) & 0xff; sh == 64 {
				wh = fpMix(wh, acc)
				acc, sh, n = 0, 0, n+8
			}
			j++
		}
		w := text[i:j]
		i = j
		if slow {
			var keep bool
			wh, keep, dash = slowWord(h, w)
			if !keep {
				continue
			}
		} else {
			n += sh / 8
			if n == 0 {
				// Only punctuation: no word, but "-" and "~" alone are the
				// dash of a sign-off ("- Mark").
				dash = w == "-" || w == "~"
				continue
			}
			if sh > 0 {
				wh = fpMix(wh, acc)
			}
			wh = fpMix(wh, fpWordEnd|uint64(n))
		}
		prev = w
		h = wh
		words++
	}
	f.h, f.words = h, words
	f.prevWord, f.prevDash = prev, dash
}

// load64 returns text[i:i+8] as a little-endian uint64 (the compiler merges
// the byte loads into one).
func load64(text string, i int) uint64 {
	_ = text[i+7]
	return uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
		uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
}

// lowerRun returns how many of the eight bytes of x (little-endian) are
// 'a'..'z' before the first that is not. The range test is the one of
// nextDigit: exact, no carry between bytes.
func lowerRun(x uint64) uint {
	t := x &^ msb8
	in := (t + (0x80-'a')*lsb8) &^ (t + (0x80-'z'-1)*lsb8) &^ x & msb8
	return uint(bits.TrailingZeros64(^in&msb8)) / 8 // 64/8 = 8 when all are
}

// dropStart reports whether the word w, starting with c0, c1, is dropped for
// its start: a handle, a "^JS" sign-off, "-Mark", "www.".
func dropStart(w string, c0, c1 byte) bool {
	switch c0 {
	case '@', '^':
		return true
	case '-', '~':
		return isUpperByte(c1)
	}
	return c1|0x20 == 'w' && hasPrefixFold(w, "www.")
}

// slowWord hashes word w (start rules already applied) with every rule:
// an '@' anywhere or a "://" drops it, UTF-8 letters and digits keep their
// bytes, other runes are dropped like punctuation. It returns the hash
// extended by the word, whether the word was kept, and whether it was a
// lone dash ("–", "—": a sign-off's dash).
func slowWord(h uint64, w string) (uint64, bool, bool) {
	var acc uint64
	var sh, n uint
	push := func(c byte) {
		acc |= uint64(c) << sh
		if sh += 8; sh == 64 {
			h = fpMix(h, acc)
			acc, sh, n = 0, 0, n+8
		}
	}
	for j := 0; j < len(w); {
		c := w[j]
		switch {
		case c == '@':
			return h, false, false
		case c == ':' && j+2 < len(w) && w[j+1] == '/' && w[j+2] == '/':
			return h, false, false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(w[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				for k := j; k < j+size; k++ {
					push(w[k])
				}
			}
			j += size
			continue
		}
		if o := byte(fpTab[c]); o != 0 {
			push(o)
		}
		j++
	}
	if n += sh / 8; n == 0 {
		return h, false, w == "\u2013" || w == "\u2014"
	}
	if sh > 0 {
		h = fpMix(h, acc)
	}
	return fpMix(h, fpWordEnd|uint64(n)), true, false
}

// skipWord returns the end of the word that text[j] is in.
func skipWord(text string, j int) int {
	for j < len(text) && fpTab[text[j]]>>16 != fpSpace {
		j++
	}
	return j
}

// isGreeting reports whether word c is a greeting ("Hi", "thanks!").
func isGreeting(c string) bool {
	// Strip trailing punctuation: "Hi," "Thanks!".
	for len(c) > 0 && !isASCIILetter(c[len(c)-1]) {
		c = c[:len(c)-1]
	}
	switch len(c) {
	case 2:
		return equalFold(c, "hi")
	case 3:
		return equalFold(c, "hey")
	case 4:
		return equalFold(c, "dear")
	case 5:
		return equalFold(c, "hello") || equalFold(c, "thank")
	case 6:
		return equalFold(c, "thanks")
	case 7:
		return equalFold(c, "morning") || equalFold(c, "evening")
	case 9:
		return equalFold(c, "afternoon")
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
