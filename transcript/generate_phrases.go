package transcript

// The phrase banks of the generator. Every label has several phrasings (at
// least six per kind) and each phrasing has alternatives inside it, so the
// same label rarely reads the same way twice. Filler (verification,
// troubleshooting, small talk) never contains a label cue: only the phrases
// that set a label say "transfer", "call you back", "supervisor" and so on,
// except for the hard negatives, which say them on purpose and set nothing.

var firstNames = []string{
	"James", "Maria", "Priya", "Tom", "Aisha", "Daniel", "Sofia", "Kenji", "Grace", "Mohammed",
	"Olivia", "Lukas", "Chloe", "Diego", "Hannah", "Samuel", "Mei", "Patrick", "Zainab", "Ethan",
	"Isabel", "Marcus", "Ingrid", "Rahul", "Niamh", "Victor", "Amara", "Jonas", "Leila", "Owen",
	"Rosa", "Tariq", "Freya", "Andre", "Yuki", "Caroline", "Emeka", "Helen", "Bruno", "Sarah",
}

var surnames = []string{
	"Smith", "Garcia", "Patel", "Nguyen", "O'Brien", "Kowalski", "Okafor", "Schmidt", "Rossi", "Tanaka",
	"Williams", "Haddad", "Johansson", "Murphy", "Fernandes", "Clarke", "Novak", "Ali", "Bennett", "Costa",
	"Fischer", "Moreau", "Hughes", "Kaur", "Lindqvist", "Mensah", "Walsh", "Yilmaz", "Reid", "Dubois",
}

var handleWords = []string{
	"retro", "film", "couch", "pixel", "night", "tea", "vinyl", "sunday", "movie", "quiet",
	"north", "lazy", "cosmic", "bike", "garden", "coffee", "rainy", "late", "happy", "grumpy",
}

