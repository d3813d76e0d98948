package enrich

import "github.com/runaroundhq/runaround/transcript"

// detectorCasesH7 extend TestDetectors with the rule mechanisms added when
// tuning on the hand-labelled set's tune half: one block per class of fix,
// each with the hard negatives its mechanism must leave alone. The wordings
// are written for the tests, not copied from the labelled set.
var detectorCasesH7 = []detectorCase{
	// System events: transfers named after what is transferred, external
	// transfers, assignments, and the first queue event.
	{"sys: call transferred", []transcript.Turn{system("[call transferred]")}, "handoffs", 1},
	{"sys: external transfer", []transcript.Turn{system("[external transfer]")}, "handoffs", 1},
	{"sys: external transfer is cross", []transcript.Turn{system("[external transfer]")}, "cross", true},
	{"sys: transfer to external", []transcript.Turn{system("[transfer to external: PlumbCo]")}, "cross", true},
	{"sys: first queue routes in", []transcript.Turn{system("queue: returns"), agent("Returns, Ana speaking.")}, "handoffs", 1},
	{"sys: queue loop", []transcript.Turn{system("queue: faults"), system("queue: accounts"), system("queue: faults")}, "loop", true},
	{"sys: assignment loop", []transcript.Turn{system("[assigned: HelpBot]"), system("[assigned: Care agent]"), system("[assigned: HelpBot]")}, "loop", true},
	{"sys: assignments count", []transcript.Turn{system("[chat assigned: Network Team]"), system("[chat assigned: Billing Team]")}, "handoffs", 2},
	{"sys neg: hold", []transcript.Turn{system("[hold 01:20]")}, "handoffs", 0},
	{"sys neg: no loop", []transcript.Turn{system("queue: faults"), system("queue: accounts")}, "loop", false},

	// Loops stated with a verb of sending, "now back", "go back".
	{"loop: sent back", []transcript.Turn{cust("The shop sent me back to you lot.")}, "loop", true},
	{"loop: passed back", []transcript.Turn{cust("I got passed back to the fraud team twice.")}, "loop", true},
	{"loop: now back", []transcript.Turn{cust("Billing, then sales, and now I'm back in billing.")}, "loop", true},
	{"loop: must go back", []transcript.Turn{agent("Sorry, you'll need to go back into the store for that.")}, "loop", true},
	{"loop: agent sending back is a handoff", []transcript.Turn{agent("Sorry, you'll need to go back into the store for that.")}, "handoffs", 1},
	{"loop: just come from", []transcript.Turn{cust("I've just come from the returns desk!")}, "loop", true},
	{"loop neg: goods", []transcript.Turn{cust("I'll send it back to you tomorrow.")}, "loop", false},
	{"loop neg: hypothetical", []transcript.Turn{cust("And what happens when they send me back to you?")}, "loop", false},
	{"loop neg: stock", []transcript.Turn{cust("Is the blue one back in stock?")}, "loop", false},
	{"loop neg: agent goes back", []transcript.Turn{agent("I'll go back to the engineers and check.")}, "loop", false},

	// Cross-company: attribution to another company, "our partner X",
	// referrals to "them" when the turn names the party; agent speech only.
	{"cross: operated by", []transcript.Turn{agent("That route is operated by Aerolux, so changes are made with them.")}, "cross", true},
	{"cross: carried out by", []transcript.Turn{agent("Repairs are carried out by Bosch, you'll book with them online.")}, "cross", true},
	{"cross: our partner", []transcript.Turn{agent("Collections are done by our partner Evri.")}, "cross", true},
	{"cross: covered by the manufacturer", []transcript.Turn{agent("Screens are covered by the manufacturer, so they'll replace it.")}, "cross", true},
	{"cross: their promise is not ours", []transcript.Turn{agent("Screens are covered by the manufacturer, so they'll replace it.")}, "promises", ""},
	{"cross: our promise stays", []transcript.Turn{agent("That's handled by FixRight, I'll email you their details.")}, "promises", "follow_up"},
	{"cross: give them a ring", []transcript.Turn{agent("It's a hold from your bank, give them a ring and they'll release it.")}, "cross", true},
	{"cross: separate firm", []transcript.Turn{agent("They're a separate firm, I'll put you through to their line.")}, "cross", true},
	{"cross: referral before an offer", []transcript.Turn{agent("The meter belongs to the meter operator, Calisen, so you'll want to ring them, I can give you their number if you like?")}, "cross", true},
	{"cross neg: our team", []transcript.Turn{agent("That's handled by our billing team.")}, "cross", false},
	{"cross neg: internal team capitalised", []transcript.Turn{agent("That's handled by the Billing team, I'll transfer you.")}, "cross", false},
	{"cross neg: by a date", []transcript.Turn{agent("It'll be delivered by Monday.")}, "cross", false},
	{"cross neg: covered by your plan", []transcript.Turn{agent("Accidental damage is covered by your plan.")}, "cross", false},
	{"cross neg: agent calls them", []transcript.Turn{agent("The courier is DPD, let me call them for you.")}, "cross", false},
	{"cross neg: no party named", []transcript.Turn{agent("Give them a ring if the router doesn't come back.")}, "cross", false},
	{"cross neg: customer reports", []transcript.Turn{cust("The airline says talk to the airport.")}, "cross", false},
	{"cross neg: a phone number", []transcript.Turn{agent("Please ring 0800 123 456 if it happens again.")}, "cross", false},

	// Agent-side case handoffs and what is no handoff.
	{"handoff: escalated to engineers", []transcript.Turn{agent("I've escalated this to our engineers and they'll email you an update by Friday.")}, "handoffs", 1},
	{"handoff: escalated is no customer escalation", []transcript.Turn{agent("I've escalated this to our engineers and they'll email you an update by Friday.")}, "escalations", ""},
	{"handoff: case passed", []transcript.Turn{agent("I've passed your case to our network team.")}, "handoffs", 1},
	{"handoff neg: praise relayed", []transcript.Turn{agent("Thanks for the kind words! We'll be sure to pass this on to the team.")}, "handoffs", 0},
	{"handoff neg: no one higher", []transcript.Turn{agent("There isn't anyone higher I can put you through to.")}, "handoffs", 0},
	{"handoff neg: no one higher is a dead end", []transcript.Turn{agent("There isn't anyone higher I can put you through to.")}, "deadend", true},

	// Policy walls by co-occurrence of a rule and a refusal in a sentence.
	{"wall: window", []transcript.Turn{agent("Returns can only be accepted within 14 days of delivery, so I'm unable to take this one back.")}, "policy", true},
	{"wall: fair usage", []transcript.Turn{agent("Under the fair usage policy I'm not able to raise the limit.")}, "policy", true},
	{"wall: per order", []transcript.Turn{agent("Only one voucher can be used per order, the checkout won't accept a second.")}, "policy", true},
	{"wall: afraid not", []transcript.Turn{agent("I'm afraid not, the policy is you have to wait until month 20.")}, "policy", true},
	{"wall: is a dead end", []transcript.Turn{agent("Under the fair usage policy I'm not able to raise the limit.")}, "deadend", true},
	{"wall: its promise is not one", []transcript.Turn{agent("Upgrades only open from month 18, so not yet I'm afraid, you'll get a letter when you're eligible.")}, "promises", ""},
	{"wall neg: cannot see", []transcript.Turn{agent("I can't find any policy on your account, could you read me the number?")}, "policy", false},
	{"wall neg: refusal alone", []transcript.Turn{agent("I'm afraid I can't hear you very well.")}, "policy", false},
	{"wall neg: rule alone", []transcript.Turn{agent("Delivery is free, one per order.")}, "policy", false},
	{"wall neg: sentences apart", []transcript.Turn{agent("Unfortunately the engineer is late. Our policy is generous though.")}, "deadend", true},
	{"dead end: nothing further", []transcript.Turn{agent("There's nothing further we can do about the delay.")}, "deadend", true},
	{"dead end: no further action", []transcript.Turn{agent("We're unable to take any further action on this.")}, "deadend", true},
	{"dead end: decision stands", []transcript.Turn{agent("I've looked again and the decision stands.")}, "deadend", true},

	// Repeated claims: a count of tellings with a verb of telling.
	{"repeat: explain again", []transcript.Turn{cust("Every call I have to explain the whole fault again.")}, "repeats", 1},
	{"repeat: told three times", []transcript.Turn{cust("I've told you three times, it came broken.")}, "repeats", 1},
	{"repeat: four people", []transcript.Turn{cust("I've given my address to four people today.")}, "repeats", 1},
	{"repeat: refuses to repeat", []transcript.Turn{cust("I'm not going through it all again.")}, "repeats", 1},
	{"repeat neg: symptom every time", []transcript.Turn{cust("It crashes every time I open the lid.")}, "repeats", 0},
	{"repeat neg: said a symptom", []transcript.Turn{cust("I said it crashes every time I open the lid.")}, "repeats", 0},
	{"repeat neg: asks agent", []transcript.Turn{cust("Sorry, can you tell me again?")}, "repeats", 0},
	{"repeat neg: counting calls", []transcript.Turn{cust("I'll be telling them how many times I've rung you.")}, "repeats", 0},
	{"repeat neg: restarted", []transcript.Turn{cust("I restarted it three times.")}, "repeats", 0},

	// Promises: free relatives, offers put as questions, more wordings.
	{"promise: what I'll do", []transcript.Turn{agent("What I'll do is give you a ring back tomorrow, is that ok?")}, "promises", "callback"},
	{"promise: drop you a text", []transcript.Turn{agent("I'll drop you a text when the part lands.")}, "promises", "follow_up"},
	{"promise: you'll get a letter", []transcript.Turn{agent("You'll get a letter within ten working days.")}, "promises", "follow_up"},
	{"promise: send it across", []transcript.Turn{agent("Sure, I'll send it across in ten minutes.")}, "promises", "follow_up"},
	{"promise: rebooked him", []transcript.Turn{agent("I've rebooked him for Thursday morning.")}, "promises", "visit"},
	{"promise: get a new one", []transcript.Turn{agent("I'll get a new router sent out today.")}, "promises", "replacement"},
	{"promise neg: offer question", []transcript.Turn{agent("I can refund the postage if you'd like?")}, "promises", ""},
	{"promise neg: retailer's refund", []transcript.Turn{agent("Please contact the retailer for a refund.")}, "promises", ""},
	{"promise neg: confirmation text", []transcript.Turn{agent("I've moved it to Friday, you'll get a confirmation text.")}, "promises", ""},
	{"promise neg: question", []transcript.Turn{agent("What would you like me to send you?")}, "promises", ""},

	// Broken promises: reported promises, kept promises, status checks.
	{"broken: said he'd", []transcript.Turn{cust("The engineer said he'd be back the next day. Nobody's come back.")}, "broken", true},
	{"broken: handler said would", []transcript.Turn{cust("Your adviser said the payment would go out this week.")}, "broken", true},
	{"broken: supposed to", []transcript.Turn{cust("Someone was supposed to email me the code.")}, "broken", true},
	{"broken: promised the", []transcript.Turn{cust("You promised the refund by the 15th.")}, "broken", true},
	{"broken: kept cue negated", []transcript.Turn{cust("You promised a refund and it never came through.")}, "broken", true},
	{"broken: nobody turned up", []transcript.Turn{cust("Nobody turned up.")}, "broken", true},
	{"broken neg: as promised", []transcript.Turn{cust("The refund came through as promised, thanks!")}, "broken", false},
	{"broken neg: did ring", []transcript.Turn{cust("You promised a callback and Sam did ring, thanks.")}, "broken", false},
	{"broken neg: status check", []transcript.Turn{cust("Someone said they'd call me back, is that still happening today?")}, "broken", false},
	{"broken neg: my own plan", []transcript.Turn{cust("I said I'd call back later with the receipt.")}, "broken", false},
	{"broken neg: screen says", []transcript.Turn{cust("It said it would update overnight.")}, "broken", false},

	// Escalations: press and forums, reviews being written, audiences,
	// churn by competitor or bare, legal words that are no threat.
	{"public: local paper", []transcript.Turn{cust("I'll be going to the local paper about this.")}, "public", true},
	{"public: forum post", []transcript.Turn{cust("Posting the whole saga on the owners forum tonight.")}, "public", true},
	{"public: drafting a review", []transcript.Turn{cust("I've started drafting the review already.")}, "public", true},
	{"public: audience", []transcript.Turn{cust("My followers are going to hear about this.")}, "public", true},
	{"public neg: regulator hears", []transcript.Turn{cust("Trading standards will hear about this.")}, "escalations", "legal"},
	{"public neg: forum as a source", []transcript.Turn{cust("The fix is on the community forum.")}, "public", false},
	{"public neg: praise", []transcript.Turn{cust("Telling everyone I know to bank with you!")}, "public", false},
	{"legal neg: probate", []transcript.Turn{cust("Do you need the solicitor's letter for the probate?")}, "escalations", ""},
	{"supervisor neg: idiom", []transcript.Turn{cust("Things escalated quickly, now I own six mugs.")}, "escalations", ""},
	{"supervisor neg: role", []transcript.Turn{cust("Do business customers get a dedicated manager?")}, "escalations", ""},
	{"cancel: anyone else", []transcript.Turn{cust("Moving to literally anyone else as soon as I can.")}, "escalations", "cancel"},
	{"cancel: bare switching", []transcript.Turn{cust("That's it, I'm switching, I've had enough.")}, "escalations", "cancel"},
	{"cancel: porting", []transcript.Turn{cust("I'm porting my number out, I've got the PAC code.")}, "escalations", "cancel"},
	{"cancel neg: switching it off", []transcript.Turn{cust("I'm switching it off and on again.")}, "escalations", ""},
	{"cancel neg: moving flat", []transcript.Turn{cust("I'm moving to another flat next month.")}, "escalations", ""},
	{"cancel neg: life event", []transcript.Turn{cust("I've sold the car so I need to cancel the insurance.")}, "escalations", ""},

	// Stock replies: more template cues, distinct cues, live-call lines.
	{"stock: contact us + inconvenience", []transcript.Turn{agent("Thank you for contacting us. We apologise for any inconvenience caused.")}, "stock", true},
	{"stock: delay template", []transcript.Turn{agent("We're sorry for the delay and appreciate your patience.")}, "stock", true},
	{"stock: recorded line", []transcript.Turn{agent("Welcome to Acme, calls may be recorded.")}, "stock", true},
	{"stock neg: conditional DM", []transcript.Turn{agent("Fixed at 14:20. If it drops again, drop us a DM and I'll run a line test.")}, "stock", false},
	{"stock neg: live closing", []transcript.Turn{agent("Thanks for calling Acme, have a lovely day.")}, "stock", false},
	{"stock neg: same cue twice", []transcript.Turn{agent("Bear with us. Okay, bear with us a second.")}, "stock", false},
	{"stock neg: question", []transcript.Turn{agent("Have you seen the comparison page on our website?")}, "stock", false},

	// Complaint: the customer's repeat, broken-promise and threat claims
	// are complaints whatever the tone of the rest.
	{"complaint: broken promise, warm tone", []transcript.Turn{cust("You promised a callback and nobody called, but thanks so much, you're great!")}, "complaint", true},
}
