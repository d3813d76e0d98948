package queries_test

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/runaroundhq/runaround/queries"
	"github.com/runaroundhq/runaround/sink"
)

// liveAddr is the ClickHouse the live test uses: RUNAROUND_CLICKHOUSE_ADDR,
// else 127.0.0.1:$RUNAROUND_CH_PORT (9000), as `make up` starts it.
func liveAddr() string {
	if a := os.Getenv("RUNAROUND_CLICKHOUSE_ADDR"); a != "" {
		return a
	}
	port := os.Getenv("RUNAROUND_CH_PORT")
	if port == "" {
		port = "9000"
	}
	return "127.0.0.1:" + port
}

// queryRows runs sql and returns its rows keyed by column name, scanning each
// column into the Go type clickhouse-go reports for it.
func queryRows(ctx context.Context, conn driver.Conn, sql string) (result, error) {
	rows, err := conn.Query(ctx, sql)
	if err != nil {
		return result{}, err
	}
	defer rows.Close()
	var r result
	r.columns = rows.Columns()
	types := rows.ColumnTypes()
	for rows.Next() {
		dest := make([]any, len(types))
		for i, ct := range types {
			dest[i] = reflect.New(ct.ScanType()).Interface()
		}
		if err := rows.Scan(dest...); err != nil {
			return r, err
		}
		row := map[string]any{}
		for i, name := range r.columns {
			row[name] = reflect.ValueOf(dest[i]).Elem().Interface()
		}
		r.rows = append(r.rows, row)
	}
	return r, rows.Err()
}

func TestLiveClickHouse(t *testing.T) {
	if os.Getenv("RUNAROUND_SKIP_LIVE") == "1" {
		t.Skip("RUNAROUND_SKIP_LIVE=1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	defer cancel()

	cfg := sink.DefaultConfig()
	cfg.Addr = []string{liveAddr()}
	cfg.Database = fmt.Sprintf("runaround_qtest_%d", os.Getpid())
	cfg.DialTimeout = 3 * time.Second
	client, err := sink.Dial(ctx, cfg)
	if err != nil {
		t.Fatalf("ClickHouse is not reachable at %s: run `make up` first (or set RUNAROUND_SKIP_LIVE=1 to skip this test): %v", cfg.Addr[0], err)
	}
	conn := client.Conn()
	db := cfg.Database
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+db); err != nil {
			t.Errorf("cannot drop %s: %v", db, err)
		}
		client.Close()
	})
	t.Logf("ClickHouse %s at %s (%s dialect), database %s", client.ServerVersion(), cfg.Addr[0], client.Dialect(), db)

	migCtx, migCancel := context.WithTimeout(ctx, 8*time.Second)
	mig, err := sink.Migrate(migCtx, client)
	migCancel()
	if err != nil || mig.To != sink.SchemaVersion {
		// Go on when the table exists, so that the queries are still checked.
		t.Errorf("sink.Migrate on ClickHouse %s: reached version %d of %d: %v", client.ServerVersion(), mig.To, sink.SchemaVersion, err)
		var exists uint8
		if err := conn.QueryRow(ctx, fmt.Sprintf("EXISTS TABLE %s.interactions", db)).Scan(&exists); err != nil || exists != 1 {
			t.Fatalf("no table %s.interactions after the failed migration: %v", db, err)
		}
	}
	// Keep the replayed copies apart until the queries ran, so that they are
	// tested against duplicates and not against a merged table.
	stopped := conn.Exec(ctx, fmt.Sprintf("SYSTEM STOP MERGES %s.interactions", db)) == nil
	if !stopped {
		t.Log("SYSTEM STOP MERGES refused: duplicates may merge before the queries run")
	}

	rb := sink.NewRecordBuilder(nil)
	defer rb.Release()
	w := sink.NewWriter(client)
	written := 0
	for _, b := range fixtureBatches() {
		rec := rb.Build(b)
		err := w.Write(ctx, rec)
		written += int(rec.NumRows())
		rec.Release()
		if err != nil {
			t.Fatalf("write: %v", err)
		}
	}
	var stored, distinct, maxFP uint64
	if err := conn.QueryRow(ctx, fmt.Sprintf("SELECT count(), uniqExact(id), max(reply_fingerprint) FROM %s.interactions", db)).Scan(&stored, &distinct, &maxFP); err != nil {
		t.Fatal(err)
	}
	if int(distinct) != len(fixture()) || maxFP != fpBig {
		t.Fatalf("stored %d distinct ids, max fingerprint %d; want %d and %d", distinct, maxFP, len(fixture()), fpBig)
	}
	if stopped && int(stored) != written {
		t.Fatalf("stored %d rows, wrote %d: the replayed copies should still be there", stored, written)
	}

	// The typed summary.
	rep, err := queries.Summary(ctx, conn, db)
	if err != nil {
		t.Fatal(err)
	}
	want := expectedSummary()
	if len(rep.Rows) != len(want) {
		t.Errorf("summary has %d rows, want %d", len(rep.Rows), len(want))
	}
	for _, r := range rep.Rows {
		if r != want[r.Channel] {
			t.Errorf("summary %+v, want %+v", r, want[r.Channel])
		}
	}
	if rep.Total.Interactions != uint64(len(fixture())) || rep.Total.Channel != "total" {
		t.Errorf("total = %+v, want %d interactions", rep.Total, len(fixture()))
	}
	if _, err := queries.Summary(ctx, conn, "no such db"); err == nil {
		t.Error("Summary accepted a database name that is not an identifier")
	}

	// Every query.
	res := map[string]result{}
	for _, q := range queries.All() {
		sql, err := q.For(db)
		if err != nil {
			t.Fatal(err)
		}
		r, err := queryRows(ctx, conn, sql)
		if err != nil {
			t.Errorf("query %s failed on ClickHouse %s: %v", q.Name, client.ServerVersion(), err)
			continue
		}
		res[q.Name] = r
	}
	checkResults(t, "clickhouse-"+client.ServerVersion(), res)

	// Every dashboard panel.
	for _, pq := range dashboardSQL(t, db) {
		r, err := queryRows(ctx, conn, pq.sql)
		if err != nil {
			t.Errorf("panel %s failed on ClickHouse %s: %v\n%s", pq.name, client.ServerVersion(), err, pq.sql)
			continue
		}
		if len(r.rows) == 0 {
			t.Errorf("panel %s returned no rows for the fixture", pq.name)
		}
	}
}
