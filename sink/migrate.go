package sink

import (
	"context"
	"fmt"
	"time"
)

// A migration moves the schema up one version. Steps are idempotent
// statements, so a migration interrupted half-way is simply run again.
type migration struct {
	version int
	name    string
	steps   func(d Dialect, o TableOptions) []string
}

// migrations is the schema's history; append, never edit a released entry.
var migrations = []migration{
	{1, "interactions table", func(d Dialect, o TableOptions) []string {
		return []string{CreateInteractionsDDL(d, o)}
	}},
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
	for _, m := range migrations {
		stmts = append(stmts, m.steps(d, o)...)
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
	for _, m := range migrations {
		if m.version <= res.From {
			continue
		}
		for _, stmt := range m.steps(res.Dialect, o) {
			if err := c.conn.Exec(ctx, stmt); err != nil {
				return res, fmt.Errorf("migration %d (%s) failed: %w", m.version, m.name, err)
			}
		}
		if err := c.recordMigration(ctx, m, res.Dialect); err != nil {
			return res, fmt.Errorf("migration %d applied but not recorded (running migrate again is safe): %w", m.version, err)
		}
		res.To = m.version
		res.Applied = append(res.Applied, m.name)
	}
	return res, nil
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
