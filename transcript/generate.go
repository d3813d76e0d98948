package transcript

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// GeneratorConfig configures NewGenerator.
type GeneratorConfig struct {
	// Seed selects the sequence: the same seed always gives the same
	// interactions, byte for byte.
	Seed int64
	// Channels restricts the channels generated; nil (or no valid channel)
	// means all of them, mixed roughly voice 25%, chat 35%, social 40%.
	Channels []Channel
	// Start is the simulated clock's start; zero means DefaultGeneratorStart.
	Start time.Time
}

// DefaultGeneratorStart is a Friday morning: the firmware crisis of the first
// weekend begins that evening, about 1,500 interactions in.
var DefaultGeneratorStart = time.Date(2026, 11, 6, 9, 0, 0, 0, time.UTC)

// The stories the generator tells; Labels.Story is one of them.
const (
	StoryLaptop   = "laptop-runaround" // one customer's case bounced between four organisations
	StoryFirmware = "firmware-crisis"  // a weekend update bricks Vireo DVD recorders
	StoryOrdinary = "ordinary"         // the resolved, everyday majority
)

// The kinds that Labels.Promises, Labels.Escalations and Labels.PII hold.
// Generated labels list them sorted and without repeats.
var (
	PromiseKinds    = append([]string(nil), promiseNames[:]...)
	EscalationKinds = append([]string(nil), escNames[:]...)
	PIIKinds        = append([]string(nil), piiNames[:]...)
)

const (
	promCallback = iota
	promFollowUp
	promRefund
	promReplacement
	promVisit
	nPromise
)

var promiseNames = [nPromise]string{"callback", "follow_up", "refund", "replacement", "visit"}

const (
	escCancel = iota
	escComplaint
	escLegal
	escPublic
	escSupervisor
	nEsc
)

var escNames = [nEsc]string{"cancel", "complaint", "legal", "public", "supervisor"}

const (
	piiCard = iota
	piiEmail
	piiNationalID
	piiPhone
	nPII
)

var piiNames = [nPII]string{"card", "email", "national_id", "phone"}

// meanGap is the mean time between the starts of two interactions.
const meanGap = 20 * time.Second

// Generator produces an endless, deterministic sequence of interactions.
// It is not safe for concurrent use.
type Generator struct {
	rng    *rand.Rand
	idp    string // "-<seed>-"
	chans  []Channel
	cumW   []int
	clock  time.Time
	n      int
	nCase  int
	nCust  int
	cases  []*laptopCase
	fwWeek int64
	fwFix  bool
	fwIDs  [32]string // recent firmware posts, for reply_to
	fwN    int
	buf    []byte
	buf2   []byte
}

// NewGenerator returns a generator for cfg.
func NewGenerator(cfg GeneratorConfig) *Generator {
	g := &Generator{
		rng:    rand.New(rand.NewPCG(uint64(cfg.Seed), 0x52756e61726f756e)),
		idp:    "-" + strconv.FormatInt(cfg.Seed, 10) + "-",
		fwWeek: math.MinInt64,
		buf:    make([]byte, 0, 1024),
		buf2:   make([]byte, 0, 1024),
	}
	weights := map[Channel]int{ChannelVoice: 25, ChannelChat: 35, ChannelSocial: 40}
	for _, c := range Channels { // stable order
		for _, want := range cfg.Channels {
			if want == c {
				g.chans = append(g.chans, c)
				break
			}
		}
	}
	if len(g.chans) == 0 {
		g.chans = append(g.chans, Channels...)
	}
	total := 0
	for _, c := range g.chans {
		total += weights[c]
		g.cumW = append(g.cumW, total)
	}
	start := cfg.Start
	if start.IsZero() {
		start = DefaultGeneratorStart
	}
	g.clock = start.UTC().Truncate(time.Millisecond)
	return g
}

// Next returns the next interaction of the sequence. IDs are "ia-<seed>-<n>",
// unique within the sequence; StartedAt never decreases.
func (g *Generator) Next() Interaction {
	g.n++
	g.clock = g.clock.Add(time.Duration(g.rng.ExpFloat64() * float64(meanGap)).Truncate(time.Millisecond))
	c := &conv{g: g, fillAt: -1}
	c.in.ID = "ia" + g.idp + strconv.Itoa(g.n)
	c.in.Channel = g.pickChannel()
	c.in.StartedAt = g.clock
	switch h := g.clock.Hour(); {
	case h < 12:
		c.slot[sGreet] = "Good morning"
	case h < 18:
		c.slot[sGreet] = "Good afternoon"
	default:
		c.slot[sGreet] = "Good evening"
	}
	g.compose(c)
	return c.finish()
}

