package enrich

import "github.com/runaroundhq/runaround/transcript"

// detectRow is the detectors' per-interaction state (part of rowState; zero
// at the start of every interaction).
type detectRow struct {
	turn int // index of the analysed turn (customer, agent or system)

	// Warm handoffs: the latest handoff, its turn (refreshed by the system
	// event that carries it out) and whether it is already counted warm.
	haveHandoff     bool
	lastHandoffTurn int
	lastWarm        bool
	warm            int

	policy   bool
	ruleTurn int   // 1 + the last turn with a rule cue (catRuleCue); 0: none
	due      int64 // earliest promise due time, Unix seconds; 0: none

	topics  [2][4]uint64 // topic indexes already listed: [0] products, [1] symptoms
	flagged int          // sentences flagged for OrgNamer in this row
}

// detectScratch is the detectors' per-turn context, set by beginTurn.
type detectScratch struct {
	orig    string // the turn's text as analysed (clipped, not redacted): capitalisation, sentence spans
	org     string // the interaction's organisation
	base    int64  // the turn's time (TS, else the interaction's StartedAt), Unix seconds
	hasBase bool
	row     int32
	textIdx int32 // index of the turn's redacted text in out.TurnTexts.Values

	// The sentence of e.buf last asked for (sentenceAt), valid for this turn.
	sentStart, sentEnd int32
	quotes             uint8 // quotesUnknown, quotesNone, quotesSome: does the turn quote anyone
	party              uint8 // partyUnknown, partyNo, partyYes: does the turn name an outside party (turnNamesParty)
	takesOn            uint8 // partyUnknown, partyNo, partyYes: does the agent take the matter on (agentTakesOn)
	caseTo             int32 // start of the "to" before the team noun checkCaseSent last accepted
	tellTok            int32 // the verb of telling checkRepeatVerb last accepted a count by

	// The kind the last commitment hook said (commitKind), for the five
	// rules of one hook.
	commitPos   int32
	commitCheck ruleCheck
	commitKind  uint8
}

// warmWindow is how many turns after a handoff a briefing or stay-on cue
// still makes it warm: the agent's "let me transfer you", the customer's
// "ok", the agent's "I'll stay on the line and introduce you" is the
// usual shape.
const warmWindow = 3

// maxFlaggedPerRow bounds the sentences one interaction hands to OrgNamer.
const maxFlaggedPerRow = 8

// flaggedSentence is a sentence that fired a handoff or cross-company rule:
// a span of a redacted turn text, for OrgNamer (off the hot path) to name
// the organisation in. Not a stored column.
type flaggedSentence struct {
	row        int32
	text       int32 // index into Columns.TurnTexts.Values
	start, end int32 // byte span in that (redacted) text
}

// beginTurn sets the per-turn context of detect: the turn's text as
// analysed, its time and where its redacted text is stored (the last value
// of out.TurnTexts, just added by redact).
func (e *Engine) beginTurn(it *transcript.Interaction, t *transcript.Turn, text string, row int, out *Columns) {
	d := &e.dt
	d.orig, d.org = text, it.Org
	d.row = int32(row)
	d.textIdx = int32(len(out.TurnTexts.Values) - 1)
	switch {
	case !t.TS.IsZero():
		d.base, d.hasBase = t.TS.Unix(), true
	case !it.StartedAt.IsZero():
		d.base, d.hasBase = it.StartedAt.Unix(), true
	default:
		d.base, d.hasBase = 0, false
	}
	d.sentStart, d.sentEnd = -1, -1
	d.commitPos = -1
	d.quotes = quotesUnknown
	d.party = partyUnknown
	d.takesOn = partyUnknown
}

// finishRow writes the detectors' fixed-width columns of row.
func (e *Engine) finishRow(st *rowState, row int, out *Columns) {
	d := &st.dr
	out.HandoffWarm[row] = uint16(min(d.warm, st.handoffs, 0xffff))
	out.PolicyWall[row] = d.policy
	out.PromiseDueAt[row] = d.due
}

