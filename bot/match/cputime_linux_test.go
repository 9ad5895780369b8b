package match

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD (the syscall package lacks it).
const rusageThread = 1

// threadCPU is the CPU time the calling OS thread has used, or false.
func threadCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}

// cpuPerOp locks the benchmark to its OS thread and, when it is done,
// reports the thread's CPU time per answer as cpu-ns/op: the answer's own
// work, which other jobs on a shared machine slow less than they slow the
// wall clock (the garbage collector's background work is not in it).
func cpuPerOp(b *testing.B) func() {
	runtime.LockOSThread()
	start, ok := threadCPU()
	return func() {
		end, ok2 := threadCPU()
		runtime.UnlockOSThread()
		if ok && ok2 && b.N > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
	}
}
