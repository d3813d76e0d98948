package queries_test

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/queries"
	"github.com/runaroundhq/runaround/sink"
	"github.com/runaroundhq/runaround/transcript"
)

// The fixture: a laptop runaround across three companies, a transfer loop
// inside one company, an uneventful chat, and a firmware crisis on social
// media. Two interactions are replayed (written a second time, as after a
// crash), which every query must not count twice.
//
// Times are relative to today (UTC) so that a TTL on the modern table never
// expires them during the test.

const (
	orgRetail = "acme-retail"
	orgRepair = "fixit-repairs"
	orgMaker  = "zenbook"

	fpTemplate = uint64(0xC0FFEE0000001234)   // one template, three customers
	fpPair     = uint64(0x8BADF00D00005678)   // used by two customers only: not a template
	fpBig      = uint64(18446744073709551557) // > 2^63: UInt64 round trip
)

type fxEnrich struct {
	sentiment, sentCust, sentAgent float32
	trajectory                     int8
	complaint                      bool
	handoffs                       uint16
	targets                        []string
	cross, loop, dead              bool
	repeated                       uint16
	promises                       []string
	broken                         bool
	escKinds                       []string
	escLevel                       uint8
	threat                         bool
	fp                             uint64
	stock                          bool
	pii                            []string

	// Schema 2.
	warm               uint16
	orgs               []string
	policy             bool
	due                time.Time // zero: no promise states a time
	products, symptoms []string
}

type fxRow struct {
	in transcript.Interaction
	e  fxEnrich
}

// fixtureBase is midnight UTC five days ago.
func fixtureBase() time.Time {
	return time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -5)
}

func turns(start time.Time, speakerText ...string) []transcript.Turn {
	var ts []transcript.Turn
	for i := 0; i+1 < len(speakerText); i += 2 {
		ts = append(ts, transcript.Turn{Speaker: transcript.Speaker(speakerText[i]), TS: start.Add(time.Duration(i) * time.Minute), Text: speakerText[i+1]})
	}
	return ts
}

const templateText = "We are sorry for the inconvenience. Your case has been escalated to the relevant team."

