//go:build !unix

package main

import "time"

// cpuTime is not measured on systems without getrusage: the report shows
// zero.
func cpuTime() time.Duration { return 0 }
