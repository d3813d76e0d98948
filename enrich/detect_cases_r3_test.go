package enrich

import "github.com/runaroundhq/runaround/transcript"

// detectorCasesR3 extend TestDetectors with the families added when the
// second hand-labelled set was opened for tuning: each family is pinned by
// wordings written for these tests (not the set's items), with the hard
// negatives its mechanism must leave alone.
var detectorCasesR3 = []detectorCase{
	// Promises read by what they deliver: the agent's act and its object.
	{"commit: order a new one", []transcript.Turn{agent("I'll order you a new one this afternoon.")}, "promises", "replacement"},
	{"commit: release the deposit", []transcript.Turn{agent("We'll release the deposit to you on Monday.")}, "promises", "refund"},
	{"commit: in an e-mail", []transcript.Turn{agent("I'll put all of that in an e-mail to you tonight.")}, "promises", "follow_up"},
	{"commit: get it replaced", []transcript.Turn{agent("I'm going to get the faulty valve replaced this week.")}, "promises", "replacement"},
	{"commit: credit verb", []transcript.Turn{agent("We'll credit the overcharge back by Friday.")}, "promises", "refund"},
	{"commit: apply to next invoice", []transcript.Turn{agent("I'll apply the goodwill credit to your next invoice.")}, "promises", "refund"},
	{"commit: post it", []transcript.Turn{agent("We'll post it to your home address within ten days.")}, "promises", "follow_up"},
	{"commit: new statement is a document", []transcript.Turn{agent("I'll e-mail a new statement over today.")}, "promises", "follow_up"},
	{"commit neg: looking is no act", []transcript.Turn{agent("I'll check the refund status for you.")}, "promises", ""},
	{"commit neg: transfer names a team", []transcript.Turn{agent("I'll put you through to our refunds team.")}, "promises", ""},
	{"commit neg: add details", []transcript.Turn{agent("I'll add your new details to the file.")}, "promises", ""},
	{"commit neg: can't", []transcript.Turn{agent("I can't order a new one, the model is discontinued.")}, "promises", ""},
	{"commit neg: negated", []transcript.Turn{agent("We won't be sending a new one, I'm afraid.")}, "promises", ""},

	// What the customer will get or hear.
	{"outcome: provisional credit", []transcript.Turn{agent("You'll have a temporary credit on the account by Tuesday.")}, "promises", "refund"},
	{"outcome: hear from us", []transcript.Turn{agent("You'll hear from our complaints team within a fortnight.")}, "promises", "follow_up"},
	{"outcome: a response", []transcript.Turn{agent("You should receive a written response within eight weeks.")}, "promises", "follow_up"},
	{"outcome: money back", []transcript.Turn{agent("I've reversed the late fee, you'll see it back on your card by the weekend.")}, "promises", "refund"},
	{"outcome: on the next bill", []transcript.Turn{agent("You'll see that on your next statement as a credit.")}, "promises", "refund"},
	{"outcome neg: have to pay", []transcript.Turn{agent("You'll have to pay the admin fee first.")}, "promises", ""},
	{"outcome neg: automatic text", []transcript.Turn{agent("It's been moved to Monday, you'll get a confirmation text shortly.")}, "promises", ""},
	{"outcome neg: new option", []transcript.Turn{agent("You'll see a new option in the app menu.")}, "promises", ""},

	// A passive future: the participle, or its subject, says the kind.
	{"passive: be paid", []transcript.Turn{agent("I've approved the claim and it'll be paid within five days.")}, "promises", "refund"},
	{"passive: be posted", []transcript.Turn{agent("Your certificate will be posted first class tomorrow.")}, "promises", "follow_up"},
	{"passive: subject says replacement", []transcript.Turn{agent("A brand-new handset will be dispatched on Monday.")}, "promises", "replacement"},
	{"passive: sent what", []transcript.Turn{agent("You'll be sent a new card within a week.")}, "promises", "replacement"},
	{"passive neg: nothing moves", []transcript.Turn{agent("That will be all for today.")}, "promises", ""},

	// Visits: more workers, "booked X to come", "send someone".
	{"visit: someone will come", []transcript.Turn{agent("Someone will come out to check the boiler pressure on Friday.")}, "promises", "visit"},
	{"visit: booked a roofer", []transcript.Turn{agent("I've booked a roofer for Wednesday morning.")}, "promises", "visit"},
	{"visit: booked a name to come", []transcript.Turn{agent("I've booked Priya to come out on Thursday.")}, "promises", "visit"},
	{"visit: send someone", []transcript.Turn{agent("If the smell comes back, call us and we'll send someone.")}, "promises", "visit"},
	{"visit neg: come back to you", []transcript.Turn{agent("Someone will come back to you by e-mail.")}, "promises", "follow_up"},
	{"visit neg: please visit", []transcript.Turn{agent("Please visit our status page at example.com/status for updates.")}, "promises", ""},
	{"visit neg: the customer books", []transcript.Turn{agent("You can book an engineer with the manufacturer online.")}, "promises", ""},
	{"visit neg: chargeable", []transcript.Turn{agent("A fourth visit would be chargeable at sixty pounds.")}, "promises", ""},

	// E-mail spelt with a hyphen.
	{"e-mail: you", []transcript.Turn{agent("I'll e-mail you the form straight after this call.")}, "promises", "follow_up"},
	{"e-mail: send by", []transcript.Turn{agent("I'll send the final bill to you by e-mail this week.")}, "promises", "follow_up"},

	// Offers put as a question, past refunds, refunds in general, another
	// company's act.
	{"offer: I can ... if useful?", []transcript.Turn{agent("I can ring you back on Monday to finish the setup, if that's useful?")}, "promises", ""},
	{"offer: I can ..., if you'd like?", []transcript.Turn{agent("I can refund the delivery charge, four pounds, if you'd like to keep the order?")}, "promises", ""},
	{"past: we refunded", []transcript.Turn{agent("We refunded a fee in March, so this one stands.")}, "promises", ""},
	{"general: refund is taking", []transcript.Turn{agent("Sorry your refund is taking longer than usual, banks can hold it for 5 days.")}, "promises", ""},
	{"other: the retailer will", []transcript.Turn{agent("The retailer will arrange a refund once they get it back.")}, "promises", ""},
	{"other: our installer is ours", []transcript.Turn{agent("Our installer will come to fit it on Monday.")}, "promises", "visit"},
	{"only if", []transcript.Turn{agent("We'd only be able to replace it if it was faulty on arrival.")}, "promises", ""},
}

