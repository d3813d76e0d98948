package transcript

import (
	"math"
	"strconv"
	"time"
)

// --- organisations and queues --------------------------------------------------

type orgInfo struct {
	name, short, code, social string
}

const (
	orgStore = iota
	orgWarranty
	orgCare
	orgFix
	orgVireo
	nOrg
)

var orgs = [nOrg]orgInfo{
	orgStore:    {"Northwind Store", "the Northwind Store", "nws", "@NorthwindHelp"},
	orgWarranty: {"Northwind Warranty Services", "Northwind Warranty Services", "nwws", "@NorthwindHelp"},
	orgCare:     {"Northwind CarePlus", "Northwind CarePlus", "nwcp", "@NorthwindHelp"},
	orgFix:      {"FixRight Field Services", "FixRight", "fixr", "@FixRightUK"},
	orgVireo:    {"Vireo", "Vireo", "vir", "@VireoSupport"},
}

// A position is where a contact is: an organisation's queue.
type pos struct{ org, queue int }

const (
	qStoreSales = iota
	qStoreSupport
	qWarranty
	qCare
	qField
	qTier2
	qBilling
	qVireo
	qForum
	qSocial
	qExec
	nQueue
)

var queueIDs = [nQueue]string{
	"store-sales", "store-support", "warranty-claims", "careplus", "field-repair",
	"tier2", "billing", "vireo-support", "community-forum", "social-care", "executive-office",
}

var queueDepts = [nQueue][]string{
	qStoreSales:   {"the store team", "Northwind Store sales", "the sales team"},
	qStoreSupport: {"store support", "the store support team", "customer support at the store"},
	qWarranty:     {"warranty claims", "the warranty team", "Northwind Warranty Services"},
	qCare:         {"CarePlus", "the CarePlus team", "Northwind CarePlus"},
	qField:        {"FixRight", "the repair team at FixRight", "FixRight Field Services"},
	qTier2:        {"a supervisor", "my team leader", "tier two", "the escalations team"},
	qBilling:      {"billing", "the billing team", "accounts"},
	qVireo:        {"Vireo support", "the product team"},
}

var laptopNext = [nQueue][]pos{
	qStoreSales:   {{orgWarranty, qWarranty}, {orgStore, qStoreSupport}, {orgCare, qCare}},
	qStoreSupport: {{orgWarranty, qWarranty}, {orgCare, qCare}, {orgStore, qStoreSales}},
	qWarranty:     {{orgCare, qCare}, {orgFix, qField}, {orgStore, qStoreSales}, {orgWarranty, qTier2}},
	qCare:         {{orgFix, qField}, {orgWarranty, qWarranty}, {orgStore, qStoreSupport}},
	qField:        {{orgCare, qCare}, {orgWarranty, qWarranty}},
	qTier2:        {{orgCare, qCare}, {orgWarranty, qWarranty}, {orgFix, qField}},
}

func (p pos) key() int { return p.org*nQueue + p.queue }

// enter puts the contact at p: org, queue, the agent answering.
func (c *conv) enter(p pos) {
	if c.in.Org == "" {
		c.in.Org = orgs[p.org].name
		c.in.Queue = queueIDs[p.queue]
	}
	c.setAgent(p.org)
}

// setTarget fills the slots that name a handoff's target.
func (c *conv) setTarget(p pos) {
	c.slot[sQueue] = queueIDs[p.queue]
	c.slot[sDept] = pick(c.g, queueDepts[p.queue])
	c.slot[sOrg2] = orgs[p.org].short
}

// transfer is one handoff inside the contact centre: the agent says so, the
// system records it, a new agent picks up.
func (c *conv) transfer(from, to pos, back bool, phrases []tmpl) {
	g := c.g
	c.setTarget(to)
	switch {
	case back && c.in.Channel != ChannelChat:
		c.one(SpeakerAgent, agentTransferBack)
	case c.in.Channel == ChannelChat && phrases == nil:
		c.one(SpeakerAgent, agentTransferChat)
	case phrases != nil:
		c.one(SpeakerAgent, phrases)
	default:
		c.one(SpeakerAgent, agentTransfer)
	}
	if back {
		c.one(SpeakerCustomer, custLoop)
		c.lab.TransferLoop = true
	}
	switch {
	case to.org != from.org:
		// Another company's contact centre: the platform marks the transfer
		// external, which is how a reader (and the detector) knows.
		c.add(SpeakerSystem, c.render(SpeakerSystem, pick(g, sysTransferExternal)), time.Duration(10+g.intn(170))*time.Second)
	case c.in.Channel == ChannelChat:
		c.add(SpeakerSystem, c.render(SpeakerSystem, pick(g, sysTransferChat)), 0)
	default:
		c.add(SpeakerSystem, c.render(SpeakerSystem, pick(g, sysTransferVoice)), time.Duration(10+g.intn(170))*time.Second)
	}
	c.hand++
	if to.org != from.org {
		c.lab.CrossCompany = true
	}
	c.setAgent(to.org)
}