func fixture() []fxRow {
	b := fixtureBase()
	at := func(day, hour, min int) time.Time {
		return b.AddDate(0, 0, day).Add(time.Duration(hour)*time.Hour + time.Duration(min)*time.Minute)
	}
	voice, chat, social := transcript.ChannelVoice, transcript.ChannelChat, transcript.ChannelSocial
	row := func(id, caseID, cust string, ch transcript.Channel, org, queue string, start time.Time, dur time.Duration, e fxEnrich, tt ...string) fxRow {
		in := transcript.Interaction{ID: id, CaseID: caseID, CustomerID: cust, Channel: ch, Org: org, Queue: queue,
			AgentID: "agent-" + id, StartedAt: start, Turns: turns(start, tt...)}
		if dur > 0 {
			in.EndedAt = start.Add(dur)
		}
		return fxRow{in: in, e: e}
	}
	post := func(id, caseID, author string, reach uint64, start time.Time, e fxEnrich, tt ...string) fxRow {
		r := row(id, caseID, "", social, orgMaker, "social", start, 0, e, tt...)
		r.in.Author, r.in.Reach, r.in.Public = author, reach, true
		return r
	}
	return []fxRow{
		// The laptop: retailer -> repair company -> manufacturer -> retailer -> public.
		row("v1", "case-laptop", "cust-laptop", voice, orgRetail, "sales", at(0, 9, 0), 20*time.Minute,
			fxEnrich{sentCust: -0.2, handoffs: 2, targets: []string{"tech-support", orgRepair}, cross: true, promises: []string{"callback"},
				warm: 1, orgs: []string{orgRepair}, due: at(0, 9, 0).Add(48 * time.Hour), products: []string{"laptop"}, symptoms: []string{"won't charge"}},
			"customer", "My laptop will not charge.", "agent", "Repairs are handled by a separate company, fixit-repairs. They will call you back."),
		row("c1", "case-laptop", "cust-laptop", chat, orgRepair, "intake", at(1, 10, 0), 30*time.Minute,
			fxEnrich{sentCust: -0.6, trajectory: -1, complaint: true, handoffs: 1, targets: []string{orgRetail}, cross: true, dead: true, repeated: 2, broken: true, escKinds: []string{"complaint"}, escLevel: 1, pii: []string{"email"},
				orgs: []string{orgRetail}, products: []string{"laptop"}},
			"customer", "Nobody called me back, as I already explained. Mail me at [EMAIL].", "agent", "There is nothing more I can do, the retailer has to send it."),
		row("v2", "case-laptop", "cust-laptop", voice, orgMaker, "warranty", at(2, 11, 0), 40*time.Minute,
			fxEnrich{sentCust: -0.4, handoffs: 1, targets: []string{orgRepair}, cross: true, promises: []string{"replacement"}, escKinds: []string{"supervisor"}, escLevel: 1, fp: fpPair,
				orgs: []string{orgRepair}, due: at(2, 11, 0).AddDate(0, 0, 7)},
			"customer", "I want a supervisor.", "agent", "Please contact our authorised repair partner."),
		row("v3", "case-laptop", "cust-laptop", voice, orgRetail, "support", at(4, 9, 30), 30*time.Minute,
			fxEnrich{sentCust: -0.7, trajectory: -1, complaint: true, dead: true, broken: true, escKinds: []string{"cancel"}, escLevel: 2, fp: fpTemplate, stock: true,
				policy: true},
			"customer", "You promised a replacement. I am cancelling.", "agent", templateText),
		post("s1", "case-laptop", "laptop_owner", 12000, at(5, 12, 10),
			fxEnrich{sentCust: -0.8, complaint: true, escKinds: []string{"public"}, escLevel: 3, threat: true, products: []string{"laptop"}},
			"customer", "Three companies, five contacts, no laptop. Everyone will hear about this."),

		// A loop inside one company: billing -> accounts -> billing.
		row("c2", "case-loop", "cust-loop", chat, orgRetail, "billing", at(3, 14, 0), 20*time.Minute,
			fxEnrich{sentCust: -0.1, handoffs: 1, targets: []string{"accounts"}, promises: []string{"refund"}, fp: fpTemplate, stock: true,
				due: at(3, 14, 0).AddDate(0, 0, 3), products: []string{"bill"}, symptoms: []string{"double charged"}},
			"customer", "I was charged twice.", "agent", templateText),
		row("c3", "case-loop", "cust-loop", chat, orgRetail, "accounts", at(3, 14, 30), 25*time.Minute,
			fxEnrich{sentCust: -0.5, trajectory: -1, handoffs: 1, targets: []string{"billing"}, loop: true, repeated: 1, escKinds: []string{"supervisor"}, escLevel: 1, fp: fpTemplate, stock: true},
			"customer", "Billing sent me here, for the third time I have told you.", "agent", templateText),

		// An ordinary chat: not a runaround.
		row("c4", "case-ok", "cust-ok", chat, orgRetail, "support", at(2, 16, 0), 10*time.Minute,
			fxEnrich{sentCust: 0.6, trajectory: 1, promises: []string{"follow_up"}, fp: fpTemplate, stock: true},
			"customer", "Where is my order?", "agent", templateText),

		// The firmware crisis: four posts in one hour, against one before and one after.
		post("s0", "", "happy_user", 150, at(5, 9, 5), fxEnrich{sentCust: 0.5, fp: fpPair}, "customer", "New firmware looks great!", "agent", "Thanks for the kind words."),
		post("s2", "", "angry_dev", 800, at(5, 12, 20),
			fxEnrich{sentCust: -0.7, complaint: true, escKinds: []string{"public"}, escLevel: 3, threat: true, fp: fpBig,
				products: []string{"laptop", "firmware"}, symptoms: []string{"bricked"}},
			"customer", "The update bricked my laptop, I am telling all my followers.", "agent", "Please send us a DM."),
		post("s3", "", "bricked", 40, at(5, 12, 35), fxEnrich{sentCust: -0.6, complaint: true, products: []string{"firmware"}, symptoms: []string{"no wifi"}}, "customer", "Firmware update killed my wifi."),
		post("s4", "", "lawyer_up", 300, at(5, 12, 50),
			fxEnrich{sentCust: -0.9, complaint: true, escKinds: []string{"legal"}, escLevel: 4, products: []string{"firmware"}}, "customer", "My lawyer will hear about this firmware."),
		post("s5", "", "meh", 90, at(5, 15, 40), fxEnrich{}, "customer", "Is the update out yet"),
	}
}

