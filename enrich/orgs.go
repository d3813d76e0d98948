package enrich

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/runaroundhq/runaround/transcript"
)

// Organisation naming, off the hot path.
//
// EnrichBatch flags the sentences that fired a handoff or cross-company
// rule ("That's handled by a separate company, you'll need to call
// FixRight.") as spans of the redacted turn texts (Columns.flagged). An
// OrgNamer, run after EnrichBatch when enabled, reads only those sentences
// and fills HandoffOrgs: the organisations they name, other than the
// interaction's own. Three sources, in this order:
//
//  1. known organisations: every Interaction.Org of the batch (and of
//     recent batches), matched case-insensitively on word boundaries, plus
//     each one's first word when it is distinctive ("FixRight" for
//     "FixRight Field Services"; not "Northwind", shared by three known
//     organisations). A known organisation is written as spelled in Org, so
//     GROUP BY joins it to the org column;
//  2. a cue fallback: the capitalised words after "call", "contact", "try",
//     "speak to", "handled by", "take that up with", ... in the original
//     (not lowercased) redacted text, without a leading "the" and trailing
//     "Support"/"Helpline"/"Team"/"Directly" ("try Apple Support" -> "Apple");
//  3. prose's named-entity recogniser (github.com/jdkato/prose/v2). Its
//     model's labels are ORGANIZATION, GPE, FACILITY, GSP, LOCATION and
//     PERSON, but on the referral sentences of orgs_test.go it never said
//     ORGANIZATION: the organisations came out GPE (9) or PERSON (9) or
//     LOCATION (1) ("Barclays" GPE, "CarePlus" PERSON), and its other
//     entities were capitalised openers and people ("Please" GPE, "Sarah"
//     GPE). So its entities are kept only when labelled ORGANIZATION, GPE,
//     FACILITY or GSP, not the sentence's first word, and not a stop word;
//     PERSON is dropped (it would bring agents' names: "I'll put you
//     through to Sarah"). On those sentences NER alone finds 42% of the
//     organisations (precision 0.89), known organisations and cues 89%
//     (precision 1.00), all three together 100% (precision 0.95).
//
// prose costs 1.4-2.5 ms per sentence on this machine (BenchmarkOrgNamer), so its
// entities are cached by sentence (FNV-1a hash, the sentence kept to rule
// out collisions), in a cache bounded by OrgNamerConfig.CacheSize: stock
// referral sentences repeat across customers. prose's tagger breaks score
// ties by map iteration order, so in rare ties its output can differ from
// run to run: unlike the hot-loop columns, HandoffOrgs is not guaranteed
// byte-identical on replay when NER is on.

// OrgNamerConfig configures an OrgNamer.
type OrgNamerConfig struct {
	// NER enables prose's named-entity recogniser; without it only known
	// organisations and the cue fallback name organisations.
	NER bool `mapstructure:"ner" yaml:"ner"`
	// CacheSize bounds the sentences whose NER result is remembered (0:
	// no cache). When full the cache starts over.
	CacheSize int `mapstructure:"cache_size" yaml:"cache_size"`
	// MaxOrgsPerRow caps the organisations listed for one interaction.
	MaxOrgsPerRow int `mapstructure:"max_orgs_per_row" yaml:"max_orgs_per_row"`
}

// DefaultOrgNamerConfig returns the production defaults.
func DefaultOrgNamerConfig() OrgNamerConfig {
	return OrgNamerConfig{NER: true, CacheSize: 8192, MaxOrgsPerRow: 8}
}

// Validate reports every invalid field.
func (c OrgNamerConfig) Validate() error {
	var errs []error
	if c.CacheSize < 0 || c.CacheSize > 1<<22 {
		errs = append(errs, fmt.Errorf("CacheSize %d: want 0..%d", c.CacheSize, 1<<22))
	}
	if c.MaxOrgsPerRow < 1 || c.MaxOrgsPerRow > 64 {
		errs = append(errs, fmt.Errorf("MaxOrgsPerRow %d: want 1..64", c.MaxOrgsPerRow))
	}
	if len(errs) > 0 {
		return fmt.Errorf("enrich: invalid org namer config: %w", errors.Join(errs...))
	}
	return nil
}

