package main

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/runaroundhq/runaround/enrich"
	"github.com/runaroundhq/runaround/transcript"
)

// storedEnrichment is one row's enrichment columns as ClickHouse returns them.
type storedEnrichment struct {
	id                                                               string
	turnTexts                                                        []string
	turnSentiments                                                   []float32
	sentiment, vader                                                 float32
	handoffs, warm, repeats                                          uint16
	targets, orgs, promises, escalations, pii, products, symptoms    []string
	cross, loop, dead, wall, broken, threat, stock, complaint, level uint8
	due                                                              *time.Time
	fingerprint                                                      uint64
}

// checkStoredEnrichment compares, for a sample of the interactions the
// pipeline stored, every enrichment column in ClickHouse with what the
// enrich package computes offline for the same interactions (regenerated
// from the same seed): the detectors are live in the pipeline, and nothing
// between the engine and the table (Pool merge, Arrow record, insert,
// legacy types) changes a value.
func checkStoredEnrichment(e *env, seed int64, n, sample int) {
	e.t.Helper()
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: seed})
	var want []transcript.Interaction
	for i := 0; i < n && len(want) < sample; i++ {
		in := g.Next()
		if i%(n/sample) == 0 {
			want = append(want, in)
		}
	}
	eng, err := enrich.New(enrich.DefaultConfig())
	if err != nil {
		e.t.Fatal(err)
	}
	var cols enrich.Columns
	eng.EnrichBatch(want, &cols)
	namer, err := enrich.NewOrgNamer(enrich.DefaultOrgNamerConfig())
	if err != nil {
		e.t.Fatal(err)
	}
	if err := namer.NameBatch(context.Background(), want, &cols); err != nil {
		e.t.Fatal(err)
	}

	ids := make([]string, len(want))
	for i := range want {
		ids[i] = "'" + want[i].ID + "'"
	}
	c := e.ch()
	if c == nil {
		e.t.Fatal("cannot reach ClickHouse")
	}
	defer c.Close()
	rows, err := c.Query(context.Background(), fmt.Sprintf(`SELECT id, turn_texts, turn_sentiments, sentiment, sentiment_vader,
		handoff_count, handoff_warm, repeated_claims, handoff_targets, handoff_orgs, promise_kinds, escalation_kinds, pii_kinds,
		topic_products, topic_symptoms, cross_company, transfer_loop, dead_end, policy_wall, broken_promise_claim,
		public_threat, stock_reply, complaint, escalation_level, promise_due_at, reply_fingerprint
		FROM %s.interactions FINAL WHERE id IN (%s)`, e.dbName, strings.Join(ids, ",")))
	if err != nil {
		e.t.Fatal(err)
	}
	defer rows.Close()
	got := map[string]storedEnrichment{}
	for rows.Next() {
		var s storedEnrichment
		if err := rows.Scan(&s.id, &s.turnTexts, &s.turnSentiments, &s.sentiment, &s.vader,
			&s.handoffs, &s.warm, &s.repeats, &s.targets, &s.orgs, &s.promises, &s.escalations, &s.pii,
			&s.products, &s.symptoms, &s.cross, &s.loop, &s.dead, &s.wall, &s.broken,
			&s.threat, &s.stock, &s.complaint, &s.level, &s.due, &s.fingerprint); err != nil {
			e.t.Fatal(err)
		}
		got[s.id] = s
	}
	if err := rows.Err(); err != nil {
		e.t.Fatal(err)
	}
	if len(got) != len(want) {
		e.t.Fatalf("found %d of the %d sampled interactions in ClickHouse", len(got), len(want))
	}

	b := func(v bool) uint8 {
		if v {
			return 1
		}
		return 0
	}
	var flagged, withDue, withTopics, withOrgs, orgMismatches int
	for i := range want {
		s := got[want[i].ID]
		var due *time.Time
		if d := cols.PromiseDueAt[i]; d != 0 {
			t := time.Unix(d, 0).UTC()
			due = &t
		}
		fields := []struct {
			name      string
			got, want any
		}{
			{"turn_texts", s.turnTexts, cols.TurnTexts.Row(i)},
			{"turn_sentiments", s.turnSentiments, cols.TurnSentiment[cols.TurnTexts.Offsets[i]:cols.TurnTexts.Offsets[i+1]]},
			{"sentiment", s.sentiment, cols.Sentiment[i]},
			{"sentiment_vader", s.vader, cols.SentimentVader[i]},
			{"handoff_count", s.handoffs, cols.HandoffCount[i]},
			{"handoff_warm", s.warm, cols.HandoffWarm[i]},
			{"repeated_claims", s.repeats, cols.RepeatedClaims[i]},
			{"handoff_targets", s.targets, cols.HandoffTargets.Row(i)},
			{"promise_kinds", s.promises, cols.PromiseKinds.Row(i)},
			{"escalation_kinds", s.escalations, cols.EscalationKinds.Row(i)},
			{"pii_kinds", s.pii, cols.PIIKinds.Row(i)},
			{"topic_products", s.products, cols.TopicProducts.Row(i)},
			{"topic_symptoms", s.symptoms, cols.TopicSymptoms.Row(i)},
			{"cross_company", s.cross, b(cols.CrossCompany[i])},
			{"transfer_loop", s.loop, b(cols.TransferLoop[i])},
			{"dead_end", s.dead, b(cols.DeadEnd[i])},
			{"policy_wall", s.wall, b(cols.PolicyWall[i])},
			{"broken_promise_claim", s.broken, b(cols.BrokenPromiseClaim[i])},
			{"public_threat", s.threat, b(cols.PublicThreat[i])},
			{"stock_reply", s.stock, b(cols.StockReply[i])},
			{"complaint", s.complaint, b(cols.Complaint[i])},
			{"escalation_level", s.level, cols.EscalationLevel[i]},
			{"reply_fingerprint", s.fingerprint, cols.ReplyFingerprint[i]},
		}
		for _, f := range fields {
			if !equalValue(f.got, f.want) {
				e.t.Errorf("%s %s: ClickHouse has %v, offline enrichment gives %v", want[i].ID, f.name, f.got, f.want)
			}
		}
		if (s.due == nil) != (due == nil) || s.due != nil && !s.due.Equal(*due) {
			e.t.Errorf("%s promise_due_at: ClickHouse has %v, offline enrichment gives %v", want[i].ID, s.due, due)
		}
		// prose's tagger may break ties differently from run to run
		// (enrich/orgs.go), so organisation names are compared as a share.
		if !slices.Equal(s.orgs, cols.HandoffOrgs.Row(i)) {
			orgMismatches++
		}
		if cols.HandoffCount[i] > 0 || cols.CrossCompany[i] || len(cols.PromiseKinds.Row(i)) > 0 || len(cols.EscalationKinds.Row(i)) > 0 {
			flagged++
		}
		if due != nil {
			withDue++
		}
		if len(s.products) > 0 {
			withTopics++
		}
		if len(s.orgs) > 0 {
			withOrgs++
		}
	}
	e.t.Logf("enrichment columns: %d sampled rows equal to offline enrichment; %d flagged, %d with a promise due time, %d with topics, %d with named organisations (%d differ)",
		len(want), flagged, withDue, withTopics, withOrgs, orgMismatches)
	if flagged == 0 || withDue == 0 || withTopics == 0 || withOrgs == 0 {
		e.t.Errorf("the sample exercises too little: %d flagged, %d due times, %d topics, %d orgs", flagged, withDue, withTopics, withOrgs)
	}
	if orgMismatches > len(want)/50 {
		e.t.Errorf("%d of %d rows name other organisations than offline enrichment", orgMismatches, len(want))
	}
}

// equalValue compares a scanned column with the engine's value: slices
// element-wise (nil equals empty), float32 exactly (the same bits went
// through Arrow and the native protocol).
func equalValue(got, want any) bool {
	switch g := got.(type) {
	case []string:
		return slices.Equal(g, want.([]string))
	case []float32:
		w := want.([]float32)
		if len(g) != len(w) {
			return false
		}
		for i := range g {
			if math.Float32bits(g[i]) != math.Float32bits(w[i]) {
				return false
			}
		}
		return true
	case float32:
		return math.Float32bits(g) == math.Float32bits(want.(float32))
	}
	return got == want
}
