package enrich

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of the normalised text: letters, digits and inner
// apostrophes. start and end index the engine's lowercase buffer.
type token struct {
	start, end int32
	val        float32 // lexicon valence (0 when not in the lexicon)
	boost      float32 // booster increment, before taking the valence's sign
	flags      uint16
}

// Token flags. The word-class flags (tfNegate ... tfDeterminer) come from the
// word table; the others are computed by normalise or by the scorer.
const (
	tfInLex      uint16 = 1 << iota // in the sentiment lexicon
	tfBooster                       // intensity booster / dampener
	tfNegate                        // negation word (not, never, don't, ... any n't)
	tfNo                            // the word "no"
	tfNeed                          // the word "need" ("no need to ...")
	tfBut                           // the word "but"
	tfStop                          // ends a handoff target ("who", "and", "now", ...)
	tfDeterminer                    // skipped before a handoff target ("the", "a", "our")
	tfGeneric                       // generic queue word ignored when comparing targets ("team")
	tfUpper                         // ALL CAPS in the original (two letters or more)
	tfLetters                       // has at least one ASCII letter
	tfClause                        // a clause break (. , ; : ! ? ( ) newline, turn start) precedes it
	tfCovered                       // scorer scratch: inside a support phrase
)

// normalise lowercases text (ASCII only) into e.buf, collapsing whitespace to
// single spaces and mapping typographic apostrophes to ASCII ones, and splits it
// into e.toks, in one pass. It also counts '!' and '?' for the sentiment
// scorer. The buffer and the token slice are reused: nothing is allocated
// once they have grown to the largest turn seen.
//
// e.buf is not byte-aligned with text (whitespace is collapsed, multi-byte
// punctuation becomes one space); nothing maps positions back to the
// original: redaction works on the original text and the matchers work on
// e.buf.
func (e *Engine) normalise(text string) {
	buf := e.buf[:0]
	toks := e.toks[:0]
	var bangs, quests int
	inTok := false
	tokStart := 0
	tokClause := false
	upper, lower := 0, 0
	clause := true // a clause break precedes the next token
	space := false // whitespace pending before the next output byte

	for i := 0; i < len(text); {
		c := text[i]
		kind := byte(0) // 'w' word byte(s), 'a' apostrophe, 's' space, 'p' punctuation
		width := 1
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			kind = 'w'
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			kind = 'w'
		case c == '\'':
			kind = 'a'
		case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			kind = 's'
		case c == '\n':
			kind = 's'
			clause = true
		case c < utf8.RuneSelf:
			kind = 'p'
			switch c {
			case '!':
				bangs++
				clause = true
			case '?':
				quests++
				clause = true
			case '.', ',', ';', ':', '(', ')':
				clause = true
			}
		default:
			r, w := utf8.DecodeRuneInString(text[i:])
			width = w
			switch {
			case r == '\u2019' || r == '\u2018' || r == '\u02bc':
				kind = 'a'
			case r == utf8.RuneError:
				kind = 's'
			case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
				kind = 'w'
			case r == '\u2026': // ellipsis
				kind = 's'
				clause = true
			default: // dashes, quotes, symbols, emoji, non-ASCII spaces
				kind = 's'
			}
		}

		if kind == 'a' {
			// An apostrophe inside a word ("don't", "customer's") belongs
			// to it; anywhere else it is punctuation.
			next := i + width
			if inTok && next < len(text) && isASCIILetter(text[next]) {
				buf = append(buf, '\'')
				i = next
				continue
			}
			kind = 'p'
			c = '\''
		}

		switch kind {
		case 'w':
			if !inTok {
				if space && len(buf) > 0 {
					buf = append(buf, ' ')
				}
				space = false
				inTok = true
				tokStart = len(buf)
				tokClause = clause
				clause = false
				upper, lower = 0, 0
			}
			if width == 1 {
				switch {
				case text[i] >= 'A' && text[i] <= 'Z':
					upper++
				case text[i] >= 'a' && text[i] <= 'z':
					lower++
				}
				buf = append(buf, c)
			} else {
				buf = append(buf, text[i:i+width]...)
			}
		case 's', 'p':
			if inTok {
				toks = append(toks, makeToken(buf, tokStart, upper, lower, tokClause))
				inTok = false
			}
			if kind == 's' {
				space = true
			} else {
				if space && len(buf) > 0 {
					buf = append(buf, ' ')
				}
				space = false
				buf = append(buf, c)
			}
		}
		i += width
	}
	if inTok {
		toks = append(toks, makeToken(buf, tokStart, upper, lower, tokClause))
	}
	e.buf, e.toks = buf, toks
	e.bangs, e.quests = bangs, quests
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// makeToken classifies buf[start:] as a token.
func makeToken(buf []byte, start, upper, lower int, clause bool) token {
	t := token{start: int32(start), end: int32(len(buf))}
	w := buf[start:]
	if info, ok := wordTable.lookup(w); ok {
		t.val = info.val
		t.boost = info.boost
		t.flags = info.flags
	}
	if n := len(w); n >= 3 && w[n-1] == 't' && w[n-2] == '\'' && w[n-3] == 'n' {
		t.flags |= tfNegate
	}
	if upper+lower > 0 {
		t.flags |= tfLetters
	}
	if upper >= 2 && lower == 0 {
		t.flags |= tfUpper
	}
	if clause {
		t.flags |= tfClause
	}
	return t
}
