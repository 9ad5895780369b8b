//go:build !linux

package match

import "testing"

// cpuPerOp reports nothing where the thread's CPU time is not known.
func cpuPerOp(*testing.B) func() { return func() {} }
