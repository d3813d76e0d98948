package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runaroundhq/runaround/transcript"
)

// runCLI runs the command in-process, as the binary would with args and
// stdin; err is what main would print before exiting with 1.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetIn(strings.NewReader(stdin))
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err = root.ExecuteContext(context.Background())
	return out.String(), errb.String(), err
}

// objects decodes JSON lines, keeping each object's key order.
func objects(t *testing.T, s string) ([]map[string]any, [][]string) {
	t.Helper()
	var objs []map[string]any
	var orders [][]string
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("output line is not a JSON object: %v\n%s", err, line)
		}
		objs = append(objs, m)
		dec := json.NewDecoder(strings.NewReader(line))
		var keys []string
		depth := 0
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			switch v := tok.(type) {
			case json.Delim: // only the object's own braces: values are skipped whole
				if v == '{' {
					depth++
				} else {
					depth--
				}
			case string: // at depth 1 every string token is a key: values are skipped whole
				keys = append(keys, v)
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					t.Fatal(err)
				}
			}
		}
		orders = append(orders, keys)
	}
	return objs, orders
}

func wireLine(t *testing.T, in transcript.Interaction) string {
	t.Helper()
	b, err := transcript.Encode(nil, &in)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEnrichCmdWire(t *testing.T) {
	t0 := time.Date(2026, 11, 6, 9, 0, 0, 0, time.UTC)
	pii := transcript.Interaction{ID: "pii-1", Channel: transcript.ChannelChat, StartedAt: t0, Turns: []transcript.Turn{
		{Speaker: transcript.SpeakerCustomer, Text: "My email is jane.doe@example.com and my card is 4111 1111 1111 1111."},
		{Speaker: transcript.SpeakerAgent, Text: "Thanks Jane, I'll call you back within 48 hours."},
	}}
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 7})
	lines := []string{wireLine(t, pii)}
	ids := []string{"pii-1"}
	for range 3 {
		in := g.Next()
		lines = append(lines, wireLine(t, in))
		ids = append(ids, in.ID)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"enrich", file}, {"enrich", "-"}, {"enrich"}} {
		stdin := ""
		if len(args) == 1 || args[1] == "-" {
			stdin = strings.Join(lines, "\n") // no final newline: the last line still counts
		}
		out, errOut, err := runCLI(t, stdin, args...)
		if err != nil || errOut != "" {
			t.Fatalf("%v: err %v, stderr %q", args, err, errOut)
		}
		objs, orders := objects(t, out)
		if len(objs) != len(ids) {
			t.Fatalf("%v: %d objects for %d interactions", args, len(objs), len(ids))
		}
		wantKeys := []string{"id"}
		for _, f := range enrichFields {
			wantKeys = append(wantKeys, f.name)
		}
		for i, o := range objs {
			if o["id"] != ids[i] {
				t.Errorf("object %d has id %v, want %s (input order)", i, o["id"], ids[i])
			}
			if strings.Join(orders[i], ",") != strings.Join(wantKeys, ",") {
				t.Errorf("object %d keys = %v\nwant %v", i, orders[i], wantKeys)
			}
		}
		o := objs[0]
		turns := o["turns"].([]any)
		first := turns[0].(map[string]any)
		text := first["text"].(string)
		if strings.Contains(text, "jane.doe@example.com") || strings.Contains(text, "4111") ||
			!strings.Contains(text, "[EMAIL]") || !strings.Contains(text, "[CARD]") || first["speaker"] != "customer" {
			t.Errorf("first turn = %v, want speaker customer and the e-mail and card redacted", first)
		}
		kinds, _ := json.Marshal(o["pii_kinds"])
		if !strings.Contains(string(kinds), `"email"`) || !strings.Contains(string(kinds), `"card"`) {
			t.Errorf("pii_kinds = %s, want email and card", kinds)
		}
		if _, ok := o["sentiment"].(float64); !ok {
			t.Errorf("sentiment = %v, want a number", o["sentiment"])
		}
		if due, ok := o["promise_due_at"].(string); ok {
			if _, err := time.Parse(time.RFC3339, due); err != nil {
				t.Errorf("promise_due_at = %q, not RFC 3339", due)
			}
		} else if o["promise_due_at"] != nil {
			t.Errorf("promise_due_at = %v, want an RFC 3339 string or null", o["promise_due_at"])
		}
		for _, k := range []string{"handoff_targets", "promise_kinds", "escalation_kinds", "topic_products", "pii_kinds"} {
			if _, ok := o[k].([]any); !ok {
				t.Errorf("%s = %v, want a list (never null)", k, o[k])
			}
		}
	}
}

