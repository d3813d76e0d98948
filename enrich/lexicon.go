package enrich

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jonreiter/govader"
)

// VADER's scalars (Hutto & Gilbert, 2014). govader keeps them unexported
// (constants.go of github.com/jonreiter/govader), so they are reproduced here
// under govader's names; TestVaderConstants derives each one back from
// govader's scores and fails if either side changes.
const (
	vaderCIncr      = 0.733 // cINCR: ALL-CAPS emphasis when the text mixes case
	vaderNScalar    = -0.74 // nSCALAR: negation
	vaderAlpha      = 15    // alphaDefault: normalisation of the compound score
	vaderScale1     = 0.95  // valenceScalarScale1: booster two words back
	vaderScale2     = 0.9   // valenceScalarScale2: booster three words back
	vaderEPScale    = 0.292 // epAmplifyScale: per '!'
	vaderMaxEP      = 4     // maxEP: '!' counted at most
	vaderQMScale    = 0.18  // qmAmplifyScale: per '?' when there are 2 or 3
	vaderMaxQM      = 0.96  // maxQM: more than 3 '?'
	vaderNeverScale = 1.25  // negationScale: "never so/this good"
	vaderButScale   = 0.5   // butScale: before "but" x(1-0.5), after x(1+0.5)
)

// wordInfo is everything the engine knows about one lowercase word: its
// detector word classes and its VADER properties. One table lookup per
// token answers every question the scorers and detectors ask.
type wordInfo struct {
	val    float64 // VADER lexicon valence (with vfLex)
	boost  float64 // VADER booster increment (with vfBooster), before taking the valence's sign
	flags  uint16  // detector word classes (tf*)
	vflags uint16  // VADER properties: vfLex, vfBooster, vfNegated, vfCaseForms
	id     uint8   // VADER rule word (wNo, wBut, ... or an idiom word), 0 for the others
}

// VADER rule words: the words govader's rules compare tokens with. Words of
// the special-case idioms and multi-word boosters get further ids at init
// (vaderWordIDs).
const (
	wNone uint8 = iota
	wNo
	wBut
	wNever
	wSo
	wThis
	wWithout
	wDoubt
	wLeast
	wAt
	wVery
	wOr
	wNor
	wKind
	wOf
	wFirstIdiomWord
)

var ruleWords = [...]string{
	wNo: "no", wBut: "but", wNever: "never", wSo: "so", wThis: "this",
	wWithout: "without", wDoubt: "doubt", wLeast: "least", wAt: "at",
	wVery: "very", wOr: "or", wNor: "nor", wKind: "kind", wOf: "of",
}

// wordSeq is a multi-word key of govader's tables as a sequence of word ids.
type wordSeq struct {
	ids [3]uint8
	n   int
	val float64
}

// vaderData is what the VADER scorer needs beyond the word table: the
// emoji descriptions, the lexicon keys that are not lowercase, the
// special-case idioms and multi-word boosters. All of it comes from govader.
type vaderData struct {
	emoji    map[rune]string // single-rune keys of govader's EmojiDict
	emojiMin rune            // smallest key of emoji
	// caseForms: lowercase form -> the case masks (bit k: byte k differs
	// from the lowercase form) of the lexicon keys written with capitals
	// (":D", "O.o", ":Þ"). govader checks the 3 words before a sentiment
	// word against the lexicon as written, so ":D" stops that window even
	// though its lowercase ":d" has no valence.
	caseForms map[string][]uint64
	idioms    []wordSeq // SpecialCaseIdioms with more than one word
	ngrams    []wordSeq // BoosterDict keys with more than one word ("kind of")
	punct     string    // the ASCII punctuation govader strips from token ends
}

// wordTable and vader are built once from govader's data and never written
// again, so engines share them safely.
var wordTable, vader = buildTables()

// wordIndex is an open-addressing hash table (linear probing, load factor
// <= 1/2) from word to wordInfo: cheaper than a Go map for the lookups of the
// hot loop. A slot holds words of up to 8 bytes inline (zero-padded, as one
// integer), so most lookups compare one word in the slot; longer words are
// compared by their 64-bit hash, then their bytes. A slot also carries the
// entry's flags and rule-word id, so normalise's fast path reads one cache
// line per word and touches the entry only for the valences of lexicon
// words and boosters (the table is 256 KB: most lookups miss L1, and a
// second miss per word was a tenth of normalise's time).
type wordIndex struct {
	slots   []wordSlot
	mask    uint64
	entries []wordEntry
}

type wordSlot struct {
	key    uint64 // the word when it has at most 8 bytes, else its hash
	idx    uint16 // entry index + 1; 0: empty
	flags  uint16 // the entry's wordInfo.flags
	vflags uint16 // the entry's wordInfo.vflags
	id     uint8  // the entry's wordInfo.id
	n      uint8  // word length, at most 255 (longer words are compared by bytes anyway)
}

