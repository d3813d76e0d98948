package enrich

import "bytes"

// The support-domain sentiment layer.
//
// Generic sentiment lexicons (VADER's included) were built from general
// text. In a support conversation they misread the customer in both
// directions: "I've been on hold for an hour", "my flight was cancelled",
// "no one answers" carry little or no lexicon sentiment, while "please
// help", "I'd like a refund", "yes" and an @-handle such as "@united" read
// as positive words. The layer corrects both, on top of the exact VADER
// rules (the Sentiment column has it, SentimentVader does not), with:
//
//   - phrases, matched by the shared phrase matcher on the normalised text
//     (lowercase, whitespace collapsed, word boundaries, trailing '*' =
//     prefix), each scored as one pseudo-word carrying its weight (VADER's
//     -4..+4 scale), replacing the lexicon valences of the words it covers;
//     boosters, negations, caps, "but" and punctuation then apply to it as
//     to any lexicon word. The groups below say what each set is and why;
//   - neutral readings: phrases whose words are not sentiment in a support
//     message ("please", "help", "would like", "@handle") score 0;
//   - the organisation's own name scores 0 ("United", "Best Buy");
//   - gratitude after a question or a request formula in the same turn
//     ("Can you check my booking? Thanks", "please rebook me, thanks") is
//     the closing of a request, not praise: it scores 0;
//   - a negation that negates no sentiment word ("I can't get through",
//     "it doesn't print", "nobody has") is a failure report: it scores
//     danglingNegation instead of waiting for a word to flip. Mild markers
//     (supMarker) never absorb a negation, so "didn't get a refund" stays
//     negative;
//   - when a turn reports a service failure, its positive words are damped
//     (failureDamping): "thanks for the 3 hour delay", "great, cancelled
//     again" are sarcasm or politeness, not satisfaction;
//   - readings that depend on where a word stands (placeReadings,
//     negationScope): positive words in a question ("what's the best
//     number to call?") or a hypothetical ("that would be great", "if you
//     could") ask for something and score 0; failure words and markers in
//     a yes/no question ("is flight 123 delayed?", "will it be
//     cancelled?") ask about a failure rather than report one and score 0;
//     a negation does not reach across a clause or a conjunction ("can't
//     rebook online, been on hold for 2 hours" is two failures, "no
//     problem, thanks" is thanks); a negated failure phrase keeps only a
//     little of VADER's flip ("not delayed" is good news, not praise) and a
//     negated negative word keeps a little of its own sign ("I have never
//     had such awful service" is still a complaint).
//
// The weights were tuned on one half of a public set of customer tweets to
// airlines (eval/airline.go) and are reported on the other half; the
// phrases themselves are generic to customer service (travel, retail,
// telecoms, electronics): none names a product, a brand or an airport.
// docs/support-sentiment.md has the figures and the remaining error groups.

// supportKind says how the layer treats a phrase.
type supportKind uint8

const (
	supNone supportKind = iota
	// supFailure: a service failure stated by the customer. Negative, can be
	// negated ("not delayed", mildly: negatedFailure), and in a customer
	// turn it marks the interaction a complaint (detect.go, via
	// supportPhrases).
	supFailure
	// supMarker: mild evidence of a problem (elapsed time, repeated
	// attempts, claims). Negative, no complaint signal on its own, and it
	// does not absorb a negation.
	supMarker
	// supLexicon: a word or idiom VADER lacks or misreads in support text,
	// with the valence it has there ("nightmare", "a joke", "made my day").
	supLexicon
	// supOutcome: a positive support outcome ("problem solved", "got me
	// home"). Never damped by failureDamping.
	supOutcome
	// supGratitude: thanks; praise, except in a turn that asks a question.
	supGratitude
	// supNeutral: words that are not sentiment in a support message.
	supNeutral
	// supRequest: a request formula ("please", "can you"): scores 0, and
	// gratitude after it closes the request.
	supRequest
	// supHypothetical: a word that opens a hypothetical ("would", "if"). It
	// has no valence: it only tells placeReadings that the turn has one.
	supHypothetical
)

const (
	// danglingNegation is the valence of a negation that negates nothing.
	danglingNegation = -1.0
	// failureDamping scales the positive words of a turn with a failure.
	failureDamping = 0.5
	// failureDampTrigger: a negative support phrase at least this strong
	// (absolute weight) triggers failureDamping.
	failureDampTrigger = 1.2
	// negatedFailure is the share of VADER's negation flip a negated failure
	// phrase keeps: "my flight wasn't delayed" is mildly good news (+0.3 of
	// VADER's +1.55), and "hasn't been delayed for hours" (sarcasm), "not
	// be put on hold" (a request) do not read as praise.
	negatedFailure = 0.3
	// negatedNegative scales a negated negative word before VADER's flip,
	// so that it keeps about a fifth of its own valence (-0.3 x -0.74)
	// instead of turning positive: in a complaint "never had such awful
	// service", "couldn't be more wrong", "wasn't the worst of it" are
	// still negative. The courtesy formulas VADER gets right by the flip
	// ("no problem", "not bad") are lexicon phrases below.
	negatedNegative = -0.3
)

// supportPhrase is one phrase of the layer and its weight.
type supportPhrase struct {
	phrase string
	weight float32
}

// supportGroup is a set of phrases with one treatment and one reason.
type supportGroup struct {
	kind    supportKind
	why     string
	phrases []supportPhrase
}