func (g *Generator) pickChannel() Channel {
	r := g.rng.IntN(g.cumW[len(g.cumW)-1])
	for i, w := range g.cumW {
		if r < w {
			return g.chans[i]
		}
	}
	return g.chans[len(g.chans)-1]
}

func (g *Generator) chance(p float64) bool { return g.rng.Float64() < p }

func (g *Generator) intn(n int) int { return g.rng.IntN(n) }

func pick[T any](g *Generator, s []T) T { return s[g.rng.IntN(len(s))] }

// compose decides what the interaction is about and writes it.
func (g *Generator) compose(c *conv) {
	h := crisisHours(g.clock)
	if w := crisisWeek(g.clock); w != g.fwWeek {
		g.fwWeek, g.fwFix, g.fwN = w, false, 0
	}
	ch := c.in.Channel
	if cs := g.dueCase(); cs != nil {
		p := 0.9
		if ch == ChannelSocial {
			p = 0.35
		}
		if g.chance(p) {
			g.laptopContact(c, cs)
			return
		}
	}
	if p := fwProb(ch, h); p > 0 && g.chance(p) {
		g.firmware(c, h)
		return
	}
	pNew := 0.045
	if ch == ChannelSocial {
		pNew = 0.01
	}
	if len(g.cases) < 400 && g.chance(pNew) {
		g.laptopContact(c, g.newCase())
		return
	}
	g.ordinary(c)
}

// crisisHours is the time since the most recent Friday 17:00 UTC, in hours:
// the weekend crisis runs from 0 to 64 (Monday 09:00), the fix is posted
// from 44 (Sunday 13:00), and Monday's calls run until 73.
func crisisHours(t time.Time) float64 {
	return t.Sub(lastFriday(t)).Hours()
}

func lastFriday(t time.Time) time.Time {
	t = t.UTC()
	back := (int(t.Weekday()) - int(time.Friday) + 7) % 7
	fri := time.Date(t.Year(), t.Month(), t.Day()-back, 17, 0, 0, 0, time.UTC)
	if fri.After(t) {
		fri = fri.AddDate(0, 0, -7)
	}
	return fri
}

func crisisWeek(t time.Time) int64 { return lastFriday(t).Unix() / (7 * 24 * 3600) }

// fwProb is the chance that an interaction on ch at crisis hour h is about
// the firmware crisis.
func fwProb(ch Channel, h float64) float64 {
	if h < 64 {
		var s float64
		switch {
		case h < 1:
			s = 0.15
		case h < 7:
			s = 0.55
		case h < 31:
			s = 0.7
		case h < 44:
			s = 0.55
		case h < 55:
			s = 0.35
		default:
			s = 0.2
		}
		switch ch {
		case ChannelSocial:
			return s
		case ChannelChat:
			return s * 0.45 // forum threads
		}
		return 0 // Vireo's phone lines are closed at the weekend
	}
	if h < 73 {
		if ch == ChannelSocial {
			return 0.12
		}
		return 0.3
	}
	return 0
}

// --- conversation builder --------------------------------------------------------

type pturn struct {
	sp    Speaker
	text  string
	pause time.Duration // extra time before the turn (a hold, a reply delay)
}

type conv struct {
	g      *Generator
	in     Interaction
	lab    Labels
	slot   [nSlots]string
	turns  []pturn
	fillAt int // where filler goes; -1: none
	fill   int
	target int
	size   int
	prom   uint8
	esc    uint8
	pii    uint8
	hand   int
}

// render expands t (several parts are joined with a space).
func (c *conv) render(sp Speaker, parts ...tmpl) string {
	g := c.g
	g.buf = g.buf[:0]
	for i, t := range parts {
		if i > 0 && len(g.buf) > 0 {
			g.buf = append(g.buf, ' ')
		}
		g.buf = g.expand(g.buf, t, &c.slot)
	}
	if c.in.Channel == ChannelVoice && sp != SpeakerSystem {
		g.buf2 = g.voiceify(g.buf2[:0], g.buf)
		return string(g.buf2)
	}
	return string(g.buf)
}

func (c *conv) say(sp Speaker, parts ...tmpl) {
	c.add(sp, c.render(sp, parts...), 0)
}

func (c *conv) one(sp Speaker, ts []tmpl) { c.say(sp, pick(c.g, ts)) }

func (c *conv) add(sp Speaker, text string, pause time.Duration) {
	c.turns = append(c.turns, pturn{sp: sp, text: text, pause: pause})
	c.size += len(text)
}