// replayed is what a crash replays: the same interactions, written again.
var replayed = []string{"v1", "s2"}

func pick(rows []fxRow, ids ...string) []fxRow {
	var out []fxRow
	for _, id := range ids {
		for _, r := range rows {
			if r.in.ID == id {
				out = append(out, r)
			}
		}
	}
	return out
}

func endList(l *enrich.StringList, vs []string) {
	for _, v := range vs {
		l.Add(v)
	}
	l.EndRow()
}

// batch turns fixture rows into what the pipeline hands the sink.
func batch(rows []fxRow, firstOffset int64, ingested time.Time) *sink.Batch {
	cols := &enrich.Columns{}
	cols.Reset(len(rows))
	b := &sink.Batch{Enrichment: cols, IngestedAt: ingested}
	for i, r := range rows {
		e := r.e
		b.Interactions = append(b.Interactions, r.in)
		b.Sources = append(b.Sources, sink.Source{Topic: "interactions", Partition: 0, Offset: firstOffset + int64(i)})
		var sp, tx []string
		for _, t := range r.in.Turns {
			sp = append(sp, string(t.Speaker))
			tx = append(tx, t.Text)
			ts := e.sentAgent
			if t.Speaker == transcript.SpeakerCustomer {
				ts = e.sentCust
			}
			cols.TurnSentiment = append(cols.TurnSentiment, ts)
		}
		endList(&cols.TurnSpeakers, sp)
		endList(&cols.TurnTexts, tx)
		cols.Sentiment[i] = e.sentCust / 2
		cols.SentimentVader[i] = e.sentCust / 4 // without the support layer, scores are milder
		cols.SentimentCustomer[i] = e.sentCust
		cols.SentimentAgent[i] = e.sentAgent
		cols.Trajectory[i] = e.trajectory
		cols.Complaint[i] = e.complaint
		cols.HandoffCount[i] = e.handoffs
		cols.HandoffWarm[i] = e.warm
		endList(&cols.HandoffTargets, e.targets)
		endList(&cols.HandoffOrgs, e.orgs)
		cols.PolicyWall[i] = e.policy
		if !e.due.IsZero() {
			cols.PromiseDueAt[i] = e.due.Unix()
		}
		endList(&cols.TopicProducts, e.products)
		endList(&cols.TopicSymptoms, e.symptoms)
		cols.CrossCompany[i] = e.cross
		cols.TransferLoop[i] = e.loop
		cols.DeadEnd[i] = e.dead
		cols.RepeatedClaims[i] = e.repeated
		endList(&cols.PromiseKinds, e.promises)
		cols.BrokenPromiseClaim[i] = e.broken
		endList(&cols.EscalationKinds, e.escKinds)
		cols.EscalationLevel[i] = e.escLevel
		cols.PublicThreat[i] = e.threat
		cols.ReplyFingerprint[i] = e.fp
		cols.StockReply[i] = e.stock
		endList(&cols.PIIKinds, e.pii)
	}
	return b
}

// fixtureBatches are the two inserts: everything, then the replays.
func fixtureBatches() []*sink.Batch {
	rows := fixture()
	now := time.Now().UTC()
	return []*sink.Batch{
		batch(rows, 100, now.Add(-time.Minute)),
		batch(pick(rows, replayed...), 100, now),
	}
}

