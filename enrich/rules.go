package enrich

import "strings"

// category is what a phrase rule detects.
type category uint8

const (
	catSupport       category = iota // support-domain sentiment phrase (weight) and complaint signal
	catHandoff                       // agent announces a transfer
	catSystemHandoff                 // system event: transfer / queue change
	catSystemQueue                   // system event naming the current queue ("queue: billing")
	catWarm                          // the handoff is warm: the agent briefs the next party or stays on (kind: warmQualifies/warmImplies)
	catCrossCompany                  // the problem belongs to another company
	catLoop                          // back to a place already visited
	catDeadEnd                       // the agent cannot go further
	catPolicy                        // a policy wall: quota, limit, entitlement, eligibility (also a dead end)
	catRuleCue                       // a rule is cited ("our policy", "only applies", "per order"): a policy wall with a refusal in its sentence
	catRefusal                       // the agent refuses ("I'm unable to", "can't be"): a policy wall with a rule cue in its sentence
	catRepeat                        // customer has to repeat themselves
	catPromise                       // agent promise (kind)
	catBroken                        // customer says a promise was broken
	catEscalation                    // customer escalates (kind)
	catStock                         // stock brand-reply template
	catTopicProduct                  // product/device/service keyword (kind: index into topicProducts)
	catTopicSymptom                  // symptom keyword (kind: index into topicSymptoms)
	catSuppress                      // cancels overlapping hits of (target, kind)
	catFault                         // a fault the customer reports calmly ("keeps dropping out"): a complaint, no valence
)

// Speaker masks: which turns a rule listens to.
const (
	spCustomer uint8 = 1 << iota
	spAgent
	spSystem
	spPeople = spCustomer | spAgent
)

// Promise kinds, in PromiseKinds order.
const (
	promiseCallback uint8 = iota
	promiseVisit
	promiseRefund
	promiseReplacement
	promiseFollowUp
	numPromiseKinds
)

var promiseNames = [numPromiseKinds]string{"callback", "visit", "refund", "replacement", "follow_up"}

// Escalation kinds, in EscalationKinds order.
const (
	escSupervisor uint8 = iota
	escComplaint
	escPublic
	escLegal
	escCancel
	numEscalationKinds
)

var escalationNames = [numEscalationKinds]string{"supervisor", "complaint", "public", "legal", "cancel"}

// escalationLevel is EscalationLevel per kind: the highest kind wins.
var escalationLevel = [numEscalationKinds]uint8{1, 1, 3, 4, 2}

// Warm-handoff cue kinds.
const (
	// warmQualifies only says something about a handoff that is already
	// under way ("I'll stay on the line", "I've explained your issue to
	// them"): on its own ("I'll stay on the line while you reboot it") it is
	// no handoff.
	warmQualifies uint8 = iota
	// warmImplies is itself a handoff ("let me introduce you to",
	// "I'll conference them in", "warm transfer"): it counts one when no
	// handoff is open.
	warmImplies
)

// Repeated-claim kinds: repeatCount is a count of contacts ("the third
// time"), which a loop in its sentence claims instead.
const (
	repeatTelling uint8 = iota
	repeatCount
)

// Loop kinds: loopReferralReport is one report of a referral ("X says
// contact Y"); two in a customer's turn are a loop.
const (
	loopPlace uint8 = iota
	loopReferralReport
	// loopSentHere: the customer says the other party sent them here
	// ("Globetrek told me to call you!", "Sorell gave me your number"):
	// a loop once an agent refers them back to another company.
	loopSentHere
)

// Rule-cue kinds (catRuleCue): a rule or a limit with a refusal in its
// sentence is a policy wall, and so is a limit with a quota.
const (
	cueRule  uint8 = iota // a rule, terms, a condition: "our policy", "unless"
	cueLimit              // a limit: "only", "maximum", "limited to"
	cueQuota              // a quota or period: "per account", "once in a 12-month period"
)

// Cross-company kinds: crossDirect sends the customer to the other party
// ("you'll need to call Samsung"); crossAttribution only says the work is
// theirs ("that's run by Eastline"), a referral unless the agent takes it
// on in the same turn (agentTakesOn).
const (
	crossDirect uint8 = iota
	crossAttribution
)

// Stock-reply cue kinds.
const (
	stockStrong uint8 = iota // a channel deflection: "please DM us"
	stockWeak                // template politeness: counts in pairs
)

// anyKind as a suppressor's kind cancels every kind of its target category.
const anyKind uint8 = 0xff

// ruleCheck is a structural test a hit must pass on top of its phrase,
// for wordings a fixed phrase cannot pin down.
type ruleCheck uint8

const (
	checkNone ruleCheck = iota
	// checkOrgIssue: "that's a Samsung issue", "it's an Apple problem":
	// the phrase ("that's a", "it's an", ...) must be followed by one or
	// two words the original text capitalises and an owner noun (issue,
	// problem, fault, matter, responsibility, department, ...); or, for
	// the possessive phrases ("'s responsibility"), the possessor
	// ("Vodafone's") must be capitalised. Neither may be a technology, a
	// date or a word of the interaction's own organisation.
	checkOrgIssue
	// checkContactAfter: a modal ("you'll need to", "best to") is a
	// referral when a contacting verb follows ("call", "contact", "ring",
	// "get in touch with", "reach out to", "raise that with", "take it up
	// with", "email", "write to") with an object that is not the agent's
	// own side ("us", "me", "back", "our", "in", "again").
	checkContactAfter
	// checkContactBefore: an external party ("your bank", "the courier")
	// is a referral when a contacting verb comes right before it
	// ("speak to", "contact", "get in touch with", "down to", "a matter
	// for", "responsibility of", "go through").
	checkContactBefore
	// checkToldWould: "I was told", "they said" is a broken-promise claim
	// only when the report holds a future ("would", "'d", "will", "'ll",
	// "by", "within") in the next eight words of its sentence: "I was told
	// someone would ring me back", not "I was told to restart it".
	checkToldWould
	// checkChurnObject: "cancel my" / "cancel the" / "cancelling my" is a
	// churn threat only when what is cancelled, within the next four words
	// of the clause, is a relationship (account, contract, subscription,
	// plan, cover, membership, ...): "cancel my order", "cancel the
	// appointment" are bookkeeping, not threats. A bare "cancelling" that
	// ends its clause ("Done, cancelling.") is one too.
	checkChurnObject
	// checkBackTo: "back to" / "back in" is a loop when "again" follows in
	// the same sentence within six words ("Back to the warranty team
	// again?"), when a verb of sending comes just before it, with at most a
	// person as its object ("they sent me back to billing", "I was passed
	// back to the metering team", "now sales have put me back to you"), when
	// someone must go back ("you'll need to go back into the branch"), or
	// when "now" comes just before ("now back to Zephyr", "now I'm back in
	// faults"). "I'll get back to you", "send it back to us", "back in
	// stock" are not loops.
	checkBackTo
	// checkOrgAfter: "run by", "handled by", "our partner", "directly
	// with" name another company when, within the next four words of the
	// clause (after articles and possessives), comes a word the original
	// text capitalises (not sentence-initial, not a technology or a date,
	// not our own organisation, not an internal team: "the Billing team")
	// or a party noun (manufacturer, partner, contractor, operator, bank,
	// ...): "operated by Aerolux", "covered by the manufacturer", not
	// "handled by our team", "covered by your warranty".
	checkOrgAfter
	// checkThemReferral: "give them a ring", "speak to them", "book with
	// them" refer the customer to another company when the clause has no
	// first-person subject before it ("I'll call them" is the agent's own
	// action) and the turn names an outside party (checkOrgAfter's words
	// anywhere in the turn: "your bank can release it sooner, give them a
	// ring").
	checkThemReferral
	// checkRepeatVerb: "again", "each time", "every time", "from scratch",
	// "N times", "to four people" are a repeated claim only with a verb of
	// telling near them in the sentence: the customer tells, explains,
	// gives or goes through something again ("I have to explain the whole
	// fault again", "had to give the meter serial each time", "I've told you
	// three times"), not "it crashes every time" or "can you tell me
	// again?" (a verb with "you" as its subject or "me" as its object).
	checkRepeatVerb
	// checkReviewVerb: "review", "forum" are a public threat when a verb
	// of writing or posting comes within eight words before it in the clause
	// ("drafting the review", "posting my bill history on the MSE forum"),
	// not "under review", "the fix is on the forum".
	checkReviewVerb
	// checkChurnTarget: "moving to", "switching to", "going with" are a
	// churn threat when a competitor follows within three words ("another",
	// "a different", "anyone else", "a competitor", "elsewhere").
	checkChurnTarget
	// checkChurnBare: "I'm switching", "I'm leaving" are a churn threat
	// when nothing follows in the clause or what follows is a provider
	// ("I'm switching, I've had enough", "I'm switching to ..."), not "I'm
	// switching it off".
	checkChurnBare
	// checkAudience: "... will hear about this" is a public threat when an
	// audience is its subject (everyone, people, my viewers, followers,
	// the town) within four words before it.
	checkAudience
	// checkReportedPromise: "<someone> said" is a broken-promise claim like
	// checkToldWould, unless the speaker reports themselves ("I said I'd
	// call back").
	checkReportedPromise
	// checkCaseSent: a team noun (team, desk, department, colleague,
	// specialists, manager, ...) is a handoff when, earlier in its clause,
	// a verb of sending or raising (pass, put, transfer, send, refer,
	// forward, raise, flag, escalate, move, connect, ...) moves the
	// customer or the case ("you", "this", "it", "your case/query/claim")
	// "to" or "with" it: "I'm passing you to our Special Assistance desk",
	// "I've flagged this to our delivery team", "I've raised your query with
	// the second-line team". Not negated ("I won't pass you to another
	// team"), not a bare present after if/when, not passive ("you were
	// passed to"), not relayed feedback ("we'll pass it on to the team" in
	// a turn about feedback). The target is read after the "to".
	checkCaseSent
	// checkGrantRefusal: a refusal ("I can't", "we're unable to", "not
	// allowed to") is a dead end when what is refused is something granted
	// to the customer: a grant verb follows within three words (offer,
	// waive, refund, compensate, pay, approve, authorise, reopen, reverse,
	// override, extend, match, lift, help with/further, make an exception)
	// and no "but" offers something else later in the sentence, nor a
	// handoff ("I can't help with billing, let me transfer you").
	checkGrantRefusal
	// checkImpersonalRefusal: "<thing> can't be / won't be <granted>" is a
	// policy wall: a transactional participle (refunded, returned, changed,
	// cancelled, reopened, transferred, waived, ...) follows within two
	// words, and the subject is not the agent ("advance tickets can't be
	// refunded", "deliveries can't be changed within 5 days"). "It can't be
	// repaired" is a fact about the product, not a rule.
	checkImpersonalRefusal
	// checkNegatedHere: the hit counts only when a negation precedes it
	// (the negation window of negated()): "railcards aren't refundable",
	// "it isn't transferable".
	checkNegatedHere
	// checkOnlyLimit: "only" is a limit cue unless a price or a number
	// follows ("only £3.99", "only 2 left") or it is "not only".
	checkOnlyLimit
	// checkPolicyStated: "our policy is", "the policy is" state a wall
	// unless the policy grants: "our policy is to refund damaged items"
	// (a grant verb after "to", no negation or "only" later in the clause).
	checkPolicyStated
	// checkTellAgain: a customer's verb of telling said again in another
	// clause of the turn is a repeated claim: "Told the chat, told the
	// shop, told the phone line", "explained on the phone, explained by
	// email". Both must be the customer's (tellVerbAt).
	checkTellAgain
	// checkSpokenTo: "already spoken to" is a repeated claim unless it
	// names a party the customer went to on their own: a capitalised name,
	// an outside party noun, the press or a lawyer ("I've already spoken to
	// Samsung", "... to a journalist").
	checkSpokenTo
	// checkFuture: a bare contact phrase ("call you", "ring you", "DM you")
	// is a promise with a future or intention before it in its clause:
	// "will", "'ll", "shall", "going to", "gonna", "I'm", "we're" ("One of
	// our specialists will call you at 11am", "I'll DM you the ETA").
	checkFuture
	// checkBookedObject: a booking verb (booked, scheduled, arranged,
	// organised, set up, lined up) is a promise of the rule's kind when,
	// within five words after it in its clause, comes a noun of that kind:
	// a call or callback (callback), an engineer, technician, installer,
	// fitter, plumber, appointment, visit, collection or removal (visit), a
	// refund, a replacement. Not "you booked", not "if you book".
	checkBookedObject
	// checkWorkerComes: "will come", "will visit", "will be with you",
	// "is coming" ... is a visit promise when its subject, within four
	// words before it in the clause, is a worker who visits (engineer,
	// technician, installer, fitter, plumber, electrician, surveyor,
	// someone): "Our installer will come to fit the hob on Monday".
	checkWorkerComes
	// checkSentObject: "I'll send", "we're sending", "I'll email" ... is a
	// promise of the rule's kind by what is sent, within four words after
	// it: a document (details, confirmation, link, itinerary, label,
	// form, code, ...): follow_up; something new ("a new one", "another",
	// "the blue one out", "a replacement"): replacement; an engineer or
	// "someone out": visit.
	checkSentObject
	// checkQuotedPromise: a future ("we'll", "you'll", "will be") inside a
	// quotation in the customer's turn is the earlier promise quoted back:
	// '"You'll have your refund in 7 days" – 7 weeks ago'.
	checkQuotedPromise
	// checkNotNegatedAfter: a kept-promise cue "he did", "they did" counts
	// only when no "not"/"n't" follows it ("he did not call" keeps the
	// claim).
	checkNotNegatedAfter
	// checkNotName: "sue" is a threat unless it is a name: capitalised in
	// the original, not at the start of its sentence, not all capitals
	// ("say thanks to Sue on reception", but "I will SUE").
	checkNotName
	// checkOwnAudience: an audience noun (followers, subscribers, viewers,
	// readers) is a public threat when "my"/"our" comes within three words
	// before it ("my 12k followers", "our 40,000 subscribers").
	checkOwnAudience
	// checkSamePlace: "(back) to the same" is a loop when a place follows
	// within three words (team, desk, department, queue, person, agent,
	// number, shop, branch, helpline, menu, ...), and, without "back", a
	// verb of sending comes just before it ("reassigned to the same
	// specialist team", "transferred to the same desk", not "talk to the
	// same person").
	checkSamePlace
	// checkCoverage: "outside the", "past the", "beyond your", "after the"
	// ... is a policy wall when a coverage follows within four words
	// (warranty, guarantee, return window, period, cover, terms, plan,
	// allowance, cooling-off, deadline, offer): "outside the 12-month
	// warranty", "past the 28-day return window"; for "expired", "has
	// ended", "ran out" the coverage comes before ("your cover ran out").
	checkCoverage
	// checkReportedFuture: a report ("told me", "saying", "been told") is a
	// broken-promise claim when a modal future (would, will, 'd, 'll,
	// shall) follows in the next twelve words of its sentence, not as an
	// obligation or a refusal ("would have to pay", "would need to", "would
	// not"), not reported by the customer of themselves ("I told them I'd
	// be in"): "the branch told me a letter would be sent", "told me on
	// Monday the refund would be with me in 24 hrs".
	checkReportedFuture
	// checkToldBefore: a word of time ("earlier", "before", "already",
	// "yesterday") is a repeated claim after a past verb of telling (told,
	// said, explained, mentioned, stated, gave, wrote, ...) whose subject
	// is the customer ("I", "as I", "like I", or none: "explained
	// yesterday"), with at most its object between (you, this, it, the
	// details), not after a modal perfect ("I should have told you
	// earlier"), not in a relative clause ("the place I mentioned
	// earlier"), and with the word of time ending its clause or followed
	// by "that", "and", "on", ... ("earlier flight" is no time).
	checkToldBefore
	// checkPostedOn: a place to post ("r/..."): a preposition or a verb of
	// posting just before it ("going on r/CasualUK"), not "weather
	// r/scheduling".
	checkPostedOn
	// checkPartySubject: "... are your best bet", "... is best placed to"
	// recommend another company when their subject (within three words
	// before) is a party noun ("the manufacturer is your best bet"), or
	// support, a helpline, "they" in a turn that names an outside party
	// ("Garmin support are your best bet").
	checkPartySubject
	// checkPraised: a word of praise said of someone: "was", "were", "so",
	// "been", "really", "very", "absolutely" just before it ("the crew were
	// so kind"), not "kind regards", "an amazing 3 hour delay" (sarcasm
	// keeps its threat).
	checkPraised
	// checkPatronage: "the last time I", "never", "won't be" is a churn
	// threat when a verb of buying or using follows within three words
	// (order, buy, use, fly, shop, book, bank, renew, travel, ...): "this
	// is the last order I'm placing", "never ordering from you again".
	checkPatronage
	// checkCommitAction: "I'll", "we'll", "I'm going to" and a verb of
	// delivering (send, order, arrange, issue, release, post, get, ...)
	// is a promise of the kind its verb or object says: "I'll order a new
	// one" (replacement), "we'll release the deposit today" (refund), "I'll
	// put that in an e-mail to you" (follow-up). Verbs of looking ("check",
	// "look into") are not among them (detect_commit.go).
	checkCommitAction
	// checkCommitOutcome: "you'll get / receive / have / see / hear" is a
	// promise of the kind of what the customer will get: "you'll get a
	// confirmation e-mail", "you'll have a provisional credit by tomorrow",
	// "you'll hear from us". Not "you'll have to".
	checkCommitOutcome
	// checkCommitPassive: "will be" / "it'll be" and a participle: one that
	// says the kind ("paid", "credited", "posted", "replaced"), or one of
	// moving (sent, dispatched, with you) whose subject says it ("a
	// brand-new unit will be dispatched").
	checkCommitPassive
	// checkNotKept: a verb of coming or getting in touch (come, arrived,
	// turned up, rung, got back, ...) in the customer's turn is a
	// broken-promise claim when a negation or a zero subject stands just
	// before it ("openreach havent come", "zero turned up", "not one has
	// rung") and its subject is not the customer ("I didn't call them"),
	// nor what is not done to them ("didn't come with a charger")
	// (detect_kept.go).
	checkNotKept
	// checkKeptCue: a kept-promise cue ("turned up", "showed up") cancels
	// the claim only when nothing says it was not kept after it: "he
	// turned up without the part", "turned up two days late".
	checkKeptCue
	// checkSaidBefore: "said that", "heard that" is a broken-promise claim
	// when a word of an earlier time follows ("last week", "before",
	// "already", "every time") and an agent promised something earlier in
	// the interaction: the promise repeated is one already broken ("They
	// said that last week", "heard that one before"). detect.go checks the
	// earlier promise.
	checkSaidBefore
	// checkSayWould: "say" / "says" is a broken-promise claim when its
	// subject is not the customer and a modal future follows within three
	// words: "the mortgage team say they'd call me back".
	checkSayWould
	// checkPromiseShown: something did not come or arrive ("never
	// arrived", "nobody came"), as an arrival (arrivalAfter: not "didn't
	// come with a charger"); detect.go wants the turn to show the promise
	// (promiseShown) or an agent's promise earlier.
	checkPromiseShown
	// checkContactParty: checkContactAfter with the object a party
	// (partyAt: a party noun, an outside name, "them" in a turn that names
	// one), for weak advice ("you can", "I'd suggest").
	checkContactParty
	// checkCountedTelling: "the third time" (or "every single person") is
	// a repeated claim when it opens its sentence as "for the third time",
	// or a verb of telling or contacting by the customer stands in its
	// clause ("the fifth time I've rung about this", "I'm on the phone for
	// the fourth time", "I've told every single one of you").
	checkCountedTelling
	// checkCustomerTells: a phrase of explaining ("explained everything")
	// is a repeated claim when the customer is the one who explained
	// (customerTells): not "thanks for explaining it all", not "the lad
	// I spoke to explained everything".
	checkCustomerTells
	// checkChannelAsk: a channel (a DM, a private message, the app, the
	// website) is a stock deflection when its sentence asks the customer
	// to use it: please, an imperative of sending or using, "if you",
	// "could you", "can be requested in", "our DMs are open"
	// (channelAsk).
	checkChannelAsk
	// checkPressAct: a press word is a public threat when the customer
	// acts or means to in its sentence (pressAct).
	checkPressAct
	// checkPublishAct: a word of publishing is a public threat when it is
	// the customer's own act, to a public place (publishAct).
	checkPublishAct
	// checkOthersIntent: a verb of saying or wanting after a person other
	// than the customer (othersIntent).
	checkOthersIntent
	// checkOtherSender: a report of being sent here ("says to contact
	// you") whose sender is not the company's own website, app or letter
	// ("your website says to contact you about a repair").
	checkOtherSender
	// checkPartyNext: a party (partyAt) right after the hit, or the hit
	// is about "them"/"they" in a turn that names one.
	checkPartyNext
	// checkConfirmedLapse: "you confirmed" (it, was) is a broken-promise
	// claim when the turn says it did not happen: a negation after it, or
	// still, nothing, never, wasn't, hasn't (confirmedLapse).
	checkConfirmedLapse
	// checkOrdinalContact: an ordinal (third, 4th) followed by a word of
	// contacting: call, message, e-mail, reply, letter, chat, "time of
	// asking", "time posting this" (ordinalContact).
	checkOrdinalContact
	// checkAgainOpening: "Again:" opening a sentence, the customer
	// restating what they said.
	checkAgainOpening
	// checkNoFurther: "further", "more", "else", "other" is a dead end
	// with a negation before it in its clause and an act of the agent's
	// side in its sentence, not in a condition (noFurther).
	checkNoFurther
	// checkCommitArrival: a verb of arriving after a future ("will
	// arrive", "it'll reach", "you'll see it on") with a time or the
	// customer's account after it; the kind from what arrives, said in
	// the turn before it ("a new card", "I'm refunding this month's fee")
	// or by the account or card it reaches (refund).
	checkCommitArrival
	// checkCommitBooked: "booked" / "rebook" with "for" and a time within
	// six words: a visit (a callback when a call is what is booked), by
	// the agent's side, not reported as past or the customer's own.
	checkCommitBooked
	// checkLeaveAct: a verb of leaving is a churn threat with a
	// first-person subject before it and, after it, nothing, a reason, a
	// time, a condition, elsewhere or a relationship (leaveAct).
	checkLeaveAct
)