// maxKnownOrgs bounds the organisations remembered across batches.
const maxKnownOrgs = 4096

// OrgNamer fills Columns.HandoffOrgs from the flagged sentences. It is not
// safe for concurrent use; its prose model is shared, read-only, by all.
type OrgNamer struct {
	cfg   OrgNamerConfig
	cache map[uint64]nerEntry
	known map[string]string // lowercase name -> as spelled in Interaction.Org

	// Per-batch scratch.
	names   []knownName
	aliases map[string]int // lowercase first word -> index into names; -1: ambiguous
	row     []string
	words   []orgWord
}

type nerEntry struct {
	sentence string
	orgs     []string
}

type knownName struct {
	low, name string
}

// NewOrgNamer returns an OrgNamer for cfg. The NER model is loaded on the
// first sentence that needs it (about half a second, once per process).
func NewOrgNamer(cfg OrgNamerConfig) (*OrgNamer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &OrgNamer{cfg: cfg, cache: make(map[uint64]nerEntry), known: make(map[string]string),
		aliases: make(map[string]int)}, nil
}

// proseModel is prose's default model (POS tagger and NER), loaded once.
var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("runaround") })

// NameBatch rebuilds c.HandoffOrgs, one row per interaction of in (the
// batch c was enriched from by EnrichBatch), from the sentences EnrichBatch
// flagged. It keeps no reference to in or c. When ctx is done it stops,
// leaves the row it was naming and the ones after it empty (c stays
// well-formed) and returns ctx.Err(). The known-organisation scan costs one
// substring search per known organisation and sentence: fine for the tens
// of organisations a contact centre serves (maxKnownOrgs bounds it).
func (n *OrgNamer) NameBatch(ctx context.Context, in []transcript.Interaction, c *Columns) error {
	if len(in) != c.Rows {
		return fmt.Errorf("enrich: NameBatch: %d interactions for %d rows", len(in), c.Rows)
	}
	n.learn(in)
	c.HandoffOrgs.Reset()
	var err error
	f := 0
	for i := range in {
		n.row = n.row[:0]
		for ; f < len(c.flagged) && int(c.flagged[f].row) == i; f++ {
			if err != nil {
				continue
			}
			if err = ctx.Err(); err != nil {
				continue
			}
			fs := c.flagged[f]
			text := c.TurnTexts.Values[fs.text]
			if fs.start < 0 || fs.end > int32(len(text)) || fs.start >= fs.end {
				continue
			}
			n.nameSentence(text[fs.start:fs.end], in[i].Org)
		}
		if err == nil {
			for _, o := range n.row {
				c.HandoffOrgs.Add(o)
			}
		}
		c.HandoffOrgs.EndRow()
	}
	clear(n.row)
	return err
}

// learn adds the batch's organisations to the known ones and rebuilds the
// gazetteer: names, longest first, and distinctive first words.
func (n *OrgNamer) learn(in []transcript.Interaction) {
	for i := range in {
		org := strings.TrimSpace(in[i].Org)
		if org == "" {
			continue
		}
		low := strings.ToLower(org)
		if _, ok := n.known[low]; ok {
			continue
		}
		if len(n.known) >= maxKnownOrgs {
			clear(n.known)
		}
		n.known[low] = org
	}
	n.names = n.names[:0]
	for low, name := range n.known {
		n.names = append(n.names, knownName{low, name})
	}
	// Longest first, then by name: deterministic, and "Northwind Warranty
	// Services" is tried before "Northwind".
	sortKnown(n.names)
	clear(n.aliases)
	for i, k := range n.names {
		first, _, _ := strings.Cut(k.low, " ")
		if first == k.low || len(first) < 4 || isOrgStopWord(first) {
			continue
		}
		if _, ok := n.aliases[first]; ok {
			n.aliases[first] = -1
		} else {
			n.aliases[first] = i
		}
	}
}

