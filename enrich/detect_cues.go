package enrich

import "strings"

// Structural checks for classes of wording rather than phrases, on the
// agent's side and in loops: a verb of sending before a team noun, a
// refusal of something granted, a rule stated without a person, a limit
// and a quota, a coverage passed, the same place again, a route that comes
// back, another party recommended. Like the other checks (detect_text.go,
// detect_checks.go, detect_claims.go) they run only at a hit of their
// rule's phrase and read a few tokens around it; routeLoop reads the
// customer's turn once.

// teamNouns are the places inside the company a case or a customer is
// sent to (checkCaseSent hooks on them).
var teamNouns = []string{"team", "teams", "desk", "department", "dept", "specialists", "specialist",
	"colleague", "colleagues", "unit", "experts", "manager", "supervisor", "leader", "second line",
	"second-line", "engineers", "technical support", "tech support",
	// Lines and people: "I'll pop you through to the claims line", "pass
	// you to an adviser who can help".
	"line", "helpline", "adviser", "advisor", "advisers", "advisors", "someone", "somebody",
	// "I'll put you straight through to them" (of the team just named).
	"them"}

// refusalHooks are the refusals checkGrantRefusal looks after.
var refusalHooks = []string{"i can't", "we can't", "i cannot", "we cannot", "unable to", "not able to",
	"won't be able to", "will not be able to", "not allowed to", "not permitted to", "not in a position to",
	"can't", "cannot"}

// isCaseVerb: verbs that move a customer or a case to a team.
func isCaseVerb(w []byte) bool {
	if isSendVerb(w) {
		return true
	}
	switch string(w) {
	case "raise", "raised", "raising", "flag", "flagged", "flagging", "escalate", "escalated", "escalating",
		"moving", "get", "getting", "assign", "assigned", "assigning", "reassign", "reassigned", "allocate",
		"allocated":
		return true
	}
	return false
}

// isCaseNoun: what an agent passes on for the customer ("your case").
func isCaseNoun(w []byte) bool {
	switch string(w) {
	case "case", "query", "complaint", "issue", "claim", "request", "ticket", "enquiry", "inquiry", "problem",
		"chat", "call", "report", "fault":
		return true
	}
	return false
}

// isParticle: particles between a verb of sending and its "to" ("pass you
// over to", "put you back through to").
func isParticle(w []byte) bool {
	switch string(w) {
	case "over", "across", "back", "through", "on", "along", "up", "now", "straight", "directly":
		return true
	}
	return false
}

// caseSent is checkCaseSent. On success it leaves the start of the "to"
// in e.dt.caseTo for the target.
func (e *Engine) caseSent(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.Start)
	if k >= len(toks) {
		return false
	}
	// The preposition, at most five words before the noun in its clause.
	p := -1
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if toks[j+1].flags&tfClause != 0 {
			break
		}
		if w := string(e.word(j)); w == "to" || w == "with" || w == "onto" {
			p = j
			break
		}
	}
	if p < 1 || toks[p].flags&tfClause != 0 {
		return false
	}
	// Back over particles, the object and particles again to the verb.
	j := p - 1
	skipParticles := func() {
		for n := 0; n < 2 && j > 0 && toks[j+1].flags&tfClause == 0 && isParticle(e.word(j)); n++ {
			j--
		}
	}
	skipParticles()
	object := ""
	switch w := string(e.word(j)); w {
	case "you", "this", "it", "that", "these", "everything":
		object = w
		j--
	default:
		if isCaseNoun(e.word(j)) && j > 0 {
			switch string(e.word(j - 1)) {
			case "your", "the", "this", "that":
				object = "case"
				j -= 2
			}
		}
	}
	if j < 0 {
		return false
	}
	skipParticles()
	if j < 0 || !isCaseVerb(e.word(j)) {
		return false
	}
	for i := j + 1; i <= p; i++ {
		if toks[i].flags&tfClause != 0 {
			return false
		}
	}
	if j > 0 && toks[j].flags&tfClause == 0 {
		switch string(e.word(j - 1)) {
		case "was", "were", "been", "being", "you", "you've", "you'd":
			return false // "you were passed to", "you sent it to"
		}
	}
	if e.negated(toks[j].start) || e.hypothetical(j) {
		return false
	}
	if (object == "it" || object == "this" || object == "that") && e.turnAboutFeedback() {
		return false // "thanks for the kind words, we'll pass it on to the team"
	}
	e.dt.caseTo = toks[p].start
	return true
}

