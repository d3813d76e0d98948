package enrich

import "testing"

// BenchmarkEnrichBatch enriches batches of 256 synthetic interactions of
// tweet (~200 B), chat (~1.5 KB) and call (~8 KB) size. Bytes are the
// batch's turn text.
func BenchmarkEnrichBatch(b *testing.B) {
	for _, bc := range []struct {
		name string
		size int
	}{{"tweet", 200}, {"chat", 1500}, {"call", 8000}} {
		b.Run(bc.name, func(b *testing.B) {
			in := syntheticBatch(256, bc.size)
			e := newTestEngine(b)
			var c Columns
			e.EnrichBatch(in, &c)
			b.SetBytes(int64(batchBytes(in)))
			b.ReportAllocs()
			for b.Loop() {
				e.EnrichBatch(in, &c)
			}
		})
	}
}
