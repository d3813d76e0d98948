package enrich

import (
	"slices"

	"github.com/runaroundhq/runaround/transcript"
)

// turnArena holds the normalised form of every turn of a group of
// interactions (normaliseGroup: one chat or call, several tweets), so that
// EnrichBatch can normalise all their turns first, run the phrase matcher
// once over all of them, and then detect and score turn by turn
// (enrichOne).
//
// Why: support turns are short (half the chat turns are under 55 bytes),
// and the phrase matcher's walk is one chain of dependent table loads per
// byte. Over one turn at a time the CPU waits on each load in turn; over the
// whole group's text appendMatchesWide runs four independent chains side by
// side (each quarter of the text from its own start), so their loads
// overlap. The turns are laid out one after the other in buf, each followed
// by '\n': no pattern contains a newline (checkPattern) and it is not a word
// byte, so a match never spans two turns and the word boundaries at a turn's
// ends are those of a text's ends: the matches over buf are exactly each
// turn's matches, shifted.
type turnArena struct {
	buf   []byte // normalised turns, each followed by '\n'
	toks  []token
	vtoks []vtok
	vbuf  []byte
	hits  []phraseHit // the matcher's hits over buf
	msc   matchScratch
	turns []turnSpan // by turn: the group's interactions' turns in order

	group int      // the group's first interaction (batch row)
	first []int32  // by interaction of the group: index of its first turn in turns
	fps   []uint64 // by interaction of the group: its reply fingerprint (Columns.ReplyFingerprint)
}

// turnSpan is where one turn's normalised form lies in the arena.
type turnSpan struct {
	buf, toks, vtoks, vbuf, hits [2]int32
	bangs, quests                int32
	spoken                       bool // the turn may hold PII read out in words (mayHoldSpoken)
}

// groupBytes is the text normaliseGroup gathers before running the
// matcher: enough for appendMatchesWide's four walks to pay off (tweets
// come in groups of about seven; a chat or a call is a group on its own).
const groupBytes = 1024

// normaliseGroup normalises every analysed turn of in[g:h] into e.arena
// (and, in the same pass, feeds each interaction's agent turns to its
// fingerprint), runs the phrase matcher once over all of them, and returns
// h: the group is in[g] and the interactions after it up to groupBytes of
// text. enrichOne then takes each turn's part with useTurn.
func (e *Engine) normaliseGroup(in []transcript.Interaction, g int) int {
	a := &e.arena
	// Room for every turn up front: normalise writes each turn straight
	// into the arena (it needs len(text)+8 bytes of capacity, see
	// normalise), and the token slices grow in place once the arena has
	// grown to the largest group.
	total, nTurns, h := 0, 0, g
	for h < len(in) && (h == g || total < groupBytes) {
		for ti := range in[h].Turns {
			total += min(len(in[h].Turns[ti].Text), e.cfg.MaxTextBytes) + 9
		}
		nTurns += len(in[h].Turns)
		h++
	}
	a.buf = slices.Grow(a.buf[:0], total)
	a.toks, a.vtoks, a.vbuf = a.toks[:0], a.vtoks[:0], a.vbuf[:0]
	a.turns = slices.Grow(a.turns[:0], nTurns)[:0]
	a.group = g
	a.first, a.fps = a.first[:0], a.fps[:0]
	for i := g; i < h; i++ {
		a.first = append(a.first, int32(len(a.turns)))
		e.fp.reset()
		e.normaliseTurns(&in[i])
		a.fps = append(a.fps, e.fp.sum(e.cfg.StockReplyMinWords))
	}

	a.hits = e.m.appendMatchesWide(a.hits[:0], a.buf, &a.msc)
	// The hits are ordered by start, the turns by position: one walk
	// splits them.
	k := 0
	for ti := range a.turns {
		s := &a.turns[ti]
		for k < len(a.hits) && a.hits[k].Start < s.buf[0] {
			k++ // (none: every byte of buf outside the turns is a '\n')
		}
		s.hits[0] = int32(k)
		for k < len(a.hits) && a.hits[k].Start < s.buf[1] {
			k++
		}
		s.hits[1] = int32(k)
	}
	return h
}

