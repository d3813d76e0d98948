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
