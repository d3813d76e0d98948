package enrich

// Structural checks of the customer's claims and the agent's promises:
// telling again, promising by booking or sending, a promise reported or
// quoted back, threats of leaving or going public and what is no threat,
// and failures asked about rather than reported. Like the other checks
// (detect_text.go, detect_checks.go, detect_cues.go) they run only at a hit
// of their rule's phrase and read a few tokens around it.

// tellAgain is checkTellAgain.
func (e *Engine) tellAgain(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.Start)
	if k >= len(toks) || !e.tellVerbAt(k) {
		return false
	}
	if !e.tellerIsCustomer(k) {
		return false
	}
	w := e.word(k)
	// Only the first of the series counts: "told the chat, told the shop,
	// told the phone line" is one claim.
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		if string(e.word(j)) == string(w) && e.tellVerbAt(j) && e.tellerIsCustomer(j) {
			return false
		}
	}
	e.dt.tellTok = int32(k)
	clause := false
	for j := k + 1; j < len(toks) && j <= k+15; j++ {
		if toks[j].flags&tfClause != 0 {
			clause = true
		}
		if clause && string(e.word(j)) == string(w) && e.tellVerbAt(j) && e.tellerIsCustomer(j) {
			return true
		}
	}
	return false
}

// tellerIsCustomer reports whether the verb at token k has the customer as
// its subject, or none: it opens its clause ("Told the chat, told the
// shop"), or "I", "we" (perhaps with "have", "already", "just", "also",
// "literally", "even") come before it in the clause.
func (e *Engine) tellerIsCustomer(k int) bool {
	for j := k - 1; ; j-- {
		if j < 0 || e.toks[j+1].flags&tfClause != 0 {
			return true // the verb opens its clause
		}
		switch string(e.word(j)) {
		case "i", "we", "i've", "we've", "ive", "i'd", "i'm":
			return true
		case "have", "had", "already", "just", "also", "literally", "even", "then", "and", "now", "again",
			"both", "all", "actually", "previously", "clearly":
			if j < k-4 {
				return false
			}
			continue
		}
		return false
	}
}

// isPastTellVerb: the past forms of the verbs of telling.
func isPastTellVerb(w []byte) bool {
	switch string(w) {
	case "told", "said", "explained", "mentioned", "stated", "gave", "given", "wrote", "written", "typed",
		"provided", "described", "confirmed", "repeated", "answered", "sent", "spelled", "spelt", "reported":
		return true
	}
	return false
}

// toldBefore is checkToldBefore.
func (e *Engine) toldBefore(h phraseHit) bool {
	toks := e.toks
	t := e.tokenIndexAt(h.Start)
	last := e.tokenIndexAt(h.End) - 1
	// The word of time ends its clause, or a function word follows it:
	// "as I said earlier, ...", "I explained yesterday that", not "an
	// earlier flight", "before I go".
	if n := last + 1; n < len(toks) && toks[n].flags&tfClause == 0 {
		switch string(e.word(n)) {
		case "that", "and", "but", "so", "today", "this", "on", "in", "when", "to", "about", "by", "too", "as",
			"with", "over", "via", "twice", "now", "though", "anyway", "already", "please", "you", "why", "what":
		default:
			return false
		}
	}
	// Back to the verb of telling: its object at most between.
	for j := t - 1; j >= 0 && j >= t-5; j-- {
		if toks[j+1].flags&tfClause != 0 && j+1 != t {
			return false
		}
		w := e.word(j)
		if isPastTellVerb(w) {
			e.dt.tellTok = int32(j)
			return e.tellerIsCustomer(j) && !e.modalPerfect(j) && !e.relativeTeller(j)
		}
		switch string(w) {
		case "you", "your", "this", "that", "it", "all", "them", "him", "her", "everything", "the", "a", "my",
			"these", "those", "details", "information", "info", "number", "reading", "photos", "reference",
			"same", "thing", "story", "to", "colleague", "agent", "person", "guy", "lady", "team", "twice",
			"already", "just", "have", "had", "i", "i've", "ive":
			continue
		}
		if toks[j].flags&tfClause != 0 {
			return false
		}
		if j < t-3 {
			return false
		}
	}
	return false
}

// modalPerfect reports whether a modal perfect or an intention comes just
// before the verb at k: "I should have told you earlier", "I meant to say
// west before".
func (e *Engine) modalPerfect(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch string(e.word(j)) {
		case "should", "could", "would", "must", "might", "should've", "could've", "would've", "meant",
			"forgot", "forget":
			return true
		}
	}
	return false
}

