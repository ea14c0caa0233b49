//go:build race

package aio_test

// raceEnabled: the race detector slows everything down several times, so
// timing bounds are relaxed.
const raceEnabled = true