// detect applies the phrase rules to the current turn (e.hits over e.buf,
// e.toks) spoken by sp, updating st and the list columns it owns (handoff
// targets, topics).
//
// A rule fires when its speaker matches, it is not cancelled by a
// suppressor of its category and kind (overlapping it, or anywhere in its
// sentence for sentence-scoped suppressors: "visit our website" is no visit
// promise), for negatable rules no negation precedes it within
// Config.NegationWindow tokens of the same clause ("I'm not going to
// transfer you", "there's no need to call you back", "I don't need a
// manager"), for noQuestion rules it is not inside a question ("Shall I call
// you back?"), its structural check, if any, passes, and, for most
// categories (quotable), it is not inside quoted speech ('my son said
// "just sue them"').
//
// Handoffs are counted once per turn. An agent's referral to another
// company ("you'll need to call FixRight") is one, without a target and
// never pending (no system event follows it). An agent's announcement ("let me
// transfer you to billing") and the system event that carries it out
// ("[transfer to billing]") are one handoff: the announcement stays pending
// until a system transfer/queue event consumes it or another announcement
// replaces it.
//
// A policy wall is a policy phrase, or a rule cue and a refusal in one
// sentence (catRuleCue, catRefusal). Promises are committed at the end of
// the turn (turnPromises): one in a sentence that refers the customer to
// another company or hits a policy wall is not the agent's unless the
// agent is its subject. A customer's repeated claim, broken-promise claim,
// loop report or threat (other than asking for a manager) makes the
// interaction a complaint, and so does a failure phrase of the support
// layer unless it is asked about or supposed ("is the line down?", "if it
// arrives damaged, can I return it?"; askedOrSupposed). A policy wall is
// also a limit and a quota in one sentence ("only one credit per account
// every 30 days").
//
// A handoff is warm when a warm cue (rules.go) comes in its turn or within
// warmWindow turns after it (or after the system event that carried it
// out); each handoff is counted warm at most once, so HandoffWarm <=
// HandoffCount. A cue that is itself a handoff ("let me introduce you to
// my colleague", "I'll conference them in", a "[warm transfer]" event)
// counts one when no handoff is open; a cue that only qualifies ("I'll stay
// on the line") does not.
func (e *Engine) detect(st *rowState, sp uint8, out *Columns) {
	d := &st.dr
	e.sup = e.sup[:0]
	for _, h := range e.hits {
		for _, ri := range e.phraseRules[h.ID] {
			if r := &e.rules[ri]; r.cat == catSuppress && r.speakers&sp != 0 {
				if r.negatable && e.negatedOrNobody(h.Start) {
					continue // "never came through" keeps the broken promise
				}
				if r.check != checkNone && !e.passes(r, h) {
					continue // "won't be" cancels promises only as "won't be refunded"
				}
				e.sup = append(e.sup, phraseHit{ID: int32(ri), Start: h.Start, End: h.End})
			}
		}
	}

	turnHandoff, turnTarget, turnSystem, turnReferral := false, false, false, false
	warmCue, warmImplied := false, false
	repeatStart, repeatEnd, tellTok := int32(-1), int32(-1), int32(-1) // span of the last repeated claim counted, its verb of telling
	stockWeak, stockEnd, stockLast := 0, int32(-1), int32(-1)          // template cues of the turn (a strong one counts 2), the last cue's end and pattern
	flagEnd := int32(-1)                                               // end of the last sentence flagged in this turn
	topicStart, topicEnd := [2]int32{}, [2]int32{-1, -1}               // last accepted topic hit per list
	ruleSent, refusalSent := int32(-1), int32(-2)                      // sentence of the last rule cue, refusal
	limitSent, quotaSent := int32(-3), int32(-4)                       // sentence of the last limit cue, quota cue
	referralReports := 0                                               // "X says contact Y" reports in the turn
	var tp turnPromises
	for _, h := range e.hits {
		for _, ri := range e.phraseRules[h.ID] {
			r := &e.rules[ri]
			if r.speakers&sp == 0 || r.cat == catSuppress || r.atStart && h.Start != 0 {
				continue
			}
			// The structural check first: it rejects most hits of its
			// (common) phrases cheaply.
			if r.check != checkNone && !e.passes(r, h) {
				continue
			}
			if len(e.sup) > 0 && e.suppressed(r, h) {
				continue
			}
			if r.negatable && e.negated(h.Start) {
				continue
			}
			if r.noQuestion && e.inQuestion(h.Start) {
				continue
			}
			if quotable(r.cat) && e.inQuote(h.Start) {
				continue
			}
			switch r.cat {
			case catSupport, catFault:
				// A failure asked about or supposed is none: "is the line
				// down?", "if it arrives damaged, can I send it back?".
				if sp == spCustomer && !e.askedOrSupposed(h.Start) {
					st.failure = true
				}
			case catHandoff:
				flagEnd = e.flagSentence(d, out, h.Start, flagEnd)
				// The target follows the phrase, or, for a team noun
				// (checkCaseSent), the "to" before it.
				targetFrom := h.End
				if r.check == checkCaseSent {
					targetFrom = e.dt.caseTo
				}
				if turnReferral {
					// "That's a separate company, let me transfer you to
					// them": the referral's handoff is this transfer, which
					// a system event may confirm.
					turnReferral = false
					st.pending = true
					turnTarget = e.handoffTarget(st, out, targetFrom)
					st.pendingHadTarget = turnTarget
					continue
				}
				if turnHandoff {
					if !turnTarget {
						turnTarget = e.handoffTarget(st, out, targetFrom)
						st.pendingHadTarget = st.pendingHadTarget || turnTarget
					}
					continue
				}
				turnHandoff = true
				st.handoffs++
				d.newHandoff()
				st.pending = true
				turnTarget = e.handoffTarget(st, out, targetFrom)
				st.pendingHadTarget = turnTarget
			case catSystemHandoff, catSystemQueue:
				if turnSystem {
					continue
				}
				s, end, key, ok := e.extractTarget(h.End)
				if r.cat == catSystemQueue {
					// A queue event routes the contact into a queue: a
					// handoff, unless it names the queue the contact is
					// already in ("queue: billing" twice). Even the first
					// one: the log starts where the router put the contact.
					if !ok {
						continue
					}
					if st.haveQueue && key == st.lastQueue {
						// The queue an announced transfer named ("I'll move
						// you to the Season Tickets team", "queue: season
						// tickets"): the event carries that transfer out.
						if st.pending {
							st.pending = false
							d.lastHandoffTurn = d.turn
						}
						continue
					}
				}
				turnSystem = true
				if st.pending {
					st.pending = false
					d.lastHandoffTurn = d.turn // the warm window runs from the transfer itself
					if ok && !st.pendingHadTarget {
						e.addTarget(st, out, s, end, key)
					} else if ok {
						st.haveQueue, st.lastQueue = true, key
					}
					continue
				}
				st.handoffs++
				d.newHandoff()
				if ok {
					e.addTarget(st, out, s, end, key)
				}
			case catWarm:
				warmCue = true
				warmImplied = warmImplied || r.kind == warmImplies
			case catCrossCompany:
				if r.kind == crossAttribution && sp == spAgent && e.agentTakesOn() {
					continue // "that's done by Openreach, but I've chased them": the agent keeps it
				}
				if sp == spAgent && e.usualBut(h.Start) {
					continue // "normally faults go to the manufacturer, but we'll swap it ourselves"
				}
				st.cross = true
				if sp == spSystem {
					continue // "[external transfer]": the event's own handoff rule counts it
				}
				tp.other(e, h.Start)
				flagEnd = e.flagSentence(d, out, h.Start, flagEnd)
				// An agent's referral to another company is a handoff too
				// (a cold one: the customer has to make a new contact), once
				// per turn with any transfer announced in it.
				if sp == spAgent && !turnHandoff {
					turnHandoff, turnReferral = true, true
					st.handoffs++
					d.newHandoff()
				}
			case catLoop:
				if r.kind == loopSentHere {
					st.sentHere = true
					st.failure = true
					continue
				}
				if r.kind == loopReferralReport {
					// One side's referral reported is no loop; two in one
					// turn are the customer sent back and forth.
					if referralReports++; referralReports < 2 {
						continue
					}
				}
				st.loop = true
				if sp == spCustomer {
					st.failure = true // "they sent me back to billing" is a complaint about the service
				} else if sp == spAgent && !turnHandoff {
					// The agent sends the customer back ("this does need to
					// go back to tech support"): a handoff, confirmed by a
					// system event if one follows.
					turnHandoff = true
					st.handoffs++
					d.newHandoff()
					st.pending = true
					st.pendingHadTarget = false
				}
			case catDeadEnd:
				if e.conditional(h.Start) {
					continue // "if there's nothing else I can do for you, have a good evening"
				}
				st.deadEnd = true
				// A dead end with a rule cited is a policy wall like a
				// refusal: "pre-existing conditions are excluded ... that's
				// the final decision", "the fare rules ... my hands are
				// tied".
				if sp == spAgent {
					s, _ := e.sentenceAt(h.Start)
					refusalSent = s
					if ruleSent == s || ruleSent >= 0 || d.ruleTurn > 0 && d.turn+1-d.ruleTurn <= 2 {
						d.policy = true
					}
				}
			case catPolicy:
				d.policy = true
				st.deadEnd = true
			case catRuleCue, catRefusal:
				// A policy wall by co-occurrence: a rule cited and a refusal
				// in one sentence ("Refunds can only be issued within 30
				// days, so I'm not able to process one").
				// Or a limit and a quota ("only one credit per account").
				s, _ := e.sentenceAt(h.Start)
				switch {
				case r.cat == catRefusal:
					refusalSent = s
				case r.kind == cueLimit:
					ruleSent, limitSent = s, s
				case r.kind == cueQuota:
					ruleSent, quotaSent = s, s
				default:
					ruleSent = s
				}
				if ruleSent == refusalSent || limitSent == quotaSent {
					d.policy = true
					st.deadEnd = true
					tp.other(e, h.Start) // "so not yet – you'll get a text when you're eligible"
				} else if r.cat == catRefusal && (ruleSent >= 0 || d.ruleTurn > 0 && d.turn+1-d.ruleTurn <= 2) {
					// The rule in another sentence of the turn, or in the
					// agent's turn before: "we can only change up to three
					// characters, that's our policy." ... "I'm sorry, I
					// can't go beyond that."
					d.policy = true
					st.deadEnd = true
				}
			case catRepeat:
				// Having to repeat oneself, a broken promise, a threat other
				// than asking for a manager: the customer complains about
				// the service, whatever the sentiment score says.
				st.failure = true
				if h.Start < repeatEnd {
					continue // overlaps a claim already counted
				}
				switch r.check {
				case checkRepeatVerb, checkToldBefore, checkTellAgain:
					// "Every call I have to explain the fault again", "like
					// I told you before": a count or a time of a telling
					// already counted (the same verb, or a verb inside the
					// claim counted last) is the same claim.
					vt := e.dt.tellTok
					if vt == tellTok || e.toks[vt].start >= repeatStart && e.toks[vt].start < repeatEnd {
						continue
					}
					tellTok = vt
				}
				repeatStart = h.Start
				st.repeats++
				repeatEnd = h.End
			case catPromise:
				tp.add(e, r.kind, h)
			case catBroken:
				// "They said that last week" of a promise this interaction
				// did not show; "nobody has come" to a burst pipe nobody
				// promised to see to.
				if r.check == checkSaidBefore && st.promises == 0 ||
					(r.check == checkNotKept || r.check == checkPromiseShown) && st.promises == 0 && !e.promiseShown() &&
						!e.selfPromised(h) {
					continue
				}
				st.broken = true
				st.failure = true
			case catEscalation:
				if r.kind == escCancel && e.ownCondition(h.Start) {
					continue // "if I switch to another network, do I need a PAC?"
				}
				st.escalations |= 1 << r.kind
				if r.kind != escSupervisor {
					st.failure = true
				}
			case catStock:
				if r.kind == stockStrong && !e.conditional(h.Start) {
					stockWeak = 2
				} else if h.Start >= stockEnd && h.ID != stockLast {
					stockWeak++ // a cue said twice is one ("bear with us ... bear with us")
				}
				stockEnd, stockLast = h.End, h.ID
			case catTopicProduct, catTopicSymptom:
				c := int(r.cat - catTopicProduct)
				if h.Start >= topicStart[c] && h.End <= topicEnd[c] {
					continue // inside a longer form already taken ("broken" in "broken screen")
				}
				topicStart[c], topicEnd[c] = h.Start, h.End
				set := &d.topics[c]
				if set[r.kind>>6]&(1<<(r.kind&63)) != 0 {
					continue
				}
				set[r.kind>>6] |= 1 << (r.kind & 63)
				if c == 0 {
					out.TopicProducts.Add(topicProducts[r.kind].name)
				} else {
					out.TopicSymptoms.Add(topicSymptoms[r.kind].name)
				}
			}
		}
	}
	if ruleSent >= 0 {
		d.ruleTurn = d.turn + 1
	}
	if sp == spCustomer && !st.loop && routeLoop(e.dt.orig) {
		st.loop, st.failure = true, true
	}
	// Sent here by the other company and referred back to it: "Globetrek
	// told me to call you!" and the agent's "changes have to go through
	// them", in either order.
	if st.sentHere && st.cross {
		st.loop = true
	}
	tp.commit(e, st)
	if warmCue {
		e.warmHandoff(st, warmImplied)
	}
	if stockWeak >= 2 && !e.personalReply() {
		st.stock = true
	}
	d.turn++
}

