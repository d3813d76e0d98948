package enrich

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// token is one word of the normalised text: letters, digits and inner
// apostrophes. start and end index the engine's lowercase buffer. The
// detectors read tokens; the sentiment scorer reads vtoks.
type token struct {
	start, end int32
	vi         int32 // index of the VADER token (e.vtoks) the word is part of
	flags      uint16
}

// Token flags. The word-class flags (tfInLex ... tfGeneric, tfSpoken, tfDot) come from the
// word table; the others are computed by normalise.
const (
	tfInLex      uint16 = 1 << iota // in the VADER lexicon
	tfBooster                       // VADER intensity booster / dampener
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
	tfSpoken                        // a word of a number read out: a digit word, "double", "triple", "hundred"
	tfDot                           // the word "dot" (an e-mail address read out)
)

// vtok is one token as VADER (govader) sees it: a whitespace-separated
// chunk of the text, emoji replaced by their descriptions, with leading and
// trailing ASCII punctuation stripped unless fewer than 3 bytes would
// remain ("ok!" and ":)" stay whole, "good!!!" becomes "good"). Its
// lowercase bytes are e.buf[start:end], or e.vbuf[start:end] with vfSpill.
type vtok struct {
	start, end int32
	val        float64 // lexicon valence of the lowercase form (with vfLex)
	boost      float64 // booster increment (with vfBooster)
	flags      uint16  // vf*
	id         uint8   // rule/idiom word id (wNo, wBut, ...)
}

// VADER token flags. vfLex, vfBooster, vfNegated and vfCaseForms also
// appear in wordInfo.vflags.
const (
	vfLex       uint16 = 1 << iota // lowercase form in the lexicon
	vfBooster                      // lowercase form in the booster dictionary
	vfNegated                      // negation: in govader's NegateList, or contains "n't"
	vfCaseForms                    // (table only) the lexicon has capitalised forms of this word
	vfLexOrig                      // the token as written is in the lexicon (see vaderData.caseForms)
	vfUpper                        // govader's stringIsUpper: an ASCII capital and no ASCII lowercase letter
	vfAsWritten                    // the token as written is its lowercase form
	vfSpill                        // bytes are in e.vbuf, not e.buf
	vfNegTypo                      // contains "n’t" (typographic apostrophe): a negation for the support layer only
	vfCoverTail                    // support overlay: inside a support phrase, after its first token
)

// Byte classes for normalise. ccUpper is 0x20 so that c|cls&ccUpper
// lowercases an ASCII byte.
const (
	ccWord   uint8 = 0x01 // a-z A-Z 0-9
	ccLower  uint8 = 0x02 // a-z
	ccSpace  uint8 = 0x04 // ' ' \t \n \v \f \r
	ccPunct  uint8 = 0x08 // the ASCII punctuation govader strips from token ends (all of it)
	ccClause uint8 = 0x10 // . , ; : ! ? ( ): a clause break for the detectors
	ccUpper  uint8 = 0x20 // A-Z
	ccApos   uint8 = 0x40 // '
	ccHigh   uint8 = 0x80 // a byte of a multi-byte UTF-8 sequence (or invalid)
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = ccHigh
		case c >= 'a' && c <= 'z':
			t[c] = ccWord | ccLower
		case c >= 'A' && c <= 'Z':
			t[c] = ccWord | ccUpper
		case c >= '0' && c <= '9':
			t[c] = ccWord
		case c == ' ' || c >= '\t' && c <= '\r':
			t[c] = ccSpace
		}
	}
	for i := 0; i < len(vader.punct); i++ {
		t[vader.punct[i]] |= ccPunct
	}
	for _, c := range ".,;:!?()" {
		t[c] |= ccClause
	}
	t['\''] |= ccApos
	return t
}()

