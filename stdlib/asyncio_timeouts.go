package stdlib

import (
	"math"

	"github.com/aio-lang/aio/runtime"
)

// This file is asyncio.timeout, timeout_at and the Timeout async context
// manager, ported from CPython 3.11's timeouts.py: on expiry the task is
// cancelled, and the CancelledError leaving the block becomes
// TimeoutError.

var timeoutType = func() *runtime.Type {
	t := newAsyncioType("Timeout", "asyncio.timeouts")
	t.Final = true
	return t
}()

const (
	timeoutCreated = iota
	timeoutEntered
	timeoutExpiring
	timeoutExpired
	timeoutExited
)

var timeoutStateNames = [...]string{"created", "active", "expiring", "expired", "finished"}

// timeoutCM is asyncio.Timeout.
type asyncTimeout struct {
	state      int
	handler    *runtime.Handle
	task       *runtime.Task
	when       runtime.Value // a float or None
	cancelling int
}

// Type makes timeoutCM an Object.
func (*asyncTimeout) Type() *runtime.Type { return timeoutType }

// asyncioTimeout is asyncio.timeout(delay).
func asyncioTimeout(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var delay runtime.Value
	if err := pyArgs("timeout", false, args, kwnames, 1, []string{"delay"}, &delay); err != nil {
		return runtime.Null, err
	}
	loop, err := runtime.GetRunningLoop(t)
	if err != nil {
		return runtime.Null, err
	}
	when := runtime.None
	if !delay.IsNone() {
		if when, err = runtime.BinaryOp(t, runtime.OpAdd, runtime.Float(loop.Time()), delay); err != nil {
			return runtime.Null, err
		}
	}
	return runtime.Obj(&asyncTimeout{when: when}), nil
}

// asyncioTimeoutAt is asyncio.timeout_at(when).
func asyncioTimeoutAt(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
	var when runtime.Value
	if err := pyArgs("timeout_at", false, args, kwnames, 1, []string{"when"}, &when); err != nil {
		return runtime.Null, err
	}
	return runtime.Obj(&asyncTimeout{when: when}), nil
}

// reschedule is Timeout.reschedule(when).
func (cm *asyncTimeout) reschedule(t *runtime.Thread, when runtime.Value) error {
	if cm.state != timeoutEntered {
		if cm.state == timeoutCreated {
			return runtime.Errorf(runtime.RuntimeErrorType, "Timeout has not been entered")
		}
		return runtime.Errorf(runtime.RuntimeErrorType, "Cannot change state of %s Timeout", timeoutStateNames[cm.state])
	}
	cm.when = when
	if cm.handler != nil {
		cm.handler.Cancel()
	}
	if when.IsNone() {
		cm.handler = nil
		return nil
	}
	loop, err := runtime.GetRunningLoop(t)
	if err != nil {
		return err
	}
	secs, err := runtime.ToSeconds(t, when)
	if err != nil {
		return err
	}
	if secs <= loop.Time() {
		cm.handler, err = loop.CallSoonGo("Timeout._on_timeout", cm.onTimeout)
	} else {
		cm.handler, err = loop.CallAtGo(secs, "Timeout._on_timeout", cm.onTimeout)
	}
	return err
}

// onTimeout is Timeout._on_timeout.
func (cm *asyncTimeout) onTimeout(t *runtime.Thread) error {
	if _, err := cm.task.CancelErr(t, runtime.Null); err != nil {
		return err
	}
	cm.state = timeoutExpiring
	cm.handler = nil
	return nil
}

func timeoutSelf(v runtime.Value) (*asyncTimeout, error) {
	if cm, ok := v.Raw().(*asyncTimeout); ok {
		return cm, nil
	}
	return nil, typeError("descriptor requires a 'Timeout' object but received a '%s'", v.TypeName())
}