// quotable reports whether a rule of category c is skipped inside quoted
// speech. Not: support sentiment and topics (a quoted "won't turn on" is
// still the symptom), repeated claims and broken promises (quoting the
// broken promise is the claim: 'you said "we'll call you back"'), system
// events.
func quotable(c category) bool {
	switch c {
	case catHandoff, catWarm, catCrossCompany, catLoop, catDeadEnd, catPolicy, catRuleCue, catRefusal, catPromise,
		catEscalation:
		return true
	}
	return false
}

// newHandoff records that a handoff was just counted in the current turn.
func (d *detectRow) newHandoff() {
	d.haveHandoff = true
	d.lastHandoffTurn = d.turn
	d.lastWarm = false
}

// warmHandoff applies a warm cue of the current turn: it makes the open
// handoff warm, or, for a cue that implies one, counts a new warm handoff.
func (e *Engine) warmHandoff(st *rowState, implied bool) {
	d := &st.dr
	if d.haveHandoff && d.turn-d.lastHandoffTurn <= warmWindow {
		if !d.lastWarm {
			d.lastWarm = true
			d.warm++
		}
		return
	}
	if !implied {
		return
	}
	st.handoffs++
	d.newHandoff()
	d.lastWarm = true
	d.warm++
	st.pending = true
	st.pendingHadTarget = false
}

