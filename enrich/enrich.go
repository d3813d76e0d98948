package enrich

import "github.com/runaroundhq/runaround/transcript"

// Enricher turns a batch of interactions into enrichment columns.
//
// EnrichBatch must be deterministic (the same interactions give the same
// columns, so a replay after a crash writes identical rows) and must not keep
// in after it returns. It resets out first; the strings it writes into out stay
// valid until the next EnrichBatch call with the same out.
type Enricher interface {
	EnrichBatch(in []transcript.Interaction, out *Columns)
}