// normalise makes one pass over text and fills two views of it:
//
//   - for the detectors and the phrase matcher: e.buf, the text lowercased
//     (ASCII only) with whitespace collapsed to single spaces, typographic
//     apostrophes mapped to ASCII ones and other non-ASCII punctuation,
//     symbols and emoji turned into spaces; and e.toks, its words;
//   - for the sentiment scorer: e.vtoks, the text's tokens exactly as
//     govader builds them (see vtok), with e.bangs and e.quests, the '!' and
//     '?' VADER counts.
//
// For an agent turn (e.fpTurn) it also feeds each chunk to the stock-reply
// fingerprint (e.fp), so that the agent text is read once for both.
//
// For ASCII text e.buf is the lowercased, whitespace-collapsed text govader
// splits, so a VADER token is a run of e.buf between spaces: it points into
// e.buf, nothing is copied, and its bookkeeping (punctuation to strip, case)
// is done once at its end instead of per byte. A token with a non-ASCII
// character or an emoji description is built in e.vbuf ("spilled", the slow
// path). When a VADER token spans exactly the bytes of a word token, the
// word's table lookup is reused: one lookup per word in the common case.
// The buffers and token slices are appended to where they are (normaliseGroup
// hands in empty slices at the end of its arenas): nothing is allocated once
// they have grown to the largest turn.
//
// e.buf is not byte-aligned with text; nothing maps positions back to the
// original: redaction works on the original text and the matchers on e.buf.
func (e *Engine) normalise(text string) {
	// len(buf) never exceeds len(text) (every output byte stands for at
	// least one input byte), so with this capacity the fast path writes
	// buf by index (n is its length) and stores whole 8-byte blocks.
	buf := slices.Grow(e.buf[:0], len(text)+8)
	buf = buf[:cap(buf)]
	n := 0
	e.toks = e.toks[:0]
	e.vtoks = e.vtoks[:0]
	e.vbuf = e.vbuf[:0]
	e.bangs, e.quests = 0, 0
	clause := true // a clause break precedes the next word
	space := false // whitespace pending before the next output byte
	fp := e.fpTurn // an agent turn: also feed the stock-reply fingerprint

	// The text is a sequence of chunks (runs of non-whitespace bytes, the
	// tokens govader splits) between ASCII whitespace runs. Between two
	// chunks the whole state is buf, e.toks, e.vtoks, clause, space and the
	// '!'/'?' counts, so each chunk can be handled by whichever path fits
	// it. Nine chunks in ten are an ASCII word of at most 8 letters and
	// digits (apostrophes inside: "don't"), maybe with ASCII punctuation
	// around it ("hello", "today.", "Hi,", "@united"): this loop handles
	// those inline and hands any other chunk to slowChunk, the general
	// path. Few values stay live across the loop (the token slices are
	// appended in place in e), so that they stay in registers.
	//
	// The fast path reads the word's eight bytes as one integer: letters,
	// capitals and digits are found by SWAR range tests, the word is
	// lowercased by setting bit 5 of its capitals, and the lowercased,
	// zero-padded block is the word table's key (wordKey) for a word of up
	// to 8 bytes, so the word's bytes are read once, and written to buf as
	// one 8-byte store. On the chat benchmark this takes a third fewer
	// instructions than the byte-at-a-time loop it replaced (cachegrind).
	for i := 0; i < len(text); {
		c := text[i]
		if byteClass[c]&ccSpace != 0 {
			space = true
			if c == '\n' {
				clause = true
			}
			i++
			continue
		}
		// Leading ASCII punctuation ("@united", "#fail", "(please"): the
		// word starts at w.
		w := i
		if byteClass[c]&ccPunct != 0 {
			for w < len(text) && byteClass[text[w]]&ccPunct != 0 {
				w++
			}
		}
		var x uint64
		if w+8 <= len(text) {
			x = load64(text, w)
		} else {
			for k := len(text) - 1; k >= w; k-- {
				x = x<<8 | uint64(text[k])
			}
		}
		// Range tests on bytes with their top bit cleared (no carry from
		// one byte into the next), then bytes with the top bit set (UTF-8)
		// dropped. Letters are tested case-folded (bit 5 set), and a
		// letter whose bit 5 is clear is a capital.
		t := x &^ msb8
		f := t | 0x20*lsb8
		letter := (f + (0x80-'a')*lsb8) &^ (f + (0x80-'z'-1)*lsb8) &^ x & msb8
		upper := letter &^ (x << 2) // bit 5 of each byte moved to bit 7
		lower := letter &^ upper
		digit := (t + (0x80-'0')*lsb8) &^ (t + (0x80-'9'-1)*lsb8) &^ x & msb8
		// An apostrophe followed by a letter is part of the word ("don't",
		// "I'm"), as in scanWord.
		apos := (t + (0x80-'\'')*lsb8) &^ (t + (0x80-'\''-1)*lsb8) &^ x & msb8 & (letter >> 8)
		p := bits.TrailingZeros64(^(letter|digit|apos)&msb8) / 8 // 8: all eight
		if (letter|digit)&0x80 == 0 {
			p = 0 // the chunk does not start with a letter or digit
		}
		// What follows the word: ASCII punctuation (not an apostrophe: it
		// may join words), then whitespace or the end of the text. A 9th
		// word byte, an apostrophe, UTF-8 or a control byte: the slow path.
		j := w + p
		k := j
		for k < len(text) {
			c := text[k]
			cls := byteClass[c]
			if cls&ccSpace != 0 {
				break
			}
			if cls&ccPunct == 0 || c == '\'' {
				p = 0
				break
			}
			k++
		}
		var info *wordSlot
		if p != 0 && (w == i && k == j || p >= 3) { // "ok!", "no.", "@me": govader keeps the punctuation on the token
			keep := uint64(1)<<(8*p) - 1 // p == 8: the shift gives 0, the mask all ones
			lower &= keep
			upper &= keep
			digit &= keep
			apos &= keep
			x = (x | upper>>2) & keep // bit 7 of a capital moved to bit 5: its lowercase
			info = wordTable.probeShort(x, p)
			if upper != 0 && info != nil && info.vflags&vfCaseForms != 0 {
				p = 0 // capitals on a capitalised lexicon key (":D"): the slow path works out its case form
			}
		} else {
			p = 0
		}
		if p == 0 {
			st := chunkState{buf: buf[:n], clause: clause, space: space}
			i0 := i
			i = e.slowChunk(&st, text, i)
			buf, n = st.buf[:cap(st.buf)], len(st.buf)
			clause, space = st.clause, st.space
			if fp {
				// The chunk is one of the fingerprint's words too (both
				// split on ASCII whitespace): feed applies every rule.
				e.fp.feed(text[i0:i])
			}
			continue
		}
		if fp {
			if apos != 0 || w > i {
				// Apostrophes and leading punctuation ("@handle", "-Mark")
				// have rules of their own: feed's general loop.
				e.fp.feed(text[i:k])
			} else {
				e.fpWord(text[i:k], x, digit, p)
			}
		}

		if space && n > 0 {
			buf[n] = ' '
			n++
		}
		space = false
		for q := i; q < w; q++ { // (an index loop: ranging over []byte(text[i:w]) copies)
			c := text[q]
			buf[n] = c
			n++
			if byteClass[c]&ccClause != 0 {
				clause = true
				b, q := markCount(c)
				e.bangs, e.quests = e.bangs+b, e.quests+q
			}
		}
		start := n
		binary.LittleEndian.PutUint64(buf[n:n+8], x)
		n += p
		var flags uint16
		if clause {
			flags = tfClause
		}
		if k > j {
			clause = false
			for q := j; q < k; q++ {
				c := text[q]
				buf[n] = c
				n++
				if byteClass[c]&ccClause != 0 {
					clause = true
					b, q := markCount(c)
					e.bangs, e.quests = e.bangs+b, e.quests+q
				}
			}
		} else {
			clause = false
		}
		i = k
		if i < len(text) && text[i] == ' ' { // the usual single space, without a turn of the loop
			space = true
			i++
		}

		var vt vtok
		if info != nil {
			flags |= info.flags
			vt.id = info.id
			vt.flags = info.vflags & (vfLex | vfBooster | vfNegated)
			if vt.flags&(vfLex|vfBooster) != 0 {
				v := &wordTable.entries[info.idx-1].info
				vt.val, vt.boost = v.val, v.boost
			}
		}
		if lower|upper != 0 {
			flags |= tfLetters
		}
		if upper != 0 && lower == 0 && upper&(upper-1) != 0 { // two capitals or more, no lowercase
			flags |= tfUpper
		}
		if apos != 0 {
			// "n't" anywhere negates for VADER (govader's negated), at the
			// end for the detectors (makeToken).
			for q := 0; q+3 <= p; q++ {
				if x>>(8*q)&0xffffff == 'n'|'\''<<8|'t'<<16 {
					vt.flags |= vfNegated
					if q+3 == p {
						flags |= tfNegate
					}
				}
			}
		}
		e.toks = append(e.toks, token{start: int32(start), end: int32(start + p), vi: int32(len(e.vtoks)), flags: flags})
		// govader's case rules, as endWordToken and endChunk apply them.
		switch {
		case upper == 0:
			vt.flags |= vfAsWritten
			if vt.flags&vfLex != 0 {
				vt.flags |= vfLexOrig
			}
		case lower == 0:
			vt.flags |= vfUpper
		}
		vt.start, vt.end = int32(start), int32(start+p)
		e.vtoks = append(e.vtoks, vt)
	}
	e.buf = buf[:n]
}