// Quotation marks that are no quotation.
var detectorCasesR3Quotes = []detectorCase{
	{"quote: inch mark", []transcript.Turn{cust(`The 55" monitor arrived smashed. If it's not replaced by Monday I'm reporting you to Trading Standards.`)}, "escalations", "legal"},
	{"quote: open quote ends at the line", []transcript.Turn{cust("They said \"next week.\nIf nobody calls by Friday I'm going to the ombudsman.")}, "escalations", "legal"},
	{"quote: real quotation still skipped", []transcript.Turn{cust(`My brother said "just sue them" but I'd rather sort it out.`)}, "escalations", ""},
}

// Stock replies, escalations, repeated claims and loops: the families
// added in the same round.
var detectorCasesR3Families = []detectorCase{
	// Stock replies: incident broadcasts, self-service deflection.
	{"stock: incident broadcast", []transcript.Turn{agent("We're aware that some members can't book classes online. Our engineers are working to fix it and we'll share live updates here.")}, "stock", true},
	{"stock: portal deflection", []transcript.Turn{agent("Sorry to hear this. Please report faults via our online portal so they can be logged and prioritised.")}, "stock", true},
	{"stock: enquiry is important", []transcript.Turn{agent("Your message is important to us. Due to high demand, replies may take longer than usual.")}, "stock", true},
	{"stock: card-back deflection", []transcript.Turn{agent("We can't go into account details on social media. Please call us on the number on the back of your card.")}, "stock", true},
	{"stock neg: live agent aware", []transcript.Turn{agent("We're aware of it, I've just checked your line and reset the port for you.")}, "stock", false},
	{"stock neg: one cue", []transcript.Turn{agent("Please visit the branch with your ID and they'll update the name on the spot.")}, "stock", false},

	// Churn in other words.
	{"cancel: the whole thing", []transcript.Turn{cust("If the van doesn't turn up tomorrow I'm cancelling the whole thing.")}, "escalations", "cancel"},
	{"cancel: bare want to", []transcript.Turn{cust("I want to cancel, I've found it cheaper elsewhere.")}, "escalations", "cancel"},
	{"cancel: moving my account to a name", []transcript.Turn{cust("One more charge like that and I'm moving my account to Starling.")}, "escalations", "cancel"},
	{"cancel: switching to a name", []transcript.Turn{cust("We're done, switching to Octopus next month.")}, "escalations", "cancel"},
	{"cancel: close every account", []transcript.Turn{cust("I'll close all my accounts with you, savings included.")}, "escalations", "cancel"},
	{"cancel: lost a customer", []transcript.Turn{cust("Well done, you've lost a customer of twelve years.")}, "escalations", "cancel"},
	{"cancel neg: joining", []transcript.Turn{cust("I'm switching to you from another network, what do I need?")}, "escalations", ""},
	{"cancel neg: moving house to a town", []transcript.Turn{cust("We're moving to Leeds in June, can the broadband move with us?")}, "escalations", ""},
	{"cancel neg: order", []transcript.Turn{cust("I'd like to cancel my order please, I ordered the wrong size.")}, "escalations", ""},

	// Going public, to an MP.
	{"public: counted followers", []transcript.Turn{cust("I review gadgets for 45k subscribers and this will be in the next video.")}, "public", true},
	{"public: review I'll write", []transcript.Turn{cust("Looking forward to the review I'm going to write tonight.")}, "public", true},
	{"public: publicly", []transcript.Turn{cust("I'm posting this publicly because three letters got no answer.")}, "public", true},
	{"public: radio", []transcript.Turn{cust("I'm ringing the local radio phone-in about this tomorrow.")}, "public", true},
	{"public: audience going to know", []transcript.Turn{cust("Everybody's going to know how you treat pensioners.")}, "public", true},
	{"public neg: under review", []transcript.Turn{cust("Is my application still under review?")}, "public", false},
	{"legal: MP", []transcript.Turn{cust("I've written to my MP about the delays.")}, "escalations", "legal"},
	{"supervisor neg: property managers", []transcript.Turn{cust("I've dealt with four property managers this year.")}, "escalations", ""},
	{"supervisor neg: reported manager", []transcript.Turn{cust("I was told a manager would ring me, nobody did.")}, "escalations", ""},

	// Repeated claims: asked or reported again, counted; earlier messages.
	{"repeat: asked three times", []transcript.Turn{cust("I've asked three times for the itemised bill.")}, "repeats", 1},
	{"repeat: reported N times", []transcript.Turn{cust("Pothole outside number 9. Reported 5 times. Still there.")}, "repeats", 1},
	{"repeat: nth time", []transcript.Turn{cust("For the 5th time, the meter is in the cupboard under the stairs.")}, "repeats", 1},
	{"repeat: as per my previous", []transcript.Turn{cust("As per my previous two emails, the boiler is still not working.")}, "repeats", 1},
	{"repeat: three of you", []transcript.Turn{cust("I've explained this to three of you now.")}, "repeats", 1},
	{"repeat: different managers", []transcript.Turn{cust("I've explained the fault to two different managers.")}, "repeats", 1},
	{"repeat neg: calls counted", []transcript.Turn{cust("I rang twice yesterday and nobody picked up.")}, "repeats", 0},
	{"repeat neg: someone else asked", []transcript.Turn{cust("The engineer asked three times whether the stopcock was on.")}, "repeats", 0},
	{"repeat neg: three of them", []transcript.Turn{cust("I bought three of them last week.")}, "repeats", 0},

	// Dead ends and policy walls: refusing to act at all, rules by other
	// names.
	{"dead end: can't expedite", []transcript.Turn{agent("I'm sorry, I can't expedite the application from here.")}, "deadend", true},
	{"dead end: can't amend", []transcript.Turn{agent("I'm afraid we can't amend tickets bought through a reseller.")}, "deadend", true},
	{"policy: scheme rules", []transcript.Turn{agent("The scheme rules don't allow a claim after 120 days, so I can't raise one.")}, "policy", true},
	{"policy: statutory deadline", []transcript.Turn{agent("The statutory deadline is 21 days and we're unable to accept late appeals.")}, "policy", true},
	{"policy: for security", []transcript.Turn{agent("For security we can't read the PIN out over the phone.")}, "policy", true},
	{"policy neg: change offered", []transcript.Turn{agent("I can change the date for you, no problem.")}, "policy", false},
	{"dead end neg: can't see", []transcript.Turn{agent("I can't see the order yet, give me a second.")}, "deadend", false},

	// Loops told as routes and answers.
	{"loop: each side says", []transcript.Turn{cust("The landlord says ask the agent. The agent says ask the landlord.")}, "loop", true},
	{"loop: from ... back to", []transcript.Turn{cust("I went from the branch to the app, and from the app back to the branch.")}, "loop", true},
	{"loop: passed from and back", []transcript.Turn{cust("I've been passed from billing to tech and back to billing twice now.")}, "loop", true},
	{"loop: keep sending me", []transcript.Turn{cust("You keep sending me to the courier and the courier keeps sending me to you.")}, "loop", true},
	{"loop: round and round", []transcript.Turn{cust("I'm going round and round with your team.")}, "loop", true},
	{"loop neg: bought from you back in", []transcript.Turn{cust("I bought it from you back in March.")}, "loop", false},
	{"loop neg: one referral", []transcript.Turn{cust("The shop told me to ring you about the warranty.")}, "loop", false},
}
