package queries_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/runaroundhq/runaround/queries"
	"github.com/runaroundhq/runaround/sink"
)

type chdbResult struct {
	Columns []string         `json:"columns"`
	Rows    []map[string]any `json:"rows"`
	Error   string           `json:"error"`
}

// runCHDB runs the statements in one chDB session (testdata/chdb_run.py).
func runCHDB(t *testing.T, stmts []string) []chdbResult {
	t.Helper()
	in, err := json.Marshal(stmts)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", "testdata/chdb_run.py", t.TempDir())
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("testdata/chdb_run.py: %v\n%s", err, stderr.String())
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.UseNumber()
	var res []chdbResult
	if err := dec.Decode(&res); err != nil {
		t.Fatalf("testdata/chdb_run.py printed no JSON: %v\n%s", err, out)
	}
	if len(res) != len(stmts) {
		t.Fatalf("chdb_run.py answered %d of %d statements", len(res), len(stmts))
	}
	return res
}

func requireCHDB(t *testing.T) {
	t.Helper()
	if os.Getenv("RUNAROUND_SKIP_CHDB") == "1" {
		t.Skip("RUNAROUND_SKIP_CHDB=1")
	}
	if out, err := exec.Command("python3", "-c", "import chdb").CombinedOutput(); err != nil {
		t.Fatalf("python3 cannot import chdb (%v: %s): run `make deps`, which pip-installs it (or set RUNAROUND_SKIP_CHDB=1 to skip this test)", err, strings.TrimSpace(string(out)))
	}
}

// TestCHDB runs the DDL of both dialects, the fixture, every query and every
// dashboard panel on a current ClickHouse (chDB, in process).
func TestCHDB(t *testing.T) {
	requireCHDB(t)
	type step struct {
		what, sql string
		query     string // the query's name, when it is one
		rows      bool   // must return rows
	}
	var steps []step
	add := func(what string, sqls ...string) {
		for _, s := range sqls {
			steps = append(steps, step{what: what, sql: s})
		}
	}
	// The modern table (as a new install creates it) and the legacy one (as
	// an 18.16 server first migrated at schema 1 and upgraded since, then
	// the server upgraded): the queries must read both.
	dbs := []struct {
		name string
		d    sink.Dialect
		opts sink.TableOptions
	}{
		{"runaround", sink.Modern, sink.TableOptions{Database: "runaround", RetentionDays: 30}},
		{"runaround_legacy", sink.Legacy, sink.TableOptions{Database: "runaround_legacy"}},
	}
	for _, db := range dbs {
		if db.d == sink.Legacy {
			// As a server first migrated at schema 1 and upgraded since.
			stmts := sink.MigrationStatements(db.d, db.opts)
			stmts[len(stmts)-1] = sink.CreateInteractionsDDLAt(db.d, db.opts, 1)
			add(db.d.String()+" migration", stmts...)
			add(db.d.String()+" upgrade", sink.UpgradeStatements(db.d, db.opts, 1)...)
		} else {
			add(db.d.String()+" migration", sink.MigrationStatements(db.d, db.opts)...)
		}
		for i, b := range fixtureBatches() {
			add(fmt.Sprintf("%s insert %d", db.d, i+1), valuesInsert(t, db.d, db.name, b))
		}
		add(db.d.String()+" stored rows", fmt.Sprintf("SELECT count() AS stored, uniqExact(id) AS ids, max(reply_fingerprint) AS max_fp FROM %s.interactions", db.name))
		for _, q := range queries.All() {
			sql, err := q.For(db.name)
			if err != nil {
				t.Fatal(err)
			}
			steps = append(steps, step{what: db.d.String() + " query " + q.Name, sql: sql, query: q.Name})
		}
		for _, pq := range dashboardSQL(t, db.name) {
			steps = append(steps, step{what: db.d.String() + " panel " + pq.name, sql: pq.sql, rows: true})
		}
	}

	stmts := make([]string, len(steps))
	for i, s := range steps {
		stmts[i] = s.sql
	}
	res := runCHDB(t, stmts)

	byDialect := map[string]map[string]result{}
	for i, s := range steps {
		r := res[i]
		if r.Error != "" {
			t.Errorf("chDB: %s failed: %s\n%s", s.what, r.Error, s.sql)
			continue
		}
		if s.rows && len(r.Rows) == 0 {
			t.Errorf("chDB: %s returned no rows for the fixture", s.what)
		}
		dialect, _, _ := strings.Cut(s.what, " ")
		if strings.HasSuffix(s.what, "stored rows") && len(r.Rows) == 1 {
			row := r.Rows[0]
			if u64(t, row["ids"]) != uint64(len(fixture())) || u64(t, row["max_fp"]) != fpBig {
				t.Errorf("chDB %s: stored %v ids, max fingerprint %v; want %d and %d", dialect, row["ids"], row["max_fp"], len(fixture()), fpBig)
			}
		}
		if s.query != "" {
			if byDialect[dialect] == nil {
				byDialect[dialect] = map[string]result{}
			}
			byDialect[dialect][s.query] = result{columns: r.Columns, rows: r.Rows}
		}
	}
	for _, db := range dbs {
		checkResults(t, "chdb-"+db.d.String(), byDialect[db.d.String()])
	}
}
