//go:build race

package main

// raceEnabled is true when the tests run with the race detector, which
// makes training on PIAF take minutes; .ci/run runs that test without it.
const raceEnabled = true
