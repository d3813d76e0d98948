package enrich

// Commitments by their outcome or by what the agent will do: the promise
// phrases of rules.go name the act ("call you back", "refund"), but agents
// as often promise the result ("you'll get a confirmation e-mail", "it'll
// be paid by Friday", "a brand-new unit will be dispatched") or an act
// whose object says the kind ("I'll order a new one", "I'll release the
// deposit today", "I'll put that in an e-mail"). These checks read the
// kind from the words after (or, for a passive, before) the future; the
// rule hooked on the future carries one kind, and the check accepts the
// hit only when the words say that kind. The kind a hit says is cached
// for the hit, so the five rules of one hook cost one scan.

// commitWindow is how many words after the future the object is looked
// for: "I'll send the final response letter today" needs four.
const commitWindow = 8

// commitKindOf returns the promise kind word k of e.buf says, or
// numPromiseKinds. "new" says replacement unless a document follows it
// ("a new statement" is a follow-up).
func (e *Engine) commitKindOf(k int) uint8 {
	w := e.word(k)
	switch string(w) {
	case "refund", "refunds", "refunded", "credit", "credits", "credited", "reimburse", "reimbursed",
		"reimbursement", "compensation", "payment", "paid", "pay", "repay", "repaid", "money", "deposit",
		"cashback", "payout", "funds", "amount":
		return promiseRefund
	case "replacement", "replaced", "replace", "swap", "swapped", "exchange", "exchanged":
		return promiseReplacement
	case "new", "another":
		if k+1 < len(e.toks) && e.toks[k+1].flags&tfClause == 0 {
			next := e.word(k + 1)
			if isFollowUpNoun(next) {
				return promiseFollowUp
			}
			if isNotReplaceable(next) {
				return numPromiseKinds // "a new option in the app", "the new price"
			}
		}
		return promiseReplacement
	case "someone", "somebody":
		if k+1 < len(e.toks) && e.toks[k+1].flags&tfClause == 0 {
			switch string(e.word(k + 1)) {
			case "out", "round", "over":
				return promiseVisit // "I'll get someone out to you"
			}
		}
		return numPromiseKinds
	case "engineer", "engineers", "technician", "technicians", "visit", "appointment", "crew", "fitter",
		"plumber", "roofer", "surveyor", "installer", "electrician", "contractor":
		return promiseVisit
	case "callback", "call", "ring", "phone":
		return promiseCallback
	}
	if isFollowUpNoun(w) {
		return promiseFollowUp
	}
	return numPromiseKinds
}

// isFollowUpNoun: what is sent or said to the customer later: a document, a
// message, an answer ("mail" is the second half of "e-mail").
func isFollowUpNoun(w []byte) bool {
	switch string(w) {
	case "email", "emails", "emailed", "mail", "mailed", "text", "texted", "texts", "sms", "letter", "letters",
		"confirmation", "confirm", "update", "updates", "response", "reply", "respond", "decision", "details",
		"link", "tracking", "statement", "breakdown", "certificate", "written", "writing", "summary", "receipt",
		"notification", "message", "posted", "form", "forms", "label", "code", "password", "pin", "quote",
		"invoice", "bill", "copy", "documents", "paperwork", "outcome", "answer":
		return true
	}
	return false
}

// isNotReplaceable: what is new without replacing anything the customer
// had ("a new option", "the new price", "a new date").
func isNotReplaceable(w []byte) bool {
	switch string(w) {
	case "option", "options", "feature", "features", "screen", "button", "menu", "setting", "settings", "tab",
		"page", "price", "prices", "tariff", "plan", "rate", "date", "time", "slot", "appointment", "direct",
		"account", "policy", "address", "number", "version", "terms", "contract", "booking", "reference",
		"customer", "customers", "year", "month", "week", "system", "app", "website", "process", "team":
		return true
	}
	return false
}

// isNotice: an automatic notification.
func isNotice(w []byte) bool {
	switch string(w) {
	case "text", "texts", "sms", "notification", "notifications", "confirmation", "alert", "push":
		return true
	}
	return false
}

// isCommitVerb: what an agent says they will do to deliver something
// ("I'll order", "we'll arrange", "I'll get it replaced"). Verbs of looking
// ("check", "look into", "explain") are not among them: "I'll check the
// refund" promises no refund.
func isCommitVerb(w []byte) bool {
	switch string(w) {
	case "send", "resend", "re", "order", "arrange", "issue", "process", "apply", "release", "pay", "post",
		"put", "book", "refund", "credit", "reimburse", "repay", "replace", "swap", "exchange", "confirm",
		"organise", "organize", "approve", "authorise", "authorize", "get", "add", "dispatch", "courier",
		"reverse", "raise", "make":
		return true
	}
	return false
}

