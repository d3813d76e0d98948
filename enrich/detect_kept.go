package enrich

// Promises not kept, and contacts counted, read by their outcome and
// their verb rather than by a phrase: a
// worker or a call that did not come ("havent come", "zero turned up"), a
// kept-promise cue undone by what follows ("turned up without the part"),
// a promise heard before ("they said that last week").

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

// agentTakesOn reports whether the agent's turn takes the matter on with
// the other party: a first-person subject and a verb of acting on it
// ("I've chased them", "I've reported it again", "we manage the booking",
// "I'll raise it with them"), not aimed at the customer ("I'll call you").
// An attribution of the work to another company in such a turn sends
// the customer nowhere. The answer is cached for the turn.
func (e *Engine) agentTakesOn() bool {
	d := &e.dt
	if d.takesOn != partyUnknown {
		return d.takesOn == partyYes
	}
	d.takesOn = partyNo
	toks := e.toks
	// The other party will deal with the customer themselves: "I've raised
	// a ticket with them and they'll be in touch" hands the customer over.
	for k := range toks {
		switch string(e.word(k)) {
		case "they'll", "theyll":
		case "they":
			if !e.wordAt(k+1, "will") {
				continue
			}
		default:
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3 && toks[j].flags&tfClause == 0; j++ {
			switch string(e.word(j)) {
			case "touch", "contact", "call", "ring", "email", "phone", "text", "arrange", "write":
				return false
			}
		}
	}
	for k := range toks {
		switch string(e.word(k)) {
		case "i", "we", "i've", "we've", "i'll", "we'll", "ive", "ill":
		case "ourselves", "internally", "in-house":
			// "we'll swap it ourselves", "I'll transfer you to them
			// internally".
			d.takesOn = partyYes
			return true
		default:
			continue
		}
		for j, n := k+1, 0; j < len(toks) && n < 3 && toks[j].flags&tfClause == 0; j, n = j+1, n+1 {
			w := e.word(j)
			if !isTakeOnVerb(w) {
				switch string(w) {
				case "have", "will", "already", "just", "also", "now", "do", "did", "can", "personally":
					continue
				}
				break
			}
			if j+1 < len(toks) && toks[j+1].flags&tfClause == 0 {
				switch string(e.word(j + 1)) {
				case "you", "your", "yourself":
					break // "I'll contact you", "we've booked your engineer": for the customer
				default:
					d.takesOn = partyYes
					return true
				}
			}
			break
		}
	}
	return false
}

// isTakeOnVerb: what an agent does with another party for the customer.
func isTakeOnVerb(w []byte) bool {
	switch string(w) {
	case "chase", "chased", "chasing", "report", "reported", "reporting", "contact", "contacted", "contacting",
		"raise", "raised", "raising", "asked", "ask", "arrange", "arranged", "manage", "handle", "sort", "sorted",
		"logged", "log", "escalated", "escalate", "spoke", "spoken", "speak", "notified", "notify", "flagged",
		"flag", "emailed", "messaged", "phoned", "rang", "called", "liaise", "liaised", "coordinate", "deal":
		return true
	}
	return false
}

// countedTelling is checkCountedTelling.
func (e *Engine) countedTelling(h phraseHit) bool {
	toks := e.toks
	k0, k1 := e.tokenIndexAt(h.Start), e.tokenIndexAt(h.End)
	// "For the third time: ..." opening its sentence.
	if k0 >= 2 && e.wordAt(k0-1, "the") && string(e.word(k0-2)) == "for" {
		start, _ := e.sentenceAt(h.Start)
		if toks[k0-2].start <= start || toks[k0-2].flags&tfClause != 0 {
			return true
		}
	}
	// The customer's verb in the clause, after the count ("the third time
	// I've explained") or before it ("I'm writing for the third time").
	for j := k1; j < len(toks) && j < k1+6 && toks[j].flags&tfClause == 0; j++ {
		if e.customerTelling(j) {
			return true
		}
	}
	for j := k0 - 1; j >= 0 && j >= k0-8; j-- {
		if e.customerTelling(j) {
			return true
		}
		if toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// customerTelling reports whether token j is the customer telling or
// contacting: a verb of telling (tellVerbAt), or of calling or writing
// with the customer as its subject or none ("I've rung", "I'm phoning",
// "on the phone"), not done to them ("been put back").
func (e *Engine) customerTelling(j int) bool {
	if e.tellVerbAt(j) {
		return true
	}
	switch string(e.word(j)) {
	case "rung", "rang", "called", "phoned", "calling", "phoning", "ringing", "writing", "emailed", "emailing",
		"messaged", "messaging", "contacting", "chasing", "asking", "complaining", "reporting":
	case "phone":
		return e.wordAt(j-1, "the") && e.wordAt(j-2, "on") // "I'm on the phone for the fourth time"
	default:
		return false
	}
	if j == 0 || e.toks[j].flags&tfClause != 0 {
		return true
	}
	switch string(e.word(j - 1)) {
	case "i", "i've", "ive", "i'm", "im", "am", "have", "we", "we've", "we're", "had", "been":
		return true
	}
	return false
}

// customerTells is checkCustomerTells: the verb at h (explained,
// explaining) is the customer's (tellVerbAt's subject rules), and, its
// subject left out after "and", the clause before it has the customer as
// subject ("I've rung and explained everything", not "sorted my contract
// out and explained everything").
func (e *Engine) customerTells(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	if !e.tellVerbAt(k) {
		return false
	}
	if k > 0 && e.toks[k].flags&tfClause == 0 && string(e.word(k-1)) == "and" {
		return e.firstPersonBefore(k - 1)
	}
	return true
}

// channelAsk is checkChannelAsk.
func (e *Engine) channelAsk(h phraseHit) bool {
	start, end := e.sentenceAt(h.Start)
	k := e.tokenIndexAt(h.Start)
	if k < len(e.toks) && e.wordAt(k+1, "are") && e.wordAt(k+2, "open") {
		return true // "our DMs are open"
	}
	asked := false
	for j := e.tokenIndexAt(start); j < len(e.toks) && e.toks[j].start < end; j++ {
		if j == k {
			continue
		}
		switch string(e.word(j)) {
		case "i", "i'll", "ill", "i'm", "im", "i've", "you've":
			return false // the agent's own message: "I'll drop you a DM when it ships"
		case "please", "drop", "pop", "send", "message", "share", "use", "contact", "visit", "check", "find",
			"requested", "raised", "reported", "submitted", "managed", "made":
			if e.wordAt(j+1, "you") {
				return false // "we'll send you a secure message"
			}
			asked = true
		case "if", "could", "can":
			if e.wordAt(j+1, "you") || e.wordAt(j+1, "be") {
				asked = true
			}
		}
	}
	return asked
}

// personalReply reports whether the agent's turn acts on this customer's
// case in the first person ("I'm taking this on myself", "I've found it",
// "I'm refunding £158 today"): whatever template phrases it has, it is
// not a stock reply.
func (e *Engine) personalReply() bool {
	toks := e.toks
	for k := range toks {
		switch string(e.word(k)) {
		case "i'm", "i've", "i'll", "im", "ive", "i":
		default:
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2 && toks[j].flags&tfClause == 0; j++ {
			switch string(e.word(j)) {
			case "taking", "found", "refunding", "refunded", "booked", "sorted", "checked", "escalated",
				"raised", "credited", "arranged", "fixed", "cancelled", "processed", "processing", "changed",
				"updated", "moved", "applied", "issued", "reset", "pushed", "spoken", "chased", "reissued":
				return true
			}
		}
	}
	return false
}

// pressAct is checkPressAct.
func (e *Engine) pressAct(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	if k >= len(e.toks) {
		return false
	}
	switch string(e.word(k)) {
	case "paper", "papers", "press", "newsdesk", "news", "tv", "local", "rag", "newsroom", "money":
		// "paper" must be the press: "the local paper", "Papers are
		// next", not "paper bills", "a paper copy".
		if string(e.word(k)) == "paper" || string(e.word(k)) == "papers" {
			if k+1 < len(e.toks) && e.toks[k+1].flags&tfClause == 0 {
				switch string(e.word(k + 1)) {
				case "are", "is", "next", "have", "will", "tomorrow":
				default:
					return false
				}
			}
		}
	default:
		// A paper's name: capitalised, after "the" (and "Evening",
		// "Daily", "Local", "Sunday"). "the" first: it rejects most hits
		// ("standard delivery") without reading the original text.
		switch {
		case e.wordAt(k-1, "the"):
		case e.wordAt(k-2, "the") && e.capitalised(k-1):
		default:
			return false
		}
		if !e.capitalised(k) {
			return false
		}
	}
	return e.customerActs(h)
}

// customerActs reports whether the sentence of h has the customer acting
// or meaning to: a first-person subject, an act in the present
// participle ("Tagging", "Sending the lot to"), or the press's own move
// ("are next", "are coming round", "have been very interested", "the
// story's with"). Not someone else's ("my neighbour says she's going to
// post"), not a question.
func (e *Engine) customerActs(h phraseHit) bool {
	start, end := e.sentenceAt(h.Start)
	if end > start && e.buf[end-1] == '?' {
		return false
	}
	for j := e.tokenIndexAt(start); j < len(e.toks) && e.toks[j].start < end; j++ {
		switch string(e.word(j)) {
		case "neighbour", "neighbor", "son", "daughter", "wife", "husband", "friend", "mum", "dad", "someone",
			"reviewer", "they", "she", "he", "wants", "said", "says":
			return false
		}
	}
	for j := e.tokenIndexAt(start); j < len(e.toks) && e.toks[j].start < end; j++ {
		switch string(e.word(j)) {
		case "i", "i'm", "i'll", "i've", "im", "ill", "ive", "we", "we're", "we'll", "we've", "next",
			"tagging", "sending", "forwarding", "copying", "emailing", "writing", "going", "coming", "interested",
			"contacted", "told":
			return true
		case "with":
			if j > 0 && (e.wordAt(j-1, "story's") || e.wordAt(j-1, "it's") || e.wordAt(j-1, "is")) {
				return true // "the story's with the Argus"
			}
		}
	}
	return false
}

// publishAct is checkPublishAct.
func (e *Engine) publishAct(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	k1 := e.tokenIndexAt(h.End)
	switch string(e.word(k)) {
	case "posting", "post", "posts":
		// Posting to a public place, not "posting the form back": on X,
		// online, here, everywhere, every day, about it, this chat.
		public := false
		for j := k1; j < len(e.toks) && j <= k1+5 && e.toks[j].flags&tfClause == 0; j++ {
			switch string(e.word(j)) {
			case "online", "everywhere", "x", "daily", "publicly", "every", "about", "chat", "timeline",
				"thread", "screenshots":
				public = true
			}
		}
		if !public && !(string(e.word(k)) == "posts" && k > 0 && string(e.word(k-1)) == "many") {
			return false
		}
	case "online", "everywhere":
		// After a verb of putting or publishing: "putting it online",
		// "footage is going up everywhere".
		ok := false
		for j := k - 1; j >= 0 && j >= k-3 && e.toks[j+1].flags&tfClause == 0; j-- {
			switch string(e.word(j)) {
			case "put", "putting", "up", "going", "share", "sharing", "publish", "publishing", "plastered", "spread":
				ok = true
			}
		}
		if !ok {
			return false
		}
	case "filming":
		if !e.wordAt(k+1, "it") && !e.wordAt(k+1, "this") && !e.wordAt(k+1, "them") && !e.wordAt(k+1, "tomorrow") {
			return false
		}
	case "video":
		// "the next video", "making a video about it".
		if !e.wordAt(k-1, "next") && !e.wordAt(k+1, "about") {
			return false
		}
	}
	return e.customerActs(h) || e.dt.orig != "" && e.sentenceStartsWithAct(h)
}

// sentenceStartsWithAct: a sentence with no subject that opens on its
// noun or verb ("Footage is going up everywhere tonight"): the customer's
// own matter, in a post of their own.
func (e *Engine) sentenceStartsWithAct(h phraseHit) bool {
	start, end := e.sentenceAt(h.Start)
	if end > start && e.buf[end-1] == '?' {
		return false
	}
	k := e.tokenIndexAt(start)
	if k >= len(e.toks) {
		return false
	}
	switch string(e.word(k)) {
	case "footage", "screenshots", "photos", "pictures", "video", "videos", "receipts", "evidence", "everything":
		return true
	}
	return false
}

// othersIntent is checkOthersIntent: "says", "wants", "threatened" after
// a person other than the customer ("my neighbour says she's going to
// post about it", "my son wants me to tweet").
func (e *Engine) othersIntent(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	if k == 0 || e.toks[k].flags&tfClause != 0 {
		return false
	}
	switch string(e.word(k - 1)) {
	case "brother", "sister", "son", "daughter", "wife", "husband", "partner", "friend", "friends", "neighbour",
		"neighbours", "neighbor", "mum", "mother", "dad", "father", "colleague", "colleagues", "boss", "reviewer",
		"he", "she", "they", "someone", "somebody", "people":
		return true
	}
	return false
}

// otherSender is checkOtherSender.
func (e *Engine) otherSender(h phraseHit) bool {
	start, _ := e.sentenceAt(h.Start)
	k := e.tokenIndexAt(h.Start)
	for j := k - 1; j >= 0 && j >= k-3 && e.toks[j].start >= start; j-- {
		switch string(e.word(j)) {
		case "website", "site", "app", "page", "letter", "email", "e-mail", "text", "form", "bill", "manual",
			"leaflet", "invoice", "statement", "it", "box", "packaging", "card", "sticker":
			return false
		}
	}
	return true
}

// usualBut reports whether the hit at pos is in the usual case that its
// sentence then sets aside: "normally" (usually, ordinarily, typically)
// before it and "but" after it ("You'd normally go to the app store for
// refunds, but as you bought on our website we'll refund it directly").
func (e *Engine) usualBut(pos int32) bool {
	start, end := e.sentenceAt(pos)
	k := e.tokenIndexAt(pos)
	usual := false
	for j := e.tokenIndexAt(start); j < k; j++ {
		switch string(e.word(j)) {
		case "normally", "usually", "ordinarily", "typically", "generally":
			usual = true
		}
	}
	if !usual {
		return false
	}
	for j := k; j < len(e.toks) && e.toks[j].start < end; j++ {
		if e.toks[j].flags&tfBut != 0 {
			return true
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

// ordinalContact is checkOrdinalContact.
func (e *Engine) ordinalContact(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	if e.wordAt(k, "time") {
		// "third time of asking", "third time posting this".
		k++
		if e.wordAt(k, "of") {
			k++
		}
		switch string(e.word(min(k, len(e.toks)-1))) {
		case "asking", "posting", "writing", "chasing", "calling", "ringing", "emailing", "messaging", "tweeting",
			"explaining", "telling", "complaining", "contacting", "trying":
			return k < len(e.toks) && e.toks[k].flags&tfClause == 0
		}
		return false
	}
	if k >= len(e.toks) || e.toks[k].flags&tfClause != 0 {
		return false
	}
	switch string(e.word(k)) {
	case "call", "calls", "message", "messages", "email", "e-mail", "emails", "reply", "replies", "letter",
		"letters", "chat", "tweet", "post", "complaint", "request", "attempt", "dm", "phone", "visit":
		// Mine, not a third party's: "my third call", "this is the fourth
		// message", not "the third call from your engineer".
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			switch string(e.word(j)) {
			case "my", "this", "i'm", "i've", "i", "is":
				return string(e.word(k)) != "visit" || e.wordAt(k+1, "here")
			}
		}
	}
	return false
}

// againOpening is checkAgainOpening: "Again:" or "Again," opening a
// sentence, the customer restating ("Again: the order never arrived").
func (e *Engine) againOpening(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	start, _ := e.sentenceAt(h.Start)
	if k >= len(e.toks) || e.toks[k].start != start {
		return false
	}
	end := int(h.End)
	return end < len(e.buf) && (e.buf[end] == ':' || e.buf[end] == ',' || e.buf[end] == '!')
}

// noFurther is checkNoFurther.
func (e *Engine) noFurther(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.Start)
	start, end := e.sentenceAt(h.Start)
	neg := false
	for j := k - 1; j >= 0 && j >= k-6 && toks[j].start >= start; j-- {
		w := string(e.word(j))
		switch w {
		case "if", "unless", "when", "whether":
			return false // "if there's nothing else I can help with"
		case "no", "nothing", "none", "isn't", "isnt", "aren't", "not", "won't", "wont", "can't", "cannot", "nobody",
			"without":
			neg = true
		}
		if toks[j].flags&tfNegate != 0 {
			neg = true
		}
		if toks[j+1].flags&tfClause != 0 && j < k-1 {
			break
		}
	}
	if !neg {
		return false
	}
	// Nothing more for the customer to do: "there's nothing more you need
	// to do", "nothing else needed from you", "no need to contact anyone
	// else"; a comparison: "more than twelve months old".
	if e.wordAt(k+1, "than") {
		return false
	}
	for j := e.tokenIndexAt(start); j < len(toks) && j <= k+5 && toks[j].start < end; j++ {
		switch string(e.word(j)) {
		case "need":
			return false
		case "needed", "required":
			if j > k {
				return false
			}
		case "your":
			if j > k && (e.wordAt(j+1, "side") || e.wordAt(j+1, "end") || e.wordAt(j+1, "part")) {
				return false // "nothing more to do on your side"
			}
		case "you":
			if j > k && (e.wordAt(j+1, "need") || e.wordAt(j+1, "have") || e.wordAt(j+1, "must") ||
				e.wordAt(j+1, "should") || e.wordAt(j-1, "from")) {
				return false
			}
		}
	}
	// What cannot be done further is the agent's side's: "I can", "we
	// can", "action", "option", "help", "offer", "do", "taking".
	for j := e.tokenIndexAt(start); j < len(toks) && toks[j].start < end; j++ {
		switch string(e.word(j)) {
		case "i", "we", "i'm", "we're", "action", "option", "options", "help", "offer", "do", "done", "taking",
			"take", "go":
			if j != k {
				// Not "you" doing more: "you don't need to do anything else".
				for i := e.tokenIndexAt(start); i < k; i++ {
					if string(e.word(i)) == "you" && e.wordAt(i+1, "don't") {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// leaveAct is checkLeaveAct.
func (e *Engine) leaveAct(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.Start)
	if k >= len(toks) {
		return false
	}
	// The customer's own leaving: "I'm", "I'll", "I want to", "I'd like
	// to", "I'm calling to", "just want to", within four words before.
	mine := false
	for j := k - 1; j >= 0 && j >= k-4 && toks[j+1].flags&tfClause == 0; j-- {
		switch string(e.word(j)) {
		case "i", "i'm", "i'll", "im", "ill", "i've", "i'd", "we", "we're", "we'll", "we'd":
			mine = true
		case "you", "you're", "they", "he", "she", "it", "don't", "dont", "how", "can", "do", "if", "when",
			"whether", "before", "would", "to-do":
			if !mine {
				return false // someone else leaving, a question, a condition of the customer's own
			}
		}
	}
	if !mine {
		return false
	}
	if e.ownCondition(h.Start) || e.inQuestion(h.Start) {
		return false
	}
	// What follows: nothing, a reason, a time, a condition, elsewhere, a
	// relationship; not an object of another kind ("leave a review",
	// "switch it off", "leave the house", "cancel the ticket I opened",
	// "switch my ISA to the fixed rate", "cancel my add-on but keep the
	// membership").
	n := e.tokenIndexAt(h.End)
	if n >= len(toks) || toks[n].flags&tfClause != 0 {
		return true
	}
	switch string(e.word(n)) {
	case "my", "our", "the", "this", "that":
		if string(e.word(n)) == "the" && e.wordAt(n+1, "moment") {
			break // "I'm out the moment my contract ends"
		}
		for j := n + 1; j < len(toks) && j <= n+2 && toks[j].flags&tfClause == 0; j++ {
			switch string(e.word(j)) {
			case "account", "accounts", "contract", "membership", "subscription", "tenancy", "lease", "number",
				"broadband", "service", "insurance", "everything", "direct":
				for i := j + 1; i < len(toks) && i <= j+4; i++ {
					if e.wordAt(i, "keep") || e.wordAt(i, "to") {
						return false // "... but keep the membership", "switch my account to the app"
					}
				}
				return true
			}
		}
		return false
	}
	switch string(e.word(n)) {
	case "because", "as", "anyway", "you", "elsewhere", "when", "unless", "if", "at", "now", "today", "then",
		"to", "for", "and", "after", "in", "once", "on", "next", "straight", "too", "altogether",
		"completely", "immediately", "asap", "please", "everything", "all", "another", "someone",
		"supplier", "provider", "moment", "tenancy", "lease", "contract", "membership", "number", "app":
		if string(e.word(n)) == "the" && n+1 < len(toks) {
			switch string(e.word(n + 1)) {
			case "house", "building", "room", "country", "office", "car", "keys", "key", "parcel", "box",
				"door", "line", "call", "chat", "queue", "page", "site", "app":
				if string(e.word(k)) != "deleting" && string(e.word(k)) != "delete" {
					return false
				}
			}
		}
		if string(e.word(n)) == "you" && n+1 < len(toks) && toks[n+1].flags&tfClause == 0 {
			switch string(e.word(n + 1)) {
			case "a", "an", "some", "my", "the", "feedback", "with", "to", "alone", "in", "on", "be":
				return false // "I'll leave you a good review", "I'll leave you to it"
			}
		}
		if string(e.word(n)) == "to" && n+1 < len(toks) && !e.wordAt(n+1, "another") && !e.wordAt(n+1, "someone") &&
			!e.wordAt(n+1, "a") && !e.capitalised(n+1) {
			return false // "I'll switch to the app", "leave to dry"
		}
		return true
	}
	return false
}