var supportGroups = []supportGroup{
	// ---- service failures (complaint signals) ----
	{supFailure, "time lost waiting: the core runaround signal", []supportPhrase{
		{"still waiting", -2.3}, {"been waiting", -2.1}, {"took forever", -2.0}, {"taking forever", -2.0}, {"takes forever", -2.0}, {"still haven't", -2.3}, {"still havent", -2.3},
		{"still no", -2.1}, {"still not", -2.1}, {"still don't", -2.1}, {"still do not", -2.1},
		{"on hold", -2.0}, {"been on hold", -2.2}, {"hold time", -2.0}, {"wait time", -1.6}, {"hour wait", -2.0},
	}},
	{supFailure, "the service did not happen when promised", []supportPhrase{
		{"delayed", -2.1}, {"delay", -2.1}, {"delays", -2.1}, {"late", -1.6},
		{"cancelled", -2.1}, {"canceled", -2.1},
		{"stuck", -2.0}, {"stranded", -2.5}, {"missed my", -2.1}, {"missed connection", -2.3},
	}},
	{supFailure, "nobody answers or responds: the customer cannot reach help", []supportPhrase{
		{"no one", -2.0}, {"nobody", -2.0}, {"no answer", -2.3}, {"no response", -2.3}, {"no reply", -2.3},
		{"no help", -2.3}, {"heard nothing", -2.3}, {"never heard back", -2.5}, {"never heard", -2.1},
		{"can't get through", -2.5}, {"hung up", -2.3}, {"hung up on", -2.3}, {"hang up", -2.0},
		{"hanging up", -2.3}, {"disconnected", -2.0}, {"nobody called", -2.5}, {"no one called", -2.5},
		{"never called", -2.5}, {"nobody has called", -2.5}, {"no one has called", -2.5}, {"cut off", -2.0},
	}},
	{supFailure, "lost or undelivered goods, bags, refunds, visits", []supportPhrase{
		{"lost my", -2.3}, {"lost luggage", -2.3}, {"lost bag", -2.3}, {"where is my", -2.0}, {"where's my", -2.0},
		{"haven't received", -2.1}, {"havent received", -2.1}, {"hasn't arrived", -2.1}, {"never received", -2.5},
		{"never arrived", -2.5}, {"never arrive*", -2.3}, {"never showed", -2.5}, {"didn't show up", -2.3},
		{"never got", -2.1},
	}},
	{supFailure, "the product or system does not work", []supportPhrase{
		{"broken", -2.0}, {"doesn't work", -2.2}, {"does not work", -2.2}, {"not working", -2.3},
		{"isn't working", -2.3}, {"stopped working", -2.5}, {"didn't work", -2.2}, {"won't turn on", -2.2},
		{"won't charge", -2.2}, {"bricked", -3.0}, {"is down", -1.6}, {"are down", -1.6},
		{"website down", -2.0}, {"site down", -2.0}, {"timing out", -1.6}, {"error", -1.3},
		{"glitch", -1.6}, {"bug", -1.3},
	}},
	{supFailure, "goods that arrived damaged, wrong, spoilt or incomplete, and products that broke", []supportPhrase{
		{"snapped", -2.0}, {"cracked", -2.0}, {"smashed", -2.3}, {"shattered", -2.3}, {"leaking", -2.0}, {"leaks", -1.6},
		{"faulty", -2.0}, {"damaged", -2.0}, {"dented", -1.6}, {"mouldy", -2.3}, {"moldy", -2.3}, {"rotten", -2.3},
		{"out of date", -1.6}, {"missing", -2.0}, {"wrong item", -2.0}, {"wrong colour", -2.0}, {"wrong color", -2.0},
		{"wrong size", -2.0}, {"wrong order", -2.0}, {"sent the wrong", -2.0}, {"sent me the wrong", -2.0},
		{"forgot the", -1.6}, {"forgot my", -1.6}, {"left out", -1.6}, {"didn't include", -1.6}, {"keeps crashing", -2.3},
		{"keeps dropping", -2.3}, {"keeps freezing", -2.3}, {"keeps cutting out", -2.3}, {"stopped charging", -2.3},
		{"won't start", -2.2}, {"won't load", -2.2}, {"won't connect", -2.2}, {"dead on arrival", -2.6},
		{"arrived warm", -2.0}, {"arrived damaged", -2.3}, {"arrived broken", -2.3}, {"arrived open", -2.0},
		{"arrived crushed", -2.3}, {"arrived defrosted", -2.0}, {"arrived melted", -2.0}, {"froze", -2.0},
		{"won't open", -2.0}, {"won't close", -2.0}, {"won't work", -2.2}, {"won't boot", -2.2},
		{"won't power on", -2.2}, {"won't switch on", -2.2}, {"paperweight", -2.6}, {"loading forever", -2.3},
	}},
	{supFailure, "questions that report a problem the customer has: whether others have it too, whether it is known", []supportPhrase{
		{"anyone else having", -1.6}, {"anyone else's", -1.6}, {"anyone else getting", -1.6}, {"anybody else having", -1.6},
		{"known issue", -1.6}, {"known problem", -1.6}, {"aware of the problem", -1.6}, {"aware of the issue", -1.6},
		{"aware of this problem", -1.6}, {"aware of this issue", -1.6}, {"is it just me", -1.6}, {"just me or", -1.6},
	}},
	{supFailure, "a service that is down, cut off or charged wrongly", []supportPhrase{
		{"outage", -2.0}, {"outages", -2.0}, {"power cut", -2.0}, {"internet down", -2.0}, {"wifi down", -2.0},
		{"broadband down", -2.0}, {"network down", -2.0}, {"app down", -2.0}, {"down all day", -2.3},
		{"down again", -2.3}, {"no signal", -2.0}, {"no internet", -2.0}, {"no water", -2.0}, {"no hot water", -2.0},
		{"no heating", -2.0}, {"no power", -2.0}, {"ended on me", -2.0}, {"cut me off", -2.3}, {"dropped the call", -2.0},
		{"kicked me out", -2.0}, {"charged for a", -1.6}, {"charged me for", -1.6}, {"charged my card", -1.6},
		{"taken money", -2.0}, {"took money", -2.0}, {"without authorisation", -2.3}, {"without authorization", -2.3},
		{"costing me", -1.6}, {"got moved to", -1.6}, {"downgraded", -2.0}, {"bumped off", -2.3},
		{"can't fix", -2.0},
		{"couldn't fix", -2.0}, {"didn't fix", -2.0}, {"not fixed", -2.0}, {"still broken", -2.3},
		{"and counting", -2.0}, {"another transfer", -2.0},
	}},
	{supFailure, "the runaround in the customer's words: loops, repeats, wasted effort", []supportPhrase{
		{"runaround", -2.9}, {"run around", -2.9}, {"run-around", -2.9}, {"passed around", -2.9},
		{"transferred again", -2.1}, {"round in circles", -2.5}, {"waste of time", -2.6},
		{"third time", -2.1}, {"fourth time", -2.3}, {"fifth time", -2.6},
	}},
	{supFailure, "billing failures", []supportPhrase{
		{"overcharged", -2.3}, {"charged twice", -2.3}, {"double charged", -2.3},
		{"ripped off", -2.6}, {"ripoff", -2.9}, {"rip off", -2.9}, {"charged double", -2.3},
	}},
	{supFailure, "the customer gives up on the company", []supportPhrase{
		{"never again", -2.6}, {"never use", -2.6}, {"never fly", -2.6}, {"never buy", -2.6},
		{"never order", -2.6}, {"never shop", -2.6},
		{"learned my lesson", -2.3}, {"let me down", -2.6}, {"let us down", -2.6}, {"letting me down", -2.6},
	}},
	{supFailure, "complaint hashtags: social shorthand for a failure (#fail, #badservice, #worstcustomerservice, #nothappy, #neveragain)", []supportPhrase{
		{"#fail*", -2.6}, {"#epicfail*", -2.6}, {"#bad*", -2.6}, {"#poor*", -2.6}, {"#worst*", -3.2},
		{"#never*", -2.6}, {"#not*", -2.3}, {"#nomore*", -2.3},
	}},

	// ---- mild markers ----
	{supMarker, "elapsed time: customers count hours and minutes when they have been kept waiting", []supportPhrase{
		{"hours", -1.3}, {"hrs", -1.3}, {"an hour", -1.3}, {"minutes", -1.0}, {"mins", -1.0},
		{"since", -0.8}, {"been", -0.8}, {"sitting", -1.0}, {"wait", -0.8}, {"waiting", -1.0},
		{"extra day", -1.3}, {"extra night", -1.3}, {"too long", -1.6}, {"the last time", -1.6}, {"last time i", -2.0},
	}},
	{supMarker, "repeated or failed attempts to get something done", []supportPhrase{
		{"tried", -1.0}, {"trying to", -0.8}, {"keep trying", -1.6}, {"again", -1.0}, {"every time", -1.0},
		{"call back", -1.3}, {"callback", -1.3}, {"answer", -0.8}, {"answer the phone", -2.0},
		{"was told", -1.2}, {"were told", -1.2}, {"told me", -1.2}, {"supposed to", -1.3},
		{"unable to", -1.3}, {"don't have", -1.3}, {"didn't get", -1.6}, {"can't get", -1.6},
		{"can't find", -1.3}, {"don't know", -0.8}, {"not even", -1.3},
		{"gave up", -2.0}, {"used to", -1.0}, {"nope", -0.6},
	}},
	{supMarker, "claims and escalation: money back, vouchers, complaints, supervisors", []supportPhrase{
		{"refund", -0.8}, {"voucher", -0.5}, {"cancellation", -1.6}, {"compensation", -0.8}, {"charged", -1.0}, {"charge", -0.8},
		{"complaint", -2.0}, {"supervisor", -1.3}, {"speak to a manager", -2.0}, {"rebook", -1.0}, {"rebooked", -1.3},
	}},
	{supMarker, "complaint questions and exclamations", []supportPhrase{
		{"why", -1.0}, {"what happened", -1.3}, {"going on", -1.3}, {"holdup", -1.3}, {"hold up", -1.3},
		{"how hard is it", -2.3}, {"seriously", -1.3}, {"come on", -1.6}, {"kidding me", -2.6},
	}},
	{supMarker, "the customer's framing of a problem", []supportPhrase{
		{"customers", -0.8}, {"customer service", -0.6}, {"issue", -1.0}, {"issues", -1.0},
		{"nothing", -1.0}, {"without", -1.0},
	}},

	{supMarker, "staff and belongings: a customer mentions the agent or their bag when something went wrong with them", []supportPhrase{
		{"agent", -0.6}, {"agents", -0.6}, {"rep", -0.6}, {"representative", -0.6}, {"staff", -0.6}, {"employee", -0.6}, {"employees", -0.6},
		{"my bag", -0.6}, {"my bags", -0.6}, {"my luggage", -0.6}, {"my suitcase", -0.6}, {"my package", -0.6}, {"my parcel", -0.6},
		{"even", -0.6},
	}},

	// ---- lexicon gaps and misreadings ----
	{supLexicon, "negative words VADER lacks, common in complaints", []supportPhrase{
		{"atrocious", -3.9}, {"substandard", -2.6}, {"nightmare", -3.2}, {"shambles", -2.9}, {"abysmal", -3.9},
		{"subpar", -2.6}, {"unhelpful", -2.6}, {"inept", -2.9}, {"disgraceful", -3.2}, {"unreliable", -2.6},
		{"overbooked", -2.0}, {"hassle", -2.0}, {"inconvenienced", -2.0}, {"absurd", -2.3},
		{"condescending", -2.6}, {"slow", -1.3}, {"garbage", -2.6}, {"trash", -2.3}, {"idiots", -3.0},
		{"excuses", -2.0}, {"theft", -2.9}, {"stole", -2.6}, {"mediocre", -2.0}, {"poorly", -2.3},
		{"unreal", -2.0}, {"unbelievable", -2.0}, {"ordeal", -2.0}, {"sigh", -1.3}, {"bummer", -2.0},
	}},
	{supLexicon, "idioms VADER reads backwards in support text (\"what a joke\" has joke +1.2; \"do better\" has better +1.9)", []supportPhrase{
		{"joke", -2.3}, {"a joke", -2.6}, {"gotta love", -2.0}, {"love how", -1.3},
		{"do better", -2.3}, {"be better", -1.6}, {"expect better", -2.3}, {"thanks for nothing", -2.6},
	}},
	{supLexicon, "courtesy formulas VADER reads right only by flipping a negative word; the layer keeps negated negatives negative (negatedNegative), so they are phrases", []supportPhrase{
		{"no problem", 1.3}, {"no problems", 1.3}, {"not a problem", 1.3}, {"not bad", 1.5},
	}},
	{supLexicon, "positive words VADER lacks, common in praise of service", []supportPhrase{
		{"rock", 2.6}, {"rocks", 2.6}, {"rocked", 2.6}, {"incredible", 3.2}, {"exceptional", 3.6},
		{"phenomenal", 3.9}, {"stellar", 3.6}, {"impeccable", 3.6}, {"seamless", 2.6}, {"accommodating", 2.6},
		{"attentive", 2.6}, {"polite", 2.3}, {"prompt", 2.0}, {"knowledgeable", 2.3}, {"professional", 2.0},
		{"superstar", 3.2}, {"rockstar", 3.2}, {"smooth", 2.3}, {"smoothly", 2.3}, {"comfy", 2.3},
		{"spacious", 2.0}, {"a+", 2.6}, {"shout out", 2.0}, {"shoutout", 2.0}, {"can't wait", 2.3},
		{"looking forward", 2.3}, {"#happy*", 2.0}, {"#great*", 2.0}, {"hats off", 2.6}, {"well done", 2.6},
		{"#welldone", 2.6}, {"like a charm", 2.6}, {"killed it", 3.3}, {"nailed it", 3.3}, {"on point", 2.0}, {"no worries", 1.3}, {"can't complain", 1.3},
	}},

	// ---- positive outcomes ----
	{supOutcome, "the problem was solved: what a satisfied customer writes", []supportPhrase{
		{"problem solved", 2.6}, {"sorted", 2.0}, {"resolved", 2.0}, {"made my day", 3.2},
		{"above and beyond", 3.2}, {"on time", 1.0}, {"upgraded", 2.0}, {"never lets me down", 3.2},
		{"never let me down", 3.2}, {"got me home", 2.0}, {"getting me home", 2.0}, {"got us home", 2.0},
		{"got me there", 2.0}, {"got us there", 2.0}, {"for fixing", 2.0}, {"arrived early", 2.0}, {"landed early", 2.0}, {"ahead of schedule", 2.0}, {"got it fixed", 2.0},
		{"for sorting", 2.0}, {"didn't have to wait", 2.0}, {"didn't even have to wait", 2.0}, {"no need to wait", 1.5},
	}},

	// ---- gratitude ----
	{supGratitude, "thanks: in a support message the clearest sign of a satisfied customer, so it weighs about twice VADER's generic valence (and the positive class threshold is raised to match); after a question in the same turn it is the closing formula of a request and scores 0", []supportPhrase{
		{"thanks", 3.8}, {"thank you", 3.8}, {"thank u", 3.8}, {"thnx", 3.8}, {"thx", 3.8}, {"thank", 3.0},
		{"appreciate", 3.4}, {"appreciated", 3.4}, {"thanks again", 4.0}, {"thank you again", 4.0},
		{"thank you so much", 4.0}, {"thanks so much", 4.0}, {"thank you very much", 4.0}, {"thanks very much", 4.0},
	}},

	// ---- neutral readings ----
	{supNeutral, "@handles name an account (\"@united\", \"@AmazonHelp\"), they are not words", []supportPhrase{
		{"@*", 0},
	}},
	{supRequest, "request formulas: asking for something is not praise, and thanks after the request closes it (\"can you move me to the 6pm, thanks\")", []supportPhrase{
		{"please", 0}, {"pls", 0}, {"plz", 0}, {"would like", 0}, {"i'd like", 0},
		{"can you", 0}, {"could you", 0}, {"would you", 0}, {"will you", 0}, {"can someone", 0},
		{"can i", 0}, {"could i", 0}, {"is there", 0}, {"do you", 0}, {"let me know", 0},
		{"any help", 0}, {"help me", 0}, {"i need", 0},
	}},
	{supHypothetical, "hypotheticals: positive words after them ask for something (\"that would be great\", \"if you could sort it I'd love that\")", []supportPhrase{
		{"would", 0}, {"could", 0}, {"i'd", 0}, {"wd", 0}, {"if", 0}, {"whether", 0}, {"unless", 0}, {"in case", 0},
	}},
	{supNeutral, "request politeness: asking for help is not praise", []supportPhrase{
		{"help", 0}, {"happy to", 0}, {"thanks in advance", 0}, {"thank you in advance", 0},
	}},
	{supNeutral, "the names of teams and places whose words are negative (\"the fraud team got my money back\", \"lost property\"), bereavement (\"my late husband's account\" is no lateness) and the customer's own plan to call again (\"I'll call back when I have the receipt\")", []supportPhrase{
		{"fraud team", 0}, {"fraud department", 0}, {"fraud line", 0}, {"fraud awareness", 0}, {"lost property", 0},
		{"lost and found", 0}, {"i'll call back", 0}, {"i will call back", 0}, {"i'll ring back", 0},
		{"i'll call you back", 0}, {"i'll try again", 0}, {"i'll call again", 0}, {"my late", 0}, {"late husband", 0}, {"late wife", 0}, {"late dad", 0}, {"late mum", 0},
		{"late father", 0}, {"late mother", 0}, {"late partner", 0}, {"late son", 0}, {"late daughter", 0},
	}},
	{supNeutral, "\"like\" as a preposition or a want, not a liking", []supportPhrase{
		{"like to", 0}, {"looks like", 0}, {"feel like", 0}, {"seems like", 0}, {"like a", 0}, {"like the", 0},
	}},
	{supNeutral, "answers and hedges: \"yes\", \"ok\", \"sure\", \"hopefully\" reply to the agent", []supportPhrase{
		{"yes", 0}, {"yeah", 0}, {"ok", 0}, {"okay", 0}, {"sure", 0}, {"hope", 0}, {"hopefully", 0}, {"wow", 0},
	}},
	{supNeutral, "names of support functions and terms of the trade (\"I want a refund\" states a need, \"credit\", \"award\", \"original\", \"number\" name an account credit, a points ticket, the booking before a change, a phone or order number)", []supportPhrase{
		{"customer care", 0}, {"customer support", 0}, {"tech support", 0}, {"free", 0},
		{"business hours", 0}, {"opening hours", 0}, {"office hours", 0}, {"loyal", 0}, {"loyalty", 0},
		{"better", 0}, {"that's why", 0}, {"this is why", 0},
		{"want", 0}, {"number", 0}, {"credit", 0}, {"original", 0}, {"award", 0}, {"awards", 0},
	}},
}

