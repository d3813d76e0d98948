package bench

import (
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD: the calling thread's usage only.
const rusageThread = 1

// threadCPU returns the CPU time the calling OS thread has used. Callers
// lock the goroutine to its thread (runtime.LockOSThread) around the span
// they measure, so the figure is the work's own CPU time whatever else
// the shared machine runs.
func threadCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
