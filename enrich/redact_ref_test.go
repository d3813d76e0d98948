package enrich

// The PII scan as it was before the skipping scan, kept as the reference of
// TestFindPIIDifferential: same rules, byte by byte over the whole text.
//
// The reference checks the scan (where runs may start, the e-mail merge,
// resuming or skipping after a run that is not PII), not the rules: it
// classifies with the same numberAt, labelBefore and ukNINOAt as findPII, so
// a change to what counts as PII applies to both sides. The rules have their
// own table tests (TestRedaction, TestRedactionIDsAndPhones, TestLabelBefore).

// findPIIRef appends the PII spans of text to dst, in order.
func findPIIRef(dst []piiSpan, text string) []piiSpan {
	n := len(text)
	mark := len(dst)
	// E-mails first: they are rare, and IndexByte on '@' is fast.
	for i := 0; i < n; i++ {
		if text[i] != '@' {
			continue
		}
		if s, e, ok := emailAt(text, i); ok {
			dst = append(dst, piiSpan{int32(s), int32(e), piiEmail})
			i = e - 1
		}
	}
	emails := dst[mark:]
	ne := len(emails)
	k := 0 // next e-mail span
	for i := 0; i < n; {
		if k < ne && i >= int(emails[k].start) {
			i = int(emails[k].end)
			k++
			continue
		}
		c := text[i]
		if i > 0 && isAlnum(text[i-1]) {
			i++
			continue
		}
		limit := n
		if k < ne {
			limit = int(emails[k].start)
		}
		switch {
		case isDigit(c) || (c == '+' || c == '(') && i+1 < n && isDigit(text[i+1]):
			e, kind, ok := numberAt(text[:limit], i)
			if ok {
				dst = append(dst, piiSpan{int32(i), int32(e), kind})
			}
			if e > i { // PII, or a run too long to hold any: skip it
				i = e
				continue
			}
		case isASCIILetter(c):
			if e, ok := ukNINOAt(text[:limit], i); ok {
				dst = append(dst, piiSpan{int32(i), int32(e), piiNationalID})
				i = e
				continue
			}
		}
		i++
	}
	if ne > 0 {
		// Number/NI spans were appended after the e-mails; merge in place
		// into start order. Batches have a handful of spans: insertion sort.
		s := dst[mark:]
		for a := 1; a < len(s); a++ {
			for b := a; b > 0 && s[b].start < s[b-1].start; b-- {
				s[b], s[b-1] = s[b-1], s[b]
			}
		}
	}
	return dst
}