// --- the laptop runaround ---------------------------------------------------------

type laptopCase struct {
	id          string
	cu          customer
	product     string
	fault       string
	ref         string
	amount      string
	contacts    int
	max         int
	visited     []int
	next        pos
	hasNext     bool
	owed        uint8 // promises made and not (yet) kept
	escLevel    int
	due         time.Time
	lastSocial  string
	managerDone bool
}

var laptopPrices = []string{"$899.00", "$1,099.00", "$1,249.00", "$1,399.00", "$1,649.00", "$1,899.00"}

func (g *Generator) newCase() *laptopCase {
	g.nCase++
	cs := &laptopCase{
		id:      "case" + g.idp + strconv.Itoa(g.nCase),
		cu:      g.newCustomer(),
		product: pick(g, laptops),
		fault:   pick(g, laptopFaults),
		ref:     "NW" + strconv.Itoa(100000+g.intn(900000)),
		amount:  pick(g, laptopPrices),
		max:     3 + g.intn(6),
	}
	g.cases = append(g.cases, cs)
	return cs
}

func (g *Generator) dueCase() *laptopCase {
	var best *laptopCase
	for _, cs := range g.cases {
		if !cs.due.After(g.clock) && (best == nil || cs.due.Before(best.due)) {
			best = cs
		}
	}
	return best
}

func (cs *laptopCase) seen(p pos) bool {
	for _, k := range cs.visited {
		if k == p.key() {
			return true
		}
	}
	return false
}

func (cs *laptopCase) visit(p pos) {
	if !cs.seen(p) {
		cs.visited = append(cs.visited, p.key())
	}
}

// afterContact schedules the case's next contact, or closes it.
func (g *Generator) afterContact(cs *laptopCase) {
	// Log-uniform between 20 minutes and 2 days: some customers call straight
	// back, some wait for the promised visit.
	lo, hi := (20 * time.Minute).Seconds(), (48 * time.Hour).Seconds()
	d := lo * math.Pow(hi/lo, g.rng.Float64())
	cs.due = g.clock.Add(time.Duration(d * float64(time.Second)))
	if cs.contacts >= cs.max {
		for i, x := range g.cases {
			if x == cs {
				g.cases = append(g.cases[:i], g.cases[i+1:]...)
				break
			}
		}
	}
}

func (c *conv) laptopSlots(cs *laptopCase) {
	c.lab.Story = StoryLaptop
	c.in.CaseID = cs.id
	c.in.CustomerID = cs.cu.id
	c.setCustomer(&cs.cu)
	c.setCodes("NWL")
	c.slot[sProduct] = cs.product
	c.slot[sFault] = cs.fault
	c.slot[sRef] = cs.ref
	c.slot[sAmount] = cs.amount
	c.slot[sBrand] = "@NorthwindHelp"
}

// brokenPromise has the customer say that a promise made in an earlier
// contact was not kept. It returns the phrase, or nil when nothing is owed.
func (c *conv) brokenPromise(cs *laptopCase, bank *[nPromise][]tmpl) tmpl {
	if cs.owed == 0 {
		return nil
	}
	g := c.g
	var owed [nPromise]int
	n := 0
	for k := 0; k < nPromise; k++ {
		if cs.owed&(1<<k) != 0 {
			owed[n] = k
			n++
		}
	}
	k := owed[g.intn(n)]
	cs.owed &^= 1 << k
	c.lab.BrokenPromiseClaim = true
	c.lab.Complaint = true
	return pick(g, bank[k])
}

