package enrich

import (
	"unicode"
	"unicode/utf8"
)

// Text helpers of the detectors: sentences and words of e.buf, the
// structural checks of rules.go, and the mapping from e.buf's tokens back
// to the original and the redacted turn text. They run only at phrase hits,
// so their linear scans cost a sentence, not a turn, in the common case.

// isTerminator reports whether e.buf[i] ends a sentence: '.', '!' or '?'
// followed by a space or the end ("3.5" and "x.com" do not end one).
func isTerminator(buf []byte, i int) bool {
	c := buf[i]
	return (c == '.' || c == '!' || c == '?') && (i+1 == len(buf) || buf[i+1] == ' ')
}

// sentenceAt returns the sentence of e.buf containing pos: [start, end),
// end just after its terminator (or the end of the text). The last answer
// is cached for the turn: the rules of one sentence ask for it repeatedly.
func (e *Engine) sentenceAt(pos int32) (start, end int32) {
	d := &e.dt
	if pos >= d.sentStart && pos < d.sentEnd {
		return d.sentStart, d.sentEnd
	}
	buf := e.buf
	s := int(pos)
	for s > 0 && !isTerminator(buf, s-1) {
		s--
	}
	t := int(pos)
	for t < len(buf) && !isTerminator(buf, t) {
		t++
	}
	if t < len(buf) {
		t++
	}
	d.sentStart, d.sentEnd = int32(s), int32(t)
	return d.sentStart, d.sentEnd
}

// word returns token k's bytes in e.buf.
func (e *Engine) word(k int) []byte { t := e.toks[k]; return e.buf[t.start:t.end] }

// questionOpeners open a question when they start a clause: "Would you
// like me to call you back?", "Shall I transfer you?", "Have you called
// the manufacturer?".
func isQuestionOpener(w []byte) bool {
	switch string(w) {
	case "would", "shall", "should", "do", "does", "did", "can", "could", "will", "is", "are", "was",
		"were", "have", "has", "may", "might", "what", "when", "where", "why", "how", "which", "who",
		"want", "d'you", "wanna", "shouldn't", "wouldn't", "can't", "won't", "don't", "didn't", "isn't":
		return true
	}
	return false
}

// isDiscourse are words skipped at the start of a clause before looking for
// a question opener ("So would you like ...", "Okay, shall I ...").
func isDiscourse(w []byte) bool {
	switch string(w) {
	case "so", "ok", "okay", "right", "alright", "and", "but", "well", "then", "now", "also", "oh", "um",
		"uh", "erm", "sorry", "sure", "great", "perfect", "yes", "no", "hi", "hello", "or", "just":
		return true
	}
	return false
}

// inQuestion reports whether the hit at pos is inside a question: its
// sentence ends in '?' and a clause before the hit (or the hit's own)
// opens with an auxiliary or a wh-word. "I'll call you back tomorrow,
// okay?" stays a promise: its question clause comes after the hit.
func (e *Engine) inQuestion(pos int32) bool {
	start, end := e.sentenceAt(pos)
	q := false
	for i := int(end) - 1; i >= int(start); i-- {
		c := e.buf[i]
		if c == '?' {
			q = true
			break
		}
		if c != '.' && c != '!' && c != ' ' {
			break
		}
	}
	if !q {
		return false
	}
	k0, k := e.tokenIndexAt(start), e.tokenIndexAt(pos)
	for j := k0; j <= k && j < len(e.toks); j++ {
		if j != k0 && e.toks[j].flags&tfClause == 0 {
			continue
		}
		o := j
		if isDiscourse(e.word(o)) && o+1 < len(e.toks) && o+1 <= k {
			o++
		}
		if isQuestionOpener(e.word(o)) && !e.freeRelative(o) {
			return true
		}
		// An offer: "I can call you back tomorrow if that's useful?", "we
		// could send a new one, would that help?".
		if o+1 <= k && o+1 < len(e.toks) {
			switch string(e.word(o)) {
			case "i", "we":
				switch string(e.word(o + 1)) {
				case "can", "could":
					return true
				}
			}
		}
	}
	// An offer put as a question: "I can refund the delivery charge if
	// you'd like?", "I can transfer you, if you want?". It covers the hit's
	// clause only: in "you'll want to ring them, I can give you their number
	// if you like?" the referral stands.
	for j := k + 1; j+2 < len(e.toks) && e.toks[j].start < end; j++ {
		if string(e.word(j)) != "if" {
			if e.toks[j].flags&tfClause != 0 {
				return false // another clause before the offer
			}
			continue
		}
		switch string(e.word(j + 1)) {
		case "you", "you'd", "youd":
			switch string(e.word(j + 2)) {
			case "like", "want", "prefer", "wish", "would", "need":
				return true
			}
		}
	}
	return false
}

