package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/runaroundhq/runaround/enrich"
)

const fixture = "testdata/handlabelled_fixture.jsonl"

// sharedData is ../shared/data seen from the module root.
var sharedData = filepath.Join("..", "..", "shared", "data")

func TestLoadHandLabelledFixture(t *testing.T) {
	items, err := LoadHandLabelled(fixture)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 6 {
		t.Fatalf("loaded %d items, want 6", len(items))
	}
	want := items[2].Expected() // fx-3: escalation (supervisor), promise (callback), pii
	for d, w := range map[string]bool{Escalation: true, Promise: true, PII: true, Handoff: false, DeadEnd: false} {
		if want.Flags[d] != w {
			t.Errorf("fx-3 %s = %v, want %v", d, want.Flags[d], w)
		}
	}
	if len(want.Flags) != len(Detectors) {
		t.Errorf("fx-3 has %d labelled detectors, want all %d", len(want.Flags), len(Detectors))
	}
	if !slices.Equal(want.Kinds[Promise], []string{"callback"}) || !slices.Equal(want.Kinds[Escalation], []string{"supervisor"}) {
		t.Errorf("fx-3 kinds = %v", want.Kinds)
	}
	if _, ok := want.Kinds[PII]; ok {
		t.Error("the hand-labelled set has no PII kinds, but Expected labels them")
	}
	if want.Sentiment != "negative" {
		t.Errorf("fx-3 sentiment = %q, want negative", want.Sentiment)
	}
	in := items[5].Interaction()
	if in.ID != "fx-6" || len(in.Turns) != 2 || in.Turns[1].Speaker != "system" || in.Validate() != nil {
		t.Errorf("fx-6 as an interaction = %+v (valid: %v)", in, in.Validate())
	}
}

