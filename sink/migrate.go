package sink

import (
	"context"
	"fmt"
	"time"
)

// A migration moves the schema up one version. So far every migration only
// adds columns, which makes the schema declarative: Migrate creates the
// table with every column of InteractionColumns when it is missing, and
// adds whichever columns an existing table lacks (ClickHouse 18.16 has no
// ADD COLUMN IF NOT EXISTS, so Migrate asks system.columns). Interrupted
// half-way, it is simply run again. A future change that is not additive
// (a type change, a new key) gets explicit statements here.
type migration struct {
	version    int
	name       string
	addColumns []string // columns of InteractionColumns this version added
}

// migrations is the schema's history; append, never edit a released entry.
var migrations = []migration{
	{version: 1, name: "interactions table"},
	{version: 2, name: "enrichment: vader score, turn sentiments, warm handoffs, orgs, policy walls, promise due, topics",
		addColumns: []string{"turn_sentiments", "sentiment_vader", "handoff_warm", "handoff_orgs", "policy_wall",
			"promise_due_at", "topic_products", "topic_symptoms"}},
}

// SchemaVersion is the newest schema this build knows.
var SchemaVersion = migrations[len(migrations)-1].version

// MigrationResult says what Migrate did.
type MigrationResult struct {
	Dialect Dialect
	From    int // version found (0: empty database)
	To      int
	Applied []string // names of the migrations run
}

func migrationsTableDDL(db string) string {
	// TinyLog: a handful of rows, written by one migrator at a time, readable
	// by every ClickHouse generation.
	return fmt.Sprintf("CREATE TABLE IF NOT EXISTS %s.schema_migrations (version UInt32, name String, dialect String, applied_at DateTime) ENGINE = TinyLog", quoteIdent(db))
}

// MigrationStatements is every statement Migrate would run on an empty
// database, in order (for `migrate --print` and the chDB test).
func MigrationStatements(d Dialect, o TableOptions) []string {
	stmts := []string{
		fmt.Sprintf("CREATE DATABASE IF NOT EXISTS %s", quoteIdent(o.Database)),
		migrationsTableDDL(o.Database),
	}
	return append(stmts, CreateInteractionsDDL(d, o))
}

// UpgradeStatements are the ALTERs that bring a table at schema version from
// up to SchemaVersion, assuming it has exactly the columns of that version
// (for `migrate --print --from` and the chDB test).
func UpgradeStatements(d Dialect, o TableOptions, from int) []string {
	have := map[string]bool{}
	for _, c := range InteractionColumns {
		if c.Since() <= from {
			have[c.Name] = true
		}
	}
	return addColumnStatements(d, o, have)
}

// addColumnStatements returns one ALTER TABLE per column of
// InteractionColumns missing from have, placed after its predecessor so the
// table reads in the documented order.
func addColumnStatements(d Dialect, o TableOptions, have map[string]bool) []string {
	var stmts []string
	prev := ""
	for _, c := range InteractionColumns {
		if !have[c.Name] {
			t := c.Type.Legacy
			if d == Modern {
				t = c.Type.Modern
			}
			after := ""
			if prev != "" {
				after = " AFTER " + prev
			}
			stmts = append(stmts, fmt.Sprintf("ALTER TABLE %s.interactions ADD COLUMN %s %s%s", quoteIdent(o.Database), c.Name, t, after))
		}
		prev = c.Name
	}
	return stmts
}

// Migrate creates or upgrades the schema. It is idempotent, and refuses to
// touch a database whose schema is newer than this build knows.
func Migrate(ctx context.Context, c *Client) (MigrationResult, error) {
	res := MigrationResult{Dialect: c.Dialect()}
	o := TableOptions{Database: c.cfg.Database, RetentionDays: c.cfg.RetentionDays}
	if res.Dialect == Legacy && o.RetentionDays > 0 {
		return res, fmt.Errorf("clickhouse.retention_days is %d but ClickHouse %s has no TTL (it needs 20.1 or later): set it to 0 or upgrade the server", o.RetentionDays, c.ServerVersion())
	}
	for _, stmt := range []string{fmt.Sprintf("CREATE DATABASE IF NOT EXISTS %s", quoteIdent(o.Database)), migrationsTableDDL(o.Database)} {
		if err := c.conn.Exec(ctx, stmt); err != nil {
			return res, fmt.Errorf("cannot prepare schema bookkeeping: %w", err)
		}
	}
	var current uint32
	if err := c.conn.QueryRow(ctx, fmt.Sprintf("SELECT max(version) FROM %s.schema_migrations", quoteIdent(o.Database))).Scan(&current); err != nil {
		return res, fmt.Errorf("cannot read the schema version: %w", err)
	}
	res.From, res.To = int(current), int(current)
	if res.From > SchemaVersion {
		return res, fmt.Errorf("database %s has schema version %d, newer than the %d this runaround knows: upgrade runaround before running it against this database", o.Database, res.From, SchemaVersion)
	}
	if res.From == SchemaVersion {
		return res, nil
	}
	if err := c.conn.Exec(ctx, CreateInteractionsDDL(res.Dialect, o)); err != nil {
		return res, fmt.Errorf("cannot create %s.interactions: %w", o.Database, err)
	}
	have, err := c.tableColumns(ctx, "interactions")
	if err != nil {
		return res, err
	}
	for _, stmt := range addColumnStatements(res.Dialect, o, have) {
		if err := c.conn.Exec(ctx, stmt); err != nil {
			return res, fmt.Errorf("migration to schema %d failed on %q: %w", SchemaVersion, stmt, err)
		}
	}
	for _, m := range migrations {
		if m.version <= res.From {
			continue
		}
		if err := c.recordMigration(ctx, m, res.Dialect); err != nil {
			return res, fmt.Errorf("migration %d applied but not recorded (running migrate again is safe): %w", m.version, err)
		}
		res.To = m.version
		res.Applied = append(res.Applied, m.name)
	}
	return res, nil
}

// tableColumns returns the names of a table's columns. One row
// (groupArray) rather than a streamed result: the connection goes back to
// the pool as soon as QueryRow returns, before the caller's context ends.
func (c *Client) tableColumns(ctx context.Context, table string) (map[string]bool, error) {
	var names []string
	if err := c.conn.QueryRow(ctx, "SELECT groupArray(name) FROM system.columns WHERE database = ? AND table = ?", c.cfg.Database, table).Scan(&names); err != nil {
		return nil, fmt.Errorf("cannot list the columns of %s.%s: %w", c.cfg.Database, table, err)
	}
	have := make(map[string]bool, len(names))
	for _, n := range names {
		have[n] = true
	}
	return have, nil
}

// recordMigration appends to schema_migrations with a native batch insert:
// ClickHouse 18.16 does not answer an INSERT ... VALUES sent through
// clickhouse-go's Exec.
func (c *Client) recordMigration(ctx context.Context, m migration, d Dialect) error {
	b, err := c.conn.PrepareBatch(ctx, fmt.Sprintf("INSERT INTO %s.schema_migrations (version, name, dialect, applied_at)", quoteIdent(c.cfg.Database)))
	if err != nil {
		return err
	}
	if err := b.Append(uint32(m.version), m.name, d.String(), time.Now()); err != nil {
		b.Abort()
		return err
	}
	return b.Send()
}