func (g *Generator) laptopContact(c *conv, cs *laptopCase) {
	cs.contacts++
	c.laptopSlots(cs)
	defer g.afterContact(cs)
	switch {
	case c.in.Channel == ChannelSocial:
		g.laptopSocial(c, cs)
		return
	case cs.contacts > 1 && cs.escLevel >= 2 && !cs.managerDone && c.in.Channel == ChannelVoice && g.chance(0.6):
		g.managerCall(c, cs)
		return
	}
	first := cs.contacts == 1
	voice := c.in.Channel == ChannelVoice
	at := pos{orgStore, qStoreSales}
	switch {
	case first && g.chance(0.3):
		at = pos{orgStore, qStoreSupport}
	case cs.hasNext:
		at = cs.next
	case !first:
		at = pick(g, []pos{{orgWarranty, qWarranty}, {orgCare, qCare}, {orgStore, qStoreSupport}})
	}
	cs.hasNext = false
	c.enter(at)
	cs.visit(at)
	c.lab.Complaint = true
	c.lab.Sentiment = "negative"

	if voice {
		c.one(SpeakerAgent, agentGreetVoice)
	} else {
		c.one(SpeakerAgent, agentGreetChat)
	}
	if first {
		c.one(SpeakerCustomer, custDescribeLaptop)
		if g.chance(0.5) {
			c.lab.Sentiment = "neutral"
		}
	} else {
		parts := [3]tmpl{pick(g, custFollowupOpen)}
		n := 1
		if g.chance(0.8) {
			if b := c.brokenPromise(cs, &custBroken); b != nil {
				parts[n] = b
				n++
			}
		}
		if g.chance(0.35) {
			parts[n] = pick(g, custRepeat)
			n++
			c.lab.RepeatedClaim = true
		}
		c.say(SpeakerCustomer, parts[:n]...)
		if c.lab.BrokenPromiseClaim {
			c.one(SpeakerAgent, agentBrokenAck)
		}
	}
	if g.chance(0.25) {
		c.plantPII(&cs.cu, piiEmail, piiPhone, piiPhone, piiEmail, piiNationalID)
	}
	c.markFill(fillLaptop)

	// Handoffs: the heart of the runaround.
	nh := g.intn(3)
	if first {
		nh = 1 + g.intn(2)
	}
	referred := false
	for i := 0; i < nh && !referred; i++ {
		var to pos
		if first && at.queue == qStoreSales {
			to = pos{orgWarranty, qWarranty}
		} else if first && at.queue == qWarranty {
			to = pos{orgCare, qCare}
		} else {
			to = pick(g, laptopNext[at.queue])
		}
		back := to.queue != qTier2 && cs.seen(to)
		if to.org != at.org && (to.org == orgFix && g.chance(0.75) || !first && g.chance(0.25)) {
			// Sent away: a new contact, with another company.
			c.setTarget(to)
			c.one(SpeakerAgent, agentReferral)
			if back {
				c.one(SpeakerCustomer, custLoop)
			} else if g.chance(0.7) {
				c.one(SpeakerCustomer, custReferralReact)
			}
			c.hand++
			c.lab.CrossCompany = true
			if back {
				c.lab.TransferLoop = true
			}
			cs.next, cs.hasNext = to, true
			cs.visit(to)
			referred = true
			break
		}
		c.transfer(at, to, back, nil)
		cs.visit(to)
		at = to
		c.one(SpeakerAgent, agentTakeOver)
		if g.chance(0.5) {
			c.one(SpeakerCustomer, custRepeat)
			c.lab.RepeatedClaim = true
		} else {
			c.one(SpeakerCustomer, custReexplain)
		}
	}

	// Asking for a supervisor, and hitting the ceiling.
	deadEnd := false
	pSup := 0.5
	if first {
		pSup = 0.15
	}
	if !referred && g.chance(pSup) {
		c.one(SpeakerCustomer, custSupervisor)
		c.escalate(escSupervisor)
		already := at.queue == qTier2 // the customer is already talking to one
		if !already {
			// Not recorded as visited: asking for a supervisor again is not a loop.
			sup := pos{at.org, qTier2}
			c.transfer(at, sup, false, agentToSupervisor)
			at = sup
			c.one(SpeakerAgent, agentTakeOver)
			if g.chance(0.5) {
				c.one(SpeakerCustomer, custRepeat)
				c.lab.RepeatedClaim = true
			}
		}
		if already || g.chance(0.6) {
			if g.chance(0.5) {
				c.one(SpeakerAgent, agentDeadEnd)
			} else {
				c.one(SpeakerAgent, agentPolicyWall)
			}
			c.one(SpeakerCustomer, custAfterDeadEnd)
			c.lab.DeadEnd = true
			deadEnd = true
			cs.escLevel++
		}
	}

	// Threats.
	p := 0.07 * float64(cs.contacts)
	if deadEnd {
		p += 0.3
	}
	threatened := false
	for _, k := range [...]int{escComplaint, escPublic, escLegal, escCancel} {
		if g.chance(p) {
			var bank []tmpl
			switch k {
			case escComplaint:
				bank = custComplaintEsc
			case escPublic:
				bank = custPublicEsc
			case escLegal:
				bank = custLegalEsc
			default:
				bank = custCancelEsc
			}
			c.one(SpeakerCustomer, bank)
			c.escalate(k)
			threatened = true
		}
	}
	if threatened {
		c.one(SpeakerAgent, agentEscAck)
		cs.escLevel++
		c.lab.Sentiment = "negative"
	}

	// A promise, kept or not (the next contact may tell).
	if !referred && (!deadEnd || g.chance(0.4)) && g.chance(0.85) {
		kind := pick(g, []int{promCallback, promVisit, promFollowUp, promVisit})
		if !first {
			kind = pick(g, []int{promCallback, promVisit, promRefund, promReplacement, promFollowUp})
		}
		c.setTarget(pos{orgFix, qField})
		c.one(SpeakerAgent, agentPromise[kind])
		c.promise(kind)
		cs.owed |= 1 << kind
		c.one(SpeakerCustomer, custPromiseAck)
	}
	c.one(SpeakerAgent, agentAnythingElse)
	if c.lab.Sentiment == "neutral" {
		c.one(SpeakerCustomer, custByeNeutral)
	} else {
		c.one(SpeakerCustomer, custByeNegative)
	}
	c.one(SpeakerAgent, agentBye)
}