// supportPhrases are the complaint-signalling phrases (supFailure):
// buildRules registers them as catSupport rules, which mark a customer turn
// a failure (detect.go). Every other phrase of the layer is in
// supportReadings and only scores sentiment.
var supportPhrases, supportReadings = splitSupport()

// supportReading is a non-failure phrase of the layer.
type supportReading struct {
	phrase string
	weight float32
	kind   supportKind
}

func splitSupport() (fail []supportPhrase, readings []supportReading) {
	for _, g := range supportGroups {
		for _, p := range g.phrases {
			if g.kind == supFailure {
				fail = append(fail, p)
			} else {
				readings = append(readings, supportReading{p.phrase, p.weight, g.kind})
			}
		}
	}
	return fail, readings
}

// supportPat is what the layer knows about one matcher pattern.
type supportPat struct {
	weight float32
	kind   supportKind // supNone: not a support phrase
}

// supportPatterns extends phrases (the matcher patterns of the detectors'
// rules; index maps a phrase to its position) with the support readings
// not already there, and returns the extended list and the support table
// for every pattern. It is called once, by compileRules.
func supportPatterns(index map[string]int, phrases []string) ([]string, []supportPat) {
	for _, r := range supportReadings {
		if _, ok := index[r.phrase]; !ok {
			index[r.phrase] = len(phrases)
			phrases = append(phrases, r.phrase)
		}
	}
	pats := make([]supportPat, len(phrases))
	for _, g := range supportGroups {
		for _, p := range g.phrases {
			pats[index[p.phrase]] = supportPat{weight: p.weight, kind: g.kind}
		}
	}
	return phrases, pats
}

