package sink_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/runaroundhq/runaround/sink"
)

// columnDefs returns the "name type" lines of a CREATE TABLE, in order.
func columnDefs(t *testing.T, ddl string) [][2]string {
	t.Helper()
	open, end := strings.Index(ddl, "(\n"), strings.Index(ddl, "\n)\n")
	if open < 0 || end < open {
		t.Fatalf("no column list in\n%s", ddl)
	}
	var defs [][2]string
	for _, line := range strings.Split(ddl[open+2:end], "\n") {
		line = strings.TrimSuffix(strings.TrimSpace(line), ",")
		name, typ, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("bad column line %q", line)
		}
		defs = append(defs, [2]string{name, typ})
	}
	return defs
}

func TestCreateInteractionsDDL(t *testing.T) {
	for _, tc := range []struct {
		d         sink.Dialect
		retention int
	}{{sink.Legacy, 0}, {sink.Modern, 0}, {sink.Modern, 30}, {sink.Legacy, 30}} {
		ddl := sink.CreateInteractionsDDL(tc.d, sink.TableOptions{Database: "rt", RetentionDays: tc.retention})
		modern := tc.d == sink.Modern
		for _, kw := range []string{"DateTime64", "LowCardinality"} {
			if strings.Contains(ddl, kw) != modern {
				t.Errorf("%s DDL: contains %s = %v, want %v", tc.d, kw, !modern, modern)
			}
		}
		wantTTL := modern && tc.retention > 0
		if strings.Contains(ddl, "TTL") != wantTTL {
			t.Errorf("%s DDL, retention %d: TTL present = %v, want %v\n%s", tc.d, tc.retention, !wantTTL, wantTTL, ddl)
		}
		if wantTTL && !strings.Contains(ddl, "INTERVAL 30 DAY") {
			t.Errorf("%s DDL: TTL without the 30 days:\n%s", tc.d, ddl)
		}
		for _, want := range []string{"CREATE TABLE IF NOT EXISTS `rt`.interactions", "ENGINE = ReplacingMergeTree()",
			"PARTITION BY toYYYYMM(started_at)", "ORDER BY (channel, org, started_at, id)"} {
			if !strings.Contains(ddl, want) {
				t.Errorf("%s DDL lacks %q", tc.d, want)
			}
		}
		defs := columnDefs(t, ddl)
		if len(defs) != len(sink.InteractionColumns) {
			t.Fatalf("%s DDL has %d columns, want %d", tc.d, len(defs), len(sink.InteractionColumns))
		}
		seen := map[string]int{}
		for i, c := range sink.InteractionColumns {
			want := c.Type.Legacy
			if modern {
				want = c.Type.Modern
			}
			if defs[i] != [2]string{c.Name, want} {
				t.Errorf("%s DDL column %d = %v, want %s %s", tc.d, i, defs[i], c.Name, want)
			}
			seen[c.Name]++
			if n := len(regexp.MustCompile(`(?m)^    `+regexp.QuoteMeta(c.Name)+` `).FindAllString(ddl, -1)); n != 1 {
				t.Errorf("%s DDL defines %s %d times", tc.d, c.Name, n)
			}
		}
		for name, n := range seen {
			if n != 1 {
				t.Errorf("InteractionColumns lists %s %d times", name, n)
			}
		}
	}
	// Legacy types must be ones ClickHouse 18.16 has.
	for _, c := range sink.InteractionColumns {
		if strings.Contains(c.Type.Legacy, "64(") || strings.Contains(c.Type.Legacy, "LowCardinality") {
			t.Errorf("column %s: legacy type %s is not available on 18.16", c.Name, c.Type.Legacy)
		}
	}
}

func TestInsertColumnList(t *testing.T) {
	list := sink.InsertColumnList()
	if !strings.HasPrefix(list, "(") || !strings.HasSuffix(list, ")") {
		t.Fatalf("InsertColumnList() = %q, want (a, b, ...)", list)
	}
	names := strings.Split(strings.Trim(list, "()"), ", ")
	if len(names) != len(sink.InteractionColumns) || len(names) != len(sink.Schema.Fields()) {
		t.Fatalf("%d names, %d columns, %d Arrow fields", len(names), len(sink.InteractionColumns), len(sink.Schema.Fields()))
	}
	for i, n := range names {
		if n != sink.InteractionColumns[i].Name || n != sink.Schema.Field(i).Name {
			t.Errorf("position %d: insert list %q, column %q, Arrow field %q", i, n, sink.InteractionColumns[i].Name, sink.Schema.Field(i).Name)
		}
	}
}

func TestMigrationStatements(t *testing.T) {
	for _, d := range []sink.Dialect{sink.Legacy, sink.Modern} {
		o := sink.TableOptions{Database: "rt"}
		stmts := sink.MigrationStatements(d, o)
		if len(stmts) < 3 || !strings.HasPrefix(stmts[0], "CREATE DATABASE IF NOT EXISTS `rt`") ||
			!strings.Contains(stmts[1], "schema_migrations") || stmts[len(stmts)-1] != sink.CreateInteractionsDDL(d, o) {
			t.Errorf("%s: unexpected statements %q", d, stmts)
		}
		for _, s := range stmts {
			if !strings.Contains(s, "IF NOT EXISTS") {
				t.Errorf("%s: statement is not idempotent: %s", d, s)
			}
		}
	}
}
