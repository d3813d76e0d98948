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

// Support-domain sentiment layer. These phrases carry little or no generic
// sentiment ("I've been on hold for an hour" scores 0 in VADER) but in a
// support conversation they are unambiguous signals of service failure. Each
// phrase is scored as one pseudo-word with the weight below, replacing the
// lexicon valences of the words it covers; boosters, negation, caps, "but"
// and exclamation marks then apply as to any word. A customer-turn hit that
// is not negated also marks the interaction a complaint.
//
//	phrase(s)                                  weight  why
//	still waiting, still haven't               -1.8    time passing with nothing done: the core runaround signal
//	on hold for, been on hold                  -1.5    explicit time lost on hold
//	third/fourth/fifth time                    -1.6..-2.0  repetition; rises with the count
//	nobody/no one/never called (back)          -1.9    a broken callback promise
//	haven't received, hasn't arrived           -1.6    delivery failure, milder than "never"
//	never received, never arrived, never showed -1.9   delivery/visit failure stated as final
//	didn't show up                             -1.8    missed visit
//	cancelled, canceled                        -1.0    often the company's doing, but also neutral bookkeeping
//	delayed                                    -1.2    mild: delays are often announced politely
//	lost my                                    -1.5    the company lost the customer's item/order/data
//	broken, faulty unit                        -1.5    product failure
//	doesn't work, not working, stopped working -1.7..-1.9  product failure; "stopped" adds a history
//	won't turn on, won't charge                -1.7    product failure
//	bricked                                    -2.3    total product failure
//	runaround, run around, passed around       -2.2    the runaround itself, in the customer's words
//	transferred again                          -1.6    repeated handoffs
//	round in circles                           -1.9    loop, in the customer's words
//	waste of time                              -2.0    explicit loss
//	no response, no reply                      -1.4    ignored
//	hung up on, cut off                        -1.5    call dropped by the agent/system
//	overcharged, charged twice, double charged -1.8    billing failure
var supportPhrases = []struct {
	phrase string
	weight float32
}{
	{"still waiting", -1.8}, {"still haven't", -1.8}, {"still havent", -1.8},
	{"on hold for", -1.5}, {"been on hold", -1.5},
	{"third time", -1.6}, {"fourth time", -1.8}, {"fifth time", -2.0},
	{"nobody called", -1.9}, {"no one called", -1.9}, {"never called", -1.9},
	{"nobody has called", -1.9}, {"no one has called", -1.9},
	{"haven't received", -1.6}, {"havent received", -1.6}, {"hasn't arrived", -1.6},
	{"never received", -1.9}, {"never arrived", -1.9}, {"never showed", -1.9},
	{"didn't show up", -1.8},
	{"cancelled", -1.0}, {"canceled", -1.0}, {"delayed", -1.2}, {"lost my", -1.5},
	{"broken", -1.5}, {"doesn't work", -1.7}, {"does not work", -1.7},
	{"not working", -1.7}, {"stopped working", -1.9}, {"won't turn on", -1.7},
	{"won't charge", -1.7}, {"bricked", -2.3},
	{"runaround", -2.2}, {"run around", -2.2}, {"run-around", -2.2}, {"passed around", -2.2},
	{"transferred again", -1.6}, {"round in circles", -1.9}, {"waste of time", -2.0},
	{"no response", -1.4}, {"no reply", -1.4}, {"hung up on", -1.5}, {"cut off", -1.5},
	{"overcharged", -1.8}, {"charged twice", -1.8}, {"double charged", -1.8},
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
