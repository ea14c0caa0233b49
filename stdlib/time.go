package stdlib

import (
	"math"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/aio-lang/aio/runtime"
)

// This file is the time module: clocks, sleep, and the struct_time
// conversions (localtime, gmtime, mktime, strftime, asctime, ctime).
// sleep blocks the calling goroutine; the event loop replaces it with a
// non-blocking version when it runs.

// StructTimeType is time.struct_time.
var StructTimeType = newStructSeqType("time", "struct_time")

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

func init() { structSeqFields["time.struct_time"] = structTimeFields }

// clockBase anchors perf_counter and monotonic.
var clockBase = time.Now()

func newTimeModule(t *runtime.Thread) (*runtime.Module, error) {
	m := newNativeModule("time")
	d := m.Dict
	fn := func(name string, f runtime.BuiltinFunc) { d.Set(name, newModuleFunc("time", name, f)) }
	noArgs := func(name string, f func() runtime.Value) {
		fn(name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount(name, args, kwnames, 0, 0); err != nil {
				return runtime.Null, err
			}
			return f(), nil
		})
	}
	// The clocks follow the thread's clock, which may be virtual.
	clock := func(name string, f func(c *runtime.Clock) runtime.Value) {
		fn(name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			if err := runtime.ArgCount(name, args, kwnames, 0, 0); err != nil {
				return runtime.Null, err
			}
			return f(runtime.ClockOf(t)), nil
		})
	}
	clock("time", func(c *runtime.Clock) runtime.Value { return runtime.Float(float64(c.Now().UnixNano()) / 1e9) })
	clock("time_ns", func(c *runtime.Clock) runtime.Value { return runtime.Int(c.Now().UnixNano()) })
	mono := func(c *runtime.Clock) runtime.Value { return runtime.Float(c.Monotonic()) }
	monoNs := func(c *runtime.Clock) runtime.Value { return runtime.Int(c.MonotonicNs()) }
	clock("perf_counter", mono)
	clock("perf_counter_ns", monoNs)
	clock("monotonic", mono)
	clock("monotonic_ns", monoNs)
	noArgs("process_time", func() runtime.Value { return runtime.Float(float64(cpuTime()) / 1e9) })
	noArgs("process_time_ns", func() runtime.Value { return runtime.Int(cpuTime()) })
	fn("sleep", timeSleep)
	fn("localtime", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return convertTime(t, "localtime", args, kwnames, time.Local)
	})
	fn("gmtime", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		return convertTime(t, "gmtime", args, kwnames, time.UTC)
	})
	fn("mktime", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("mktime", args, kwnames, 1, 1); err != nil {
			return runtime.Null, err
		}
		f, err := timeFields(t, "mktime", args[0])
		if err != nil {
			return runtime.Null, err
		}
		tm := time.Date(int(f[0]), time.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, time.Local)
		return runtime.Float(float64(tm.Unix())), nil
	})
	fn("strftime", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("strftime", args, kwnames, 1, 2); err != nil {
			return runtime.Null, err
		}
		format, ok := runtime.StrValue(args[0])
		if !ok {
			return runtime.Null, typeError("strftime() argument 1 must be str, not %s", args[0].TypeName())
		}
		f, zone, err := optionalTime(t, "strftime", args[1:])
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Str(strftime(format, f, zone)), nil
	})
	fn("asctime", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("asctime", args, kwnames, 0, 1); err != nil {
			return runtime.Null, err
		}
		f, zone, err := optionalTime(t, "asctime", args)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Str(strftime("%a %b %e %H:%M:%S %Y", f, zone)), nil
	})
	fn("ctime", func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		st, err := convertTime(t, "ctime", args, kwnames, time.Local)
		if err != nil {
			return runtime.Null, err
		}
		f, err := timeFields(t, "ctime", st)
		if err != nil {
			return runtime.Null, err
		}
		return runtime.Str(strftime("%a %b %e %H:%M:%S %Y", f, "")), nil
	})
	name, offset := time.Now().Zone()
	d.Set("timezone", runtime.Int(int64(-offset)))
	d.Set("altzone", runtime.Int(int64(-offset)))
	d.Set("daylight", runtime.Int(0))
	d.Set("tzname", runtime.NewTuple([]runtime.Value{runtime.Str(name), runtime.Str(name)}))
	d.Set("struct_time", runtime.Obj(StructTimeType))
	return m, nil
}

