package stdlib

import (
	"testing"
	"time"

	"github.com/aio-lang/aio/runtime"
)

func TestSysModule(t *testing.T) {
	e := newEnv(Options{})
	e.t.Argv = []string{"prog.aio", "x"}
	sys := e.module(t, "sys")
	get := func(name string) string {
		v, ok := sys.Dict.Get(name)
		if !ok {
			return "<missing>"
		}
		return showValue(e.t, v)
	}
	for name, want := range map[string]string{
		"argv":         "['prog.aio', 'x']",
		"version_info": "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)",
		"maxsize":      "9223372036854775807",
		"byteorder":    "'little'",
		"platform":     "'linux'",
		"path":         "[]",
		"float_info":   "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)",
		"version":      "'3.11.7 (aio)'",
	} {
		if got := get(name); got != want {
			t.Errorf("sys.%s = %s, want %s", name, got, want)
		}
	}
	vi, _ := sys.Dict.Get("version_info")
	major, err := runtime.GetAttr(e.t, vi, "major")
	if err != nil || major.AsInt() != 3 {
		t.Errorf("version_info.major = %v %v", showValue(e.t, major), err)
	}
	ge, err := runtime.CompareBool(e.t, vi, T(I(3), I(8)), runtime.CmpGe)
	if err != nil || !ge {
		t.Errorf("version_info >= (3, 8) = %v %v", ge, err)
	}
	sl, err := runtime.GetItem(e.t, vi, runtime.NewSlice(N, I(2), N))
	if got := show(e.t, sl, err); got != "(3, 11)" {
		t.Errorf("version_info[:2] = %s", got)
	}
	impl, _ := sys.Dict.Get("implementation")
	name, _ := runtime.GetAttr(e.t, impl, "name")
	if s, _ := runtime.StrValue(name); s != "aio" {
		t.Errorf("implementation.name = %s", showValue(e.t, name))
	}
	runCases(t, e, []callCase{
		{"sys.exit", nil, nil, "SystemExit: "},
		{"sys.exit", V(S("bye")), nil, "SystemExit: bye"},
		{"sys.exit", V(I(1), I(2)), nil, "TypeError: exit expected at most 1 argument, got 2"},
		{"sys.getrecursionlimit", nil, nil, "1000"},
		{"sys.setrecursionlimit", V(I(0)), nil, "ValueError: recursion limit must be greater or equal than 1"},
		{"sys.setrecursionlimit", V(F(5)), nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"sys.setrecursionlimit", V(I(50)), nil, "None"},
		{"sys.getrecursionlimit", nil, nil, "50"},
		{"sys.intern", V(S("ab")), nil, "'ab'"},
		{"sys.intern", V(I(1)), nil, "TypeError: intern() argument must be str, not int"},
		{"sys.exc_info", nil, nil, "(None, None, None)"},
	})
	if e.t.MaxDepth != 50 {
		t.Errorf("MaxDepth = %d", e.t.MaxDepth)
	}
	boom := runtime.Errorf(runtime.ValueErrorType, "boom")
	e.t.CurrentHandled = func() *runtime.Instance { return boom }
	runCases(t, e, []callCase{
		{"sys.exception", nil, nil, "ValueError('boom')"},
	})
}

func TestTimeModule(t *testing.T) {
	e := newEnv(Options{})
	runCases(t, e, []callCase{
		{"time.gmtime", V(I(0)), nil, "time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)"},
		{"time.gmtime", V(F(946728000)), nil, "time.struct_time(tm_year=2000, tm_mon=1, tm_mday=1, tm_hour=12, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=1, tm_isdst=0)"},
		{"time.sleep", V(I(-1)), nil, "ValueError: sleep length must be non-negative"},
		{"time.sleep", V(S("x")), nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"time.sleep", V(I(0)), nil, "None"},
		{"time.asctime", V(T(I(1970), I(1), I(1), I(0), I(0), I(0), I(3), I(1), I(0))), nil, "'Thu Jan  1 00:00:00 1970'"},
	})
	g, err := e.call(t, "time.gmtime", V(I(0)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.call(t, "time.strftime", V(S("%Y-%m-%d %H:%M:%S %a %b %j %p %%"), g))
	if got := show(e.t, r, err); got != "'1970-01-01 00:00:00 Thu Jan 001 AM %'" {
		t.Errorf("strftime = %s", got)
	}
	year, err := runtime.GetAttr(e.t, g, "tm_year")
	if err != nil || year.AsInt() != 1970 {
		t.Errorf("tm_year = %v %v", showValue(e.t, year), err)
	}
	first, err := runtime.GetItem(e.t, g, I(0))
	if err != nil || first.AsInt() != 1970 {
		t.Errorf("[0] = %v %v", showValue(e.t, first), err)
	}
	before := time.Now().UnixNano()
	r, err = e.call(t, "time.time_ns", nil)
	if err != nil || r.AsInt() < before {
		t.Errorf("time_ns = %v %v", showValue(e.t, r), err)
	}
	a, _ := e.call(t, "time.perf_counter", nil)
	b, _ := e.call(t, "time.perf_counter", nil)
	if !a.IsFloat() || b.AsFloat() < a.AsFloat() {
		t.Errorf("perf_counter not monotonic: %v %v", a.AsFloat(), b.AsFloat())
	}
}