// freeRelative reports whether the wh-word at token k opens a free relative
// rather than a question: a subject pronoun follows it ("what I'll do is
// give you a ring back", "what we can do is"), where a question inverts
// ("what will I do?").
func (e *Engine) freeRelative(k int) bool {
	switch string(e.word(k)) {
	case "what", "when", "where", "how", "why", "which", "who":
	default:
		return false
	}
	if k+1 >= len(e.toks) || e.toks[k+1].flags&tfClause != 0 {
		return false
	}
	switch string(e.word(k + 1)) {
	case "i", "i'll", "ill", "i'm", "i've", "i'd", "we", "we'll", "we're", "we've", "we'd":
		return true
	}
	return false
}

// passes runs rule r's structural check on hit h.
func (e *Engine) passes(r *rule, h phraseHit) bool {
	switch r.check {
	case checkOrgIssue:
		return e.orgIssue(h)
	case checkToldWould:
		return e.toldWould(h)
	case checkChurnObject:
		return e.churnObject(h)
	case checkContactAfter:
		return e.contactAfter(h, false)
	case checkContactParty:
		return e.contactAfter(h, true)
	case checkCountedTelling:
		return e.countedTelling(h)
	case checkCustomerTells:
		return e.customerTells(h)
	case checkChannelAsk:
		return e.channelAsk(h)
	case checkPressAct:
		return e.pressAct(h)
	case checkPublishAct:
		return e.publishAct(h)
	case checkOthersIntent:
		return e.othersIntent(h)
	case checkOtherSender:
		return e.otherSender(h)
	case checkPartyNext:
		return e.partyNext(h)
	case checkConfirmedLapse:
		return e.confirmedLapse(h)
	case checkOrdinalContact:
		return e.ordinalContact(h)
	case checkAgainOpening:
		return e.againOpening(h)
	case checkNoFurther:
		return e.noFurther(h)
	case checkLeaveAct:
		return e.leaveAct(h)
	case checkContactBefore:
		return e.contactBefore(h)
	case checkBackTo:
		return e.backTo(h)
	case checkOrgAfter:
		return e.orgAfter(h)
	case checkThemReferral:
		return e.themReferral(h)
	case checkRepeatVerb:
		return e.repeatVerb(h)
	case checkReviewVerb:
		return e.reviewVerb(h)
	case checkChurnTarget:
		return e.churnTarget(h)
	case checkChurnBare:
		return e.churnBare(h)
	case checkReportedPromise:
		return e.reportedPromise(h)
	case checkAudience:
		return e.audience(h)
	case checkCaseSent:
		return e.caseSent(h)
	case checkGrantRefusal:
		return e.grantRefusal(h)
	case checkImpersonalRefusal:
		return e.impersonalRefusal(h)
	case checkNegatedHere:
		return e.negated(h.Start)
	case checkOnlyLimit:
		return e.onlyLimit(h)
	case checkPolicyStated:
		return e.policyStated(h)
	case checkTellAgain:
		return e.tellAgain(h)
	case checkSpokenTo:
		return e.spokenTo(h)
	case checkFuture:
		return e.futureBefore(h)
	case checkBookedObject:
		return e.bookedObject(r.kind, h)
	case checkWorkerComes:
		return e.workerComes(h)
	case checkSentObject:
		return e.sentObject(r.kind, h)
	case checkQuotedPromise:
		return e.quotedPromise(h)
	case checkNotNegatedAfter:
		return e.notNegatedAfter(h)
	case checkNotName:
		return e.notName(h)
	case checkOwnAudience:
		return e.ownAudience(h)
	case checkReportedFuture:
		return e.reportedFuture(h)
	case checkToldBefore:
		return e.toldBefore(h)
	case checkPostedOn:
		return e.postedOn(h)
	case checkPartySubject:
		return e.partySubject(h)
	case checkPraised:
		return e.praised(h)
	case checkPatronage:
		return e.patronage(h)
	case checkSamePlace:
		return e.samePlace(h)
	case checkCoverage:
		return e.coverage(h)
	case checkCommitAction, checkCommitOutcome, checkCommitPassive, checkCommitArrival, checkCommitBooked:
		return e.commitKind(r.check, h) == r.kind
	case checkNotKept:
		return e.notKept(h)
	case checkKeptCue:
		return e.keptCue(h)
	case checkSaidBefore:
		return e.saidBefore(h)
	case checkSayWould:
		return e.sayWould(h)
	case checkPromiseShown:
		return e.arrivalAfter(h)
	}
	return true
}

