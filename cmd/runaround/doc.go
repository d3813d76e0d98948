// Command runaround is the one binary of the Runaround pipeline: a thin shell
// over the packages. `runaround migrate` creates the ClickHouse schema,
// `runaround gen` produces synthetic interactions to Kafka, `runaround run`
// is the pipeline, `runaround summary` prints what analysts will find, and
// `runaround config print` shows the effective configuration.
//
// Configuration comes, lowest precedence first, from built-in defaults, a
// YAML file (--config), RUNAROUND_* environment variables (the key path in
// upper case with "_" for ".", e.g. RUNAROUND_KAFKA_BROKERS for
// kafka.brokers) and flags.
package main
