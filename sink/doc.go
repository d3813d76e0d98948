// Package sink is the last stage of the pipeline: it turns a batch's
// interactions and their enrichment columns into one Apache Arrow record
// (github.com/apache/arrow-go/v18) and appends that record, column by column,
// to one clickhouse-go/v2 native insert into runaround.interactions.
//
// It also owns the table: Migrate creates or upgrades the schema, choosing
// the DDL by server generation (Legacy for ClickHouse before 20.1, such as
// Debian's 18.16; Modern for current servers, with DateTime64, LowCardinality
// and TTL).
//
// Duplicates: delivery is at least once, so after a crash the same interaction
// may be inserted twice. The table is a ReplacingMergeTree whose partition key
// (toYYYYMM(started_at)) and sorting key (channel, org, started_at, id) are
// functions of the interaction alone, so the copies collapse on merge. Until
// then analysts count with uniqExact(id), or read with FINAL; see
// docs/schema.md.
package sink