// suppressed reports whether a suppressor of r's category and kind cancels
// h: it overlaps h, or, when sentence-scoped, shares h's sentence.
func (e *Engine) suppressed(r *rule, h phraseHit) bool {
	for _, s := range e.sup {
		sr := &e.rules[s.ID]
		if sr.target != r.cat || sr.kind != r.kind && sr.kind != anyKind {
			continue
		}
		if s.Start < h.End && h.Start < s.End {
			return true
		}
		if sr.sentence {
			start, end := e.sentenceAt(h.Start)
			if s.Start >= start && s.Start < end {
				return true
			}
		}
		if sr.clause && e.sameClause(s.Start, h.Start) {
			return true
		}
	}
	return false
}

// negated reports whether a negation precedes the phrase starting at pos
// within NegationWindow tokens, without crossing a clause break or a "but".
// "no" negates only as "no need" ("No, I'll call you back" is a promise;
// "there's no need to call you back" is not). Filler words (isNegationFiller:
// "be", "able", "to", articles) do not count towards the window, so "we
// wouldn't be able to send a replacement" is negated like "we won't send a
// replacement".
func (e *Engine) negated(pos int32) bool {
	toks := e.toks
	k := e.tokenIndexAt(pos)
	if k < len(toks) && toks[k].flags&tfClause != 0 {
		return false
	}
	window := e.cfg.NegationWindow
	for j := k - 1; j >= 0 && window > 0 && j >= k-3*e.cfg.NegationWindow; j-- {
		if !isNegationFiller(e.word(j)) {
			window--
		}
		f := toks[j].flags
		if f&tfBut != 0 {
			return false
		}
		if f&tfNo != 0 {
			if j+1 < len(toks) && toks[j+1].flags&tfNeed != 0 {
				return true
			}
		} else if f&tfNegate != 0 {
			return true
		}
		if f&tfClause != 0 {
			return false
		}
	}
	return false
}