// turnAboutFeedback reports whether the turn mentions feedback, comments or
// praise.
func (e *Engine) turnAboutFeedback() bool {
	for k := range e.toks {
		switch string(e.word(k)) {
		case "feedback", "comments", "comment", "compliment", "compliments", "praise", "review", "words",
			"shout-out", "shoutout", "suggestion", "suggestions":
			return true
		}
	}
	return false
}

// isGrantVerb: what an agent grants a customer and may refuse.
func isGrantVerb(w []byte) bool {
	switch string(w) {
	case "offer", "waive", "refund", "compensate", "reimburse", "pay", "approve", "authorise", "authorize",
		"honour", "honor", "reopen", "reverse", "override", "extend", "accept", "remove", "match", "lift",
		"increase", "exchange", "credit", "backdate", "release",
		// Acting on a request at all: "I can't expedite it", "we can't
		// amend agency bookings", "I can't act on it from your account".
		"expedite", "amend", "act", "discuss", "escalate", "change", "take":
		return true
	}
	return false
}

// isGrantNoun: what is granted, after a general verb ("process a refund").
func isGrantNoun(w []byte) bool {
	switch string(w) {
	case "refund", "refunds", "credit", "compensation", "claim", "exchange", "return", "replacement", "voucher",
		"vouchers", "goodwill", "gesture", "discount", "one", "repair", "callback", "upgrade":
		return true
	}
	return false
}

// grantRefusal is checkGrantRefusal.
func (e *Engine) grantRefusal(h phraseHit) bool {
	toks := e.toks
	_, end := e.sentenceAt(h.Start)
	if b := e.tokenIndexAt(h.Start) - 1; b >= 0 && toks[b+1].flags&tfClause == 0 {
		switch string(e.word(b)) {
		case "you", "guests", "customers", "people", "passengers", "members":
			return false // what the customer cannot do: "you cannot pay with Amex"
		}
	}
	k := e.tokenIndexAt(h.End)
	g := -1
	for j := k; j < len(toks) && j < k+4 && toks[j].start < end; j++ {
		if toks[j].flags&tfClause != 0 {
			break
		}
		w := e.word(j)
		if isGrantVerb(w) {
			g = j
			break
		}
		switch string(w) {
		case "process", "issue", "arrange", "give", "provide", "send", "book":
			// Only with what is granted: "process a refund", "issue any
			// compensation", not "process that booking".
			for i := j + 1; i < len(toks) && i <= j+3 && toks[i].flags&tfClause == 0; i++ {
				if isGrantNoun(e.word(i)) {
					g = j
					break
				}
			}
		case "help", "assist":
			// "we can't help with this one", "unable to help any further".
			if e.wordAt(j+1, "with") || e.wordAt(j+1, "further") || e.wordAt(j+1, "any") || e.wordAt(j+1, "you") {
				g = j
			}
		case "make":
			if e.wordAt(j+1, "an") && e.wordAt(j+2, "exception") || e.wordAt(j+1, "exceptions") {
				g = j
			}
		case "to", "be", "able", "really", "actually", "currently", "just", "even", "go", "ahead", "and":
			continue
		}
		break
	}
	if g < 0 {
		return false
	}
	// An alternative or a handoff later in the sentence makes it a next
	// step, not the end: "I can't refund it, but I can offer a voucher",
	// "I can't help with billing, let me transfer you".
	for j := g + 1; j < len(toks) && toks[j].start < end; j++ {
		switch string(e.word(j)) {
		case "but", "however", "instead", "transfer", "transferring", "team", "department", "colleague",
			"colleagues", "connect", "contact", "call", "ring", "speak", "manufacturer", "until", "unless", "yet":
			return false
		}
	}
	return true
}

// isGrantParticiple: transactions a rule refuses in the passive.
func isGrantParticiple(w []byte) bool {
	switch string(w) {
	case "refunded", "returned", "changed", "exchanged", "cancelled", "canceled", "reopened", "transferred",
		"amended", "extended", "waived", "reimbursed", "credited", "honoured", "honored", "rebooked", "redeemed",
		"backdated", "combined", "reversed", "reinstated", "issued", "applied", "accepted", "upgraded",
		"swapped", "used", "claimed", "offered":
		return true
	}
	return false
}