// relativeTeller reports whether the verb at k is in a relative clause on
// a noun ("the place I mentioned earlier", "the time I said before"): its
// subject "I" follows a word that does not open a clause.
func (e *Engine) relativeTeller(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch string(e.word(j)) {
		case "i", "we":
			if j == 0 || e.toks[j].flags&tfClause != 0 {
				return false
			}
			switch string(e.word(j - 1)) {
			case "as", "like", "and", "but", "so", "because", "already", "which", "what", "that", "since",
				"yes", "no", "ok", "okay", "again", "now", "look", "still":
				return false
			}
			return true
		}
	}
	return false
}

// spokenTo is checkSpokenTo.
func (e *Engine) spokenTo(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	for n := 0; n < 2 && k < len(e.toks) && e.toks[k].flags&tfClause == 0; n++ {
		w := e.word(k)
		switch string(w) {
		case "a", "an", "the", "my":
			k++
			continue
		case "journalist", "reporter", "press", "paper", "lawyer", "solicitor", "police", "ombudsman", "regulator":
			return false
		}
		if isPartyNoun(w) || e.externalName(k) {
			return false
		}
		break
	}
	return true
}

// futureBefore is checkFuture.
func (e *Engine) futureBefore(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := e.word(j)
		switch string(w) {
		case "will", "shall", "going", "gonna", "i'm", "we're":
			return true
		}
		if n := len(w); n > 3 && w[n-3] == '\'' && w[n-2] == 'l' && w[n-1] == 'l' {
			return true // I'll, they'll, who'll
		}
		if e.toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// promiseNounKind returns the promise kind a booked or sent noun stands
// for, or numPromiseKinds when it stands for none.
func promiseNounKind(w []byte) uint8 {
	switch string(w) {
	case "call", "callback", "call-back", "ring":
		return promiseCallback
	case "engineer", "engineers", "technician", "technicians", "installer", "installers", "fitter", "fitters",
		"plumber", "electrician", "surveyor", "glazier", "collection", "removal", "someone", "somebody",
		"repair", "inspector", "inspectors", "roofer", "roofers", "builder", "builders", "locksmith":
		return promiseVisit
	case "refund", "reimbursement":
		return promiseRefund
	case "replacement", "new", "another", "spare", "one":
		return promiseReplacement
	case "details", "detail", "confirmation", "link", "itinerary", "label", "labels", "form", "forms", "code",
		"codes", "voucher", "summary", "info", "information", "reference", "receipt", "invoice", "quote", "copy",
		"instructions", "documents", "document", "paperwork", "statement", "email", "e-mail", "letter", "text",
		"message", "update", "number", "breakdown", "guide", "report", "certificate", "eta", "tracking",
		"photos", "pictures", "screenshot", "contract", "terms", "password", "pin", "timetable", "schedule",
		"bill", "response", "reply", "decision", "outcome":
		return promiseFollowUp
	}
	return numPromiseKinds
}

// bookedObject is checkBookedObject.
func (e *Engine) bookedObject(kind uint8, h phraseHit) bool {
	toks := e.toks
	k0 := e.tokenIndexAt(h.Start)
	for j := k0 - 1; j >= 0 && j >= k0-3; j-- {
		switch string(e.word(j)) {
		case "you", "you've", "you'd", "if", "whether", "they", "they've", "when", "unable", "failed", "fail",
			"impossible", "problem", "issue", "trouble", "want", "like":
			return false // "you booked", "if you book", "I was unable to book", "want me to book"
		}
		if toks[j+1].flags&tfClause != 0 {
			break
		}
	}
	k := e.tokenIndexAt(h.End)
	for j := k; j < len(toks) && j < k+5; j++ {
		if toks[j].flags&tfClause != 0 {
			return false
		}
		w := e.word(j)
		if string(w) == "call" && e.wordAt(j+1, "back") {
			return kind == promiseCallback
		}
		if string(w) == "to" && j+1 < len(toks) {
			switch string(e.word(j + 1)) {
			case "come", "attend", "visit", "call":
				// "I've booked Darren to come out Tuesday", "arranged for
				// one of our inspectors to come", "booked them to attend".
				if string(e.word(j+1)) == "call" {
					return kind == promiseCallback
				}
				return kind == promiseVisit
			}
		}
		switch pk := promiseNounKind(w); pk {
		case promiseCallback, promiseVisit:
			if string(w) == "someone" || string(w) == "somebody" || string(w) == "repair" {
				continue // "booked someone to call you", "booked the repair": not a noun of one kind
			}
			return pk == kind
		}
	}
	return false
}

// isVisitWorker: who comes to the customer's home.
func isVisitWorker(w []byte) bool {
	switch string(w) {
	case "engineer", "engineers", "technician", "technicians", "tech", "installer", "installers", "fitter",
		"fitters", "plumber", "plumbers", "electrician", "electricians", "surveyor", "surveyors", "glazier",
		"inspector", "inspectors", "roofer", "roofers", "builder", "builders", "locksmith", "locksmiths",
		"someone", "somebody", "he", "she", "they":
		return true
	}
	return false
}

// workerComes is checkWorkerComes.
func (e *Engine) workerComes(h phraseHit) bool {
	if k := e.tokenIndexAt(h.End); e.wordAt(k, "back") {
		return false // "someone will come back to you": a reply, not a visit
	}
	// The first candidate subject: the word before the hit, or, for
	// "'ll come", the word the hit starts in ("they'll").
	first := e.tokenIndexAt(h.Start) - 1
	if first < 0 {
		return false
	}
	if e.buf[h.Start] != '\'' && e.toks[first+1].flags&tfClause != 0 {
		return false
	}
	for j := first; j >= 0 && j >= first-4; j-- {
		w := e.word(j)
		if n := len(w); n > 3 && w[n-3] == '\'' && w[n-2] == 'l' && w[n-1] == 'l' {
			w = w[:n-3] // "he'll"
		}
		if isVisitWorker(w) {
			switch string(w) {
			case "he", "she", "they":
				// A pronoun only with a worker named before it in the turn:
				// "the engineer's booked, he'll be with you by noon".
				for i := j - 1; i >= 0; i-- {
					if v := e.word(i); isVisitWorker(v) && len(v) > 4 {
						return true
					}
				}
				return false
			}
			return true
		}
		if e.toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// sentObject is checkSentObject.
func (e *Engine) sentObject(kind uint8, h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.End)
	for j := k; j < len(toks) && j < k+5; j++ {
		if toks[j].flags&tfClause != 0 {
			return false
		}
		w := e.word(j)
		switch string(w) {
		case "you", "over", "across", "through", "the", "a", "an", "your", "this", "that", "it", "them", "out":
			continue
		}
		if string(w) == "someone" || string(w) == "somebody" {
			if e.wordAt(j+1, "out") || e.wordAt(j+1, "round") || e.wordAt(j+1, "to") ||
				j+1 >= len(toks) || toks[j+1].flags&tfClause != 0 {
				return kind == promiseVisit // "we'll send someone."
			}
			return false
		}
		if string(w) == "by" && j+1 < len(toks) && toks[j+1].flags&tfClause == 0 {
			switch string(e.word(j + 1)) {
			case "email", "e", "post", "text", "letter":
				return kind == promiseFollowUp // "I'll send the final bill to you by e-mail"
			}
		}
		if string(w) == "new" && j+1 < len(toks) && toks[j+1].flags&tfClause == 0 && isFollowUpNoun(e.word(j+1)) {
			return kind == promiseFollowUp // "I'll email a new statement"
		}
		pk := promiseNounKind(w)
		if pk == promiseRefund || pk == promiseCallback {
			return false // the bare promise phrases have those
		}
		if pk == promiseVisit && string(w) != "engineer" && string(w) != "technician" && string(w) != "engineers" {
			return false // "send the appointment details": the document follows
		}
		if pk == numPromiseKinds {
			if string(w) == "one" {
				return kind == promiseReplacement
			}
			continue // an adjective or a name: "the revised itinerary", "the blue one"
		}
		return pk == kind
	}
	return false
}

// notNegatedAfter is checkNotNegatedAfter.
func (e *Engine) notNegatedAfter(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	return k >= len(e.toks) || e.toks[k].flags&tfClause != 0 || e.toks[k].flags&tfNegate == 0
}

// notName is checkNotName.
func (e *Engine) notName(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	if k >= len(e.toks) {
		return false
	}
	s, end, ok := origTokenSpan(e.dt.orig, k, k)
	if ok && e.capitalised(k) && !e.sentenceInitial(k) {
		allCaps := true
		for i := s; i < end; i++ {
			if c := e.dt.orig[i]; c >= 'a' && c <= 'z' {
				allCaps = false
			}
		}
		if !allCaps {
			return false // "say thanks to Sue on reception"
		}
	}
	// The verb takes an object or ends its clause: "sue you", "sue them",
	// "I'll sue!"; a name is followed by anything else ("Sue on reception
	// was lovely").
	n := k + 1
	if n >= len(e.toks) || e.toks[n].flags&tfClause != 0 {
		return true
	}
	switch string(e.word(n)) {
	case "you", "u", "them", "him", "her", "the", "your", "their", "for", "over", "if", "because", "this",
		"that", "a", "an", "it", "everyone", "whoever", "and", "unless":
		return true
	}
	return e.capitalised(n) // "sue Acme"
}

// ownAudience is checkOwnAudience.
func (e *Engine) ownAudience(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := e.word(j)
		switch string(w) {
		case "my", "our":
			return true
		}
		// Counted: "a blogger with 30k followers", "2,000 subscribers".
		if j == k-1 && len(w) > 0 && isDigit(w[0]) {
			return true
		}
		if e.toks[j+1].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// isPatronVerb: buying from or using a company.
func isPatronVerb(w []byte) bool {
	switch string(w) {
	case "order", "ordering", "buy", "buying", "use", "using", "fly", "flying", "shop", "shopping", "book",
		"booking", "bank", "banking", "renew", "renewing", "travel", "travelling", "traveling", "placing",
		"place", "spend", "spending", "recommend", "recommending", "deal", "dealing", "choose", "choosing",
		"purchase", "purchasing", "stay", "staying", "trust", "trusting", "give":
		return true
	}
	return false
}

// patronage is checkPatronage.
func (e *Engine) patronage(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.End)
	v := -1
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].flags&tfClause != 0 {
			break
		}
		if isPatronVerb(e.word(j)) {
			v = j
			break
		}
	}
	if v < 0 {
		return false
	}
	// With the company or for good: "with you", "from you", "again",
	// "anymore", the organisation's name.
	for j := v + 1; j < len(toks) && j < v+5; j++ {
		if toks[j].flags&tfClause != 0 {
			break
		}
		w := e.word(j)
		switch string(w) {
		case "you", "your", "again", "anymore", "ever", "u", "yours":
			return true
		}
		if e.ownOrgWord(w) {
			return true
		}
	}
	return false
}