func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return time.Since(clockBase).Nanoseconds()
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// secondsArg reads a duration or timestamp the way CPython does: a float,
// or anything with __index__.
func secondsArg(t *runtime.Thread, v runtime.Value) (float64, error) {
	if v.IsFloat() {
		f := v.AsFloat()
		if math.IsNaN(f) {
			return 0, valueError("Invalid value NaN (not a number)")
		}
		return f, nil
	}
	i, err := runtime.Index(t, v)
	if err != nil {
		return 0, err
	}
	return toFloat(t, i)
}

func timeSleep(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	if err := runtime.ArgCount("sleep", args, kwnames, 1, 1); err != nil {
		return runtime.Null, err
	}
	secs, err := secondsArg(t, args[0])
	if err != nil {
		return runtime.Null, err
	}
	if secs < 0 {
		return runtime.Null, valueError("sleep length must be non-negative")
	}
	if secs > 1e9 {
		return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "sleep length is too large")
	}
	d := time.Duration(secs * 1e9)
	if c := runtime.ClockOf(t); c.Virtual() {
		c.Advance(d)
		return runtime.None, nil
	}
	if t != nil && t.Ctx != nil {
		timer := time.NewTimer(d)
		defer timer.Stop()
		select {
		case <-timer.C:
		case <-t.Ctx.Done():
			// The host stopped the run: end the script here rather
			// than let it go on as if it had slept.
			return runtime.Null, &runtime.AbortError{Cause: t.Ctx.Err()}
		}
		return runtime.None, nil
	}
	time.Sleep(d)
	return runtime.None, nil
}

