package zz_tmpdump

import (
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aio-lang/aio/parser"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPU(t *testing.T) {
	src, _ := os.ReadFile("/tmp/prog10k.aio")
	n := 30
	parser.ParseFile("x", string(src))
	c0, w0 := cpuTime(), time.Now()
	for i := 0; i < n; i++ {
		if _, err := parser.ParseFile("x", string(src)); err != nil {
			t.Fatal(err)
		}
	}
	c1, w1 := cpuTime(), time.Now()
	lines := strings.Count(string(src), "\n")
	fmt.Printf("cpu/op %v wall/op %v lines %d => %.0f lines/s (cpu)\n", (c1-c0)/time.Duration(n), w1.Sub(w0)/time.Duration(n), lines, float64(lines)/((c1-c0)/time.Duration(n)).Seconds())
}
