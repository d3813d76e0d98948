package enrich

// detect applies the phrase rules to the current turn (e.hits over e.buf,
// e.toks) spoken by sp, updating st and the handoff-target column.
//
// A rule fires when its speaker matches, it is not cancelled by an
// overlapping suppressor of its category and kind ("visit our website" is no
// visit promise), and, for negatable rules, no negation precedes it within
// Config.NegationWindow tokens of the same clause ("I'm not going to
// transfer you", "there's no need to call you back", "I don't need a
// manager").
//
// Handoffs are counted once per turn. An agent's announcement ("let me
// transfer you to billing") and the system event that carries it out
// ("[transfer to billing]") are one handoff: the announcement stays pending
// until a system transfer/queue event consumes it or another announcement
// replaces it.
func (e *Engine) detect(st *rowState, sp uint8, out *Columns) {
	e.sup = e.sup[:0]
	for _, h := range e.hits {
		for _, ri := range e.phraseRules[h.ID] {
			if r := &e.rules[ri]; r.cat == catSuppress && r.speakers&sp != 0 {
				e.sup = append(e.sup, phraseHit{ID: int32(ri), Start: h.Start, End: h.End})
			}
		}
	}

	turnHandoff, turnTarget, turnSystem := false, false, false
	repeatEnd := int32(-1)
	for _, h := range e.hits {
		for _, ri := range e.phraseRules[h.ID] {
			r := &e.rules[ri]
			if r.speakers&sp == 0 || r.cat == catSuppress || r.atStart && h.Start != 0 {
				continue
			}
			if len(e.sup) > 0 && e.suppressed(r, h) {
				continue
			}
			if r.negatable && e.negated(h.Start) {
				continue
			}
			switch r.cat {
			case catSupport:
				if sp == spCustomer {
					st.failure = true
				}
			case catHandoff:
				if turnHandoff {
					if !turnTarget {
						turnTarget = e.handoffTarget(st, out, h.End)
						st.pendingHadTarget = st.pendingHadTarget || turnTarget
					}
					continue
				}
				turnHandoff = true
				st.handoffs++
				st.pending = true
				turnTarget = e.handoffTarget(st, out, h.End)
				st.pendingHadTarget = turnTarget
			case catSystemHandoff, catSystemQueue:
				if turnSystem {
					continue
				}
				s, end, key, ok := e.extractTarget(h.End)
				if r.cat == catSystemQueue {
					// A queue name is a handoff only when it differs from
					// the last queue seen.
					if !ok || !st.haveQueue || key == st.lastQueue {
						if ok {
							st.haveQueue, st.lastQueue = true, key
						}
						continue
					}
				}
				turnSystem = true
				if st.pending {
					st.pending = false
					if ok && !st.pendingHadTarget {
						e.addTarget(st, out, s, end, key)
					} else if ok {
						st.haveQueue, st.lastQueue = true, key
					}
					continue
				}
				st.handoffs++
				if ok {
					e.addTarget(st, out, s, end, key)
				}
			case catCrossCompany:
				st.cross = true
			case catLoop:
				st.loop = true
			case catDeadEnd:
				st.deadEnd = true
			case catRepeat:
				if h.Start < repeatEnd {
					continue // overlaps a claim already counted
				}
				st.repeats++
				repeatEnd = h.End
			case catPromise:
				st.promises |= 1 << r.kind
			case catBroken:
				st.broken = true
			case catEscalation:
				st.escalations |= 1 << r.kind
			case catStock:
				st.stock = true
			}
		}
	}
}

// suppressed reports whether a suppressor of r's category and kind overlaps h.
func (e *Engine) suppressed(r *rule, h phraseHit) bool {
	for _, s := range e.sup {
		sr := &e.rules[s.ID]
		if sr.target == r.cat && sr.kind == r.kind && s.Start < h.End && h.Start < s.End {
			return true
		}
	}
	return false
}

// negated reports whether a negation precedes the phrase starting at pos
// within NegationWindow tokens, without crossing a clause break or a "but".
// "no" negates only as "no need" ("No, I'll call you back" is a promise;
// "there's no need to call you back" is not).
func (e *Engine) negated(pos int32) bool {
	toks := e.toks
	k := e.tokenIndexAt(pos)
	if k < len(toks) && toks[k].flags&tfClause != 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-e.cfg.NegationWindow; j-- {
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
// (':', '-', '>', '=', '['), "from <queue>" up to "to", "to", and
// determiners ("the", "a", "our", ...), then takes up to maxTargetTokens
// words separated by single spaces, stopping at punctuation or a stop word
// ("who", "now", "please", ...). It returns the target's span in e.buf and
// its key: FNV-1a of its words without generic queue words ("warranty
// team" and "warranty" are the same target).
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