// supportState is the layer's part of an Engine.
type supportState struct {
	pats []supportPat // matcher pattern ID -> support phrase (shared, immutable)

	// Per interaction: hashes of the words of the organisation's name.
	org []uint64

	// Per turn: the support kind of each VADER token's pseudo-word, and
	// where each VADER token stands in a question (place* bits,
	// questionPlaces).
	kind  []supportKind
	place []uint8
}

// setOrg records the words of the interaction's organisation (at least
// three letters) so that applySupport can neutralise them.
func (s *supportState) setOrg(org string) {
	s.org = s.org[:0]
	for i := 0; i < len(org); {
		for i < len(org) && !isWordByte(org[i]) {
			i++
		}
		j := i
		h := uint64(orgHashOffset)
		for j < len(org) && isWordByte(org[j]) {
			c := org[j]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * orgHashPrime
			j++
		}
		if j-i >= 3 {
			s.org = append(s.org, h)
		}
		i = j
	}
}

// FNV-1a, for the organisation's words.
const (
	orgHashOffset = 14695981039346656037
	orgHashPrime  = 1099511628211
)

func orgWordHash(b []byte) uint64 {
	h := uint64(orgHashOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * orgHashPrime
	}
	return h
}

// vtokBytes returns the lowercase bytes of the VADER token t.
func (e *Engine) vtokBytes(t *vtok) []byte {
	if t.flags&vfSpill != 0 {
		return e.vbuf[t.start:t.end]
	}
	return e.buf[t.start:t.end]
}

