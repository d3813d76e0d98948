package queries_test

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/runaroundhq/runaround/queries"
	"github.com/runaroundhq/runaround/sink"
)

var required = []string{"summary", "handoffs_by_org", "runaround_cases", "broken_promises", "escalations",
	"crisis_hourly", "stock_replies", "sentiment_trend"}

func TestAllAndGet(t *testing.T) {
	all := queries.All()
	var names []string
	for _, q := range all {
		names = append(names, q.Name)
		g, err := queries.Get(q.Name)
		if err != nil || g.SQL != q.SQL || g.Title == "" {
			t.Errorf("Get(%q) = %q, %v", q.Name, g.Title, err)
		}
	}
	if !sort.StringsAreSorted(names) {
		t.Errorf("All() is not sorted by name: %v", names)
	}
	for _, r := range required {
		if !slices.Contains(names, r) {
			t.Errorf("no query %q (have %v)", r, names)
		}
	}
	if _, err := queries.Get("nope"); err == nil || !strings.Contains(err.Error(), "summary") {
		t.Errorf("Get(nope) error = %v, want one listing the known queries", err)
	}
	all[0].Name = "changed"
	if queries.All()[0].Name == "changed" {
		t.Error("All() exposes the package's slice")
	}
}

func TestFor(t *testing.T) {
	q, _ := queries.Get("summary")
	sql, err := q.For("runaround_qtest_1")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(sql, "{db}") || !strings.Contains(sql, "FROM runaround_qtest_1.interactions") {
		t.Errorf("For did not substitute the database:\n%s", sql)
	}
	for _, bad := range []string{"", "a.b", "x`y", "1db", "db name", "db;DROP", "runaround\n", "{db}"} {
		if _, err := q.For(bad); err == nil {
			t.Errorf("For(%q) accepted", bad)
		}
	}
}

var (
	lineComment = regexp.MustCompile(`--[^\n]*`)
	stringLit   = regexp.MustCompile(`'(?:[^'\\]|\\.)*'`)
	identTok    = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)
)

// body is the SQL without comments and string literals.
func body(sql string) string {
	return stringLit.ReplaceAllString(lineComment.ReplaceAllString(sql, ""), "''")
}

// portabilityProblem reports SQL that one of the two ClickHouse generations
// rejects or that reads differently in them; "" when none is found.
func portabilityProblem(sql string) string {
	b := body(sql)
	// ARRAY JOIN is not a join; ANY/ALL joins with USING run on both
	// generations. Strip them before looking for the other kinds.
	b = regexp.MustCompile(`(?i)\barray\s+join\b`).ReplaceAllString(b, "ARRAY_JOIN")
	anyJoin := regexp.MustCompile(`(?i)\b(?:any|all)\s+(?:left\s+|inner\s+)?join\b`)
	if joins, usings := len(anyJoin.FindAllString(b, -1)), len(regexp.MustCompile(`(?i)\)\s+as\s+\w+\s+using\b`).FindAllString(b, -1)); usings < joins {
		return "every ANY/ALL JOIN needs an aliased subquery and USING: `(...) AS x USING key`"
	}
	b = anyJoin.ReplaceAllString(b, "ANY_JOIN")
	for _, p := range []struct{ re, why string }{
		{`(?i)\bover\s*\(`, "window functions need ClickHouse 21.3+"},
		{`(?i)\bfilter\s*\(\s*where`, "aggregate FILTER needs a current ClickHouse: use the -If combinator"},
		{`(?i)\bwith\s+\w+\s+as\s*\(`, "CTEs need ClickHouse 20.x+: use a subquery"},
		{`(?i)\btoStartOfInterval\b`, "toStartOfInterval is missing from ClickHouse 18.16 ($__timeInterval uses it)"},
		{`(?i)\bDateTime64\b|\b\w+64Milli\b|\bnow64\b`, "DateTime64 is missing from ClickHouse 18.16"},
		{`(?i)\bJSON\w*\(`, "JSON functions differ between generations; extra is a plain String"},
		{`(?i)\bLowCardinality\b`, "LowCardinality is modern-only"},
		{`(?i)\b(ilike|qualify)\b`, "ILIKE and QUALIFY are modern-only"},
		{`(?i)\b(?:(?:left|inner|right|full|cross|global|asof|semi|anti|outer)\s+)*join\b`, "a JOIN must be ANY/ALL [LEFT|INNER] JOIN ... USING, with aliased subqueries: the only form both 18.16 and current ClickHouse read the same (ARRAY JOIN is fine)"},
		{`(?i)::`, ":: casts are modern-only"},
		{`;`, "one statement, no semicolon"},
		{`\?`, "no '?': clickhouse-go treats it as a bind placeholder"},
	} {
		if regexp.MustCompile(p.re).MatchString(b) {
			return p.why + " (matched " + p.re + ")"
		}
	}
	return ""
}