var handleTails = []string{
	"fan", "dad", "mum", "geek", "watcher", "owl", "cat", "reader", "nerd", "chef", "runner", "kid",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Friday", "Friday"}

var countWords = []string{"two", "three", "four", "five", "six", "seven"}

var waits = []string{"a week", "ten days", "two weeks", "three weeks", "nearly a month", "five weeks"}

var digitWords = [10]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

var laptops = []string{"Aurora 14", "Aurora 15 Pro", "Stratus 13", "Meridian X1", "Aurora 16 Creator", "Stratus 14 Flip"}

var laptopFaults = []string{
	"the screen flickers and then goes completely black",
	"it won't charge at all, the light just blinks orange",
	"the hinge cracked and the lid won't stay up",
	"half the keys on the keyboard stopped working",
	"the fan grinds and it shuts itself off after ten minutes",
	"it won't turn on, nothing, not even the power light",
	"the trackpad clicks on its own and the cursor jumps around",
	"it crashes to a blue screen every time I open the lid",
}

var dvrModels = []string{"DVR-850", "DVR-850", "DVR-850S", "DVR-870", "DVR-850", "DVR-860"}

// --- openers and closings -----------------------------------------------------

var agentGreetVoice = phrases(
	"Thank you for calling <org>, my name is <agent>, {how can I help you today|what can I do for you today|who am I speaking with}?",
	"{<greet>|Hello}, you're through to <org>, this is <agent> speaking, {how can I help|how may I help you}?",
	"Hi there, {thanks for holding|thanks for your patience}, you're speaking with <agent> at <org>. {What can I help with today|How can I help}?",
	"<org>, <agent> speaking, {how can I help|what's the call about today}?",
)

var agentGreetChat = phrases(
	"Hi, I'm <agent> from <org>. {How can I help today?|What can I do for you?|How can I help you?}",
	"{Hello|Hi there}! You're chatting with <agent> at <org>. {How can I help?|What's up?}",
	"Thanks for contacting <org>, my name is <agent>. {How can I help you today?|What can I help with?}",
	"Hi <name>, <agent> here from <org>. {What can I do for you?|How can I help?}",
)

var agentAnythingElse = phrases(
	"Is there anything else I can help you with today?",
	"{Okay|Alright}, is there anything else {I can do for you|you need} today?",
	"Anything else {before I let you go|I can help with}?",
	"Was there anything else at all?",
	"{Great|Okay}. Can I help with anything else?",
	"Is that everything for today?",
)

var agentBye = phrases(
	"Thanks for calling <org>, have a {good|lovely|great} {day|evening}.",
	"{Alright|Okay}, take care <name>, {bye now|goodbye}.",
	"Thank you for your patience today. {Goodbye|Bye for now}.",
	"{Thanks|Thank you} <name>, have a {great|nice} rest of your day.",
	"You're welcome. Take care, <name>.",
	"Have a good one, <name>. Bye.",
)

var custByeNeutral = phrases(
	"No, that's everything, {thanks|thank you}.",
	"{No|Nope}, that's all. Bye.",
	"That's it for now. {Thanks|Cheers}.",
	"No, that was it. Goodbye.",
	"I think that's everything. Thanks.",
	"No, all good. Bye.",
)

var custByePositive = phrases(
	"No, that's {brilliant|perfect|great}, thank you so much for your help!",
	"That's everything. {You've been really helpful|You've been fantastic}, thanks <agent>!",
	"No, that's all, {thanks a lot|thank you}. {Really appreciate it|That was quick}!",
	"Perfect, {thanks so much|many thanks}. Have a lovely day!",
	"Great, that's sorted then. {Thank you|Thanks}, you've made my day.",
	"Wonderful, {thank you|thanks}! That was much easier than I expected.",
)

var custByeNegative = phrases(
	"No. {I just want this fixed|I just want my laptop working}.",
	"{Fine|Whatever}. {Bye|Goodbye}.",
	"No, that's it. {I'm not holding my breath|We'll see}.",
	"No. Just make sure somebody actually does something this time.",
	"That's all. {I'm exhausted by this|I've wasted enough of my day}.",
	"No. {Goodbye|Bye}.",
)

// --- laptop runaround ---------------------------------------------------------

var custDescribeLaptop = phrases(
	"Hi, {yes|hello}, it's <name> <surname>. I bought my <product> from you {about eight months ago|last spring|in March|back in January} and <fault>. {It's still under warranty|I've got the CarePlus cover on it|I paid for the extended cover}, so I'd like it {repaired|fixed|looked at}.",
	"{Hello|Hi}. My <product> is {broken|faulty|basically unusable}: <fault>. I need it for work, so {I need this sorted quickly|I really need it fixed}. My name's <name> <surname>.",
	"Hi, I'm {calling|getting in touch} about my laptop, the <product>: <fault>, {since last week|for about ten days now|on and off for a month}. {I've tried everything I can think of|I've restarted it a hundred times}.",
	"It's <name> <surname>. The <product> I bought from Northwind, <fault>. {I was told to contact you|Your website says to contact you} about a repair.",
	"{Hi|Hello}, I've got the <product> and <fault>. {It's the second time this has happened|It's not even a year old}. I'd like to get it repaired under the warranty.",
	"Yes hi, <name> here. So my <product>, <fault>, and {I've got deadlines|my kids need it for school|I work from home}, so I need to know what happens now.",
)

var custFollowupOpen = phrases(
	"Hi, I'm calling about case <ref>. It's <name> <surname>. {My <product> is still broken|My laptop still isn't fixed}.",
	"{Hello|Hi}, <name> <surname> again, case number <ref>. {I've been waiting <wait>|It's been <wait>} and my <product> still doesn't work.",
	"Yes, hi, it's about my <product>, the case reference is <ref>. {Nothing has happened|Nobody seems to know what's going on}.",
	"I'm chasing up case <ref>, my <product>. {It's been <wait> now|I've been without a laptop for <wait>}.",
	"Hi. <name> <surname>, reference <ref>. I'm calling {yet again|again} about my laptop.",
	"Hello, my name is <name> <surname>, my case is <ref>. I need an update on the repair of my <product>.",
)

var custRepeat = phrases(
	"As I already explained, <fault>.",
	"This is the {third|fourth|fifth} time I've told you this: <fault>.",
	"I've explained this to <count> different people already: <fault>!",
	"Like I said to your colleague, <fault>.",
	"I've been over this already: <fault>. It's all in the notes.",
	"Again, for the umpteenth time, <fault>.",
	"I told the last person all of this: <fault>.",
	"Do you not have notes? I've already explained everything: <fault>.",
)

var custLoop = phrases(
	"{Hang on|Wait}, <dept> sent me to you! I've just come from there.",
	"That's where I started! {You're sending me in circles|This is going round in circles}.",
	"You're sending me back to <dept>? They're the ones who sent me here.",
	"I've already been through to <dept> {twice|before}. They said it wasn't them.",
	"Back to <dept> again? {Seriously|Are you joking}?",
	"But <dept> told me to call you. {Now you're sending me back|This is ridiculous}.",
)

// Transfers inside the contact centre: followed by a system event.
var agentTransfer = phrases(
	"{Okay|Right|Alright}, let me transfer you to <dept>.",
	"I'll put you through to <dept> now{|, one moment}.",
	"I'm going to transfer you over to <dept>, {please hold|bear with me}.",
	"{One moment|Just a moment}, I'll connect you with <dept>.",
	"I'll pass you over to <dept>, they'll be able to help {with that|you}.",
	"Let me hand you over to <dept>{| who deal with that}.",
	"I'm transferring you to <dept> now, please stay on the line.",
	"That's one for <dept>, I'll send you through to them.",
	"{I can't do that from here|That's not something I can do}, but I can put you through to <dept>.",
)

var agentTransferBack = phrases(
	"I'll transfer you back to <dept>, they'll need to raise it.",
	"{Okay|Right}, I'm going to put you back through to <dept>.",
	"It has to go back to <dept>, I'll transfer you.",
	"Let me pass you back over to <dept>.",
	"I'll connect you back to <dept>, they own that part.",
	"That needs to be done by <dept>, so I'll put you through to them again.",
)

var agentTransferChat = phrases(
	"I'm transferring this chat to <dept>, {a colleague will join shortly|please stay in the chat}.",
	"Let me transfer you to <dept>{| who can help with that}.",
	"I'll pass this conversation over to <dept> now.",
	"One moment, I'll connect you with <dept>.",
	"I'm going to hand you over to <dept>, please don't close this window.",
	"I'll put you through to <dept>, they'll pick this up.",
)

var sysTransferVoice = phrases(
	"[transfer to queue <queue>]",
	"[transfer to queue <queue>] [hold]",
	"[transfer initiated: queue <queue>]",
)

var sysTransferChat = phrases(
	"[chat transferred to queue <queue>]",
	"[transfer to queue <queue>]",
)

// A transfer to another company's contact centre: the telephony or chat
// platform records it as external, with the destination.
var sysTransferExternal = phrases(
	"[external transfer to <org2>, queue <queue>]",
	"[external transfer: <org2> / queue <queue>]",
)

// Referrals to another company: the customer has to make a new contact.
var agentReferral = phrases(
	"{I'm sorry but|Unfortunately} that's handled by a separate company, you'll need to call <org2>.",
	"I'm afraid we can't do anything from here, you'll have to contact <org2> directly.",
	"<org2> is a different company, {so|and} you'll need to call them. I can give you their number.",
	"We're not able to book that, it's <org2> who deal with repairs, you'll need to ring them.",
	"That's not us, that's <org2>. They're a separate company, so you'll need to call them yourself.",
	"You'll need to take that up with <org2>, we don't have access to their system.",
	"I can't book that for you, <org2> is a separate company. You'll have to contact them on their own line.",
)

var custReferralReact = phrases(
	"So I have to call someone else {again|now}? {Unbelievable|Great}.",
	"{Why can't you|Can't you} just call them for me?",
	"You're the {third|fourth} company I've spoken to about one laptop.",
	"{Right|Fine}. And what do I do when they send me back to you?",
	"This is absurd. I bought it from Northwind, not from <org2>.",
	"So nobody here can actually help me.",
)

var agentTakeOver = phrases(
	"Hi, this is <agent> {from|with} <org>. {I can see the notes|I've got your details here}, {give me a second|one moment}.",
	"Hello, <agent> here{| in <org>}. {What seems to be the problem|Can you tell me what's happened}?",
	"Hi <name>, you're through to <agent>. {I understand there's an issue with your <product>|I'm told it's about a repair}?",
	"<greet>, <org>, <agent> speaking. How can I help?",
	"Hi, it's <agent>. I've just joined, could you {tell me what's going on|give me a quick summary}?",
	"<agent> here, {thanks for waiting|sorry for the wait}. What's the issue?",
)

var custSupervisor = phrases(
	"Can I speak to a supervisor, please?",
	"I want to talk to your manager.",
	"{Put me through to|Let me speak to} someone senior. Now, please.",
	"{Get me a manager|I need a manager}, please. I'm not doing this again.",
	"I'd like to escalate this to a supervisor.",
	"Is there someone above you I can talk to?",
	"I want your team leader on the phone, please.",
)

var agentToSupervisor = phrases(
	"Of course, {let me transfer you|I'll transfer you} to my supervisor.",
	"{Okay|Certainly}, I'll put you through to a team leader.",
	"Please hold, I'll connect you with a supervisor.",
	"I understand. Let me pass you over to a supervisor.",
	"Sure, I'll transfer you to <dept> now.",
	"Alright, I'll hand you over to my manager.",
)

var agentDeadEnd = phrases(
	"I'm as high as you can go, I'm afraid.",
	"I'm sorry, there's nothing more I can do.",
	"I'm the most senior person on this line, there's no one above me.",
	"{I'm sorry,|Honestly,} my hands are tied here.",
	"That's the final decision, I can't escalate it any further.",
	"I'm sorry, there isn't anyone else you can speak to about this.",
	"There's no further escalation I can offer you, I'm afraid.",
)

var agentPolicyWall = phrases(
	"You've used your quota of technician visits under the plan, {so|and} I can't book another one.",
	"CarePlus covers two on-site visits a year and both have been used.",
	"The policy doesn't allow a third repair attempt{|, I'm sorry}.",
	"{Unfortunately|I'm afraid} that's outside the terms of your cover.",
	"The system won't let me book another visit, the limit's been reached.",
	"Because the unit has been opened by a third party, the warranty's void, {so|and} I can't approve that.",
)

var custAfterDeadEnd = phrases(
	"So that's it? I'm just stuck with a broken laptop?",
	"{Unbelievable|Incredible}. {You're the supervisor|You're meant to be the manager} and you can't help?",
	"So there's literally nobody who can fix this.",
	"I paid for cover for exactly this. {This is a joke|What a waste of money}.",
	"That can't be right. Somebody must be able to do something.",
	"So I've been passed around for <wait> to be told no.",
)

var custComplaintEsc = phrases(
	"I want to make a formal complaint.",
	"I'd like to file an official complaint{| about how this has been handled}.",
	"Please log this as a formal complaint.",
	"How do I raise a formal complaint? {Because I'm going to|I want to do it today}.",
	"I'm putting in a written complaint about this.",
	"Register a complaint, please. I want it on record.",
)

var custPublicEsc = phrases(
	"I'll be writing about this on my blog.",
	"I'm going to tweet about {this|how I've been treated}.",
	"I'm going to the press with this.",
	"I'll leave one-star reviews {everywhere|on every site I can find}.",
	"Everyone's going to hear about how you treat customers.",
	"I'm posting this whole saga on social media{| tonight}.",
	"I'll be putting all of this on Trustpilot.",
)

var custLegalEsc = phrases(
	"I'm going to take legal action.",
	"I'll be speaking to my lawyer{| about this}.",
	"I'm reporting you to the regulator.",
	"I'll file a claim in the small claims court.",
	"This is a breach of consumer law and I will take it further.",
	"I'll be contacting trading standards.",
)

var custCancelEsc = phrases(
	"I'm going to cancel my CarePlus plan.",
	"Cancel my account, I'm done with you.",
	"I want to cancel the cover, {it's worthless|what's the point}.",
	"I'm cancelling everything I have with Northwind.",
	"If this isn't fixed by <day> I'm cancelling my subscription.",
	"I'm closing my account, {I've had enough|this is the last straw}.",
)

var agentEscAck = phrases(
	"I understand{| your frustration}, and I'm {sorry|really sorry} it's come to this.",
	"I completely understand. I'll note that on the case.",
	"That's your right, of course. I've added it to your file.",
	"I hear you, <name>. I'm sorry.",
	"Okay. I've made a note of that.",
	"I'm sorry you feel that way. It's been recorded.",
)

// Promises, by kind.
var agentPromise = [nPromise][]tmpl{
	promCallback: phrases(
		"I'll have someone {call you back|give you a call back} within 48 hours.",
		"You'll get a callback from <dept> within {48 hours|two working days}, {I promise|I guarantee it}.",
		"I'm booking a callback for you, {expect|you'll get} a call within two working days.",
		"Somebody from our team will ring you back by <day>.",
		"I'll personally call you back tomorrow afternoon.",
		"I've requested an urgent callback, a specialist will phone you within 24 hours.",
	),
	promVisit: phrases(
		"I've booked a technician to come out to you by <day>.",
		"An engineer from FixRight will visit on <day> between {eight and twelve|nine and one|one and five}.",
		"We'll send a technician to your home by <day>, they'll bring the parts.",
		"I can confirm an on-site repair visit for <day>.",
		"A field engineer will be with you on <day>, you'll get a text the night before.",
		"I'm scheduling a home visit, someone will be there by <day> at the latest.",
	),
	promRefund: phrases(
		"You'll see the refund of <amount> in 3-5 business days.",
		"I've processed a full refund, it should be back on your card within 3 to 5 business days.",
		"I'm issuing a refund of <amount> today.",
		"The refund's been approved, {allow|please allow} five working days for it to show.",
		"I'll refund the <amount> to your original payment method.",
		"We'll credit <amount> back to your account by <day>.",
	),
	promReplacement: phrases(
		"We'll send you a replacement unit{| free of charge}.",
		"I'm approving a like-for-like replacement, it'll ship by <day>.",
		"A brand new <product> will be dispatched to you this week.",
		"I've raised a replacement order, you'll have it within seven days.",
		"We'll swap it for a new one, no charge.",
		"I can offer you a replacement <product>, it'll arrive by <day>.",
	),
	promFollowUp: phrases(
		"I'll email you a summary and the next steps today.",
		"You'll get a follow-up email with your case reference within the hour.",
		"I'll send you an email confirming all of this by end of day.",
		"I'll follow up with you by email on <day>.",
		"Expect a written follow-up from me tomorrow.",
		"I'm going to send you an email with everything we discussed.",
	),
}

var custPromiseAck = phrases(
	"{Okay|Fine}. {I'll believe it when I see it|We'll see}.",
	"Right. And if that doesn't happen?",
	"Okay, thank you. Please make sure it actually happens this time.",
	"{Alright|Okay}. I'll hold you to that.",
	"Okay. {Thanks|Thank you}, I suppose.",
	"Fine. Can you put that in writing?",
)

// Broken-promise claims, by the kind of promise that was broken.
var custBroken = [nPromise][]tmpl{
	promCallback: phrases(
		"You promised a callback and nobody called.",
		"I was told someone would ring me back within 48 hours. That was <wait> ago.",
		"Nobody ever called me back, {like they said they would|even though I was promised}.",
		"I'm still waiting on the callback I was promised on <day>.",
		"I was promised a call back. It never came.",
		"Your colleague swore I'd get a call within two days and I've heard nothing.",
	),
	promVisit: phrases(
		"The technician was supposed to come on <day> and nobody showed up.",
		"I took the day off work for the engineer visit and no one came.",
		"You promised a technician by <day>. Nobody turned up.",
		"The repair visit I was promised never happened.",
		"I waited in all day for FixRight and they never came.",
		"I was told an engineer would be here by <day>, and still nothing.",
	),
	promRefund: phrases(
		"I still haven't received the refund.",
		"The refund of <amount> you promised never arrived.",
		"It's been <wait> and there's no refund on my card.",
		"You said 3-5 business days for the refund. It's been <wait>.",
		"Where is my refund? I was promised it last week.",
		"I was told the refund was processed, but nothing's come through.",
	),
	promReplacement: phrases(
		"The replacement I was promised never shipped.",
		"I was told a new laptop would be sent out, and nothing arrived.",
		"There's still no sign of the replacement unit.",
		"You promised a replacement by <day>. I've got nothing.",
		"Nobody ever sent the replacement.",
		"Apparently the replacement order doesn't even exist on your system.",
	),
	promFollowUp: phrases(
		"I was promised an email with the next steps and never got it.",
		"Nobody followed up like they said they would.",
		"Your colleague said she'd email me a summary. Nothing.",
		"I never received the follow-up email.",
		"I was told I'd hear back by email on <day> and I didn't.",
		"No follow-up, no email, nothing.",
	),
}

var agentBrokenAck = phrases(
	"I'm {so sorry|really sorry} about that, I can see {the note|it on the system} but {nothing was booked|it wasn't actioned}.",
	"I do apologise. {I'm not sure what happened there|I can't see why that didn't happen}.",
	"I'm sorry to hear that. Let me see what I can do.",
	"That shouldn't have happened, I apologise.",
	"{Okay|Right}, I can only apologise for that.",
	"I understand, and I'm sorry. Let's try to sort it now.",
)

var managerIntro = phrases(
	"Hello, {may I speak to|is that} <name> <surname>? This is <agent>, I'm a senior manager in the executive customer relations team at Northwind. I'm calling about your case, <ref>.",
	"Hi <name>, my name is <agent>, I head up customer relations at Northwind. I've been asked to look at your case personally.",
	"<greet>, is that <name>? It's <agent> from the Northwind executive office. I've read through your complaint, and I wanted to call you myself.",
	"Hello <name>, <agent> here, I'm the customer experience director at Northwind. Do you have a few minutes to talk about your laptop?",
	"Hi, is this <name> <surname>? I'm <agent>, senior escalations manager at Northwind, calling back about reference <ref>.",
	"Hello, this is <agent> from Northwind's executive response team. I'm returning your call about the <product>.",
)

var managerApology = phrases(
	"First of all, I want to apologise. {Having read the notes|Looking at the history}, you've been passed between <count> different teams and that's simply not acceptable.",
	"I'm sorry for how this has been handled. Nobody took ownership of your case, and that's on us.",
	"I've gone through every contact on your case and I can see you've had to explain yourself again and again. I'm genuinely sorry.",
	"Let me start by saying sorry. The way you've been bounced between us, CarePlus and FixRight is not how we want to treat anyone.",
	"I wanted to call to apologise personally, and to take ownership of this from now on, so you don't have to deal with anyone else.",
	"I owe you an apology. {Promises were made|You were promised things} that nobody delivered, and I'm going to change that.",
)

var custManagerReact = phrases(
	"{Well|Okay}, thank you for calling. It's the first time anyone's actually listened.",
	"Right. I appreciate the call, but I've heard apologies before.",
	"Thank you. I just want a working laptop, that's all I've ever wanted.",
	"Okay. I'm glad someone's finally looking at it properly.",
	"I appreciate that. It's been <wait> of this.",
	"Thanks. Honestly I'd given up on Northwind.",
)

var custManagerThanks = phrases(
	"Thank you, <agent>. That's {all I wanted|a huge relief}, honestly.",
	"That's great, thank you so much. I really appreciate you sorting this.",
	"Okay, that's brilliant. Thank you for actually taking care of it.",
	"Wonderful, thank you. You've restored a bit of my faith in Northwind.",
	"Thank you, that's a relief. Finally!",
	"That's perfect, thanks <agent>. I'm really grateful.",
)

// --- social -------------------------------------------------------------------

// The brand's stock reply: one template, lightly varied.
var brandStock = phrases(
	"{Hi <handle>, we're|We're|We are} {sorry|so sorry} to hear about this. Please DM us your {serial number|order number} and we'll look into it{| for you}.{| ^<agent>}",
	"{|Hi <handle>! }Thanks for reaching out! We apologise for any inconvenience. Please DM us your {serial number|order number} and we'll look into it.{| ^<agent>}",
	"{|<handle> }{We're|We are} sorry to hear about this. Please {DM|send} us your serial number and {we'll|we will} look into it.{| ^<agent>}",
)

var laptopSocial = phrases(
	"<brand> {<wait>|<count> phone calls|<count> departments} and my <product> is still broken. {Unreal|Shocking|Fantastic service, not}.",
	"<brand> I've been bounced between {the store, warranty and CarePlus|<count> departments|three different companies} over one broken laptop.",
	"Day {12|15|19|23} without a laptop, thanks <brand>. Everyone says it's someone else's problem.",
	"<brand> why does fixing my <product> under warranty involve {four|five} companies and zero repairs?",
	"Dear <brand>, my <product> has been broken for <wait> and nobody will take responsibility.",
	"<brand> your warranty is worthless. <wait> and I'm still getting nowhere.",
)

var laptopSocialBroken = phrases(
	"Promised a callback, nobody called.",
	"The technician never showed up.",
	"Still no refund.",
	"The promised replacement never came.",
	"Nobody followed up like they said.",
	"Still waiting on the engineer visit I was promised.",
)

var laptopSocialBrokenKind = []int{promCallback, promVisit, promRefund, promReplacement, promFollowUp, promVisit}

var socialPublicEsc = phrases(
	"Writing this all up on my blog.",
	"Going to the press next.",
	"One-star reviews incoming.",
	"Everyone should know how you treat customers.",
	"Thread below, please share.",
	"Leaving reviews everywhere.",
)

var socialLegalEsc = phrases(
	"Small claims court it is.",
	"Trading standards will hear about this.",
	"Talking to a lawyer on Monday.",
	"Reporting this to the regulator.",
	"See you in court.",
	"Consumer rights lawyer is next.",
)

var socialCancelEsc = phrases(
	"Cancelling my cover.",
	"Closing my account.",
	"Cancelling my subscription today.",
	"Cancelling everything with you.",
	"Done, cancelling.",
	"Cancelling my plan over this.",
)

// --- firmware crisis ----------------------------------------------------------

var fwOpen = phrases("<brand>", "Hey <brand>", "{Thanks a lot|Cheers|Great job} <brand>,", "", "Seriously <brand>,", "<brand>")

var fwSymptom = phrases(
	"my <model> is bricked after last night's firmware update.",
	"the update killed my <model>, it's stuck on the boot logo.",
	"my <model> won't power on since the update.",
	"my <model> just shows LOADING forever since the update.",
	"update <fw> froze my <model> and the tray won't open.",
	"the firmware update turned my <model> into a paperweight.",
	"<model> dead after the {overnight|Friday night} update. {Just|Only} a blinking red light.",
	"after <fw> my <model> reboots every 30 seconds.",
)

var fwNeutralPost = phrases(
	"Is anyone else's <model> stuck on LOADING after the update? {Mine's been like it since Friday night|Not sure what to do}.",
	"<brand> is there a known issue with firmware <fw> on the <model>?",
	"Quick question for <brand>: my <model> updated to <fw> and now won't start. Any advice?",
	"Seeing a lot of posts about the <model> update. {Mine's unplugged now|Mine hasn't updated yet}, should I keep it offline?",
	"<brand> my <model> says UPDATE FAILED. What now?",
	"Does anyone know if <brand> are aware of the <fw> problem?",
)

var fwExtra = phrases(
	"My recordings are trapped on it.",
	"Had the whole series recorded on it.",
	"Wedding DVD stuck in the tray.",
	"Kids' film is stuck in it, they're in tears.",
	"Missed recording the match.",
	"And of course support is closed till Monday.",
	"Phone line says closed for the weekend. Brilliant.",
	"Who pushes an update on a Friday night?!",
	"#Vireo #fail",
	"Not impressed.",
	"Fix this please.",
	"Three years old and now it's junk.",
)

var fwAfterFix = phrases(
	"Saw the fix on the Vireo forum, my <model> is back! Holding STOP+POWER worked.",
	"<brand> the forum fix worked for my <model>, thanks. Should have been posted here too though.",
	"For anyone with a bricked <model>: the fix is on the Vireo community forum, not here.",
	"Got my <model> working again with the recovery steps from the forum.",
	"Forum fix worked. Recordings all still there, phew.",
	"Anyone else find the <model> fix? It's buried in the forum.",
)

var fwAfterFixNeg = phrases(
	"<brand> tried the forum fix, still stuck on LOADING.",
	"<brand> why is the fix only on your forum? Still no answer here.",
	"The STOP+POWER thing doesn't work on my <model>.",
	"<brand> recovery mode won't start on my <model>. Now what?",
	"Fix from the forum did nothing for me. <model> still dead.",
	"<brand> three days and your only answer is DM us. The fix isn't working.",
)

var forumReply = phrases(
	"Same here, <model>, stuck on LOADING.",
	"Mine too. Support's closed until Monday, great.",
	"Tried unplugging it for ten minutes, no luck.",
	"Has anyone heard anything from Vireo?",
	"Same problem. Blinking red light and nothing else.",
	"Mine updated at about 7pm Friday and died straight away.",
	"Disc stuck inside. Can't even get it out.",
	"Tried the reset in the manual, didn't work.",
	"Their social account just keeps saying DM us.",
	"Is there a way to stop it updating? My second one is still fine.",
	"Same, <fw>. Rebooting every 30 seconds.",
	"Not impressed at all, it's only two years old.",
	"Anyone tried a factory reset from the menu? Can't get to the menu.",
	"Kept it unplugged from the network, it's fine for now.",
)

var forumOP = phrases(
	"<model> bricked after firmware <fw>? Mine is stuck on LOADING and won't do anything. {Anyone found a fix?|Any ideas?}",
	"Firmware <fw> broke my <model>. Tray won't open and the display just says LOADING. Support closed till Monday.",
	"HELP: <model> dead after Friday update. {Blinking red light|Reboot loop}. Recordings on it I really need.",
	"Is everyone's <model> broken after the update or just mine?",
	"Update <fw> on the <model>: the thread for everyone who got hit",
	"<model> won't start after <fw>. Tried everything in the manual.",
)

var forumFix = phrases(
	"UPDATE from the Vireo team: we've identified the problem with firmware <fw>. To recover your <model>: unplug it, hold STOP and POWER together, plug it back in and keep holding for 15 seconds until the display shows RECOVERY. It reinstalls the previous firmware and your recordings are kept. We're sorry for the trouble this weekend.",
	"Official fix from Vireo: firmware <fw> has been withdrawn. On the <model>, unplug the power, press and hold STOP + POWER, reconnect the power while holding both for 15 seconds, and wait for RECOVERY on the display. Your recordings will not be deleted.",
)

var forumAfterFix = phrases(
	"That worked! Thank you!",
	"Worked for me, recordings still there.",
	"Finally. Took two goes but it's back.",
	"Thanks, working again. Why wasn't this on Twitter?",
	"Brilliant, that did it.",
	"Recovery worked on my <model> too.",
)

var vireoAware = phrases(
	"Yes, we're aware of an issue with firmware <fw> on the <model>, {I'm sorry you've been affected|we've had a lot of calls about it this morning}.",
	"I'm sorry about that. The update <fw> caused problems for a number of <model> owners over the weekend.",
	"We know about the <fw> update problem, {I'm sorry|apologies} that our lines were closed over the weekend.",
	"Thanks for your patience. That's the <fw> firmware issue, we're seeing it a lot today.",
	"Right, that's the weekend update. I'm really sorry, it affected quite a few <model> units.",
	"Yes, it's the firmware. We've withdrawn <fw> and there's a recovery procedure.",
)

var custFwCall = phrases(
	"Hi, my <model> stopped working after the update on Friday. {It's stuck on LOADING|It just blinks red} and I couldn't get hold of anyone all weekend.",
	"Hello, I've got the <model> and your firmware update bricked it. I've been trying to reach you since Friday night.",
	"Yes, hi. My <model> updated itself on Friday and now it's dead. {There are recordings on it I need|There's a disc stuck in it}.",
	"Hi there, it's <name> <surname>. The update broke my DVD recorder, the <model>. Your support was closed all weekend!",
	"My <model> is broken since the update. I posted online and all I got was a message telling me to DM you.",
	"<greet>. My Vireo <model> won't start since the weekend update, {what are you doing about it|how do I fix it}?",
)

var custFwComplain = phrases(
	"Why would you push an update on a Friday night and then close for the weekend?",
	"I've lost recordings I can't replace.",
	"Your social media people just kept sending the same reply.",
	"It's not good enough. The thing was working perfectly before.",
	"I spent my whole weekend trying to get it working.",
	"I paid a lot for this recorder.",
)

// --- ordinary contacts --------------------------------------------------------

type ordinaryTopic struct {
	ask     []tmpl
	resolve []tmpl
	fill    int // filler topic
}

var ordinaryTopics = []ordinaryTopic{
	{ // password reset
		ask: phrases(
			"Hi, I can't log into my account, I think I've forgotten my password.",
			"Hello, I'm locked out of my online account. {It says too many attempts|It keeps saying the password's wrong}.",
			"Hi there, I need to reset my password but the reset email isn't arriving.",
			"I'm trying to sign in to check my order and it won't accept my password.",
		),
		resolve: phrases(
			"I've unlocked the account and sent a reset link to the email on file, it should be there now.",
			"Done, I've reset it. You'll be asked to choose a new password when you sign in.",
			"The account's unlocked now. Try the reset link again, it should work straight away.",
		),
		fill: fillAccount,
	},
	{ // order status
		ask: phrases(
			"Hi, I'm just checking on the status of an order, the number is <order>.",
			"Hello, could you tell me when my order will arrive? It's <order>.",
			"Hi, I ordered the <product> last week and haven't had a delivery date yet.",
			"Just wondering where my parcel is, order <order>.",
		),
		resolve: phrases(
			"It's out for delivery today, you should get a text with a one-hour window this morning.",
			"It left the warehouse yesterday and it's due on Thursday.",
			"It's with the courier now, the tracking link is in your confirmation email.",
		),
		fill: fillOrder,
	},
	{ // billing question
		ask: phrases(
			"Hi, I have a question about my latest statement. What's the charge of <amount>?",
			"Hello, I'd just like to understand a line on my invoice, it says <amount>.",
			"Hi, can you explain the payment of <amount> that went out this month?",
			"I've got a question about my CarePlus billing date.",
		),
		resolve: phrases(
			"That's your annual CarePlus fee, it renews on the same date each year.",
			"That's the second instalment of your payment plan, there's one more after that.",
			"That's the delivery charge for the accessories order, the laptop itself shipped free.",
		),
		fill: fillBilling,
	},
	{ // address change
		ask: phrases(
			"Hi, I've moved house and need to update my address.",
			"Hello, can I change the delivery address on my account?",
			"I need to update my contact details, I've got a new address.",
			"Hi, quick one, my address has changed, can you update it?",
		),
		resolve: phrases(
			"That's all updated, future orders will go to the new address.",
			"Done, I've changed it on the account and on the open order.",
			"Okay, the new address is saved.",
		),
		fill: fillAccount,
	},
	{ // product question
		ask: phrases(
			"Hi, does the <product> charge over USB-C?",
			"Hello, can the <model> record two channels at once?",
			"I was wondering if the <product> comes with a carry case.",
			"Quick question, does the <model> play Blu-ray discs?",
		),
		resolve: phrases(
			"Yes, it does, any USB-C charger of 65 watts or more will work.",
			"It can, yes, you can record one channel while watching another, or two at once.",
			"Not as standard, but there's a sleeve in the accessories section.",
		),
		fill: fillProduct,
	},
	{ // receipt copy
		ask: phrases(
			"Hi, could you send me a copy of my receipt? I need it for my records.",
			"Hello, I need a VAT invoice for my <product> for work.",
			"Can I get a copy of the invoice for order <order>?",
			"Hi, I've lost my receipt and need it for the warranty registration.",
		),
		resolve: phrases(
			"I've sent a copy to the email address on your account just now.",
			"Done, the invoice is in the documents section of your account as well.",
			"That's on its way to your inbox now.",
		),
		fill: fillOrder,
	},
	{ // delivery slot
		ask: phrases(
			"Hi, can I change my delivery slot to Saturday?",
			"Hello, I won't be in on Thursday, can the delivery be moved?",
			"Is it possible to have my order left with a neighbour?",
			"Hi, can you deliver to my work address instead this time?",
		),
		resolve: phrases(
			"I've moved it to Saturday morning, you'll get a confirmation text.",
			"That's changed, it'll come on Friday instead.",
			"Done, I've added that as a delivery note for the courier.",
		),
		fill: fillOrder,
	},
}

// Hard negatives: the cue words, with nothing planted.
var hardNegatives = phrases(
	"{Oh|Actually}, no need to call me back, {that's everything|it's sorted now}.",
	"I'm not going to transfer you, I can fix this myself.",
	"No need to transfer me, you've sorted it.",
	"I was going to ask for a manager but honestly you've been great.",
	"I was thinking of cancelling, but this has changed my mind.",
	"I'll leave you a good review, actually!",
	"I don't need a refund, I was just checking.",
	"Don't worry about emailing me, I've written it down.",
	"No need for a supervisor, thanks, that's all I needed.",
	"I'm not complaining, just wanted to check.",
)

var hardNegativeAgent = phrases(
	"I won't transfer you, I can sort that here.",
	"No need to call back, it's all done on my side.",
	"I don't need to put you through to anyone, I can do it now.",
	"You don't need to speak to a supervisor, I have access to that.",
	"There's no need to contact anyone else, it's all handled here.",
	"I'm not going to pass you around, let me just do it.",
)

var socialOrdinary = phrases(
	"{Big|Huge|Massive} thanks to <brand> for sorting my {order|delivery|<product> order} so {fast|quickly}{!|.| today!}",
	"{Just got|Finally got|Unboxed} my new <product> {and I love it|and it's gorgeous|and it's so fast}{!|.} {Thanks|Cheers} <brand>{!|.}",
	"<brand> does the <product> come in {silver|another colour|a lighter colour}?",
	"<brand> what time does the {store|Northwind store|flagship store} open on {Sunday|Sundays}?",
	"Shout out to <agent> at <brand>, {lovely|really helpful|so patient} on {chat|the phone} {today|this morning|earlier}.",
	"Thinking of {getting|buying} the <model>{ for the living room| for my mum|}. Anyone got one? {Any good?|Worth it?|Thoughts?}",
	"<brand> no need to DM{| me}, it's all sorted {now|already|after all}, thanks{!|.| <agent>!}",
	"<brand> is the <product> compatible with the {old|previous|Gen 2} docking station?",
	"{Delivery|My order|The <product>} came a day early, well done <brand>{.|!}",
	"<brand> when will the <product> {be back in stock|come back into stock|be available again}?",
)

// Which socialOrdinary posts are questions (they get a specific reply) and
// which are positive.
var socialOrdinaryKind = []byte{'+', '+', '?', '?', '+', '.', '+', '?', '+', '?'}

var brandSpecific = phrases(
	"Hi <handle>! {Yes|It does}, it comes in silver and graphite. ^<agent>",
	"Hi <handle>, we open at 10am on Sundays. ^<agent>",
	"Hi <handle>, yes, it works with the USB-C dock. ^<agent>",
	"Hi <handle>, we're expecting new stock next week, {keep an eye on the site|sign up for alerts on the product page}. ^<agent>",
	"Thanks <handle>, glad you like it! ^<agent>",
	"Thanks for the kind words, <handle>! ^<agent>",
)

// --- PII ------------------------------------------------------------------------

var agentAskPII = [nPII][]tmpl{
	piiCard: phrases(
		"Could I take the long card number, please?",
		"Can you read me the card number?",
		"What's the number on the card, please?",
	),
	piiEmail: phrases(
		"Can I take an email address, please?",
		"What's the best email to reach you on?",
		"Could you confirm the email address on the account?",
	),
	piiNationalID: phrases(
		"For verification, can I take your ID number?",
		"Could you confirm your national ID number, please?",
		"I just need your social security number to verify.",
	),
	piiPhone: phrases(
		"And a contact number?",
		"What's the best phone number for you?",
		"Can I take a phone number in case we get cut off?",
	),
}

var custGivePII = [nPII][]tmpl{
	piiCard:       phrases("It's <pii>.", "Sure, <pii>.", "The card number is <pii>.", "Okay, it's <pii>, expiry 09/28."),
	piiEmail:      phrases("It's <pii>.", "My email's <pii>.", "Sure, <pii>.", "You can use <pii>."),
	piiNationalID: phrases("It's <pii>.", "Okay, <pii>.", "My number is <pii>.", "Sure, it's <pii>."),
	piiPhone:      phrases("It's <pii>.", "You can reach me on <pii>.", "My mobile is <pii>.", "Sure, <pii>."),
}

// --- filler -------------------------------------------------------------------

const (
	fillLaptop = iota
	fillDVR
	fillAccount
	fillOrder
	fillBilling
	fillProduct
	fillGeneric
	nFill
)

var agentAck = phrases(
	"Okay.", "Right, I see.", "Got it, thank you.", "Okay, thanks for that.", "Mm-hm.", "Alright.",
	"Thank you.", "Okay, bear with me one second.", "Lovely, thanks.", "Understood.",
)

type fillBank struct {
	qa   [][2]tmpl // a question and its answer
	more []tmpl    // extra sentences a talkative customer adds
}

// qaPairs compiles question/answer pairs.
func qaPairs(ss ...string) [][2]tmpl {
	out := make([][2]tmpl, len(ss)/2)
	for i := range out {
		out[i] = [2]tmpl{compile(ss[2*i]), compile(ss[2*i+1])}
	}
	return out
}

var fillers = [nFill]fillBank{
	fillLaptop: {
		qa: qaPairs(
			"Can you read me the serial number? It's on the sticker underneath.", "{Yes|Sure}, it's <serial>.",
			"Could you read out the serial number for me?", "Okay, the serial is <serialsaid>.",
			"Have you tried holding the power button down for thirty seconds with the charger unplugged?", "I tried that, {yes|twice}, it didn't make any difference.",
			"Does it happen when it's plugged in as well, or only on battery?", "Both, it does it plugged in and on battery.",
			"When did you first notice it?", "About {two|three} weeks ago, {I think|maybe a bit longer}.",
			"Has it been dropped or had any liquid on it at all?", "No, never, it's barely left my desk.",
			"Could you connect it to an external monitor and tell me what you see?", "The external screen works fine, it's just the laptop that's the problem.",
			"Which version of the system software is it running, do you know?", "I'm not sure, {it updates itself|whatever the latest one is}.",
			"And was it bought from the Northwind website or in one of our stores?", "From the website. The order number is <order>.",
			"Can you confirm the order number for me?", "Sure, it's <ordersaid>.",
			"Does the charging light come on at all?", "{No light at all, nothing|It flickers for a second and then goes off}.",
			"Have you installed any new software recently?", "No, nothing new. Just the usual updates.",
			"Is the battery swollen at all, does the case look lifted anywhere?", "No, it looks completely normal from the outside.",
			"And is it the original charger that came in the box?", "Yes, the original one.",
		),
		more: phrases(
			"I use it for work, so I've had to borrow my partner's, which isn't ideal.",
			"It was working perfectly, and then one morning it just started doing this.",
			"I've got everything backed up, so I'm not worried about the data.",
			"It's not like it's an old machine, it's less than a year old.",
			"I did look online and a few people seem to have the same problem.",
			"I've got a big presentation coming up so the timing couldn't be worse.",
			"I looked after it really well, it's always been in a sleeve.",
			"I tried a different charger from a friend as well, same thing.",
			"My daughter thinks it might be the battery, but I honestly don't know.",
			"I even watched a couple of videos online about it, but I didn't want to open it up myself.",
		),
	},
	fillDVR: {
		qa: qaPairs(
			"Can you read me the serial number from the back panel?", "It's <serial>.",
			"Could you read the serial number out for me?", "Okay, the serial is <serialsaid>.",
			"What does the front display show right now?", "{It just says LOADING|Nothing, just a red light}.",
			"Is it connected to the internet by cable or wi-fi?", "By cable, it's plugged into the router.",
			"Have you unplugged it from the mains for a minute?", "Yes, I tried that, it comes back to the same screen.",
			"Is there a disc in the tray at the moment?", "{Yes, there's a disc stuck in it|No, it's empty}.",
			"Do you know roughly when it updated?", "Friday evening, about seven I think.",
			"Does the remote do anything at all?", "No, nothing responds.",
		),
		more: phrases(
			"It's about three years old and it's never given me any trouble before.",
			"We use it every day, my mum records her programmes on it.",
			"I didn't even know it updated itself.",
			"I kept it because it still does everything I need.",
			"All our holiday videos are on the hard drive in it.",
		),
	},
	fillAccount: {
		qa: qaPairs(
			"Can I take your full name, please?", "It's <name> <surname>.",
			"And the first line of your address and postcode?", "It's {14|27|3|88} {Mill Lane|Station Road|Oak Avenue|Church Street}, {and the postcode is|postcode} {LS6 2AB|M14 5RT|BS3 4QH|EH8 9LE}.",
			"Can you confirm the last four digits of the card on the account?", "The last four are {4471|0932|7718|2206}.",
			"When did you last sign in successfully?", "A couple of {weeks|months} ago, I think.",
			"Which browser are you using?", "Just the normal one on my laptop, {Chrome|Safari|Firefox} I think.",
			"Are you signing in on the app or the website?", "The website, on my phone.",
		),
		more: phrases(
			"I don't use it very often, to be honest.",
			"I've probably got three different passwords written down somewhere.",
			"My son set it up for me originally.",
			"It's only really for checking orders.",
		),
	},
	fillOrder: {
		qa: qaPairs(
			"Can you confirm the order number for me?", "It's <order>.",
			"Could you read me the order number?", "Sure, it's <ordersaid>.",
			"And the postcode it's being delivered to?", "It's {LS6 2AB|M14 5RT|BS3 4QH|EH8 9LE}.",
			"Was it a standard or next-day delivery?", "Standard, I think. {Whatever was free|I didn't pay extra}.",
			"Can I take your name, please?", "<name> <surname>.",
			"Is the order under your name or someone else's?", "It's mine, yes.",
		),
		more: phrases(
			"It's a present, so I just want to be sure it arrives in time.",
			"I'm working from home most of the week anyway.",
			"I only ask because the website still says processing.",
			"No rush really, I was just curious.",
		),
	},
	fillBilling: {
		qa: qaPairs(
			"Can I take your name and the postcode on the account?", "<name> <surname>, {LS6 2AB|M14 5RT|BS3 4QH|EH8 9LE}.",
			"Which statement are you looking at, this month's?", "Yes, the one that came this week.",
			"Is that the card ending in the same four digits as before?", "Yes, same card.",
			"Did you take out a payment plan at checkout?", "I think so, the twelve months option.",
			"Can you confirm the order number for me?", "It's <order>.",
		),
		more: phrases(
			"I just like to keep on top of these things.",
			"I didn't recognise the amount, that's all.",
			"My bank app just shows the company name, so I wasn't sure.",
			"I'm doing my accounts this week.",
		),
	},
	fillGeneric: {
		qa: qaPairs(
			"I'm just updating the notes on the system, bear with me.", "{Sure|No problem|That's fine}.",
			"So just to read that back to you, the serial number is <serial>, is that right?", "Yes, that's right.",
			"And the order number, just to double-check, was <ordersaid>?", "{Yes|Yep}, that's the one.",
			"Can I just confirm your full name for the record?", "It's <name> <surname>.",
			"The system's being a bit slow today, sorry about that.", "{That's okay|No worries}, I've got time.",
			"Are you still there, <name>?", "Yes, still here.",
			"I'm just reading through the history now.", "{Okay|Sure}. {There's quite a lot of it|Take your time}.",
			"Sorry, could you say that last part again? The line broke up.", "Sorry, I said <fault>.",
			"And is this still the best number to reach you on, the one on the account?", "Yes, that's the one.",
			"Bear with me while I check the stock system.", "Okay.",
		),
		more: phrases(
			"I'm on my lunch break, so I've got about twenty minutes.",
			"Sorry, the dog's barking in the background.",
			"I've written everything down this time, so I can read it out.",
			"I'm in the car, so I might lose you for a second.",
			"It's been quite a week, honestly.",
			"I've had the case reference written on a sticky note for ages.",
		),
	},
	fillProduct: {
		qa: qaPairs(
			"Which model do you have at the moment?", "Right now I've got an old <product>.",
			"What will you mainly use it for?", "Mostly browsing, emails, a bit of photo editing.",
			"Is it for yourself or a gift?", "For me, my old one is on its last legs.",
			"Have you seen the comparison page on our website?", "I had a look, but it's a bit confusing.",
		),
		more: phrases(
			"I don't need anything fancy, really.",
			"My friend has one and speaks highly of it.",
			"I'd rather get it right the first time.",
			"Battery life matters most to me.",
		),
	},
}

var voiceFillers = []string{"Um... ", "Uh... ", "Okay, so... ", "Right. ", "Yeah. ", "So... ", "Erm... ", "Well... ", "Mm. "}

var voiceMidFillers = []string{"um, ", "like, ", "you know, ", "uh, ", "I mean, "}

var holdEvents = phrases("[hold]", "[hold 00:0{1|2|3}:{1|2|4}{2|7|9}]", "[on hold]")

var agentHoldBack = phrases(
	"Thanks for holding, <name>.",
	"Sorry about the wait, thanks for holding.",
	"Thank you for your patience, I'm back.",
	"Okay, thanks for waiting.",
)

var agentHoldAsk = phrases(
	"Can I just put you on hold for a moment while I check something?",
	"Bear with me, I'll need to pop you on a brief hold.",
	"Let me just check that, one moment, I'll put you on hold.",
)

var custReexplain = phrases(
	"It's my <product>: <fault>.",
	"It's about my <product>, <fault>.",
	"{Hi|Hello}. My <product> is faulty: <fault>.",
	"So, my laptop, the <product>: <fault>.",
)

var vireoRecovery = phrases(
	"There's a recovery procedure. {Unplug it|Disconnect the power}, hold STOP and POWER together, plug it back in and keep holding for fifteen seconds until it says RECOVERY.",
	"We can recover it. With the power off, hold STOP and POWER, then reconnect the power and keep holding for about fifteen seconds. The display should say RECOVERY.",
)

var custRecovered = phrases(
	"{Okay, doing it now|Hang on, let me try}... {It says RECOVERY|It's doing something}. {Oh, it's back|Right, it's starting up}!",
	"Okay... yes, it's showing RECOVERY. And now the menu's back. {Thank goodness|Finally}.",
)

var custCancelVireo = phrases(
	"I'm cancelling my Vireo Care plan.",
	"Cancel my Vireo account, please.",
	"I want to cancel the extended cover on it.",
)

var forumMore = phrases(
	"Really hoping someone from Vireo reads this.",
	"I've got a whole season recorded on mine.",
	"Will post here if I find anything that works.",
	"Mine is the same model, bought two years ago.",
	"Following this thread.",
	"Unplugged the network cable on my other one just in case.",
	"It's the weekend, so no chance of talking to anyone.",
	"Whoever signed off that update should be having a bad Monday.",
)

var fwNeutralMore = phrases(
	"Any advice welcome.",
	"Don't want to make it worse by trying random things.",
	"Bought it in 2023, never had a problem until now.",
	"Will keep it unplugged until I hear something.",
	"Has anyone had an official answer yet?",
	"Thanks in advance.",
)

var socialTailPositive = phrases(
	"Ordered Sunday night, here Tuesday morning.",
	"Honestly the smoothest purchase I've made this year.",
	"Couldn't have been easier.",
	"Proper customer service still exists!",
	"Will definitely be ordering from you again.",
	"Ten minutes start to finish.",
	"Didn't even have to wait on hold.",
	"Really appreciate it.",
)

var socialTailQuestion = phrases(
	"Looking to order this week.",
	"Asking for my dad, he's been waiting ages to upgrade.",
	"Couldn't find it on the website.",
	"Thanks in advance!",
	"Need it before my course starts in January.",
	"Trying to decide before the sale ends.",
	"Would rather ask than guess.",
	"Cheers.",
)