func isOwnerNoun(w []byte) bool {
	switch string(w) {
	case "issue", "issues", "problem", "problems", "fault", "matter", "thing", "responsibility",
		"department", "question", "job", "side", "end", "remit", "area", "domain", "policy", "system",
		"problem's", "issue's":
		return true
	}
	return false
}

// isTechWord are capitalised words that name a technology, not an owner:
// "that's a Wi-Fi issue", "it's an IT problem" are no cross-company handoff.
func isTechWord(w []byte) bool {
	switch string(w) {
	case "wifi", "wi", "fi", "bluetooth", "internet", "ethernet", "usb", "hdmi", "dns", "ip", "vpn", "it",
		"i", "os", "pc", "tv", "ui", "sim", "gps", "lan", "wan", "ram", "cpu", "gpu", "ssd", "bios", "uefi",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
		"february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "christmas", "weekend", "uk", "us", "eu",
		// Titles name a person: "the account belongs to Mr Patel".
		"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "i'll", "i'm", "i've", "i'd":
		return true
	}
	return false
}

// orgIssue is checkOrgIssue: after the hit, an optional article, one or two
// words capitalised in the original text (not our own organisation, not a
// technology or a date), then an owner noun: "that's a Samsung issue",
// "it's Vodafone's responsibility".
func (e *Engine) orgIssue(h phraseHit) bool {
	toks := e.toks
	if e.buf[h.Start] == '\'' {
		// "Vodafone's responsibility": the possessor is the token the hit
		// starts in.
		k := e.tokenIndexAt(h.Start) - 1
		if k < 0 {
			return false
		}
		w := e.word(k)
		if n := len(w); n > 2 && w[n-2] == '\'' {
			w = w[:n-2]
		}
		if isPartyNoun(w) {
			return true // "the council's job", "the courier's responsibility"
		}
		return !isTechWord(w) && !e.ownOrgWord(w) && e.capitalised(k) && !e.sentenceInitial(k)
	}
	k := e.tokenIndexAt(h.End)
	for n := 1; n <= 2; n++ {
		j := k + n
		if j >= len(toks) || toks[j-1].flags&tfClause != 0 || toks[j].flags&tfClause != 0 {
			return false
		}
		if !isOwnerNoun(e.word(j)) {
			continue
		}
		for i := k; i < j; i++ {
			w := e.word(i)
			if isTechWord(w) || e.ownOrgWord(w) {
				return false
			}
		}
		// A role names the owner as well as a name: "that's a manufacturer
		// software issue", "it's a courier problem".
		return e.capitalised(k) || isPartyNoun(e.word(k))
	}
	return false
}