// Every kind of bad line is refused with its line number and what is wrong.
func TestLoadHandLabelledErrors(t *testing.T) {
	good, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	first := strings.SplitN(string(good), "\n", 2)[0]
	var base map[string]any
	if err := json.Unmarshal([]byte(first), &base); err != nil {
		t.Fatal(err)
	}
	// edit returns the first fixture line, id changed to fx-bad, after f.
	edit := func(f func(m map[string]any)) string {
		var m map[string]any
		b, _ := json.Marshal(base)
		_ = json.Unmarshal(b, &m)
		m["id"] = "fx-bad"
		f(m)
		out, _ := json.Marshal(m)
		return string(out)
	}
	labels := func(m map[string]any) map[string]any { return m["labels"].(map[string]any) }
	for _, tc := range []struct {
		name, line, want string
	}{
		{"not json", `{"id": "x", `, "not a valid item"},
		{"unknown key", edit(func(m map[string]any) { m["lables"] = 1 }), `unknown field "lables"`},
		{"no id", edit(func(m map[string]any) { delete(m, "id") }), `"id" is missing`},
		{"duplicate id", strings.Replace(first, `"fx-1"`, `"fx-1"`, 1), `id "fx-1" is also on line 1`},
		{"bad channel", edit(func(m map[string]any) { m["channel"] = "email" }), `"channel" is "email"`},
		{"no turns", edit(func(m map[string]any) { m["turns"] = []any{} }), `"turns" is empty`},
		{"bad speaker", edit(func(m map[string]any) {
			m["turns"] = []any{map[string]any{"speaker": "bot", "text": "hi"}}
		}), `turns[0].speaker is "bot"`},
		{"missing label", edit(func(m map[string]any) { delete(labels(m), "pii") }), "labels.pii is missing"},
		{"label not bool", edit(func(m map[string]any) { labels(m)["handoff"] = "yes" }), "labels.handoff is yes"},
		{"unknown label", edit(func(m map[string]any) { labels(m)["sarcasm"] = true }), "labels.sarcasm is not a label"},
		{"bad sentiment", edit(func(m map[string]any) { labels(m)["sentiment"] = "angry" }), "labels.sentiment is angry"},
		{"policy wall without dead end", edit(func(m map[string]any) { labels(m)["policy_wall"] = true }), "every policy wall is a dead end"},
		{"kinds without label", edit(func(m map[string]any) { m["promise_kinds"] = []string{"refund"} }), "promise_kinds is [refund] but its label is false"},
		{"unknown kind", edit(func(m map[string]any) {
			labels(m)["escalation"] = true
			m["escalation_kinds"] = []string{"ombudsman"}
		}), `escalation_kinds has "ombudsman"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "set.jsonl")
			if err := os.WriteFile(path, []byte(first+"\n\n"+tc.line+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadHandLabelled(path)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), path+":3: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v\nwant %q on line 3", err, tc.want)
			}
		})
	}
	if _, err := LoadHandLabelled(filepath.Join(t.TempDir(), "absent.jsonl")); err == nil {
		t.Error("a missing file loaded")
	}
}

func TestHalf(t *testing.T) {
	tune := 0
	for i := range 2000 {
		id := fmt.Sprintf("hl-%04d", i)
		h := Half(id)
		if h != Half(id) || (h != "tune" && h != "holdout") {
			t.Fatalf("Half(%q) = %q, not stable or not a half", id, h)
		}
		if h == "tune" {
			tune++
		}
	}
	if tune < 900 || tune > 1100 {
		t.Errorf("%d of 2000 ids in the tune half: the split is lopsided", tune)
	}
}

// The scorer counts only what is labelled, kind by kind, and sentiment
// ours and govader's.
func TestScorer(t *testing.T) {
	sc := newScorer(false)
	want := Verdict{
		Flags:     map[string]bool{Handoff: true, Promise: true},
		Kinds:     map[string][]string{Promise: {"refund"}},
		Sentiment: "negative",
	}
	got := Verdict{
		Flags:     map[string]bool{Handoff: true, Promise: true, DeadEnd: true},
		Kinds:     map[string][]string{Promise: {"callback"}},
		Sentiment: "neutral",
	}
	sc.add("a", want, got, "negative")
	sc.add("b", Verdict{Flags: map[string]bool{Handoff: false}, Sentiment: "positive"}, Verdict{Flags: map[string]bool{Handoff: true}, Sentiment: "positive"}, "neutral")
	s := sc.set()
	if _, ok := s.Metrics[DeadEnd]; ok {
		t.Error("dead_end has no label but was scored")
	}
	for name, w := range map[string]Counts{
		Handoff:            {TP: 1, FP: 1},
		Promise:            {TP: 1},
		"promise.refund":   {FN: 1},
		"promise.callback": {FP: 1},
		"promise.visit":    {},
	} {
		m, ok := s.Metrics[name]
		if !ok {
			t.Errorf("%s not scored", name)
			continue
		}
		if m.TP != w.TP || m.FP != w.FP || m.FN != w.FN {
			t.Errorf("%s = tp %d fp %d fn %d, want %+v", name, m.TP, m.FP, m.FN, w)
		}
	}
	if _, ok := s.Metrics["escalation.legal"]; ok {
		t.Error("escalation kinds scored without escalation kind labels")
	}
	sm := s.Sentiment
	if sm == nil || sm.Support != 2 || sm.Accuracy != 0.5 || sm.GovaderAccuracy != 0.5 {
		t.Errorf("sentiment = %+v, want support 2, accuracy 0.5, govader 0.5", sm)
	}
}

// Predict reads each column the way the evaluation defines the detector.
func TestPredict(t *testing.T) {
	var c enrich.Columns
	c.Reset(2)
	row := func(l *enrich.StringList, vals ...string) {
		for _, v := range vals {
			l.Add(v)
		}
		l.EndRow()
	}
	c.HandoffCount[0] = 2
	c.RepeatedClaims[1] = 1
	c.CrossCompany[0], c.TransferLoop[1], c.DeadEnd[0], c.PolicyWall[1] = true, true, true, true
	c.BrokenPromiseClaim[0], c.PublicThreat[1], c.StockReply[0], c.Complaint[1] = true, true, true, true
	row(&c.PromiseKinds, "refund", "visit")
	row(&c.PromiseKinds)
	row(&c.EscalationKinds)
	row(&c.EscalationKinds, "legal")
	row(&c.PIIKinds, "email")
	row(&c.PIIKinds)
	c.SentimentCustomer[0], c.SentimentCustomer[1] = -0.5, 0.6
	cfg := enrich.DefaultConfig()

	v0, v1 := Predict(&c, 0, cfg), Predict(&c, 1, cfg)
	for d, want := range map[string][2]bool{
		Handoff: {true, false}, CrossCompany: {true, false}, TransferLoop: {false, true},
		DeadEnd: {true, false}, PolicyWall: {false, true}, RepeatedClaim: {false, true},
		Promise: {true, false}, BrokenPromiseClaim: {true, false}, Escalation: {false, true},
		PublicThreat: {false, true}, StockReply: {true, false}, Complaint: {false, true}, PII: {true, false},
	} {
		if v0.Flags[d] != want[0] || v1.Flags[d] != want[1] {
			t.Errorf("%s = %v, %v; want %v", d, v0.Flags[d], v1.Flags[d], want)
		}
	}
	if len(v0.Flags) != len(Detectors) {
		t.Errorf("Predict answers %d detectors, want %d", len(v0.Flags), len(Detectors))
	}
	if !slices.Equal(v0.Kinds[Promise], []string{"refund", "visit"}) || !slices.Equal(v1.Kinds[Escalation], []string{"legal"}) || !slices.Equal(v0.Kinds[PII], []string{"email"}) {
		t.Errorf("kinds = %v / %v", v0.Kinds, v1.Kinds)
	}
	if v0.Sentiment != "negative" || v1.Sentiment != "positive" {
		t.Errorf("sentiment = %s, %s; want negative, positive", v0.Sentiment, v1.Sentiment)
	}
}

// The report is {"sets": {name: {detector: {precision, recall, f1,
// support}, ..., "sentiment": {...}}}}.
func TestReportJSONShape(t *testing.T) {
	opts := DefaultOptions()
	opts.Generated = 300
	opts.HandLabelled = fixture
	opts.HandLabelled2 = fixture
	opts.HandLabelled4 = fixture
	opts.HandLabelledFresh = fixture
	opts.DataDir = ""
	r, err := Run(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(&r)
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]map[string]map[string]map[string]any
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatalf("report does not have the shape {sets: {set: {metric: {...}}}}: %v\n%s", err, b)
	}
	if len(top) != 1 || top["sets"] == nil {
		t.Fatalf("top-level keys: %v, want only sets", keys(top))
	}
	sets := top["sets"]
	if !slices.Equal(keys(sets), []string{SetGenerated, SetHandLabelled, SetHandLabelled2, SetHandLabelled4, SetHandLabelledFresh}) {
		t.Fatalf("sets = %v", keys(sets))
	}
	for name, set := range sets {
		for _, d := range Detectors {
			m, ok := set[d]
			if !ok {
				if name == SetGenerated && d == PolicyWall {
					continue
				}
				t.Errorf("%s: no %s", name, d)
				continue
			}
			for _, k := range []string{"precision", "recall", "f1", "support"} {
				if _, ok := m[k].(float64); !ok {
					t.Errorf("%s.%s.%s = %v, want a number", name, d, k, m[k])
				}
			}
		}
		for _, k := range []string{"accuracy", "macro_f1", "govader_accuracy", "govader_macro_f1", "support"} {
			if _, ok := set[Sentiment][k].(float64); !ok {
				t.Errorf("%s.sentiment.%s = %v, want a number", name, k, set[Sentiment][k])
			}
		}
	}
	if _, ok := sets[SetGenerated][PolicyWall]; ok {
		t.Error("generated set scores policy_wall, which the generator does not label")
	}
	if _, ok := sets[SetHandLabelled][Handoff]["holdout"].(map[string]any); !ok {
		t.Error("hand-labelled set has no holdout figures")
	}
	if sup := sets[SetGenerated][PII]["support"].(float64); sup < 10 {
		t.Errorf("generated pii support %v: the set is not being scored", sup)
	}
	for _, name := range []string{SetHandLabelled2, SetHandLabelled4, SetHandLabelledFresh} {
		if _, ok := sets[name][Handoff]["holdout"]; ok {
			t.Errorf("%s has halves: only the first set is split", name)
		}
	}
	if n := strings.Count(string(b), `"sentiment"`); n != len(sets) {
		t.Errorf(`%d "sentiment" keys, want one per set`, n)
	}
	// Text and Markdown carry the same sets.
	var txt, md strings.Builder
	if err := r.WriteText(&txt); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== generated (300 items) ==", "== handlabelled (6 items) ==", "cross_company_handoff", "F1 holdout", "skipped abcd"} {
		if !strings.Contains(txt.String(), want) {
			t.Errorf("text report lacks %q:\n%s", want, txt.String())
		}
	}
	for _, want := range []string{"### generated (300 items)", "| detector | precision | recall | F1 | support |", "| handoff | "} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown report lacks %q:\n%s", want, md.String())
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for _, n := range SetNames {
		if _, ok := m[n]; ok {
			out = append(out, n)
		}
	}
	for k := range m {
		if !slices.Contains(SetNames, k) {
			out = append(out, k)
		}
	}
	return out
}

func requireSharedData(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(sharedData, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent (the shared real-data folder is not part of the repository): %v", p, err)
	}
	return p
}

// The ABCD labels come from the agent actions: the first sample
// conversation notifies the manager (escalation) and holds the customer's
// e-mail and phone; the others have no labelled action.
func TestABCDExpected(t *testing.T) {
	path := requireSharedData(t, ABCDSample)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var convos []abcdConvo
	if err := json.Unmarshal(b, &convos); err != nil {
		t.Fatal(err)
	}
	if len(convos) != 3 {
		t.Fatalf("%d conversations, want the sample's 3", len(convos))
	}
	for _, c := range convos {
		v := c.expected()
		in := c.interaction()
		for _, tr := range in.Turns {
			if tr.Speaker != "customer" && tr.Speaker != "agent" {
				t.Errorf("convo %d keeps a %s turn", c.ConvoID, tr.Speaker)
			}
		}
		want := map[string]bool{Escalation: c.ConvoID == 3592, Handoff: false, Promise: false, PII: c.ConvoID != 3695}
		for d, w := range want {
			if v.Flags[d] != w {
				t.Errorf("convo %d: expected %s = %v, want %v", c.ConvoID, d, v.Flags[d], w)
			}
		}
	}
}

// pin is one figure the tests hold the enrichment to: metric is a detector
// or kind name (its F1) or "sentiment.accuracy" / "sentiment.macro_f1".
type pin struct {
	set, metric string
	floor       float64
}

// handLabelledTarget is the target: F1 ≥ 0.90 per detector on the
// hand-labelled set.
const handLabelledTarget = 0.90

// Margins below the measured figure: the generated set is large (a small
// drop is a real change); the hand-labelled set moves in steps of one item.
const (
	marginGenerated    = 0.01
	marginHandLabelled = 0.02
	marginABCD         = 0.0
)

// pinned holds the figures TestPinnedFigures enforces: a figure that falls
// below its floor fails the test. Floors are the measured figure minus the
// set's margin, rounded down to 0.01; on the hand-labelled set a detector
// that meets the 0.90 target is pinned at the target itself.
//
// To update after an intended change (a detector improved, or a label
// fixed), run
//
//	go test ./eval/ -run TestPinnedFigures -v
//
// which logs every measured figure as a ready-to-paste row of this table;
// paste the rows, and say in the commit why a floor went down if one did.
var pinned = []pin{
	{"generated", "handoff", 0.99},                  // measured 1.000
	{"generated", "cross_company_handoff", 0.98},    // measured 0.992
	{"generated", "transfer_loop", 0.98},            // measured 0.999
	{"generated", "dead_end", 0.99},                 // measured 1.000
	{"generated", "repeated_claim", 0.99},           // measured 1.000
	{"generated", "promise", 0.99},                  // measured 1.000
	{"generated", "broken_promise_claim", 0.98},     // measured 0.991
	{"generated", "escalation", 0.98},               // measured 0.993
	{"generated", "public_threat", 0.96},            // measured 0.975
	{"generated", "stock_reply", 0.99},              // measured 1.000
	{"generated", "complaint", 0.81},                // measured 0.827
	{"generated", "pii", 0.99},                      // measured 1.000
	{"generated", "promise.callback", 0.99},         // measured 1.000
	{"generated", "promise.follow_up", 0.99},        // measured 1.000
	{"generated", "promise.refund", 0.99},           // measured 1.000
	{"generated", "promise.replacement", 0.99},      // measured 1.000
	{"generated", "promise.visit", 0.99},            // measured 1.000
	{"generated", "escalation.cancel", 0.99},        // measured 1.000
	{"generated", "escalation.complaint", 0.99},     // measured 1.000
	{"generated", "escalation.legal", 0.99},         // measured 1.000
	{"generated", "escalation.public", 0.96},        // measured 0.975
	{"generated", "escalation.supervisor", 0.99},    // measured 1.000
	{"generated", "pii.card", 0.99},                 // measured 1.000
	{"generated", "pii.email", 0.99},                // measured 1.000
	{"generated", "pii.national_id", 0.99},          // measured 1.000
	{"generated", "pii.phone", 0.99},                // measured 1.000
	{"generated", "sentiment.accuracy", 0.64},       // measured 0.654
	{"generated", "sentiment.macro_f1", 0.65},       // measured 0.663
	{"handlabelled", "handoff", 0.90},               // measured 1.000
	{"handlabelled", "cross_company_handoff", 0.90}, // measured 1.000
	{"handlabelled", "transfer_loop", 0.90},         // measured 1.000
	{"handlabelled", "dead_end", 0.90},              // measured 1.000
	{"handlabelled", "policy_wall", 0.90},           // measured 1.000
	{"handlabelled", "repeated_claim", 0.90},        // measured 1.000
	{"handlabelled", "promise", 0.90},               // measured 0.977
	{"handlabelled", "broken_promise_claim", 0.90},  // measured 0.988
	{"handlabelled", "escalation", 0.90},            // measured 1.000
	{"handlabelled", "public_threat", 0.90},         // measured 1.000
	{"handlabelled", "stock_reply", 0.90},           // measured 0.988
	{"handlabelled", "complaint", 0.87},             // measured 0.891
	{"handlabelled", "pii", 0.90},                   // measured 0.991
	{"handlabelled", "promise.callback", 0.93},      // measured 0.950
	{"handlabelled", "promise.follow_up", 0.94},     // measured 0.962
	{"handlabelled", "promise.refund", 0.92},        // measured 0.944
	{"handlabelled", "promise.replacement", 0.90},   // measured 0.929
	{"handlabelled", "promise.visit", 0.98},         // measured 1.000
	{"handlabelled", "escalation.cancel", 0.95},     // measured 0.971
	{"handlabelled", "escalation.complaint", 0.94},  // measured 0.960
	{"handlabelled", "escalation.legal", 0.87},      // measured 0.897
	{"handlabelled", "escalation.public", 0.98},     // measured 1.000
	{"handlabelled", "escalation.supervisor", 0.91}, // measured 0.938
	{"handlabelled", "sentiment.accuracy", 0.80},    // measured 0.826
	{"handlabelled", "sentiment.macro_f1", 0.80},    // measured 0.828
	{"abcd", "pii", 1.00},                           // measured 1.000
	// Set 3 (the fresh set) was written blind and is never tuned on: its
	// floors (measured with the round-4 rules) only catch regressions. Raise them when a change that was NOT
	// tuned on it lifts the figures; never look at its items to do so.
	{"handlabelled_fresh", "handoff", 0.90},               // measured 0.944
	{"handlabelled_fresh", "cross_company_handoff", 0.90}, // measured 0.927
	{"handlabelled_fresh", "transfer_loop", 0.78},         // measured 0.806
	{"handlabelled_fresh", "dead_end", 0.90},              // measured 0.906
	{"handlabelled_fresh", "policy_wall", 0.85},           // measured 0.879
	{"handlabelled_fresh", "repeated_claim", 0.82},        // measured 0.844
	{"handlabelled_fresh", "promise", 0.88},               // measured 0.900
	{"handlabelled_fresh", "broken_promise_claim", 0.82},  // measured 0.844
	{"handlabelled_fresh", "escalation", 0.83},            // measured 0.859
	{"handlabelled_fresh", "public_threat", 0.75},         // measured 0.779
	{"handlabelled_fresh", "stock_reply", 0.79},           // measured 0.819
	{"handlabelled_fresh", "complaint", 0.84},             // measured 0.868
	{"handlabelled_fresh", "pii", 0.90},                   // measured 0.935
	{"handlabelled_fresh", "promise.callback", 0.86},      // measured 0.889
	{"handlabelled_fresh", "promise.follow_up", 0.83},     // measured 0.857
	{"handlabelled_fresh", "promise.refund", 0.90},        // measured 0.921
	{"handlabelled_fresh", "promise.replacement", 0.88},   // measured 0.900
	{"handlabelled_fresh", "promise.visit", 0.84},         // measured 0.870
	{"handlabelled_fresh", "escalation.cancel", 0.64},     // measured 0.667
	{"handlabelled_fresh", "escalation.complaint", 0.91},  // measured 0.930
	{"handlabelled_fresh", "escalation.legal", 0.82},      // measured 0.849
	{"handlabelled_fresh", "escalation.public", 0.75},     // measured 0.779
	{"handlabelled_fresh", "escalation.supervisor", 0.85}, // measured 0.872
	{"handlabelled_fresh", "sentiment.accuracy", 0.68},    // measured 0.706
	{"handlabelled_fresh", "sentiment.macro_f1", 0.59},    // measured 0.619
	// Set 2 was written blind and held out through round 2; round 3
	// opened it for tuning (its misses were read and covered by families
	// of wordings, pinned in enrich's detect_cases_r3_test.go), so these
	// floors now only catch regressions, like set 1's.
	{"handlabelled_2", "handoff", 0.90},               // measured 0.908
	{"handlabelled_2", "cross_company_handoff", 0.90}, // measured 0.930
	{"handlabelled_2", "transfer_loop", 0.87},         // measured 0.899
	{"handlabelled_2", "dead_end", 0.87},              // measured 0.893
	{"handlabelled_2", "policy_wall", 0.85},           // measured 0.874
	{"handlabelled_2", "repeated_claim", 0.90},        // measured 0.909
	{"handlabelled_2", "promise", 0.87},               // measured 0.894
	{"handlabelled_2", "broken_promise_claim", 0.90},  // measured 0.901
	{"handlabelled_2", "escalation", 0.90},            // measured 0.927
	{"handlabelled_2", "public_threat", 0.90},         // measured 0.986
	{"handlabelled_2", "stock_reply", 0.90},           // measured 0.986
	{"handlabelled_2", "complaint", 0.75},             // measured 0.775
	{"handlabelled_2", "pii", 0.90},                   // measured 0.984
	{"handlabelled_2", "promise.callback", 0.90},      // measured 0.927
	{"handlabelled_2", "promise.follow_up", 0.79},     // measured 0.811
	{"handlabelled_2", "promise.refund", 0.82},        // measured 0.847
	{"handlabelled_2", "promise.replacement", 0.86},   // measured 0.889
	{"handlabelled_2", "promise.visit", 0.93},         // measured 0.952
	{"handlabelled_2", "escalation.cancel", 0.74},     // measured 0.765
	{"handlabelled_2", "escalation.complaint", 0.84},  // measured 0.870
	{"handlabelled_2", "escalation.legal", 0.86},      // measured 0.889
	{"handlabelled_2", "escalation.public", 0.96},     // measured 0.986
	{"handlabelled_2", "escalation.supervisor", 0.83}, // measured 0.857
	{"handlabelled_2", "sentiment.accuracy", 0.68},    // measured 0.702
	{"handlabelled_2", "sentiment.macro_f1", 0.67},    // measured 0.699
	// Set 4 (testdata/handlabelled-4.jsonl) was written blind as tuning data
	// for round 4 and tuned on in this round: like set 2, its floors only
	// catch regressions.
	{"handlabelled_4", "handoff", 0.90},               // measured 0.946
	{"handlabelled_4", "cross_company_handoff", 0.90}, // measured 0.923
	{"handlabelled_4", "transfer_loop", 0.90},         // measured 0.906
	{"handlabelled_4", "dead_end", 0.90},              // measured 0.901
	{"handlabelled_4", "policy_wall", 0.85},           // measured 0.873
	{"handlabelled_4", "repeated_claim", 0.90},        // measured 0.913
	{"handlabelled_4", "promise", 0.83},               // measured 0.853
	{"handlabelled_4", "broken_promise_claim", 0.90},  // measured 0.913
	{"handlabelled_4", "escalation", 0.90},            // measured 0.927
	{"handlabelled_4", "public_threat", 0.90},         // measured 0.930
	{"handlabelled_4", "stock_reply", 0.90},           // measured 0.925
	{"handlabelled_4", "complaint", 0.85},             // measured 0.879
	{"handlabelled_4", "pii", 0.90},                   // measured 0.950
	{"handlabelled_4", "promise.callback", 0.95},      // measured 0.976
	{"handlabelled_4", "promise.follow_up", 0.81},     // measured 0.838
	{"handlabelled_4", "promise.refund", 0.73},        // measured 0.750
	{"handlabelled_4", "promise.replacement", 0.82},   // measured 0.844
	{"handlabelled_4", "promise.visit", 0.73},         // measured 0.758
	{"handlabelled_4", "escalation.cancel", 0.84},     // measured 0.868
	{"handlabelled_4", "escalation.complaint", 0.92},  // measured 0.944
	{"handlabelled_4", "escalation.legal", 0.88},      // measured 0.903
	{"handlabelled_4", "escalation.public", 0.90},     // measured 0.930
	{"handlabelled_4", "escalation.supervisor", 0.84}, // measured 0.867
	{"handlabelled_4", "sentiment.accuracy", 0.60},    // measured 0.625
	{"handlabelled_4", "sentiment.macro_f1", 0.51},    // measured 0.535
}

// floorFor is the floor a measured figure would be pinned at.
func floorFor(set, metric string, measured float64) float64 {
	margin := marginGenerated
	switch set {
	case SetHandLabelled, SetHandLabelled2, SetHandLabelled4, SetHandLabelledFresh:
		if !strings.HasPrefix(metric, "sentiment.") && !strings.Contains(metric, ".") && measured >= handLabelledTarget {
			return handLabelledTarget
		}
		margin = marginHandLabelled
	case SetABCD:
		margin = marginABCD
	}
	return max(0, math.Floor((measured-margin)*100+1e-9)/100)
}

// figures flattens a set into metric -> figure (F1, or sentiment accuracy
// and macro-F1). Metrics without support and without false positives say
// nothing and are left out.
func figures(s *Set) map[string]float64 {
	out := make(map[string]float64)
	for name, m := range s.Metrics {
		if m.Support == 0 && m.FP == 0 {
			continue
		}
		out[name] = m.F1
	}
	if s.Sentiment != nil {
		out["sentiment.accuracy"] = s.Sentiment.Accuracy
		out["sentiment.macro_f1"] = s.Sentiment.MacroF1
	}
	return out
}

func TestPinnedFigures(t *testing.T) {
	if testing.Short() {
		t.Skip("scores 20,000 generated interactions: skipped with -short")
	}
	cfg := enrich.DefaultConfig()
	sets := map[string]*Set{}

	gen, err := Generated(context.Background(), DefaultGenerated, DefaultSeed, cfg, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	sets[SetGenerated] = gen

	hlPath := filepath.Join("..", DefaultHandLabelled)
	items, err := LoadHandLabelled(hlPath)
	if err != nil {
		t.Fatalf("the hand-labelled set is part of the repository: %v", err)
	}
	if len(items) < 400 {
		t.Errorf("the hand-labelled set has %d items, the issue asks for at least 400", len(items))
	}
	hl, err := HandLabelled(items, cfg)
	if err != nil {
		t.Fatal(err)
	}
	sets[SetHandLabelled] = hl

	items2, err := LoadHandLabelled(filepath.Join("..", DefaultHandLabelled2))
	if err != nil {
		t.Fatalf("the second hand-labelled set is part of the repository: %v", err)
	}
	if sets[SetHandLabelled2], err = HandLabelled2(items2, cfg); err != nil {
		t.Fatal(err)
	}

	if items, err := LoadHandLabelled(filepath.Join("..", DefaultHandLabelled4)); err == nil {
		if sets[SetHandLabelled4], err = HandLabelled4(items, cfg); err != nil {
			t.Fatal(err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}

	// The fresh set is pinned too, once it exists: nobody tunes on it, so
	// its floors only catch regressions.
	if items, err := LoadHandLabelled(filepath.Join("..", DefaultHandLabelledFresh)); err == nil {
		fresh, err := HandLabelledFresh(items, cfg)
		if err != nil {
			t.Fatal(err)
		}
		sets[SetHandLabelledFresh] = fresh
	} else if !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}

	if _, err := os.Stat(filepath.Join(sharedData, ABCDSample)); err == nil {
		s, err := ABCD(filepath.Join(sharedData, ABCDSample), cfg)
		if err != nil {
			t.Fatal(err)
		}
		sets[SetABCD] = s
	} else {
		t.Logf("abcd figures not checked: %s is absent", filepath.Join(sharedData, ABCDSample))
	}

	measured := map[string]map[string]float64{}
	for name, s := range sets {
		measured[name] = figures(s)
	}
	checked := map[[2]string]bool{}
	for _, p := range pinned {
		m, ok := measured[p.set]
		if !ok {
			continue // a real-data set that is absent here
		}
		checked[[2]string{p.set, p.metric}] = true
		got, ok := m[p.metric]
		switch {
		case !ok:
			t.Errorf("%s %s: pinned at %.2f but no longer measured (no support, or the metric is gone)", p.set, p.metric, p.floor)
		case got < p.floor:
			t.Errorf("%s %s = %.3f, below its pinned floor %.2f", p.set, p.metric, got, p.floor)
		}
	}

	// The hand-labelled target, detector by detector: logged, for the
	// record; the pins above hold each figure.
	for _, set := range []string{SetHandLabelled, SetHandLabelled2, SetHandLabelled4, SetHandLabelledFresh} {
		if _, ok := measured[set]; !ok {
			continue
		}
		for _, d := range Detectors {
			got, ok := measured[set][d]
			if !ok {
				t.Errorf("%s %s: no items labelled positive, the detector is not measured", set, d)
				continue
			}
			verdict := "meets"
			if got < handLabelledTarget {
				verdict = "BELOW"
			}
			t.Logf("%-18s %-22s F1 %.3f %s the %.2f target", set, d, got, verdict, handLabelledTarget)
		}
	}

	// The table as it would be pinned now, for updating `pinned`.
	var rows []string
	for _, set := range SetNames {
		s, ok := sets[set]
		if !ok {
			continue
		}
		for _, metric := range append(s.MetricNames(), "sentiment.accuracy", "sentiment.macro_f1") {
			got, ok := measured[set][metric]
			if !ok {
				continue
			}
			floor := floorFor(set, metric, got)
			if floor == 0 {
				continue // nothing to hold: a row would never fail
			}
			if !checked[[2]string{set, metric}] {
				t.Errorf("%s %s = %.3f is measured but not pinned: add its row to pinned", set, metric, got)
			}
			rows = append(rows, fmt.Sprintf("\t{%q, %q, %.2f}, // measured %.3f", set, metric, floor, got))
		}
	}
	t.Logf("measured figures as pinned rows:\n%s", strings.Join(rows, "\n"))
}
