package enrich

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
