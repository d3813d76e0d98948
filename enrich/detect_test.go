package enrich

import (
	"fmt"
	"testing"

	"github.com/runaroundhq/runaround/transcript"
)

// field reads one column of row 0 as a comparable value.
func field(c *Columns, name string) any {
	switch name {
	case "handoffs":
		return int(c.HandoffCount[0])
	case "targets":
		return joinRow(&c.HandoffTargets, 0)
	case "cross":
		return c.CrossCompany[0]
	case "loop":
		return c.TransferLoop[0]
	case "deadend":
		return c.DeadEnd[0]
	case "repeats":
		return int(c.RepeatedClaims[0])
	case "promises":
		return joinRow(&c.PromiseKinds, 0)
	case "broken":
		return c.BrokenPromiseClaim[0]
	case "escalations":
		return joinRow(&c.EscalationKinds, 0)
	case "level":
		return int(c.EscalationLevel[0])
	case "public":
		return c.PublicThreat[0]
	case "complaint":
		return c.Complaint[0]
	case "stock":
		return c.StockReply[0]
	case "warm":
		return int(c.HandoffWarm[0])
	case "policy":
		return c.PolicyWall[0]
	case "products":
		return joinRow(&c.TopicProducts, 0)
	case "symptoms":
		return joinRow(&c.TopicSymptoms, 0)
	}
	panic("unknown field " + name)
}

// detectorCase is one row of TestDetectors: a field of the enriched
// interaction (see field) and the value it must have.
type detectorCase struct {
	name  string
	turns []transcript.Turn
	field string
	want  any
}