// valuesInsert renders a batch as an INSERT ... VALUES in the dialect's
// literals, going through the sink's own Arrow record so the chDB test
// inserts exactly what the sink would.
func valuesInsert(t *testing.T, d sink.Dialect, db string, b *sink.Batch) string {
	t.Helper()
	rb := sink.NewRecordBuilder(nil)
	defer rb.Release()
	rec := rb.Build(b)
	defer rec.Release()
	var sb strings.Builder
	fmt.Fprintf(&sb, "INSERT INTO %s.interactions %s VALUES\n", db, sink.InsertColumnList())
	for r := 0; r < int(rec.NumRows()); r++ {
		if r > 0 {
			sb.WriteString(",\n")
		}
		sb.WriteString("(")
		for c, col := range rec.Columns() {
			if c > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(literal(t, d, sink.InteractionColumns[c], col, r))
		}
		sb.WriteString(")")
	}
	return sb.String()
}

func quote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

func literal(t *testing.T, d sink.Dialect, c sink.Column, col arrow.Array, r int) string {
	switch a := col.(type) {
	case *array.String:
		return quote(a.Value(r))
	case *array.Boolean:
		if a.Value(r) {
			return "1"
		}
		return "0"
	case *array.Timestamp:
		if a.IsNull(r) {
			return "NULL"
		}
		tm := a.Value(r).ToTime(a.DataType().(*arrow.TimestampType).Unit).UTC()
		if d == sink.Modern && strings.HasPrefix(c.Type.Modern, "DateTime64") {
			return quote(tm.Format("2006-01-02 15:04:05.000"))
		}
		return quote(tm.Format("2006-01-02 15:04:05"))
	case *array.List:
		start, end := a.ValueOffsets(r)
		if f, ok := a.ListValues().(*array.Float32); ok {
			parts := make([]string, 0, end-start)
			for j := start; j < end; j++ {
				parts = append(parts, strconv.FormatFloat(float64(f.Value(int(j))), 'g', -1, 32))
			}
			return "[" + strings.Join(parts, ", ") + "]"
		}
		vals := a.ListValues().(*array.String)
		parts := make([]string, 0, end-start)
		for j := start; j < end; j++ {
			parts = append(parts, quote(vals.Value(int(j))))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *array.Uint8:
		return strconv.FormatUint(uint64(a.Value(r)), 10)
	case *array.Uint16:
		return strconv.FormatUint(uint64(a.Value(r)), 10)
	case *array.Uint32:
		return strconv.FormatUint(uint64(a.Value(r)), 10)
	case *array.Uint64:
		return strconv.FormatUint(a.Value(r), 10)
	case *array.Int8:
		return strconv.FormatInt(int64(a.Value(r)), 10)
	case *array.Int32:
		return strconv.FormatInt(int64(a.Value(r)), 10)
	case *array.Int64:
		return strconv.FormatInt(a.Value(r), 10)
	case *array.Float32:
		return strconv.FormatFloat(float64(a.Value(r)), 'g', -1, 32)
	}
	t.Fatalf("column %s: no literal for Arrow type %s", c.Name, col.DataType())
	return ""
}

// expectedSummary is the summary computed from the fixture, one row per
// distinct id: what the summary query must return however many copies exist.
func expectedSummary() map[string]queries.SummaryRow {
	want := map[string]queries.SummaryRow{}
	for _, r := range fixture() {
		ch := string(r.in.Channel)
		s := want[ch]
		s.Channel = ch
		s.Interactions++
		b := func(v bool) uint64 {
			if v {
				return 1
			}
			return 0
		}
		s.Handoffs += b(r.e.handoffs > 0)
		s.CrossCompany += b(r.e.cross)
		s.Escalations += b(r.e.escLevel > 0)
		s.PublicThreats += b(r.e.threat)
		s.BrokenPromiseClaims += b(r.e.broken)
		s.DeadEnds += b(r.e.dead)
		want[ch] = s
	}
	return want
}

// result is one query's rows, whichever engine ran it.
type result struct {
	columns []string
	rows    []map[string]any
}

func num(t *testing.T, v any) float64 {
	t.Helper()
	switch x := v.(type) {
	case float64:
		return x
	case float32:
		return float64(x)
	case uint64:
		return float64(x)
	case uint32:
		return float64(x)
	case uint16:
		return float64(x)
	case uint8:
		return float64(x)
	case int64:
		return float64(x)
	case int32:
		return float64(x)
	case int16:
		return float64(x)
	case int8:
		return float64(x)
	case int:
		return float64(x)
	case interface{ Float64() (float64, error) }: // json.Number
		f, err := x.Float64()
		if err != nil {
			t.Fatalf("not a number: %v", v)
		}
		return f
	case string:
		f, err := strconv.ParseFloat(x, 64)
		if err != nil {
			t.Fatalf("not a number: %q", x)
		}
		return f
	}
	t.Fatalf("not a number: %v (%T)", v, v)
	return 0
}

func u64(t *testing.T, v any) uint64 {
	t.Helper()
	switch x := v.(type) {
	case uint64:
		return x
	case fmt.Stringer: // json.Number
		n, err := strconv.ParseUint(x.String(), 10, 64)
		if err != nil {
			t.Fatalf("not a UInt64: %v", v)
		}
		return n
	case string:
		n, err := strconv.ParseUint(x, 10, 64)
		if err != nil {
			t.Fatalf("not a UInt64: %q", x)
		}
		return n
	}
	return uint64(num(t, v))
}

func str(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	if s, ok := v.(*string); ok {
		return *s
	}
	return fmt.Sprint(v)
}

func timeOf(t *testing.T, v any) time.Time {
	t.Helper()
	switch x := v.(type) {
	case time.Time:
		return x
	case string:
		for _, layout := range []string{"2006-01-02 15:04:05.000", "2006-01-02 15:04:05", "2006-01-02"} {
			if tm, err := time.ParseInLocation(layout, x, time.UTC); err == nil {
				return tm
			}
		}
	}
	t.Fatalf("not a time: %v (%T)", v, v)
	return time.Time{}
}

func sumCol(t *testing.T, r result, col string) float64 {
	t.Helper()
	var s float64
	for _, row := range r.rows {
		v, ok := row[col]
		if !ok {
			t.Fatalf("no column %q in %v", col, r.columns)
		}
		s += num(t, v)
	}
	return s
}

// checkResults asserts what each query must find in the fixture. engine
// names the server in messages.
func checkResults(t *testing.T, engine string, res map[string]result) {
	t.Helper()
	fx := fixture()
	for _, q := range queries.All() {
		if _, ok := res[q.Name]; !ok {
			t.Errorf("%s: query %s was not run", engine, q.Name)
		}
	}
	check := func(name string, f func(r result)) {
		t.Run(engine+"/"+name, func(t *testing.T) {
			r, ok := res[name]
			if !ok {
				t.Skip("not run")
			}
			if len(r.rows) == 0 {
				t.Fatalf("%s returned no rows", name)
			}
			f(r)
		})
	}
	var (
		totalHandoffs, totalWarm, threatReach, maxReach float64
		brokenClaims, threats                           int
	)
	for _, r := range fx {
		totalHandoffs += float64(r.e.handoffs)
		totalWarm += float64(r.e.warm)
		if r.e.threat {
			threats++
			threatReach += float64(r.in.Reach)
			maxReach = math.Max(maxReach, float64(r.in.Reach))
		}
		if r.e.broken {
			brokenClaims++
		}
	}

	check("summary", func(r result) {
		want := expectedSummary()
		if len(r.rows) != len(want) {
			t.Errorf("summary has %d channels, want %d", len(r.rows), len(want))
		}
		for _, row := range r.rows {
			w := want[str(row["channel"])]
			got := []uint64{u64(t, row["interactions"]), u64(t, row["handoffs"]), u64(t, row["cross_company_handoffs"]),
				u64(t, row["escalations"]), u64(t, row["public_threats"]), u64(t, row["broken_promise_claims"]), u64(t, row["dead_ends"])}
			exp := []uint64{w.Interactions, w.Handoffs, w.CrossCompany, w.Escalations, w.PublicThreats, w.BrokenPromiseClaims, w.DeadEnds}
			if fmt.Sprint(got) != fmt.Sprint(exp) {
				t.Errorf("summary %s = %v, want %v (interactions, handoffs, cross, escalations, threats, broken, dead ends)", row["channel"], got, exp)
			}
		}
	})
	check("handoffs_by_org", func(r result) {
		if got := sumCol(t, r, "handoffs"); got != totalHandoffs {
			t.Errorf("handoffs sum to %v, want %v (a replayed row added twice?)", got, totalHandoffs)
		}
		if got := sumCol(t, r, "interactions"); got != float64(len(fx)) {
			t.Errorf("interactions sum to %v, want %d", got, len(fx))
		}
		if got := sumCol(t, r, "transfer_loops"); got != 1 {
			t.Errorf("transfer loops sum to %v, want 1", got)
		}
		if got := sumCol(t, r, "cold_handoffs"); got != totalHandoffs-totalWarm {
			t.Errorf("cold handoffs sum to %v, want %v", got, totalHandoffs-totalWarm)
		}
		if got := sumCol(t, r, "policy_walls"); got != 1 {
			t.Errorf("policy walls sum to %v, want 1", got)
		}
	})
	check("promises_due", func(r result) {
		got := map[string][4]uint64{}
		for _, row := range r.rows {
			got[str(row["org"])] = [4]uint64{u64(t, row["promising_contacts"]), u64(t, row["with_due_time"]), u64(t, row["due_passed"]), u64(t, row["claimed_broken_after_due"])}
		}
		// acme-retail: v1 (callback due after 48 h, then a claim on day 4),
		// c2 (refund due tomorrow), c4 (no time stated); zenbook: v2
		// (replacement due in a week, the claim came before it).
		want := map[string][4]uint64{orgRetail: {3, 2, 1, 1}, orgMaker: {1, 1, 0, 0}}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("promises_due = %v, want %v (promising, with due time, due passed, claimed broken after due)", got, want)
		}
	})
	check("crisis_topics", func(r result) {
		first := r.rows[0]
		if str(first["product"]) != "firmware" || u64(t, first["complaints"]) != 3 || u64(t, first["social_posts"]) != 3 || str(first["symptoms"]) != "bricked, no wifi" {
			t.Errorf("first topic = %v, want firmware: 3 complaints, 3 social posts, symptoms \"bricked, no wifi\"", first)
		}
		if len(r.rows) != 2 || str(r.rows[1]["product"]) != "laptop" || u64(t, r.rows[1]["complaints"]) != 3 {
			t.Errorf("topics = %v, want firmware then laptop (3 complaints each; bill has no complaint)", r.rows)
		}
	})
	check("handoff_orgs", func(r result) {
		got := map[string]uint64{}
		for _, row := range r.rows {
			got[str(row["from_org"])+">"+str(row["to_org"])] = u64(t, row["interactions"])
		}
		want := map[string]uint64{orgRetail + ">" + orgRepair: 1, orgRepair + ">" + orgRetail: 1, orgMaker + ">" + orgRepair: 1}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("handoff_orgs = %v, want %v (the replay of v1 counted once)", got, want)
		}
	})
	check("runaround_cases", func(r result) {
		first := r.rows[0]
		if str(first["case_id"]) != "case-laptop" || u64(t, first["contacts"]) != 5 || u64(t, first["orgs"]) != 3 {
			t.Errorf("first case = %v contacts=%v orgs=%v, want case-laptop with 5 contacts at 3 orgs", first["case_id"], first["contacts"], first["orgs"])
		}
		if got := str(first["org_list"]); got != orgRetail+", "+orgRepair+", "+orgMaker {
			t.Errorf("laptop org_list = %q", got)
		}
		if len(r.rows) != 2 || str(r.rows[1]["case_id"]) != "case-loop" {
			var ids []string
			for _, row := range r.rows {
				ids = append(ids, str(row["case_id"]))
			}
			t.Errorf("cases = %v, want [case-laptop case-loop] (case-ok is no runaround)", ids)
		}
	})
	check("broken_promises", func(r result) {
		if got := sumCol(t, r, "broken_promise_claims"); got != float64(brokenClaims) {
			t.Errorf("broken-promise claims sum to %v, want %d", got, brokenClaims)
		}
		for _, row := range r.rows {
			if str(row["org"]) == orgRetail && (u64(t, row["callback"]) != 1 || u64(t, row["with_promises"]) != 3) {
				t.Errorf("%s: callback=%v with_promises=%v, want 1 and 3", orgRetail, row["callback"], row["with_promises"])
			}
		}
	})
	check("escalations", func(r result) {
		if got := sumCol(t, r, "threat_reach"); got != threatReach {
			t.Errorf("threat reach sums to %v, want %v", got, threatReach)
		}
		if got := sumCol(t, r, "interactions"); got != float64(len(fx)) {
			t.Errorf("interactions sum to %v, want %d", got, len(fx))
		}
		var legal bool
		for _, row := range r.rows {
			if str(row["level_name"]) == "legal" && str(row["org"]) == orgMaker {
				legal = true
			}
		}
		if !legal {
			t.Errorf("no legal escalation for %s", orgMaker)
		}
	})
	check("public_threats", func(r result) {
		if len(r.rows) != threats {
			t.Errorf("%d public threats, want %d", len(r.rows), threats)
		}
		if got := num(t, r.rows[0]["followers"]); got != maxReach {
			t.Errorf("largest reach first: got %v, want %v", got, maxReach)
		}
	})
	check("crisis_hourly", func(r result) {
		spike := fixtureBase().AddDate(0, 0, 5).Add(12 * time.Hour)
		var top map[string]any
		for _, row := range r.rows {
			if top == nil || num(t, row["posts"]) > num(t, top["posts"]) {
				top = row
			}
		}
		if h := timeOf(t, top["hour_start"]); !h.Equal(spike) || str(top["org"]) != orgMaker {
			t.Errorf("busiest hour = %v %v, want %v %s", h, top["org"], spike, orgMaker)
		}
		if num(t, top["posts"]) != 4 || num(t, top["negative_share"]) != 1 || num(t, top["total_reach"]) != 12000+800+40+300 {
			t.Errorf("spike row = %v, want 4 posts (replay not counted), negative_share 1, reach 13140", top)
		}
		if len(r.rows) != 3 {
			t.Errorf("%d hours with social posts, want 3", len(r.rows))
		}
	})
	check("stock_replies", func(r result) {
		if len(r.rows) != 1 {
			t.Fatalf("%d templates, want 1 (fingerprint %d only): %v", len(r.rows), fpTemplate, r.rows)
		}
		row := r.rows[0]
		if u64(t, row["reply_fingerprint"]) != fpTemplate || u64(t, row["customers"]) != 3 || u64(t, row["interactions"]) != 4 {
			t.Errorf("template row = %v, want fingerprint %d used by 3 customers in 4 interactions", row, fpTemplate)
		}
		if str(row["example"]) != templateText {
			t.Errorf("example = %q, want the template text", row["example"])
		}
	})
	check("sentiment_trend", func(r result) {
		if got := sumCol(t, r, "interactions"); got != float64(len(fx)) {
			t.Errorf("interactions sum to %v, want %d", got, len(fx))
		}
		days := map[string]bool{}
		for _, row := range r.rows {
			days[timeOf(t, row["day"]).Format("2006-01-02")] = true
		}
		if len(days) != 6 {
			keys := make([]string, 0, len(days))
			for d := range days {
				keys = append(keys, d)
			}
			sort.Strings(keys)
			t.Errorf("days = %v, want 6", keys)
		}
	})
}