func init() {
	typ := timeoutType
	typ.New = func(t *runtime.Thread, cls *runtime.Type, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var when runtime.Value
		if err := pyArgs("Timeout.__init__", true, args, kwnames, 1, []string{"when"}, &when); err != nil {
			return runtime.Null, err
		}
		return runtime.Obj(&asyncTimeout{when: when}), nil
	}
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		cm := v.Raw().(*asyncTimeout)
		info := ""
		if cm.state == timeoutEntered {
			w := "None"
			if !cm.when.IsNone() {
				secs, err := runtime.ToSeconds(t, cm.when)
				if err != nil {
					return "", err
				}
				w = runtime.FloatRepr(math.RoundToEven(secs*1000) / 1000)
			}
			info = " when=" + w
		}
		return "<Timeout [" + timeoutStateNames[cm.state] + "]" + info + ">", nil
	}
	method := func(name string, fn func(t *runtime.Thread, cm *asyncTimeout, args []runtime.Value, kwnames []string) (runtime.Value, error)) {
		typ.AddMethod(name, func(t *runtime.Thread, self runtime.Value, args []runtime.Value, kwnames []string) (runtime.Value, error) {
			cm, err := timeoutSelf(self)
			if err != nil {
				return runtime.Null, err
			}
			return fn(t, cm, args, kwnames)
		})
	}
	method("when", func(t *runtime.Thread, cm *asyncTimeout, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := pyArgs("Timeout.when", true, args, kwnames, 0, nil); err != nil {
			return runtime.Null, err
		}
		return cm.when, nil
	})
	method("expired", func(t *runtime.Thread, cm *asyncTimeout, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := pyArgs("Timeout.expired", true, args, kwnames, 0, nil); err != nil {
			return runtime.Null, err
		}
		return runtime.Bool(cm.state == timeoutExpiring || cm.state == timeoutExpired), nil
	})
	method("reschedule", func(t *runtime.Thread, cm *asyncTimeout, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var when runtime.Value
		if err := pyArgs("Timeout.reschedule", true, args, kwnames, 1, []string{"when"}, &when); err != nil {
			return runtime.Null, err
		}
		return runtime.None, cm.reschedule(t, when)
	})
	method("__aenter__", func(t *runtime.Thread, cm *asyncTimeout, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		self := runtime.Obj(cm)
		return newAsyncCoro("__aenter__", "Timeout.__aenter__", func(t *runtime.Thread, c *runtime.Coro, _ runtime.Value, _ error) (runtime.Value, error) {
			if cm.state != timeoutCreated {
				return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "Timeout has already been entered")
			}
			loop, err := runtime.GetRunningLoop(t)
			if err != nil {
				return runtime.Null, err
			}
			task := loop.CurrentTask()
			if task == nil {
				return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "Timeout should be used inside a task")
			}
			cm.state = timeoutEntered
			cm.task = task
			cm.cancelling = task.Cancelling()
			if err := cm.reschedule(t, cm.when); err != nil {
				return runtime.Null, err
			}
			return self, nil
		}), nil
	})
	method("__aexit__", func(t *runtime.Thread, cm *asyncTimeout, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("__aexit__", args, kwnames, 3, 3); err != nil {
			return runtime.Null, err
		}
		excType, excVal := args[0], args[1]
		return newAsyncCoro("__aexit__", "Timeout.__aexit__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
			if cm.handler != nil {
				cm.handler.Cancel()
				cm.handler = nil
			}
			switch cm.state {
			case timeoutExpiring:
				cm.state = timeoutExpired
				if cm.task.Uncancel() <= cm.cancelling && runtime.Is(excType, runtime.Obj(runtime.CancelledErrorType)) {
					te := runtime.NewException(runtime.TimeoutErrorType)
					if e, ok := excVal.Raw().(*runtime.Instance); ok {
						te.Exc.Cause = e
						te.Exc.Context = e
					}
					te.Exc.SuppressContext = true
					return runtime.Null, te
				}
			case timeoutEntered:
				cm.state = timeoutExited
			}
			return runtime.None, nil
		}), nil
	})
}