// rule is one phrase and what it means. Several rules may share a phrase.
type rule struct {
	phrase    string
	cat       category
	speakers  uint8
	kind      uint8    // promise/escalation/warm kind, topic index; for catSuppress the target's kind (anyKind: all)
	target    category // catSuppress only: the category it suppresses
	weight    float32  // catSupport only: valence on VADER's -4..+4 scale
	negatable bool     // a negation just before it (same clause) cancels it
	atStart   bool     // only at the very start of the turn
	// noQuestion: the hit does not count inside a question ("Would you
	// like me to call you back?", "Have you called the manufacturer?"):
	// a sentence ending in '?' with a clause opened by an auxiliary or a
	// wh-word before the hit.
	noQuestion bool
	// sentence (catSuppress only): the suppressor cancels hits anywhere in
	// its sentence, not only the hits it overlaps ("I was thinking of
	// cancelling my plan but you've changed my mind").
	sentence bool
	// clause (catSuppress only): the suppressor cancels hits anywhere in
	// its clause ("we normally replace it, otherwise it goes for repair").
	clause bool
	check  ruleCheck
}

// apostropheFree returns p without ASCII apostrophes ("won't" -> "wont"),
// or "" when p has none: chat text often drops them, and the phrase
// matcher compares bytes.
//
// Not when the spelling starts with a common word: "well", "hell", "shell"
// ("we'll", "he'll", "she'll") would make "Well, ..." a promise.
func apostropheFree(p string) string {
	if !strings.Contains(p, "'") {
		return ""
	}
	q := strings.ReplaceAll(p, "'", "")
	for _, w := range []string{"well", "hell", "shell"} {
		if q == w || strings.HasPrefix(q, w+" ") {
			return ""
		}
	}
	return q
}

// spellings returns p and its hyphenated spellings: "email" is as often
// "e-mail", "brand new" "brand-new", "follow up" "follow-up" (the matcher
// compares bytes, so each spelling is its own phrase).
func spellings(p string) []string {
	out := []string{p}
	for _, r := range [][2]string{{"email", "e-mail"}, {"brand new", "brand-new"}, {"call back", "call-back"}} {
		if strings.Contains(p, r[0]) {
			out = append(out, strings.ReplaceAll(p, r[0], r[1]))
		}
	}
	return out
}

