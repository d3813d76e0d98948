package enrich

// Structural checks of rules.go added for wordings a fixed phrase cannot
// pin down (see the ruleCheck constants for what each accepts). Like the
// checks in detect_text.go they run only at a hit of their phrase and look
// at a few tokens around it.

// wordAt reports whether token i exists, is w and does not open a clause.
func (e *Engine) wordAt(i int, w string) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].flags&tfClause == 0 && string(e.word(i)) == w
}

// isSendVerb: verbs of passing a customer on ("they sent me back to").
func isSendVerb(w []byte) bool {
	switch string(w) {
	case "put", "puts", "putting", "sent", "send", "sends", "sending", "pass", "passed", "passes", "passing",
		"transfer", "transfers", "transferred", "transferring", "hand", "hands", "handed", "handing",
		"bounce", "bounces", "bounced", "bouncing", "move", "moves", "moved", "moving", "route", "routes",
		"routed", "routing", "shunt", "shunted", "push", "pushed", "kick", "kicked", "direct", "directed",
		"redirect", "redirected", "refer", "referred", "forward", "forwarded", "connect", "connected",
		"pop", "pops", "popped", "popping", "bump", "bumped", "bumping", "reassign", "reassigned", "reassigning",
		"assigned", "reallocated", "escalated":
		return true
	}
	return false
}

// isPersonObject: the person a sending verb moves ("sent me back").
// "them" and "it" are left out: "send them back to us" returns goods.
func isPersonObject(w []byte) bool {
	switch string(w) {
	case "me", "you", "us", "him", "her":
		return true
	}
	return false
}

// backTo is checkBackTo.
func (e *Engine) backTo(h phraseHit) bool {
	toks := e.toks
	_, end := e.sentenceAt(h.Start)
	k := e.tokenIndexAt(h.End)
	for j := k; j < len(toks) && j < k+6 && toks[j].start < end; j++ {
		if string(e.word(j)) == "again" {
			return true
		}
	}
	b := e.tokenIndexAt(h.Start) // "back"
	if b >= len(toks) || toks[b].flags&tfClause != 0 {
		return false
	}
	j := b - 1
	// Adverbs between the verb and "back": "passed straight back to",
	// "and then right back to".
	for j > 0 && toks[j+1].flags&tfClause == 0 {
		switch string(e.word(j)) {
		case "straight", "right", "then", "just", "immediately", "promptly", "all":
			j--
			continue
		}
		break
	}
	if j > 0 && isPersonObject(e.word(j)) && toks[j].flags&tfClause == 0 {
		j--
	}
	if j < 0 || toks[j+1].flags&tfClause != 0 || j == 0 && string(e.word(0)) == "so" {
		// "Back to SunFit.", "So back to TechMend. Again.": the customer
		// states being sent back, as a sentence of its own, to a place.
		return e.backToPlace(b)
	}
	w := e.word(j)
	if isSendVerb(w) {
		return !e.hypothetical(j)
	}
	if string(w) == "now" {
		return true
	}
	// A route told with "from": "from the phone line back to the branch",
	// "passed from sales to support and back to sales" (not "bought it
	// from you back in January").
	if e.routeFrom(h, j) {
		return true
	}
	switch string(w) {
	case "go", "going", "went", "gone":
		// Someone must go back: "you'll need to go back into the branch",
		// "telling me to go back to the store", "I had to go back to".
		if j >= 2 && toks[j].flags&tfClause == 0 && string(e.word(j-1)) == "to" {
			switch string(e.word(j - 2)) {
			case "need", "needs", "have", "has", "had", "me", "you", "us", "got", "told", "asked":
				return true
			}
		}
	case "i'm", "im", "we're", "it's", "am", "are", "is":
		// "now I'm back in faults".
		return j >= 1 && toks[j].flags&tfClause == 0 && string(e.word(j-1)) == "now"
	}
	return false
}

