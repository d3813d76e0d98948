package enrich

// Promises not kept, read by their outcome rather than by a phrase: a
// worker or a call that did not come ("havent come", "zero turned up"), a
// kept-promise cue undone by what follows ("turned up without the part"),
// a promise reported in other words ("swore blind", "you confirmed it")
// or heard before ("they said that last week"), and the scope that makes
// a failure a broken promise: the promise shown in the turn.

// notKept is checkNotKept.
func (e *Engine) notKept(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.Start)
	if k >= len(toks) {
		return false
	}
	if !e.arrivalAfter(h) {
		return false
	}
	// The negation or zero subject just before the verb, past adverbs
	// ("still haven't actually come", "has not yet rung").
	j := k - 1
	for n := 0; n < 3 && j >= 0 && toks[j+1].flags&tfClause == 0; n++ {
		switch string(e.word(j)) {
		case "yet", "even", "ever", "actually", "still", "really", "once", "since", "has", "have", "had", "been":
			j--
			continue
		}
		break
	}
	if j < 0 || toks[j+1].flags&tfClause != 0 {
		return false
	}
	w := string(e.word(j))
	zero := false
	// A zero subject, with its noun: "zero turned up", "not one engineer
	// has rung", "no callback came", "none of them showed up".
	for z, n := j, 0; z >= 0 && n < 4; z, n = z-1, n+1 {
		switch string(e.word(z)) {
		case "zero", "none", "nobody", "noone", "nobody's", "no":
			zero = true
		case "one":
			zero = z > 0 && (e.wordAt(z-1, "no") || e.wordAt(z-1, "not"))
		}
		if zero || toks[z].flags&tfClause != 0 {
			break
		}
	}
	if !zero {
		// A past negation only: "won't come until Friday" is no claim,
		// "don't call me" asks something.
		switch w {
		case "haven't", "hasn't", "hadn't", "didn't", "havent", "hasnt", "hadnt", "didnt", "never", "hasn’t":
		case "not":
			if j == 0 {
				return false
			}
			switch string(e.word(j - 1)) {
			case "has", "have", "had", "did", "still":
			default:
				return false
			}
			j--
		default:
			return false
		}
		// The subject before it: not the customer ("I haven't called
		// them"), not a question or a condition.
		if s := j - 1; s >= 0 && toks[j].flags&tfClause == 0 {
			switch string(e.word(s)) {
			case "i", "we", "why", "if", "who", "which", "what", "when", "whether", "unless":
				return false
			}
		}
	}
	return true
}

// arrivalAfter reports whether a verb of coming at h is about something
// arriving: not what a thing comes with or as ("it didn't come with a
// charger", "didn't come as a surprise"), not the agent's own line
// ("didn't come across well"). checkNotKept and checkPromiseShown.
func (e *Engine) arrivalAfter(h phraseHit) bool {
	if n := e.tokenIndexAt(h.End); n < len(e.toks) && e.toks[n].flags&tfClause == 0 {
		switch string(e.word(n)) {
		case "with", "as", "across", "close", "naturally", "easy", "cheap", "out", "from":
			return false
		}
	}
	return true
}

// keptCue is checkKeptCue.
func (e *Engine) keptCue(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	for j := k; j < len(e.toks) && j < k+4; j++ {
		if e.toks[j].flags&tfClause != 0 && j > k {
			break
		}
		switch string(e.word(j)) {
		case "without", "late", "empty-handed", "empty":
			return false
		}
	}
	return true
}

// saidBefore is checkSaidBefore (the earlier promise is detect.go's).
func (e *Engine) saidBefore(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	for j := k; j < len(e.toks) && j < k+4; j++ {
		if e.toks[j].flags&tfClause != 0 && j > k {
			break
		}
		switch string(e.word(j)) {
		case "before", "last", "already", "yesterday", "previously", "earlier", "every", "each", "twice":
			return true
		}
	}
	return false
}