// isCommitAdverb: words between the future and its verb ("I'll also send",
// "we'll then arrange", "I'll go ahead and order").
func isCommitAdverb(w []byte) bool {
	switch string(w) {
	case "also", "then", "now", "just", "personally", "definitely", "go", "ahead", "and", "today", "straight",
		"immediately", "make", "sure", "be", "able", "to":
		return true
	}
	return false
}

// commitKind returns the kind the commitment hooked at h says (see the
// checks in rules.go), or numPromiseKinds; the answer is cached per hit.
func (e *Engine) commitKind(c ruleCheck, h phraseHit) uint8 {
	d := &e.dt
	if d.commitPos == h.Start && d.commitCheck == c {
		return d.commitKind
	}
	var kind uint8
	switch c {
	case checkCommitAction:
		kind = e.commitAction(h)
	case checkCommitOutcome:
		kind = e.commitOutcome(h)
	case checkCommitArrival:
		kind = e.commitArrival(h)
	case checkCommitBooked:
		kind = e.commitBooked(h)
	default:
		kind = e.commitPassive(h)
	}
	d.commitPos, d.commitCheck, d.commitKind = h.Start, c, kind
	return kind
}

// scanKind returns the first kind said by the words from token k to the
// end of its clause, at most commitWindow of them.
func (e *Engine) scanKind(k int) uint8 {
	for j := k; j < len(e.toks) && j < k+commitWindow; j++ {
		if j > k && e.toks[j].flags&tfClause != 0 {
			break
		}
		if string(e.word(j)) == "if" || string(e.word(j)) == "unless" {
			break // "I'll send it if you'd like a new one"
		}
		if kind := e.commitKindOf(j); kind != numPromiseKinds {
			return kind
		}
	}
	return numPromiseKinds
}

// commitAction is checkCommitAction: "I'll"/"we'll"/"I'm going to" and a
// verb of delivering, whose verb or object says the kind: "I'll order a new
// one now", "we'll release the deposit today", "I'll put that in an e-mail
// to you", "I'll get the board replaced".
func (e *Engine) commitAction(h phraseHit) uint8 {
	k := e.tokenIndexAt(h.End)
	for n := 0; n < 3 && k < len(e.toks) && e.toks[k].flags&tfClause == 0 && isCommitAdverb(e.word(k)); n++ {
		k++
	}
	if k >= len(e.toks) || e.toks[k].flags&tfClause != 0 || !isCommitVerb(e.word(k)) {
		return numPromiseKinds
	}
	switch v := string(e.word(k)); v {
	case "refund", "credit", "reimburse", "repay", "pay", "reverse":
		return promiseRefund // the verb says it: "we'll credit the difference"
	case "replace", "swap", "exchange":
		return promiseReplacement
	case "put", "get":
		// "I'll put you through to", "I'll get you over to": a transfer,
		// whatever team it names.
		if e.wordAt(k+1, "you") && (e.wordAt(k+2, "through") || e.wordAt(k+2, "over") || e.wordAt(k+2, "across") ||
			e.wordAt(k+2, "to") || e.wordAt(k+2, "back") || e.wordAt(k+2, "on")) {
			return numPromiseKinds
		}
	case "apply", "add":
		// Applied or added, only money is promised: "I'll apply the credit
		// to your next invoice", not "I'll add your details".
		for j := k + 1; j < len(e.toks) && j < k+commitWindow && e.toks[j].flags&tfClause == 0; j++ {
			switch string(e.word(j)) {
			case "credit", "credits", "refund", "discount", "goodwill", "compensation":
				return promiseRefund
			case "next":
				if j+1 < len(e.toks) {
					switch string(e.word(j + 1)) {
					case "bill", "invoice", "statement":
						return promiseRefund
					}
				}
			}
		}
		return numPromiseKinds
	case "post":
		// Whatever is posted to the customer is a follow-up unless it says
		// another kind: "we'll post it to your address".
		if kind := e.scanKind(k + 1); kind != numPromiseKinds {
			return kind
		}
		return promiseFollowUp
	}
	return e.scanKind(k + 1)
}