func TestQueryFiles(t *testing.T) {
	columns := map[string]bool{}
	for _, c := range sink.InteractionColumns {
		columns[c.Name] = true
	}
	for _, q := range queries.All() {
		t.Run(q.Name, func(t *testing.T) {
			h := q.Header()
			for _, k := range []string{"title", "answers", "reads", "dedup"} {
				if h[k] == "" {
					t.Errorf("header has no %q line", k)
				}
			}
			if !strings.HasPrefix(q.SQL, "-- title:") {
				t.Errorf("the file must start with \"-- title:\"")
			}
			b := body(q.SQL)
			if !strings.Contains(b, "FROM {db}.interactions") {
				t.Errorf("the query does not read FROM {db}.interactions")
			}
			if msg := portabilityProblem(q.SQL); msg != "" {
				t.Error(msg)
			}
			// reads: exactly the table columns the SQL mentions.
			used := map[string]bool{}
			for _, tok := range identTok.FindAllString(b, -1) {
				if columns[tok] {
					used[tok] = true
				}
			}
			declared := map[string]bool{}
			for _, c := range q.Reads() {
				if !columns[c] {
					t.Errorf("reads: %q is not a column of interactions", c)
				}
				if !used[c] {
					t.Errorf("reads: %q is declared but not used", c)
				}
				declared[c] = true
			}
			for c := range used {
				if !declared[c] {
					t.Errorf("the SQL uses column %q, missing from the reads: line", c)
				}
			}
			// dedup: what the header says is what the SQL does.
			final := regexp.MustCompile(`\bFINAL\b`).MatchString(b)
			if final != strings.Contains(h["dedup"], "FINAL") {
				t.Errorf("dedup line %q but FINAL in SQL is %v", h["dedup"], final)
			}
			if !final {
				if !strings.Contains(h["dedup"], "uniqExact") {
					t.Errorf("dedup line %q names neither FINAL nor uniqExact", h["dedup"])
				}
				if m := regexp.MustCompile(`\b(count|countIf|sum|sumIf|avg|avgIf)\s*\(`).FindString(b); m != "" {
					t.Errorf("%s...) without FINAL counts a replayed row twice", m)
				}
			}
		})
	}
}

func TestSummaryFormat(t *testing.T) {
	r := queries.SummaryReport{Rows: []queries.SummaryRow{
		{Channel: "chat", Interactions: 4, Handoffs: 3, CrossCompany: 1, Escalations: 2, PublicThreats: 0, BrokenPromiseClaims: 1, DeadEnds: 1},
		{Channel: "social", Interactions: 1234567, Handoffs: 0, Escalations: 3, PublicThreats: 2},
	}}
	var buf bytes.Buffer
	r.Format(&buf)
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("want header, 2 rows, rule, total; got\n%s", buf.String())
	}
	if !strings.HasPrefix(lines[0], "channel ") || !strings.Contains(lines[0], "broken promises") {
		t.Errorf("header = %q", lines[0])
	}
	for i, l := range lines {
		if len(l) != len(lines[0]) {
			t.Errorf("line %d is %d wide, header %d: not aligned\n%s", i, len(l), len(lines[0]), buf.String())
		}
	}
	if f := strings.Fields(lines[4]); f[0] != "total" || f[1] != "1234571" || f[2] != "3" || f[7] != "1" {
		t.Errorf("total line = %q", lines[4])
	}
	if !strings.HasSuffix(lines[2], " 0") || !strings.HasPrefix(lines[2], "social ") {
		t.Errorf("row = %q: channel left, numbers right", lines[2])
	}

	buf.Reset()
	queries.SummaryReport{}.Format(&buf)
	if !strings.Contains(buf.String(), "no interactions") || !strings.Contains(buf.String(), "total") {
		t.Errorf("empty report:\n%s", buf.String())
	}
}