// fpWord adds the fast path's chunk w (an ASCII word of p <= 8 letters and
// digits, lowercased in key, whose digits are the SWAR mask digit, and
// trailing ASCII punctuation) to the stock-reply fingerprint, as feed would:
// the word's block is its lowercase letters with '#' for each digit (the
// punctuation is dropped). The rules that drop words ("www." addresses,
// handles, a name after a greeting) are feed's; a chunk whose punctuation
// feed reads specially ('@', ':') goes to feed itself.
func (e *Engine) fpWord(w string, key, digit uint64, p int) {
	f := &e.fp
	if p == 3 && key == 'w'|'w'<<8|'w'<<16 && len(w) > 3 && w[3] == '.' {
		f.feed(w) // "www.": dropped by feed's dropStart
		return
	}
	for k := p; k < len(w); k++ {
		if w[k] == '@' || w[k] == ':' {
			f.feed(w)
			return
		}
	}
	prevWord, prevDash := f.prevWord, f.prevDash
	f.prevWord, f.prevDash = "", false
	if isUpperByte(w[0]) && (prevDash || prevWord != "" && isGreeting(prevWord)) {
		return // a name ("Hi Sarah", "- Mark")
	}
	dmask := digit >> 7 * 0xff // 0xff on each digit byte
	block := key&^dmask | '#'*lsb8&dmask
	f.h = fpMix(fpMix(f.h, block), fpWordEnd|uint64(p))
	f.words++
	f.prevWord = w
}

