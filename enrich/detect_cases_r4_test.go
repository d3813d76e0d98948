package enrich

import "github.com/runaroundhq/runaround/transcript"

// detectorCasesR4 extend TestDetectors with the mechanisms of round 4:
// each is pinned by wordings written for these tests (not the sets'
// items), with the hard negatives its scope must leave alone.
var detectorCasesR4 = []detectorCase{
	// Promises not kept, read by their outcome: a negated or zero-subject
	// verb of coming or calling, when the turn shows the promise (booked,
	// told, an engineer, a refund) or an agent promised it earlier.
	{"not kept: booked, haven't come", []transcript.Turn{cust("the boiler service was booked for this morning and they still haven't come")}, "broken", true},
	{"not kept: zero subject", []transcript.Turn{cust("Two fitters scheduled, zero showed up.")}, "broken", true},
	{"not kept: not one", []transcript.Turn{cust("Five appointments and not one engineer has turned up")}, "broken", true},
	{"not kept: no apostrophe", []transcript.Turn{cust("engineer was due tuesday, hasnt rung or come")}, "broken", true},
	{"not kept: after an agent promise", []transcript.Turn{agent("Someone from the lines team will call you this afternoon."), cust("ok"), cust("it's 7pm and nobody has rung")}, "broken", true},
	{"not kept neg: no promise shown", []transcript.Turn{cust("there's a tree down across the lane and nobody has come to move it")}, "broken", false},
	{"not kept neg: a parcel never promised", []transcript.Turn{cust("my suitcase didn't arrive at Faro")}, "broken", false},
	{"not kept neg: the customer's own", []transcript.Turn{cust("the engineer was booked but I haven't called to confirm yet")}, "broken", false},
	{"not kept neg: comes with", []transcript.Turn{cust("the replacement didn't come with a charger, is that normal?")}, "broken", false},
	{"not kept neg: future", []transcript.Turn{cust("the engineer won't come until Friday, that's fine")}, "broken", false},
	{"not kept neg: imperative", []transcript.Turn{cust("my visit is booked, please don't call before 10")}, "broken", false},
	{"counted no-shows", []transcript.Turn{cust("Four booked slots. Four no-shows.")}, "broken", true},

	// A kept-promise cue undone by what follows.
	{"kept cue undone: without", []transcript.Turn{cust("you told me the fitter would bring the hinge, and he showed up without it")}, "broken", true},
	{"kept cue undone: late", []transcript.Turn{cust("they said the engineer would be here by 9 and he turned up two days late")}, "broken", true},
	{"kept cue holds", []transcript.Turn{cust("they said the engineer would be here by 9 and he turned up at 8:50, brilliant")}, "broken", false},
	{"kept: rang back", []transcript.Turn{cust("Fair play, the billing lady rang back when she said she would.")}, "broken", false},

	// Reports of a promise: the bare passive, the progressive, the present.
	{"report: bare was told", []transcript.Turn{cust("Parcel lost. Was told 3 working days for the claim. Week 4 now.")}, "broken", true},
	{"report: getting told", []transcript.Turn{cust("every time I chase it I keep getting told someone will ring me")}, "broken", true},
	{"report: present say", []transcript.Turn{cust("The depot say they'll redeliver on Monday, they said that on Thursday too")}, "broken", true},
	{"report neg: was told to", []transcript.Turn{cust("Was told to restart the router, did that")}, "broken", false},
	{"report neg: wanted to say", []transcript.Turn{cust("I just wanted to say the courier today was lovely")}, "broken", false},
	{"report neg: say as an example", []transcript.Turn{cust("what if I, say, pay it a week late, will there be a fee?")}, "broken", false},
	{"report neg: a screen says", []transcript.Turn{cust("the tracker still says out for delivery after 3 days")}, "broken", false},

	// The promise heard again, after an agent promised it.
	{"said before", []transcript.Turn{agent("I'll get a technician out to you on Wednesday."), cust("You said that last time.")}, "broken", true},
	{"heard before", []transcript.Turn{agent("Your refund will be with you within 48 hours."), cust("heard that one before")}, "broken", true},
	{"said before neg: nothing promised", []transcript.Turn{agent("Can you try turning it off and on?"), cust("I said that before, it doesn't help")}, "broken", false},

	// Whose the work is, said while the agent takes it on: no referral.
	{"attribution taken on", []transcript.Turn{agent("The meter is fitted by Calder Metering, a separate firm, but we handle the appointments and I've chased them this morning.")}, "cross", false},
	{"attribution reported on", []transcript.Turn{agent("The footbridge is owned by Riverside Estates, not us, but I've reported the broken light to them again.")}, "cross", false},
	{"attribution alone", []transcript.Turn{agent("The footbridge is owned by Riverside Estates, not us.")}, "cross", true},
	{"attribution handed over", []transcript.Turn{agent("The pole belongs to Wirelink, so I've logged it with them and they'll be in touch to book a visit.")}, "cross", true},
	{"attribution with a directive", []transcript.Turn{agent("That's run by Eastline, I've told them too, but you'll need to call Eastline for the refund.")}, "cross", true},
	{"attribution taken on neg: for the customer", []transcript.Turn{agent("The works are done by Roadline, a separate company. I'll email you their details.")}, "cross", true},

	// Advice to deal with a party, by any verb of dealing, the party
	// checked: a name, a party noun, or "them" in a turn that names one.
	{"deal with a name", []transcript.Turn{agent("The debt was sold in June, so you'll need to deal with Harlow Collections from now on.")}, "cross", true},
	{"claim from their insurer", []transcript.Turn{agent("As the other driver was at fault, you can claim from their insurer directly.")}, "cross", true},
	{"ask a named body", []transcript.Turn{agent("You can ask the Tenancy Deposit Service to adjudicate, they're independent of us.")}, "cross", true},
	{"suggest writing to them", []transcript.Turn{agent("The freeholder is Oakmere Estates. I'd suggest writing to them with the photos.")}, "cross", true},
	{"deal neg: our own team", []transcript.Turn{agent("It'd be the savings team, but you can ring them direct on the number on your statement.")}, "cross", false},
	{"deal neg: the customer's own act", []transcript.Turn{agent("You can claim the cost back through your online account.")}, "cross", false},
	{"deal neg: sent with a label", []transcript.Turn{agent("Please send it back with the prepaid label and we'll swap it.")}, "cross", false},
	{"deal neg: ask us", []transcript.Turn{agent("You can ask us for a paper copy any time.")}, "cross", false},

	// Lines and people as places a customer is sent.
	{"sent to a line", []transcript.Turn{agent("I'll pop you over to the renewals line now, bear with me.")}, "handoffs", 1},
	{"sent to an adviser", []transcript.Turn{agent("Let me pass you to an adviser who handles disputes.")}, "handoffs", 1},
	{"line neg: the line is down", []transcript.Turn{agent("The line to your street is down, engineers are on it.")}, "handoffs", 0},

	// Counted contacts: the count is of the customer's telling or
	// contacting, or opens the sentence; not of a fault or of what was
	// done to the customer.
	{"count: for the Nth time opening", []transcript.Turn{cust("For the fourth time, the account is in my husband's name.")}, "repeats", 1},
	{"count: my verb after", []transcript.Turn{cust("this is the fifth time I've phoned about the same leak")}, "repeats", 1},
	{"count: my verb before", []transcript.Turn{cust("I'm emailing for the third time about the missing statement")}, "repeats", 1},
	{"count neg: a fault", []transcript.Turn{cust("the wifi dropped for the third time this morning")}, "repeats", 0},
	{"count neg: a visit", []transcript.Turn{cust("this is the fourth time the plumber has been out")}, "repeats", 0},
	{"count neg: done to me", []transcript.Turn{cust("it's the third time I've been moved to the arrears team")}, "repeats", 0},
	{"count neg: a promise", []transcript.Turn{cust("fifth time I've been promised a callback")}, "repeats", 0},

	// Explaining, by the customer.
	{"explain: mine", []transcript.Turn{cust("I've rung and explained everything to your colleague")}, "repeats", 1},
	{"explain neg: thanked", []transcript.Turn{cust("lovely, thanks for explaining everything so clearly")}, "repeats", 0},
	{"explain neg: someone else's", []transcript.Turn{cust("the girl in the shop was great, found the fault and explained everything")}, "repeats", 0},
	{"everyone told", []transcript.Turn{cust("I've given my address to every single person on this chat")}, "repeats", 1},
	{"everyone neg: an audience", []transcript.Turn{cust("every single person at my work will hear about this")}, "repeats", 0},
	{"said it N times", []transcript.Turn{cust("I've typed it four times now, the postcode is right")}, "repeats", 1},
	{"said it neg: a symptom", []transcript.Turn{cust("I said it freezes every time I log in")}, "repeats", 0},
	{"someone else said again", []transcript.Turn{cust("the depot said call the helpline again")}, "repeats", 0},
	{"you just say again", []transcript.Turn{cust("the shower leaks and every time you just say a plumber is coming")}, "repeats", 0},
	{"reported with an adverb", []transcript.Turn{cust("I've now reported the pothole five times")}, "repeats", 1},

	// A rule and a refusal in different sentences of a turn, or the
	// refusal in the agent's next turn.
	{"wall: rule then refusal next turn", []transcript.Turn{agent("We can only move a booking up to 48 hours before departure, that's in our terms."), cust("but it's an emergency"), agent("I'm sorry, I can't go past that.")}, "policy", true},
	{"wall: rule and refusal in two sentences", []transcript.Turn{agent("Gift cards are covered by our terms of sale. I'm not able to refund one.")}, "policy", true},
	{"wall neg: refusal without a rule", []transcript.Turn{agent("I can't see the order on my screen yet, give me a second.")}, "policy", false},
	{"wall neg: rule long before", []transcript.Turn{agent("Our policy is to refund within 14 days."), cust("ok"), agent("anything else?"), cust("yes the app"), agent("I'm not able to reset the app from here, you'll need to reinstall it.")}, "policy", false},

	// Stock replies: a private or self-service channel asked of the
	// customer in any words, what a template says of itself; a reply
	// acting on the case in the first person is no template.
	{"stock: team a direct message", []transcript.Turn{agent("Hi, sorry for the bother. Ping our team a direct message with your order number and we'll take it from there.")}, "stock", true},
	{"stock: if you dm", []transcript.Turn{agent("Sorry to read this. If you DM your postcode we'll have a look.")}, "stock", true},
	{"stock: dms are open", []transcript.Turn{agent("Hey! Our DMs are open round the clock for account questions.")}, "stock", true},
	{"stock: noted in due course", []transcript.Turn{agent("Thank you for your call. Your comments have been noted and will be passed on in due course.")}, "stock", true},
	{"stock: app deflection and apology", []transcript.Turn{agent("Apologies for any trouble. Late deliveries can be reported in the app under Orders.")}, "stock", true},
	{"stock neg: the agent's own DM", []transcript.Turn{agent("Hi Priya! It leaves the depot tomorrow, I'll drop you a DM when it's out.")}, "stock", false},
	{"stock neg: we send you", []transcript.Turn{agent("We'll send you a secure message in the app once it's approved.")}, "stock", false},
	{"stock neg: personal with template words", []transcript.Turn{agent("Thanks for reaching out, Jo. I've checked and I've refunded the £12 today, sorry for the wait.")}, "stock", false},

	// Going public: the press by role or by a paper's name, with the
	// customer's act or intent; publishing it oneself, to a public place.
	{"press: tagging a paper", []transcript.Turn{cust("Three weeks with no hot water. Tagging the Northern Gazette, see how fast you move then.")}, "public", true},
	{"press: emailed the newsdesk", []transcript.Turn{cust("I've already emailed the newsdesk at the Bugle about this.")}, "public", true},
	{"press: papers are next", []transcript.Turn{cust("Fourth wrong bill this year. Papers are next.")}, "public", true},
	{"press: the story's with", []transcript.Turn{cust("You kept the deposit and the story's with the Evening Echo now.")}, "public", true},
	{"press neg: read it in", []transcript.Turn{cust("I read in the Times that prices are going up, is that true?")}, "public", false},
	{"press neg: someone else's", []transcript.Turn{cust("my brother says he's going to the papers but I just want it fixed")}, "public", false},
	{"press neg: a paper copy", []transcript.Turn{cust("can I get a paper copy of the bill")}, "public", false},
	{"publish: online", []transcript.Turn{cust("Nobody's called back, so I'm putting it online tonight.")}, "public", true},
	{"publish: posting every day", []transcript.Turn{cust("I'll be posting this every day until my refund lands.")}, "public", true},
	{"publish: petition", []transcript.Turn{cust("I've started a petition for the whole road to switch.")}, "public", true},
	{"publish neg: posting a form", []transcript.Turn{cust("I'm posting the form back to you today")}, "public", false},
	{"publish neg: a price going up", []transcript.Turn{cust("why is my bill going up everywhere I look?")}, "public", false},
	{"publish neg: a forum update", []transcript.Turn{cust("Will post here if the reset works.")}, "public", false},
	{"public neg: a relative's intent", []transcript.Turn{cust("my sister says she'll put it all over facebook, I'd rather you just fixed it")}, "public", false},

	// Loops: sent here by the other side and referred back; "back to" as
	// a sentence of its own; adverbs before "back"; logs that return.
	{"loop: sent here and back", []transcript.Turn{agent("Warranty repairs are booked through the maker, Holt Audio, so you'll need to contact them."), cust("Holt Audio told me to call you!")}, "loop", true},
	{"loop: sent here first", []transcript.Turn{cust("Carrow Couriers gave me your number."), agent("We only take claims from the sender, so you'd need to raise it with the shop you bought it from.")}, "loop", true},
	{"loop neg: our own website", []transcript.Turn{cust("Your website says to contact you about a refund."), agent("Refunds for marketplace items go through the seller, Bright Deals.")}, "loop", false},
	{"loop neg: sent here, helped", []transcript.Turn{cust("The council told me to ring you about the meter."), agent("Yes, that's us, I can book that now.")}, "loop", false},
	{"loop: back to a name", []transcript.Turn{agent("You'll have to contact RepairCo again with the reference."), cust("So back to RepairCo. Great.")}, "loop", true},
	{"loop neg: back to the question", []transcript.Turn{cust("Back to the question about my bill, why is it higher?")}, "loop", false},
	{"loop: straight back", []transcript.Turn{cust("they put me through to billing and then straight back to sales, I started in sales")}, "loop", true},
	{"loop: back with", []transcript.Turn{cust("Sales said it's billing, billing said it's sales, and now I'm back with sales.")}, "loop", true},
	{"loop: log marks the return", []transcript.Turn{system("queue: RETURNS (2nd visit)"), agent("Hi, returns here.")}, "loop", true},
	{"loop: chat log returns", []transcript.Turn{system("You are now chatting with: Payments"), agent("That's a card issue."), system("Transferring to: Cards"), agent("Cards here, that's payments."), system("Transferring to: Payments")}, "loop", true},

	// Handoffs in log formats and by joining; put through to "them".
	{"log: transferred from", []transcript.Turn{system("Chat transferred from: Payments"), agent("Hi, cards team here.")}, "handoffs", 1},
	{"log: xfer arrow", []transcript.Turn{agent("That's one for returns."), system("[xfer -> Returns]")}, "handoffs", 1},
	{"log: someone joined", []transcript.Turn{system("[Agent joined: Priya (Tier 2)] [Agent left: Tom]"), agent("Priya here, I can see the fault.")}, "handoffs", 1},
	{"log: handed from a bot", []transcript.Turn{system("[Conversation handed from bot to live agent]"), agent("Hi, Dan here.")}, "handoffs", 1},
	{"log neg: a hold", []transcript.Turn{system("[hold 02:10]"), agent("Thanks for waiting.")}, "handoffs", 0},
	{"log: routed twice is a loop", []transcript.Turn{system("routed: Billing"), agent("That's a tech fault."), system("routed: Tech"), agent("That's billing."), system("routed: Billing")}, "loop", true},
	{"put through to them", []transcript.Turn{agent("That's one for our faults people, so I'll put you straight through to them.")}, "handoffs", 1},
	{"bring a colleague in", []transcript.Turn{agent("This needs tier two, I'm bringing in a colleague from that team now.")}, "handoffs", 1},
	{"them neg: their callback", []transcript.Turn{agent("I've logged it and the network team will call you tomorrow.")}, "handoffs", 0},

	// The matter put with a party by an obligation, or set between the
	// customer and a party.
	{"obligation: raised with the party", []transcript.Turn{agent("As the booking agent we can't fix it; problems at the cottage have to be raised with the owner's agency first.")}, "cross", true},
	{"obligation: requested from them", []transcript.Turn{agent("Your plan is billed through Cobalt Mobile, so refunds have to be requested from them directly.")}, "cross", true},
	{"between you and your insurer", []transcript.Turn{agent("We bill you first; getting it back is between you and your insurer, Halden Health.")}, "cross", true},
	{"one's for the party", []transcript.Turn{agent("We don't decide claims, that one's for the insurer, Arrow Underwriting.")}, "cross", true},
	{"obligation neg: our department", []transcript.Turn{agent("That's an arrears question, so it has to go to Collections Support. I'll move you.")}, "cross", false},
	{"obligation neg: the customer's account", []transcript.Turn{agent("The refund can't go to a card, it'll go to your bank account within 5 days.")}, "cross", false},
	{"usual route, done ourselves", []transcript.Turn{agent("Normally faults go to the manufacturer, but as it's within 30 days we'll swap it ourselves.")}, "cross", false},
	{"call neg: the number on the card", []transcript.Turn{agent("For security, please call the number on the back of your card.")}, "cross", false},

	// A rule with a dead end is a wall like a rule with a refusal; rules
	// by the kind of document or measure.
	{"wall: exclusion and final decision", []transcript.Turn{agent("Flood damage from groundwater is excluded under section three of the policy. That's the final decision, I'm afraid.")}, "policy", true},
	{"wall: fare rules, hands tied", []transcript.Turn{agent("Basic fares can't be refunded under the fare rules."), cust("not even a voucher?"), agent("I'm sorry, my hands are tied.")}, "policy", true},
	{"wall: a limit and a refusal", []transcript.Turn{agent("The card limit is 500 a day and I can't raise it over chat.")}, "policy", true},
	{"wall neg: a protective rule", []transcript.Turn{agent("Under the back-billing rules we can't charge you for anything older than a year.")}, "policy", false},
	{"wall neg: a dead end without a rule", []transcript.Turn{agent("I'm sorry, there's nothing more I can do today.")}, "policy", false},

	// Promised in other words, and kept in other words.
	{"sworn by Friday", []transcript.Turn{cust("Your fitter swore blind the shower would be working by Friday. It's Tuesday.")}, "broken", true},
	{"guaranteed by a date", []transcript.Turn{cust("You guaranteed the connection by the 3rd. It's the 10th.")}, "broken", true},
	{"confirmed, then nothing", []transcript.Turn{cust("You confirmed the freeze on the 1st. Still charged.")}, "broken", true},
	{"confirmed and there", []transcript.Turn{cust("You confirmed the freeze and it's there on the app, thanks")}, "broken", false},
	{"came and went", []transcript.Turn{cust("I had a callback booked for 10 this morning. It came and went.")}, "broken", true},
	{"never rang back", []transcript.Turn{cust("Nobody ever rang back. Get me a manager.")}, "broken", true},
	{"still haven't refunded", []transcript.Turn{cust("You cancelled my stay and still haven't refunded the deposit.")}, "broken", true},
	{"kept: arrived today", []transcript.Turn{cust("The voucher you promised arrived today, thank you!")}, "broken", false},
	{"kept: and it was", []transcript.Turn{cust("you said the bin would be emptied Monday and it was. Cheers.")}, "broken", false},
	{"no promise: a driver never showed", []transcript.Turn{cust("The taxi never showed and I missed my train.")}, "broken", false},
	{"no promise: they never sent it", []transcript.Turn{cust("the shop I paid never sent the table and has closed down")}, "broken", false},
	{"a friend's case", []transcript.Turn{cust("my friend said she had to complain twice before you'd refund her")}, "broken", false},
	{"promised my deposit", []transcript.Turn{cust("In May you promised my deposit would be back within ten days. It hasn't been.")}, "broken", true},

	// Repeats by an ordinal contact, the agent asking again, the same
	// conversation, "Again:" restating.
	{"ordinal: my third call", []transcript.Turn{cust("This is my third call about the same meter.")}, "repeats", 1},
	{"ordinal: time of asking", []transcript.Turn{cust("Fourth time of asking: where is my deposit?")}, "repeats", 1},
	{"ordinal: fifth email", []transcript.Turn{cust("Dear team, this is my fifth email on this matter.")}, "repeats", 1},
	{"ordinal neg: a second chat", []transcript.Turn{cust("This is my 2nd chat today, the last one cut out")}, "repeats", 0},
	{"ordinal neg: their call", []transcript.Turn{cust("The third call from your engineer was at 6am")}, "repeats", 0},
	{"asked me that", []transcript.Turn{cust("You've literally just asked me that. The 9:10 to York.")}, "repeats", 1},
	{"same conversation", []transcript.Turn{cust("I've had this same conversation with four of your staff.")}, "repeats", 1},
	{"again opening", []transcript.Turn{cust("Again: the parcel never came. Not late. Never came.")}, "repeats", 1},
	{"again neg: again later", []transcript.Turn{cust("The lights flickered again tonight.")}, "repeats", 0},
	{"spell it out again", []transcript.Turn{cust("Do I have to spell it out again? The hub is dead.")}, "repeats", 1},
	{"same day neg", []transcript.Turn{cust("I reported it the same day with photos.")}, "repeats", 0},

	// Nothing further in any words; another way offered is no dead end.
	{"no further: anything else to offer", []transcript.Turn{agent("The landlord has declined. There isn't anything else I can offer you on this.")}, "deadend", true},
	{"no further: action", []transcript.Turn{agent("The exchange is full. There's no further action I can take.")}, "deadend", true},
	{"no further: help further", []transcript.Turn{agent("I'm not able to help further with this matter.")}, "deadend", true},
	{"no further: taking it further", []transcript.Turn{agent("We won't be taking the claim any further.")}, "deadend", true},
	{"the end said outright", []transcript.Turn{agent("I'm the last stop internally and the decision stands.")}, "deadend", true},
	{"no further neg: closing question", []transcript.Turn{agent("Is there anything else I can help with today?")}, "deadend", false},
	{"no further neg: closing condition", []transcript.Turn{agent("If there's nothing else I can do for you, have a good evening.")}, "deadend", false},
	{"no further neg: nothing for you to do", []transcript.Turn{agent("All booked, there's nothing more you need to do.")}, "deadend", false},
	{"no further neg: a comparison", []transcript.Turn{agent("We can't bill for anything more than a year old.")}, "deadend", false},
	{"alternative offered", []transcript.Turn{agent("I can't waive the fee outright, but I can log a fault so it comes off automatically.")}, "deadend", false},

	// Promises by what arrives and when, and by a booking for a time.
	{"arrival: a new card", []transcript.Turn{agent("I've stopped the old one, and a new card will arrive in 3 working days.")}, "promises", "replacement"},
	{"arrival: reaches your card", []transcript.Turn{agent("All processed, it'll reach your card within 5 days.")}, "promises", "refund"},
	{"arrival: the pronoun's refund", []transcript.Turn{agent("I'm refunding the delivery charge now, you'll see it back on your card by Friday.")}, "promises", "refund"},
	{"arrival: a crew attends", []transcript.Turn{agent("I've raised it as urgent and a crew will attend before six today.")}, "promises", "visit"},
	{"arrival neg: an advisor shortly", []transcript.Turn{agent("Your call matters to us. An advisor will be with you shortly.")}, "promises", ""},
	{"arrival neg: no time", []transcript.Turn{agent("A new card will arrive, don't worry.")}, "promises", ""},
	{"booked: for a date", []transcript.Turn{agent("I've booked the boiler service for the 14th, 8 till 12.")}, "promises", "visit"},
	{"booked: rebook offer", []transcript.Turn{agent("I can rebook for Saturday morning.")}, "promises", "visit"},
	{"booked neg: a status", []transcript.Turn{agent("The plumber's booked for Friday.")}, "promises", ""},
	{"booked neg: a flight", []transcript.Turn{agent("I've booked the flight for Tuesday at 9.")}, "promises", ""},
	{"booked neg: the customer's", []transcript.Turn{agent("You'll need to book for a date after the 5th.")}, "promises", ""},

	// A fault reported calmly is a complaint by its predicate; one reported
	// fixed is none.
	{"fault: keeps dropping", []transcript.Turn{cust("Hiya, the wifi keeps dropping out every night around nine."), agent("I'll run a line test."), cust("ok thanks")}, "complaint", true},
	{"fault: arrived torn", []transcript.Turn{cust("The curtains arrived torn along the hem."), agent("I'll send a new pair."), cust("Lovely, thank you.")}, "complaint", true},
	{"fault: taken twice", []transcript.Turn{cust("My direct debit has gone out twice this month."), agent("I'll refund the second one."), cust("Thanks.")}, "complaint", true},
	{"fault neg: fixed", []transcript.Turn{cust("The update fixed the sound cutting out, brilliant, thanks!")}, "complaint", false},
	{"fault neg: asked", []transcript.Turn{cust("Will the app log me out if I change my password? Great, thanks")}, "complaint", false},

	// Leaving in any words, the customer's own.
	{"leave: because", []transcript.Turn{cust("I'm leaving because the 4G here never works.")}, "escalations", "cancel"},
	{"leave: calling to cancel", []transcript.Turn{cust("Hi, I'm calling to cancel. The price went up again.")}, "escalations", "cancel"},
	{"leave: off to another", []transcript.Turn{cust("If it drops again tonight I'm off to another supplier.")}, "escalations", "cancel"},
	{"leave: out the moment", []transcript.Turn{cust("I'm out the moment my contract ends.")}, "escalations", "cancel"},
	{"leave neg: leave you to it", []transcript.Turn{cust("I'll leave you to it then, thanks")}, "escalations", ""},
	{"leave neg: an internal switch", []transcript.Turn{cust("I want to switch my savings to the fixed rate one.")}, "escalations", ""},
	{"leave neg: the bill to paperless", []transcript.Turn{cust("I want to switch the bill to paperless.")}, "escalations", ""},
	{"leave neg: someone else", []transcript.Turn{cust("My flatmate is leaving, can I take over the account?")}, "escalations", ""},
	{"leave neg: my own condition", []transcript.Turn{cust("If I leave before June, is there a fee?")}, "escalations", ""},
}
