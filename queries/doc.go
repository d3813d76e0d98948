// Package queries holds the analysts' questions about runaround.interactions
// as SQL, one file per question under sql/, embedded in the binary.
//
// Every file starts with a header of "-- key: value" comment lines:
//
//	-- title:   one line, shown by tools and dashboards
//	-- answers: the question, in words (may continue on "--   " lines)
//	-- reads:   the table columns the query reads, comma separated
//	-- dedup:   how the query stays correct while duplicates exist
//
// The SQL is written for both ClickHouse generations the sink supports: the
// Legacy dialect (ClickHouse 18.16, as Debian ships it) and current servers.
// So: no window functions, no CTEs, no aggregate FILTER clauses, no
// toStartOfInterval, no DateTime64- or JSON-only functions.
//
// Duplicates: the table is a ReplacingMergeTree and delivery is at least
// once, so an interaction replayed after a crash is stored twice until a
// merge collapses the copies. Each query is correct before the merge: counts
// use uniqExact(id) (and uniqExactIf), and queries that sum or average per
// row read the table with FINAL. The header says which.
//
// The database is written {db} in the files; [Query.For] substitutes a
// validated identifier. [Summary] runs the summary question and returns
// typed rows for `runaround summary`.
package queries