// normaliseTurns appends the turn spans of it's turns to the arena,
// normalising the analysed ones.
func (e *Engine) normaliseTurns(it *transcript.Interaction) {
	a := &e.arena
	for ti := range it.Turns {
		t := &it.Turns[ti]
		sp := speakerMask(t.Speaker)
		if sp == 0 {
			n := int32(len(a.buf))
			a.turns = append(a.turns, turnSpan{buf: [2]int32{n, n}, spoken: true}) // not analysed: no text, no hits; redacted in full
			continue
		}
		text, _ := clip(t.Text, e.cfg.MaxTextBytes)
		// Empty slices at the arenas' ends, with their spare capacity:
		// normalise appends in place.
		e.buf, e.toks, e.vtoks, e.vbuf = a.buf[len(a.buf):], a.toks[len(a.toks):], a.vtoks[len(a.vtoks):], a.vbuf[len(a.vbuf):]
		e.fpTurn = sp == spAgent // normalise feeds the agent turns to the fingerprint
		e.normalise(text)
		e.fpTurn = false
		var s turnSpan
		s.buf[0], a.buf = int32(len(a.buf)), commit(a.buf, e.buf)
		s.buf[1] = int32(len(a.buf))
		a.buf = append(a.buf, '\n')
		s.toks[0], a.toks = int32(len(a.toks)), commit(a.toks, e.toks)
		s.toks[1] = int32(len(a.toks))
		s.vtoks[0], a.vtoks = int32(len(a.vtoks)), commit(a.vtoks, e.vtoks)
		s.vtoks[1] = int32(len(a.vtoks))
		s.vbuf[0], a.vbuf = int32(len(a.vbuf)), commit(a.vbuf, e.vbuf)
		s.vbuf[1] = int32(len(a.vbuf))
		s.bangs, s.quests = int32(e.bangs), int32(e.quests)
		s.spoken = mayHoldSpoken(e.toks)
		a.turns = append(a.turns, s)
	}
}

// useTurn makes turn ti of interaction row (in the current group) the
// current turn: e.buf, e.toks, e.vtoks, e.vbuf, e.bangs, e.quests and
// e.hits, as normalise and AppendMatches would have left them for that
// turn alone.
func (e *Engine) useTurn(row, ti int) {
	a := &e.arena
	s := &a.turns[int(a.first[row-a.group])+ti]
	e.buf = a.buf[s.buf[0]:s.buf[1]]
	e.toks = a.toks[s.toks[0]:s.toks[1]]
	e.vtoks = a.vtoks[s.vtoks[0]:s.vtoks[1]]
	e.vbuf = a.vbuf[s.vbuf[0]:s.vbuf[1]]
	e.bangs, e.quests = int(s.bangs), int(s.quests)
	e.hits = e.hits[:0]
	for _, h := range a.hits[s.hits[0]:s.hits[1]] {
		h.Start -= s.buf[0]
		h.End -= s.buf[0]
		e.hits = append(e.hits, h)
	}
}

// spokenTurn reports whether turn ti of interaction row (in the current
// group) may hold PII read out in words: redact skips the spoken scan
// for the others.
func (e *Engine) spokenTurn(row, ti int) bool {
	a := &e.arena
	return a.turns[int(a.first[row-a.group])+ti].spoken
}

// mayHoldSpoken reports whether a turn with the words toks can hold
// anything spokenPII reads. A number read out has at least six digits; a
// word of a number gives at most three ("triple four", "four hundred"),
// and only the last word of a run can be glued to an apostrophe or a
// digit ("seven's") and so be no table word: so it shows at least three
// tfSpoken words, and two is the threshold, with a margin. An address read
// out has a "dot". Most turns have neither, and the flags come with the
// word-table lookup normalise makes anyway: this saves the spoken scan's
// pass over the text, about half of the PII stage (TestSpokenGate).
func mayHoldSpoken(toks []token) bool {
	n := 0
	for i := range toks {
		f := toks[i].flags
		if f&tfDot != 0 {
			return true
		}
		if f&tfSpoken != 0 {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// fingerprint is the reply fingerprint normaliseGroup computed for row.
func (e *Engine) fingerprint(row int) uint64 { return e.arena.fps[row-e.arena.group] }

// commit extends arena by part, which was appended at arena's end: in
// place when part still lies there, by a copy when its appends had to
// move it (the arena has not grown to this group yet).
func commit[T any](arena, part []T) []T {
	n := len(arena)
	if len(part) == 0 {
		return arena
	}
	if cap(arena) > n && &arena[:n+1][n] == &part[0] {
		return arena[:n+len(part)]
	}
	return append(arena, part...)
}