// Where a VADER token stands in a question (supportState.place).
const (
	// placeQuestion: the token's sentence ends with '?'.
	placeQuestion uint8 = 1 << iota
	// placeYesNo: in a question, in a clause that opens with an auxiliary
	// ("is it delayed?", "will my flight be cancelled?", "any delays
	// expected?"): the clause asks whether something happened.
	placeYesNo
)

// questionPlaces returns the place bits of the turn's n VADER tokens, read
// from the word tokens (e.toks) and the punctuation between them in e.buf,
// or nil when the turn has no '?'. It allocates nothing once s.place has
// grown.
func (e *Engine) questionPlaces(n int) []uint8 {
	if e.quests == 0 {
		return nil
	}
	s := &e.support
	if cap(s.place) < n {
		s.place = make([]uint8, n, 2*n)
	}
	place := s.place[:n]
	clear(place)
	toks := e.toks

	// Backwards: does each word's sentence end with '?'? The gap after a
	// word holds the punctuation between it and the next word.
	question := false
	for j := len(toks) - 1; j >= 0; j-- {
		end := int32(len(e.buf))
		if j+1 < len(toks) {
			end = toks[j+1].start
		}
		for _, c := range e.buf[toks[j].end:end] {
			if c == '?' {
				question = true
				break
			}
			if c == '.' || c == '!' {
				question = false
			}
		}
		if vi := toks[j].vi; question && vi >= 0 && int(vi) < n {
			place[vi] |= placeQuestion
		}
	}
	// Forwards: the clauses that open with an auxiliary, @handles skipped
	// ("@united is my flight delayed?").
	yesNo, opening := false, false
	for j := range toks {
		t := &toks[j]
		if t.flags&tfClause != 0 {
			yesNo, opening = false, true
		}
		if opening && (t.start == 0 || e.buf[t.start-1] != '@') {
			opening = false
			yesNo = isYesNoOpener(e.buf[t.start:t.end])
		}
		if vi := t.vi; yesNo && vi >= 0 && int(vi) < n && place[vi]&placeQuestion != 0 {
			place[vi] |= placeYesNo
		}
	}
	return place
}

