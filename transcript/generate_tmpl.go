package transcript

import "strings"

// A tiny phrase grammar, compiled once at package init and expanded many
// times per interaction:
//
//	{a|b|c}   one of the alternatives, chosen at random (may nest, may be empty: {|, you know,})
//	<slot>    a per-interaction value such as <name>, <product>, <dept>
//
// Compiling up front keeps generation allocation-light: expanding a phrase is a
// walk over a few nodes appending to one byte buffer.

// The slots a phrase may use. Every slot is filled per interaction (or per
// handoff, for the transfer target) before phrases are expanded.
const (
	sNone       = iota
	sName       // customer's first name
	sSurname    // customer's surname
	sAgent      // current agent's first name
	sOrg        // current organisation
	sOrg2       // the other organisation (a referral target)
	sDept       // friendly name of the transfer target
	sQueue      // target queue id
	sProduct    // e.g. "Aurora 14"
	sFault      // e.g. "the screen flickers and then goes black"
	sOrder      // order number, written
	sOrderSaid  // order number, read out
	sSerial     // serial number, written
	sSerialSaid // serial number, read out
	sDay        // a weekday for a promise: "Friday"
	sAmount     // money: "$1,249.00"
	sRef        // case reference
	sModel      // Vireo model: "DVR-850"
	sFW         // firmware version
	sBrand      // the brand's social handle: "@VireoSupport"
	sHandle     // the author's handle
	sCount      // a small count in words: "three"
	sPII        // the PII value being planted
	sTopic      // what an ordinary contact is about
	sWait       // how long the customer has waited: "two weeks"
	sGreet      // "Good morning", "Good afternoon" or "Good evening", by the clock
	nSlots
)

var slotNames = map[string]int{
	"name": sName, "surname": sSurname, "agent": sAgent, "org": sOrg, "org2": sOrg2,
	"dept": sDept, "queue": sQueue, "product": sProduct, "fault": sFault,
	"order": sOrder, "ordersaid": sOrderSaid, "serial": sSerial, "serialsaid": sSerialSaid,
	"day": sDay, "amount": sAmount, "ref": sRef, "model": sModel, "fw": sFW,
	"brand": sBrand, "handle": sHandle, "count": sCount, "pii": sPII, "topic": sTopic,
	"wait": sWait, "greet": sGreet,
}

type tnode struct {
	lit  string
	slot int
	alts []tmpl
}

type tmpl []tnode

// compile compiles a phrase; it panics on a syntax error (phrases are package
// constants, so a bad one fails every test).
func compile(s string) tmpl {
	t, rest := parseSeq(s, s, false)
	if rest != "" {
		panic("transcript: phrase has an unmatched '}' or '|': " + s)
	}
	return t
}

// phrases compiles a list of phrases.
func phrases(ss ...string) []tmpl {
	out := make([]tmpl, len(ss))
	for i, s := range ss {
		out[i] = compile(s)
	}
	return out
}

func parseSeq(all, s string, inAlt bool) (tmpl, string) {
	var t tmpl
	for len(s) > 0 {
		i := strings.IndexAny(s, "{}|<")
		if i < 0 {
			t = append(t, tnode{lit: s})
			return t, ""
		}
		if i > 0 {
			t = append(t, tnode{lit: s[:i]})
		}
		c := s[i]
		s = s[i+1:]
		switch c {
		case '{':
			var alts []tmpl
			for {
				var a tmpl
				a, s = parseSeq(all, s, true)
				alts = append(alts, a)
				if s == "" {
					panic("transcript: phrase has an unclosed '{': " + all)
				}
				sep := s[0]
				s = s[1:]
				if sep == '}' {
					break
				}
			}
			t = append(t, tnode{alts: alts})
		case '<':
			j := strings.IndexByte(s, '>')
			if j < 0 {
				panic("transcript: phrase has an unclosed '<': " + all)
			}
			id, ok := slotNames[s[:j]]
			if !ok {
				panic("transcript: phrase uses unknown slot <" + s[:j] + ">: " + all)
			}
			t = append(t, tnode{slot: id})
			s = s[j+1:]
		case '}', '|':
			if !inAlt {
				panic("transcript: phrase has a stray '" + string(c) + "': " + all)
			}
			return t, string(c) + s
		}
	}
	return t, ""
}