// backToPlace reports whether the "back to" at token b opens its
// sentence (after "so", "and", "now" at most) and a place follows: a
// capitalised name or a place noun ("Back to SunFit.", "So back to the
// branch"), not "back to the question", "back to work".
func (e *Engine) backToPlace(b int) bool {
	if b > 0 && e.toks[b].flags&tfClause == 0 {
		switch string(e.word(b - 1)) {
		case "so", "and", "now":
			if b > 1 && e.toks[b-1].flags&tfClause == 0 {
				return false
			}
		default:
			return false
		}
	}
	k := b + 2 // after "back to"
	for k < len(e.toks) && e.toks[k].flags&(tfDeterminer|tfClause) == tfDeterminer {
		k++
	}
	if k >= len(e.toks) || e.toks[k].flags&tfClause != 0 {
		return false
	}
	return isPlaceNoun(e.word(k)) || isPartyNoun(e.word(k)) || e.capitalised(k) && !e.sentenceInitial(k) && !isTechWord(e.word(k))
}

// routeFrom reports whether the "back to" hit h, with token j just before
// it, ends a route told with "from": "from the phone line back to the
// branch", "passed from sales to support and back to sales". Not "back
// in"/"back into"/"back onto" ("bought it from you back in January").
func (e *Engine) routeFrom(h phraseHit, j int) bool {
	if e.buf[h.Start+5] == 'i' || e.buf[h.Start+5] == 'o' && e.buf[h.Start+6] == 'n' {
		return false
	}
	for i := j; i >= 0 && i >= j-5; i-- {
		if string(e.word(i)) == "from" {
			return true
		}
		if i < j && e.toks[i+1].flags&tfClause != 0 {
			break
		}
	}
	if string(e.word(j)) == "and" {
		// "... to support and back to sales": the and joins another leg,
		// told with "from" or with its own verb of sending ("they put me
		// through to billing and then straight back to sales").
		for i := j - 1; i >= 0 && i >= j-8; i-- {
			if string(e.word(i)) == "from" || isSendVerb(e.word(i)) && !e.hypothetical(i) {
				return true
			}
		}
	}
	return false
}