func TestDetectors(t *testing.T) {
	e := newTestEngine(t)
	tests := []detectorCase{
		// Handoffs.
		{"agent transfer", []transcript.Turn{agent("Let me transfer you to the warranty team.")}, "handoffs", 1},
		{"agent transfer target", []transcript.Turn{agent("Let me transfer you to the warranty team.")}, "targets", "warranty team"},
		{"target stops at stop word", []transcript.Turn{agent("I'll put you through to billing who can help.")}, "targets", "billing"},
		{"not going to transfer", []transcript.Turn{agent("I'm not going to transfer you to another department.")}, "handoffs", 0},
		{"customer says transfer", []transcript.Turn{cust("Please don't transfer me, and don't put you through to anyone")}, "handoffs", 0},
		{"system transfer", []transcript.Turn{system("[transfer to billing]")}, "targets", "billing"},
		{"system transfer count", []transcript.Turn{system("[transferred to Billing]")}, "handoffs", 1},
		{"announce + event is one", []transcript.Turn{agent("I'll put you through to billing now"), cust("ok"), agent("one moment"), system("[transfer to billing]")}, "handoffs", 1},
		{"announce + event target once", []transcript.Turn{agent("I'll put you through to billing now"), system("[transfer to billing]")}, "targets", "billing"},
		{"two handoffs", []transcript.Turn{agent("transferring you to billing"), system("[transfer]"), agent("let me get you over to tech support"), system("[transfer to tech support]")}, "handoffs", 2},
		// A queue event routes the contact into that queue: the first one
		// too (the log starts where the router put the contact).
		{"queue change", []transcript.Turn{system("queue: billing"), system("queue: warranty")}, "handoffs", 2},
		{"queue changed from to", []transcript.Turn{system("Queue changed from billing to tech support")}, "targets", "tech support"},
		{"same queue twice", []transcript.Turn{system("queue: billing"), system("queue: billing")}, "handoffs", 1},

		// Transfer loops.
		{"loop by target", []transcript.Turn{agent("Let me transfer you to billing."), agent("I'll transfer you to the warranty team."), agent("You'll need to speak to the billing team.")}, "loop", true},
		{"no loop", []transcript.Turn{agent("Let me transfer you to billing."), agent("I'll transfer you to the warranty team.")}, "loop", false},
		{"loop phrase", []transcript.Turn{cust("You've sent me back to the same department!")}, "loop", true},
		{"loop hard negative", []transcript.Turn{cust("I need to get back to work, same time tomorrow?")}, "loop", false},

		// Cross-company.
		{"cross company", []transcript.Turn{agent("That's handled by a separate company, you'll need to call Acme.")}, "cross", true},
		{"not us", []transcript.Turn{agent("It's not us, it's the courier.")}, "cross", true},
		{"cross negated", []transcript.Turn{agent("We're not a third party, we handle it ourselves.")}, "cross", false},
		{"cross hard negative", []transcript.Turn{agent("Our company handles repairs directly.")}, "cross", false},

		// Dead ends.
		{"dead end", []transcript.Turn{agent("I'm afraid there's nothing more I can do.")}, "deadend", true},
		{"quota wall", []transcript.Turn{agent("You've used your quota of visits this year.")}, "deadend", true},
		{"dead end negated", []transcript.Turn{agent("It's not out of my hands yet, let me check.")}, "deadend", false},
		{"dead end customer", []transcript.Turn{cust("there's nothing more I can do about it")}, "deadend", false},

		// Repeated claims.
		{"repeats", []transcript.Turn{cust("As I already explained, this is the third time I'm calling.")}, "repeats", 2},
		{"how many times", []transcript.Turn{cust("How many times do I have to say it?"), cust("I'm repeating myself")}, "repeats", 2},
		{"agent repeats", []transcript.Turn{agent("As I said, the order is on its way.")}, "repeats", 0},
		{"said hello", []transcript.Turn{cust("I said hello to the time lord")}, "repeats", 0},

		// Promises.
		{"callback + follow up", []transcript.Turn{agent("I'll call you back tomorrow and email you the details.")}, "promises", "callback|follow_up"},
		{"no need to call back", []transcript.Turn{agent("There's no need to call you back.")}, "promises", ""},
		{"no problem callback", []transcript.Turn{agent("No problem, I'll call you back.")}, "promises", "callback"},
		{"visit our website", []transcript.Turn{agent("Please visit our website for the manual.")}, "promises", ""},
		{"technician", []transcript.Turn{agent("A technician will visit on Monday.")}, "promises", "visit"},
		{"can't refund", []transcript.Turn{agent("I can't refund this, sorry.")}, "promises", ""},
		{"won't send new", []transcript.Turn{agent("We won't be able to send you a new one.")}, "promises", ""},
		{"refund + replacement, deduped", []transcript.Turn{agent("I'll process a refund and send you a new one."), agent("The refund takes 3 days.")}, "promises", "refund|replacement"},
		{"customer asks refund", []transcript.Turn{cust("I want a refund and a replacement")}, "promises", ""},
		{"non-refundable", []transcript.Turn{agent("That ticket is non-refundable.")}, "promises", ""},

		// Broken promises.
		{"broken promise", []transcript.Turn{cust("You promised to call me back and nobody called.")}, "broken", true},
		{"never showed", []transcript.Turn{cust("The engineer never showed.")}, "broken", true},
		{"no broken promise", []transcript.Turn{cust("Thanks, you've been helpful.")}, "broken", false},
		{"agent says promised", []transcript.Turn{agent("I was promised a day off")}, "broken", false},

		// Escalations.
		{"supervisor", []transcript.Turn{cust("I want to speak to a supervisor.")}, "escalations", "supervisor"},
		{"supervisor level", []transcript.Turn{cust("I want to speak to a supervisor.")}, "level", 1},
		{"don't need a manager", []transcript.Turn{cust("I don't need a manager, just fix it.")}, "escalations", ""},
		{"my manager", []transcript.Turn{cust("My manager asked me to call you.")}, "escalations", ""},
		{"public + legal", []transcript.Turn{cust("I'll post this on Twitter and call my lawyer.")}, "escalations", "public|legal"},
		{"public + legal level", []transcript.Turn{cust("I'll post this on Twitter and call my lawyer.")}, "level", 4},
		{"public threat", []transcript.Turn{cust("This is going viral on social media.")}, "public", true},
		{"no public threat", []transcript.Turn{cust("Please press the button")}, "public", false},
		{"cancel", []transcript.Turn{cust("I'm going to cancel my contract.")}, "level", 2},
		{"cancel order is not churn", []transcript.Turn{cust("I'd like to cancel my order please.")}, "escalations", ""},
		{"complaint kind", []transcript.Turn{cust("I'll file a complaint.")}, "escalations", "complaint"},
		{"sue in issue", []transcript.Turn{cust("This issue is ongoing, the suede case too.")}, "escalations", ""},
		{"agent says manager", []transcript.Turn{agent("I'll ask my manager and the supervisor.")}, "escalations", ""},

		// Complaints.
		{"complaint by phrase", []transcript.Turn{cust("My laptop is broken.")}, "complaint", true},
		{"complaint by sentiment", []transcript.Turn{cust("This is awful service.")}, "complaint", true},
		{"no complaint", []transcript.Turn{cust("Thanks, that's great.")}, "complaint", false},
		{"no customer no complaint", []transcript.Turn{agent("It is broken, terrible.")}, "complaint", false},

		// Stock replies.
		{"stock", []transcript.Turn{agent("Hi Sarah, we apologise for any inconvenience. Please DM us.")}, "stock", true},
		{"stock dm", []transcript.Turn{agent("Sorry to hear about this! Send us a DM ^JS")}, "stock", true},
		{"not stock", []transcript.Turn{agent("Let me check the order.")}, "stock", false},
		{"customer template", []transcript.Turn{cust("Thanks for reaching out, not!")}, "stock", false},
		{"live politeness is no template", []transcript.Turn{agent("Thank you for your patience, I'm back.")}, "stock", false},
		{"two weak cues", []transcript.Turn{agent("Thanks for reaching out. We're looking into it.")}, "stock", true},
	}
	for _, cases := range [][]detectorCase{detectorCasesH3, detectorCasesH7, detectorCasesClasses,
		detectorCasesR3, detectorCasesR3Quotes, detectorCasesR3Families, detectorCasesR4} {
		for _, c := range cases {
			tests = append(tests, c)
		}
	}
	for _, tc := range tests {
		c := enrichTurns(t, e, tc.turns...)
		if got := field(c, tc.field); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: %s = %v, want %v", tc.name, tc.field, got, tc.want)
		}
	}
}