// impersonalRefusal is checkImpersonalRefusal.
func (e *Engine) impersonalRefusal(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.End)
	for j := k; j < len(toks) && j < k+2; j++ {
		if toks[j].flags&tfClause != 0 {
			return false
		}
		if isGrantParticiple(e.word(j)) {
			break
		}
		if j == k+1 || string(e.word(j)) != "be" && !isAdverb(e.word(j)) {
			return false
		}
	}
	if k >= len(toks) {
		return false
	}
	// The agent as subject is a refusal, not a rule: "I can't be transferred"
	// does not occur, "I won't be offered" neither; but "you won't be
	// refunded" is the rule speaking.
	if b := e.tokenIndexAt(h.Start) - 1; b >= 0 && e.toks[b+1].flags&tfClause == 0 {
		switch string(e.word(b)) {
		case "i", "we":
			return false
		}
	}
	return true
}

// isAdverb: adverbs that may stand between "can't be" and its participle.
func isAdverb(w []byte) bool {
	switch string(w) {
	case "fully", "easily", "simply", "really", "just", "currently", "normally", "automatically", "then",
		"now", "unfortunately", "sadly", "legally", "usually":
		return true
	}
	return false
}

// onlyLimit is checkOnlyLimit.
func (e *Engine) onlyLimit(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	if k > 0 && e.toks[k].flags&tfClause == 0 {
		switch string(e.word(k - 1)) {
		case "not", "if", "the", "my", "our", "your":
			return false // "not only", "if only", "the only"
		}
	}
	// A price or a number right after: "only £3.99", "only 2 left".
	p := int(h.End)
	for p < len(e.buf) && e.buf[p] == ' ' {
		p++
	}
	if p >= len(e.buf) {
		return false
	}
	if c := e.buf[p]; c >= '0' && c <= '9' || c == '$' || c >= 0x80 {
		return false
	}
	n := e.tokenIndexAt(h.End)
	if n < len(e.toks) && e.toks[n].flags&tfClause == 0 {
		switch string(e.word(n)) {
		case "a", "an", "just", "takes", "took", "need", "needs", "wanted", "want", "been", "had", "have",
			"costs", "cost", "recently", "yesterday", "today", "once":
			return false
		}
	}
	return true
}

// policyStated is checkPolicyStated.
func (e *Engine) policyStated(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	if !(e.wordAt(k, "to") && k+1 < len(e.toks) && (isGrantVerb(e.word(k+1)) || isSendVerb(e.word(k+1)) ||
		string(e.word(k+1)) == "replace" || string(e.word(k+1)) == "repair" || string(e.word(k+1)) == "give")) {
		return true
	}
	for j := k + 2; j < len(e.toks) && e.toks[j].flags&tfClause == 0; j++ {
		if e.toks[j].flags&tfNegate != 0 || string(e.word(j)) == "only" {
			return true // "our policy is to offer a voucher only"
		}
	}
	return false
}

// sameClause reports whether positions a and b of e.buf are in one clause:
// no clause break between their tokens.
func (e *Engine) sameClause(a, b int32) bool {
	if a > b {
		a, b = b, a
	}
	ka, kb := e.tokenIndexAt(a), e.tokenIndexAt(b)
	if kb >= len(e.toks) {
		kb = len(e.toks) - 1
	}
	for j := ka + 1; j <= kb; j++ {
		if e.toks[j].flags&tfClause != 0 {
			return false
		}
	}
	return true
}

// isPlaceNoun: where a customer can be sent (checkSamePlace).
func isPlaceNoun(w []byte) bool {
	switch string(w) {
	case "team", "teams", "desk", "department", "dept", "queue", "person", "people", "agent", "advisor",
		"adviser", "line", "number", "place", "company", "shop", "store", "office", "branch", "helpline",
		"menu", "option", "recording", "specialist", "specialists", "unit", "colleague", "guy", "lady",
		"woman", "man", "supervisor", "manager", "bot", "chatbot", "section", "counter":
		return true
	}
	return false
}