// ownCondition reports whether the hit at pos is the customer's own act in
// a condition: "if I switch to another network, do I ...", "if we cancel
// the contract now": a question about the consequences, not a threat.
//
// In a question the condition may open the sentence: "if I switch to
// another network, do I have to ask you for the PAC?".
func (e *Engine) ownCondition(pos int32) bool {
	k := e.tokenIndexAt(pos)
	start, end := e.sentenceAt(pos)
	question := end > start && e.buf[end-1] == '?'
	for j := k - 1; j >= 1 && e.toks[j].start >= start && (question || j >= k-4); j-- {
		switch string(e.word(j)) {
		case "i", "we", "i'd", "we'd":
			switch string(e.word(j - 1)) {
			case "if", "when", "whether":
				return true
			}
		}
		if !question && e.toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// reportedFuture is checkReportedFuture.
func (e *Engine) reportedFuture(h phraseHit) bool {
	toks := e.toks
	k0 := e.tokenIndexAt(h.Start)
	if k0 > 0 && toks[k0].flags&tfClause == 0 {
		switch string(e.word(k0 - 1)) {
		case "i", "we", "i've", "we've", "you", "it", "that", "which":
			if string(e.word(k0)) != "been" {
				return false // "I told them", "it told me": no one promised
			}
		}
	}
	_, end := e.sentenceAt(h.Start)
	k := e.tokenIndexAt(h.End)
	for j := k; j < len(toks) && j < k+12 && toks[j].start < end; j++ {
		w := e.word(j)
		modal := false
		switch string(w) {
		case "would", "will", "shall", "wd":
			modal = true
		case "within":
			return true // "an email saying paid within 28 days"
		default:
			n := len(w)
			modal = n > 2 && w[n-2] == '\'' && w[n-1] == 'd' || n > 3 && w[n-3] == '\'' && w[n-2] == 'l' && w[n-1] == 'l'
		}
		if !modal {
			continue
		}
		if p := j - 1; p >= 0 {
			switch string(e.word(p)) {
			case "how", "what", "why", "when", "where", "which", "if", "whether":
				continue // "how would this work?", "if it would help"
			}
		}
		switch n := j + 1; {
		case n >= len(toks) || toks[n].flags&tfClause != 0:
			return false
		case toks[n].flags&tfNegate != 0:
			return false // "would not"
		default:
			switch string(e.word(n)) {
			case "be":
				// "would be sent", "would be with me", not "we'd be
				// talking to", "would be charged".
				return !e.wordAt(n+1, "talking") && !e.wordAt(n+1, "charged")
			case "cost", "take", "only", "like", "love":
				return false // "would take 3 weeks", "would like"
			}
			if e.obligationAfter(j) {
				return false // "would have to pay"
			}
		}
		return true
	}
	return false
}

// quotedPromise is checkQuotedPromise: the future is inside a quotation,
// and outside any quotation the turn says the promise lapsed: time gone
// ("7 weeks ago", "day 34", "since March"), still, yet, nothing, never,
// waiting. A quoted brand reply with no lapse ("“@brand: We'll see what
// we can do” Thanks!") is no claim.
func (e *Engine) quotedPromise(h phraseHit) bool {
	if !e.inQuote(h.Start) {
		return false
	}
	for k := range e.toks {
		switch string(e.word(k)) {
		case "ago", "still", "yet", "nothing", "never", "waiting", "day", "since", "later", "neither", "nope",
			"hasn't", "haven't", "didn't", "wasn't", "weeks", "months":
			if !e.inQuote(e.toks[k].start) {
				return true
			}
		}
	}
	return false
}

// postedOn is checkPostedOn.
func (e *Engine) postedOn(h phraseHit) bool {
	j := e.tokenIndexAt(h.Start) - 1
	if j < 0 || e.toks[j+1].flags&tfClause != 0 {
		return false
	}
	switch string(e.word(j)) {
	case "on", "in", "to", "onto", "at", "over", "via", "post", "posted", "posting", "share", "shared", "sharing",
		"going", "went", "put", "putting":
		return true
	}
	return false
}

// askedOrSupposed reports whether the phrase at pos is asked about or
// supposed rather than reported: its clause, in a sentence ending with
// '?', opens with an auxiliary ("is the line down?", "will it be
// delayed?", "can I return it if it's broken?"), or an "if", "whether",
// "unless", "in case", "what if" comes before it in its clause ("if it
// arrives damaged, ..."). Wh-questions report: "why is it broken again?".
func (e *Engine) askedOrSupposed(pos int32) bool {
	toks := e.toks
	k := e.tokenIndexAt(pos)
	if k >= len(toks) {
		return false
	}
	c := k // the clause's first token
	for c > 0 && toks[c].flags&tfClause == 0 {
		switch string(e.word(c - 1)) {
		case "if", "whether", "unless", "suppose", "supposing":
			return true
		case "case":
			if c > 1 && string(e.word(c-2)) == "in" {
				return true
			}
		}
		c--
	}
	_, end := e.sentenceAt(pos)
	q := false
	for i := int(end) - 1; i >= 0 && i >= int(end)-3; i-- {
		if e.buf[i] == '?' {
			q = true
			break
		}
	}
	if !q {
		return false
	}
	o := c
	for o < k && isDiscourse(e.word(o)) {
		o++
	}
	if !isYesNoOpener(e.word(o)) {
		return false
	}
	// Asking whether others have it, or whether it is known, reports it:
	// "is anyone else's box stuck on LOADING?", "is there a known issue
	// with the update?".
	for j := o + 1; j < len(toks) && toks[j].start < end && (j == o+1 || toks[j].flags&tfClause == 0); j++ {
		switch string(e.word(j)) {
		case "else", "else's", "known", "aware":
			return false
		case "just":
			if e.wordAt(j+1, "me") {
				return false
			}
		}
	}
	return true
}

// praised is checkPraised.
func (e *Engine) praised(h phraseHit) bool {
	j := e.tokenIndexAt(h.Start) - 1
	if j < 0 || e.toks[j+1].flags&tfClause != 0 {
		return false
	}
	switch string(e.word(j)) {
	case "was", "were", "so", "been", "really", "very", "absolutely", "super", "incredibly", "extremely":
		return true
	}
	return false
}
