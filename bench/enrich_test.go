package bench

import (
	"context"
	"testing"
	"time"
)

var sink []byte

// The allocation counter sees allocations: a 0 from it means something.
func TestAllocsPerRunCounts(t *testing.T) {
	if n := allocsPerRun(10, func() { sink = make([]byte, 64<<10) }); n < 1 {
		t.Errorf("allocsPerRun = %v for a function that allocates once per call", n)
	}
	buf := make([]byte, 0, 1024)
	if n := allocsPerRun(10, func() { buf = append(buf[:0], "no allocation"...) }); n != 0 {
		t.Errorf("allocsPerRun = %v for a function that does not allocate", n)
	}
}

// A sleeping workload takes wall time but no CPU time: the meter must tell
// them apart (that is what makes per-core figures honest on a busy machine).
func TestMeter(t *testing.T) {
	start := time.Now()
	var m meter
	if err := m.run(context.Background(), 50*time.Millisecond, func() int {
		time.Sleep(time.Millisecond)
		return 1000 // 1000 bytes per ms at most: at most 1 MB/s of wall time
	}); err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el < 50*time.Millisecond {
		t.Errorf("measured for %s, asked for 50ms", el)
	}
	if w := m.wallMBps(); !(w > 0.1 && w <= 1.0) {
		t.Errorf("wall throughput = %v MB/s, want in (0.1, 1]", w)
	}
	if _, ok := threadCPU(); ok {
		if !m.cpuOK || m.cpuShare() > 0.5 {
			t.Errorf("sleeping: cpu share %v (cpu %s of wall %s), want well under 0.5", m.cpuShare(), m.cpu, m.wall)
		}
		if m.perCore() <= m.wallMBps() {
			t.Errorf("per-core %v MB/s not above wall %v MB/s for a sleeping workload", m.perCore(), m.wallMBps())
		}
		var busy meter
		x := 0
		if err := busy.run(context.Background(), 30*time.Millisecond, func() int {
			for i := range 100000 {
				x += i
			}
			return 1
		}); err != nil {
			t.Fatal(err)
		}
		if busy.cpu <= 0 {
			t.Errorf("a busy loop used no thread CPU time (%s)", busy.cpu)
		}
		_ = x
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var c meter
	if err := c.run(ctx, time.Hour, func() int { return 1 }); err == nil {
		t.Error("a cancelled context does not stop the measurement")
	}
}