// isNegationFiller are words skipped when counting the negation window.
func isNegationFiller(w []byte) bool {
	switch string(w) {
	case "be", "able", "to", "a", "an", "the", "any", "it", "this", "that", "you", "your":
		return true
	}
	return false
}

// handoffTarget extracts the target after an agent handoff phrase and adds
// it; it reports whether there was one.
func (e *Engine) handoffTarget(st *rowState, out *Columns, from int32) bool {
	s, end, key, ok := e.extractTarget(from)
	if ok {
		e.addTarget(st, out, s, end, key)
	}
	return ok
}

// addTarget records a handoff target: the column value, the loop check
// (same normalised target twice in one interaction) and the last queue.
func (e *Engine) addTarget(st *rowState, out *Columns, start, end int, key uint64) {
	for _, k := range e.targetKeys {
		if k == key {
			st.loop = true
			break
		}
	}
	e.targetKeys = append(e.targetKeys, key)
	st.haveQueue, st.lastQueue = true, key
	e.arenaString(out, &out.HandoffTargets, e.buf[start:end])
}

// maxTargetTokens is the longest handoff target kept ("customer relations
// team").
const maxTargetTokens = 3

// extractTarget reads the handoff target that follows position from in
// e.buf: it finishes the current word ("[transfer|red"), skips separators
// (':', '-', '>', '=', '['), "from <queue>" up to "to", "back"/"over"/
// "through" before "to", "to", and determiners ("the", "a", "our", ...),
// then takes up to maxTargetTokens words separated by single spaces,
// stopping at punctuation or a stop word ("who", "now", "please", ...). It
// returns the target's span in e.buf and its key: FNV-1a of its words
// without generic queue words ("warranty team" and "warranty" are the same
// target).
func (e *Engine) extractTarget(from int32) (start, end int, key uint64, ok bool) {
	buf, toks := e.buf, e.toks
	p := int(from)
	for p < len(buf) && isWordByte(buf[p]) {
		p++
	}
	k := e.tokenIndexAt(int32(p))
	if k >= len(toks) {
		return 0, 0, 0, false
	}
	for q := p; q < int(toks[k].start); q++ {
		switch buf[q] {
		case ' ', ':', '-', '>', '=', '[':
		default:
			return 0, 0, 0, false
		}
	}
	word := func(i int) string { return string(buf[toks[i].start:toks[i].end]) }
	if word(k) == "from" {
		j := k + 1
		for ; j < len(toks) && j <= k+6 && word(j) != "to"; j++ {
		}
		if j >= len(toks) || word(j) != "to" {
			return 0, 0, 0, false
		}
		k = j
	}
	// "put you back through to", "transfer you over to".
	for n := 0; n < 2 && k+1 < len(toks) && toks[k+1].flags&tfClause == 0; n++ {
		if w := word(k); w != "back" && w != "over" && w != "through" && w != "across" {
			break
		}
		k++
	}
	if k < len(toks) && word(k) == "to" {
		k++
	}
	for k < len(toks) && toks[k].flags&tfDeterminer != 0 && toks[k].flags&tfClause == 0 {
		k++
	}
	first, last := k, k-1
	for i := k; i < len(toks) && i < k+maxTargetTokens; i++ {
		f := toks[i].flags
		if f&tfStop != 0 || i > k && (f&tfClause != 0 || toks[i].start != toks[i-1].end+1) {
			break
		}
		last = i
	}
	if last < first {
		return 0, 0, 0, false
	}
	key = fnvOffset64
	n := 0
	for pass := 0; pass < 2 && n == 0; pass++ {
		for i := first; i <= last; i++ {
			if pass == 0 && toks[i].flags&tfGeneric != 0 {
				continue
			}
			if n > 0 {
				key = (key ^ ' ') * fnvPrime64
			}
			for _, c := range buf[toks[i].start:toks[i].end] {
				key = (key ^ uint64(c)) * fnvPrime64
			}
			n++
		}
	}
	return int(toks[first].start), int(toks[last].end), key, true
}