// markFill says that filler (verification, troubleshooting) goes here, up to
// the channel's size target.
func (c *conv) markFill(topic int) {
	c.fillAt = len(c.turns)
	c.fill = topic
	g := c.g
	switch c.in.Channel {
	case ChannelVoice:
		c.target = clampInt(int(8000+1700*g.rng.NormFloat64()), 5200, 11800)
	case ChannelChat:
		c.target = clampInt(int(1500+320*g.rng.NormFloat64()), 950, 2450)
	}
}

func clampInt(v, lo, hi int) int { return max(lo, min(hi, v)) }

func (g *Generator) expand(dst []byte, t tmpl, slots *[nSlots]string) []byte {
	for i := range t {
		n := &t[i]
		switch {
		case n.alts != nil:
			dst = g.expand(dst, n.alts[g.rng.IntN(len(n.alts))], slots)
		case n.slot != 0:
			dst = append(dst, slots[n.slot]...)
		default:
			dst = append(dst, n.lit...)
		}
	}
	return dst
}

// voiceify makes written text read like a speech transcript: hesitations at
// sentence starts, the odd "um" after a comma.
func (g *Generator) voiceify(dst, src []byte) []byte {
	start := true
	for i := 0; i < len(src); i++ {
		b := src[i]
		if start && b != ' ' {
			if g.rng.IntN(100) < 20 {
				dst = append(dst, voiceFillers[g.rng.IntN(len(voiceFillers))]...)
			}
			start = false
		}
		dst = append(dst, b)
		if i+1 < len(src) && src[i+1] == ' ' {
			switch b {
			case '.', '?', '!':
				start = true
			case ',':
				if g.rng.IntN(100) < 7 {
					dst = append(dst, ' ')
					dst = append(dst, voiceMidFillers[g.rng.IntN(len(voiceMidFillers))]...)
					i++ // the space is written
				}
			}
		}
	}
	return dst
}

func (c *conv) promise(kind int) { c.prom |= 1 << kind }
func (c *conv) escalate(kind int) {
	c.esc |= 1 << kind
	c.lab.Complaint = true
}

// fillTurns appends filler turns after the story turns; finish moves them to
// fillAt.
func (c *conv) fillTurns() {
	g := c.g
	bank := &fillers[c.fill]
	voice := c.in.Channel == ChannelVoice
	// Each question once, in a random order; on a call then the generic ones
	// (reading back, slow systems, bad lines); then round again, as in a
	// long real call.
	var order [32]uint8
	nq, next, held, generic := 0, 0, false, false
	for c.size < c.target {
		if !voice && len(c.turns) >= 24 {
			break
		}
		if voice && !held && next > 1 && g.chance(0.07) {
			held = true
			c.one(SpeakerAgent, agentHoldAsk)
			c.add(SpeakerSystem, c.render(SpeakerSystem, pick(g, holdEvents)), time.Duration(20+g.intn(200))*time.Second)
			c.one(SpeakerAgent, agentHoldBack)
			continue
		}
		held = false
		if next == nq {
			if voice && nq > 0 {
				generic = !generic
			}
			bank = &fillers[c.fill]
			if generic {
				bank = &fillers[fillGeneric]
			}
			nq, next = min(len(bank.qa), len(order)), 0
			for i := 0; i < nq; i++ {
				order[i] = uint8(i)
			}
			for i := nq - 1; i > 0; i-- {
				k := g.intn(i + 1)
				order[i], order[k] = order[k], order[i]
			}
		}
		qa := bank.qa[order[next]]
		next++
		if g.chance(0.6) {
			c.say(SpeakerAgent, pick(g, agentAck), qa[0])
		} else {
			c.say(SpeakerAgent, qa[0])
		}
		switch {
		case voice:
			n := 1 + g.intn(3)
			parts := [3]tmpl{qa[1]}
			m := g.intn(len(bank.more))
			for k := 1; k < n; k++ {
				parts[k] = bank.more[(m+k)%len(bank.more)] // distinct within the turn
			}
			c.say(SpeakerCustomer, parts[:n]...)
		case g.chance(0.75):
			c.say(SpeakerCustomer, qa[1], pick(g, bank.more))
		default:
			c.say(SpeakerCustomer, qa[1])
		}
	}
}