func TestEnrichCmdText(t *testing.T) {
	out, errOut, err := runCLI(t, "Call me on (415) 555-0134 please\n\nI want to speak to a manager <3 & now\n", "enrich", "--text")
	if err != nil || errOut != "" {
		t.Fatalf("err %v, stderr %q", err, errOut)
	}
	objs, _ := objects(t, out)
	if len(objs) != 2 {
		t.Fatalf("%d objects for 2 non-empty lines:\n%s", len(objs), out)
	}
	if objs[0]["id"] != "line-1" || objs[1]["id"] != "line-3" {
		t.Errorf("ids %v, %v; want line-1, line-3 (line numbers)", objs[0]["id"], objs[1]["id"])
	}
	turn := objs[0]["turns"].([]any)[0].(map[string]any)
	if turn["speaker"] != "customer" || turn["text"] != "Call me on [PHONE] please" {
		t.Errorf("turn = %v, want the customer's text with the phone redacted", turn)
	}
	if !strings.Contains(out, `<3 & now`) {
		t.Errorf("text is HTML-escaped in the output:\n%s", out)
	}
}

// A malformed line is reported with its number on stderr and skipped; the
// others are enriched; the command fails at the end.
func TestEnrichCmdMalformed(t *testing.T) {
	g := transcript.NewGenerator(transcript.GeneratorConfig{Seed: 3})
	a, b := g.Next(), g.Next()
	in := strings.Join([]string{
		wireLine(t, a),
		`{"id": "broken", "channel": `,
		`{"channel": "chat", "started_at": "2026-11-06T09:00:00Z", "turns": []}`,
		wireLine(t, b),
	}, "\n") + "\n"
	out, errOut, err := runCLI(t, in, "enrich")
	if err == nil || !strings.Contains(err.Error(), "2 of 4 lines were malformed") {
		t.Errorf("err = %v, want a failure counting 2 of 4 malformed lines", err)
	}
	for _, want := range []string{"line 2: cannot decode interaction: malformed JSON", `line 3: cannot decode interaction: field "id" is missing`} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	objs, _ := objects(t, out)
	if len(objs) != 2 || objs[0]["id"] != a.ID || objs[1]["id"] != b.ID {
		t.Errorf("output = %d objects, want %s and %s:\n%s", len(objs), a.ID, b.ID, out)
	}
	if _, errOut, err := runCLI(t, "ok\n\xff\n", "enrich", "--text"); err == nil || !strings.Contains(errOut, "line 2: text is not valid UTF-8") {
		t.Errorf("--text with invalid UTF-8: err %v, stderr %q", err, errOut)
	}
	if _, _, err := runCLI(t, "", "enrich", filepath.Join(t.TempDir(), "absent.jsonl")); err == nil {
		t.Error("a missing file is not an error")
	}
}

func TestEvalCmd(t *testing.T) {
	fixture := filepath.Join("..", "..", "eval", "testdata", "handlabelled_fixture.jsonl")
	out, _, err := runCLI(t, "", "eval", "--json", "--generated", "200", "--handlabelled", fixture, "--data", "")
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Sets map[string]map[string]map[string]any `json:"sets"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out)
	}
	if len(r.Sets) != 2 || r.Sets["generated"] == nil || r.Sets["handlabelled"] == nil {
		t.Fatalf("sets = %v, want generated and handlabelled", r.Sets)
	}
	if _, ok := r.Sets["handlabelled"]["handoff"]["f1"].(float64); !ok {
		t.Errorf("handlabelled.handoff = %v, want an f1", r.Sets["handlabelled"]["handoff"])
	}
	md, _, err := runCLI(t, "", "eval", "--markdown", "--generated", "50", "--handlabelled", "", "--data", "")
	if err != nil || !strings.Contains(md, "| detector | precision | recall | F1 | support |") {
		t.Errorf("--markdown: err %v\n%s", err, md)
	}
	if _, _, err := runCLI(t, "", "eval", "--json", "--markdown"); err == nil {
		t.Error("--json --markdown together is not refused")
	}
}

func TestBenchEnrichCmdQuick(t *testing.T) {
	out, errOut, err := runCLI(t, "", "bench", "enrich", "--quick", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut, "bench: enriching chat-sized interactions") {
		t.Errorf("no progress on stderr: %q", errOut)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("--json output: %v\n%s", err, out)
	}
	for _, k := range []string{"mb_per_s_per_core_tweet", "mb_per_s_per_core_chat", "mb_per_s_per_core_call", "ratio_vs_govader_chat", "govader_mb_per_s_chat"} {
		if v, ok := r[k].(float64); !ok || !(v > 0) {
			t.Errorf("%s = %v, want a positive number", k, r[k])
		}
	}
	if v, ok := r["allocs_per_op_chat"].(float64); !ok || v != 0 {
		t.Errorf("allocs_per_op_chat = %v, want 0 (the hot loop must not allocate in steady state)", r["allocs_per_op_chat"])
	}
	if r["quick"] != true {
		t.Errorf("quick = %v", r["quick"])
	}
}