// vtokWord reports whether the VADER token k holds a word (a word token:
// not only an emoticon or an emoji, which say how the writer feels
// wherever they stand) and whether a clause break (. , ; : ! ? ( ) or the
// turn's start) comes just before it. The word tokens are in text order,
// so their VADER indexes are sorted: a binary search finds k's first one.
// The readings that need this concern few tokens (a negation's window, a
// positive word), so it is looked up rather than tabled for every token.
func (e *Engine) vtokWord(k int) (word, clause bool) {
	toks := e.toks
	lo, hi := 0, len(toks)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(toks[mid].vi) < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == len(toks) || int(toks[lo].vi) != k {
		return false, false
	}
	return true, toks[lo].flags&tfClause != 0
}

// isYesNoOpener reports whether w opens a yes/no question.
func isYesNoOpener(w []byte) bool {
	switch string(w) {
	case "is", "are", "am", "was", "were", "will", "would", "do", "does", "did",
		"has", "have", "can", "could", "should", "isn't", "aren't", "won't",
		"any", "anyone", "anybody":
		return true
	}
	return false
}

// supportScopeBreak reports whether a negation's scope ends at o[k]: a clause
// break comes before it, or it is a conjunction ("won't work and been on
// hold").
func (e *Engine) supportScopeBreak(o []vtok, k int) bool {
	if _, clause := e.vtokWord(k); clause {
		return true
	}
	switch string(bareWord(e.vtokBytes(&o[k]))) {
	case "and", "or", "but", "because", "then", "while":
		return true
	}
	return false
}

// supportIf reports whether o[i] follows "if", "in case" or "whether" in
// its clause ("if my flight is delayed, can I ...?"): a failure supposed.
func (e *Engine) supportIf(o []vtok, i int) bool {
	for k := i; k >= 0; k-- {
		if k < i {
			if _, clause := e.vtokWord(k + 1); clause {
				return false
			}
		}
		switch string(bareWord(e.vtokBytes(&o[k]))) {
		case "if", "whether":
			return true
		case "case":
			if k > 0 && string(bareWord(e.vtokBytes(&o[k-1]))) == "in" {
				return true
			}
		}
	}
	return false
}