// sentenceInitial reports whether token k opens its sentence (where a
// capital says nothing).
func (e *Engine) sentenceInitial(k int) bool {
	start, _ := e.sentenceAt(e.toks[k].start)
	return e.tokenIndexAt(start) == k
}

// ownOrgWord reports whether w (lowercase) is a word of the interaction's
// own organisation ("Northwind" in "Northwind CarePlus"), compared ASCII
// case-insensitively.
func (e *Engine) ownOrgWord(w []byte) bool {
	org := e.dt.org
	// Strip a possessive: "northwind's".
	if n := len(w); n > 2 && w[n-2] == '\'' && w[n-1] == 's' {
		w = w[:n-2]
	}
	for i := 0; i < len(org); {
		for i < len(org) && !isWordByte(org[i]) {
			i++
		}
		j := i
		for j < len(org) && isWordByte(org[j]) {
			j++
		}
		if j-i == len(w) && j > i {
			same := true
			for x := 0; x < len(w); x++ {
				c := org[i+x]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				if c != w[x] {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
		i = j
	}
	return false
}

// capitalised reports whether token k starts with an upper-case letter in
// the original text.
func (e *Engine) capitalised(k int) bool {
	s, _, ok := origTokenSpan(e.dt.orig, k, k)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(e.dt.orig[s:])
	return unicode.IsUpper(r)
}

// contactAfter is checkContactAfter: a contacting verb right after the hit,
// and its object is not the agent's own side.
func (e *Engine) contactAfter(h phraseHit, party bool) bool {
	k := e.tokenIndexAt(h.End)
	at := func(i int, w string) bool {
		return i < len(e.toks) && e.toks[i].flags&tfClause == 0 && string(e.word(i)) == w
	}
	if k >= len(e.toks) || e.toks[k].flags&tfClause != 0 {
		return false
	}
	obj := -1
	switch string(e.word(k)) {
	case "call", "contact", "ring", "phone", "email", "e-mail", "message", "dm":
		obj = k + 1
	case "report", "send", "return", "forward", "submit", "post":
		// "you'll need to report it to Westvale Council", "send the
		// receipt to them".
		for i := k + 1; i <= k+4; i++ {
			if at(i, "to") {
				obj = i + 1
				break
			}
			if at(i, "with") {
				// "send it back with the free label": with a party only.
				if e.partyAt(i + 1) {
					obj = i + 1
				}
				break
			}
		}
	case "book", "rebook", "register", "claim", "arrange", "check":
		// "quickest to rebook with them", "register it with Worcester".
		for i := k + 1; i <= k+3; i++ {
			if at(i, "with") {
				obj = i + 1
				break
			}
		}
	case "get":
		if at(k+1, "in") && at(k+2, "touch") && at(k+3, "with") {
			obj = k + 4
		}
	case "reach":
		if at(k+1, "out") && at(k+2, "to") {
			obj = k + 3
		}
	case "write":
		if at(k+1, "to") {
			obj = k + 2
		}
	case "raise":
		if at(k+2, "with") {
			obj = k + 3
		}
	case "take":
		if at(k+2, "up") && at(k+3, "with") {
			obj = k + 4
		}
	case "go":
		if at(k+1, "back") && at(k+2, "to") {
			obj = k + 3
		}
	}
	if obj < 0 {
		return e.dealParty(k)
	}
	if obj >= len(e.toks) || e.toks[obj].flags&tfClause != 0 {
		return false
	}
	if c := e.buf[e.toks[obj].start]; c >= '0' && c <= '9' {
		return false // a number: "please ring 0800 ...", "call 999"
	}
	if e.wordAt(obj+1, "number") {
		return false // "please call the number on the back of your card"
	}
	switch string(e.word(obj)) {
	case "us", "me", "back", "our", "in", "again", "here", "this", "we", "you", "your", "my", "it",
		"someone", "anyone", "somebody", "customer", "support", "later", "tomorrow", "today", "now":
		// "your": "contact your bank" is the party hook's; "call your
		// doctor", "email your receipt" are not referrals.
		return false
	}
	return !party || e.partyAt(obj)
}

// dealParty reports whether the verb at token k is one of dealing with
// someone and its party follows, after a preposition or as its object:
// "deal with Carson Recoveries directly", "claim from their insurer", "ask
// the Valuation Office to review it", "writing to them". Only a party
// counts here (partyAt).
func (e *Engine) dealParty(k int) bool {
	if !isDealVerb(e.word(k)) {
		return false
	}
	for i := k + 1; i <= k+6 && i < len(e.toks) && e.toks[i].flags&tfClause == 0; i++ {
		switch string(e.word(i)) {
		case "with", "from", "to", "through", "via", "at", "by":
			return e.partyAt(i + 1)
		}
		if i == k+1 && e.partyAt(i) {
			return true // "ask the Valuation Office Agency"
		}
	}
	return false
}

// isDealVerb: verbs of taking a matter to someone, in the base form or
// as a gerund ("I'd suggest writing to them").
func isDealVerb(w []byte) bool {
	switch string(w) {
	case "deal", "dealing", "claim", "claiming", "apply", "applying", "appeal", "appealing", "ask", "asking",
		"complain", "complaining", "chase", "chasing", "speak", "speaking", "talk", "talking", "writing",
		"contacting", "calling", "ringing", "phoning", "emailing", "messaging", "reporting", "raising",
		"booking", "arranging", "registering", "go", "going", "liaise", "sort", "resolve", "settle", "request",
		"requesting", "enquire", "inquire", "dispute", "follow", "book", "rebook", "arrange", "register",
		"report", "raise", "take", "write", "reach",
		// Participles after an obligation: "has to be raised with the
		// hotel", "have to be requested from them".
		"raised", "made", "booked", "arranged", "requested", "claimed", "sorted", "dealt", "handled", "directed",
		"taken", "processed", "resolved", "logged", "reported", "submitted", "settled", "disputed", "lodged",
		"sent", "returned", "refunded", "approved", "authorised", "authorized", "changed", "amended", "cancelled":
		return true
	}
	return false
}

// partyNext is checkPartyNext.
func (e *Engine) partyNext(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	switch string(e.word(max(e.tokenIndexAt(h.Start), 0))) {
	case "it's", "it", "only":
		// "it's them you need to speak to", "only they can discuss it".
		return e.turnNamesParty() && !e.firstPersonBefore(e.tokenIndexAt(h.Start))
	}
	if k >= len(e.toks) || e.toks[k].flags&tfClause != 0 {
		return false
	}
	return e.partyAt(k)
}

// partyAt reports whether the noun phrase at token k names another party:
// "them", a party noun or an outside name, after at most two determiners
// or adjectives ("the courier", "their insurer", "Northgate Mutual").
func (e *Engine) partyAt(k int) bool {
	for n := 0; n < 3 && k < len(e.toks) && (n == 0 || e.toks[k].flags&tfClause == 0); n, k = n+1, k+1 {
		w := e.word(k)
		switch string(w) {
		case "them", "they":
			return n == 0 && e.turnNamesParty()
		}
		if isPartyNoun(w) {
			// The party itself, not something of the customer's named
			// after it: "your bank account", "the network settings".
			switch string(e.word(min(k+1, len(e.toks)-1))) {
			case "account", "accounts", "details", "statement", "card", "app", "settings", "transfer", "holiday":
				return k+1 >= len(e.toks) || e.toks[k+1].flags&tfClause != 0
			}
			return true
		}
		if e.externalName(k) {
			// Not a department of our own: "it has to go to Accounts",
			// "it needs to go to Existing Claims".
			for j := k; j < len(e.toks) && j < k+3 && (j == k || e.capitalised(j)); j++ {
				if isDeptWord(e.word(j)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// isDeptWord: words that name a department, capitalised or not.
func isDeptWord(w []byte) bool {
	switch string(w) {
	case "accounts", "claims", "billing", "sales", "returns", "support", "payments", "cards", "retentions",
		"complaints", "repairs", "technical", "tech", "customer", "existing", "new", "warranty",
		"bookings", "refunds", "faults", "escalations", "resolutions", "maintenance", "metering", "lettings",
		"arrears", "loans", "mortgages", "savings", "upgrades", "reception", "security", "fraud", "disputes",
		// Places in an app or a site: "go to Account > Documents".
		"account", "documents", "settings", "menu", "help", "profile", "orders", "home", "roaming", "highways",
		"parking":
		return true
	}
	return false
}

// contactBefore is checkContactBefore: a contacting verb right before the
// party the hit names.
func (e *Engine) contactBefore(h phraseHit) bool {
	if n := e.tokenIndexAt(h.End); n < len(e.toks) && e.toks[n].flags&tfClause == 0 {
		switch string(e.word(n)) {
		case "account", "accounts", "details", "statement", "card", "app", "settings", "transfer", "holiday":
			return false // "it'll go to your bank account": the customer's own
		}
	}
	j := e.tokenIndexAt(h.Start) - 1
	if j < 0 || e.toks[j+1].flags&tfClause != 0 {
		return false
	}
	prep := false
	switch string(e.word(j)) {
	case "to", "with", "through", "of", "for", "via", "by":
		if j == 0 || e.toks[j].flags&tfClause != 0 {
			return false
		}
		j--
		prep = true
	}
	switch string(e.word(j)) {
	case "speak", "speaking", "talk", "talking", "contact", "contacting", "call", "calling", "ring",
		"ringing", "phone", "phoning", "go", "going", "down", "up", "matter", "responsibility", "touch",
		"email", "write", "writing", "raise", "raising", "refer", "referred", "directed", "direct", "ask",
		"check", "liaise", "deal", "dealing", "complain":
		return true
	case "made", "done", "goes", "handled", "dealt", "arranged", "booked", "processed", "sorted", "claim",
		"claimed", "returned", "return", "sent":
		// The work done through or with the party: "changes need to be
		// made with the retailer", "the return goes through the seller";
		// not "I have booked the hotel".
		return prep
	}
	return false
}

// toldWould is checkToldWould: a future in the next eight words of the
// hit's sentence ("I was told someone would ring me back", "you said 3-5
// business days").
func (e *Engine) toldWould(h phraseHit) bool {
	_, end := e.sentenceAt(h.Start)
	k := e.tokenIndexAt(h.End)
	for j := k; j < len(e.toks) && j < k+11 && e.toks[j].start < end; j++ {
		w := e.word(j)
		modal := false
		switch string(w) {
		case "by", "within", "promised", "guaranteed", "days", "hours", "weeks", "tomorrow", "today",
			"callback", "going":
			return true
		case "would", "will", "someone'd", "somebody'd":
			modal = true
		default:
			n := len(w)
			modal = n > 2 && w[n-2] == '\'' && w[n-1] == 'd' || n > 3 && w[n-3] == '\'' && w[n-2] == 'l' && w[n-1] == 'l' // they'd, they'll
		}
		if modal && !e.obligationAfter(j) {
			return true
		}
	}
	return false
}

// obligationAfter reports whether the modal at token j puts an obligation
// on the customer or a preference rather than promising something: "would
// have to pay", "would need to", "'d rather" ("I'd have it back by
// Friday" is a promise).
func (e *Engine) obligationAfter(j int) bool {
	n := j + 1
	if n >= len(e.toks) || e.toks[n].flags&tfClause != 0 {
		return false
	}
	switch string(e.word(n)) {
	case "have", "need":
		return e.wordAt(n+1, "to")
	case "rather", "prefer", "cost":
		return true
	}
	return false
}

// churnObject is checkChurnObject: what is cancelled, within four words of
// the same clause, is a relationship.
func (e *Engine) churnObject(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	if k >= len(e.toks) || e.toks[k].flags&tfClause != 0 {
		// Nothing follows in the clause: "Done, cancelling.", "I'm
		// cancelling!". Only for the bare verb: "cancel my." is no threat.
		// "I want to cancel.", "I'd like to cancel, ..." too.
		last := e.buf[h.End-1]
		switch e.buf[h.Start] {
		case 'w', 'l', 'g':
			return last == 'l'
		}
		return last == 'g'
	}
	for j := k; j < len(e.toks) && j < k+6; j++ {
		if j > k && e.toks[j].flags&tfClause != 0 {
			return false
		}
		switch string(e.word(j)) {
		case "account", "accounts", "contract", "contracts", "subscription", "subscriptions", "plan",
			"plans", "membership", "cover", "policy", "policies", "service", "services", "broadband", "insurance",
			"warranty", "line", "package", "debit", "agreement", "everything", "tariff", "bundle", "card",
			"careplus", "care", "protection", "phone", "mobile", "sim", "all", "season", "direct", "thing",
			"lot":
			// "cancel the whole thing", "cancelling the home and the car
			// policy", "cancel the lot".
			return true
		}
	}
	return false
}

// flagSentence records the sentence of e.buf containing pos for OrgNamer,
// as a span of the turn's redacted text, unless it is the sentence flagged
// last in this turn (flagEnd: its end in e.buf) or the row has its
// maxFlaggedPerRow. It returns the new flagEnd.
func (e *Engine) flagSentence(d *detectRow, out *Columns, pos, flagEnd int32) int32 {
	if pos < flagEnd || d.flagged >= maxFlaggedPerRow {
		return flagEnd
	}
	start, end := e.sentenceAt(pos)
	k1, k2 := e.tokenIndexAt(start), e.tokenIndexAt(end)-1
	if k1 > k2 || k2 >= len(e.toks) {
		return end
	}
	text := e.dt.orig
	os, oe, ok := origTokenSpan(text, k1, k2)
	if !ok {
		return end
	}
	// Keep the sentence's closing punctuation.
	for oe < len(text) && (text[oe] == '.' || text[oe] == '!' || text[oe] == '?') {
		oe++
	}
	d.flagged++
	out.flagged = append(out.flagged, flaggedSentence{
		row: e.dt.row, text: e.dt.textIdx,
		start: int32(e.redactedPos(os, false)), end: int32(e.redactedPos(oe, true)),
	})
	return end
}

// redactedPos maps offset p of the turn's original text to the matching
// offset of its redacted text (e.spans are the turn's PII spans, in
// order). An offset inside a redacted span snaps to the mask's start, or
// with end to its end.
func (e *Engine) redactedPos(p int, end bool) int {
	shift := 0
	for _, s := range e.spans {
		if p <= int(s.start) {
			break
		}
		mask := len(piiMasks[s.kind])
		if p < int(s.end) {
			if end {
				return int(s.start) + shift + mask
			}
			return int(s.start) + shift
		}
		shift += mask - int(s.end-s.start)
	}
	return p + shift
}

// origWordByte applies normalise's word rules at text[i]: it returns the
// width of the character there, whether it belongs to a word (ASCII
// letters and digits, non-ASCII letters, digits and marks, an apostrophe
// inside a word when an ASCII letter follows it) and whether it is an
// upper-case letter. inTok says whether a word is open before i.
func origWordByte(text string, i int, inTok bool) (width int, word, upper bool) {
	c := text[i]
	if c < utf8.RuneSelf {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			return 1, true, false
		case c >= 'A' && c <= 'Z':
			return 1, true, true
		case c == '\'' && inTok && i+1 < len(text) && isASCIILetter(text[i+1]):
			return 1, true, false
		}
		return 1, false, false
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == '\u2019' || r == '\u2018' || r == '\u02bc':
		return w, inTok && i+w < len(text) && isASCIILetter(text[i+w]), false
	case r == utf8.RuneError:
		return w, false, false
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return w, true, unicode.IsUpper(r)
	}
	return w, false, false
}

// origTokenSpan walks text with normalise's word rules (ASCII letters and
// digits, non-ASCII letters, digits and marks, an apostrophe inside a word
// when an ASCII letter follows it) and returns the byte offset where word
// k1 starts and where word k2 ends: e.toks[k] is the k-th word of the
// turn's text, so this maps tokens back to the original. It runs only for
// flagged sentences and capitalisation checks.
func origTokenSpan(text string, k1, k2 int) (start, end int, ok bool) {
	n := -1
	inTok := false
	for i := 0; i < len(text); {
		width, word, _ := origWordByte(text, i, inTok)
		switch {
		case word && !inTok:
			inTok = true
			n++
			if n == k1 {
				start = i
			}
		case !word && inTok:
			inTok = false
			if n == k2 {
				return start, i, true
			}
		}
		i += width
	}
	if inTok && n == k2 {
		return start, len(text), true
	}
	return 0, 0, false
}

// Quotation marks. A detector phrase inside quoted speech reports what
// someone else said ('My son said "just sue them"', 'the app says "refund
// pending"'), not what the speaker does, so most rules skip it (detect.go).

const (
	quotesUnknown uint8 = iota // not looked at yet in this turn
	quotesNone
	quotesSome
)

// inQuote reports whether the hit at pos (in e.buf) lies inside a
// quotation of the turn's original text. The quotation marks are '"',
// '“' '”', '«' '»', '‘' '’' (not an apostrophe inside a word) and an
// ASCII apostrophe that opens after a non-word byte or closes an open
// single quote before one ("customers' orders" closes nothing).
func (e *Engine) inQuote(pos int32) bool {
	d := &e.dt
	if d.quotes == quotesUnknown {
		d.quotes = quotesNone
		if hasQuoteMark(d.orig) {
			d.quotes = quotesSome
		}
	}
	if d.quotes == quotesNone {
		return false
	}
	off, _, ok := origTokenSpan(d.orig, e.tokenIndexAt(pos), e.tokenIndexAt(pos))
	return ok && quoteOpenAt(d.orig, off)
}

// hasQuoteMark reports whether text may hold a quotation: a double quote of
// any kind, or a single quote that is not an apostrophe inside a word.
func hasQuoteMark(text string) bool {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"':
			return true
		case c == '\'':
			if i == 0 || !isWordByte(text[i-1]) || i+1 == len(text) || !isWordByte(text[i+1]) {
				return true
			}
		case c == 0xE2 || c == 0xC2: // lead bytes of “ ” ‘ ’ and « »
			return true
		}
	}
	return false
}

// quoteOpenAt reports whether a quotation is open at byte off of text. A
// '"' after a digit is an inch mark, and a line break closes what is open.
func quoteOpenAt(text string, off int) bool {
	double, single := false, false
	for i := 0; i < off; {
		r, w := utf8.DecodeRuneInString(text[i:])
		prevWord := i > 0 && isWordByte(text[i-1])
		nextWord := i+w < len(text) && isWordByte(text[i+w])
		switch r {
		case '\n':
			// A quotation left open does not run into the next line: an
			// unmatched mark is more often a typo or an inch than speech.
			double, single = false, false
		case '"':
			if i > 0 && isDigit(text[i-1]) {
				break // an inch mark: 'a 65" television'
			}
			double = !double
		case '“', '«':
			double = true
		case '”', '»':
			double = false
		case '‘':
			if !(prevWord && nextWord) {
				single = true
			}
		case '’', '\'':
			switch {
			case prevWord && nextWord: // an apostrophe: "don't"
			case !prevWord && nextWord:
				single = true
			case single:
				single = false
			}
		}
		i += w
	}
	return double || single
}
