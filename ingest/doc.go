// Package ingest is the first stage of the pipeline: it reads support
// interactions from Kafka with a segmentio/kafka-go consumer group, cuts the
// stream into batches, and commits a partition's offset only once every
// message at or below it is safely stored.
//
// The commit rule (see ../shared/DESIGN.md): a batch travels with its Kafka
// offsets. When the pipeline acknowledges a batch (its rows are in ClickHouse,
// its refused messages are in the dead-letter topic), the session marks the
// batch's span of each partition done and commits, per partition, the end of
// the longest run of done spans in fetch order: the highest contiguous
// acknowledged offset, never the offset of whichever batch finished last.
//
// Rebalances: each consumer-group generation is one Session. Its fetchers
// stop when the generation ends; batches still in flight are finished, but
// their commits go to the ended generation, which the broker refuses, so this
// instance never commits for partitions it no longer owns. The new owner
// re-reads from the last committed offset; the duplicates this may write are
// removed by the table (see package sink).
//
// The package also writes to Kafka: the dead-letter topic and, for `runaround
// gen`, the interaction topics.
package ingest