// managerCall: a senior manager calls the customer back.
func (g *Generator) managerCall(c *conv, cs *laptopCase) {
	c.enter(pos{orgStore, qExec})
	c.in.Queue = queueIDs[qExec]
	cs.managerDone = true
	c.add(SpeakerSystem, "[outbound call]", 0)
	c.one(SpeakerAgent, managerIntro)
	parts := [3]tmpl{pick(g, custManagerReact)}
	n := 1
	if g.chance(0.7) {
		if b := c.brokenPromise(cs, &custBroken); b != nil {
			parts[n] = b
			n++
		}
	}
	if g.chance(0.4) {
		parts[n] = pick(g, custRepeat)
		n++
		c.lab.RepeatedClaim = true
		c.lab.Complaint = true
	}
	c.say(SpeakerCustomer, parts[:n]...)
	c.one(SpeakerAgent, managerApology)
	c.markFill(fillLaptop)
	kind := promReplacement
	if g.chance(0.4) {
		kind = promRefund
	}
	c.one(SpeakerAgent, agentPromise[kind])
	c.promise(kind)
	cs.owed = 1 << kind
	if g.chance(0.6) {
		c.one(SpeakerAgent, agentPromise[promFollowUp])
		c.promise(promFollowUp)
	}
	if g.chance(0.6) {
		c.one(SpeakerCustomer, custManagerThanks)
		c.lab.Sentiment = "positive"
	} else {
		c.one(SpeakerCustomer, custPromiseAck)
		c.lab.Sentiment = "neutral"
	}
	c.one(SpeakerAgent, agentBye)
	// Most cases end here; some replacements never arrive.
	if g.chance(0.65) {
		cs.max = cs.contacts
	} else {
		cs.max = cs.contacts + 1
	}
}

