package enrich

// VADER constants (Hutto & Gilbert, 2014), as in the reference implementation.
const (
	vaderBoost    = 0.293 // booster word increment (B_INCR / -B_DECR)
	vaderCaps     = 0.733 // ALL-CAPS emphasis when the text is mixed case (C_INCR)
	vaderNegate   = -0.74 // negation scalar (N_SCALAR)
	vaderBang     = 0.292 // per '!' (at most 4)
	vaderAlpha    = 15    // normalisation constant of the compound score
	vaderButPre   = 0.5   // words before "but"
	vaderButPost  = 1.5   // words after "but"
	vaderNegLook  = 3     // tokens looked back for boosters and negations
	maxBangs      = 4
	vaderQuest1   = 0.18 // per '?' when there are 2 or 3
	vaderQuestMax = 0.96 // more than 3 '?'
)

// wordInfo is everything the engine knows about one lowercase word: its
// sentiment valence, its booster increment and its word-class flags. One map
// lookup per token answers every question the scorers and detectors ask.
type wordInfo struct {
	val   float32
	boost float32
	flags uint16
}

// wordTable is built once from the tables below and never written again, so
// engines share it safely.
var wordTable = newWordIndex(buildWordMap())

// wordIndex is an open-addressing hash table (FNV-1a, linear probing, load
// factor <= 1/4) from word to wordInfo: cheaper than a Go map for the one
// lookup per token of the hot loop.
type wordIndex struct {
	slots []wordSlot
	mask  uint64
}

type wordSlot struct {
	word string
	info wordInfo
}

func newWordIndex(m map[string]wordInfo) *wordIndex {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	t := &wordIndex{slots: make([]wordSlot, size), mask: uint64(size - 1)}
	for w, info := range m {
		i := wordHash(w) & t.mask
		for t.slots[i].word != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = wordSlot{w, info}
	}
	return t
}

func wordHash[T string | []byte](w T) uint64 {
	h := uint64(fnvOffset64)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime64
	}
	return h ^ h>>29
}

// lookup returns w's entry.
func (t *wordIndex) lookup(w []byte) (wordInfo, bool) {
	i := wordHash(w) & t.mask
	for {
		s := &t.slots[i]
		if s.word == "" {
			return wordInfo{}, false
		}
		if s.word == string(w) {
			return s.info, true
		}
		i = (i + 1) & t.mask
	}
}

func buildWordMap() map[string]wordInfo {
	m := make(map[string]wordInfo, len(lexicon)+len(boosters)+64)
	for w, v := range lexicon {
		m[w] = wordInfo{val: v, flags: tfInLex}
	}
	for w, b := range boosters {
		wi := m[w]
		wi.boost = b
		wi.flags |= tfBooster
		m[w] = wi
	}
	add := func(flag uint16, words ...string) {
		for _, w := range words {
			wi := m[w]
			wi.flags |= flag
			m[w] = wi
		}
	}
	add(tfNegate, negations...)
	add(tfNo, "no")
	add(tfNegate, "no")
	add(tfNeed, "need", "needs")
	add(tfBut, "but")
	add(tfStop, targetStops...)
	add(tfDeterminer, "the", "a", "an", "our", "your", "my", "their", "another", "someone", "somebody", "in")
	add(tfGeneric, "team", "teams", "department", "dept", "queue", "desk", "line", "group", "unit", "division", "people", "folks", "guys", "colleagues", "specialists", "specialist")
	return m
}

// negations are VADER's NEGATE words, apostrophe-less spellings included.
// Any word ending in "n't" is a negation too (checked in makeToken).
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

// boosters are VADER's booster/dampener words: they scale the next sentiment
// word away from (or towards) zero.
var boosters = map[string]float32{
	"absolutely": vaderBoost, "amazingly": vaderBoost, "awfully": vaderBoost,
	"completely": vaderBoost, "considerably": vaderBoost, "decidedly": vaderBoost,
	"deeply": vaderBoost, "enormously": vaderBoost, "entirely": vaderBoost,
	"especially": vaderBoost, "exceptionally": vaderBoost, "extremely": vaderBoost,
	"fabulously": vaderBoost, "fully": vaderBoost, "greatly": vaderBoost,
	"highly": vaderBoost, "hugely": vaderBoost, "incredibly": vaderBoost,
	"intensely": vaderBoost, "majorly": vaderBoost, "more": vaderBoost,
	"most": vaderBoost, "particularly": vaderBoost, "purely": vaderBoost,
	"quite": vaderBoost, "really": vaderBoost, "remarkably": vaderBoost,
	"so": vaderBoost, "substantially": vaderBoost, "thoroughly": vaderBoost,
	"totally": vaderBoost, "tremendously": vaderBoost, "uber": vaderBoost,
	"unbelievably": vaderBoost, "unusually": vaderBoost, "utterly": vaderBoost,
	"very": vaderBoost, "super": vaderBoost, "seriously": vaderBoost,
	"truly": vaderBoost, "such": vaderBoost, "too": vaderBoost,

	"almost": -vaderBoost, "barely": -vaderBoost, "hardly": -vaderBoost,
	"kinda": -vaderBoost, "less": -vaderBoost, "little": -vaderBoost,
	"marginally": -vaderBoost, "occasionally": -vaderBoost, "partly": -vaderBoost,
	"scarcely": -vaderBoost, "slightly": -vaderBoost, "somewhat": -vaderBoost,
	"sorta": -vaderBoost, "fairly": -vaderBoost, "pretty": -vaderBoost,
}

