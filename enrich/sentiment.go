package enrich

import "math"

// Sentiment scoring. Two scores per turn, from the same tokens (e.vtoks, as
// normalise leaves them):
//
//   - VADER: govader's PolarityScores compound, rule for rule and in
//     govader's order of operations and float64 arithmetic (scoreVader); a
//     differential test pins it to govader within 1e-6;
//   - support: the same rules over the same tokens after the support-domain
//     overlay (supportOverlay, applySupport in support.go): support phrases
//     scored as pseudo-words, neutral readings, and "n’t" with a
//     typographic apostrophe read as a negation.
//
// docs/sentiment.md lists the rules and every intentional difference.

// scoreTurn returns the current turn's VADER compound and its support-layer
// score (equal when the overlay changes nothing).
func (e *Engine) scoreTurn() (vaderScore, support float64) {
	vaderScore = scoreVader(e.vtoks, e.bangs, e.quests)
	if !e.cfg.SupportSentiment || !e.supportOverlay() {
		return vaderScore, vaderScore
	}
	return vaderScore, scoreVader(e.otoks, e.bangs, e.quests)
}

// supportOverlay copies e.vtoks into e.otoks with the support layer applied
// and reports whether it changed anything: "n’t" with a typographic
// apostrophe negates (govader only knows the ASCII one), then the
// support-domain layer of support.go (applySupport) rewrites the tokens its
// phrases cover.
func (e *Engine) supportOverlay() bool {
	o := append(e.otoks[:0], e.vtoks...)
	changed := false
	for i := range o {
		if o[i].flags&vfNegTypo != 0 {
			o[i].flags |= vfNegated
			changed = true
		}
	}
	if e.applySupport(o) {
		changed = true
	}
	e.otoks = o
	return changed
}

// scoreVader is govader's PolarityScores(text).Compound over the text's
// tokens v. Each step names the govader function it follows (vader.go,
// sentiment_analyzer.go); the arithmetic is the same float64 operations in
// the same order. govader fills a slice of valences, applies butCheck to it
// and then sums it; here each valence gets its "but" factor and joins the
// sum as soon as it is computed: the same operations on the same values, in
// the same order, without the slice.
func scoreVader(v []vtok, bangs, quests int) float64 {
	n := len(v)
	if n == 0 {
		return 0
	}
	// allcapDifferential: some but not all tokens are ALL CAPS. butCheck:
	// the first "but". The same pass lists the lexicon words (non-boosters)
	// that the valence loop visits, up to len(lex) of them; a longer turn
	// has its tokens scanned again instead.
	var lex [48]int32
	nUpper, but, nLex := 0, n, 0
	for i := range v {
		f := v[i].flags
		if f&vfUpper != 0 {
			nUpper++
		}
		if but == n && v[i].id == wBut {
			but = i
		}
		if f&(vfLex|vfBooster) == vfLex {
			lex[nLex%len(lex)] = int32(i)
			nLex++
		}
	}
	if nLex == 0 {
		return 0 // no valence: the sum is 0, and so is the score
	}
	capDiff := nUpper > 0 && nUpper < n

	// PolarityScores' loop: boosters and the "kind" of "kind of" score 0,
	// every other token gets sentimentValence; then butCheck and the sum
	// of scoreValence. Tokens of valence 0 add nothing (0 * 0.5 and s + 0
	// are exact), so only lexicon words are visited, in order.
	var sum float64
	for k := 0; k < nLex; k++ {
		var i int
		if nLex <= len(lex) {
			i = int(lex[k])
		} else {
			// More lexicon words than lex holds: the k-th one by a scan
			// that resumes after the previous one.
			i = 0
			if k > 0 {
				i = int(lex[0]) + 1
			}
			for v[i].flags&(vfLex|vfBooster) != vfLex {
				i++
			}
			lex[0] = int32(i)
		}
		t := &v[i]
		if t.id == wKind && i < n-1 && v[i+1].id == wOf {
			continue
		}
		val := valence(v, i, capDiff)
		if but < n {
			if i < but {
				val = (1 - vaderButScale) * val
			} else if i > but {
				val = (1 + vaderButScale) * val
			}
		}
		sum += val
	}

	// scoreValence: punctuation emphasis in the sum's direction, normalize.
	emph := punctuationEmphasis(bangs, quests)
	if sum > 0 {
		sum += emph
	} else if sum < 0 {
		sum -= emph
	}
	c := sum / math.Sqrt((sum*sum)+vaderAlpha)
	if c < -1 {
		return -1
	} else if c > 1 {
		return 1
	}
	return c
}

// punctuationEmphasis is amplifyEP + amplifyQM.
func punctuationEmphasis(bangs, quests int) float64 {
	ep := float64(min(bangs, vaderMaxEP)) * vaderEPScale
	qm := 0.0
	if quests > 1 {
		if quests <= 3 {
			qm = float64(quests) * vaderQMScale
		} else {
			qm = vaderMaxQM
		}
	}
	return ep + qm
}