// samePlace is checkSamePlace.
func (e *Engine) samePlace(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.End)
	place := false
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].flags&tfClause != 0 && j > k {
			break
		}
		if isPlaceNoun(e.word(j)) {
			place = true
			break
		}
	}
	if !place {
		return false
	}
	s := e.tokenIndexAt(h.Start)
	if string(e.word(s)) == "back" {
		return true
	}
	for j := s - 1; j >= 0 && j >= s-3; j-- {
		w := e.word(j)
		if isSendVerb(w) && !e.hypothetical(j) {
			return true
		}
		switch string(w) {
		case "ended", "landed", "got", "end":
			return true // "ended up with the same agent"
		}
		if toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// routeLoop reports whether text (a customer's turn as written) lists a
// route with arrows that comes back to a place: "store → helpline → store
// → helpline", "billing -> sales -> billing". The words next to the arrows
// are compared, ASCII case-insensitively; a word next to two arrows (the
// middle of "a → b → c") is one place, not a repeat. Arrows are turned
// into spaces by normalise, so this reads the original text; it runs once
// per customer turn and costs one byte scan when the turn has no arrow.
func routeLoop(text string) bool {
	var places [12][2]int // word spans next to arrows
	n := 0
	add := func(s, e int) bool {
		if s >= e {
			return false
		}
		for _, p := range places[:n] {
			if p[0] != s && strings.EqualFold(text[p[0]:p[1]], text[s:e]) {
				return true
			}
		}
		if n < len(places) {
			places[n] = [2]int{s, e}
			n++
		}
		return false
	}
	// Most turns have neither byte an arrow needs ('>' of "->", the lead
	// byte of "→"): two vectorised scans settle them.
	if strings.IndexByte(text, '>') < 0 && strings.IndexByte(text, 0xE2) < 0 {
		return false
	}
	for i := 0; i < len(text); i++ {
		w := arrowAt(text, i)
		if w == 0 {
			continue
		}
		// The word before the arrow and the word after it.
		e := i
		for e > 0 && text[e-1] == ' ' {
			e--
		}
		s := e
		for s > 0 && isWordByte(text[s-1]) {
			s--
		}
		a := i + w
		for a < len(text) && text[a] == ' ' {
			a++
		}
		b := a
		for b < len(text) && isWordByte(text[b]) {
			b++
		}
		if add(s, e) || add(a, b) {
			return true
		}
		i += w - 1
	}
	return false
}

// arrowAt returns the length of the route arrow at text[p] ("→", "->",
// "=>", ">>"), or 0.
func arrowAt(text string, p int) int {
	switch {
	case p+3 <= len(text) && text[p] == 0xE2 && text[p+1] == 0x86 && text[p+2] == 0x92:
		return 3
	case p+2 <= len(text) && (text[p] == '-' || text[p] == '=' || text[p] == '>') && text[p+1] == '>':
		return 2
	}
	return 0
}

// isCoverageNoun: what an entitlement runs within.
func isCoverageNoun(w []byte) bool {
	switch string(w) {
	case "warranty", "guarantee", "window", "period", "cover", "coverage", "terms", "plan", "allowance",
		"cooling-off", "cooling", "deadline", "cut-off", "cutoff", "offer", "promotion", "promo", "contract",
		"policy", "timeframe", "time-frame", "limit", "eligibility":
		return true
	}
	return false
}

// coverage is checkCoverage.
func (e *Engine) coverage(h phraseHit) bool {
	toks := e.toks
	last := e.tokenIndexAt(h.End) - 1
	if last < 0 {
		return false
	}
	switch string(e.word(last)) {
	case "expired", "out", "ended":
		// "your warranty has expired", "the cover ran out".
		first := e.tokenIndexAt(h.Start)
		for j := first - 1; j >= 0 && j >= first-3; j-- {
			if isCoverageNoun(e.word(j)) {
				return true
			}
			if toks[j].flags&tfClause != 0 {
				break
			}
		}
		return false
	}
	for j := last + 1; j < len(toks) && j <= last+4; j++ {
		if toks[j].flags&tfClause != 0 {
			break
		}
		if isCoverageNoun(e.word(j)) {
			return true
		}
	}
	return false
}

// partySubject is checkPartySubject.
func (e *Engine) partySubject(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := e.word(j)
		if isPartyNoun(w) {
			return true
		}
		switch string(w) {
		case "support", "helpline", "service", "care", "team", "desk", "centre", "center":
			// "Samsung support are your best bet": the name before it,
			// wherever it stands.
			for i := j - 1; i >= 0 && i >= j-2 && e.toks[i+1].flags&tfClause == 0; i-- {
				if v := e.word(i); e.capitalised(i) && !isTechWord(v) && !e.ownOrgWord(v) {
					return true
				}
			}
			return !e.firstPersonBefore(k) && e.turnNamesParty()
		case "they", "them":
			return !e.firstPersonBefore(k) && e.turnNamesParty()
		}
		if e.toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}