// hypothetical reports whether the sending verb at token j is a bare
// present after "if" or "when" in its clause: "what do I do when they send
// me back to you?" fears a loop that has not happened.
func (e *Engine) hypothetical(j int) bool {
	switch string(e.word(j)) {
	case "send", "put", "pass", "transfer", "hand", "bounce", "move", "route", "push", "kick", "direct",
		"redirect", "refer", "forward", "connect", "shunt":
	default:
		return false
	}
	for i := j - 1; i >= 0 && i >= j-4; i-- {
		switch string(e.word(i)) {
		case "if", "when", "case", "until":
			return true
		}
		if e.toks[i].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// isPartyNoun: words that name another organisation by its role.
func isPartyNoun(w []byte) bool {
	switch string(w) {
	case "manufacturer", "manufacturers", "manufacturer's", "partner", "partners", "partner's", "contractor",
		"contractors", "subcontractor", "supplier", "suppliers", "retailer", "retailers", "courier",
		"couriers", "carrier", "carriers", "insurer", "insurers", "underwriter", "underwriters", "bank",
		"operator", "operators", "provider", "providers", "airline", "airlines", "landlord", "council",
		"seller", "vendor", "dealer", "dealership", "reseller", "third-party", "external", "handler", "handlers",
		"agency", "agencies", "merchant", "merchants", "marketplace", "plumber", "plumbers", "glazier", "glaziers",
		"utility", "authority", "airport", "hotel", "broker", "brokers", "installer", "installers", "retailer's",
		"seller's", "courier's", "council's", "bank's", "airline's", "insurer's", "freeholder", "caterer", "caterers",
		"lender", "lenders", "assessor", "assessors", "adjuster", "underwriters'", "network", "insurance":
		return true
	}
	return false
}

// externalName reports whether token k is a name another company may
// have: capitalised in the original text, not at the start of its
// sentence, not a technology or a date, not a word of our own
// organisation, and not an internal team ("the Billing team").
func (e *Engine) externalName(k int) bool {
	w := e.word(k)
	if isTechWord(w) || e.ownOrgWord(w) || !e.capitalised(k) || e.sentenceInitial(k) {
		return false
	}
	if k+1 < len(e.toks) && e.toks[k+1].flags&(tfGeneric|tfClause) == tfGeneric {
		return false
	}
	return true
}

// orgAfter is checkOrgAfter.
func (e *Engine) orgAfter(h phraseHit) bool {
	toks := e.toks
	k := e.tokenIndexAt(h.End)
	ours := false
	for n := 0; n < 4 && k+n < len(toks); n++ {
		j := k + n
		if n > 0 && toks[j].flags&tfClause != 0 {
			break
		}
		w := e.word(j)
		switch string(w) {
		case "the", "a", "an", "your", "their", "its", "which", "is":
			continue
		case "mr", "mrs", "ms", "miss", "dr", "sir", "madam":
			return false // a person: "the account belongs to Mr Patel"
		case "our", "us", "we":
			ours = true // "handled by our team": only a party noun counts now
			continue
		}
		if isPartyNoun(w) {
			return true
		}
		if !ours && e.externalName(j) {
			return true
		}
	}
	return false
}

// firstPersonBefore reports whether the clause of token k has a first-person
// subject before k ("I'll call them", "let me contact them").
func (e *Engine) firstPersonBefore(k int) bool {
	for j := min(k, len(e.toks)-1); j > 0 && e.toks[j].flags&tfClause == 0; j-- {
		switch string(e.word(j - 1)) {
		case "i", "i'll", "i'm", "i've", "i'd", "we", "we'll", "we've", "we're", "we'd", "me", "ill", "ive":
			return true
		}
	}
	return false
}

// themReferral is checkThemReferral.
func (e *Engine) themReferral(h phraseHit) bool {
	if e.firstPersonBefore(e.tokenIndexAt(h.Start)) {
		return false
	}
	return e.turnNamesParty()
}

// turnNamesParty reports whether the turn names an outside party: a party
// noun, or a name checkOrgAfter would accept. The answer is cached for the
// turn.
func (e *Engine) turnNamesParty() bool {
	d := &e.dt
	if d.party != partyUnknown {
		return d.party == partyYes
	}
	d.party = partyNo
	for k := range e.toks {
		if isPartyNoun(e.word(k)) {
			d.party = partyYes
			return true
		}
	}
	// Capitalised words, in one walk of the original text with
	// origTokenSpan's word rules (capitalised() per token would walk it
	// once per token).
	text := d.orig
	n, inTok := -1, false
	for i := 0; i < len(text); {
		width, word, upper := origWordByte(text, i, inTok)
		switch {
		case word && !inTok:
			inTok = true
			n++
			if upper && n < len(e.toks) && e.externalName(n) {
				d.party = partyYes
				return true
			}
		case !word && inTok:
			inTok = false
		}
		i += width
	}
	return false
}

// Values of detectScratch.party.
const (
	partyUnknown uint8 = iota
	partyNo
	partyYes
)

// isTellVerb: verbs of telling something to someone, for checkRepeatVerb.
// "go" counts as "go through".
func isTellVerb(w []byte) bool {
	switch string(w) {
	case "tell", "telling", "told", "explain", "explaining", "explained", "explains", "repeat", "repeating",
		"repeated", "give", "giving", "gave", "given", "say", "saying", "said", "spell", "spelling", "spelt",
		"spelled", "provide", "provided", "providing", "describe", "described", "describing", "story",
		"go", "going", "gone", "went", "wrote", "written", "typed", "mention", "mentioned", "mentioning",
		"confirm", "confirmed", "confirming", "stated", "done", "answered":
		return true
	}
	return isContactVerb(w)
}

// isContactVerb: the customer asking or reporting again, which counts
// like a telling ("I've asked three times", "Reported 4 times",
// "contacted them 9 times"). Calls counted alone ("I rang twice",
// "emailed you 4 times") are contacts, not a claim repeated.
func isContactVerb(w []byte) bool {
	switch string(w) {
	case "asked", "reported", "contacted", "chased", "logged", "raised", "complained", "requested", "chasing":
		return true
	}
	return false
}

// isCountWord: a count before "people" ("told four people").
func isCountWord(w []byte) bool {
	switch string(w) {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6",
		"7", "8", "9", "10", "several", "multiple", "many", "different", "various", "all":
		return true
	}
	return false
}

// tellVerbAt reports whether token j is a verb of telling whose teller is
// the customer: not "you tell", "can you explain", not "tell me".
func (e *Engine) tellVerbAt(j int) bool {
	w := e.word(j)
	if !isTellVerb(w) {
		return false
	}
	switch string(w) {
	case "go", "going", "gone", "went":
		if !e.wordAt(j+1, "through") {
			return false
		}
	}
	if isContactVerb(w) {
		// Only the customer's own contacts, said with its subject or none:
		// "I've called five times", "Reported 4 times", not "the engineer
		// called twice", "they've logged it again".
		if j > 0 && e.toks[j].flags&tfClause == 0 {
			p := j - 1
			for p > 0 && e.toks[p+1].flags&tfClause == 0 && (isTellAdverb(e.word(p)) || string(e.word(p)) == "now") {
				p-- // "I've now reported it six times"
			}
			switch string(e.word(p)) {
			case "i", "i've", "ive", "we", "we've", "have", "had", "already", "and":
			default:
				return false
			}
		}
	}
	// The subject, past adverbs ("you just say", "they always tell me").
	s := j - 1
	for s > 0 && e.toks[s+1].flags&tfClause == 0 && isTellAdverb(e.word(s)) {
		s--
	}
	if s >= 0 && e.toks[s+1].flags&tfClause == 0 {
		switch string(e.word(s)) {
		case "you", "you've", "you'd", "you'll", "they", "they've", "he", "she", "someone", "somebody", "for":
			// Someone else telling, or thanked for it: "thanks for
			// explaining it all".
			return false
		}
		if s >= 1 && e.toks[s].flags&tfClause == 0 && isDeterminer(e.word(s-1)) {
			return false // a third person: "the branch said", "your colleague told me"
		}
	}
	if j > 0 && e.toks[j].flags&tfClause == 0 {
		switch string(e.word(j - 1)) {
		case "been", "was", "were", "being", "get", "got", "is", "are", "it's", "that's", "story's", "its":
			// The customer was told, not telling: "I've been told someone
			// will call", "I was given a reference".
			if n := len(w); n < 4 || string(w[n-3:]) != "ing" {
				return false
			}
		}
	}
	switch string(w) {
	case "done", "answered":
		// Only with what is repeated: "I've done it 4 times", "answered
		// the same questions".
		if !e.wordAt(j+1, "it") && !e.wordAt(j+1, "this") && !e.wordAt(j+1, "that") && !e.wordAt(j+1, "the") {
			return false
		}
	}
	for i := j + 1; i <= j+3 && i < len(e.toks); i++ {
		if e.toks[i].flags&tfClause != 0 {
			break
		}
		if w := string(e.word(i)); w == "me" || w == "myself" {
			return false
		}
	}
	return true
}

// repeatVerb is checkRepeatVerb. "how many times" looks only after itself
// ("how many times do I have to tell you"); the others look both ways in
// their sentence.
func (e *Engine) repeatVerb(h phraseHit) bool {
	toks := e.toks
	start, end := e.sentenceAt(h.Start)
	k0, k1 := e.tokenIndexAt(h.Start), e.tokenIndexAt(h.End)
	w0 := e.word(k0)
	switch string(w0) {
	case "people", "agents", "advisors", "advisers", "staff", "calls", "chats", "occasions", "conversations",
		"managers", "departments", "teams", "emails", "letters", "of":
		// A count before it, perhaps with an adjective: "four people",
		// "on 3 separate calls", "five of your people".
		c := k0 - 1
		if c >= 2 && string(w0) != "of" && e.wordAt(c, "your") && e.wordAt(c-1, "of") {
			c -= 2
		}
		if string(w0) == "of" && !e.wordAt(k0+1, "you") {
			return false // "three of you", not "three of them"
		}
		if c > 0 && isCountAdjective(e.word(c)) {
			c--
		}
		if c < 0 || !isCountWord(e.word(c)) {
			return false
		}
	}
	// "how many times" (and a "times" hit inside it) counts only with
	// the verb after it: "how many times do I have to tell you", not
	// "I'll be telling them how many times I've rung you".
	how := string(w0) == "how" || k0 >= 2 && string(e.word(k0-1)) == "many" && string(e.word(k0-2)) == "how" ||
		k0 >= 3 && string(e.word(k0-1)) == "more" && string(e.word(k0-2)) == "many" && string(e.word(k0-3)) == "how"
	// Looking back, a subordinate clause or a clause break between the
	// verb and the count gives the count to that clause: "I said it
	// crashes every time I open the lid" repeats a symptom, not a claim.
	//
	// A count alone in the last clause of its sentence refers back to the
	// whole sentence: "I've given the order number, the photos and the
	// delivery note, TWICE."
	trailing := toks[k0].flags&tfClause != 0 && (k1 >= len(toks) || toks[k1].start >= end)
	if !how {
		back := 8
		switch {
		case trailing:
			back = 16
		case k0 > 0 && isCountWord(e.word(k0-1)) || k0 > 1 && isCountAdjective(e.word(k0-1)):
			back = 10 // "given you the same meter reading on 3 separate calls"
		}
		for j := k0 - 1; j >= 0 && j >= k0-back && toks[j].start >= start; j-- {
			if e.tellVerbAt(j) {
				e.dt.tellTok = int32(j)
				return true
			}
			if !trailing && (toks[j].flags&tfClause != 0 || isSubordinator(e.word(j))) {
				// "it" right after the verb and before the count is its
				// object, not a new clause: "I've said it three times
				// now", not "I said it crashes every time I open it".
				if w := string(e.word(j)); (w == "it" || w == "this" || w == "that") && toks[j].flags&tfClause == 0 &&
					(j+1 == k0 || isCountWord(e.word(j+1)) || j+2 == k0 && (isParticle(e.word(j+1)) || string(e.word(j+1)) == "out")) && j > 0 && e.tellVerbAt(j-1) {
					e.dt.tellTok = int32(j - 1)
					return true
				}
				break
			}
		}
	}
	// Words of time look back only: "as I said earlier", not "earlier I
	// said I'd pay", "before I say anything".
	switch string(w0) {
	case "earlier", "before", "yesterday", "last":
		return false
	}
	for j := k1; j < len(toks) && j < k1+6 && toks[j].start < end; j++ {
		if e.tellVerbAt(j) {
			e.dt.tellTok = int32(j)
			return true
		}
	}
	return false
}

// isTellAdverb: adverbs between a subject and its verb of telling.
func isTellAdverb(w []byte) bool {
	switch string(w) {
	case "just", "only", "always", "simply", "then", "also", "still", "keep", "kept", "all":
		return true
	}
	return false
}

// isDeterminer: a determiner before a noun subject ("the branch said").
func isDeterminer(w []byte) bool {
	switch string(w) {
	case "the", "your", "a", "an", "their", "his", "her", "my", "our", "this", "that":
		return true
	}
	return false
}

// isCountAdjective: an adjective between a count and what is counted
// ("3 separate calls").
func isCountAdjective(w []byte) bool {
	switch string(w) {
	case "separate", "different", "previous", "other", "more", "whole", "long", "new":
		return true
	}
	return false
}

// isSubordinator: words that open a clause inside a sentence.
func isSubordinator(w []byte) bool {
	switch string(w) {
	case "it", "it's", "that", "when", "because", "if", "which", "who", "whenever", "since", "but", "and",
		"so", "while":
		return true
	}
	return false
}

// reviewVerb is checkReviewVerb.
func (e *Engine) reviewVerb(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	// The verb after: "enjoy the review I'm about to write", "the review
	// I'll be posting".
	for j := k + 1; j < len(e.toks) && j <= k+5 && e.toks[j].flags&tfClause == 0; j++ {
		switch string(e.word(j)) {
		case "write", "writing", "post", "posting", "publish", "publishing", "leave", "leaving":
			for i := j - 1; i > k; i-- {
				switch string(e.word(i)) {
				case "i'm", "i'll", "im", "ill", "going", "gonna", "about":
					return true
				}
			}
		}
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch string(e.word(j)) {
		case "write", "writing", "wrote", "written", "draft", "drafting", "drafted", "post", "posting",
			"posted", "leave", "leaving", "left", "put", "putting", "publish", "publishing", "do", "doing":
			return true
		}
		if e.toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// isProviderWord: what a customer leaves for ("another provider").
func isProviderWord(w []byte) bool {
	switch string(w) {
	case "provider", "providers", "supplier", "suppliers", "company", "companies", "network", "networks",
		"bank", "banks", "firm", "insurer", "operator", "carrier", "broadband", "energy", "one", "competitor",
		"competitors", "brand", "retailer", "shop", "store":
		return true
	}
	return false
}

// churnTarget is checkChurnTarget.
func (e *Engine) churnTarget(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	if e.wordAt(k, "you") || e.wordAt(k, "us") {
		return false // "I'm switching to you from another supplier": joining, not leaving
	}
	// A company by name: "switching to Trellis", "leaving for Vodafone".
	// After "move to" only when the sentence says the customer leaves
	// ("we're cancelling and moving to Trellis"), not "moving to Leeds".
	if k < len(e.toks) && e.toks[k].flags&tfClause == 0 && e.externalName(k) {
		switch e.buf[h.Start] {
		case 'm':
			return e.leavingInSentence(h.Start)
		}
		return true
	}
	for j := k; j < len(e.toks) && j < k+3; j++ {
		if j > k && e.toks[j].flags&tfClause != 0 {
			return false
		}
		switch string(e.word(j)) {
		case "competitor", "competitors", "rival", "elsewhere", "anyone", "anybody", "someone", "somebody":
			return true
		case "another", "different", "new":
			return j+1 < len(e.toks) && isProviderWord(e.word(j+1))
		}
	}
	return false
}

// leavingInSentence reports whether the sentence at pos says the customer
// leaves: a word of cancelling, leaving or switching.
func (e *Engine) leavingInSentence(pos int32) bool {
	start, end := e.sentenceAt(pos)
	for j := e.tokenIndexAt(start); j < len(e.toks) && e.toks[j].start < end; j++ {
		switch string(e.word(j)) {
		case "cancel", "cancelling", "canceling", "cancelled", "leaving", "leave", "switching", "switch",
			"porting", "done", "enough", "close", "closing":
			return true
		}
	}
	return false
}

// churnBare is checkChurnBare.
func (e *Engine) churnBare(h phraseHit) bool {
	k := e.tokenIndexAt(h.End)
	if k >= len(e.toks) || e.toks[k].flags&tfClause != 0 {
		return true
	}
	switch string(e.word(k)) {
	case "to":
		return !e.wordAt(k+1, "you") && !e.wordAt(k+1, "us") // "I'm switching to you": joining
	case "away", "over", "elsewhere", "providers", "provider", "suppliers", "supplier", "networks",
		"banks", "companies":
		return true
	}
	return false
}

// reportedPromise is checkReportedPromise.
func (e *Engine) reportedPromise(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	if k > 0 && e.toks[k].flags&tfClause == 0 {
		switch string(e.word(k - 1)) {
		case "i", "we", "i've", "we've", "you", "it", "that", "which", "just":
			// Reported by the customer themselves, or "you said" (its own
			// rule), "it said" (a screen, a website: no one promised).
			return false
		}
	}
	if e.othersIntent(h) && !e.wordAt(e.tokenIndexAt(h.Start)-1, "they") && !e.wordAt(e.tokenIndexAt(h.Start)-1, "he") &&
		!e.wordAt(e.tokenIndexAt(h.Start)-1, "she") {
		return false // "my friend said she had to threaten them before they'd pay": her case, not mine
	}
	return e.toldWould(h)
}

// negatedOrNobody is negated, also for "nobody", "no one" just before pos:
// the kept-promise cues ("turned up", "called me back") must not cancel
// "nobody turned up".
func (e *Engine) negatedOrNobody(pos int32) bool {
	if e.negated(pos) {
		return true
	}
	k := e.tokenIndexAt(pos)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch string(e.word(j)) {
		case "nobody", "nobody's", "noone", "nobodys", "nothing's", "nothings", "zero", "none":
			return true
		case "one", "one's":
			if j > 0 && string(e.word(j-1)) == "no" {
				return true
			}
		}
		if e.toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}

// conditional reports whether the hit at pos is in the consequence of an
// "if" earlier in its sentence: "if that doesn't work, drop us a DM and
// I'll run a line test" offers a next step after a specific answer; it is
// not a channel deflection.
func (e *Engine) conditional(pos int32) bool {
	start, _ := e.sentenceAt(pos)
	for j := e.tokenIndexAt(start); j < len(e.toks) && e.toks[j].start < pos; j++ {
		if string(e.word(j)) == "if" {
			if e.wordAt(j+1, "you") {
				switch string(e.word(j + 2)) {
				case "dm", "send", "message", "pop", "drop", "share", "contact", "reach", "email", "pm":
					continue // "if you DM your account number": the deflection itself
				}
			}
			return true
		}
	}
	return false
}

// audience is checkAudience.
func (e *Engine) audience(h phraseHit) bool {
	k := e.tokenIndexAt(h.Start)
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch string(e.word(j)) {
		case "everyone", "everybody", "people", "viewers", "followers", "subscribers", "readers", "world",
			"town", "customers", "friends", "family", "audience", "neighbours", "neighbors", "internet", "public",
			"street", "road", "estate", "village", "colleagues", "school", "office", "group", "everyone's",
			"everybody's", "people's", "world's",
			"community", "whole":
			return true
		}
		if e.toks[j].flags&tfClause != 0 {
			break
		}
	}
	return false
}
