package runtime

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestZZPowData(t *testing.T) {
	f, err := os.Open("/tmp/powt/data2.txt")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	out, _ := os.Create("/tmp/powt/mismatch.txt")
	defer out.Close()
	sc := bufio.NewScanner(f)
	bad, n := 0, 0
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		x, _ := strconv.ParseFloat(p[0], 64)
		y, _ := strconv.ParseFloat(p[1], 64)
		want, _ := strconv.ParseFloat(p[2], 64)
		got, err := PowFloat(x, y)
		n++
		if err != nil || got != want {
			bad++
			if out != nil {
				out.WriteString(strconv.FormatFloat(x, 'g', -1, 64) + " " + strconv.FormatFloat(y, 'g', -1, 64) + " " + strconv.FormatFloat(got, 'g', -1, 64) + "\n")
			}
		}
	}
	t.Logf("%d bad of %d", bad, n)
}
