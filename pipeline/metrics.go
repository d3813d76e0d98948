package pipeline

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the pipeline's Prometheus series. Register them on the
// registry the metrics endpoint serves.
type Metrics struct {
	Messages       *prometheus.CounterVec
	Rows           prometheus.Counter
	DeadLetters    *prometheus.CounterVec
	Batches        prometheus.Counter
	BatchRows      prometheus.Histogram
	InsertSeconds  prometheus.Histogram
	EnrichSeconds  prometheus.Histogram
	OrgNameSeconds prometheus.Histogram
	EnrichPanics   prometheus.Counter
	Retries        *prometheus.CounterVec
	Commits        prometheus.Counter
	CommitFailures prometheus.Counter
	InFlight       prometheus.Gauge
}

// NewMetrics creates the series and registers them on reg (nil: not registered).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Messages:       prometheus.NewCounterVec(prometheus.CounterOpts{Name: "runaround_messages_total", Help: "Kafka messages taken into batches."}, []string{"topic"}),
		Rows:           prometheus.NewCounter(prometheus.CounterOpts{Name: "runaround_rows_written_total", Help: "Rows acknowledged by ClickHouse."}),
		DeadLetters:    prometheus.NewCounterVec(prometheus.CounterOpts{Name: "runaround_deadletters_total", Help: "Messages refused to the dead-letter topic, by reason."}, []string{"reason"}),
		Batches:        prometheus.NewCounter(prometheus.CounterOpts{Name: "runaround_batches_total", Help: "Batches stored and acknowledged."}),
		BatchRows:      prometheus.NewHistogram(prometheus.HistogramOpts{Name: "runaround_batch_rows", Help: "Messages per batch.", Buckets: prometheus.ExponentialBuckets(1, 4, 10)}),
		InsertSeconds:  prometheus.NewHistogram(prometheus.HistogramOpts{Name: "runaround_insert_seconds", Help: "Duration of successful ClickHouse inserts.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 15)}),
		EnrichSeconds:  prometheus.NewHistogram(prometheus.HistogramOpts{Name: "runaround_enrich_seconds", Help: "Duration of enriching one batch.", Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16)}),
		OrgNameSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "runaround_org_naming_seconds", Help: "Duration of naming the organisations in one batch's flagged handoff sentences (off the hot loop).", Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16)}),
		EnrichPanics:   prometheus.NewCounter(prometheus.CounterOpts{Name: "runaround_enrich_panics_total", Help: "Batches whose enrichment panicked (a bug); the messages that cause it are dead-lettered with reason enrich-panic."}),
		Retries:        prometheus.NewCounterVec(prometheus.CounterOpts{Name: "runaround_retries_total", Help: "Retried attempts, by operation (insert, deadletter, commit)."}, []string{"op"}),
		Commits:        prometheus.NewCounter(prometheus.CounterOpts{Name: "runaround_commits_total", Help: "Offset commits accepted by Kafka."}),
		CommitFailures: prometheus.NewCounter(prometheus.CounterOpts{Name: "runaround_commit_failures_total", Help: "Offset commits refused (the offsets are committed with a later batch)."}),
		InFlight:       prometheus.NewGauge(prometheus.GaugeOpts{Name: "runaround_batches_in_flight", Help: "Batches being decoded, enriched or written."}),
	}
	if reg != nil {
		reg.MustRegister(m.Messages, m.Rows, m.DeadLetters, m.Batches, m.BatchRows, m.InsertSeconds, m.EnrichSeconds, m.OrgNameSeconds, m.EnrichPanics, m.Retries, m.Commits, m.CommitFailures, m.InFlight)
	}
	return m
}
