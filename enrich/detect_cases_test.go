package enrich

import "github.com/runaroundhq/runaround/transcript"

// detectorCasesH3 extend TestDetectors: warm handoffs, policy walls,
// referral and loop wordings, public channels, questions, quoted speech and
// topics, each with hard negatives.
var detectorCasesH3 = []struct {
	name  string
	turns []transcript.Turn
	field string
	want  any
}{
	// Warm vs cold handoffs.
	{"warm: stays on", []transcript.Turn{agent("Let me transfer you to billing, I'll stay on the line and introduce you.")}, "warm", 1},
	{"warm: briefed later", []transcript.Turn{agent("I'll put you through to the warranty team."), cust("ok"), agent("I've explained your issue to my colleague so you won't have to repeat yourself.")}, "warm", 1},
	{"warm: briefed later is one handoff", []transcript.Turn{agent("I'll put you through to the warranty team."), cust("ok"), agent("I've explained your issue to my colleague.")}, "handoffs", 1},
	{"warm: system event", []transcript.Turn{system("[warm transfer to billing]")}, "warm", 1},
	{"warm: system event target", []transcript.Turn{system("[warm transfer to billing]")}, "targets", "billing"},
	{"warm: conference implies a handoff", []transcript.Turn{agent("Let me conference in my colleague from billing.")}, "handoffs", 1},
	{"warm: conference is warm", []transcript.Turn{agent("Let me conference in my colleague from billing.")}, "warm", 1},
	{"warm: announce, event, brief", []transcript.Turn{agent("Transferring you to billing."), system("[transfer to billing]"), agent("I've briefed my colleague, she has all the details.")}, "warm", 1},
	{"cold: plain transfer", []transcript.Turn{agent("Transferring you to billing now."), system("[transfer to billing]")}, "warm", 0},
	{"cold: customer stays on the line", []transcript.Turn{agent("I'm transferring you to billing now, please stay on the line.")}, "warm", 0},
	{"cold: staying on is no handoff", []transcript.Turn{agent("I'll stay on the line while you restart the router.")}, "handoffs", 0},
	{"cold: cue too late", []transcript.Turn{agent("Let me transfer you to billing."), cust("ok"), cust("hello?"), cust("still there?"), cust("anyone?"), agent("I'll stay on the line.")}, "warm", 0},
	{"cold: negated cue", []transcript.Turn{agent("I'm transferring you to billing, I can't stay on the line.")}, "warm", 0},
	{"warm: one of two", []transcript.Turn{agent("Let me transfer you to billing."), system("[transfer to billing]"), agent("I'll put you through to returns, I'll stay on the line with you."), system("[transfer to returns]")}, "warm", 1},
	{"warm: one of two, count", []transcript.Turn{agent("Let me transfer you to billing."), system("[transfer to billing]"), agent("I'll put you through to returns, I'll stay on the line with you."), system("[transfer to returns]")}, "handoffs", 2},
	{"warm: customer cannot make it warm", []transcript.Turn{agent("Let me transfer you to billing."), cust("I'll stay on the line.")}, "warm", 0},

	// Policy walls.
	{"policy: quota", []transcript.Turn{agent("You've used your quota of visits this year.")}, "policy", true},
	{"policy: is a dead end", []transcript.Turn{agent("You've used your quota of visits this year.")}, "deadend", true},
	{"policy: doesn't allow", []transcript.Turn{agent("Our policy doesn't allow a third repair.")}, "policy", true},
	{"policy: entitled", []transcript.Turn{agent("You're only entitled to one replacement per year.")}, "policy", true},
	{"policy: warranty period", []transcript.Turn{agent("I'm afraid that's outside the warranty period.")}, "policy", true},
	{"policy: limit", []transcript.Turn{agent("The system won't let me book another visit, the limit's been reached.")}, "policy", true},
	{"policy: cancels the visit promise", []transcript.Turn{agent("The system won't let me book another visit, the limit's been reached.")}, "promises", ""},
	{"policy: not covered", []transcript.Turn{agent("That isn't covered by your plan.")}, "policy", true},
	{"policy: exceeded", []transcript.Turn{agent("You've exceeded the limit for free calls.")}, "policy", true},
	{"policy neg: used your card", []transcript.Turn{agent("You've used your card ending 1234 for this order.")}, "policy", false},
	{"policy neg: covered", []transcript.Turn{agent("Good news, that's covered, it's still under warranty.")}, "policy", false},
	{"policy neg: negated", []transcript.Turn{agent("It's not outside the warranty, so we can fix it.")}, "policy", false},
	{"policy neg: customer", []transcript.Turn{cust("Apparently I've used your quota of visits?")}, "policy", false},

	// Cross-company handoffs.
	{"cross: take it up with", []transcript.Turn{agent("You'll have to take that up with Samsung.")}, "cross", true},
	{"cross: a Samsung issue", []transcript.Turn{agent("That's a Samsung issue, not ours.")}, "cross", true},
	{"cross: Vodafone's responsibility", []transcript.Turn{agent("I'm afraid it's Vodafone's responsibility.")}, "cross", true},
	{"cross: we don't handle", []transcript.Turn{agent("We don't handle that, try the manufacturer.")}, "cross", true},
	{"cross: referral is a handoff", []transcript.Turn{agent("You'll need to call FixRight about that.")}, "handoffs", 1},
	{"cross: referral then transfer is one", []transcript.Turn{agent("That's handled by a separate company, let me transfer you to them."), system("[transfer to fixright]")}, "handoffs", 1},
	{"cross neg: software issue", []transcript.Turn{agent("That's a software issue, let me reset it.")}, "cross", false},
	{"cross neg: Wi-Fi problem", []transcript.Turn{agent("That sounds like a Wi-Fi problem.")}, "cross", false},
	{"cross neg: call us back", []transcript.Turn{agent("You'll need to call us back with the reference.")}, "cross", false},
	{"cross neg: question", []transcript.Turn{agent("Have you tried to contact the manufacturer?")}, "cross", false},
	{"cross neg: agent takes it up", []transcript.Turn{agent("I'm going to take this up with my manager.")}, "cross", false},
	{"cross neg: visit our website", []transcript.Turn{agent("Please visit our website for the manual.")}, "cross", false},

	// Transfer loops.
	{"loop: square one", []transcript.Turn{cust("So I'm back to square one.")}, "loop", true},
	{"loop: back to ... again", []transcript.Turn{cust("Back to the warranty team again? Seriously?")}, "loop", true},
	{"loop: they sent me here", []transcript.Turn{cust("They're the ones who sent me here!")}, "loop", true},
	{"loop: agent sends back", []transcript.Turn{agent("I'll transfer you back to billing.")}, "loop", true},
	{"loop: agent sends back target", []transcript.Turn{agent("I'll transfer you back to billing.")}, "targets", "billing"},
	{"loop neg: get back to you", []transcript.Turn{cust("I'll get back to you tomorrow.")}, "loop", false},

	// Dead ends.
	{"dead end: hands tied", []transcript.Turn{agent("I'm sorry, my hands are tied here.")}, "deadend", true},
	{"dead end: no one else", []transcript.Turn{agent("There isn't anyone else you can speak to about this.")}, "deadend", true},
	{"dead end: can't escalate", []transcript.Turn{agent("That's the final decision, I can't escalate it any further.")}, "deadend", true},
	{"dead end neg: can do more", []transcript.Turn{agent("There's more I can do, let me check.")}, "deadend", false},

	// Repeated claims.
	{"repeat: like I said", []transcript.Turn{cust("Like I said, it won't turn on.")}, "repeats", 1},
	{"repeat: umpteenth", []transcript.Turn{cust("For the umpteenth time, it's broken.")}, "repeats", 1},

	// Escalations: public channels.
	{"public: tiktok", []transcript.Turn{cust("I'm posting this on TikTok tonight.")}, "public", true},
	{"public: reddit", []transcript.Turn{cust("Reddit is going to love this.")}, "public", true},
	{"public: trustpilot", []transcript.Turn{cust("I'll leave a review on Trustpilot.")}, "public", true},
	{"public: X", []transcript.Turn{cust("I'll put this on X and tag your CEO.")}, "public", true},
	{"public: newspapers", []transcript.Turn{cust("I'm going to the newspapers with this.")}, "public", true},
	{"public: instagram", []transcript.Turn{cust("Everyone on Instagram will see this.")}, "public", true},
	{"public neg: good review", []transcript.Turn{cust("I'll leave you a good review!")}, "escalations", ""},
	{"public neg: five stars", []transcript.Turn{cust("I'll give you five stars on Trustpilot!")}, "escalations", ""},
	{"public neg: contacted you on twitter", []transcript.Turn{cust("I contacted you on Twitter yesterday.")}, "escalations", ""},
	{"public neg: saw on reddit", []transcript.Turn{cust("I saw on Reddit that there's a fix.")}, "escalations", ""},
	{"public neg: x as a button", []transcript.Turn{cust("I clicked on X to close the window and it crashed.")}, "public", false},
	{"public neg: quoted", []transcript.Turn{cust(`My son said "post it on Twitter" but I'd rather sort it here.`)}, "public", false},
	{"esc neg: abandoned manager", []transcript.Turn{cust("I was going to ask for a manager but you've been great.")}, "escalations", ""},
	{"esc neg: abandoned cancel", []transcript.Turn{cust("I was thinking of cancelling my plan, but this has changed my mind.")}, "escalations", ""},
	{"cancel: subscription", []transcript.Turn{cust("Cancel my subscription.")}, "escalations", "cancel"},
	{"cancel: bare", []transcript.Turn{cust("Three weeks of this. Done, cancelling.")}, "escalations", "cancel"},
	{"cancel neg: order", []transcript.Turn{cust("Can you cancel my order please?")}, "escalations", ""},
	{"cancel neg: appointment", []transcript.Turn{cust("I need to cancel the appointment on Monday.")}, "escalations", ""},
	{"legal: regulator name", []transcript.Turn{cust("I'll report you to Ofcom.")}, "escalations", "legal"},
	{"supervisor: someone senior", []transcript.Turn{cust("Put me through to someone senior, now.")}, "escalations", "supervisor"},

	// Broken promises.
	{"broken: told would", []transcript.Turn{cust("I was told someone would ring me back.")}, "broken", true},
	{"broken: told to restart", []transcript.Turn{cust("I was told to restart it and I did.")}, "broken", false},
	{"broken: never sent", []transcript.Turn{cust("Nobody ever sent the replacement.")}, "broken", true},
	{"broken: quoted promise", []transcript.Turn{cust(`You said "we'll call you back tomorrow" and you didn't.`)}, "broken", true},

	// Promises: questions and quotes are no promises.
	{"promise neg: offer", []transcript.Turn{agent("Would you like me to call you back?")}, "promises", ""},
	{"promise neg: so shall I", []transcript.Turn{agent("Okay, shall I arrange a callback?")}, "promises", ""},
	{"promise: tag question", []transcript.Turn{agent("I'll call you back tomorrow, okay?")}, "promises", "callback"},
	{"promise neg: customer asks", []transcript.Turn{cust("Will you call me back?")}, "promises", ""},
	{"promise neg: quoted", []transcript.Turn{agent(`Your notes say "refund requested", let me check.`)}, "promises", ""},
	{"promise neg: typographic quotes", []transcript.Turn{agent("The system shows “replacement pending” for that order.")}, "promises", ""},
	{"promise: after a quote", []transcript.Turn{agent(`It says "pending", so I'll call you back tomorrow.`)}, "promises", "callback"},
	{"promise: credit back", []transcript.Turn{agent("We'll credit $120.00 back to your account by Friday.")}, "promises", "refund"},
	{"handoff neg: offer", []transcript.Turn{agent("Can I transfer you to billing?")}, "handoffs", 0},
	{"handoff neg: my manager", []transcript.Turn{cust("My manager told me to call.")}, "escalations", ""},

	// Varied wording.
	{"varied: get you over to", []transcript.Turn{agent("I'll get you over to the returns department.")}, "targets", "returns department"},
	{"varied: pass this on", []transcript.Turn{agent("I need to pass this on to my colleague in billing.")}, "handoffs", 1},
	{"varied: speak to your bank", []transcript.Turn{agent("Unfortunately we can't help with that, you'd need to speak to your bank.")}, "cross", true},
	{"varied: down to the courier", []transcript.Turn{agent("That's not something we can do, it's down to the courier.")}, "cross", true},
	{"varied: raise it with", []transcript.Turn{agent("You'd have to raise that with Apple directly.")}, "cross", true},
	{"varied: best bet", []transcript.Turn{agent("Your best bet is to get in touch with the retailer you bought it from.")}, "cross", true},
	{"varied: reseller", []transcript.Turn{agent("We're just the reseller, the warranty is with the manufacturer.")}, "cross", true},
	{"varied: not able to do anything", []transcript.Turn{agent("I'm not able to do anything further on this.")}, "deadend", true},
	{"varied: gone as far", []transcript.Turn{agent("I've gone as far as I can with this.")}, "deadend", true},
	{"varied: only covers", []transcript.Turn{agent("Your plan only covers one repair per year.")}, "policy", true},
	{"varied: return window", []transcript.Turn{agent("I'm sorry, that's past the 30-day return window.")}, "policy", true},
	{"varied: doesn't cover", []transcript.Turn{agent("The warranty doesn't cover accidental damage.")}, "policy", true},
	{"varied: third person", []transcript.Turn{cust("You're the third person I've spoken to today.")}, "repeats", 1},
	{"varied: whoever is in charge", []transcript.Turn{cust("I want to speak to whoever is in charge.")}, "escalations", "supervisor"},
	{"varied: leaving for another", []transcript.Turn{cust("I'm leaving for another provider.")}, "escalations", "cancel"},
	{"varied: no-show", []transcript.Turn{cust("The engineer was a no-show.")}, "broken", true},
	{"varied: meant to get", []transcript.Turn{cust("I was meant to get a callback yesterday.")}, "broken", true},
	{"varied: arrange an engineer", []transcript.Turn{agent("I'll arrange for an engineer to come out on Thursday.")}, "promises", "visit"},
	{"varied: drop you an email", []transcript.Turn{agent("I'll drop you an email with the details.")}, "promises", "follow_up"},
	{"neg: wouldn't be able to", []transcript.Turn{agent("I wouldn't be able to send a replacement, sorry.")}, "promises", ""},
	{"neg: restart the router", []transcript.Turn{agent("You'll need to restart the router and wait two minutes.")}, "cross", false},
	{"neg: call us back", []transcript.Turn{agent("You'll have to call us back if it happens again.")}, "cross", false},
	{"neg: no need to contact", []transcript.Turn{agent("You don't need to contact the manufacturer, we handle warranty repairs.")}, "cross", false},
	{"neg: within the return window", []transcript.Turn{agent("The return window is 30 days, so you're well within it.")}, "policy", false},
	{"neg: covered", []transcript.Turn{agent("Your warranty covers accidental damage, so that's fine.")}, "policy", false},
	{"neg: journalist", []transcript.Turn{cust("I'm a journalist, just asking for a quote.")}, "escalations", ""},
	{"neg: praise to everyone", []transcript.Turn{cust("I'll tell everyone how great you were!")}, "escalations", ""},
	{"neg: manager compliments", []transcript.Turn{cust("Do you have a manager's email for compliments?")}, "escalations", ""},
	{"neg: no need to escalate", []transcript.Turn{cust("No need to escalate, it's fine.")}, "escalations", ""},
	{"neg: don't want to cancel", []transcript.Turn{cust("I don't want to cancel my plan, I just want it fixed.")}, "escalations", ""},
	{"neg: pass you around", []transcript.Turn{agent("I'm not going to pass you around, I'll sort it now.")}, "handoffs", 0},

	// Topics.
	{"topics: dvd recorders", []transcript.Turn{cust("My DVD recorders are stuck on the logo after the firmware update.")}, "products", "dvd recorder|firmware update"},
	{"topics: stuck on logo", []transcript.Turn{cust("My DVD recorders are stuck on the logo after the firmware update.")}, "symptoms", "stuck on logo"},
	{"topics: dvr and tv", []transcript.Turn{cust("The DVR-850 won't turn on and there's no sound from the TV.")}, "products", "dvd recorder|tv"},
	{"topics: two symptoms", []transcript.Turn{cust("The DVR-850 won't turn on and there's no sound from the TV.")}, "symptoms", "won't turn on|no sound"},
	{"topics: longest form", []transcript.Turn{cust("My laptop has a broken screen.")}, "symptoms", "cracked screen"},
	{"topics: distinct, first seen", []transcript.Turn{cust("I was double charged on my bill."), cust("Charged twice! And my router keeps disconnecting."), cust("The bill is wrong.")}, "symptoms", "double charged|no internet"},
	{"topics: distinct products", []transcript.Turn{cust("I was double charged on my bill."), cust("Charged twice! And my router keeps disconnecting."), cust("The bill is wrong.")}, "products", "bill|router"},
	{"topics: travel", []transcript.Turn{cust("My flight was delayed and my bag was lost.")}, "products", "flight|luggage"},
	{"topics: travel symptoms", []transcript.Turn{cust("My flight was delayed and my bag was lost.")}, "symptoms", "delayed|lost"},
	{"topics neg: negated symptom", []transcript.Turn{cust("It's not overheating, it just won't charge.")}, "symptoms", "won't charge"},
	{"topics neg: agent question", []transcript.Turn{agent("Is your laptop overheating?")}, "symptoms", ""},
	{"topics neg: idiom", []transcript.Turn{cust("I'm calling in order to pay.")}, "products", ""},
	{"topics neg: phone as channel", []transcript.Turn{cust("I was on the phone for an hour.")}, "products", ""},
	{"topics: phone as device", []transcript.Turn{cust("My phone keeps rebooting.")}, "products", "phone"},
	{"topics: rebooting", []transcript.Turn{cust("My phone keeps rebooting.")}, "symptoms", "keeps rebooting"},
	{"topics: apostrophe-free", []transcript.Turn{cust("my laptop wont turn on")}, "symptoms", "won't turn on"},
}
