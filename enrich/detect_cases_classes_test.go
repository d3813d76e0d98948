package enrich

import "github.com/runaroundhq/runaround/transcript"

// detectorCasesClasses extend TestDetectors with the classes of wording
// added in the second tuning round (the whole of hand-labelled set 1): one
// block per mechanism, several wordings of the class and the hard
// negatives it must leave alone. The wordings are written for the tests,
// not copied from the labelled set.
var detectorCasesClasses = []detectorCase{
	// A verb of sending or raising, then "to"/"with" a team noun
	// (checkCaseSent).
	{"case: passing you to a desk", []transcript.Turn{agent("I'm now popping you through to the claims desk.")}, "handoffs", 1},
	{"case: target after to", []transcript.Turn{agent("I'm now popping you through to the claims desk.")}, "targets", "claims desk"},
	{"case: flagged with a team", []transcript.Turn{agent("I've flagged your claim with the fraud team, they'll be in touch.")}, "handoffs", 1},
	{"case: raised with a team", []transcript.Turn{agent("I've raised your query with our specialist team.")}, "handoffs", 1},
	{"case: moving across to a department", []transcript.Turn{agent("Let me move you across to our loyalty department.")}, "targets", "loyalty department"},
	{"case: escalated to engineers", []transcript.Turn{agent("We've escalated this straight to the network engineers.")}, "handoffs", 1},
	{"case neg: negated", []transcript.Turn{agent("I won't be passing you to another team.")}, "handoffs", 0},
	{"case neg: passive past", []transcript.Turn{agent("You were transferred to the billing team last week, I can see.")}, "handoffs", 0},
	{"case neg: relayed feedback", []transcript.Turn{agent("Thanks for the kind feedback, we'll pass it on to the team!")}, "handoffs", 0},
	{"case neg: hypothetical", []transcript.Turn{agent("If I send you to the billing team you'll wait an hour, so let me try here.")}, "handoffs", 0},
	{"case neg: question", []transcript.Turn{agent("Has anyone from our team called you?")}, "handoffs", 0},
	{"case: queue event confirms the team", []transcript.Turn{system("queue: billing"), agent("Let me pass you to the Claims team."), system("queue: claims"),
		agent("Sorry, this is a billing matter, I'll pop you back to Billing."), system("queue: billing")}, "loop", true},
	{"case: queue event is the same handoff", []transcript.Turn{agent("Let me pass you to the Claims team."), system("queue: claims")}, "handoffs", 1},

	// Another company by ownership, channel, role or contrast.
	{"cross: belongs to", []transcript.Turn{agent("The meter belongs to Calisen, not us.")}, "cross", true},
	{"cross: booked through", []transcript.Turn{agent("Those flights are booked through SkyTrips, so changes go via them.")}, "cross", true},
	{"cross: role owns the problem", []transcript.Turn{agent("That's a courier problem, I'm afraid.")}, "cross", true},
	{"cross: role's responsibility", []transcript.Turn{agent("Damage in transit is the carrier's responsibility.")}, "cross", true},
	{"cross: party is the best bet", []transcript.Turn{agent("The manufacturer is your best bet for a firmware fix.")}, "cross", true},
	{"cross: named support is the best bet", []transcript.Turn{agent("Samsung support are your best bet here.")}, "cross", true},
	{"cross: rather than us", []transcript.Turn{agent("That's one for your electrician rather than us.")}, "cross", true},
	{"cross: made with a party", []transcript.Turn{agent("Changes have to be made with the booking site you used.")}, "cross", true},
	{"cross: report it to", []transcript.Turn{agent("You'll need to report it to Harlow District Council.")}, "cross", true},
	{"cross neg: a train is the best bet", []transcript.Turn{agent("The 6:10 is your best bet, it gets in before nine.")}, "cross", false},
	{"cross neg: booked the hotel", []transcript.Turn{agent("I have booked the hotel for you.")}, "cross", false},
	{"cross neg: belongs to you", []transcript.Turn{agent("The parcel belongs to you once it's delivered.")}, "cross", false},
	{"cross neg: a person's account", []transcript.Turn{agent("The account belongs to Mr Patel, so I can't discuss it.")}, "cross", false},
	{"cross neg: a technology's issue", []transcript.Turn{agent("That's a software issue, I'll reset it for you.")}, "cross", false},

	// A refusal of something granted (checkGrantRefusal), the end of the
	// line.
	{"dead: unable to waive", []transcript.Turn{agent("I'm unable to waive the late payment fee.")}, "deadend", true},
	{"dead: can't offer compensation", []transcript.Turn{agent("Sadly we can't offer compensation for the delay.")}, "deadend", true},
	{"dead: not able to authorise", []transcript.Turn{agent("I'm not able to authorise a goodwill credit on this account.")}, "deadend", true},
	{"dead: cannot reopen", []transcript.Turn{agent("We cannot reopen the case at this stage.")}, "deadend", true},
	{"dead: can't help with it", []transcript.Turn{agent("Unfortunately we can't help with this one.")}, "deadend", true},
	{"dead: end of the line", []transcript.Turn{agent("I'm afraid this is the end of the line for the claim.")}, "deadend", true},
	{"dead neg: an alternative", []transcript.Turn{agent("I can't refund it today, but I can credit your account now.")}, "deadend", false},
	{"dead neg: a handoff", []transcript.Turn{agent("I can't help with billing, let me transfer you.")}, "deadend", false},
	{"dead neg: the customer cannot", []transcript.Turn{agent("You cannot pay with Amex in store.")}, "deadend", false},
	{"dead neg: a technical failure", []transcript.Turn{agent("I can't process that booking, the date is full.")}, "deadend", false},

	// Policy walls: impersonal refusals, negated entitlements, limits with
	// quotas or refusals, rules that do not apply, coverage passed.
	{"policy: impersonal refusal", []transcript.Turn{agent("Advance fares can't be refunded after purchase.")}, "policy", true},
	{"policy: won't be waived", []transcript.Turn{agent("The admin fee won't be waived, sorry.")}, "policy", true},
	{"policy: negated entitlement", []transcript.Turn{agent("Sale items aren't returnable.")}, "policy", true},
	{"policy: not transferable", []transcript.Turn{agent("Season tickets are not transferable to another person.")}, "policy", true},
	{"policy: only issued + refusal", []transcript.Turn{agent("Vouchers are only given for delays over two hours, so I can't give you one.")}, "policy", true},
	{"policy: limit + quota", []transcript.Turn{agent("We only allow one free repair per customer every twelve months.")}, "policy", true},
	{"policy: limit + quota is a dead end", []transcript.Turn{agent("We only allow one free repair per customer every twelve months.")}, "deadend", true},
	{"policy: doesn't apply", []transcript.Turn{agent("The goodwill scheme doesn't apply to faults inside your home.")}, "policy", true},
	{"policy: outside a long guarantee", []transcript.Turn{agent("As it's outside the two-year guarantee, I'm unable to repair it for free.")}, "policy", true},
	{"policy: company policy not to", []transcript.Turn{agent("It's company policy not to share engineers' numbers.")}, "policy", true},
	{"policy: a condition + refusal", []transcript.Turn{agent("There's no refund unless the train was cancelled, so I can't refund this one.")}, "policy", true},
	{"policy neg: a policy that grants", []transcript.Turn{agent("Our policy is to refund damaged goods in full, so that's done.")}, "policy", false},
	{"policy neg: a price", []transcript.Turn{agent("Delivery is only £3.99 per order.")}, "policy", false},
	{"policy neg: a fact about the product", []transcript.Turn{agent("It can't be repaired, the part is obsolete.")}, "policy", false},
	{"policy neg: refundable", []transcript.Turn{agent("This fare is refundable if you cancel before departure.")}, "policy", false},
	{"policy neg: after the period", []transcript.Turn{agent("You can still make small changes after the cancellation period.")}, "policy", false},

	// Repeated claims: the past telling with a time, a telling said
	// twice, a count at the end, counted contacts, the notes.
	{"repeat: explained yesterday", []transcript.Turn{cust("I explained yesterday that the meter was replaced.")}, "repeats", 1},
	{"repeat: stated it already", []transcript.Turn{cust("I stated it already, the account is in my name.")}, "repeats", 1},
	{"repeat: as I said before", []transcript.Turn{cust("Like I told you before, the boiler is a combi.")}, "repeats", 1},
	{"repeat: told twice over", []transcript.Turn{cust("Told the branch, told the helpline, told your chatbot.")}, "repeats", 1},
	{"repeat: trailing count", []transcript.Turn{cust("I've given the photos, the receipt and the serial number, TWICE.")}, "repeats", 1},
	{"repeat: counted calls", []transcript.Turn{cust("I've explained this on four different calls.")}, "repeats", 1},
	{"repeat: read the messages", []transcript.Turn{cust("Please read my previous messages, it's all there.")}, "repeats", 1},
	{"repeat: keep saying", []transcript.Turn{cust("i keep saying the same thing to every agent")}, "repeats", 1},
	{"repeat neg: modal perfect", []transcript.Turn{cust("I should have told you earlier, sorry.")}, "repeats", 0},
	{"repeat neg: relative clause", []transcript.Turn{cust("Can we go back to the place I mentioned earlier?")}, "repeats", 0},
	{"repeat neg: told, not telling", []transcript.Turn{cust("I've been told twice it's fixed.")}, "repeats", 0},
	{"repeat neg: a symptom", []transcript.Turn{cust("It crashes every time I open it.")}, "repeats", 0},
	{"repeat neg: a party spoken to", []transcript.Turn{cust("I've already spoken to Dyson about it.")}, "repeats", 0},
	{"repeat neg: before as a conjunction", []transcript.Turn{cust("Before I go, can you confirm the date I gave?")}, "repeats", 0},
	{"repeat neg: earlier as an adjective", []transcript.Turn{cust("They said I'd have to pay for an earlier flight.")}, "repeats", 0},
	{"repeat neg: others keep telling", []transcript.Turn{cust("They keep telling me to hold.")}, "repeats", 0},

	// Promises: a contact with a future, a booking and its object, a
	// worker who comes, what is sent.
	{"promise: will call you", []transcript.Turn{agent("One of our engineers will call you between 2 and 4.")}, "promises", "callback"},
	{"promise: DM you", []transcript.Turn{agent("I'll DM you the tracking link shortly.")}, "promises", "follow_up"},
	{"promise: arranged a call", []transcript.Turn{agent("I've arranged a call with our mortgage adviser for Thursday.")}, "promises", "callback"},
	{"promise: booked a plumber", []transcript.Turn{agent("I've booked a plumber for Wednesday morning.")}, "promises", "visit"},
	{"promise: fitter will come", []transcript.Turn{agent("Our fitter will come out on the 12th to measure up.")}, "promises", "visit"},
	{"promise: send a document", []transcript.Turn{agent("I'll send the revised quote over this afternoon.")}, "promises", "follow_up"},
	{"promise: send one out", []transcript.Turn{agent("I'll send the red one out today.")}, "promises", "replacement"},
	{"promise neg: the customer booked", []transcript.Turn{agent("You booked the engineer for the 5th, didn't you?")}, "promises", ""},
	{"promise neg: unable to book", []transcript.Turn{agent("I wasn't able to book an engineer today.")}, "promises", ""},
	{"promise neg: an offer", []transcript.Turn{agent("Would you like me to arrange a call back?")}, "promises", ""},
	{"promise neg: how it normally goes", []transcript.Turn{agent("We normally replace faulty units within 14 days.")}, "promises", ""},
	{"promise neg: a general rule", []transcript.Turn{agent("Anything returned unopened is refunded automatically.")}, "promises", ""},
	{"promise neg: a salon appointment", []transcript.Turn{agent("I've booked your appointment at the salon for 3pm.")}, "promises", ""},
	{"promise neg: sending to a team", []transcript.Turn{agent("I'll send you to the billing team.")}, "promises", ""},

	// Broken promises: a report with a modal future, the promise quoted
	// back with its lapse.
	{"broken: told me would", []transcript.Turn{cust("Your colleague told me a refund would be issued on Monday. Nothing yet.")}, "broken", true},
	{"broken: been told will", []transcript.Turn{cust("I've been told twice that someone will ring me back.")}, "broken", true},
	{"broken: a text saying", []transcript.Turn{cust("Got a text saying it would be delivered by noon.")}, "broken", true},
	{"broken: quoted and lapsed", []transcript.Turn{cust("\"We'll get back to you within 48 hours\" – that was three weeks ago.")}, "broken", true},
	{"broken: neither arrived", []transcript.Turn{cust("I was sent a form and a cheque. Neither has arrived.")}, "broken", true},
	{"broken neg: kept", []transcript.Turn{cust("The agent said \"I'll call you back\" – he did, within the hour.")}, "broken", false},
	{"broken neg: quoted, no lapse", []transcript.Turn{cust("\"We'll see what we can do\" – thanks for the quick reply!")}, "broken", false},
	{"broken neg: an obligation", []transcript.Turn{cust("They told me I would have to pay the fee.")}, "broken", false},
	{"broken neg: the customer's own word", []transcript.Turn{cust("I told them I'd be home all day.")}, "broken", false},

	// Escalations: the last purchase, one's own audience, dispute
	// schemes, and what is no threat.
	{"esc: last order", []transcript.Turn{cust("This is the last time I'm ordering from you.")}, "escalations", "cancel"},
	{"esc: never booking again", []transcript.Turn{cust("Never booking with you again after this.")}, "escalations", "cancel"},
	{"esc: won't be flying", []transcript.Turn{cust("I won't be flying with you again.")}, "escalations", "cancel"},
	{"esc: own followers", []transcript.Turn{cust("My 30k followers will enjoy this story.")}, "public", true},
	{"esc: the street will know", []transcript.Turn{cust("The whole street is going to know about this.")}, "public", true},
	{"esc: subreddit", []transcript.Turn{cust("Screenshots are going up on r/LegalAdviceUK tonight.")}, "public", true},
	{"esc: dispute scheme", []transcript.Turn{cust("Once I get the deadlock letter it goes to CISAS.")}, "escalations", "legal"},
	{"esc neg: own condition", []transcript.Turn{cust("If I cancel my broadband now, is there a fee?")}, "escalations", ""},
	{"esc neg: own condition in a question", []transcript.Turn{cust("if we switch to another provider, do we need the PAC from you?")}, "escalations", ""},
	{"esc neg: a name", []transcript.Turn{cust("Please pass my thanks to Sue in the Leeds branch.")}, "escalations", ""},
	{"esc: sue them", []transcript.Turn{cust("Sue them? I will SUE you.")}, "escalations", "legal"},
	{"esc neg: own supervisor", []transcript.Turn{cust("My supervisor asked me to get a copy of the invoice.")}, "escalations", ""},
	{"esc neg: praise", []transcript.Turn{cust("Your drivers were brilliant, I'm going to post about it on Facebook.")}, "escalations", ""},
	{"esc neg: expected, not needed", []transcript.Turn{cust("I was expecting to end up at the ombudsman, but you sorted it in a day.")}, "escalations", ""},
	{"esc neg: a fix praised", []transcript.Turn{cust("You fixed my router in five minutes, had to tweet this!")}, "escalations", ""},
	{"esc: a fix denied", []transcript.Turn{cust("You still haven't fixed my router, I'm tweeting this.")}, "escalations", "public"},
	{"esc neg: never use a feature", []transcript.Turn{cust("I never use the app, is there a web version?")}, "escalations", ""},
	{"esc neg: not a subreddit", []transcript.Turn{cust("the weather r/scheduling was a mess but we got there")}, "public", false},

	// Stock replies: template families.
	{"stock: pop us a DM", []transcript.Turn{agent("So sorry to hear about your trip. Please pop us a DM with your booking reference.")}, "stock", true},
	{"stock: thanks for flying", []transcript.Turn{agent("Thanks for flying with us! We hope to see you on board again soon.")}, "stock", true},
	{"stock: out of hours", []transcript.Turn{agent("Our team is currently unavailable. Our opening hours are 9-5, Monday to Friday.")}, "stock", true},
	{"stock: feedback passed on", []transcript.Turn{agent("Thanks for taking the time to share your feedback, we'll pass it on to the relevant team.")}, "stock", true},
	{"stock: feedback is no handoff", []transcript.Turn{agent("Thanks for taking the time to share your feedback, we'll pass it on to the relevant team.")}, "handoffs", 0},
	{"stock neg: a specific fix", []transcript.Turn{agent("Sorry about that! I've re-sent the code to your email just now.")}, "stock", false},
	{"stock neg: holding line and an answer", []transcript.Turn{agent("Thanks for holding, I've found your order – it's at the depot.")}, "stock", false},

	// Complaints: failures asked about or supposed are none; a contrastive
	// "not", a bereavement, the customer's own plan to call back are no
	// failure; product and service failures without sentiment words;
	// thanks after a complaint keep it one.
	{"complaint neg: a supposed delay", []transcript.Turn{cust("If my flight is delayed, can I get a refund?")}, "complaint", false},
	{"complaint neg: asked if down", []transcript.Turn{cust("Is the line down in my area?")}, "complaint", false},
	{"complaint neg: the customer's own plan", []transcript.Turn{cust("I'll call back tomorrow when I have the receipt.")}, "complaint", false},
	{"complaint neg: a contrastive not", []transcript.Turn{cust("It's the debit card not the credit card.")}, "complaint", false},
	{"complaint neg: bereavement", []transcript.Turn{cust("My late husband's broadband needs closing, please.")}, "complaint", false},
	{"complaint: mild markers", []transcript.Turn{cust("Nine days without broadband and I want compensation.")}, "complaint", true},
	{"complaint: a product broke", []transcript.Turn{cust("The hinge snapped after a week.")}, "complaint", true},
	{"complaint: goods missing", []transcript.Turn{cust("Half the order was missing.")}, "complaint", true},
	{"complaint: others have it too", []transcript.Turn{cust("Is anyone else's router stuck on a red light?")}, "complaint", true},
	{"complaint: an update froze it", []transcript.Turn{cust("The update froze my TV.")}, "complaint", true},
	{"complaint: ends in thanks", []transcript.Turn{cust("The mirror arrived cracked."), agent("Sorry! A new one ships today."), cust("Thanks so much!")}, "complaint", true},

	// Loops: the same place, each side referring to the other, routes.
	{"loop: sent to the same desk", []transcript.Turn{cust("They sent me to the same desk I started at.")}, "loop", true},
	{"loop: reassigned back", []transcript.Turn{cust("It keeps getting reassigned back to the same team.")}, "loop", true},
	{"loop: referrals both ways", []transcript.Turn{cust("The bank says contact you, you say contact the bank.")}, "loop", true},
	{"loop: ascii route", []transcript.Turn{cust("billing -> sales -> billing, brilliant")}, "loop", true},
	{"loop: arrow route", []transcript.Turn{cust("Went store → head office → store.")}, "loop", true},
	{"loop neg: same person asked for", []transcript.Turn{cust("Can I talk to the same person I spoke to yesterday?")}, "loop", false},
	{"loop neg: one referral", []transcript.Turn{cust("The courier says contact the shop.")}, "loop", false},
	{"loop neg: a menu path", []transcript.Turn{cust("I went Settings -> Privacy -> Location and it's off")}, "loop", false},
}