type wordEntry struct {
	word string
	info wordInfo
}

func newWordIndex(m map[string]wordInfo) *wordIndex {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	if len(m) >= 1<<16-1 {
		panic("enrich: too many words for the word table's 16-bit entry indexes")
	}
	t := &wordIndex{slots: make([]wordSlot, size), mask: uint64(size - 1), entries: make([]wordEntry, 0, len(m))}
	for w, info := range m {
		key, h := wordKey(w)
		i := h & t.mask
		for t.slots[i].idx != 0 {
			i = (i + 1) & t.mask
		}
		t.entries = append(t.entries, wordEntry{w, info})
		t.slots[i] = wordSlot{key: key, n: uint8(min(len(w), 255)), idx: uint16(len(t.entries)),
			flags: info.flags, vflags: info.vflags, id: info.id}
	}
	return t
}

const wordMul = 0x9e3779b97f4a7c15

// wordKey returns w's slot key and hash. A word of up to 8 bytes is its own
// key (little-endian, zero-padded); one multiply mixes it.
func wordKey[T string | []byte](w T) (key, hash uint64) {
	n := len(w)
	if n <= 8 {
		for k := n - 1; k >= 0; k-- {
			key = key<<8 | uint64(w[k])
		}
		h := (key ^ uint64(n)) * wordMul
		return key, h ^ h>>31
	}
	h := uint64(n) * wordMul
	k := 0
	for ; k+8 <= n; k += 8 {
		x := uint64(w[k]) | uint64(w[k+1])<<8 | uint64(w[k+2])<<16 | uint64(w[k+3])<<24 |
			uint64(w[k+4])<<32 | uint64(w[k+5])<<40 | uint64(w[k+6])<<48 | uint64(w[k+7])<<56
		h = (h ^ x) * wordMul
		h ^= h >> 29
	}
	var x uint64
	for j := n - 1; j >= k; j-- {
		x = x<<8 | uint64(w[j])
	}
	h = (h ^ x) * wordMul
	h ^= h >> 31
	return h, h
}

// lookup returns w's entry, nil when w is not in the table. The entry is
// shared: never write through it.
func (t *wordIndex) lookup(w []byte) *wordInfo {
	key, h := wordKey(w)
	n := uint8(min(len(w), 255))
	i := h & t.mask
	for {
		s := &t.slots[i]
		if s.idx == 0 {
			return nil
		}
		if s.key == key && s.n == n {
			e := &t.entries[s.idx-1]
			if n <= 8 || e.word == string(w) {
				return &e.info
			}
		}
		i = (i + 1) & t.mask
	}
}

// probeShort returns the slot of a word of n <= 8 bytes given as its key
// (see wordKey; the caller has the word's bytes in a register already), nil
// when the word is not in the table. The valences are in the slot's entry.
func (t *wordIndex) probeShort(key uint64, n int) *wordSlot {
	h := (key ^ uint64(n)) * wordMul
	i := (h ^ h>>31) & t.mask
	for {
		s := &t.slots[i]
		if s.idx == 0 {
			return nil
		}
		if s.key == key && s.n == uint8(n) {
			return s
		}
		i = (i + 1) & t.mask
	}
}