// lexicon holds general-purpose sentiment words with VADER-like valences
// (mean human ratings on a -4..+4 scale). It is a compact, hand-written
// subset: words that are common in support conversations, with values close
// to VADER's. Words that are ambiguous in support talk are left out on
// purpose: "like" ("like I said"), "please", "yes", "support" ("tech
// support"), "promise"/"promised" (positive in VADER, but "you promised" is a
// complaint: the support layer scores it), "hold", "wait".
var lexicon = map[string]float32{
	// positive
	"good": 1.9, "great": 3.1, "excellent": 2.7, "amazing": 2.8, "awesome": 3.1,
	"fantastic": 2.6, "wonderful": 2.7, "brilliant": 2.8, "perfect": 2.7,
	"perfectly": 3.2, "love": 3.2, "loved": 2.9, "loves": 2.7, "lovely": 2.8,
	"nice": 1.8, "nicely": 1.9, "happy": 2.7, "happier": 2.4, "glad": 2.0,
	"pleased": 1.9, "satisfied": 1.8, "thanks": 1.9, "thank": 1.5, "thx": 1.5,
	"thankful": 2.7, "grateful": 2.0, "appreciate": 1.7, "appreciated": 2.3,
	"helpful": 1.8, "help": 1.7, "helped": 1.7, "helping": 1.2, "resolved": 1.2,
	"solved": 1.1, "fixed": 1.1, "solution": 1.2, "best": 3.2, "better": 1.9,
	"easy": 1.9, "easier": 1.8, "friendly": 2.2, "polite": 1.9, "patient": 1.2,
	"patience": 1.6, "professional": 1.2, "efficient": 1.8, "smooth": 1.0,
	"excited": 1.4, "exciting": 2.2, "fun": 2.3, "yay": 2.4, "cool": 1.3,
	"ok": 0.9, "okay": 0.9, "fine": 0.8, "impressed": 2.1, "impressive": 2.3,
	"outstanding": 3.0, "superb": 3.1, "terrific": 2.9, "recommend": 1.5,
	"recommended": 1.8, "trust": 2.3, "hope": 1.9, "hopefully": 1.7,
	"hoping": 1.4, "welcome": 2.0, "success": 2.7, "successful": 2.8,
	"successfully": 2.2, "enjoy": 2.2, "enjoyed": 2.3, "wow": 2.8,
	"beautiful": 2.9, "calm": 1.3, "comfortable": 1.5, "confident": 2.2,
	"care": 2.2, "cares": 2.0, "caring": 2.0, "delighted": 3.2, "delight": 2.9,
	"pleasure": 2.7, "pleasant": 2.3, "positive": 2.6, "fair": 1.3,
	"honest": 2.3, "valuable": 2.1, "smile": 1.5, "lol": 1.8, "cheers": 2.1,
	"kudos": 2.3, "hero": 2.6, "lifesaver": 2.5, "relieved": 1.5, "relief": 2.1,
	"sweet": 2.0, "reliable": 1.9, "quickly": 0.9, "prompt": 0.9, "quick": 0.9,
	"useful": 1.9, "genius": 2.6, "legend": 2.1, "favorite": 2.0,
	"favourite": 2.0, "improved": 2.1, "improvement": 2.0, "win": 2.8,
	"winner": 2.8, "bonus": 2.5, "benefit": 2.0, "glorious": 2.9, "stellar": 2.8,
	"gem": 2.0, "star": 1.7, "accurate": 1.3, "clear": 1.6,
	"kindly": 2.2, "generous": 2.3, "respect": 2.1, "agree": 1.5, "interesting": 1.7,
	"worth": 0.9, "safe": 1.9, "secure": 1.4, "rescued": 1.8, "saved": 1.6,
	"nailed": 1.5, "goodness": 2.0, "grand": 2.0, "top": 0.8, "congrats": 2.4,
	"congratulations": 2.9,

	// negative
	"bad": -2.5, "terrible": -2.1, "awful": -2.0, "horrible": -2.5,
	"horrendous": -2.4, "horrific": -3.4, "worst": -3.1, "worse": -2.1,
	"hate": -2.7, "hated": -3.2, "hates": -1.9, "angry": -2.3, "anger": -2.7,
	"angrier": -2.3, "annoyed": -1.6, "annoying": -1.7, "upset": -1.6,
	"sad": -2.1, "unhappy": -1.8, "disappointed": -1.9, "disappointing": -2.2,
	"disappointment": -2.3, "frustrated": -2.0, "frustrating": -1.9,
	"frustration": -2.1, "furious": -2.7, "livid": -2.5, "useless": -1.8,
	"pathetic": -2.0, "ridiculous": -1.5, "absurd": -1.3, "unacceptable": -2.0,
	"incompetent": -2.5, "incompetence": -2.4, "rude": -2.0, "disgusting": -2.4,
	"disgraceful": -2.7, "disgrace": -2.2, "shameful": -2.2, "shame": -1.9,
	"scam": -2.4, "fraud": -2.8, "liar": -2.7, "liars": -2.7, "lie": -1.6,
	"lied": -1.6, "lies": -1.8, "lying": -2.2, "mess": -1.5, "nightmare": -1.9,
	"disaster": -3.1, "fail": -2.5, "failed": -2.3, "failure": -2.3,
	"fails": -2.2, "failing": -2.1, "problem": -1.7, "problems": -1.7,
	"trouble": -1.7, "wrong": -2.1, "error": -1.7, "errors": -1.6,
	"fault": -1.7, "faulty": -1.8, "defective": -1.9, "damaged": -1.9,
	"damage": -2.2, "poor": -2.1, "poorly": -1.9, "waste": -1.8, "wasted": -2.2,
	"wasting": -1.8, "worthless": -1.9, "stupid": -2.4, "idiot": -2.3,
	"idiots": -2.3, "crap": -1.6, "damn": -1.7, "hell": -2.7, "sucks": -1.5,
	"suck": -1.9, "stress": -1.8, "stressed": -1.6, "stressful": -2.2,
	"worried": -1.2, "worry": -1.9, "worrying": -1.4, "confused": -1.3,
	"confusing": -0.9, "hopeless": -2.0, "helpless": -2.0, "ignored": -1.6,
	"ignore": -1.5, "ignoring": -1.7, "neglected": -2.4, "abandoned": -2.5,
	"complaint": -1.2, "complain": -1.5, "complaining": -0.8, "lost": -1.3,
	"missing": -1.2, "sorry": -0.3, "unfortunately": -1.6, "afraid": -2.2,
	"impossible": -1.6, "irritated": -1.8, "irritating": -2.0,
	"outrageous": -2.3, "outraged": -2.3, "appalling": -3.0, "appalled": -2.6,
	"dreadful": -1.9, "inexcusable": -2.4, "unreliable": -1.8,
	"unhelpful": -1.7, "careless": -1.5, "lazy": -1.5, "clueless": -1.6,
	"dishonest": -2.7, "misleading": -1.6, "misled": -1.5, "cheated": -2.2,
	"robbed": -2.1, "threat": -2.4, "hurt": -2.4, "pain": -2.3, "painful": -2.4,
	"suffer": -2.6, "suffering": -2.1, "cry": -2.1, "crying": -2.1,
	"tired": -1.9, "sick": -2.3, "exhausted": -1.8, "disrespect": -1.8,
	"disrespectful": -2.1, "embarrassing": -1.6, "ugh": -1.8, "wtf": -2.8,
	"ugly": -2.3, "boring": -1.3, "weak": -1.9, "refuse": -1.2, "refused": -1.2,
	"reject": -1.7, "rejected": -2.3, "denied": -1.6, "deny": -1.4,
	"blame": -1.4, "blamed": -1.9, "mistake": -1.5, "mistakes": -1.5,
	"inconvenience": -1.3, "inconvenient": -1.4, "unfair": -2.1,
	"nonsense": -1.7, "joke": -0.8, "horrid": -2.2, "miserable": -2.2,
	"rubbish": -1.6, "garbage": -1.5, "junk": -1.5, "shoddy": -1.8,
	"terribly": -2.0, "badly": -2.1, "mad": -2.2, "hostile": -2.1,
	"insulting": -2.2, "insult": -2.1, "cheat": -2.2, "con": -0.9,
	"shocked": -1.3, "shocking": -1.7, "sucked": -2.0, "dissatisfied": -1.6,
	"unsatisfied": -1.7, "unresolved": -1.4, "fuming": -2.4, "gutted": -2.0,
	"devastated": -3.0, "desperate": -1.3, "struggling": -1.4, "struggle": -1.2,
	"mislead": -1.7, "incorrect": -1.5, "bogus": -1.6, "sloppy": -1.6,
	"dumb": -2.3, "crappy": -2.5, "lousy": -2.5, "hassle": -1.7,
	"headache": -1.8, "inadequate": -1.7, "regret": -1.8, "disgusted": -2.4,
}