// buildRules returns every phrase rule the engine matches. The tables are
// plain data so a later matcher (Aho-Corasick) can be built from the same
// list. Every detector phrase with an apostrophe also gets its
// apostrophe-free spelling ("youll need to call").
func buildRules() []rule {
	var rs []rule
	seen := make(map[rule]bool)
	push := func(r rule) {
		if !seen[r] {
			seen[r] = true
			rs = append(rs, r)
		}
	}
	addRule := func(r rule, phrases ...string) {
		for _, p := range phrases {
			for _, v := range spellings(p) {
				r.phrase = v
				push(r)
				if q := apostropheFree(v); q != "" {
					r.phrase = q
					push(r)
				}
			}
		}
	}
	add := func(cat category, speakers uint8, kind uint8, negatable bool, phrases ...string) {
		addRule(rule{cat: cat, speakers: speakers, kind: kind, negatable: negatable}, phrases...)
	}
	suppress := func(target category, kind uint8, phrases ...string) {
		addRule(rule{cat: catSuppress, speakers: spPeople, target: target, kind: kind}, phrases...)
	}
	suppressSentence := func(target category, kind uint8, phrases ...string) {
		addRule(rule{cat: catSuppress, speakers: spPeople, target: target, kind: kind, sentence: true}, phrases...)
	}

	for _, s := range supportPhrases {
		rs = append(rs, rule{phrase: s.phrase, cat: catSupport, speakers: spPeople, weight: s.weight, negatable: true})
	}
	// A fault reported calmly, by its predicate: a service that keeps
	// dropping or has stopped, a screen gone blank, no signal or no hot
	// water, goods arrived torn, money taken twice, a card swallowed. Only
	// the failure flag: no valence (the phrases are not in the support
	// layer, so they do not move the sentiment score): catFault.
	for _, p := range []string{"dropping out", "drops out", "keeps dropping", "cutting out", "keeps cutting out",
		"cuts out", "keeps crashing", "keeps freezing", "keeps rebooting", "keeps restarting", "keeps buffering",
		"keeps getting declined", "keeps declining", "logged me out", "stopped heating", "stopped powering",
		"stopped charging", "stopped loading", "stopped connecting", "gone stripy",
		"gone dead", "is dead", "no signal", "no hot water", "no heating", "no power", "no internet", "no gas",
		"no water", "arrived torn", "with a torn", "arrived damaged", "arrived smashed", "arrived broken",
		"arrived cracked", "charged twice", "charged me twice", "taken twice", "gone out twice", "debited twice",
		"swallowed my card", "has vanished", "have vanished", "disappeared from", "crackling", "bubbling up",
		"won't power on", "won't load", "won't connect", "isn't heating", "not heating", "stuck on",
		"double charged", "overcharged"} {
		rs = append(rs, rule{phrase: p, cat: catFault, speakers: spCustomer, negatable: true})
	}
	// A fault reported fixed is no failure: "the new firmware actually
	// fixed the left one cutting out".
	suppressSentence(catFault, anyKind, "fixed the", "fixed my", "sorted the", "sorted my", "cured the")
	// A failure word inside a name or a bereavement is none: "my late
	// husband's account", "the fraud team", "lost property".
	suppress(catSupport, anyKind, "my late", "late husband", "late wife", "late dad", "late mum", "late father",
		"late mother", "late partner", "late son", "late daughter", "fraud team", "fraud department", "lost property",
		"lost and found")

	// Handoffs: the agent announces a transfer. Offers in questions ("Shall
	// I transfer you?") are not handoffs; the system event that follows an
	// accepted offer is.
	addRule(rule{cat: catHandoff, speakers: spAgent, negatable: true, noQuestion: true},
		"let me transfer you", "i'll transfer you", "i will transfer you", "i can transfer you",
		"going to transfer you", "transfer you to", "transfer you over", "transferring you",
		"transferring this chat", "transfer this chat", "transferring your call", "transfer your call",
		"put you through to", "put you back through", "i'll put you through", "i can put you through",
		"i'll connect you with", "i'll connect you to", "connect you with", "connect you back",
		"let me connect you", "let me get you over to", "get you through to",
		"you'll need to speak to", "you will need to speak to", "i'll pass you to", "pass you over to",
		"pass you back", "passing you over to", "i'll pass you on", "pass this conversation over",
		"pass this chat over", "hand you over to", "handing you over to", "hand you back",
		"send you through to", "send you over to", "redirect you to", "redirecting you to",
		"route you to", "routing you to", "i'll get someone from", "get you over to", "connect you to",
		"pass you on to", "passing you on to", "pass you on", "pass this on to", "passing this on to",
		"pass your call", "put you across to", "send you across to")
	// The agent passes the case on: "I've escalated this to our
	// engineers", "I've passed your case to our Network team". By the
	// project's labelling rule an agent-side escalation to a team is a
	// handoff, not a customer escalation.
	addRule(rule{cat: catHandoff, speakers: spAgent, negatable: true, noQuestion: true},
		"escalate this to", "escalated this to", "escalating this to", "escalate it to", "escalated it to",
		"escalating it to", "escalate your case to", "escalated your case to", "escalated your complaint to",
		"escalate your complaint to", "passed your case to", "pass your case to", "passing your case to",
		"passed your case on to", "passed this to", "passed it to", "passed this on to", "passed it on to",
		"referred your case to", "referred this to", "refer this to", "referring this to", "raised this with our",
		"raised it with our", "raised a ticket with our", "sent your case to", "handed this to", "handed your case to")
	// Bringing a colleague into the conversation: "Bringing in a colleague
	// from Tier 2 now", "I'll bring a mortgage adviser into the chat".
	addRule(rule{cat: catWarm, speakers: spAgent, kind: warmImplies, negatable: true, noQuestion: true},
		"bringing in a colleague", "bring in a colleague", "bringing a colleague in", "bring a colleague in",
		"into the chat with us", "into the call with us", "into the chat", "into the call", "bringing in our",
		"bring in our")
	// Relaying praise is no handoff: "We'll be sure to pass this on to the
	// team", "I'll pass your feedback on". Nor is a transfer the agent says
	// there is no one for ("there isn't anyone higher I can put you
	// through to").
	suppressSentence(catHandoff, anyKind, "be sure to pass", "pass on your feedback", "pass your feedback",
		"pass your comments", "pass on your comments", "pass on your thanks", "pass your thanks",
		"pass on your kind", "pass your kind", "pass this feedback", "pass that feedback", "pass along your",
		"isn't anyone", "isn't anybody", "is no one", "is nobody", "no one else", "nobody else", "no one higher",
		"nobody higher", "no one above", "nobody above", "no one i can", "nobody i can", "no one we can",
		"nobody we can", "not anyone", "not anybody")
	// The case or the customer sent to a team by any verb of sending or
	// raising: hooked on the team noun, the verb and the "to" before it
	// are checked (checkCaseSent): "I'm now passing you to our Special
	// Assistance desk", "I've flagged this to our delivery team", "I've
	// raised your query with the second-line team".
	addRule(rule{cat: catHandoff, speakers: spAgent, noQuestion: true, check: checkCaseSent}, teamNouns...)
	rs = append(rs, rule{phrase: "[transfer*", cat: catSystemHandoff, speakers: spSystem, atStart: true})
	rs = append(rs, rule{phrase: "[warm transfer*", cat: catSystemHandoff, speakers: spSystem, atStart: true})
	rs = append(rs, rule{phrase: "[chat transfer*", cat: catSystemHandoff, speakers: spSystem, atStart: true})
	// "[call transferred]", "[external transfer]": contact-centre logs name
	// the transfer after what is transferred.
	for _, p := range []string{"[call transfer*", "[external transfer*", "[blind transfer*", "[cold transfer*"} {
		rs = append(rs, rule{phrase: p, cat: catSystemHandoff, speakers: spSystem, atStart: true})
	}
	add(catSystemHandoff, spSystem, 0, false, "transferred to", "transferring to", "queue changed",
		"queue change", "routed to", "rerouted to", "re-routed to", "transfer initiated to", "transfer initiated",
		"transferred:", "transferring:", "moved to", "routing to",
		// Any log of a move or a join: "Chat transferred from: Billing",
		// "[xfer -> Broadband Support]", "[consult -> Service Manager]",
		// "[Conversation handed from virtual assistant to live agent]",
		// "[Agent joined: Sam (Tier 2)]", "[Supervisor joined the call]",
		// "[Outbound bridge -> DrainRight Ltd]", "[Chat escalated to
		// supervisor: Nadia]", "[3-way: Mortgage Adviser joined]".
		"transferred from", "transfer:", "xfer", "consult", "handed from", "handed to", "handed over",
		"escalated to", "outbound bridge", "bridge", "3-way", "three-way", "conference", "agent joined",
		"joined the call", "joined the chat", "joined:", "advisor joined", "adviser joined", "supervisor joined",
		"manager joined", "specialist joined")
	// "[chat assigned: Network Team]", "[assigned: FreshBot]": the
	// assignee is the contact's new place, like a queue.
	add(catSystemQueue, spSystem, 0, false, "queue:", "[queue", "queue =", "assigned:", "assigned to", "queue=",
		"routed:", "routing:", "dept:", "department:",
		"now chatting with", "chatting with:", "connected to:", "you are now connected to")
	// A log that marks the return itself: "queue: RETENTIONS (2nd visit)".
	add(catLoop, spSystem, 0, false, "2nd visit", "second visit", "re-queued", "requeued", "returned to queue",
		"back to queue")

	// Warm handoffs. A handoff is warm when, in its turn or the three turns
	// after it, the agent briefs the next party or stays on the line
	// (detect.go). "Please stay on the line" (the customer stays) is not
	// warm: every phrase has the agent as subject.
	addRule(rule{cat: catWarm, speakers: spAgent, kind: warmQualifies, negatable: true, noQuestion: true},
		"i'll stay on the line", "i will stay on the line", "i'll stay on the call", "i will stay on the call",
		"i'll stay on with you", "i'll stay on until", "i'll stay with you until", "i'll stay in the chat",
		"i'll hold on with you", "i'll remain on the line", "i'll stay on the line with you",
		"i'm going to stay on the line", "i'll be staying on the line", "i'll remain on the call",
		"i'll wait on the line with you", "i'll stay on until they pick up", "i'll hand over the details",
		"i'll give them the background", "i've given them the background", "i've given them all the details",
		"i've explained your issue", "i have explained your issue", "i've explained the issue",
		"i've explained the situation", "i have explained the situation", "i've explained everything to",
		"i've explained the problem", "i've briefed", "i have briefed", "i'll brief them", "i'll brief my colleague",
		"i've filled them in", "i've filled my colleague in", "i've passed on your details",
		"i've passed your details", "i've passed all the details", "i've passed on the details",
		"i've passed on all the", "i've shared your details", "i've added all the notes",
		"so you won't have to repeat", "you won't have to repeat", "you won't need to repeat",
		"so you don't have to repeat", "won't have to explain it again", "won't need to explain it again",
		"has filled me in", "have been briefed", "i've been briefed", "has briefed me", "has explained your issue",
		"has explained the situation", "my colleague explained")
	addRule(rule{cat: catWarm, speakers: spAgent, kind: warmImplies, negatable: true, noQuestion: true},
		"let me introduce you", "i'll introduce you", "i will introduce you", "warm transfer",
		"warm handover", "warm hand-off", "warm handoff", "conference them in", "conference in",
		"conference you in", "conference my colleague", "i'll conference", "three-way call",
		"3-way call", "bring them into the call", "bring them onto the call", "bring them on the line",
		"add them to the call", "get them on the line with us", "join us on the line")
	add(catWarm, spSystem, warmImplies, false, "warm transfer", "conference", "consult transfer", "consultative transfer")

	// Cross-company handoffs: the problem is someone else's. Only the
	// agent's words count: a customer reporting where they were sent
	// ("Zephyr says talk to the airport") reports a referral outside the
	// item. A system event may say it too ("[external transfer]").
	add(catCrossCompany, spSystem, 0, false, "external transfer", "transfer to external", "external:",
		"external party", "third party", "third-party")
	cross := rule{cat: catCrossCompany, speakers: spAgent, negatable: true, noQuestion: true}
	// Sending the customer to the manufacturer.
	addRule(cross, "contact the manufacturer", "call the manufacturer", "speak to the manufacturer",
		"go through the manufacturer", "to take that up with", "to take it up with", "to take this up with",
		"better off contacting", "recommend contacting", "suggest contacting", "recommend calling", "suggest calling",
		"try contacting", "try calling", "try getting in touch")
	// Saying whose the work is: a referral unless the agent takes it on
	// in the same turn (crossAttribution, agentTakesOn): "the install is
	// done by Openreach, a separate company, but we manage the booking and
	// I've chased them" sends no one anywhere.
	cross.kind = crossAttribution
	addRule(cross,
		"separate company", "different company", "another company", "not us", "third party", "third-party",
		"manufacturer's responsibility",
		"we're a separate", "we are a separate", "outsourced", "contractor handles",
		"a separate business", "not our company", "nothing to do with us", "not something we handle",
		"not something we deal with", "we don't handle", "we do not handle", "we don't deal with",
		"we do not deal with", "we're not responsible for", "we are not responsible for",
		"a matter for the", "a matter for your",
		"the courier's responsibility", "we don't have access to their system", "we have no access to their",
		"their system not ours", "not our system", "not one of ours", "it's their policy", "we're just the reseller",
		"we're only the reseller", "we're just a reseller", "we're only a reseller", "we only sell",
		"we just sell", "lies with the", "is with the manufacturer", "separate firm", "separate organisation", "separate organization",
		"separate provider", "separate entity", "separate from us", "separate to us", "independent company",
		"different firm", "another firm", "a different organisation", "a different organization", "not part of us",
		// The other party set against the agent's own side: "it's your
		// plumber rather than us", "that sits with the council, not with us".
		"rather than us", "rather than with us", "instead of us", "not with us", "not ourselves")
	// The work is someone else's: "run by Eastline", "operated by
	// Aerolux", "covered by the manufacturer, Gigaset", "our partner
	// Evri", "that's done directly with Worcester Bosch". The hook is the
	// attribution; a company name or a party noun must follow it
	// (checkOrgAfter), so "handled by our team", "covered by your plan" are
	// not referrals.
	cross.check = checkOrgAfter
	addRule(cross, "run by", "operated by", "handled by", "provided by", "managed by", "carried out by", "done by",
		"covered by", "owned by", "made by", "looked after by", "serviced by", "supplied by", "issued by", "held by",
		"processed by", "fulfilled by", "delivered by", "dealt with by", "administered by", "underwritten by",
		"maintained by", "arranged by", "sold by", "shipped by", "dispatched by", "repaired by", "installed by",
		"our partner", "our partners", "partner company", "directly with", "sits with", "rests with",
		// Ownership and the channel the work goes through: "the cabinet
		// belongs to Openreach", "taxis are booked through CabLink", "the
		// return goes through the seller, BrightHome".
		"belongs to", "belong to", "booked through", "goes through", "sold through", "arranged through",
		"handled through", "processed through", "responsibility of", "the job of", "up to the")
	// Sending the customer to "them": "give them a ring", "you'd need to
	// speak to them", "rebook with them": a referral when the agent is not
	// the subject and the turn names the other party (checkThemReferral).
	cross.kind = crossDirect
	cross.check = checkThemReferral
	addRule(cross, "give them a ring", "give them a call", "give them a bell", "ring them", "call them",
		"contact them", "email them", "message them", "reach out to them", "get in touch with them",
		"speak to them", "speak with them", "talk to them", "with them directly", "directly with them",
		"book with them", "rebook with them", "register with them", "claim with them", "arrange it with them",
		"report it to them", "their website", "their support team", "their customer service", "their helpline",
		"their contact details", "their number", "their app", "their chat",
		"in the best position to")
	// Another party recommended as the one to go to: "Garmin support are
	// your best bet", "the retailer is best placed to help"
	// (checkPartySubject), not "TR8314 is your best bet".
	cross.check = checkPartySubject
	addRule(cross, "are your best bet", "is your best bet", "are best placed to", "is best placed to",
		"are the best people to", "is the best place to", "are the ones to", "is the one to", "are the people to")
	// Advice to contact someone: "you'll need to call FixRight", "you'd
	// have to raise that with Apple", "your best bet is to get in touch
	// with ...". Hooked on the modal, the contacting verb after it is
	// checked (checkContactAfter), so that "you'll need to call us back"
	// and "you'll need to restart it" are not referrals.
	cross.check = checkContactAfter
	addRule(cross, "you'll need to", "you will need to", "you'll have to", "you will have to",
		"you'd need to", "you'd have to", "you would need to", "you would have to", "you need to",
		"you'll want to", "you will want to", "you'd want to", "quickest to", "quickest way is to",
		"quickest route is to", "easiest to", "easiest way is to",
		"you have to", "you should", "best to", "best bet is to", "i'd recommend you", "i'd suggest you",
		"i'd advise you to", "you're better off", "you'd be better off", "you might want to", "you may want to",
		"you can try", "please")
	// Weaker advice, with a party checked after the verb
	// (checkContactParty): "you can claim from their insurer", "I'd
	// suggest writing to them", not "you can ring them direct" of a team.
	cross.check = checkContactParty
	addRule(cross,
		// An obligation put on the matter, its party after the verb: "has
		// to be raised with the hotel first", "refunds have to be
		// requested from them directly", "has to go through them".
		"has to be", "have to be", "needs to be", "need to be", "must be", "should be", "has to", "have to",
		"needs to", "must", "you'll", "you will", "you'd",
		"you can", "you could", "i'd suggest", "i'd recommend", "i suggest", "i recommend", "i'd advise",
		"you can also", "you'd be best", "it's best to", "your best option is to")
	// Talking to a party that is never the agent's own company: "speak to
	// your bank", "it's down to the courier". Hooked on the party, the verb
	// before it is checked (checkContactBefore). "Speak to billing" is an
	// internal handoff: speaking verbs count only with these parties.
	cross.check = checkContactBefore
	addRule(cross, "your bank", "the bank", "your card provider", "your card issuer", "the card issuer",
		"the manufacturer", "the retailer", "the seller", "the vendor", "the courier", "the delivery company",
		"the airline", "your airline", "the airport", "your internet provider", "your broadband provider",
		"your provider", "your network provider", "your network", "your carrier", "your insurer", "the insurer",
		"your insurance company", "the insurance company", "your energy supplier", "your supplier",
		"your landlord", "the landlord", "the shop you bought", "the store you bought", "the retailer you bought",
		"where you bought it", "the place you bought", "the hotel", "the booking site", "the travel agent",
		"your travel agent", "the app store", "the developer", "the publisher", "your employer", "the council",
		"your mobile provider", "your phone provider", "the post office", "royal mail", "the dealer",
		"the dealership")
	// Whose matter it is, set between the customer and a party: "it's
	// between you and your insurer, Meridian Health", "that one's for the
	// insurer, Trident Underwriting", "any query goes to them"
	// (checkPartyNext: a party right after).
	addRule(rule{cat: catCrossCompany, speakers: spAgent, kind: crossAttribution, negatable: true, noQuestion: true, check: checkPartyNext},
		"between you and", "one's for", "one is for", "that's for", "goes to", "go to", "is for", "are for",
		"it's them", "it is them", "only they can")
	// "that's a Samsung issue", "it's Vodafone's responsibility": a
	// capitalised owner before issue/problem (checkOrgIssue). Hooked on the
	// article form and on the possessive, not on every "it's".
	for _, p := range []string{"that's a", "that's an", "that is a", "that is an", "it's a", "it's an",
		"it is a", "it is an", "that'd be a", "that'd be an", "sounds like a", "sounds like an",
		"'s issue", "'s problem", "'s fault", "'s responsibility", "'s department", "'s side",
		"'s end", "'s job", "'s remit", "'s policy", "'s system", "'s warranty", "'s guarantee", "'s website",
		"'s helpline", "'s support team", "'s customer service"} {
		addRule(rule{cat: catCrossCompany, speakers: spAgent, kind: crossAttribution, negatable: true, noQuestion: true, check: checkOrgIssue}, p)
	}
	// "You'll need to call us back", "contact us": the caller's own company.
	suppress(catCrossCompany, 0, "call us", "contact us", "ring us", "call me", "contact me", "call back",
		"call you", "contact you", "call in", "call again", "ring back", "to contact our", "to call our",
		"get in touch with us", "third party cookies", "up with my manager", "up with my team",
		"up with my supervisor", "up with the team here")

	// Transfer loops: back to a place already visited (the target check in
	// detect.go catches the same queue named twice; these are the words).
	// Being passed on without coming back ("bounced between three
	// departments", "from pillar to post") is the runaround, but not a
	// loop: the handoff count measures it.
	addRule(rule{cat: catLoop, speakers: spPeople, check: checkBackTo}, "back to", "back through to", "back over to", "back in",
		"back into", "back onto", "back with", "back at")
	// "back to the same tech desk", "reassigned to the same specialist
	// team": a place within three words (checkSamePlace).
	addRule(rule{cat: catLoop, speakers: spPeople, check: checkSamePlace}, "back to the same", "back through to the same",
		"to the same", "through to the same", "with the same")
	// Each side sending the customer to the other: "Courier says contact
	// QuickCart. QuickCart says contact the courier." Two such reports in
	// a customer's turn are a loop (detect.go counts them).
	add(catLoop, spCustomer, loopReferralReport, false, "says contact", "say contact", "says to contact",
		"said to contact", "says call", "says to call", "said to call", "says talk to", "says to talk to",
		"said to talk to", "says speak to", "said to speak to", "says go to", "said to go to", "told me to contact",
		"told me to call", "told me to speak to", "told me to go to", "says it's your", "say it's your",
		"says it's their", "says it's the", "said it's your", "said it's their", "blame each other",
		"blaming each other", "point me to", "points me to", "pointed me to", "referred me to", "sends me to",
		"sent me to",
		// Each side's answer in any words: "Airport says ask SkyJet",
		// "they said it was the line team", "you keep sending me to the
		// seller", "told me to ring you".
		"says ask", "said ask", "say ask", "says to ask", "said to ask", "says ring", "said ring",
		"says to ring", "said to ring", "told me to ring", "told me to ask", "telling me to ring",
		"telling me to speak to", "telling me to contact", "telling me to go to", "telling me to call",
		"keep sending me to", "keeps sending me to", "kept sending me to", "said it was the", "said it's the",
		"says it was the", "said it was your", "said it was their", "says it's yours", "said it's yours",
		"says it's theirs", "said it's theirs", "sent me from")
	// Sent here by the other side: with an agent's referral to another
	// company in the interaction, a loop (detect.go).
	addRule(rule{cat: catLoop, speakers: spCustomer, kind: loopSentHere, check: checkOtherSender}, "gave me your number", "gave me this number",
		"said you handle", "said you deal", "said you'd sort", "said it's you", "said it was you", "said it's yours",
		"told me to come to you", "told me to come back to you", "said to come to you", "told me to come back here",
		"said to come back here", "the ones who told me", "who told me to ring you", "who told me to call you",
		"told me to contact you", "told me to ring you", "told me to call you", "told me to speak to you",
		"said to contact you", "said to ring you", "said to call you", "says to contact you", "says to ring you",
		"sent me to you", "sent me here", "told me to ring this number", "told me to call this number")
	add(catLoop, spPeople, 0, false,
		"transferred back", "sent me back to", "sending me back", "been sent back to",
		"i've been sent back", "round in circles", "around in circles", "going in circles", "in circles",
		"back where i started", "where i started", "just come from", "just came from", "back to square one", "full circle", "sent me to you",
		"they sent me here", "sent me here", "just come from there", "the ones who sent me",
		"already been through to", "i've already been through", "back and forth", "ping-pong", "ping pong",
		"bounced back", "bouncing me back", "passing me back", "passed me back", "transfer you back",
		"transferring you back", "put you back through", "pass you back", "send you back to",
		"connect you back", "hand you back", "sending me round", "sent round in", "same department again",
		"same team again", "same queue again",
		// Round and round in other words: "I am in a time loop", "this is
		// the third lap", "they keep sending me to each other".
		"time loop", "a loop", "in a loop", "third lap", "another lap", "each other", "one another",
		"back and forward", "round and round", "merry-go-round", "merry go round")

	// Dead ends: the agent cannot go further.
	add(catDeadEnd, spAgent, 0, true,
		"nothing more i can do", "nothing else i can do", "not able to do anything", "unable to do anything",
		"can't do anything further", "cannot do anything further", "won't be able to do anything",
		"that's all i can do", "that's all we can do", "all i can do", "nothing else i can offer",
		"nothing more i can offer", "nothing else we can offer", "nothing more we can offer",
		"gone as far as i can", "i can't authorise that", "i can't authorize that", "not authorised to",
		"not authorized to", "neither can anyone", "no one can help", "nobody can help", "no one here can",
		"nobody here can", "nothing more we can do", "nothing else we can do",
		"nothing further i can do", "nothing i can do", "nothing we can do", "as high as you can go",
		"as high as it goes", "as far as i can go", "as far as it goes", "as far as this can go",
		"there's no one above me", "no one above me", "nobody above me", "nobody higher",
		"no one higher", "there isn't anyone else", "there's no one else", "isn't anyone else you can",
		"no one else you can speak to", "nobody else you can speak to", "can't help you further",
		"cannot help you further", "can't help you any further", "unable to help further",
		"unable to help you further", "not able to help you further", "can't do anything more",
		"can't do anything else", "can't do any more", "cannot do anything more", "can't go any higher",
		"can't take this any further", "can't take it any further", "can't escalate it any further",
		"can't escalate this any further", "can't escalate this", "cannot escalate", "unable to escalate",
		"no further escalation", "the most senior person", "i'm the most senior", "final decision",
		"decision is final", "decision is final", "out of my hands", "out of our hands", "my hands are tied",
		"our hands are tied", "hands are tied", "the system won't let me", "system won't allow me",
		"can't override", "cannot override", "unable to override", "computer says no",
		"no way for me to", "not something we can help with", "not something i can help with",
		"there's nothing i can", "i've done all i can", "i've done everything i can", "that's the end of it",
		"i can't promise", "we can't promise", "i cannot promise", "we cannot promise", "isn't anyone higher",
		"isn't anybody higher", "isn't anyone above", "isn't anyone more senior", "no one more senior",
		"nobody more senior", "any further action", "take no further action", "decision stands",
		"final response", "our final position", "won't be looking at", "will not be looking at",
		"won't be reviewing", "will not be reviewing", "won't be reopening", "no further correspondence",
		"won't be able to help", "unable to assist further", "can't assist further", "nothing further",
		"end of the line", "end of the road", "as far as we can go", "as far as we can take")
	// A refusal of something granted to the customer: "I'm unable to offer
	// any compensation", "we can't help with this one", "I'm not allowed to
	// waive the fee" (checkGrantRefusal: a grant verb follows, no "but"
	// alternative, no handoff in the sentence).
	// Nothing further, in any words: a negation, "further" / "more" /
	// "else" / "other", and an act of the agent's side ("There isn't
	// anything else I can offer you", "no further action I can take",
	// "I'm not able to help further", "we won't be taking your claim any
	// further"): checkNoFurther. And the end said outright.
	addRule(rule{cat: catDeadEnd, speakers: spAgent, noQuestion: true, check: checkNoFurther},
		"further", "more", "else", "other")
	add(catDeadEnd, spAgent, 0, false, "the end of what", "my options stop", "as high as this goes",
		"last stop", "decision stands", "decision still stands", "everything within my power", "everything in my power",
		"everything that can be done", "done everything i can", "done all i can", "done all we can", "no workaround",
		"would tell you the same", "tell you exactly the same", "have to say no", "under any circumstances",
		"won't let me", "wont let me", "isn't something i can", "not something i can", "end of the line")
	// A refusal with another way offered in its sentence is no dead end:
	// "I can't waive it outright, but I can log a coverage fault", "so I
	// can't issue a second, but carers can have their own permit".
	suppressSentence(catDeadEnd, anyKind, "but i can", "but we can", "but i could", "but we could", "but i've",
		"what i can do is", "what we can do is", "but carers can", "but you can")
	suppressSentence(catRefusal, anyKind, "but i can", "but we can", "but i could", "but we could",
		"what i can do is", "what we can do is", "but you can")
	addRule(rule{cat: catDeadEnd, speakers: spAgent, negatable: true, noQuestion: true, check: checkGrantRefusal},
		refusalHooks...)
	// "nothing more/else/further I/we can do/offer", every combination.
	for _, adv := range []string{"more", "else", "further"} {
		for _, subj := range []string{"i", "we"} {
			for _, verb := range []string{"do", "offer", "help with"} {
				add(catDeadEnd, spAgent, 0, true, "nothing "+adv+" "+subj+" can "+verb)
			}
		}
	}

	// Policy walls: the rules, not the agent, say no. Each is also a dead
	// end (detect.go sets both).
	add(catPolicy, spAgent, 0, true,
		"used your quota", "used up your quota", "you've used your", "you have used your",
		"doesn't cover", "does not cover", "won't cover", "will not cover", "only covers", "only cover",
		"falls outside", "outside your coverage", "outside of your coverage", "outside your cover",
		"outside of your cover", "past the return window", "past the returns window", "outside the return window",
		"outside the returns window", "return window has", "returns window has", "return period has",
		"returns period has", "return window closed", "beyond the return", "past the 14-day", "past the 28-day",
		"past the 30-day", "past the 60-day", "past the 90-day", "outside the 14-day", "outside the 28-day",
		"outside the 30-day",
		"you've used up your", "you've used all your", "used all of your",
		"exceeded your", "exceeded the limit", "exceeded the maximum", "over the limit",
		"reached the limit", "reached your limit", "limit's been reached", "limit has been reached",
		"reached the maximum", "maximum number of", "only entitled to", "entitled to one",
		"entitled to two", "only allowed one", "only allowed two", "only allow one", "only allow two",
		"one per customer", "policy doesn't allow", "policy does not allow", "policy won't allow",
		"policy doesn't cover", "policy does not cover", "not allowed under", "against our policy",
		"against company policy", "against policy", "our policy is not to",
		"policy says we can't", "not covered by", "not covered under", "isn't covered", "is not covered",
		"aren't covered", "are not covered", "not included in your", "outside the warranty",
		"outside of the warranty", "out of warranty", "outside warranty", "warranty has expired",
		"warranty's expired", "warranty expired", "warranty is void", "warranty's void", "voids the warranty",
		"voided the warranty", "invalidates the warranty", "outside the terms", "outside of the terms",
		"outside the scope of", "not eligible", "isn't eligible", "aren't eligible", "ineligible",
		"no longer eligible", "both have been used", "have all been used", "has been used up",
		"no more visits", "no visits left", "allowance has been used", "used your allowance",
		"past the return window", "outside the return window", "outside the returns window",
		"return period has", "returns period has", "after the cut-off", "past the deadline",
		"non-refundable", "nonrefundable", "non-transferable")
	// A stated policy is the wall: "our policy is to offer a voucher
	// only", "the policy is you have to be within 60 days".
	addRule(rule{cat: catPolicy, speakers: spAgent, negatable: true, check: checkPolicyStated},
		"our policy is", "the policy is", "policy states", "policy says", "it's policy", "company policy is")
	add(catPolicy, spAgent, 0, true,
		"policy requires", "policy excludes", "policy only", "wouldn't qualify", "won't qualify",
		"doesn't qualify", "does not qualify", "don't qualify", "do not qualify", "that's the rule",
		"the rule is", "rules are rules", "doesn't apply to", "does not apply to", "don't apply to",
		"do not apply to", "only applies to", "only apply to", "policy not to", "policy is not to",
		"not allowed to", "not permitted to", "isn't permitted", "aren't permitted", "we're not allowed",
		"we are not allowed", "i'm not allowed", "i am not allowed")
	// Outside a coverage of any length: "outside the 12-month warranty",
	// "past the 28-day return window", "beyond your cover"
	// (checkCoverage).
	addRule(rule{cat: catPolicy, speakers: spAgent, negatable: true, check: checkCoverage}, "outside the", "outside of the",
		"outside your", "outside of your", "past the", "past your", "beyond the", "beyond your", "out of the",
		"expired", "has expired", "have expired", "ran out", "run out", "has ended", "have ended")
	// A transaction refused without a person: "advance tickets can't be
	// refunded", "deliveries can't be changed within 5 days", "the fee
	// won't be waived" (checkImpersonalRefusal).
	addRule(rule{cat: catPolicy, speakers: spAgent, negatable: false, noQuestion: true, check: checkImpersonalRefusal},
		"can't be", "cannot be", "can not be", "won't be", "will not be", "isn't able to be")
	// An entitlement adjective negated: "railcards aren't refundable once
	// activated", "it's not transferable" (checkNegatedHere).
	addRule(rule{cat: catPolicy, speakers: spAgent, noQuestion: true, check: checkNegatedHere},
		"refundable", "returnable", "transferable", "transferrable", "exchangeable", "changeable",
		"cancellable", "cancelable", "amendable", "redeemable", "reimbursable", "claimable")
	// Policy walls by co-occurrence (detect.go): a rule cited and a refusal
	// in one sentence. Either alone says little ("I can't hear you",
	// "delivery is free per order"); together they are the wall:
	// "Refunds can only be issued within 30 days of purchase, so I'm not
	// able to process one", "Under the fair usage policy I'm not able to
	// lift the cap", "only one code can be applied per order – the system
	// won't accept a second".
	ruleCue := rule{cat: catRuleCue, speakers: spAgent, noQuestion: true, kind: cueRule}
	addRule(ruleCue, "policy", "policies", "our terms", "the terms", "terms and conditions", "t&cs",
		"the rules", "the rule", "our rules", "that's the process", "the process is", "our process",
		"only applies", "only apply", "only allows", "only allow", "only provided", "only provide",
		"only available", "only open", "only opens", "can only", "could only", "only deliver", "only be",
		"only one", "only issue", "only offer", "only offers", "only accept", "only accepts", "only do",
		"per order", "per customer", "per household", "per account", "per year", "per booking",
		"in twelve months", "in 12 months", "days of purchase", "days of delivery", "days of receipt",
		"maximum", "the limit", "a limit", "limit of", "limited to", "excludes", "exclude", "excluded",
		"exclusion", "not permitted", "aren't permitted", "isn't permitted", "not allowed", "aren't allowed",
		"isn't allowed", "fair usage", "fair use", "eligible", "eligibility", "once they've", "once it's",
		"once the", "once we've", "once you've", "once it has", "the system won't", "system doesn't allow",
		"i'm authorised to", "i'm authorized to", "more than one", "mandatory", "regulations", "have to follow",
		// Contracts, laws and reasons of safety, and conditions.
		"contractual", "in your contract", "in the contract", "under the contract", "under our terms",
		"data protection", "for safety reasons", "for security reasons", "food safety", "safety reasons",
		"security reasons", "by law", "the law", "legally", "legal requirement", "regulatory", "unless",
		"days of the", "days of your", "hours of the", "weeks of the", "delays over", "delays of over",
		"delays of more than",
		// Rules by other names: a scheme's rules, a statute, a standard
		// liability, a management agreement, security.
		"scheme rules", "charges scheme", "the scheme", "our scheme", "statutory", "standard liability",
		"liability of", "agreement", "for security", "security reasons", "window is", "the most we can",
		"time limit", "deadline for",
		// A rule by its kind of document or measure: fare rules, account
		// terms, an allowance, a limit, a guarantee, a notice period, a
		// section of the policy.
		"rules", "terms", "allowance", "allows", "limit", "limits", "guarantee", "notice period", "section",
		"excluded", "exclusion", "eligible", "permit", "conditions")
	// Limits ("only", "maximum") and quotas ("per account", "once in a
	// 12-month period", "every 30 days"): a limit and a quota in one
	// sentence are a wall without a refusal ("we're only able to offer one
	// credit per account every 30 days", "charges can only be refunded
	// once in a 12-month period").
	ruleCue.kind = cueLimit
	addRule(ruleCue, "maximum", "limited to", "limit of", "up to a maximum", "no more than", "at most")
	ruleCue.check = checkOnlyLimit
	addRule(ruleCue, "only")
	ruleCue.check = checkNone
	ruleCue.kind = cueQuota
	addRule(ruleCue, "per order", "per customer", "per household", "per account", "per year", "per booking",
		"per month", "per week", "per day", "per person", "per visit", "per claim", "per calendar", "per policy",
		"in twelve months", "in 12 months", "once in a", "once every", "once a year", "once per", "twice a year",
		"twice in", "twice per", "one per", "two per", "a year", "every 30 days", "every 12 months",
		"every twelve months", "12-month period", "twelve-month period", "rolling year", "each year",
		"in any 12", "in a 12")
	refusal := rule{cat: catRefusal, speakers: spAgent, noQuestion: true}
	addRule(refusal, "i can't", "we can't", "i cannot", "we cannot", "i'm not able", "we're not able",
		"i am not able", "we are not able", "i'm unable", "we're unable", "i am unable", "we are unable",
		"unable to", "not able to", "can't be", "cannot be", "can't go above", "can't go higher",
		"can't go beyond", "won't accept", "will not accept", "won't let me", "won't allow", "doesn't allow",
		"does not allow", "don't allow", "afraid not", "not yet i'm afraid", "so not yet", "won't be able", "will not be able", "we don't offer", "we do not offer",
		"can't offer", "no longer", "only able to", "only allowed to", "only permitted to", "only authorised to",
		"only authorized to", "nothing i can", "nothing we can", "not to")
	// Not refusals: the agent cannot see, find or hear something.
	suppress(catRefusal, 0, "need not to", "try not to", "how not to", "not to worry", "not to mention", "can't see", "cannot see", "can't find", "cannot find", "can't hear", "cannot hear",
		"can't access", "can't locate", "unable to locate", "unable to find", "unable to see", "can't tell",
		"can't wait", "can't thank", "can't apologise", "can't apologize",
		// A rule that protects the customer: "under back-billing rules we
		// can't charge for energy more than a year old".
		"can't charge", "cannot charge", "can't bill", "cannot bill", "not allowed to charge", "unable to charge",
		"not able to charge", "can't back-bill", "can't backbill")
	// Policy rules are not noQuestion: "That isn't covered, is it?" is
	// still the wall. The negations inside phrases ("isn't covered") are
	// the phrase's own; one before the phrase cancels it ("it's not
	// outside the warranty").
	// A policy wall cancels the promise words in its sentence: "the system
	// won't let me book another visit", "you've used your quota of
	// technician visits".
	for _, r := range rs {
		if r.cat == catPolicy {
			// With the wall's own check: "won't be" suppresses only as
			// "won't be refunded".
			addRule(rule{cat: catSuppress, speakers: spPeople, target: catPromise, kind: anyKind, sentence: true,
				check: r.check}, r.phrase)
		}
	}
	suppressSentence(catPromise, anyKind, "won't let me", "will not let me", "can't book", "cannot book",
		"unable to book", "not able to book", "can't arrange", "unable to arrange", "can't approve")
	suppress(catPolicy, 0, "used your card", "used your email", "used your password", "used your phone",
		"used your address", "used your details", "used your name", "used your account to")

	// Counting contacts: "the third time I've had to explain", but in "you've
	// sent me back to billing again, that's the third time" the count is of
	// the loop, not of a telling (the loop suppresses it in its sentence).
	// The count is of the customer's telling or contacting, said with its
	// verb ("the third time I've explained", "I am writing for the third
	// time") or opening the sentence ("For the third time, ..."); not of a
	// fault or of what was done to them ("third time this week", "the third
	// time the engineer's been out", "the fourth time I've been promised a
	// refund"): checkCountedTelling.
	addRule(rule{cat: catRepeat, speakers: spCustomer, kind: repeatCount, check: checkCountedTelling},
		"third time", "fourth time", "fifth time", "umpteenth time",
		"hundredth time", "sixth time", "seventh time", "3rd time", "4th time", "5th time", "6th time", "nth time")
	// An ordinal contact: "this is my third call", "fourth message asking
	// where my refund is", "my third e-mail on the same matter", "This is
	// my third reply to this thread" (checkOrdinalContact: a word of
	// contacting after the ordinal).
	addRule(rule{cat: catRepeat, speakers: spCustomer, kind: repeatCount, check: checkOrdinalContact},
		"third", "fourth", "fifth", "sixth", "seventh", "3rd", "4th", "5th", "6th", "7th")
	suppressSentence(catRepeat, repeatCount, "sent me back", "sending me back", "sent back", "transferred me",
		"bounced me", "bounced back", "passed me back", "put me back", "transferred back", "back to billing")
	add(catRepeat, spCustomer, 0, false,
		"being asked again", "asking me again", "asked me again", "ask me again",
		"asking the same", "asked the same", "ask me the same", "asking me the same", "asked for it again",
		"as i already explained", "already explained", "as i said", "like i said", "i already said",
		"i already told", "i've already told", "told you already", "again and again",
		"repeat myself", "repeating myself", "i've been over this",
		"been over this already", "over and over", "told the last person", "told your colleague",
		"like i told", "as i told", "as i mentioned", "i already mentioned", "as i've said",
		"i keep telling", "keep having to explain", "keep explaining", "explain it again",
		"explain this again", "explain everything again", "explain it all again", "all over again",
		"start from scratch again", "start all over", "it's all in the notes", "it's in the notes",
		"don't you have notes", "do you not have notes", "same thing again", "different people already", "explained to every", "told everyone", "third person", "fourth person",
		"fifth person", "already given all", "already given you", "already given these", "given all this information",
		"to the last guy", "to the last person", "to the last agent", "told the last agent", "keep having to repeat", "have to repeat", "had to repeat", "no notes", "it all again", "this all again",
		"through it again", "through this again", "through that again", "everything again", "so many times",
		"how many people",
		// Saying it over and over, pointing back at one's own earlier
		// message, asking the agent to read what is already there.
		"i keep saying", "i keep repeating", "i keep giving", "i keep explaining", "keep having to tell",
		"keep having to say", "keep having to give", "i'm having to repeat", "what i wrote", "in my first message",
		"in my last message", "in my previous message", "in my original message", "my first message",
		"read the notes", "read my notes", "check the notes", "look at the notes", "read my messages",
		"read my previous", "read what i",
		// Pointing back at earlier messages: "as per my previous three
		// emails", "see my last email".
		"as per my previous", "as per my last", "as per my earlier", "per my last", "per my previous",
		"see my previous", "see my last", "in my previous emails", "in my last email", "in my emails of")
	// Explaining, by the customer: not thanks for it ("thanks for
	// explaining it all"), not a third person's ("the lad explained
	// everything"): checkCustomerTells.
	addRule(rule{cat: catRepeat, speakers: spCustomer, check: checkCustomerTells}, "explained all this", "explained all of this", "explained all that", "explained everything", "explained that already", "explained this", "explained it", "explaining this", "explaining it all", "explaining everything")
	// Everyone told, with the customer's telling in the clause ("I've
	// given it to every person you've passed me to", "I've told every
	// single person"), not "every single person in my street is going to
	// hear about this" (checkCountedTelling).
	addRule(rule{cat: catRepeat, speakers: spCustomer, check: checkCountedTelling}, "every single one of you", "every one of you", "each one of you", "each of you", "every single person", "so many people", "to every person")
	// "already spoken to": not when it names a party the customer went to
	// on their own ("I've already spoken to Samsung", checkSpokenTo).
	addRule(rule{cat: catRepeat, speakers: spCustomer, check: checkSpokenTo}, "already spoken to", "spoke to already",
		"already spoken with", "already spoke to", "already talked to")
	// The same verb of telling again in another clause: "Told the chat,
	// told the shop, told the phone line" (checkTellAgain).
	addRule(rule{cat: catRepeat, speakers: spCustomer, check: checkTellAgain}, "told", "explained", "said",
		"given", "gave", "repeated", "explaining", "telling", "wrote", "mentioned")
	// A count of tellings: "again", "each time", "three times", "to four
	// people" with a verb of telling near it ("I have to explain the whole
	// fault again", "had to give the meter serial each time", "I've told you
	// lot the meter reading so many times", "I'm going to tell this story
	// one more time"); checkRepeatVerb. Not negatable: "I'm not going
	// through it all again" is the claim.
	addRule(rule{cat: catRepeat, speakers: spCustomer, check: checkRepeatVerb}, "again", "each time",
		"every time", "every single time", "from scratch", "times", "twice", "one more time", "once more",
		"same thing", "staff", "people",
		"agents", "advisors", "advisers", "how many times", "how many more times",
		// "I've said this in every call", "given you the same reading on 3
		// separate calls", "as I wrote earlier", "I explained yesterday".
		"every call", "each call", "every chat", "every single call", "calls", "chats", "occasions",
		"conversations", "managers", "departments", "teams", "emails", "letters", "of you")
	// A time before now, after the customer's own past telling: "as I
	// stated earlier", "I explained yesterday that the photos were
	// uploaded", "I told you this before" (checkToldBefore).
	addRule(rule{cat: catRepeat, speakers: spCustomer, check: checkToldBefore}, "earlier", "before", "yesterday",
		"already", "previously", "last time", "the other day", "this morning", "last week", "last month",
		"the month before", "the week before")
	// Asked again by the agent, or the same conversation had before:
	// "You've literally just asked me that", "You've asked me for my
	// membership number twice now", "I've had this same conversation with
	// five of your staff"; "Again:" restating.
	add(catRepeat, spCustomer, 0, false, "just asked me that", "already asked me that", "asked me that already",
		"asked me that before", "same conversation", "this conversation before", "had this conversation",
		"same thing i told", "same thing i said", "same as i told", "as i told the", "what i told the")
	addRule(rule{cat: catRepeat, speakers: spCustomer, check: checkAgainOpening}, "again")

	// Promises. Questions ("Shall I call you back?") are offers, not
	// promises.
	promise := func(kind uint8, phrases ...string) {
		addRule(rule{cat: catPromise, speakers: spAgent, kind: kind, negatable: true, noQuestion: true}, phrases...)
	}
	promise(promiseCallback, "call you back", "callback", "give you a call", "ring you back",
		"call you tomorrow", "phone you", "give you a ring", "ring you", "call you on")
	// A contact with a future before it: "our specialist will call you at
	// 11am", "I'll DM you the ETA", "they'll ring the number on your
	// account" (checkFuture).
	addRule(rule{cat: catPromise, speakers: spAgent, kind: promiseCallback, negatable: true, noQuestion: true, check: checkFuture},
		"call you", "ring the number", "call the number", "call your mobile", "ring your mobile", "call your landline")
	addRule(rule{cat: catPromise, speakers: spAgent, kind: promiseFollowUp, negatable: true, noQuestion: true, check: checkFuture},
		"dm you", "pm you", "whatsapp you", "inbox you")
	// A booking whose object says what is promised: "I've scheduled a call
	// with our specialist", "I've booked our own engineer for Monday",
	// "I'm booking a new delivery and removal" (checkBookedObject).
	for _, kind := range []uint8{promiseCallback, promiseVisit} {
		addRule(rule{cat: catPromise, speakers: spAgent, kind: kind, negatable: true, noQuestion: true, check: checkBookedObject},
			"booked", "book", "booking", "rebooked", "rebook", "rebooking", "scheduled", "schedule", "scheduling",
			"rescheduled", "reschedule", "arranged", "arrange", "arranging", "organised", "organized", "organise",
			"organize", "set up", "lined up", "requested", "put in a request", "raised a request")
	}
	// A worker who comes: "Our installer will come to fit the hob on
	// Monday" (checkWorkerComes).
	addRule(rule{cat: catPromise, speakers: spAgent, kind: promiseVisit, negatable: true, noQuestion: true, check: checkWorkerComes},
		"will come", "'ll come", "will visit", "'ll visit", "will attend", "'ll attend", "will be with you",
		"'ll be with you", "will pop", "'ll pop", "will be round", "'ll be round", "will call round",
		"will be out", "'ll be out", "is coming", "are coming", "will fit", "'ll fit", "will install",
		"'ll install", "will be there", "'ll be there", "will arrive", "'ll arrive", "is booked", "are booked",
		"is scheduled", "are scheduled")
	// Sending by what is sent: a document is a follow-up, something new a
	// replacement, an engineer a visit ("I'll send the revised itinerary",
	// "I'll send the blue one out today"; checkSentObject).
	for _, kind := range []uint8{promiseFollowUp, promiseReplacement, promiseVisit} {
		addRule(rule{cat: catPromise, speakers: spAgent, kind: kind, negatable: true, noQuestion: true, check: checkSentObject},
			"i'll send", "we'll send", "i will send", "we will send", "i'm sending", "we're sending",
			"i'll be sending", "we'll be sending", "i'll email", "we'll email", "i'll forward", "we'll forward",
			"i'll post", "we'll post", "i'll text", "we'll text", "i'll pop", "we'll pop", "i'll get", "we'll get",
			"i'm going to send", "we're going to send", "will be sent", "will be posted", "will be emailed",
			"'ll be sent", "'ll be posted")
	}
	// Commitments read by what they deliver (detect_commit.go): the
	// agent's act with its object, the customer's outcome, a passive
	// future. One rule per kind on each hook; the check keeps the kind
	// the words say.
	for kind := uint8(0); kind < numPromiseKinds; kind++ {
		commit := rule{cat: catPromise, speakers: spAgent, kind: kind, negatable: true, noQuestion: true}
		commit.check = checkCommitAction
		addRule(commit, "i'll", "we'll", "i will", "we will", "i'm going to", "we're going to", "i am going to",
			"we are going to", "let me")
		commit.check = checkCommitOutcome
		addRule(commit, "you'll get", "you will get", "you'll receive", "you will receive", "you'll have",
			"you will have", "you'll see", "you will see", "you'll hear", "you will hear", "you should get",
			"you should receive", "you should see", "you should hear", "you'll also get", "you'll also receive",
			"you'll then get", "you'll then receive", "you'll be getting", "you'll be receiving",
			"you're going to get", "you are going to get", "you're getting", "you'll also have")
		commit.check = checkCommitPassive
		addRule(commit, "will be", "it'll be", "they'll be", "that'll be", "you'll be", "should be",
			"will then be", "will also be", "is being", "are being")
		// What arrives, and when or where: "a new card will arrive in 4
		// days", "it'll reach your card in 3 to 5 working days", "you'll
		// see it on your card", "a crew will attend today"
		// (checkCommitArrival).
		commit.check = checkCommitArrival
		addRule(commit, "arrive", "reach", "land", "attend", "be with you", "be in your account", "be back in",
			"be back on", "show on", "show in", "see it on", "see it in", "goes out", "go out", "be there")
		// Booked for a time: "I've booked the meter exchange for 14 May",
		// "I can rebook for Saturday morning", "the installation is now
		// booked for the 19th" (checkCommitBooked).
		commit.check = checkCommitBooked
		addRule(commit, "booked", "rebooked", "rebook", "book", "scheduled", "rescheduled")
	}
	promise(promiseVisit, "technician", "engineer will visit", "engineer to visit", "engineer will be",
		"an engineer", "engineer to come", "engineer will come", "engineer out", "engineer visit",
		"engineer appointment", "book an engineer", "arrange an engineer", "arrange for an engineer",
		"field engineer", "send someone out", "send an engineer", "visit", "come out to you",
		"someone will be there", "home visit", "on-site repair")
	promise(promiseRefund, "refund", "refunded", "reimburse*", "money back", "credit your account",
		"credit it back", "credit back", "credit the", "full credit", "back to your account", "back to your card",
		"back on your card", "back into your account", "back onto your card", "back to your original")
	promise(promiseReplacement, "replacement", "replace the", "replace it", "send you a new",
		"swap it for a new", "new one sent", "brand new", "like-for-like", "swap it", "swap it over", "swap it out",
		"exchange it", "get a new", "send a new", "send out a new", "sending a new", "send you out a new",
		"new one out", "get you a new")
	promise(promiseFollowUp, "follow up", "follow-up", "followup", "email you", "send you an email",
		"drop you an email", "drop you a line", "drop you a message", "send you the details", "message you",
		"text you", "reach out to you", "we'll reach out", "will reach out", "be in contact", "we'll contact you",
		"i'll contact you", "someone will contact you", "will contact you", "chase this up", "chase it up",
		"get back to you", "come back to you", "be in touch", "i'll update you", "we'll update you", "keep you updated",
		"keep you posted", "i'll let you know", "we'll let you know", "send you a summary", "write to you",
		"drop you a", "send you a message", "send you a secure message", "send you a text", "send you a letter",
		"send you an update", "send you written",
		"you'll get a letter", "you'll get an email", "you'll get a message",
		"you'll get written", "you'll get an update",
		"you'll receive a letter", "you'll receive an email", "you'll receive a message",
		"you'll receive written",
		"you will receive a letter", "you will receive an email",
		"put that in writing", "put it in writing", "put this in writing", "confirm in writing",
		"confirm that in writing", "confirm this in writing", "reply to you", "respond to you", "will reply",
		"will respond", "we'll reply", "we'll respond", "send it across", "send it over", "send that over",
		"send that across", "send them over", "send those over", "send it through", "send that through")
	promise(promiseVisit, "rebooked him", "rebooked her", "rebooked the engineer", "rebooked the technician",
		"rebooked the visit", "rebooked your engineer", "booked him in", "booked her in", "rebook the engineer",
		"rebook the visit")
	suppress(catPromise, promiseVisit, "visit our", "visit the website", "visit www", "your visit",
		"your last visit", "last visit", "visit us at", "visiting our", "visit the store", "visit a store",
		"visit your local", "visit the link", "visit the page", "visit the site", "visit the help")
	suppress(catPromise, promiseRefund, "non-refundable", "no refund", "refund policy", "refundable")
	suppress(catPromise, promiseCallback, "callback number", "call back on this number")
	// How things usually go is no commitment: "if a fault is confirmed we
	// normally replace it", "anything cancelled before dispatch is refunded
	// automatically" (the hit's clause).
	addRule(rule{cat: catSuppress, speakers: spPeople, target: catPromise, kind: anyKind, clause: true},
		"normally", "usually", "typically", "generally", "automatically", "as a rule", "in general", "tend to")
	suppress(catPromise, promiseReplacement, "brand new customer", "replacement cost")
	// The customer's own errand, not the agent's: "please visit
	// skyjet.com/disruption", "you can book an engineer with them online".
	suppress(catPromise, promiseVisit, "please visit", "you can visit", "you could visit", "can also visit",
		"just visit", "simply visit", "free to visit", "or visit", "visit us", "visiting us")
	addRule(rule{cat: catSuppress, speakers: spPeople, target: catPromise, kind: anyKind, clause: true},
		"you can book", "you could book", "you can arrange", "you can request", "you can order",
		"you can schedule", "you'll need to book", "you need to book", "you'd need to book", "you can also book",
		// A price or a condition of the rules, not a commitment: "a third
		// visit would be chargeable", "we'd only be able to refund it if
		// it was faulty".
		"chargeable", "would cost", "would be charged", "would be payable", "for a fee", "there'd be a charge",
		"only be able to", "we'd only", "we would only", "could only",
		// Not waiting for the promise: "let me look now rather than wait
		// for the callback".
		"rather than wait", "instead of waiting")
	// A refund in the past, or refunds in general: "we refunded one in
	// February", "refunds can take up to 10 days", "your refund is taking
	// longer than expected".
	suppress(catPromise, promiseRefund, "we refunded", "i refunded", "you refunded", "was refunded",
		"were refunded", "already refunded", "previously refunded", "refund is taking", "refund has taken",
		"refund was", "refunds can", "refunds take", "refunds are", "refunds usually", "refunds normally",
		"refunds typically", "refunds may", "refund can take", "refund may take", "refund usually takes",
		// Looked at, not given: "I'll check the refund status".
		"refund status", "status of your refund", "status of the refund", "check the refund", "check your refund",
		"check on the refund", "check on your refund", "look into the refund", "look into your refund",
		"looking into the refund", "looking into your refund", "track your refund", "track the refund")

	add(catBroken, spCustomer, 0, false,
		"you promised", "was promised", "were promised", "promised me", "promised a", "promised to",
		"nobody called", "no one called", "never called", "nobody has called", "no one has called",
		"nobody ever called", "no one ever called", "never heard back", "heard nothing", "never rang",
		"never got a call", "never got back", "said you'd call", "said they'd call", "said you would call", "supposed to call",
		"supposed to come", "was meant to get", "was meant to receive", "was meant to have", "meant to call me",
		"meant to ring me", "were meant to call", "supposed to get", "supposed to have", "no-show", "no show",
		"never materialised", "never materialized", "still hasn't been", "yet to hear", "i've heard nothing", "haven't heard back",
		"haven't had a call", "no callback", "no call back", "supposed to ring", "supposed to be here", "supposed to arrive",
		"told me someone would", "like they said they would",
		"like you said you would", "nobody followed up", "no one followed up",
		"never followed up", "no follow-up", "still no refund", "there's no refund",
		"there is no refund", "no sign of the", "no sign of my", "promised", "didn't call",
		"didn't ring", "never called back", "never rang back", "nobody's called", "no one's called", "nobody came back",
		"no one came back", "never came back", "nobody's got back", "no one's got back", "someone was supposed to",
		"somebody was supposed to", "you were supposed to", "they were supposed to", "he was supposed to",
		"she was supposed to", "it was supposed to", "someone was meant to", "somebody was meant to",
		"you were meant to", "they were meant to", "he was meant to", "she was meant to", "it was meant to",
		"supposed to email", "supposed to send", "supposed to text", "supposed to deliver", "supposed to be delivered",
		"supposed to be sent", "supposed to be refunded", "supposed to fix")
	// Turning up is only ever expected: "nobody turned up" says a visit
	// was booked.
	add(catBroken, spCustomer, 0, false, "never turned up", "nobody turned up", "no one turned up", "didn't turn up", "hasn't turned up", "haven't turned up", "still hasn't turned up")
	// Something that did not come or arrive, without a word of the promise:
	// a broken promise only when the turn says it was promised or booked,
	// or an agent promised it earlier (checkNotKept's scope, detect.go):
	// "my bag didn't arrive in Glasgow" is a failure, not a claim.
	addRule(rule{cat: catBroken, speakers: spCustomer, check: checkPromiseShown}, "nobody ever sent", "no one ever sent", "never sent", "nobody sent", "no one sent", "never been sent", "never showed", "nobody showed", "no one showed", "didn't show up", "nobody has come", "no one has come", "nobody came", "no one came", "nobody's come", "no one's come", "nobody's been", "no one's been", "never happened", "didn't happen", "still haven't received", "still haven't had", "never received", "never got", "never arrived", "never shipped", "still waiting for", "still waiting on", "still hasn't arrived", "still hasn't come", "yet to receive", "nothing arrived", "didn't come", "did not come", "didn't arrive", "did not arrive", "hasn't come", "hasn't arrived", "has not arrived", "haven't arrived", "nothing has arrived", "nothing's arrived", "nothing has come", "neither has arrived", "neither have arrived", "neither arrived", "none of it has arrived", "never came", "still nothing", "nothing's come through", "nothing has come through", "still no sign")
	// The promise quoted back: '"You'll have your refund in 7 days" – 7
	// weeks ago', '"We'll be in touch within 10 working days". Day 34'
	// (checkQuotedPromise: a future inside a quotation).
	addRule(rule{cat: catBroken, speakers: spCustomer, check: checkQuotedPromise}, "we'll", "you'll", "we will",
		"you will", "will be", "would be", "it'll", "they'll", "someone will", "we are going to", "we're going to")
	// "<someone> said ... would": "the engineer said he'd be back the next
	// day", "your claims handler said the payment would go out this week";
	// not "I said I'd call back", "it said pending" (checkReportedPromise).
	addRule(rule{cat: catBroken, speakers: spCustomer, check: checkReportedPromise}, "said")
	// "The branch told me a letter would be sent", "I've been told someone
	// will call me back", "got an email saying it would be paid": a modal
	// future for the customer in the report (checkReportedFuture).
	addRule(rule{cat: catBroken, speakers: spCustomer, check: checkReportedFuture}, "told me", "told us", "saying",
		"been told", "been assured", "been guaranteed")
	// "I was told ..." / "they said ..." report a promise only with a
	// future in them ("I was told someone would ring me back"): checkToldWould.
	for _, p := range []string{"i was told", "we were told", "they told me", "you told me", "they said", "you said", "she said", "he said", "your colleague said", "your colleague swore", "i was assured", "they assured me", "you assured me", "been promised"} {
		addRule(rule{cat: catBroken, speakers: spCustomer, check: checkToldWould}, p)
	}
	// "Was told 5 days", "keep getting told somebody will call": the
	// report without its subject, or in the progressive.
	for _, p := range []string{"was told", "were told", "getting told", "get told", "being told", "got told"} {
		addRule(rule{cat: catBroken, speakers: spCustomer, check: checkToldWould}, p)
	}
	// "the mortgage team say they'd call me back": the present report.
	addRule(rule{cat: catBroken, speakers: spCustomer, check: checkSayWould}, "say", "says")
	// A visit or a call that did not come, by its verb: "openreach havent
	// come", "zero turned up", "not one has rung" (checkNotKept).
	addRule(rule{cat: catBroken, speakers: spCustomer, check: checkNotKept}, "come", "came", "arrived",
		"turned up", "turn up", "shown up", "showed up", "show up", "rung", "rang", "phoned", "called",
		"got back", "gotten back", "been in touch", "heard back", "delivered", "refunded", "sent", "emailed",
		"texted", "shown", "showed", "materialised", "materialized", "happened", "returned my call", "met", "refunded")
	// Counted failures: "three no-shows".
	add(catBroken, spCustomer, 0, false, "no-shows", "no shows")
	// The promise heard again: "They said that last week", "heard that
	// one before" (checkSaidBefore; detect.go wants an earlier promise).
	addRule(rule{cat: catBroken, speakers: spCustomer, check: checkSaidBefore}, "said that", "said the same",
		"heard that", "heard it", "heard this", "heard the same", "what you said", "what they said", "said this")
	suppress(catBroken, 0, "promised myself", "i promised", "we promised", "i've promised", "promised my son",
		"promised my daughter", "promised my wife", "promised my husband", "promised my partner", "promised my kids",
		"promised my children", "promised my family", "promised my mum", "promised my dad", "promised my boss",
		"promised my customer", "promised my customers", "promised my friend", "promised my friends",
		"promised my client", "promised my clients")
	// Promised, sworn, guaranteed or confirmed by the company, with a
	// future or a time in the report: "your agent swore blind the boiler
	// would be fixed by Friday", "you guaranteed installation by the 5th",
	// "you are promising me the money back in 10 days".
	for _, p := range []string{"swore", "swore blind", "guaranteed", "you confirmed", "they confirmed", "assured me",
		"promising me", "promising"} {
		addRule(rule{cat: catBroken, speakers: spCustomer, check: checkToldWould}, p)
	}
	// Confirmed and then not done: "You confirmed it on the 2nd.
	// Nothing.", "the courtesy car you confirmed wasn't there" (a lapse in
	// the turn: checkConfirmedLapse).
	addRule(rule{cat: catBroken, speakers: spCustomer, check: checkConfirmedLapse}, "you confirmed", "confirmed it",
		"confirmed it was", "you confirmed was", "came and went")
	// A promise kept cancels the claim in its sentence: "refund came
	// through as promised", "you promised a callback and Jen did ring",
	// "promised a callback within 24h, got it in 20 mins". The cues are
	// negatable ("never came through", "nobody turned up" keep the claim).
	// A customer checking the promise still stands is no claim either:
	// "someone said they'd call me back, is that still happening today?".
	addRule(rule{cat: catSuppress, speakers: spPeople, target: catBroken, kind: anyKind, sentence: true, negatable: true},
		"as promised", "came through", "did ring", "did call", "did phone", "did come",
		"did arrive", "got it", "it's sorted",
		"all sorted", "got it sorted", "kept their word", "kept your word", "kept his word", "kept her word",
		"called me back", "rang me back", "on time", "still happening", "still going ahead", "still on for",
		"is that still on", "is this still on", "is it still on", "still booked", "rang back", "called back",
		"phoned back", "got back to me", "came back to me",
		// Kept, in any words: "the refund you promised arrived today",
		// "and it was", "it's there on my bill", "came exactly when you
		// said it would".
		"arrived today", "arrived this morning", "arrived yesterday", "landed", "and it was", "it's there",
		"came exactly", "bang on time", "right on time", "as you said")
	// Turning up is keeping it unless what follows says not: "he turned
	// up without the part", "showed up a day late" (checkKeptCue).
	addRule(rule{cat: catSuppress, speakers: spPeople, target: catBroken, kind: anyKind, sentence: true, negatable: true, check: checkKeptCue},
		"did turn up", "did show up", "turned up", "showed up")
	// "the last guy said he'd call back – he did": kept, unless a negation
	// follows ("he did not", checkNotNegatedAfter).
	addRule(rule{cat: catSuppress, speakers: spPeople, target: catBroken, kind: anyKind, sentence: true, check: checkNotNegatedAfter},
		"he did", "she did", "they did", "you did", "and did", "it did")

	esc := func(kind uint8, phrases ...string) {
		add(catEscalation, spCustomer, kind, true, phrases...)
	}
	esc(escSupervisor, "supervisor*", "manager*", "speak to someone senior", "someone more senior",
		"escalat*", "team leader", "someone senior", "someone above you", "anyone above you", "someone in charge",
		"person in charge", "your boss", "someone higher", "higher up", "head of customer",
		"head of department", "senior member of staff", "whoever is in charge", "whoever's in charge",
		"who's in charge", "someone in authority", "someone with authority", "make a decision",
		"higher authority", "next level")
	esc(escComplaint, "formal complaint", "file a complaint", "lodge a complaint", "make a complaint",
		"raise a complaint", "official complaint", "written complaint", "register a complaint",
		"log a complaint", "as a complaint", "put in a complaint", "putting in a complaint",
		"complaints department", "complaints procedure", "complaints process", "complaints team",
		"i want to complain", "i'd like to complain", "i wish to complain", "complain to")
	// Going public: any public channel, the press, or reviews.
	esc(escPublic, "blog", "blogging", "twitter", "tweet*", "post on x", "post it on x", "post this on x", "posting on x", "posting this on x",
		"put this on x", "put it on x", "putting this on x", "share on x", "sharing on x", "all over x", "x.com",
		"twitter/x", "x/twitter", "facebook",
		"instagram", "tiktok", "tik tok", "reddit", "youtube", "linkedin", "trustpilot", "yelp",
		"google review*", "review site*", "post this on", "post this online", "posting this on",
		"posting this online", "post about this", "posting about this", "post it online", "posting it online",
		"write about this", "writing about this", "writing this all up", "writing this up",
		"the press", "go public", "going public", "make this public", "social media", "leave a review",
		"leaving a review", "write a review", "writing a review", "post a review", "leave reviews",
		"leaving reviews", "reviews everywhere", "review everywhere", "reviews incoming", "bad review*",
		"negative review*", "scathing review*", "terrible review*", "awful review*", "honest review*",
		"one-star", "one star", "1-star", "1 star", "zero stars", "no stars", "reporter*", "journalist*",
		"newspaper*", "the papers", "viral", "the media", "the news", "watchdog", "tell everyone",
		"everyone's going to hear", "everyone will hear", "everyone should know", "let everyone know",
		"warn others", "warn people", "warn everyone", "please share", "share this", "thread below",
		// The press by name, local and consumer desks, forums and groups,
		// one's own audience.
		"local paper", "local papers", "local news", "the bbc", "daily mail", "the guardian", "the telegraph",
		"consumer desk", "consumer column", "money column", "consumer programme",
		"moneysavingexpert", "money saving expert", "mse", "fb", "fb group", "whatsapp group",
		"community group", "local group", "facebook group", "nextdoor", "mumsnet", "in a thread", "a thread",
		"my followers", "my viewers", "my subscribers", "my audience", "my channel", "k followers",
		"k subscribers", "will know about this", "everyone knows", "everybody knows", "making sure every",
		"retweet*", "rt if", "please rt", "share if", "spread the word", "this gets more attention",
		"this gets some attention", "get this more attention", "see if this gets", "boost this",
		"make sure every", "make sure everyone", "making sure everyone", "telling everyone", "telling people",
		// In public, on air, in a write-up, to a consumer champion.
		"publicly", "in public", "local radio", "the radio", "on the radio", "on air", "phone-in", "phone in show",
		"on medium", "substack", "post-mortem", "write-up", "martin lewis", "rip off britain", "consumer champion",
		"sharing this experience", "share this experience", "be telling them", "be sharing this", "community of")
	// "drafting the review", "writing a very detailed review": a review
	// with a verb of writing or posting before it (checkReviewVerb).
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escPublic, negatable: true, check: checkReviewVerb},
		"review", "reviews", "forum", "forums")
	// A subreddit where the post goes: "going on r/CasualUK", "posting it
	// to r/assholedesign" (checkPostedOn: a preposition or a verb of
	// posting before it).
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escPublic, negatable: true, check: checkPostedOn}, "r/*")
	// "my viewers are going to hear about it": an audience must be the
	// subject (checkAudience); "Trading standards will hear about this" is
	// a regulator (legal), not going public.
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escPublic, negatable: true, check: checkAudience},
		"are going to hear about", "is going to hear about", "will hear about this", "will hear about it",
		"going to hear about this", "going to hear about it", "will be hearing about", "will know", "will hear",
		"is going to know", "are going to know", "going to know", "gonna know", "will find out", "will be told")
	// The press by its role or by a paper's name, with the customer's
	// act or intent in the sentence: "Tagging the Evening Courier",
	// "I've already emailed the newsdesk", "the Gazette are coming round",
	// "Papers are next", "the story's with the Argus" (checkPressAct;
	// a paper's name must be capitalised: "the Herald", not "the post").
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escPublic, negatable: true, check: checkPressAct},
		"paper", "papers", "press", "newsdesk", "news desk", "tv station", "local tv", "rag", "gazette",
		"herald", "courier", "argus", "echo", "chronicle", "standard", "times", "mail", "sentinel", "express",
		"mirror", "evening", "money page", "money desk", "newsroom")
	// Publishing it oneself: "Footage is going up everywhere tonight",
	// "I'll be posting this every day", "putting it online", "I've
	// started a petition", "I'll be standing outside with a sign"
	// (checkPublishAct: the customer's own act, to a public place).
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escPublic, negatable: true, check: checkPublishAct},
		"posting", "post", "posts", "put it online", "putting it online", "online", "everywhere", "petition",
		"with a sign", "filming", "video", "every forum", "screenshotting", "for everyone to see",
		"whole street", "whole estate", "everyone i know", "every single person i know", "everybody i know")
	// Someone else's intention is not the customer's threat: "my
	// neighbour says she's going to post about it", "my son wants me to
	// tweet", "my friend said she had to go to the papers"
	// (checkOthersIntent).
	addRule(rule{cat: catSuppress, speakers: spCustomer, target: catEscalation, kind: escPublic, sentence: true, check: checkOthersIntent},
		"says", "said", "wants", "wanted", "threatened", "reckons", "thinks", "told me to", "is going to", "was going to")
	// One's own audience, counted: "my 12k followers", "our 40,000
	// subscribers" (checkOwnAudience).
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escPublic, negatable: true, check: checkOwnAudience},
		"followers", "subscribers", "viewers", "readers", "listeners")
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escLegal, negatable: true, check: checkNotName}, "sue")
	esc(escLegal, "lawyer*", "attorney*", "solicitor*", "suing", "lawsuit", "class action",
		"legal action", "take legal", "legal advice", "legal proceedings", "small claims", "regulator*",
		"trading standards", "ombudsman", "bbb", "better business bureau", "consumer protection",
		"consumer law", "consumer rights", "breach of contract", "to court", "in court",
		"report you to", "reporting you to", "ofcom", "ofgem", "ofwat", "the fca", "the cma", "the ftc",
		"the fcc", "cfpb", "attorney general",
		// Dispute schemes after a complaint has run its course.
		"deadlock letter", "deadlock", "cisas", "adjudicator", "arbitration", "dispute resolution", "adr scheme",
		"citizens advice", "section 75",
		// Elected representatives: "I'm writing to my MP", "I want my MP
		// involved".
		"my mp", "local mp", "my councillor", "my local councillor", "my congressman", "my congresswoman",
		"my senator", "my representative")
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escCancel, negatable: true, check: checkChurnObject},
		"want to cancel", "like to cancel", "wish to cancel", "going to cancel", "gonna cancel",
		"moving my", "move my", "switching my", "switch my", "taking my", "take my",
		"cancel my", "cancelling my", "canceling my", "cancel the", "cancelling the", "canceling the",
		"cancel our", "cancelling our", "terminate my", "terminating my", "end my", "cancelling", "canceling")
	// The last purchase, never again: "this is the last order I'm placing
	// with you", "never ordering from you again", "won't be flying with you
	// again" (checkPatronage: a verb of buying or using follows).
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escCancel, check: checkPatronage},
		"the last order", "my last order with", "the last time i", "last time i'm", "last time i'll", "never",
		"won't be", "will not be", "won't ever", "not going to be", "i'm done", "we're done")
	esc(escCancel, "close my account", "closing my account", "switching to another", "switch to another",
		"switching to a different", "switch to a different", "switching provider*", "switch provider*", "take my business", "taking my business", "cancel everything",
		"cancelling everything", "canceling everything", "cancel it all", "leave you for",
		"leaving you for", "i'm leaving you", "done with you", "never buy from you again",
		"never use you again", "never shop with you again", "leaving for another", "leave for another",
		"move to another provider", "moving to another provider", "switch to a competitor", "to your competitor",
		"to a competitor", "won't be renewing", "not renewing",
		"cancel my account", "port my number", "find another provider", "go elsewhere", "going elsewhere",
		"porting my number", "porting out", "port out", "pac code", "stac code", "my pac", "the pac",
		// Every account, a customer lost, taking the money away: "close
		// every account I have with you", "you've lost a customer".
		"close every account", "close all my accounts", "close all of my accounts", "closing all my accounts",
		"close all my", "closing all my", "close my accounts", "closing my accounts", "lost a customer",
		"lost my custom", "lost my business", "lost our business", "lost a loyal customer")
	// "Moving to literally anyone else", "switching to a different
	// provider": a churn verb with a competitor after it
	// (checkChurnTarget); "I'm switching, I've had enough" (checkChurnBare).
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escCancel, negatable: true, check: checkChurnTarget},
		"moving to", "move to", "switching to", "switch to", "going with", "go with", "going over to",
		"moving over to", "switching over to", "leaving for", "leave for")
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escCancel, negatable: true, check: checkChurnBare},
		"i'm switching", "i am switching", "we're switching", "we are switching", "i'll be switching",
		"i'm leaving", "we're leaving")
	// Leaving in any words, the customer's own act: "I'm leaving because
	// the coverage is hopeless", "I want to leave", "I'm calling to
	// cancel", "I'm off to another supplier", "I'm out the moment my
	// contract ends", "then I'm taking my number elsewhere" (checkLeaveAct:
	// a first-person subject, and after it nothing, a reason, a time, a
	// condition or elsewhere; not "leave a review", "switch it off").
	addRule(rule{cat: catEscalation, speakers: spCustomer, kind: escCancel, negatable: true, check: checkLeaveAct},
		"leave", "leaving", "cancel", "cancelling", "canceling", "switch", "switching", "off to", "out the moment",
		"ending the", "taking my number", "take my number", "moving my number", "move my number", "deleting the app",
		"delete the app", "to leave you", "closing it")
	// Cancelling for a reason in the customer's life is no threat: "I've
	// sold the car so I need to cancel the insurance", "my late dad's
	// broadband".
	suppressSentence(catEscalation, escCancel, "sold the", "i've sold", "we've sold", "moving house",
		"moving abroad", "moving out", "passed away", "late husband", "late wife", "late dad", "late mum",
		"late father", "late mother", "late partner", "no longer need", "don't need it any more",
		"don't need it anymore", "been great", "been brilliant", "by mistake")
	suppress(catEscalation, escSupervisor, "my supervisor", "our supervisor", "my boss", "our manager", "our boss",
		"my team leader", "our team leader", "my manager", "account manager", "store manager said",
		"manager of", "my line manager", "manager at work", "password manager", "escalator", "dedicated manager",
		"relationship manager", "things escalated", "escalated quickly", "that escalated", "it escalated",
		// Managers of something else, and a manager reported, not asked
		// for: "three different property managers", "I was told a
		// supervisor will call me back".
		"property manager", "property managers", "site manager", "project manager", "branch manager said",
		"supervisor will", "supervisor would", "manager will", "manager would", "supervisor was going",
		"manager was going", "supervisor said", "manager said", "supervisor called", "manager called",
		"supervisor rang", "manager rang")
	// Legal words about a legal process, not a threat: "the solicitor's
	// letter for the probate", "the solicitor you put me in touch with".
	suppress(catEscalation, escLegal, "the solicitor", "the lawyer", "the attorney", "your solicitor",
		"your lawyer", "legal cover", "legal expenses", "legal protection")
	suppressSentence(catEscalation, escLegal, "probate", "conveyancing", "power of attorney", "executor")
	suppress(catEscalation, escPublic, "under review", "review my", "reviewing", "good review*",
		"great review*", "positive review*", "glowing review*", "on the news that", "share this with",
		"x-ray", "blog post said", "saw on twitter", "saw on facebook", "saw on reddit", "read on reddit",
		"on your facebook page", "read the reviews", "reviews said", "your blog", "the blog said", "your forum",
		"your community", "the forum said")
	suppressSentence(catEscalation, escPublic, "contacted you on", "messaged you on", "dm'd you on",
		"dmed you", "saw on", "saw it on", "read on", "found you on", "reached out on", "via twitter",
		"contact you on", "contact you via", "reach you on", "message you on", "dm you on", "quicker to contact",
		"easier to contact", "best way to contact", "rang me about", "called me about", "contacted me about",
		"via facebook", "your twitter", "your facebook", "your instagram")
	// Abandoned intentions and praise cancel the whole sentence's
	// escalations: "I was going to ask for a manager but you've been
	// great", "I was thinking of cancelling, but this changed my mind",
	// "I'll give you five stars on Trustpilot".
	suppressSentence(catEscalation, anyKind, "i was going to", "i was thinking of", "i was about to",
		"i was considering", "i nearly", "i almost", "changed my mind", "no need for", "thinking i'd",
		"thought i'd", "thought i would", "thought i was going to", "was expecting", "i'd end up", "expected to have to",
		"5 star", "five star", "above and beyond",
		"five stars", "five-star", "5 stars", "5-star", "recommend you", "shout out to", "shout-out to",
		"big thanks", "huge thanks", "compliment*", "how great", "how good you", "how helpful", "how amazing",
		"how brilliant", "how wonderful", "how lovely", "how quick", "how kind", "great service",
		"brilliant service", "excellent service", "amazing service", "i'm a journalist", "i am a journalist",
		"i'm a reporter", "i am a reporter", "to bank with you", "to shop with you", "to use you", "to go with you",
		"to choose you", "to buy from you", "love you guys", "you're the best")
	// A problem fixed, said in the sentence: "@BrightBand fixed my
	// connection in 10 mins, had to tweet this". Negatable: "you still
	// haven't fixed my connection" keeps the threat.
	addRule(rule{cat: catSuppress, speakers: spPeople, target: catEscalation, kind: anyKind, sentence: true, negatable: true},
		"fixed my", "fixed it", "sorted my", "sorted it", "sorted out my", "resolved my", "got my money back",
		"got it back", "sorted it out", "fixed it in", "sorted in")
	// Praise of the staff in the sentence: "the crew were so kind to my nan
	// – I'm going to post about it", "tell your supervisor Jake was
	// excellent".
	// (checkPraised: "was", "were", "so", "been", "really", "very" before
	// the adjective).
	addRule(rule{cat: catSuppress, speakers: spPeople, target: catEscalation, kind: anyKind, sentence: true, check: checkPraised},
		"kind", "lovely", "helpful", "excellent", "brilliant", "amazing", "fantastic", "wonderful", "superb",
		"outstanding", "fab")

	// Stock replies: a deflection template. Politeness alone ("thank you
	// for your patience", "sorry to hear that") is what live agents say
	// all day, so those weak cues flag a turn only in pairs or with a
	// strong cue (a channel deflection such as "please DM us").
	add(catStock, spAgent, stockStrong, false,
		"please dm us", "send us a dm", "dm us", "send us a direct message", "send us a private message",
		"pm us", "message us privately", "your call is important to us", "we value your feedback",
		"please contact us via", "reach out to us via dm", "drop us a dm", "slide into our dms",
		"follow and dm us", "check your dms", "calls may be recorded", "higher than usual volumes",
		"higher than usual call volumes", "higher than normal volumes", "your enquiry has been received",
		"your email has been received", "your message has been received", "your query has been received",
		"will be with you shortly", "please refer to the", "for information regarding", "service standards",
		"due to operational", "operational circumstances",
		// Any way of asking for a DM ("pop us a DM", "shoot us a message"),
		// out-of-hours and queue announcements, self-service deflection.
		"us a dm", "us a pm", "us a direct message", "us a private message", "us a quick dm", "via dm", "in a dm",
		"our opening hours", "outside our opening hours", "outside of our opening hours", "during our opening hours",
		"during these hours", "currently closed", "team is currently unavailable", "high volume of calls",
		"high volume of", "high volumes of", "higher volume of", "higher than normal", "busier than usual",
		"please allow up to", "via the website", "via our website", "through our website", "via our app",
		"through our app", "via the app",
		// The queue announcement in any words: "your enquiry is important
		// to us", "due to high demand responses may take longer".
		"is important to us", "are important to us", "due to high demand", "due to the high demand",
		"due to high volumes", "due to a high volume")
	// Weak cues do not count in questions ("Have you seen the comparison
	// page on our website?"), and the closings and holding lines of a live
	// call ("thanks for calling, have a lovely day", "bear with me") are
	// not among them.
	addRule(rule{cat: catStock, speakers: spAgent, kind: stockWeak, noQuestion: true},
		"we apologise for any inconvenience", "we apologize for any inconvenience",
		"apologise for the inconvenience", "apologize for the inconvenience",
		"sorry for any inconvenience", "sorry to hear about this", "sorry to hear that",
		"we're looking into it", "we are looking into it", "we're looking into this",
		"we'll look into it", "we will look into it", "thanks for reaching out", "thank you for reaching out",
		"thanks for your patience", "thank you for your patience", "we understand your frustration",
		"we're sorry to hear", "we are sorry to hear", "sorry for the trouble", "we're here to help",
		// Template openings and closings, the brand's "we", deflection to
		// self-service: each alone is what a live agent may say, two in a
		// turn are a template.
		"thank you for contacting us", "thanks for contacting us", "thank you for getting in touch",
		"thanks for getting in touch", "thank you for your message", "thanks for your message",
		"thank you for your feedback", "thanks for your feedback", "thank you for your kind feedback",
		"thank you for your enquiry", "thank you for your email",
		"thanks for shopping with", "thank you for shopping with", "thanks for choosing", "thank you for choosing",
		"we appreciate your patience", "appreciate your patience", "we appreciate your feedback",
		"we're experiencing", "we are experiencing", "higher than usual", "a member of our team",
		"a member of the team will", "in the meantime", "for more information", "visit our website",
		"our website", "help centre", "help center", "faqs", "any further questions", "any other questions",
		"happy to help", "sorry for the delay", "we understand how frustrating", "i understand your frustration",
		"i'm here to help", "bear with us", "we apologise for the disruption",
		"we apologize for the disruption", "sorry for the disruption", "apologise for any disruption",
		"apologize for any disruption", "subject to change", "we're committed to", "we are committed to",
		"as quickly as possible", "as soon as possible", "check before you travel", "working hard to",
		"we love to hear", "we're delighted to hear", "we are delighted to hear", "be sure to pass",
		"training and quality", "in line with our",
		"we take this very seriously", "we take all complaints seriously", "rest assured", "has been received",
		"we value your", "your feedback is important",
		// The family of each template: apology openings, thanks for the
		// message or the custom, hopes to see the customer again, feedback
		// taken seriously and passed on, holding lines.
		"sorry to hear about", "sorry to hear you", "so sorry to hear", "we're so sorry", "we are so sorry",
		"sorry about this", "sorry for any", "ways to improve", "improve our service", "improve our services",
		"always looking", "thank you for holding", "thanks for holding", "as soon as we can", "currently experiencing",
		"thank you for contacting", "thanks for contacting", "thanks for flying", "thank you for flying",
		"for flying with", "for travelling with", "for traveling with", "for banking with", "for staying with",
		"for being with", "for choosing", "hope to welcome you", "hope to see you", "look forward to welcoming",
		"look forward to seeing you", "glad you're enjoying", "so glad you", "we're glad to hear", "we're so glad",
		"great to hear", "lovely to hear", "thanks for the lovely", "thanks for the kind", "thank you for the lovely",
		"thank you for the kind", "thanks so much for the", "thanks for taking the time", "thank you for taking the time",
		"share your feedback", "sharing your feedback", "the relevant team", "pass it on", "pass this on",
		"take all feedback", "feedback seriously", "committed to providing", "are committed to",
		"get in touch with our", "so we can help", "we'll be happy to help", "we'd be happy to help",
		"with your order number", "with your booking reference", "with your account number", "before getting in touch",
		"before contacting us", "we'll get it sorted", "we'll get this sorted", "please allow",
		// Incident broadcasts: the brand is aware and working on it, for
		// everyone at once ("We're aware some customers can't log in",
		// "our team is investigating reports of ...", "follow our status
		// page for updates").
		"we're aware", "we are aware", "team is aware", "we're currently aware", "aware of an issue",
		"aware of the issue", "aware of reports", "investigating reports", "investigating an issue",
		"investigating the issue", "working to fix", "working on a fix", "working to resolve", "working to restore",
		"actively working", "our engineers are working", "our teams are working", "doing all they can",
		"doing everything we can", "real-time updates", "live updates", "status page", "for updates",
		"are unaffected", "is unaffected",
		// Self-service and channel deflection: "please use our online
		// reporting tool", "please visit our Returns Hub", "please call us on
		// the number on the back of your card".
		"please visit", "please use our", "please use the", "online portal", "our online", "via our online",
		"please report", "please follow", "please call us", "please contact your", "please contact our",
		"number on the back of your card", "on social media", "over social media", "for information on",
		"for the fastest", "for more details", "returns hub", "help hub", "so it can be logged",
		"so they can be logged", "logged and prioritised", "logged and prioritized", "the correct team",
		"the right team", "take longer than usual", "longer than usual", "multiple requests",
		// The apology and thanks of a template: "apologise for any
		// inconvenience", "we're sorry about the disruption", "thanks for
		// flagging this".
		"apologise for any inconvenience", "apologize for any inconvenience", "we're sorry about",
		"we are sorry about", "we're sorry for", "we are sorry for", "we're sorry you", "we are sorry you",
		"thanks for flagging", "thank you for flagging", "thank you for your report", "thanks for your report",
		"thanks for letting us know", "thank you for letting us know", "concerns seriously", "reports seriously",
		// What a template says of itself and of the service in general:
		// the message noted, general timings, the team always working,
		// the queue busy, a bot's lines, the apology for "any" trouble.
		"has been noted", "have been noted", "been noted", "in due course", "standard procedure", "very seriously",
		"always working", "always here", "can take up to", "can sometimes take", "can be affected",
		"advisers are busy", "advisors are busy", "agents are busy", "appreciate you holding", "bearing with us",
		"team is available", "team are available", "didn't understand that", "try asking", "keep an eye on our",
		"our social channels", "apologies for any", "apologies for the", "sorry for the wait", "sorry to see you go",
		"sorry to see this", "we hear you", "thanks for your tweet", "thanks for your post", "thanks for posting",
		"thanks for your email", "we've received", "we have received", "we love hearing", "take it from there",
		"happy to assist", "taking longer than expected", "please check our", "for the latest")
	// Moving the conversation to a private or self-service channel in any
	// words, asked of the customer: "drop our team a direct message",
	// "message us your number privately", "if you DM your account number",
	// "our DMs are open", "use the in-app chat" (checkChannelAsk). The
	// private channels are strong cues, the app and the website weak.
	addRule(rule{cat: catStock, speakers: spAgent, kind: stockStrong, check: checkChannelAsk}, "dm", "dms",
		"direct message", "private message", "privately", "secure message", "in-app chat", "live chat")
	addRule(rule{cat: catStock, speakers: spAgent, kind: stockWeak, check: checkChannelAsk}, "the app",
		"our app", "in-app", "our website", "the website", "order page", "help centre", "help center")

	// Topic keywords (topics.go): the customer's words only, so an agent's
	// "is the battery overheating?" does not tag the contact.
	for i, t := range topicProducts {
		add(catTopicProduct, spCustomer, uint8(i), false, t.forms...)
	}
	for i, t := range topicSymptoms {
		add(catTopicSymptom, spCustomer, uint8(i), true, t.forms...)
	}
	for _, s := range topicSuppress {
		suppress(s.target, anyKind, s.phrase)
	}
	return rs
}