// chunkState is normalise's state between two chunks, for slowChunk.
type chunkState struct {
	buf           []byte
	clause, space bool
}

// slowChunk is normalise's general path: it handles the chunk at text[i]
// (up to the next ASCII whitespace or the end of the text) whatever it
// holds: apostrophes, words longer than 8 bytes, UTF-8 letters, emoji,
// Unicode spaces, invalid bytes. It appends to st's buffers and e.vtoks and
// returns the position after the chunk.
func (e *Engine) slowChunk(st *chunkState, text string, i int) int {
	buf, toks := st.buf, e.toks
	var (
		vc        vchunk // the VADER token being built
		bangs     int
		quests    int
		inTok     bool // a word token is open
		tokStart  int
		tokClause bool
		tokVI     int32
		upper     int   // capitals in the word
		wor       uint8 // byte classes of the word's ASCII bytes, or-ed
		clause    = st.clause
		space     = st.space
	)

	for i < len(text) {
		c := text[i]
		cls := byteClass[c]
		if cls&ccSpace != 0 {
			break // the end of the chunk: normalise reads the whitespace
		}

		if cls&ccHigh == 0 {
			// A run of ASCII non-space bytes: one VADER token, or the rest
			// of a spilled one.
			if !vc.open {
				if space && len(buf) > 0 {
					buf = append(buf, ' ')
				}
				space = false
				vc.start(len(buf), i)
			}
			if !vc.spill {
				// e.buf holds the token's bytes. Words go through
				// scanWord's tight loop, the rest byte by byte.
				or := vc.or
				for i < len(text) {
					c := text[i]
					cls := byteClass[c]
					if cls&(ccSpace|ccHigh) != 0 {
						break
					}
					if cls&ccWord != 0 || inTok && c == '\'' && i+1 < len(text) && isASCIILetter(text[i+1]) {
						if !inTok {
							inTok = true
							tokStart = len(buf)
							tokClause = clause
							tokVI = int32(len(e.vtoks))
							clause = false
							upper, wor = 0, 0
						}
						var u int
						var o uint8
						buf, i, u, o = scanWord(buf, text, i)
						upper += u
						wor |= o
						or |= o
						if i < len(text) && text[i] >= utf8.RuneSelf {
							break // a non-ASCII letter may continue the word
						}
						if tokStart == vc.begin && (i == len(text) || byteClass[text[i]]&ccSpace != 0) {
							// The common case: a word alone between
							// spaces is its own VADER token.
							vc.or = or
							toks = e.endWordToken(toks, buf, tokStart, upper, wor, tokClause, tokVI, &vc, text)
							inTok = false
							break
						}
						toks = e.endWord(toks, buf, tokStart, upper, wor, tokClause, tokVI, &vc)
						inTok = false
						continue
					}
					// Punctuation (an apostrophe inside a word went to
					// scanWord).
					or |= cls
					if inTok {
						toks = e.endWord(toks, buf, tokStart, upper, wor, tokClause, tokVI, &vc)
						inTok = false
					}
					if cls&ccClause != 0 {
						clause = true
						b, q := markCount(c)
						bangs, quests = bangs+b, quests+q
					}
					buf = append(buf, c)
					i++
				}
				vc.or = or
				continue
			}
			// A spilled token: byte by byte, into e.buf and e.vbuf.
			for ; i < len(text); i++ {
				c := text[i]
				cls := byteClass[c]
				if cls&(ccSpace|ccHigh) != 0 {
					break
				}
				if space { // after a non-ASCII separator inside the token
					if len(buf) > 0 {
						buf = append(buf, ' ')
					}
					space = false
				}
				if cls&ccWord != 0 {
					if !inTok {
						inTok = true
						tokStart = len(buf)
						tokClause = clause
						tokVI = int32(len(e.vtoks))
						clause = false
						upper, wor = 0, 0
					}
					upper += int(cls>>5) & 1 // ccUpper
					wor |= cls
				} else if c != '\'' || !inTok || i+1 >= len(text) || !isASCIILetter(text[i+1]) {
					// Punctuation; an apostrophe inside a word ("don't",
					// "customer's") belongs to the word instead.
					if inTok {
						toks = e.endWord(toks, buf, tokStart, upper, wor, tokClause, tokVI, &vc)
						inTok = false
					}
					if cls&ccClause != 0 {
						clause = true
						b, q := markCount(c)
						bangs, quests = bangs+b, quests+q
					}
				}
				lc := c | cls&ccUpper
				buf = append(buf, lc)
				e.vbuf = append(e.vbuf, lc)
				vc.ascii(cls, len(e.vbuf)-1)
			}
			continue
		}

		r, width := utf8.DecodeRuneInString(text[i:])
		// VADER first, on e.buf as it was before this rune: govader replaces
		// an invalid byte by U+FFFD and an emoji by its description, and
		// splits on whitespace.
		desc, emoji := "", false
		if r >= vader.emojiMin {
			desc, emoji = vader.emoji[r]
		}
		switch {
		case unicode.IsSpace(r):
			if vc.open {
				e.endChunk(&vc, buf, text)
			}
		case emoji:
			if vc.open {
				e.endChunk(&vc, buf, text)
			}
			e.feedDescription(&vc, buf, text, desc)
		default:
			e.vrune(&vc, buf, text, r, text[i:i+width])
		}

		// e.buf: letters and digits are word bytes, typographic apostrophes
		// are apostrophes, anything else separates words.
		kind := byte('s')
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u02bc':
			if inTok && i+width < len(text) && isASCIILetter(text[i+width]) {
				kind = 'a'
			} else {
				kind = 'p'
			}
		case r == utf8.RuneError:
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			kind = 'w'
		case r == '\u2026': // ellipsis
			clause = true
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
				tokVI = int32(len(e.vtoks))
				clause = false
				upper, wor = 0, 0
			}
			buf = append(buf, text[i:i+width]...)
		case 'a':
			buf = append(buf, '\'')
		case 'p':
			if inTok {
				toks = e.endWord(toks, buf, tokStart, upper, wor, tokClause, tokVI, &vc)
				inTok = false
			}
			if space && len(buf) > 0 {
				buf = append(buf, ' ')
			}
			space = false
			buf = append(buf, '\'')
		default:
			if inTok {
				toks = e.endWord(toks, buf, tokStart, upper, wor, tokClause, tokVI, &vc)
				inTok = false
			}
			space = true
		}
		i += width
	}
	if inTok {
		toks = e.endWord(toks, buf, tokStart, upper, wor, tokClause, tokVI, &vc)
	}
	if vc.open {
		e.endChunk(&vc, buf, text)
	}
	st.buf, e.toks = buf, toks
	st.clause, st.space = clause, space
	e.bangs += bangs
	e.quests += quests
	return i
}