// commitOutcome is checkCommitOutcome: "you'll get/receive/have/see/hear"
// and what the customer will get: "you'll get a confirmation e-mail
// shortly", "you'll have a provisional credit by tomorrow", "you'll hear
// from us within five working days" (hearing is a follow-up), "you'll see
// them back on your card" (money back is a refund).
func (e *Engine) commitOutcome(h phraseHit) uint8 {
	last := e.tokenIndexAt(h.End) - 1
	if last < 0 {
		return numPromiseKinds
	}
	if string(e.word(last)) == "hear" {
		return promiseFollowUp
	}
	k := last + 1
	if e.wordAt(k, "to") || e.wordAt(k, "got") {
		return numPromiseKinds // "you'll have to pay", "you'll have got a text": an obligation, the past
	}
	// An automatic notification is no commitment of the agent's: "you'll
	// get a confirmation text", "you should get a text the night before"
	// (the generator's convention; an e-mail, a letter, a response, an
	// update are followed up by someone).
	for j := k; j < len(e.toks) && j < k+commitWindow; j++ {
		if j > k && e.toks[j].flags&tfClause != 0 {
			break
		}
		if isNotice(e.word(j)) {
			n := j + 1
			for n < len(e.toks) && e.toks[n].flags&tfClause == 0 && isNotice(e.word(n)) {
				n++
			}
			if n >= len(e.toks) || e.toks[n].flags&tfClause != 0 || !isFollowUpNoun(e.word(n)) {
				return numPromiseKinds // "a confirmation text", not "a confirmation e-mail"
			}
		}
		if e.commitKindOf(j) != numPromiseKinds {
			break
		}
	}
	for j := k; j < len(e.toks) && j < k+4; j++ {
		if e.toks[j].flags&tfClause != 0 {
			break
		}
		if string(e.word(last)) != "see" {
			break
		}
		if string(e.word(j)) == "back" {
			return promiseRefund // "you'll see the money back", "see them back by Friday"
		}
		if string(e.word(j)) == "next" && j+1 < len(e.toks) {
			switch string(e.word(j + 1)) {
			case "bill", "invoice", "statement":
				return promiseRefund // "you'll see it on your next bill": a credit
			}
		}
	}
	return e.scanKind(k)
}

// isOutcomeParticiple: what happens to something promised: it is paid,
// posted, sent, dispatched ... A participle that says a kind itself
// ("paid", "credited", "replaced", "posted", "e-mailed") decides; the
// others take the kind of their subject ("your new card will be
// dispatched").
func isOutcomeParticiple(w []byte) bool {
	switch string(w) {
	case "sent", "dispatched", "delivered", "issued", "processed", "posted", "shipped", "couriered",
		"released", "returned", "transferred", "applied", "added", "with", "on", "in", "back", "out":
		return true
	}
	return false
}

// commitPassive is checkCommitPassive: "it'll be paid by Friday", "will be
// posted within 7 days", "a brand-new unit will be dispatched tomorrow",
// "your refund will be with you in 3 days". The participle after "be" says
// the kind, or, when it only says that something moves (sent, dispatched,
// with you), the subject's words before the future do.
func (e *Engine) commitPassive(h phraseHit) uint8 {
	k := e.tokenIndexAt(h.End)
	if k >= len(e.toks) || e.toks[k].flags&tfClause != 0 {
		return numPromiseKinds
	}
	w := e.word(k)
	if kind := e.commitKindOf(k); kind != numPromiseKinds && kind != promiseReplacement && kind != promiseVisit {
		if kind == promiseCallback {
			return numPromiseKinds // "it'll be call ..." is no English; "will be phone" neither
		}
		return kind // "paid", "credited", "posted", "e-mailed"
	}
	if string(w) == "replaced" {
		return promiseReplacement
	}
	if !isOutcomeParticiple(w) {
		return numPromiseKinds
	}
	// What is sent, after it: "you'll be sent a new card".
	if string(w) == "sent" || string(w) == "issued" {
		if kind := e.scanKind(k + 1); kind != numPromiseKinds && kind != promiseCallback {
			return kind
		}
	}
	// The subject: up to four words before the future, in its clause.
	first := e.tokenIndexAt(h.Start)
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if kind := e.commitKindOf(j); kind != numPromiseKinds && kind != promiseCallback {
			return kind
		}
		if e.toks[j].flags&tfClause != 0 {
			break
		}
	}
	return numPromiseKinds
}

// partyBefore reports whether an outside party (isOtherSeller) is the
// subject of the clause of token k, within six words before it: "the
// retailer will arrange a refund", "your bank will credit it back".
func (e *Engine) partyBefore(k int) bool {
	for j := min(k, len(e.toks)-1); j > 0 && j > k-6 && e.toks[j].flags&tfClause == 0; j-- {
		if isOtherSeller(e.word(j-1)) && !(j >= 2 && string(e.word(j-2)) == "our") {
			return true
		}
	}
	return false
}

// isOtherSeller: a party that sells, pays or insures on its own account,
// never the agent's side (unlike a handler or an installer, who may be
// the agent's own).
func isOtherSeller(w []byte) bool {
	switch string(w) {
	case "manufacturer", "manufacturers", "retailer", "retailers", "seller", "sellers", "vendor", "merchant",
		"bank", "insurer", "airline", "landlord", "council", "dealer", "dealership", "reseller", "marketplace",
		"supplier", "provider":
		return true
	}
	return false
}