func sortKnown(s []knownName) {
	// Insertion sort: a batch knows a handful of organisations.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && knownLess(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func knownLess(a, b knownName) bool {
	if len(a.low) != len(b.low) {
		return len(a.low) > len(b.low)
	}
	return a.low < b.low
}

// nameSentence adds the organisations sentence names to n.row, skipping
// own (the interaction's organisation) and duplicates.
func (n *OrgNamer) nameSentence(sentence, own string) {
	low := strings.ToLower(sentence)
	// 1. Known organisations and their distinctive first words.
	for _, k := range n.names {
		if containsWord(low, k.low) {
			n.add(k.name, own)
		}
	}
	n.words = splitOrgWords(n.words[:0], sentence)
	for _, w := range n.words {
		if i, ok := n.aliases[strings.ToLower(w.text)]; ok && i >= 0 && w.upper {
			n.add(n.names[i].name, own)
		}
	}
	// 2. Capitalised words after a referral cue, or before a predicate
	// that says they are someone else ("FixRight is a separate company").
	for i := range n.words {
		if j := cueEnd(n.words, i); j > 0 {
			if name := capitalisedRun(n.words, j); name != "" {
				n.add(n.canonical(name), own)
			}
		}
		if (i == 0 || !n.words[i-1].upper || n.words[i-1].stop) && n.words[i].upper {
			if name, end := capitalisedRunEnd(n.words, i); name != "" && predicateAt(n.words, end) {
				n.add(n.canonical(name), own)
			}
		}
	}
	// 3. prose NER.
	if n.cfg.NER {
		for _, o := range n.ner(sentence) {
			n.add(n.canonical(o), own)
		}
	}
}

// canonical returns the known spelling of name when it is a known
// organisation or a distinctive alias of one.
func (n *OrgNamer) canonical(name string) string {
	low := strings.ToLower(name)
	if k, ok := n.known[low]; ok {
		return k
	}
	if i, ok := n.aliases[low]; ok && i >= 0 {
		return n.names[i].name
	}
	return name
}

// add appends name to the row unless it is empty, the interaction's own
// organisation (every word of name is a word of own), a duplicate, or the
// row is full.
func (n *OrgNamer) add(name, own string) {
	if name == "" || len(n.row) >= n.cfg.MaxOrgsPerRow || ownsAll(own, name) {
		return
	}
	for _, o := range n.row {
		if strings.EqualFold(o, name) {
			return
		}
	}
	n.row = append(n.row, name)
}