func (c *conv) finish() Interaction {
	g := c.g
	n0 := len(c.turns)
	if c.fillAt >= 0 {
		c.fillTurns()
	} else {
		c.fillAt = n0
	}
	order := make([]int, 0, len(c.turns))
	for i := 0; i < c.fillAt; i++ {
		order = append(order, i)
	}
	for i := n0; i < len(c.turns); i++ {
		order = append(order, i)
	}
	for i := c.fillAt; i < n0; i++ {
		order = append(order, i)
	}

	in := c.in
	in.Turns = make([]Turn, len(order))
	t := in.StartedAt
	ms := func(d time.Duration) time.Duration { return d.Truncate(time.Millisecond) }
	for k, idx := range order {
		pt := &c.turns[idx]
		switch in.Channel {
		case ChannelVoice:
			t = t.Add(pt.pause + ms(time.Duration(300+g.intn(2200))*time.Millisecond))
			in.Turns[k] = Turn{Speaker: pt.sp, TS: t, Text: pt.text}
			t = t.Add(time.Duration(len(pt.text)) * 65 * time.Millisecond)
		case ChannelChat:
			if k > 0 {
				t = t.Add(pt.pause + time.Duration(3+g.intn(28))*time.Second + time.Duration(len(pt.text))*170*time.Millisecond)
			}
			in.Turns[k] = Turn{Speaker: pt.sp, TS: t, Text: pt.text}
		default:
			if k > 0 {
				t = t.Add(pt.pause + time.Duration(30+g.intn(600))*time.Second)
			}
			in.Turns[k] = Turn{Speaker: pt.sp, TS: t, Text: pt.text}
		}
	}
	switch {
	case in.Channel == ChannelVoice:
		in.EndedAt = t.Add(time.Duration(1+g.intn(3)) * time.Second)
	case in.Channel == ChannelChat:
		in.EndedAt = t.Add(time.Duration(5+g.intn(60)) * time.Second)
	case len(in.Turns) > 1:
		in.EndedAt = t
	}

	lab := c.lab
	lab.Handoffs = c.hand
	lab.Promises = kinds(c.prom, promiseNames[:])
	lab.Escalations = kinds(c.esc, escNames[:])
	lab.PII = kinds(c.pii, piiNames[:])
	lab.PublicThreat = c.esc&(1<<escPublic) != 0
	if lab.Sentiment == "" {
		lab.Sentiment = "neutral"
	}
	in.Labels = &lab
	return in
}

