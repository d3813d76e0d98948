package enrich

import "math"

// score returns the VADER-style compound score of the current turn (e.toks,
// e.hits, e.bangs, e.quests, as left by normalise and the matcher), in
// [-1, 1].
//
// It follows VADER's sentiment_valence / but-check / punctuation-emphasis /
// normalize steps:
//
//   - each lexicon word contributes its valence; support-domain phrases
//     (when enabled) are scored as one pseudo-word carrying the phrase weight,
//     replacing the valences of the words they cover;
//   - ALL-CAPS words get ±0.733 when the turn mixes case;
//   - for each of the 3 preceding tokens that is not itself a sentiment word:
//     a booster adds ±0.293 (x0.95 at distance 2, x0.9 at distance 3), and a
//     negation multiplies by -0.74;
//   - with a "but", earlier sentiment x0.5, later x1.5;
//   - '!' (at most 4) adds 0.292 each, 2-3 '?' add 0.18 each, more add 0.96,
//     in the direction of the sum;
//   - compound = sum / sqrt(sum² + 15).
//
// Deliberate gaps, left for the govader-parity issue: idioms, "kind of",
// "least", "no" special cases, emoticons, the tokeniser's exact rules.
func (e *Engine) score() float32 {
	toks := e.toks
	if len(toks) == 0 {
		return 0
	}
	if cap(e.vals) < len(toks) {
		e.vals = make([]float32, len(toks), 2*len(toks))
	}
	vals := e.vals[:len(toks)]
	nUpper, nLetters := 0, 0
	for i := range toks {
		vals[i] = toks[i].val
		toks[i].flags &^= tfCovered
		if toks[i].flags&tfLetters != 0 {
			nLetters++
			if toks[i].flags&tfUpper != 0 {
				nUpper++
			}
		}
	}
	if e.cfg.SupportSentiment {
		last := -1
		for _, h := range e.hits {
			w := e.patWeight[h.ID]
			if w == 0 {
				continue
			}
			ti := e.tokenIndexAt(h.Start)
			if ti >= len(toks) || ti <= last {
				continue // overlaps a phrase already scored
			}
			tj := ti
			for tj+1 < len(toks) && toks[tj+1].start < h.End {
				tj++
			}
			vals[ti] = w
			for k := ti; k <= tj; k++ {
				if k > ti {
					vals[k] = 0
				}
				toks[k].flags |= tfCovered
			}
			last = tj
		}
	}
	capDiff := nUpper > 0 && nUpper < nLetters
	but := -1
	for i := range toks {
		if toks[i].flags&(tfBut|tfCovered) == tfBut {
			but = i
			break
		}
	}

	var sum float64
	for i := range toks {
		v := float64(vals[i])
		if v == 0 {
			continue
		}
		if capDiff && toks[i].flags&tfUpper != 0 {
			if v > 0 {
				v += vaderCaps
			} else {
				v -= vaderCaps
			}
		}
		for d := 1; d <= vaderNegLook && i-d >= 0; d++ {
			p := &toks[i-d]
			if p.flags&(tfInLex|tfCovered) != 0 {
				continue // VADER only looks at preceding words that carry no sentiment
			}
			if p.flags&tfBooster != 0 {
				s := float64(p.boost)
				if v < 0 {
					s = -s
				}
				if capDiff && p.flags&tfUpper != 0 {
					if v > 0 {
						s += vaderCaps
					} else {
						s -= vaderCaps
					}
				}
				switch d {
				case 2:
					s *= 0.95
				case 3:
					s *= 0.9
				}
				v += s
			}
			if p.flags&tfNegate != 0 {
				v *= vaderNegate
			}
		}
		if but >= 0 {
			if i < but {
				v *= vaderButPre
			} else if i > but {
				v *= vaderButPost
			}
		}
		sum += v
	}
	if sum == 0 {
		return 0
	}
	emph := float64(min(e.bangs, maxBangs)) * vaderBang
	if e.quests > 1 {
		if e.quests <= 3 {
			emph += float64(e.quests) * vaderQuest1
		} else {
			emph += vaderQuestMax
		}
	}
	if sum > 0 {
		sum += emph
	} else {
		sum -= emph
	}
	c := sum / math.Sqrt(sum*sum+vaderAlpha)
	return float32(max(-1, min(1, c)))
}