// convertTime is localtime([secs]) and gmtime([secs]).
func convertTime(t *runtime.Thread, name string, args []runtime.Value, kwnames []string, loc *time.Location) (runtime.Value, error) {
	if err := runtime.ArgCount(name, args, kwnames, 0, 1); err != nil {
		return runtime.Null, err
	}
	now := time.Now()
	if len(args) == 1 && !args[0].IsNone() {
		secs, err := secondsArg(t, args[0])
		if err != nil {
			return runtime.Null, err
		}
		if math.IsInf(secs, 0) || math.Abs(secs) > 1e17 {
			return runtime.Null, runtime.Errorf(runtime.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		now = time.Unix(int64(math.Floor(secs)), 0)
	}
	return structTime(now.In(loc)), nil
}

// structTime makes a struct_time from a Go time.
func structTime(tm time.Time) runtime.Value {
	wday := (int64(tm.Weekday()) + 6) % 7
	zone, off := tm.Zone()
	vals := []runtime.Value{
		runtime.Int(int64(tm.Year())), runtime.Int(int64(tm.Month())), runtime.Int(int64(tm.Day())),
		runtime.Int(int64(tm.Hour())), runtime.Int(int64(tm.Minute())), runtime.Int(int64(tm.Second())),
		runtime.Int(wday), runtime.Int(int64(tm.YearDay())), runtime.Int(boolInt(tm.IsDST())),
	}
	s := &structSeq{typ: StructTimeType, names: structTimeFields, items: runtime.NewTuple(vals),
		extra: map[string]runtime.Value{"tm_zone": runtime.Str(zone), "tm_gmtoff": runtime.Int(int64(off))}}
	return runtime.Obj(s)
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// timeFields reads the nine fields of a struct_time or 9-tuple.
func timeFields(t *runtime.Thread, fname string, v runtime.Value) ([9]int64, error) {
	var f [9]int64
	if s, ok := v.Raw().(*structSeq); ok && s.typ == StructTimeType {
		v = s.items
	}
	tup, ok := v.Raw().(*runtime.Tuple)
	if !ok {
		return f, typeError("Tuple or struct_time argument required")
	}
	if len(tup.Items) != 9 {
		return f, typeError("%s(): illegal time tuple argument", fname)
	}
	for i, x := range tup.Items {
		n, err := runtime.IndexInt(t, x)
		if err != nil {
			return f, err
		}
		f[i] = n
	}
	return f, nil
}

// optionalTime reads an optional time tuple argument (default: now, local).
func optionalTime(t *runtime.Thread, fname string, args []runtime.Value) ([9]int64, string, error) {
	if len(args) == 0 {
		st := structTime(time.Now())
		f, err := timeFields(t, fname, st)
		zone, _ := time.Now().Zone()
		return f, zone, err
	}
	zone := ""
	if s, ok := args[0].Raw().(*structSeq); ok {
		if z, ok := s.extra["tm_zone"]; ok {
			zone, _ = runtime.StrValue(z)
		}
	}
	f, err := timeFields(t, fname, args[0])
	return f, zone, err
}

var dayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// strftime formats the fields of a time tuple with C's directives (the C
// locale).
func strftime(format string, f [9]int64, zone string) string {
	year, mon, mday, hour, min, sec, wday, yday := f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]
	day := func(i int64) string { return dayNames[((i%7)+7)%7] }
	month := func(i int64) string {
		if i < 1 || i > 12 {
			return "?"
		}
		return monthNames[i-1]
	}
	pad := func(n int64, w int) string {
		s := strconv.FormatInt(n, 10)
		for len(s) < w {
			s = "0" + s
		}
		return s
	}
	hour12 := hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(day(wday)[:3])
		case 'A':
			b.WriteString(day(wday))
		case 'b', 'h':
			b.WriteString(month(mon)[:min3(len(month(mon)))])
		case 'B':
			b.WriteString(month(mon))
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", f, zone))
		case 'C':
			b.WriteString(pad(year/100, 2))
		case 'd':
			b.WriteString(pad(mday, 2))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", f, zone))
		case 'e':
			s := strconv.FormatInt(mday, 10)
			if len(s) < 2 {
				s = " " + s
			}
			b.WriteString(s)
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", f, zone))
		case 'H':
			b.WriteString(pad(hour, 2))
		case 'I':
			b.WriteString(pad(hour12, 2))
		case 'j':
			b.WriteString(pad(yday, 3))
		case 'm':
			b.WriteString(pad(mon, 2))
		case 'M':
			b.WriteString(pad(min, 2))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", f, zone))
		case 'R':
			b.WriteString(strftime("%H:%M", f, zone))
		case 'S':
			b.WriteString(pad(sec, 2))
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(strftime("%H:%M:%S", f, zone))
		case 'u':
			b.WriteString(strconv.FormatInt(wday+1, 10))
		case 'w':
			b.WriteString(strconv.FormatInt((wday+1)%7, 10))
		case 'U':
			b.WriteString(pad((yday-1+7-(wday+1)%7)/7, 2))
		case 'W':
			b.WriteString(pad((yday-1+7-wday)/7, 2))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", f, zone))
		case 'y':
			b.WriteString(pad(((year%100)+100)%100, 2))
		case 'Y':
			b.WriteString(strconv.FormatInt(year, 10))
		case 'z':
			_, off := time.Now().Zone()
			if zone == "UTC" || zone == "GMT" {
				off = 0
			}
			sign := "+"
			if off < 0 {
				sign, off = "-", -off
			}
			b.WriteString(sign + pad(int64(off/3600), 2) + pad(int64(off%3600/60), 2))
		case 'Z':
			b.WriteString(zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func min3(n int) int {
	if n < 3 {
		return n
	}
	return 3
}