func (g *Generator) laptopSocial(c *conv, cs *laptopCase) {
	c.in.Org = orgs[orgStore].name
	c.in.Queue = queueIDs[qSocial]
	c.in.Author = cs.cu.handle
	c.in.Reach = g.reach()
	c.in.Public = g.chance(0.9)
	if cs.lastSocial != "" && g.chance(0.5) {
		c.in.ReplyTo = cs.lastSocial
	}
	cs.lastSocial = c.in.ID
	c.lab.Complaint = true
	c.lab.Sentiment = "negative"

	post := c.render(SpeakerCustomer, pick(g, laptopSocial))
	if cs.owed != 0 && g.chance(0.6) {
		i := g.intn(len(laptopSocialBroken))
		k := laptopSocialBrokenKind[i]
		if cs.owed&(1<<k) != 0 {
			if s := c.render(SpeakerCustomer, laptopSocialBroken[i]); len(post)+1+len(s) <= 280 {
				post += " " + s
				cs.owed &^= 1 << k
				c.lab.BrokenPromiseClaim = true
			}
		}
	}
	if g.chance(0.25 + 0.1*float64(cs.escLevel)) {
		k := pick(g, []int{escPublic, escPublic, escLegal, escCancel})
		bank := socialPublicEsc
		switch k {
		case escLegal:
			bank = socialLegalEsc
		case escCancel:
			bank = socialCancelEsc
		}
		if s := c.render(SpeakerCustomer, pick(g, bank)); len(post)+1+len(s) <= 280 {
			post += " " + s
			c.escalate(k)
			cs.escLevel++
		}
	}
	c.add(SpeakerCustomer, post, 0)
	if g.chance(0.7) {
		c.setAgent(orgStore)
		c.one(SpeakerAgent, brandStock)
		c.lab.StockReply = true
	}
}

// --- the weekend firmware crisis ----------------------------------------------------

func (c *conv) fwSlots() {
	g := c.g
	c.lab.Story = StoryFirmware
	c.setCodes("VR")
	c.slot[sModel] = pick(g, dvrModels)
	c.slot[sProduct] = c.slot[sModel]
	w := g.fwWeek
	if w < 0 {
		w = -w
	}
	c.slot[sFW] = "v3." + strconv.FormatInt(4+w%5, 10) + "." + strconv.FormatInt(w%3, 10)
	c.slot[sBrand] = orgs[orgVireo].social
	c.in.Org = orgs[orgVireo].name
}

func (g *Generator) firmware(c *conv, h float64) {
	c.fwSlots()
	switch {
	case c.in.Channel == ChannelSocial:
		g.fwSocial(c)
	case h < 64 && c.in.Channel == ChannelChat:
		g.fwForum(c, h)
	default:
		g.fwSupport(c)
	}
}

func (g *Generator) fwSocial(c *conv) {
	cu := g.newCustomer()
	c.setCustomer(&cu)
	c.in.Queue = queueIDs[qSocial]
	c.in.Author = cu.handle
	c.in.Reach = g.reach()
	c.in.Public = g.chance(0.92)
	if g.fwN > 0 && g.chance(0.3) {
		c.in.ReplyTo = g.fwIDs[g.intn(min(g.fwN, len(g.fwIDs)))]
	}
	g.fwIDs[g.fwN%len(g.fwIDs)] = c.in.ID
	g.fwN++

	r := g.rng.Float64()
	switch {
	case g.fwFix && r < 0.3:
		c.add(SpeakerCustomer, c.render(SpeakerCustomer, pick(g, fwAfterFix)), 0)
		c.lab.Sentiment = "positive"
		return
	case g.fwFix && r < 0.5:
		c.add(SpeakerCustomer, c.render(SpeakerCustomer, pick(g, fwAfterFixNeg)), 0)
		c.lab.Complaint = true
		c.lab.Sentiment = "negative"
	case r < 0.75:
		post := capFirst(c.render(SpeakerCustomer, pick(g, fwOpen), pick(g, fwSymptom)))
		for n := 1 + g.intn(3); n > 0; n-- {
			if s := c.render(SpeakerCustomer, pick(g, fwExtra)); len(post)+1+len(s) <= 280 {
				post += " " + s
			}
		}
		if g.chance(0.12) {
			k := pick(g, []int{escPublic, escPublic, escLegal, escCancel})
			bank := socialPublicEsc
			switch k {
			case escLegal:
				bank = socialLegalEsc
			case escCancel:
				bank = socialCancelEsc
			}
			if s := c.render(SpeakerCustomer, pick(g, bank)); len(post)+1+len(s) <= 280 {
				post += " " + s
				c.escalate(k)
			}
		}
		c.add(SpeakerCustomer, post, 0)
		c.lab.Complaint = true
		c.lab.Sentiment = "negative"
	default:
		c.say(SpeakerCustomer, pick(g, fwNeutralPost), pick(g, fwNeutralMore))
		c.lab.Complaint = true
	}
	if g.chance(0.5) {
		c.setAgent(orgVireo)
		c.one(SpeakerAgent, brandStock)
		c.lab.StockReply = true
	}
}

