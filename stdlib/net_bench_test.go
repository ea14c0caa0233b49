package stdlib_test

import (
	"os"
	"testing"
	"time"
)

// TestEchoRoundTripRate prints the echo round-trip rate of an aio client
// and server in one program when AIO_NET_BENCH names the script to run
// (bench material, not an assertion).
func TestEchoRoundTripRate(t *testing.T) {
	path := os.Getenv("AIO_NET_BENCH")
	if path == "" {
		t.Skip("set AIO_NET_BENCH to a script")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out, errs := runNet(t, string(src), 60*time.Second)
	t.Logf("%s%s", out, errs)
}