// maxTurnPromises bounds the promise hits one turn keeps for commit; more
// are committed at once (a turn with that many is a promise anyway).
const maxTurnPromises = 8

// turnPromises holds a turn's promise hits until the turn is read: a
// promise in a sentence that refers the customer to another company is
// that company's ("Handsets are covered by the manufacturer, so they'll
// replace it", "please contact the retailer for a refund"), and one in a
// policy wall's sentence is what the rules allow one day ("not yet, you'll
// get a text when you're eligible"), unless the agent is its subject
// ("That's handled by FixRight, I'll email you their details"). The
// referral or the wall may come after the promise in the sentence.
type turnPromises struct {
	n    int
	hits [maxTurnPromises]struct {
		kind uint8
		sent int32
		own  bool
		due  int64
	}
	nx        int
	otherSent [4]int32 // sentences with a cross-company hit or a policy wall
}

// add records promise hit h of kind.
func (tp *turnPromises) add(e *Engine, kind uint8, h phraseHit) {
	s, _ := e.sentenceAt(h.Start)
	k := e.tokenIndexAt(h.Start)
	own := e.firstPersonBefore(k)
	if !own && e.partyBefore(k) {
		// Another company's act: "the retailer will arrange a refund".
		return
	}
	due := e.promiseDue(h.Start, h.End)
	if tp.n == maxTurnPromises {
		tp.n-- // overwrite the last: a turn this full of promises keeps most of them
	}
	p := &tp.hits[tp.n]
	p.kind, p.sent, p.own, p.due = kind, s, own, due
	tp.n++
}

// other records a cross-company hit or a policy wall at pos.
func (tp *turnPromises) other(e *Engine, pos int32) {
	s, _ := e.sentenceAt(pos)
	if tp.nx > 0 && tp.otherSent[tp.nx-1] == s {
		return
	}
	if tp.nx == len(tp.otherSent) {
		tp.nx--
	}
	tp.otherSent[tp.nx] = s
	tp.nx++
}

// commit adds the turn's promises that are the agent's own to st.
func (tp *turnPromises) commit(e *Engine, st *rowState) {
	d := &st.dr
hits:
	for i := 0; i < tp.n; i++ {
		p := &tp.hits[i]
		if !p.own {
			for _, s := range tp.otherSent[:tp.nx] {
				if s == p.sent {
					continue hits
				}
			}
		}
		st.promises |= 1 << p.kind
		if p.due != 0 && (d.due == 0 || p.due < d.due) {
			d.due = p.due
		}
	}
}