// fwForum is a community-forum thread (a chat-channel interaction): owners
// helping each other, sometimes a moderator's stock reply, and once per
// crisis, from Sunday afternoon, the fix, posted here and nowhere else.
func (g *Generator) fwForum(c *conv, h float64) {
	c.in.Queue = queueIDs[qForum]
	c.lab.Complaint = true
	c.lab.Sentiment = "negative"
	c.one(SpeakerCustomer, forumOP)
	c.target = clampInt(int(1500+320*g.rng.NormFloat64()), 950, 2450)
	fix := h >= 44 && !g.fwFix
	stock := !fix && g.chance(0.3)
	at := 2 + g.intn(4)
	used := uint64(0)
	for i := 1; c.size < c.target && len(c.turns) < 20; i++ {
		switch {
		case i == at && fix:
			c.setAgent(orgVireo)
			c.one(SpeakerAgent, forumFix)
			g.fwFix = true
			c.lab.Sentiment = "neutral"
		case i == at && stock:
			c.setAgent(orgVireo)
			c.one(SpeakerAgent, brandStock)
			c.lab.StockReply = true
		case fix && i > at:
			c.one(SpeakerCustomer, forumAfterFix)
		default:
			k := g.intn(len(forumReply))
			if used&(1<<k) != 0 {
				k = g.intn(len(forumReply))
			}
			used |= 1 << k
			if g.chance(0.5) {
				c.say(SpeakerCustomer, forumReply[k], pick(g, forumMore))
			} else {
				c.say(SpeakerCustomer, forumReply[k])
			}
		}
		c.turns[len(c.turns)-1].pause = time.Duration(g.intn(40)) * time.Minute
	}
}

// fwSupport is Monday's call or chat, when Vireo's support opens again.
func (g *Generator) fwSupport(c *conv) {
	cu := g.newCustomer()
	c.setCustomer(&cu)
	c.in.CustomerID = cu.id
	c.in.Queue = queueIDs[qVireo]
	c.setAgent(orgVireo)
	c.lab.Complaint = true
	c.lab.Sentiment = "negative"
	if c.in.Channel == ChannelVoice {
		c.one(SpeakerAgent, agentGreetVoice)
	} else {
		c.one(SpeakerAgent, agentGreetChat)
	}
	c.one(SpeakerCustomer, custFwCall)
	c.one(SpeakerAgent, vireoAware)
	if g.chance(0.7) {
		c.one(SpeakerCustomer, custFwComplain)
	}
	if g.chance(0.2) {
		c.plantPII(&cu, piiEmail, piiPhone)
	}
	c.markFill(fillDVR)
	if g.chance(0.15) {
		c.one(SpeakerCustomer, custSupervisor)
		c.escalate(escSupervisor)
		c.transfer(pos{orgVireo, qVireo}, pos{orgVireo, qTier2}, false, agentToSupervisor)
		c.one(SpeakerAgent, agentTakeOver)
	}
	if g.chance(0.5) {
		c.one(SpeakerAgent, vireoRecovery)
		c.one(SpeakerCustomer, custRecovered)
		c.lab.Sentiment = "neutral"
	} else {
		kind := pick(g, []int{promReplacement, promRefund, promCallback, promFollowUp})
		c.slot[sAmount] = pick(g, []string{"$189.00", "$229.00", "$249.00"})
		c.slot[sDept] = "our repairs team"
		c.one(SpeakerAgent, agentPromise[kind])
		c.promise(kind)
		c.one(SpeakerCustomer, custPromiseAck)
	}
	if g.chance(0.15) {
		k := pick(g, []int{escComplaint, escPublic, escCancel})
		bank := custComplaintEsc
		switch k {
		case escPublic:
			bank = custPublicEsc
		case escCancel:
			bank = custCancelVireo
		}
		c.one(SpeakerCustomer, bank)
		c.escalate(k)
		c.one(SpeakerAgent, agentEscAck)
		c.lab.Sentiment = "negative"
	}
	c.one(SpeakerAgent, agentAnythingElse)
	c.one(SpeakerCustomer, custByeNeutral)
	c.one(SpeakerAgent, agentBye)
}

// --- ordinary contacts ------------------------------------------------------------

var ordinaryEntry = []pos{
	{orgStore, qStoreSales}, {orgStore, qStoreSales}, {orgStore, qStoreSupport}, {orgStore, qBilling},
	{orgCare, qCare}, {orgWarranty, qWarranty}, {orgVireo, qVireo}, {orgVireo, qVireo},
}