// isTimeWord: a word that says when ("tomorrow", "Friday", "within",
// "days") or a number (a date, an hour).
func (e *Engine) isTimeWord(k int) bool {
	w := e.word(k)
	if len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch string(w) {
	case "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "within", "by", "days", "hours", "week", "weeks", "morning", "afternoon", "evening", "working",
		"next", "this", "before", "shortly", "soon", "minutes", "mins", "hour", "day", "first", "asap":
		return true
	}
	return false
}

// commitArrival is checkCommitArrival.
func (e *Engine) commitArrival(h phraseHit) uint8 {
	toks := e.toks
	k := e.tokenIndexAt(h.Start)
	if k >= len(toks) {
		return numPromiseKinds
	}
	present := false
	switch string(e.word(k)) {
	case "goes", "go":
		present = true // "a corrected statement goes out tomorrow"
	}
	future := present
	for j := k - 1; j >= 0 && j >= k-2 && toks[j+1].flags&tfClause == 0; j-- {
		w := e.word(j)
		n := len(w)
		switch {
		case string(w) == "will", string(w) == "should", string(w) == "shall",
			n > 3 && w[n-3] == '\'' && w[n-2] == 'l' && w[n-1] == 'l':
			future = true
		case string(w) == "to" && j > 0 && e.wordAt(j-1, "going"):
			future = true
		}
	}
	if !future || e.negated(h.Start) {
		return numPromiseKinds
	}
	// When, or where: "in 4 days", "tomorrow", "your card".
	end := e.tokenIndexAt(h.End)
	when, account := false, false
	for j := end; j < len(toks) && j < end+7; j++ {
		if j > end && toks[j].flags&tfClause != 0 {
			break
		}
		if e.isTimeWord(j) {
			when = true
		}
		switch string(e.word(j)) {
		case "account", "card", "bank", "statement", "bill":
			if j > 0 && (e.wordAt(j-1, "your") || e.wordAt(j-2, "your")) {
				account = true
			}
		}
	}
	if present && !when {
		return numPromiseKinds
	}
	if !when && !account {
		return numPromiseKinds
	}
	if account && string(e.word(k)) != "arrive" {
		return promiseRefund // "it'll reach your card", "you'll see it on your card"
	}
	// What arrives, said before it in its sentence ("a new card will
	// arrive"), or, when it is a pronoun, earlier in the turn ("I've
	// cancelled it and ordered a new one; it'll arrive", "I'm refunding
	// this month's fee - you'll see it"); not "an advisor will be with
	// you shortly" after "your call is important to us".
	start, _ := e.sentenceAt(h.Start)
	pronoun := false
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch string(e.word(j)) {
		case "it", "it'll", "they", "they'll", "that", "that'll", "this", "it's", "itll", "theyll":
			pronoun = true
		}
	}
	for j := k - 1; j >= 0 && j >= k-20; j-- {
		if !pronoun && toks[j].start < start {
			break
		}
		if kind := e.commitKindOf(j); kind != numPromiseKinds {
			return kind
		}
	}
	if account {
		return promiseRefund
	}
	return numPromiseKinds
}

// commitBooked is checkCommitBooked.
func (e *Engine) commitBooked(h phraseHit) uint8 {
	toks := e.toks
	k := e.tokenIndexAt(h.Start)
	if k >= len(toks) {
		return numPromiseKinds
	}
	// The agent's side books it: "I've booked", "I can rebook", "we'll
	// book", "is now booked"; not a status ("it's booked for Thursday",
	// "the roofer's booked for Friday"), not reported or the customer's
	// own ("it was booked for Monday", "you'll need to book").
	ours := false
	for j := k - 1; j >= 0 && j >= k-3 && toks[j+1].flags&tfClause == 0; j-- {
		switch string(e.word(j)) {
		case "i", "we", "i've", "we've", "i'll", "we'll", "ive", "ill", "i'm", "we're", "now", "let":
			ours = true
		case "was", "were", "you", "you've", "you'd", "had", "they", "he", "she", "who":
			return numPromiseKinds
		}
	}
	if !ours {
		return numPromiseKinds
	}
	kind := promiseVisit
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].flags&tfClause != 0 && j > k+1 {
			break
		}
		switch string(e.word(j)) {
		case "callback", "call":
			kind = promiseCallback
		case "flight", "flights", "table", "seat", "seats", "room", "ticket", "tickets", "taxi", "car", "delivery",
			"collection", "hotel", "move", "transfer", "holiday", "trip", "course", "class", "test", "at":
			// "at": the customer goes there ("your appointment at the
			// salon"): no one visits.
			return numPromiseKinds // a booking, not a visit
		case "for":
			if j+1 < len(toks) && (e.isTimeWord(j+1) || e.wordAt(j+1, "the") && j+2 < len(toks) && e.isTimeWord(j+2)) {
				return kind
			}
		}
	}
	return numPromiseKinds
}
