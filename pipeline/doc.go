// Package pipeline wires the stages together: ingest (Kafka) → transcript
// (decode) → enrich → sink (Arrow → ClickHouse) → acknowledgement → offset
// commit. It owns no stage's logic, only the order and the error policy:
//
//   - a message that cannot be decoded is permanent: it goes to the
//     dead-letter topic with its reason and provenance, and counts as handled;
//   - a ClickHouse or broker error is retryable: the batch is retried with
//     capped exponential backoff, its offsets stay uncommitted, and because
//     the workers stop taking batches, fetching stops too (back-pressure:
//     Kafka is the buffer, memory stays bounded);
//   - a batch is acknowledged, and its offsets become committable, only after
//     both its insert and its dead-letter produce were acknowledged.
package pipeline