// markCount is c's share of VADER's '!' and '?' counts (its punctuation
// emphasis): 1, 0 for '!', 0, 1 for '?', else 0, 0.
func markCount(c byte) (bang, quest int) {
	switch c {
	case '!':
		return 1, 0
	case '?':
		return 0, 1
	}
	return 0, 0
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// endWord appends the word token buf[start:] to toks.
func (e *Engine) endWord(toks []token, buf []byte, start, upper int, wor uint8, clause bool, vi int32, vc *vchunk) []token {
	info := wordTable.lookup(buf[start:])
	vc.lastWord(start, len(buf), info)
	return append(toks, makeToken(info, buf, start, upper, wor, clause, vi))
}

// endWordToken ends the word token buf[start:] and the VADER token that is
// exactly that word, with one lookup.
func (e *Engine) endWordToken(toks []token, buf []byte, start, upper int, wor uint8, clause bool, vi int32, vc *vchunk, text string) []token {
	info := wordTable.lookup(buf[start:])
	toks = append(toks, makeToken(info, buf, start, upper, wor, clause, vi))
	if wor&ccUpper != 0 && info != nil && info.vflags&vfCaseForms != 0 {
		vc.wStart, vc.wEnd, vc.wInfo = start, len(buf), info
		e.endChunk(vc, buf, text) // capitals on a capitalised lexicon key: the general path
		return toks
	}
	vc.open = false
	vt := vtok{start: int32(start), end: int32(len(buf))}
	if info != nil {
		vt.val, vt.boost, vt.id = info.val, info.boost, info.id
		vt.flags = info.vflags & (vfLex | vfBooster | vfNegated)
	}
	if wor&ccApos != 0 && vt.flags&vfNegated == 0 && containsNT(buf[start:]) {
		vt.flags |= vfNegated
	}
	switch wor & (ccUpper | ccLower) {
	case ccUpper:
		vt.flags |= vfUpper
	case ccLower, 0:
		vt.flags |= vfAsWritten
		if vt.flags&vfLex != 0 {
			vt.flags |= vfLexOrig
		}
	}
	e.vtoks = append(e.vtoks, vt)
	return toks
}

// scanWord appends the lowercased bytes of the ASCII word at text[i:]
// (letters, digits, and apostrophes followed by a letter) to buf. It returns
// the extended buf, the position after the word, the number of capitals and
// the byte classes of the word, or-ed. It is the hot loop of normalise: few
// live values, so they stay in registers.
func scanWord(buf []byte, text string, i int) ([]byte, int, int, uint8) {
	upper, or := 0, uint8(0)
	for ; i < len(text); i++ {
		c := text[i]
		cls := byteClass[c]
		if cls&ccWord == 0 && (c != '\'' || i+1 >= len(text) || !isASCIILetter(text[i+1])) {
			break
		}
		or |= cls
		upper += int(cls>>5) & 1 // ccUpper
		buf = append(buf, c|cls&ccUpper)
	}
	return buf, i, upper, or
}

// makeToken classifies buf[start:] (whose table entry is info) as a word
// with upper capitals and or-ed byte classes wor.
func makeToken(info *wordInfo, buf []byte, start, upper int, wor uint8, clause bool, vi int32) token {
	t := token{start: int32(start), end: int32(len(buf)), vi: vi}
	if info != nil {
		t.flags = info.flags
	}
	w := buf[start:]
	if n := len(w); n >= 3 && w[n-1] == 't' && w[n-2] == '\'' && w[n-3] == 'n' {
		t.flags |= tfNegate
	}
	if wor&(ccUpper|ccLower) != 0 {
		t.flags |= tfLetters
	}
	if upper >= 2 && wor&ccLower == 0 {
		t.flags |= tfUpper
	}
	if clause {
		t.flags |= tfClause
	}
	return t
}

// vchunk is the VADER token being built: a run of non-whitespace bytes. It
// lives in e.buf (bytes at begin.., text at src.., one to one) until it
// spills into e.vbuf; a spilled chunk keeps its bookkeeping per byte.
type vchunk struct {
	open, spill bool
	or          uint8 // byteClass of its ASCII bytes, or-ed (ccUpper, ccLower, ccApos)
	begin       int   // first byte
	src         int   // text position of the first byte (unspilled chunks)

	// Spilled chunks only.
	leadDone    bool   // a non-punctuation byte was seen
	typo        bool   // a typographic apostrophe ("n’t" search)
	caseOdd     bool   // a rune whose lowercase has another length (Kelvin sign, "İ")
	maskOver    bool   // a case change 64 bytes or more after base
	base        int    // first non-punctuation byte
	lead, trail int    // ASCII punctuation bytes at the start / end
	lenAdj      int    // bytes as written minus lowercase bytes
	mask        uint64 // bit k: byte base+k differs from the text as written

	// The last word token that ended inside the unspilled chunk.
	wStart, wEnd int
	wInfo        *wordInfo
}

// start opens an unspilled chunk at buf[pos], text[src]. Only the fields
// an unspilled chunk uses are reset (this runs once per token).
func (v *vchunk) start(pos, src int) {
	v.open, v.spill, v.or, v.begin, v.src, v.wStart = true, false, 0, pos, src, -1
}

// startSpilled opens a chunk at e.vbuf[pos].
func (v *vchunk) startSpilled(pos int) {
	*v = vchunk{open: true, spill: true, begin: pos, wStart: -1}
}

func (v *vchunk) lastWord(start, end int, info *wordInfo) {
	if v.open && !v.spill {
		v.wStart, v.wEnd, v.wInfo = start, end, info
	}
}

// ascii accounts for an ASCII byte of class cls at position q of a spilled
// chunk.
func (v *vchunk) ascii(cls uint8, q int) {
	v.or |= cls
	if cls&ccPunct != 0 {
		if !v.leadDone {
			v.lead++
		}
		v.trail++
		return
	}
	if !v.leadDone {
		v.leadDone = true
		v.base = q
	}
	v.trail = 0
	if cls&ccUpper != 0 {
		v.caseAt(q)
	}
}

func (v *vchunk) caseAt(q int) {
	if k := q - v.base; k < 64 {
		v.mask |= 1 << k
	} else {
		v.maskOver = true
	}
}

// punctEnds returns how many bytes of b, from the start and from the end,
// are ASCII punctuation (both len(b) when all are).
func punctEnds(b []byte) (lead, trail int) {
	for lead < len(b) && byteClass[b[lead]]&ccPunct != 0 {
		lead++
	}
	if lead == len(b) {
		return lead, lead
	}
	for byteClass[b[len(b)-1-trail]]&ccPunct != 0 {
		trail++
	}
	return lead, trail
}

// spill moves an unspilled chunk's bytes from buf to e.vbuf, with the
// per-byte bookkeeping the spilled path keeps: the chunk is about to get
// bytes that e.buf does not hold as govader sees them.
func (e *Engine) spill(v *vchunk, buf []byte, text string) {
	if v.spill {
		return
	}
	b := buf[v.begin:]
	n := len(e.vbuf)
	e.vbuf = append(e.vbuf, b...)
	v.lead, v.trail = punctEnds(b)
	v.leadDone = v.lead < len(b)
	v.mask, v.maskOver = 0, false
	v.base = n + v.lead
	for k := v.lead; k < len(b); k++ {
		if b[k] != text[v.src+k] {
			v.caseAt(n + k)
		}
	}
	v.begin = n
	v.spill = true
	v.wStart = -1
	v.typo, v.caseOdd, v.lenAdj = false, false, 0
}

// vrune adds a non-ASCII, non-space, non-emoji rune r (raw as written) to the
// VADER token, lowercased the way strings.ToLower does it.
func (e *Engine) vrune(v *vchunk, buf []byte, text string, r rune, raw string) {
	if r == utf8.RuneError {
		raw = "\uFFFD" // govader's range loop turns an invalid byte into U+FFFD
	}
	if !v.open {
		v.startSpilled(len(e.vbuf))
	} else {
		e.spill(v, buf, text)
	}
	q := len(e.vbuf)
	lr := unicode.ToLower(r)
	e.vbuf = utf8.AppendRune(e.vbuf, lr)
	if !v.leadDone {
		v.leadDone = true
		v.base = q
	}
	v.trail = 0
	if lr != r {
		if n := len(e.vbuf) - q; n != len(raw) {
			v.caseOdd = true
			v.lenAdj += len(raw) - n
		} else {
			for k := 0; k < n; k++ {
				if e.vbuf[q+k] != raw[k] {
					v.caseAt(q + k)
				}
			}
		}
	}
	if r == '\u2019' {
		v.typo = true
	}
}

// feedDescription adds an emoji's description to the VADER tokens as govader
// does: it is written in the emoji's place, after a space, with no space
// after it, so its last word runs on into the text that follows ("😀!" is
// "grinning face!").
func (e *Engine) feedDescription(v *vchunk, buf []byte, text, d string) {
	for j := 0; j < len(d); {
		c := d[j]
		if c == ' ' {
			if v.open {
				e.endChunk(v, buf, text)
			}
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(d[j:])
			e.vrune(v, buf, text, r, d[j:j+w])
			j += w
			continue
		}
		if !v.open {
			v.startSpilled(len(e.vbuf))
		}
		b, q := markCount(c)
		e.bangs, e.quests = e.bangs+b, e.quests+q
		cls := byteClass[c]
		e.vbuf = append(e.vbuf, c|cls&ccUpper)
		v.ascii(cls, len(e.vbuf)-1)
		j++
	}
}

// endChunk turns the open chunk into a VADER token.
func (e *Engine) endChunk(v *vchunk, buf []byte, text string) {
	v.open = false
	b, lead, trail, lenAdj := buf, 0, 0, 0
	if v.spill {
		b, lead, trail, lenAdj = e.vbuf, v.lead, v.trail, v.lenAdj
	} else {
		lead, trail = punctEnds(buf[v.begin:])
	}
	s, t := v.begin, len(b)
	// govader strips leading and trailing punctuation unless fewer than 3
	// bytes (as written) would remain.
	stripped := t-s+lenAdj-lead-trail >= 3
	if stripped {
		s += lead
		t -= trail
	}
	w := b[s:t]
	var info *wordInfo
	if s == v.wStart && t == v.wEnd {
		info = v.wInfo // the word token's lookup: same bytes
	} else {
		info = wordTable.lookup(w)
	}
	vt := vtok{start: int32(s), end: int32(t)}
	if v.spill {
		vt.flags |= vfSpill
	}
	if info != nil {
		vt.val, vt.boost, vt.id = info.val, info.boost, info.id
		vt.flags |= info.vflags & (vfLex | vfBooster | vfNegated)
	}
	if v.or&ccApos != 0 && vt.flags&vfNegated == 0 && containsNT(w) {
		vt.flags |= vfNegated
	}
	if v.typo && containsNTTypo(w) {
		vt.flags |= vfNegTypo
	}
	if v.or&(ccUpper|ccLower) == ccUpper {
		vt.flags |= vfUpper
	}

	// As written: an unspilled token differs from its lowercase only by
	// its ASCII capitals (letters are never stripped); a spilled one keeps
	// a mask of the bytes that differ. The lexicon's capitalised keys
	// (":D") need the mask; other tokens only whether there is a capital.
	mask, over := uint64(0), false
	if v.spill {
		mask, over = v.mask, v.maskOver || v.caseOdd
		if sh := v.base - v.begin; !stripped && mask != 0 && sh > 0 {
			// The mask counts from the first non-punctuation byte.
			if sh >= 64 || mask<<sh>>sh != mask {
				over = true
			} else {
				mask <<= sh
			}
		}
	} else if v.or&ccUpper != 0 {
		mask = 1 // some byte differs; which ones only matters below
		if info != nil && info.vflags&vfCaseForms != 0 {
			if len(w) > 64 {
				over = true
			} else {
				src := text[v.src+s-v.begin:]
				mask = 0
				for k := range w {
					if w[k] != src[k] {
						mask |= 1 << k
					}
				}
			}
		}
	}
	switch {
	case mask == 0 && !over:
		vt.flags |= vfAsWritten
		if vt.flags&vfLex != 0 {
			vt.flags |= vfLexOrig
		}
	case !over && info != nil && info.vflags&vfCaseForms != 0:
		// Written with capitals: in the lexicon as written only if it is
		// one of the lexicon's capitalised keys (":D").
		for _, f := range vader.caseForms[string(w)] {
			if f == mask {
				vt.flags |= vfLexOrig
			}
		}
	}
	e.vtoks = append(e.vtoks, vt)
}

// containsNT reports whether w contains "n't" (govader's negated()).
func containsNT(w []byte) bool {
	for k := 0; k+2 < len(w); k++ {
		if w[k] == 'n' && w[k+1] == '\'' && w[k+2] == 't' {
			return true
		}
	}
	return false
}

// containsNTTypo reports whether w contains "n’t".
func containsNTTypo(w []byte) bool {
	for k := 0; k+4 < len(w); k++ {
		if w[k] == 'n' && w[k+1] == 0xe2 && w[k+2] == 0x80 && w[k+3] == 0x99 && w[k+4] == 't' {
			return true
		}
	}
	return false
}