// valence is sentimentValence for the lexicon word v[i].
func valence(v []vtok, i int, capDiff bool) float64 {
	n := len(v)
	t := &v[i]
	val := t.val
	// "no" before another lexicon word is not itself negative ("no
	// problem"); a word one or two after "no" (or three, across "or"/"nor")
	// is negated.
	if t.id == wNo && i+1 < n && v[i+1].flags&vfLex != 0 {
		val = 0
	}
	if i > 0 && v[i-1].id == wNo || i > 1 && v[i-2].id == wNo ||
		i > 2 && v[i-3].id == wNo && (v[i-1].id == wOr || v[i-1].id == wNor) {
		val = t.val * vaderNScalar
	}
	if t.flags&vfUpper != 0 && capDiff {
		if val > 0 {
			val += vaderCIncr
		} else {
			val -= vaderCIncr
		}
	}
	// The 3 preceding tokens, nearest first, skipping those that are
	// lexicon words as written: boosters (scalarIncDec), negations
	// (negationCheck) and, at distance 3, the idioms.
	for d := 1; d <= 3 && d <= i; d++ {
		p := &v[i-d]
		if p.flags&vfLexOrig != 0 {
			continue
		}
		s := 0.0
		if p.flags&vfBooster != 0 {
			s = p.boost
			if val < 0 {
				s *= -1
			}
			if p.flags&vfUpper != 0 && capDiff {
				if val > 0 {
					s += vaderCIncr
				} else {
					s -= vaderCIncr
				}
			}
		}
		if d == 2 && s != 0 {
			s = s * vaderScale1
		}
		if d == 3 && s != 0 {
			s = s * vaderScale2
		}
		val = val + s
		val = negationCheck(v, val, d, i)
		if d == 3 {
			val = specialIdiomsCheck(v, val, i)
		}
	}
	return leastCheck(v, val, i)
}

func isSoThis(t *vtok) bool { return t.id == wSo || t.id == wThis }

// negationCheck: the token d back negates ("not good"), except "never so
// good" / "never this good" (stronger) and "without doubt" (unchanged).
func negationCheck(v []vtok, val float64, d, i int) float64 {
	switch d {
	case 1:
		if v[i-1].flags&vfNegated != 0 {
			return val * vaderNScalar
		}
	case 2:
		switch {
		case v[i-2].id == wNever && isSoThis(&v[i-1]):
			return val * vaderNeverScale
		case v[i-2].id == wWithout && v[i-1].id == wDoubt:
			return val
		case v[i-2].flags&vfNegated != 0:
			return val * vaderNScalar
		}
	case 3:
		switch {
		case v[i-3].id == wNever && (isSoThis(&v[i-2]) || isSoThis(&v[i-1])):
			return val * vaderNeverScale
		case v[i-3].id == wWithout && (v[i-2].id == wDoubt || v[i-1].id == wDoubt):
			return val
		case v[i-3].flags&vfNegated != 0:
			return val * vaderNScalar
		}
	}
	return val
}

// seqVal looks the tokens a, b (and c when c >= 0) up in seqs.
func seqVal(v []vtok, seqs []wordSeq, a, b, c int) (float64, bool) {
	ia, ib := v[a].id, v[b].id
	if ia == wNone || ib == wNone {
		return 0, false
	}
	n, ic := 2, uint8(0)
	if c >= 0 {
		if ic = v[c].id; ic == wNone {
			return 0, false
		}
		n = 3
	}
	for k := range seqs {
		s := &seqs[k]
		if s.n == n && s.ids[0] == ia && s.ids[1] == ib && (n == 2 || s.ids[2] == ic) {
			return s.val, true
		}
	}
	return 0, false
}

// specialIdiomsCheck (i >= 3): a special-case idiom around the word
// replaces its valence ("the shit", "kiss of death"); a multi-word booster
// just before it ("kind of", "sort of") adds its increment.
func specialIdiomsCheck(v []vtok, val float64, i int) float64 {
	idioms := vader.idioms
	// onezero, twoonezero, twoone, threetwoone, threetwo: the first match.
	if x, ok := seqVal(v, idioms, i-1, i, -1); ok {
		val = x
	} else if x, ok := seqVal(v, idioms, i-2, i-1, i); ok {
		val = x
	} else if x, ok := seqVal(v, idioms, i-2, i-1, -1); ok {
		val = x
	} else if x, ok := seqVal(v, idioms, i-3, i-2, i-1); ok {
		val = x
	} else if x, ok := seqVal(v, idioms, i-3, i-2, -1); ok {
		val = x
	}
	n := len(v)
	if n-1 > i {
		if x, ok := seqVal(v, idioms, i, i+1, -1); ok {
			val = x
		}
	}
	if n-1 > i+1 {
		if x, ok := seqVal(v, idioms, i, i+1, i+2); ok {
			val = x
		}
	}
	// nGrams: threetwoone, threetwo, twoone.
	if x, ok := seqVal(v, vader.ngrams, i-3, i-2, i-1); ok {
		val = val + x
	}
	if x, ok := seqVal(v, vader.ngrams, i-3, i-2, -1); ok {
		val = val + x
	}
	if x, ok := seqVal(v, vader.ngrams, i-2, i-1, -1); ok {
		val = val + x
	}
	return val
}

// leastCheck: "least" just before negates, except in "at least" and "very
// least". govader compares these words as written, so "Least" or "AT least"
// do not count as the words.
func leastCheck(v []vtok, val float64, i int) float64 {
	isWord := func(t *vtok, id uint8) bool { return t.id == id && t.flags&vfAsWritten != 0 }
	if i > 1 && v[i-1].flags&vfLexOrig == 0 && isWord(&v[i-1], wLeast) {
		if !isWord(&v[i-2], wAt) && !isWord(&v[i-2], wVery) {
			val = val * vaderNScalar
		}
	} else if i > 0 && v[i-1].flags&vfLexOrig == 0 && isWord(&v[i-1], wLeast) {
		val = val * vaderNScalar
	}
	return val
}