// promiseShown reports whether the customer's turn says something was
// promised or booked, or names what only a promise brings (a refund, a
// replacement, a callback, an engineer): what did not come or arrive is a
// broken promise only then ("the install was booked for today but they
// haven't come", "the engineer never came on Friday", not "there's a
// burst pipe and nobody has come", "my bag didn't arrive in Glasgow"), or
// when an agent promised it earlier in the interaction (detect.go).
func (e *Engine) promiseShown() bool {
	for k := range e.toks {
		switch string(e.word(k)) {
		case "booked", "booking", "bookings", "appointment", "appointments", "scheduled", "promised", "promise",
			"promises", "supposed", "meant", "said", "told", "guaranteed", "confirmed", "arranged", "assured",
			"due", "slot", "rebooked", "expecting", "expected",
			// What is only ever promised: a refund, a replacement, a
			// callback, a visit and its worker.
			"refund", "refunds", "replacement", "replacements", "callback", "callbacks", "call-back", "follow-up",
			"followup", "engineer", "engineers", "technician", "technicians", "visit", "visits", "fitter",
			"installer", "plumber", "surveyor", "contractor", "repairman", "credit", "compensation", "voucher",
			// Waiting in for it: "I waited in all day for FixRight".
			"waited", "dispatched":
			return true
		case "sent", "posted":
			// Sent by the company: "I was sent a form and a cheque", not
			// "they never sent the sofa" (the verb that did not happen).
			if k > 0 && (e.wordAt(k-1, "was") || e.wordAt(k-1, "were") || e.wordAt(k-1, "been")) {
				return true
			}
		case "follow":
			if e.wordAt(k+1, "up") {
				return true // "the follow-up email"
			}
		}
	}
	return false
}

// sayWould is checkSayWould: "say" / "says" reports a promise when
// someone other than the customer says it (not "I just want to say", "if
// I, say, miss it") and a modal future follows within three words: "the
// mortgage team say they'd call me back", "he says it will be fixed".
func (e *Engine) sayWould(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	if k == 0 || e.toks[k].flags&tfClause != 0 {
		return false
	}
	switch string(e.word(k - 1)) {
	case "to", "i", "we", "you", "i'd", "we'd", "let's", "lets", "could", "would", "should", "can", "must",
		"just", "i'll", "we'll", "gonna", "might", "may", "they'd", "not", "don't", "dont", "didn't":
		return false
	}
	n := e.tokenIndexAt(h.End)
	for j := n; j < len(e.toks) && j < n+3; j++ {
		if e.toks[j].flags&tfClause != 0 {
			return false
		}
		w := e.word(j)
		l := len(w)
		if string(w) == "would" || string(w) == "will" ||
			l > 2 && w[l-2] == '\'' && w[l-1] == 'd' || l > 3 && w[l-3] == '\'' && w[l-2] == 'l' && w[l-1] == 'l' {
			return !e.obligationAfter(j)
		}
	}
	return false
}

// confirmedLapse is checkConfirmedLapse.
func (e *Engine) confirmedLapse(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	for j := k; j < len(e.toks) && j < k+30; j++ {
		switch string(e.word(j)) {
		case "still", "nothing", "never", "wasn't", "wasnt", "hasn't", "hasnt", "haven't", "havent", "didn't",
			"didnt", "not", "went", "isn't", "no":
			return true
		}
	}
	return false
}

// selfPromised reports whether the verb that did not happen at h is one
// that only a promise brings: a call back ("nobody ever rang back") or a
// refund ("still haven't refunded the deposit").
func (e *Engine) selfPromised(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	switch string(e.buf[h.Start:h.End]) {
	case "rang", "rung", "called", "phoned", "got":
		return e.wordAt(k, "back") || e.wordAt(k, "me") && e.wordAt(k+1, "back")
	case "refunded":
		return true
	}
	return false
}
