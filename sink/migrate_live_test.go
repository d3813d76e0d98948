package sink

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// Against the live server (ClickHouse 18.16 here): migrate is idempotent and
// refuses a schema newer than it knows.
func TestMigrateLive(t *testing.T) {
	if os.Getenv("RUNAROUND_SKIP_LIVE") == "1" {
		t.Skip("RUNAROUND_SKIP_LIVE=1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := DefaultConfig()
	cfg.Database = fmt.Sprintf("runaround_migtest_%d", os.Getpid())
	c, err := Dial(ctx, cfg)
	if err != nil {
		t.Fatalf("%v (run `make up`; make test does it for you)", err)
	}
	defer c.Close()
	defer c.Conn().Exec(context.Background(), "DROP DATABASE IF EXISTS "+cfg.Database)

	first, err := Migrate(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if first.From != 0 || first.To != SchemaVersion || len(first.Applied) != SchemaVersion {
		t.Fatalf("first migrate: %+v", first)
	}
	second, err := Migrate(ctx, c)
	if err != nil || second.From != SchemaVersion || len(second.Applied) != 0 {
		t.Fatalf("second migrate: %+v, %v; want nothing to do", second, err)
	}
	var rows uint64
	if err := c.Conn().QueryRow(ctx, "SELECT count() FROM "+cfg.Database+".schema_migrations").Scan(&rows); err != nil || rows != uint64(SchemaVersion) {
		t.Fatalf("schema_migrations holds %d rows (%v), want %d", rows, err, SchemaVersion)
	}
	var dialect string
	if err := c.Conn().QueryRow(ctx, "SELECT any(dialect) FROM "+cfg.Database+".schema_migrations").Scan(&dialect); err != nil || dialect != c.Dialect().String() {
		t.Fatalf("recorded dialect %q (%v), want %q for ClickHouse %s", dialect, err, c.Dialect(), c.ServerVersion())
	}

	// A newer binary migrated this database: this one must not touch it.
	if err := c.recordMigration(ctx, migration{version: SchemaVersion + 1, name: "from the future"}, c.Dialect()); err != nil {
		t.Fatal(err)
	}
	_, err = Migrate(ctx, c)
	if err == nil || !strings.Contains(err.Error(), "upgrade runaround") {
		t.Fatalf("migrate on a newer schema = %v, want a refusal telling to upgrade", err)
	}

	if c.Dialect() == Legacy {
		cfg2 := cfg
		cfg2.RetentionDays = 30
		c2, err := Dial(ctx, cfg2)
		if err != nil {
			t.Fatal(err)
		}
		defer c2.Close()
		if _, err := Migrate(ctx, c2); err == nil || !strings.Contains(err.Error(), "no TTL") {
			t.Fatalf("retention on a legacy server = %v, want a refusal", err)
		}
	}
}

// A database migrated by a schema-1 build (before the enrichment columns)
// is upgraded in place: the missing columns are added in the documented
// order, the old rows read the new columns' defaults, and a record of the
// current schema inserts and reads back, NULL due times included.
func TestUpgradeFromV1Live(t *testing.T) {
	if os.Getenv("RUNAROUND_SKIP_LIVE") == "1" {
		t.Skip("RUNAROUND_SKIP_LIVE=1")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := DefaultConfig()
	cfg.Database = fmt.Sprintf("runaround_upgtest_%d", os.Getpid())
	c, err := Dial(ctx, cfg)
	if err != nil {
		t.Fatalf("%v (run `make up`; make test does it for you)", err)
	}
	defer c.Close()
	defer c.Conn().Exec(context.Background(), "DROP DATABASE IF EXISTS "+cfg.Database)

	// Build the schema-1 database by hand: the v1 columns only.
	o := TableOptions{Database: cfg.Database}
	var v1 []string
	for _, col := range InteractionColumns {
		if col.Since() == 1 {
			t := col.Type.Legacy
			if c.Dialect() == Modern {
				t = col.Type.Modern
			}
			v1 = append(v1, col.Name+" "+t)
		}
	}
	if len(v1) == len(InteractionColumns) {
		t.Fatal("no column is newer than schema 1: the test tests nothing")
	}
	for _, stmt := range []string{
		"CREATE DATABASE IF NOT EXISTS " + quoteIdent(o.Database),
		migrationsTableDDL(o.Database),
		fmt.Sprintf("CREATE TABLE %s.interactions (%s) ENGINE = ReplacingMergeTree() PARTITION BY toYYYYMM(started_at) ORDER BY (channel, org, started_at, id)", quoteIdent(o.Database), strings.Join(v1, ", ")),
		fmt.Sprintf("INSERT INTO %s.interactions (id, started_at) SELECT 'old-row', toDateTime('2026-01-02 03:04:05')", quoteIdent(o.Database)),
	} {
		if err := c.Conn().Exec(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	if err := c.recordMigration(ctx, migrations[0], c.Dialect()); err != nil {
		t.Fatal(err)
	}

	res, err := Migrate(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if res.From != 1 || res.To != SchemaVersion {
		t.Fatalf("upgrade: %+v, want 1 → %d", res, SchemaVersion)
	}
	rows, err := c.Conn().Query(ctx, "SELECT name FROM system.columns WHERE database = ? AND table = 'interactions'", cfg.Database)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		got = append(got, n)
	}
	rows.Close()
	var want []string
	for _, col := range InteractionColumns {
		want = append(want, col.Name)
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("columns after upgrade:\n got %v\nwant %v", got, want)
	}
	var vader float32
	var due *time.Time
	var nTurns uint64
	if err := c.Conn().QueryRow(ctx, "SELECT sentiment_vader, promise_due_at, length(turn_sentiments) FROM "+cfg.Database+".interactions WHERE id = 'old-row'").Scan(&vader, &due, &nTurns); err != nil {
		t.Fatal(err)
	}
	if vader != 0 || due != nil || nTurns != 0 {
		t.Fatalf("old row reads sentiment_vader %v, promise_due_at %v, %d turn sentiments; want defaults", vader, due, nTurns)
	}
}