// ownsAll reports whether every word of name is a word of own ("Northwind"
// and "CarePlus" are both the own organisation "Northwind CarePlus").
func ownsAll(own, name string) bool {
	if own == "" {
		return false
	}
	for _, w := range strings.Fields(name) {
		found := false
		for _, o := range strings.Fields(own) {
			if strings.EqualFold(strings.TrimSuffix(w, "'s"), o) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// ner returns prose's organisation-like entities of sentence, cached.
func (n *OrgNamer) ner(sentence string) []string {
	h := uint64(fnvOffset64)
	for i := 0; i < len(sentence); i++ {
		h = (h ^ uint64(sentence[i])) * fnvPrime64
	}
	if e, ok := n.cache[h]; ok && e.sentence == sentence {
		return e.orgs
	}
	doc, err := prose.NewDocument(sentence, prose.UsingModel(proseModel()), prose.WithSegmentation(false))
	if err != nil {
		return nil
	}
	var orgs []string
	first := firstWord(sentence)
	for _, ent := range doc.Entities() {
		switch ent.Label {
		case "ORGANIZATION", "GPE", "FACILITY", "GSP":
		default:
			continue
		}
		name := trimOrgName(ent.Text)
		if name == "" || name == first || isOrgStopWord(strings.ToLower(name)) || !startsUpper(name) {
			continue
		}
		orgs = append(orgs, strings.Clone(name)) // prose's text may alias the sentence
	}
	if n.cfg.CacheSize > 0 {
		if len(n.cache) >= n.cfg.CacheSize {
			clear(n.cache)
		}
		n.cache[h] = nerEntry{sentence: strings.Clone(sentence), orgs: orgs}
	}
	return orgs
}

// orgWord is a word of a flagged sentence: letters, digits, '&', '-', '.'
// and inner apostrophes ("AT&T", "Wi-Fi", "Dell's").
type orgWord struct {
	text  string
	upper bool // starts with an upper-case letter
	stop  bool // punctuation other than a space follows it (the run ends)
}

func splitOrgWords(dst []orgWord, s string) []orgWord {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isOrgRune(r) || r == '&' || r == '-' || r == '.' || r == '\'' {
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if !isOrgRune(r2) {
				break
			}
			if (r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '-') && (j+w2 >= len(s) || !isLetterOrDigit(s[j+w2:])) {
				break // a trailing full stop or quote is punctuation
			}
			j += w2
		}
		if j == i {
			// A lone typographic apostrophe ("’ Northwind"): punctuation.
			// (Without this step the loop would stand still.)
			i += w
			continue
		}
		word := s[i:j]
		stop := j < len(s) && s[j] != ' '
		first, _ := utf8.DecodeRuneInString(word)
		dst = append(dst, orgWord{text: word, upper: unicode.IsUpper(first), stop: stop})
		i = j
	}
	return dst
}

func isOrgRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '-' || r == '.' || r == '\'' || r == '’'
}

func isLetterOrDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// orgCues are the referral cues after which a capitalised run names an
// organisation, as lowercase word sequences. Transfer cues ("put you
// through to", "transfer you to") are not among them: what follows is
// mostly a person ("Sarah in accounts") or a department; organisations
// named there are found as known organisations or by NER.
var orgCues = [][]string{
	{"call"}, {"calling"}, {"contact"}, {"contacting"}, {"try"}, {"trying"}, {"ring"}, {"phone"},
	{"speak", "to"}, {"speak", "with"}, {"talk", "to"}, {"talk", "with"}, {"handled", "by"},
	{"dealt", "with", "by"}, {"done", "by"}, {"up", "with"}, {"in", "touch", "with"}, {"reach", "out", "to"},
	{"go", "to"}, {"that's"}, {"it's"}, {"that", "is"}, {"it", "is"},
}

// cueEnd returns the index of the word after a cue starting at words[i], or
// 0. The loose cues ("that's", "it's": "that's a Samsung issue") are safe
// because NameBatch only reads sentences the hot loop flagged.
func cueEnd(words []orgWord, i int) int {
	for _, cue := range orgCues {
		if i+len(cue) >= len(words) {
			continue
		}
		ok := true
		for k, cw := range cue {
			if !strings.EqualFold(words[i+k].text, cw) || k < len(cue)-1 && words[i+k].stop {
				ok = false
				break
			}
		}
		if ok && !words[i+len(cue)-1].stop {
			return i + len(cue)
		}
	}
	return 0
}

// orgPredicates follow an organisation named as the subject: "FixRight is
// a separate company", "Acme handles the repairs", "it's Dell who deal with
// that".
var orgPredicates = [][]string{
	{"is", "a", "separate"}, {"is", "a", "different"}, {"is", "another"}, {"are", "a", "separate"},
	{"are", "a", "different"}, {"handles"}, {"handle"}, {"deals", "with"}, {"deal", "with"},
	{"who", "deal"}, {"who", "handle"}, {"is", "responsible"}, {"are", "responsible"}, {"own", "that"},
	{"owns", "that"}, {"look", "after"}, {"looks", "after"},
}

// predicateAt reports whether an organisation predicate starts at words[i].
func predicateAt(words []orgWord, i int) bool {
	for _, p := range orgPredicates {
		if i+len(p) > len(words) {
			continue
		}
		ok := true
		for k, pw := range p {
			if !strings.EqualFold(words[i+k].text, pw) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// capitalisedRunEnd is capitalisedRun without the leading article skip,
// also returning the index after the run (where a predicate may follow).
func capitalisedRunEnd(words []orgWord, j int) (string, int) {
	end := j
	for end < len(words) && end < j+4 && words[end].upper {
		end++
		if words[end-1].stop {
			return "", end // punctuation inside: no predicate follows directly
		}
	}
	if end == j {
		return "", end
	}
	return capitalisedRun(words[:end], j), end
}

// capitalisedRun returns the run of capitalised words starting at words[j]
// (after an optional "the"), up to four, joined by spaces, without trailing
// generic words; "" when there is none.
func capitalisedRun(words []orgWord, j int) string {
	if j < len(words) && strings.EqualFold(words[j].text, "the") && !words[j].stop {
		j++
	}
	if j < len(words) && (strings.EqualFold(words[j].text, "a") || strings.EqualFold(words[j].text, "an")) && !words[j].stop {
		j++
	}
	var parts [4]string
	n := 0
	for ; j < len(words) && n < len(parts); j++ {
		w := words[j]
		if !w.upper && !(n > 0 && (w.text == "&" || w.text == "of")) {
			break
		}
		parts[n] = w.text
		n++
		if w.stop {
			break
		}
	}
	for n > 0 && (isOrgTail(parts[n-1]) || parts[n-1] == "of") {
		n--
	}
	if n == 0 {
		return ""
	}
	name := trimOrgName(strings.Join(parts[:n], " "))
	if isOrgStopWord(strings.ToLower(name)) {
		return ""
	}
	return name
}

// trimOrgName drops a possessive and surrounding punctuation: "Dell's" ->
// "Dell".
func trimOrgName(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' })
	for _, suf := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// firstWord returns the sentence's first word (prose's entities there are
// mostly capitalised openers: "Please", "Unfortunately").
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	if end < 0 {
		return s
	}
	return s[:end]
}

// isOrgTail are generic words dropped from the end of a name: "Apple
// Support" is Apple. "Services" is kept: it is part of many company names.
func isOrgTail(w string) bool {
	switch strings.ToLower(w) {
	case "support", "helpline", "team", "teams", "department", "dept", "desk", "directly", "customer",
		"service", "care", "line", "now", "today", "instead", "please", "yourself":
		return true
	}
	return false
}

// isOrgStopWord are capitalised words that are no organisation: pronouns,
// greetings, days, months, PII masks, and the departments agents name.
func isOrgStopWord(w string) bool {
	switch w {
	case "", "i", "i'm", "i'll", "i've", "we", "you", "they", "them", "us", "our", "your", "their", "it",
		"he", "she", "him", "her", "this", "that", "these", "those", "there", "here", "please", "hi",
		"hello", "thanks", "thank", "sorry", "unfortunately", "ok", "okay", "yes", "no", "sir", "madam",
		"mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "card", "email", "phone", "national_id", "national", "id",
		"billing", "sales", "technical", "tech", "accounts", "returns", "repairs", "warranty", "claims",
		"complaints", "retentions", "customer", "support", "service", "services", "team", "manager",
		"supervisor", "tier", "the", "a", "an", "and", "or", "so", "but", "if", "when", "then", "now",
		"today", "tomorrow", "one", "two", "three", "god", "oh", "um", "uh", "dm", "dms", "ceo", "uk",
		"us.", "usa", "eu", "it's", "that's", "let", "let's", "just", "also", "again", "still", "right",
		"well", "great", "good", "fine", "sure", "alright", "am", "pm":
		return true
	}
	return false
}

// containsWord reports whether lowercase phrase occurs in lowercase s on
// word boundaries.
func containsWord(s, phrase string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(phrase)
		before := i == 0 || !isWordRuneBefore(s, i)
		after := j == len(s) || !isWordRuneAt(s, j)
		if before && after {
			return true
		}
		off = i + 1
	}
}

func isWordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