func TestFingerprint(t *testing.T) {
	e := newTestEngine(t)
	fp := func(turns ...transcript.Turn) uint64 { return enrichTurns(t, e, turns...).ReplyFingerprint[0] }
	a := fp(cust("help"), agent("Hi Sarah, sorry to hear about this. Please DM us your order 12345 ^JS"))
	b := fp(agent("Hi Tom,   sorry to hear about THIS! Please DM us your order 67890 ^AB"), cust("thanks"))
	c := fp(agent("Hi @tom sorry to hear about this: please dm us your order 11111 https://t.co/x - Mark"))
	if a == 0 || a != b || a != c {
		t.Fatalf("same template, different fingerprints: %x %x %x", a, b, c)
	}
	if d := fp(agent("Sorry to hear about this. Please call us about order 12345")); d == a || d == 0 {
		t.Fatalf("different text, fingerprint %x (template %x)", d, a)
	}
	if d := fp(agent("your order 123 is late")); d == fp(agent("your order 1234 is late")) {
		t.Fatalf("digit count should matter: %x", d)
	}
	if got := fp(cust("hello?")); got != 0 {
		t.Fatalf("no agent text: %x", got)
	}
	if got := fp(agent("ok thanks")); got != 0 {
		t.Fatalf("two words (< StockReplyMinWords): %x", got)
	}
}