// bareWord is b without the punctuation around it: VADER keeps it on short
// tokens ("if," "or,").
func bareWord(b []byte) []byte {
	for len(b) > 0 && !isWordByte(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && !isWordByte(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// supportHypothetical reports whether o[i] follows "would", "could", "if",
// "whether", "unless" or "in case" in its clause ("that would be great",
// "if you could fix it").
func (e *Engine) supportHypothetical(o []vtok, i int) bool {
	for k := i; k >= 0; k-- {
		if k < i {
			if _, clause := e.vtokWord(k + 1); clause {
				return false
			}
		}
		switch string(bareWord(e.vtokBytes(&o[k]))) {
		case "would", "could", "i'd", "wd", "if", "whether", "unless":
			return true
		case "case":
			if k > 0 && string(bareWord(e.vtokBytes(&o[k-1]))) == "in" {
				return true
			}
		}
	}
	return false
}

// applySupport applies the support layer to o, a copy of the turn's VADER
// tokens (e.vtoks), and reports whether it changed anything. It reads the
// turn's matcher hits (e.hits), its word tokens and '?' count; it
// allocates nothing once its scratch has grown.
func (e *Engine) applySupport(o []vtok) bool {
	s := &e.support
	if cap(s.kind) < len(o) {
		s.kind = make([]supportKind, len(o), 2*len(o))
	}
	kinds := s.kind[:len(o)]
	clear(kinds)
	place := e.questionPlaces(len(o))
	changed := false
	// Where the turn's request begins: its first '?' or request formula.
	// Gratitude after it closes the request.
	request := int32(len(e.buf))
	if e.quests > 0 {
		if k := bytes.IndexByte(e.buf, '?'); k >= 0 {
			request = int32(k)
		}
	}
	hypothetical := false
	for _, h := range e.hits {
		switch s.pats[h.ID].kind {
		case supRequest:
			request = min(request, h.Start)
		case supHypothetical:
			hypothetical = true
		}
	}

	// Phrases: each becomes one pseudo-word on its first VADER token; the
	// rest of its tokens carry nothing and, like lexicon words, stop the
	// 3-token look-back. Neutral phrases clear every token they cover.
	last := int32(-1)
	for _, h := range e.hits {
		p := s.pats[h.ID]
		if p.kind == supNone || p.kind == supHypothetical {
			continue
		}
		ti := e.tokenIndexAt(h.Start)
		if ti >= len(e.toks) {
			continue
		}
		tj := ti
		for tj+1 < len(e.toks) && e.toks[tj+1].start < h.End {
			tj++
		}
		vi, vj := e.toks[ti].vi, e.toks[tj].vi
		if vi <= last {
			continue // overlaps a phrase already scored
		}
		last = vj
		changed = true
		w := float64(p.weight)
		if p.kind == supNeutral || p.kind == supRequest || p.kind == supGratitude && h.Start > request {
			for k := vi; k <= vj; k++ {
				neutralise(&o[k])
				kinds[k] = supNeutral
			}
			continue
		}
		f := &o[vi]
		f.val, f.id = w, wNone
		f.flags = f.flags&^(vfBooster|vfNegated) | vfLex | vfLexOrig
		kinds[vi] = p.kind
		for k := vi + 1; k <= vj; k++ {
			o[k].val, o[k].id = 0, wNone
			o[k].flags = o[k].flags&vfUpper | vfLexOrig | vfCoverTail
			kinds[k] = p.kind
		}
	}

	// The organisation's own name is not sentiment ("United", "Virgin").
	if len(s.org) > 0 {
		for i := range o {
			if kinds[i] != supNone || o[i].flags&vfLex == 0 {
				continue
			}
			h := orgWordHash(e.vtokBytes(&o[i]))
			for _, w := range s.org {
				if w == h {
					neutralise(&o[i])
					kinds[i] = supNeutral
					changed = true
					break
				}
			}
		}
	}

	// Dangling negations: a negation with no sentiment word in the next
	// three tokens of its clause (markers and neutral words do not count)
	// negates nothing; in a support message it reports that something did
	// not happen ("website won't work and been on hold for an hour").
	negations := false // any negation left for VADER to apply
	for i := range o {
		if o[i].id == wNo {
			negations = true
		}
		if o[i].flags&vfNegated == 0 || kinds[i] != supNone {
			continue
		}
		absorbed := false
		for k := i + 1; k <= i+3 && k < len(o) && !e.supportScopeBreak(o, k); k++ {
			if o[k].flags&vfLex != 0 && kinds[k] != supMarker && kinds[k] != supNeutral && o[k].flags&vfCoverTail == 0 {
				absorbed = true
				break
			}
		}
		if absorbed {
			negations = true
			continue
		}
		if e.contrastiveNot(o, i) {
			continue // "the debit card not the credit card": no failure
		}
		o[i].val, o[i].id = danglingNegation, wNone
		o[i].flags = o[i].flags&^(vfBooster|vfNegated) | vfLex | vfLexOrig
		kinds[i] = supMarker
		changed = true
	}

	// Failure damping: a turn with a strong negative support phrase keeps
	// its positive words at failureDamping of their valence (outcomes
	// excepted).
	damp := false
	for i := range o {
		if kinds[i] != supNone && kinds[i] != supNeutral && o[i].flags&vfCoverTail == 0 && o[i].val <= -failureDampTrigger {
			damp = true
			break
		}
	}
	if damp {
		for i := range o {
			if o[i].flags&vfLex != 0 && o[i].val > 0 && kinds[i] != supOutcome {
				o[i].val *= failureDamping
				changed = true
			}
		}
	}

	if e.placeReadings(o, kinds, place, hypothetical) {
		changed = true
	}
	if negations && e.negationScope(o, kinds) {
		changed = true
	}
	return changed
}

// contrastiveNot reports whether the negation o[i] is a contrastive "not"
// between two noun phrases: "it's the debit card not the credit card",
// "took 2 hours not 2 days". Its left side is a word that is no verb,
// auxiliary, pronoun or adverb in the same clause, and a determiner or a
// number follows it. Such a "not" corrects, it reports no failure ("my
// parcel not delivered" has a participle after it: a failure).
func (e *Engine) contrastiveNot(o []vtok, i int) bool {
	if i == 0 || i+1 >= len(o) || string(bareWord(e.vtokBytes(&o[i]))) != "not" {
		return false
	}
	if word, clause := e.vtokWord(i); !word || clause {
		return false
	}
	if word, _ := e.vtokWord(i - 1); !word {
		return false
	}
	switch string(bareWord(e.vtokBytes(&o[i-1]))) {
	case "is", "are", "was", "were", "am", "be", "been", "do", "does", "did", "have", "has", "had", "can",
		"could", "will", "would", "should", "shall", "may", "might", "must", "it's", "that's", "i'm",
		"you're", "we're", "they're", "he's", "she's", "there's", "still", "just", "really", "yet", "and",
		"but", "or", "so", "if", "why", "definitely", "certainly", "actually", "simply", "i", "you", "we",
		"they", "it", "he", "she", "also", "even", "probably", "surely", "why's", "whether":
		return false
	}
	next := bareWord(e.vtokBytes(&o[i+1]))
	if len(next) == 0 {
		return false
	}
	if c := next[0]; c >= '0' && c <= '9' {
		return true
	}
	switch string(next) {
	case "the", "a", "an", "my", "your", "our", "their", "his", "her", "this", "that", "these", "those", "one":
		return true
	}
	return false
}

// placeReadings zeroes the words whose reading depends on where they stand
// and reports whether it changed anything:
//
//   - a positive word (VADER's or a lexicon phrase; not gratitude, not an
//     outcome) in a hypothetical clause ("that would be great", "if you
//     could do that I'd love it") or in a question ("what's the best
//     number to call?", "can you do me a huge favor?") asks for something:
//     on the airline tweets such turns are mostly neutral;
//   - a failure phrase or a marker (dangling negations included) in a
//     yes/no question ("is flight 123 delayed?", "are flights being
//     cancelled tomorrow?") asks whether the failure happened; whether the
//     customer is unhappy is for the rest of the turn to say ("is it
//     delayed? this is the third time" stays negative through the third
//     time). Wh-questions keep their weight: "why is it delayed again?" is
//     a complaint.
//
// hypothetical says whether the turn has a supHypothetical word at all.
func (e *Engine) placeReadings(o []vtok, kinds []supportKind, place []uint8, hypothetical bool) bool {
	changed := false
	for i := range o {
		t := &o[i]
		if t.flags&vfLex == 0 || t.val == 0 || t.flags&vfCoverTail != 0 {
			continue
		}
		var at uint8
		if place != nil {
			at = place[i]
		}
		k := kinds[i]
		switch {
		case t.val > 0 && (k == supNone || k == supLexicon):
			if at&placeQuestion != 0 || hypothetical && e.supportHypothetical(o, i) {
				if word, _ := e.vtokWord(i); word {
					t.val = 0
					changed = true
				}
			}
		case t.val < 0 && (k == supFailure || k == supMarker) && (at&placeYesNo != 0 || at&placeQuestion != 0 && hypothetical && e.supportIf(o, i)):
			t.val = 0
			changed = true
		}
	}
	return changed
}

// negationScope adjusts the words that VADER's rules will negate and
// reports whether it changed anything. VADER flips (x -0.74) a word up to
// three tokens after a negation, whatever lies between, and a word one or
// two after "no"; in support text:
//
//   - a negation does not reach past a clause break or a conjunction: in
//     "can't rebook online, been on hold for 2 hours" and "website won't
//     work and been on hold" the hold is a failure, in "no problem,
//     thanks" the thanks is gratitude. The flip is undone by dividing the
//     valence by VADER's factor (VADER reads the valence after the
//     overlay; a booster before the word is the only term not undone);
//   - a negated failure phrase keeps negatedFailure of the flip;
//   - a negated negative word is scaled by negatedNegative, so that it
//     stays mildly negative;
//   - a marker keeps VADER's flip: "no issues" is good news.
func (e *Engine) negationScope(o []vtok, kinds []supportKind) bool {
	changed := false
	for i := range o {
		t := &o[i]
		if t.flags&vfLex == 0 || t.val == 0 || t.flags&vfCoverTail != 0 {
			continue
		}
		// The negations VADER will apply to t (valence, negationCheck),
		// as the products of their factors in t's clause and beyond it.
		in, out := 1.0, 1.0
		negate := func(from int) {
			for k := from + 1; k <= i; k++ {
				if e.supportScopeBreak(o, k) {
					out *= vaderNScalar
					return
				}
			}
			in *= vaderNScalar
		}
		switch {
		case i > 0 && o[i-1].id == wNo:
			negate(i - 1)
		case i > 1 && o[i-2].id == wNo:
			negate(i - 2)
		case i > 2 && o[i-3].id == wNo && (o[i-1].id == wOr || o[i-1].id == wNor):
			negate(i - 3)
		}
		for d := 1; d <= 3 && d <= i; d++ {
			if p := &o[i-d]; p.flags&vfLexOrig == 0 && p.flags&vfNegated != 0 {
				negate(i - d)
			}
		}
		if out != 1 {
			t.val /= out
			changed = true
		}
		if in == 1 || t.val > 0 {
			continue
		}
		switch kinds[i] {
		case supFailure:
			t.val *= negatedFailure
			changed = true
		case supNone, supLexicon:
			t.val *= negatedNegative
			changed = true
		}
	}
	return changed
}

// neutralise makes t a plain word: no valence, not a booster, not a
// negation, not an idiom word.
func neutralise(t *vtok) {
	t.val, t.boost, t.id = 0, 0, wNone
	t.flags &^= vfLex | vfLexOrig | vfBooster | vfNegated | vfCoverTail
}