// buildTables loads the lexicon, emoji descriptions and rule tables from
// govader (the lexicon is govader's vaderLexicon.txt asset, parsed by
// govader itself) and merges in the detectors' word classes.
func buildTables() (*wordIndex, *vaderData) {
	sia := govader.NewSentimentIntensityAnalyzer()
	tc := sia.Constants
	m := make(map[string]wordInfo, len(sia.Lexicon)+len(tc.BoosterDict)+256)
	vd := &vaderData{
		emoji:     make(map[rune]string),
		emojiMin:  utf8.MaxRune,
		caseForms: make(map[string][]uint64),
		punct:     tc.Regex.PunctuationString,
	}

	for w, v := range sia.Lexicon {
		wi := m[w]
		wi.val = v
		wi.vflags |= vfLex
		m[w] = wi
		if lw := strings.ToLower(w); lw != w {
			// Only same-length lowercasings can be told apart by a byte
			// mask; the lexicon's capitals are ASCII and "Þ".
			if len(lw) != len(w) {
				panic(fmt.Sprintf("enrich: lexicon key %q changes length when lowercased", w))
			}
			var mask uint64
			for k := 0; k < len(w) && k < 64; k++ {
				if w[k] != lw[k] {
					mask |= 1 << k
				}
			}
			vd.caseForms[lw] = append(vd.caseForms[lw], mask)
			li := m[lw]
			li.vflags |= vfCaseForms
			m[lw] = li
		}
	}
	for w, b := range tc.BoosterDict {
		if strings.Contains(w, " ") {
			continue // multi-word: vd.ngrams
		}
		wi := m[w]
		wi.boost = b
		wi.vflags |= vfBooster
		m[w] = wi
	}
	for _, w := range tc.NegateList {
		wi := m[w]
		wi.vflags |= vfNegated
		m[w] = wi
	}

	// Word ids: the rule words, then every word of a multi-word idiom or
	// booster, so that "the shit" or "kind of" is a comparison of ids.
	ids := make(map[string]uint8)
	for id, w := range ruleWords {
		if w != "" {
			ids[w] = uint8(id)
		}
	}
	next := wFirstIdiomWord
	seq := func(key string, val float64) (wordSeq, bool) {
		ws := strings.Split(key, " ")
		if len(ws) < 2 {
			return wordSeq{}, false // never equal to the space-joined words govader compares
		}
		if len(ws) > 3 {
			panic(fmt.Sprintf("enrich: govader key %q has more than 3 words", key))
		}
		s := wordSeq{n: len(ws), val: val}
		for k, w := range ws {
			id, ok := ids[w]
			if !ok {
				if next == 255 {
					panic("enrich: too many VADER idiom words")
				}
				id = next
				next++
				ids[w] = id
			}
			s.ids[k] = id
		}
		return s, true
	}
	for k, v := range tc.SpecialCaseIdioms {
		if s, ok := seq(k, v); ok {
			vd.idioms = append(vd.idioms, s)
		}
	}
	for k, v := range tc.BoosterDict {
		if s, ok := seq(k, v); ok {
			vd.ngrams = append(vd.ngrams, s)
		}
	}
	for w, id := range ids {
		wi := m[w]
		wi.id = id
		m[w] = wi
	}

	for k, d := range sia.EmojiDict {
		r, size := utf8.DecodeRuneInString(k)
		if size != len(k) || r == utf8.RuneError && size != 3 {
			continue // govader looks emoji up one rune at a time: longer keys never match
		}
		vd.emoji[r] = d
		vd.emojiMin = min(vd.emojiMin, r)
	}

	addDetectorWords(m)
	return newWordIndex(m), vd
}

// addDetectorWords sets the detectors' word classes.
func addDetectorWords(m map[string]wordInfo) {
	add := func(flag uint16, words ...string) {
		for _, w := range words {
			wi := m[w]
			wi.flags |= flag
			m[w] = wi
		}
	}
	for w, wi := range m {
		if wi.vflags&vfLex != 0 {
			wi.flags |= tfInLex
		}
		if wi.vflags&vfBooster != 0 {
			wi.flags |= tfBooster
		}
		m[w] = wi
	}
	add(tfNegate, negations...)
	add(tfNo, "no")
	add(tfNegate, "no")
	add(tfNeed, "need", "needs")
	add(tfBut, "but")
	add(tfStop, targetStops...)
	add(tfDeterminer, "the", "a", "an", "our", "your", "my", "their", "another", "someone", "somebody", "in")
	add(tfGeneric, "team", "teams", "department", "dept", "queue", "desk", "line", "group", "unit", "division", "people", "folks", "guys", "colleagues", "specialists", "specialist")
	// The words spokenPII reads numbers and addresses from: a turn with
	// fewer than two of the first and no "dot" cannot hold any
	// (mayHoldSpoken), and its spoken scan is skipped.
	add(tfSpoken, "zero", "oh", "o", "nought", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "double", "triple", "hundred")
	add(tfDot, "dot")
}

// negations are the detectors' negation words: VADER's NEGATE words,
// apostrophe-less spellings included (any word ending in "n't" is one too,
// checked in makeToken). The sentiment scorer uses govader's own list.
var negations = []string{
	"not", "never", "none", "nope", "nor", "nothing", "nowhere", "neither",
	"cannot", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt",
	"werent", "wont", "wouldnt", "shouldnt", "couldnt", "havent", "hasnt",
	"hadnt", "aint", "mustnt", "neednt", "without", "rarely", "seldom",
	"despite", "uhuh",
}

// targetStops end a handoff target: "transfer you to billing who will ...".
var targetStops = []string{
	"who", "which", "that", "and", "or", "so", "for", "now", "please",
	"because", "as", "they", "them", "he", "she", "it", "is", "are", "will",
	"can", "could", "should", "would", "right", "today", "tomorrow", "asap",
	"shortly", "then", "if", "on", "at", "with", "about", "regarding", "i",
	"you", "we", "to", "they'll", "who'll", "they're", "it's", "just", "first",
	"instead", "directly", "immediately", "here", "there", "okay", "ok", "thanks",
	"but", "since", "while", "when", "where", "how", "what", "one", "moment",
	"sec", "second", "minute", "hold", "be", "have", "has", "do", "does", "again",
	"back", "by",
}