func kinds(mask uint8, names []string) []string {
	if mask == 0 {
		return nil
	}
	var out []string
	for i, n := range names {
		if mask&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// --- people, numbers, PII --------------------------------------------------------

type customer struct {
	id, first, last, handle string
}

func (g *Generator) newCustomer() customer {
	g.nCust++
	cu := customer{
		id:    "cust" + g.idp + strconv.Itoa(g.nCust),
		first: pick(g, firstNames),
		last:  pick(g, surnames),
	}
	cu.handle = g.handle(cu.first)
	return cu
}

func (g *Generator) handle(first string) string {
	switch g.intn(3) {
	case 0:
		return "@" + pick(g, handleWords) + "_" + pick(g, handleTails) + strconv.Itoa(g.intn(100))
	case 1:
		return "@" + strings.ToLower(first) + pick(g, handleTails) + strconv.Itoa(1950+g.intn(60))
	default:
		return "@" + pick(g, handleWords) + strings.ToLower(first)
	}
}

func (c *conv) setCustomer(cu *customer) {
	c.slot[sName], c.slot[sSurname], c.slot[sHandle] = cu.first, cu.last, cu.handle
}

// setAgent puts an agent of org on the contact (and records the first one).
func (c *conv) setAgent(org int) {
	g := c.g
	num := 1 + g.intn(300)
	c.slot[sAgent] = firstNames[(num*7+org)%len(firstNames)]
	c.slot[sOrg] = orgs[org].name
	if c.in.AgentID == "" {
		c.in.AgentID = "ag-" + orgs[org].code + "-" + pad(num, 4)
	}
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func (g *Generator) digits(dst []byte, n int) []byte {
	for i := 0; i < n; i++ {
		dst = append(dst, byte('0'+g.intn(10)))
	}
	return dst
}

// spoken reads a code out the way a caller does: letters and digits one by
// one, in small groups.
func spoken(code string) string {
	var b strings.Builder
	group := 0
	for i := 0; i < len(code); i++ {
		ch := code[i]
		switch {
		case ch >= '0' && ch <= '9':
			if b.Len() > 0 {
				if group == 3 {
					b.WriteString(", ")
					group = 0
				} else {
					b.WriteByte(' ')
				}
			}
			b.WriteString(digitWords[ch-'0'])
			group++
		case ch >= 'A' && ch <= 'Z':
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteByte(ch)
		}
	}
	return b.String()
}

func (c *conv) setCodes(serialPrefix string) {
	g := c.g
	b := append(g.buf[:0], "NW-"...)
	b = g.digits(b, 8)
	c.slot[sOrder] = string(b)
	b = append(b[:0], serialPrefix...)
	for i := 0; i < 7; i++ {
		if g.intn(3) == 0 {
			b = append(b, "ABCDEFGHJKLMNPQRSTUVWXYZ"[g.intn(24)])
		} else {
			b = append(b, byte('0'+g.intn(10)))
		}
	}
	c.slot[sSerial] = string(b)
	if c.in.Channel == ChannelVoice {
		c.slot[sOrderSaid] = spoken(c.slot[sOrder])
		c.slot[sSerialSaid] = spoken(c.slot[sSerial])
	} else {
		c.slot[sOrderSaid], c.slot[sSerialSaid] = c.slot[sOrder], c.slot[sSerial]
	}
	c.slot[sDay] = pick(g, weekdays)
	c.slot[sCount] = pick(g, countWords)
	c.slot[sWait] = pick(g, waits)
}

var mailDomains = []string{"gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "hotmail.com"}

func (g *Generator) piiValue(kind int, cu *customer) string {
	b := g.buf2[:0]
	switch kind {
	case piiEmail:
		for _, r := range strings.ToLower(cu.first) {
			b = append(b, byte(r))
		}
		b = append(b, pick(g, []string{".", "_", ""})...)
		for _, r := range strings.ToLower(cu.last) {
			if r >= 'a' && r <= 'z' {
				b = append(b, byte(r))
			}
		}
		if g.chance(0.5) {
			b = strconv.AppendInt(b, int64(g.intn(99)+1), 10)
		}
		b = append(b, '@')
		b = append(b, pick(g, mailDomains)...)
	case piiPhone:
		switch g.intn(4) {
		case 0:
			b = append(b, '(')
			b = strconv.AppendInt(b, int64(201+g.intn(788)), 10)
			b = append(b, ") 555-"...)
			b = g.digits(b, 4)
		case 1:
			b = append(b, "+1 "...)
			b = strconv.AppendInt(b, int64(201+g.intn(788)), 10)
			b = append(b, " 555 "...)
			b = g.digits(b, 4)
		case 2:
			b = append(b, "07700 900"...)
			b = g.digits(b, 3)
		default:
			b = strconv.AppendInt(b, int64(201+g.intn(788)), 10)
			b = append(b, "-555-"...)
			b = g.digits(b, 4)
		}
	case piiNationalID:
		area := 100 + g.intn(565) // 100..664: never 000, 666 or 9xx
		b = strconv.AppendInt(b, int64(area), 10)
		b = append(b, '-')
		b = append(b, pad(1+g.intn(99), 2)...)
		b = append(b, '-')
		b = append(b, pad(1+g.intn(9999), 4)...)
	case piiCard:
		var d [16]byte
		if g.chance(0.6) {
			d[0] = 4
		} else {
			d[0], d[1] = 5, byte(1+g.intn(5))
		}
		start := 1
		if d[0] == 5 {
			start = 2
		}
		for i := start; i < 15; i++ {
			d[i] = byte(g.intn(10))
		}
		d[15] = luhnCheck(d[:15])
		grouped := g.chance(0.6)
		for i := range d {
			if grouped && i > 0 && i%4 == 0 {
				b = append(b, ' ')
			}
			b = append(b, '0'+d[i])
		}
	}
	g.buf2 = b
	return string(b)
}

// luhnCheck returns the digit that makes payload+digit pass the Luhn check.
func luhnCheck(payload []byte) byte {
	sum := 0
	for i := len(payload) - 1; i >= 0; i-- {
		v := int(payload[i])
		if (len(payload)-1-i)%2 == 0 { // doubled: it will be second from the right
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return byte((10 - sum%10) % 10)
}

// plantPII has the agent ask for, and the customer give, one or two kinds of
// personal data.
func (c *conv) plantPII(cu *customer, allowed ...int) {
	g := c.g
	n := 1
	if g.chance(0.2) {
		n = 2
	}
	for i := 0; i < n; i++ {
		kind := pick(g, allowed)
		if c.pii&(1<<kind) != 0 {
			continue
		}
		c.pii |= 1 << kind
		c.slot[sPII] = g.piiValue(kind, cu)
		c.one(SpeakerAgent, agentAskPII[kind])
		c.one(SpeakerCustomer, custGivePII[kind])
	}
}

// reach draws a follower count: heavy-tailed, a few accounts past 50k.
func (g *Generator) reach() uint64 {
	u := 1 - g.rng.Float64() // (0, 1]
	r := 50 / math.Pow(u, 1/0.85)
	if r > 5e6 {
		r = 5e6
	}
	return uint64(r)
}
