//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuTime is the user and system CPU time this process has used, so the
// report shows how much of the machine the client itself took.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
