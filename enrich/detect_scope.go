package enrich

// Scope checks: who says it, to whom, and what the sentence around a cue
// does with it. A count or a telling is a repeated claim only when it is
// the customer's; a press word or a publishing verb a public threat only
// with the customer's act; a verb of leaving a churn threat only as the
// customer's own; a stock reply's channel only when asked of the
// customer; an attribution of the work no referral when the agent takes
// it on; "nothing further" a dead end only with a negation and the
// agent's act. Like the other checks they run only at a hit of their
// rule's phrase and read a few tokens around it.

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
