package enrich

// The words before a number run.
//
// Some numbers are PII only by what the customer says they are: nine bare
// digits are an order id in "order 623198842" and a Social Security number
// in "SSN 623198842"; ten bare digits are a phone number in "call me on
// 4155550134" and an order number otherwise. numberAt asks labelBefore only
// for those ambiguous shapes, so the look-back runs for a handful of runs per
// batch, never per byte.
//
// labelBefore reads the original text (not the lowercase buffer) over a
// bounded window before the run and returns the label nearest to it:
//
//   - the window is piiLabelWindow bytes, enough for "social security number
//     is: " but not for the sentence before;
//   - a digit between a label and the run resets it (in "SSN 123-45-6789 and
//     987654321" the label belongs to the first number only);
//   - labels are whole ASCII words compared case-insensitively, with no
//     allocation (eqFold); any other word is transparent, so "SSN on file
//     is 623198842" keeps its label, while a later label that names another
//     kind of number wins ("SSN and account 623198842" is an account).

// Labels, from labelBefore.
const (
	labelNone   uint8 = iota
	labelSSN          // ssn, ss#, social (security|insurance|is|number...)
	labelPhone        // phone, mobile, cell, call, text, ring, tel, ...
	labelOther        // names a non-PII number: order, account, ref, ...
	labelDevice       // names a device or SIM number (imei, iccid, sim, serial): Luhn-valid, yet no card
)

// piiLabelWindow is how far labelBefore looks back, in bytes: a few words.
const piiLabelWindow = 32

// Label words, lowercase. "social" is handled apart (see socialFollowers).
var (
	ssnWords   = [...]string{"ssn", "ssns"}
	phoneWords = [...]string{"phone", "mobile", "cell", "cellphone", "tel", "telephone", "call", "ring",
		"text", "whatsapp", "landline", "fax", "reach", "contact"}
	// otherWords name numbers that are not PII: each is a hard negative of
	// the hand-labelled set or a common support reference.
	otherWords = [...]string{"order", "orders", "account", "acct", "ref", "reference", "case", "ticket",
		"tracking", "invoice", "booking", "policy", "reservation", "confirmation", "member", "membership",
		"customer", "model", "flight", "transaction", "claim", "loan", "meter", "routing",
		"sort", "iban", "postcode", "zip", "pin", "ext", "extension", "parcel", "shipment", "voucher",
		"code", "item", "sku", "receipt", "contract"}
	// socialFollowers are the words that may follow "social" for it to mean
	// the Social Security (or Canadian Social Insurance) number: "my social
	// is", "social security number", "social's". "social media 123456789"
	// is not a label.
	// deviceWords name the numbers of a handset or a SIM: an IMEI and an
	// ICCID carry a Luhn digit, like a card.
	deviceWords     = [...]string{"imei", "iccid", "sim", "esn", "meid", "serial"}
	socialFollowers = [...]string{"security", "insurance", "is", "number", "no", "num", "nr", "s", "was", "sec"}
)

// eqFold reports whether w equals the lowercase word lw, ASCII
// case-insensitively.
func eqFold(w, lw string) bool {
	if len(w) != len(lw) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != lw[k] {
			return false
		}
	}
	return true
}

func inWords(w string, words []string) bool {
	for _, lw := range words {
		if eqFold(w, lw) {
			return true
		}
	}
	return false
}

// labelBefore returns the label nearest before text[i] within
// piiLabelWindow bytes, or labelNone (see the top of this file).
func labelBefore(text string, i int) uint8 {
	lo := max(0, i-piiLabelWindow)
	label := labelNone
	p := lo
	// A word cut by the window's start is not read: its tail might look
	// like a label ("assn" → "ssn").
	for p > 0 && p < i && isASCIILetter(text[p]) && isAlnum(text[p-1]) {
		p++
	}
	for p < i {
		c := text[p]
		if isDigit(c) {
			label = labelNone
			p++
			continue
		}
		if !isASCIILetter(c) {
			p++
			continue
		}
		q := p
		for q < i && isASCIILetter(text[q]) {
			q++
		}
		if p > 0 && isDigit(text[p-1]) {
			// "5pm", "2nd": letters glued to a number are no label.
			p = q
			continue
		}
		w := text[p:q]
		switch {
		case inWords(w, ssnWords[:]), eqFold(w, "ss") && q < i && text[q] == '#':
			label = labelSSN
		case eqFold(w, "social"):
			if socialLabel(text, q, i) {
				label = labelSSN
			}
		case inWords(w, phoneWords[:]):
			label = labelPhone
		case inWords(w, otherWords[:]):
			label = labelOther
		case inWords(w, deviceWords[:]):
			label = labelDevice
		}
		p = q
	}
	return label
}

// socialLabel reports whether "social" ending at text[q] labels a Social
// Security number: the next word before the run at text[i] is one of
// socialFollowers, or there is none ("social: 623198842").
func socialLabel(text string, q, i int) bool {
	p := q
	for p < i && !isASCIILetter(text[p]) {
		if isDigit(text[p]) {
			return true
		}
		p++
	}
	if p == i {
		return true
	}
	e := p
	for e < i && isASCIILetter(text[e]) {
		e++
	}
	return inWords(text[p:e], socialFollowers[:])
}

// validSSN reports whether the nine digits d could be a US Social Security
// number as the SSA issues them: area not 000, 666 or 9xx, group not 00,
// serial not 0000. It guards the weaker shapes only (3-2-4 with spaces or
// dots); "ddd-dd-dddd" and a labelled number are taken as they are.
func validSSN(d []byte) bool {
	area := string(d[:3])
	return area != "000" && area != "666" && d[0] != '9' &&
		string(d[3:5]) != "00" && string(d[5:9]) != "0000"
}

// namesOther reports whether label names a number that is not PII: an
// order, an account, a device.
func namesOther(label uint8) bool { return label == labelOther || label == labelDevice }
