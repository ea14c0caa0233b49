package runtime

import "testing"

func TestZZDbg(t *testing.T) {
	r, err := PowFloat(0.0030530978268563814, -122.55307928968477)
	t.Log(r, err, powPositive(0.0030530978268563814, -122.55307928968477))
}
