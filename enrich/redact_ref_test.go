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
	lo := 0 // the previous address's end
	for i := 0; i < n; i++ {
		if text[i] != '@' {
			continue
		}
		if s, e, ok := emailAt(text, lo, i); ok {
			lo = e
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
		limit := n
		if k < ne {
			limit = int(emails[k].start)
		}
		dst, i = spanAt(dst, text, i, limit)
	}
	dst = spokenPII(dst, text)
	sortSpansFrom(dst, mark)
	return dst
}