func (g *Generator) ordinary(c *conv) {
	c.lab.Story = StoryOrdinary
	cu := g.newCustomer()
	c.setCustomer(&cu)
	c.setCodes("NWL")
	c.slot[sProduct] = pick(g, laptops)
	c.slot[sModel] = pick(g, dvrModels[2:])
	c.slot[sAmount] = pick(g, []string{"$49.99", "$89.00", "$129.00", "$14.95", "$9.99", "$199.00"})
	if c.in.Channel == ChannelSocial {
		g.ordinarySocial(c)
		return
	}
	c.in.CustomerID = cu.id
	n := 8
	if crisisHours(g.clock) < 64 {
		n = 6 // Vireo's support is closed at the weekend
	}
	at := ordinaryEntry[g.intn(n)]
	c.enter(at)
	topic := &ordinaryTopics[g.intn(len(ordinaryTopics))]
	if c.in.Channel == ChannelVoice {
		c.one(SpeakerAgent, agentGreetVoice)
	} else {
		c.one(SpeakerAgent, agentGreetChat)
	}
	c.one(SpeakerCustomer, topic.ask)
	if g.chance(0.25) {
		allowed := []int{piiEmail, piiPhone, piiEmail, piiPhone, piiNationalID}
		if topic.fill == fillBilling {
			allowed = []int{piiCard, piiCard, piiEmail, piiNationalID}
		}
		c.plantPII(&cu, allowed...)
	}
	c.markFill(topic.fill)
	if g.chance(0.08) {
		to := pos{at.org, qBilling}
		if at.queue == qBilling {
			to = pos{at.org, qStoreSupport}
		}
		c.transfer(at, to, false, nil)
		c.one(SpeakerAgent, agentTakeOver)
		c.one(SpeakerCustomer, topic.ask)
	}
	c.one(SpeakerAgent, topic.resolve)
	if g.chance(0.2) {
		if g.chance(0.6) {
			c.one(SpeakerCustomer, hardNegatives)
		} else {
			c.one(SpeakerAgent, hardNegativeAgent)
		}
	}
	c.one(SpeakerAgent, agentAnythingElse)
	if g.chance(0.45) {
		c.one(SpeakerCustomer, custByePositive)
		c.lab.Sentiment = "positive"
	} else {
		c.one(SpeakerCustomer, custByeNeutral)
	}
	c.one(SpeakerAgent, agentBye)
}

func (g *Generator) ordinarySocial(c *conv) {
	org := orgStore
	i := g.intn(len(socialOrdinary))
	if i == 5 {
		org = orgVireo
	}
	c.in.Org = orgs[org].name
	c.in.Queue = queueIDs[qSocial]
	c.slot[sBrand] = orgs[org].social
	c.in.Author = c.slot[sHandle]
	c.in.Reach = g.reach()
	c.in.Public = g.chance(0.9)
	c.slot[sAgent] = pick(g, firstNames)
	tails := socialTailPositive
	if socialOrdinaryKind[i] != '+' {
		tails = socialTailQuestion
	}
	var post string
	if g.chance(0.4) {
		post = c.render(SpeakerCustomer, socialOrdinary[i], pick(g, tails), pick(g, tails))
	} else {
		post = c.render(SpeakerCustomer, socialOrdinary[i], pick(g, tails))
	}
	if g.chance(0.03) {
		cu := customer{first: c.slot[sName], last: c.slot[sSurname]}
		kind := pick(g, []int{piiPhone, piiEmail})
		c.pii |= 1 << kind
		if kind == piiPhone {
			post += " Call me on " + g.piiValue(kind, &cu)
		} else {
			post += " Email me at " + g.piiValue(kind, &cu)
		}
	}
	c.add(SpeakerCustomer, post, 0)
	switch socialOrdinaryKind[i] {
	case '+':
		c.lab.Sentiment = "positive"
	case '?':
		if g.chance(0.8) {
			c.setAgent(org)
			c.slot[sHandle] = c.in.Author
			c.say(SpeakerAgent, brandSpecific[socialAnswer(i)])
		}
	}
}

// socialAnswer maps a question in socialOrdinary to its answer in brandSpecific.
func socialAnswer(post int) int {
	switch post {
	case 2:
		return 0
	case 3:
		return 1
	case 7:
		return 2
	}
	return 3
}

func capFirst(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
