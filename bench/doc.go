// Package bench measures Runaround's stages apart from the network, the
// way `runaround bench` reports them: throughput per core on generated
// traffic of realistic sizes, next to the reference implementation it
// replaces, and allocations per operation.
//
// The figures are for one process on the machine it runs on; they are
// comparisons (ours vs govader, tweet vs call), not promises. The same
// measurements run as Go benchmarks beside the code (enrich/bench_test.go);
// this package exists so that a deployed binary can measure itself without
// the Go toolchain.
package bench
