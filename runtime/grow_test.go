package runtime

import "testing"

func TestAppendGrowDoublesLargeSlices(t *testing.T) {
	var s []int
	grows := 0
	for i := 0; i < 5000; i++ {
		before := cap(s)
		s = appendGrow(s, i)
		if cap(s) != before {
			grows++
			if before >= 256 && cap(s) < 2*before {
				t.Fatalf("grew %d -> %d at len %d, want at least double", before, cap(s), i)
			}
		}
	}
	for i, v := range s {
		if v != i {
			t.Fatalf("s[%d] = %d", i, v)
		}
	}
	if grows > 16 {
		t.Errorf("%d reallocations for 5000 appends", grows)
	}
}
