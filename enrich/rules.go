package enrich

// category is what a phrase rule detects.
type category uint8

const (
	catSupport       category = iota // support-domain sentiment phrase (weight) and complaint signal
	catHandoff                       // agent announces a transfer
	catSystemHandoff                 // system event: transfer / queue change
	catSystemQueue                   // system event naming the current queue ("queue: billing")
	catCrossCompany                  // the problem belongs to another company
	catLoop                          // back to a place already visited
	catDeadEnd                       // the agent cannot go further
	catRepeat                        // customer has to repeat themselves
	catPromise                       // agent promise (kind)
	catBroken                        // customer says a promise was broken
	catEscalation                    // customer escalates (kind)
	catStock                         // stock brand-reply template
	catSuppress                      // cancels overlapping hits of (target, kind)
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

// rule is one phrase and what it means. Several rules may share a phrase.
type rule struct {
	phrase    string
	cat       category
	speakers  uint8
	kind      uint8    // promise/escalation kind; for catSuppress the target category's kind
	target    category // catSuppress only: the category it suppresses
	weight    float32  // catSupport only: valence on VADER's -4..+4 scale
	negatable bool     // a negation just before it (same clause) cancels it
	atStart   bool     // only at the very start of the turn
}

// buildRules returns every phrase rule the engine matches. The tables are
// plain data so a later matcher (Aho-Corasick) can be built from the same
// list.
func buildRules() []rule {
	var rs []rule
	add := func(cat category, speakers uint8, kind uint8, negatable bool, phrases ...string) {
		for _, p := range phrases {
			rs = append(rs, rule{phrase: p, cat: cat, speakers: speakers, kind: kind, negatable: negatable})
		}
	}
	suppress := func(target category, kind uint8, phrases ...string) {
		for _, p := range phrases {
			rs = append(rs, rule{phrase: p, cat: catSuppress, speakers: spPeople, target: target, kind: kind})
		}
	}

	for _, s := range supportPhrases {
		rs = append(rs, rule{phrase: s.phrase, cat: catSupport, speakers: spPeople, weight: s.weight, negatable: true})
	}

	add(catHandoff, spAgent, 0, true,
		"let me transfer you", "i'll transfer you", "i will transfer you", "i can transfer you",
		"going to transfer you", "transfer you to", "transferring you", "put you through to",
		"i'll connect you with", "i'll connect you to", "connect you with", "let me get you over to",
		"you'll need to speak to", "you will need to speak to", "i'll pass you to",
		"passing you over to", "i'll put you through")
	rs = append(rs, rule{phrase: "[transfer*", cat: catSystemHandoff, speakers: spSystem, atStart: true})
	add(catSystemHandoff, spSystem, 0, false, "transferred to", "transferring to", "queue changed",
		"queue change", "routed to", "rerouted to", "re-routed to")
	add(catSystemQueue, spSystem, 0, false, "queue:", "[queue", "queue =")

	add(catCrossCompany, spPeople, 0, true,
		"separate company", "different company", "not us", "third party", "third-party",
		"you'll need to call", "you will need to call", "contact the manufacturer",
		"call the manufacturer", "speak to the manufacturer", "that's handled by", "that is handled by",
		"we're a separate", "we are a separate", "outsourced", "contractor handles", "a separate business",
		"not our company", "nothing to do with us")

	add(catLoop, spPeople, 0, false,
		"back to the same", "transferred back", "sent me back", "sent back to", "round in circles",
		"back where i started", "back to square one", "full circle")

	add(catDeadEnd, spAgent, 0, true,
		"nothing more i can do", "nothing else i can do", "nothing more we can do",
		"nothing else we can do", "nothing further i can do", "as high as you can go",
		"as high as it goes", "there's no one above me", "no one above me", "nobody above me",
		"can't help you further", "cannot help you further", "can't help you any further",
		"out of my hands", "used your quota", "policy doesn't allow", "policy does not allow",
		"no more visits", "not something we can help with")

	add(catRepeat, spCustomer, 0, false,
		"as i already explained", "already explained", "as i said", "i already said", "i already told",
		"i've already told", "third time", "fourth time", "fifth time", "how many times",
		"told you already", "again and again", "repeat myself", "repeating myself", "explained this")

	add(catPromise, spAgent, promiseCallback, true,
		"call you back", "callback", "give you a call", "ring you back", "call you tomorrow")
	add(catPromise, spAgent, promiseVisit, true,
		"technician", "engineer will visit", "engineer to visit", "send someone out", "visit")
	add(catPromise, spAgent, promiseRefund, true,
		"refund", "refunded", "reimburse*", "money back")
	add(catPromise, spAgent, promiseReplacement, true,
		"replacement", "replace the", "replace it", "send you a new")
	add(catPromise, spAgent, promiseFollowUp, true,
		"follow up", "follow-up", "email you", "send you an email", "get back to you")
	suppress(catPromise, promiseVisit, "visit our", "visit the website", "visit www", "your visit",
		"your last visit", "last visit", "visit us at", "visiting our")
	suppress(catPromise, promiseRefund, "non-refundable", "no refund", "refund policy")
	suppress(catPromise, promiseCallback, "callback number")

	add(catBroken, spCustomer, 0, false,
		"you promised", "was promised", "were promised", "promised me", "nobody called",
		"no one called", "never called", "nobody has called", "no one has called",
		"still haven't received", "never received", "never showed", "didn't show up",
		"still waiting for", "never got back", "said you'd call", "said they'd call",
		"supposed to call")

	add(catEscalation, spCustomer, escSupervisor, true,
		"supervisor*", "manager*", "speak to someone senior", "someone more senior", "escalat*")
	add(catEscalation, spCustomer, escComplaint, true,
		"formal complaint", "file a complaint", "lodge a complaint", "make a complaint",
		"raise a complaint", "official complaint")
	add(catEscalation, spCustomer, escPublic, true,
		"blog", "twitter", "tweet*", "post this", "posting this", "the press", "go public",
		"social media", "review", "reviews", "reporter", "viral", "the media", "the news")
	add(catEscalation, spCustomer, escLegal, true,
		"lawyer*", "attorney*", "solicitor*", "sue", "suing", "legal action", "small claims",
		"regulator*", "trading standards", "ombudsman", "bbb", "better business bureau",
		"consumer protection", "to court")
	add(catEscalation, spCustomer, escCancel, true,
		"cancel my", "close my account", "closing my account", "switching to", "take my business")
	suppress(catEscalation, escSupervisor, "my manager", "account manager", "store manager said")
	suppress(catEscalation, escPublic, "under review", "review my", "reviewing")
	suppress(catEscalation, escCancel, "cancel my order")

	add(catStock, spAgent, 0, false,
		"we apologise for any inconvenience", "we apologize for any inconvenience",
		"apologise for the inconvenience", "apologize for the inconvenience",
		"sorry for any inconvenience", "sorry to hear about this", "sorry to hear that",
		"please dm us", "send us a dm", "dm us", "send us a direct message",
		"your call is important to us", "we're looking into it", "we are looking into it",
		"we're looking into this", "thanks for reaching out", "thank you for reaching out",
		"we value your feedback", "thanks for your patience", "thank you for your patience",
		"we understand your frustration")
	return rs
}
