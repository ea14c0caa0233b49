package stdlib

import (
	"strconv"
	"strings"

	"github.com/aio-lang/aio/runtime"
)

// This file is asyncio.TaskGroup, ported from CPython 3.11's
// taskgroups.py: the first failing child cancels its siblings and the
// parent, and the errors leave the block as an ExceptionGroup.

var taskGroupType = newAsyncioType("TaskGroup", "asyncio.taskgroups")

// taskGroup is asyncio.TaskGroup.
type asyncTaskGroup struct {
	self                  runtime.Value
	entered               bool
	exiting               bool
	aborting              bool
	loop                  *runtime.Loop
	parent                *runtime.Task
	parentCancelRequested bool
	tasks                 []*runtime.Task
	errors                []*runtime.Instance
	baseError             *runtime.Instance
	onCompleted           *runtime.Future
	onTaskDone            *runtime.GoCallback
}

// Type makes taskGroup an Object.
func (*asyncTaskGroup) Type() *runtime.Type { return taskGroupType }

func (g *asyncTaskGroup) asyncSetSelf(v runtime.Value) { g.self = v }

func newAsyncTaskGroup() *asyncTaskGroup {
	g := &asyncTaskGroup{}
	g.self = runtime.Obj(g)
	g.onTaskDone = &runtime.GoCallback{Name: "TaskGroup._on_task_done", Fn: g.taskDone}
	return g
}

// repr is TaskGroup.__repr__.
func (g *asyncTaskGroup) repr() string {
	info := []string{""}
	if len(g.tasks) > 0 {
		info = append(info, "tasks="+strconv.Itoa(len(g.tasks)))
	}
	if len(g.errors) > 0 {
		info = append(info, "errors="+strconv.Itoa(len(g.errors)))
	}
	if g.aborting {
		info = append(info, "cancelling")
	} else if g.entered {
		info = append(info, "entered")
	}
	return "<TaskGroup" + strings.Join(info, " ") + ">"
}

// isBaseError is TaskGroup._is_base_error.
func isTaskGroupBaseError(e *runtime.Instance) bool {
	return e.Class.IsSubtype(runtime.SystemExitType) || e.Class.IsSubtype(runtime.KeyboardInterruptType)
}

// abort is TaskGroup._abort: cancel every unfinished child.
func (g *asyncTaskGroup) abort(t *runtime.Thread) error {
	g.aborting = true
	for _, task := range append([]*runtime.Task(nil), g.tasks...) {
		if !task.Done() {
			if _, err := task.CancelErr(t, runtime.Null); err != nil {
				return err
			}
		}
	}
	return nil
}

// taskDone is TaskGroup._on_task_done.
func (g *asyncTaskGroup) taskDone(t *runtime.Thread, f *runtime.Future) error {
	task := f.Task()
	for i, x := range g.tasks {
		if x == task {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			break
		}
	}
	if g.onCompleted != nil && len(g.tasks) == 0 && !g.onCompleted.Done() {
		if err := g.onCompleted.SetResult(runtime.True); err != nil {
			return err
		}
	}
	if f.Cancelled() {
		return nil
	}
	exc, err := f.Exception()
	if err != nil || exc == nil {
		return err
	}
	g.errors = append(g.errors, exc)
	if isTaskGroupBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.Done() {
		r, err := runtime.Repr(t, f.Value())
		if err != nil {
			return err
		}
		p, err := runtime.ToStr(t, g.parent.Value())
		if err != nil {
			return err
		}
		ctx := runtime.NewDict()
		ctx.SetStr("message", runtime.Str("Task "+r+" has errored out but its parent task "+p+" is already completed"))
		ctx.SetStr("exception", runtime.Obj(exc))
		ctx.SetStr("task", f.Value())
		return g.loop.CallExceptionHandler(t, ctx)
	}
	if !g.aborting && !g.parentCancelRequested {
		if err := g.abort(t); err != nil {
			return err
		}
		g.parentCancelRequested = true
		if _, err := g.parent.CancelErr(t, runtime.Null); err != nil {
			return err
		}
	}
	return nil
}

// createTask is TaskGroup.create_task(coro, *, name=None, context=None).
func (g *asyncTaskGroup) createTask(t *runtime.Thread, coro, name, ctx runtime.Value) (runtime.Value, error) {
	if !g.entered {
		return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "TaskGroup %s has not been entered", g.repr())
	}
	if g.exiting && len(g.tasks) == 0 {
		return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "TaskGroup %s is finished", g.repr())
	}
	if g.aborting {
		return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "TaskGroup %s is shutting down", g.repr())
	}
	tv, err := g.loop.CreateTask(t, coro, runtime.Null, ctx)
	if err != nil {
		return runtime.Null, err
	}
	if err := asyncSetTaskName(t, tv, name); err != nil {
		return runtime.Null, err
	}
	f := runtime.AsFuture(tv)
	if f == nil || f.Task() == nil {
		return runtime.Null, typeError("TaskGroup needs asyncio tasks, got %s", tv.TypeName())
	}
	if err := f.AddGoCallback(g.onTaskDone); err != nil {
		return runtime.Null, err
	}
	g.tasks = append(g.tasks, f.Task())
	return tv, nil
}

// aenter is TaskGroup.__aenter__.
func (g *asyncTaskGroup) aenter() runtime.Value {
	return newAsyncCoro("__aenter__", "TaskGroup.__aenter__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if g.entered {
			return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "TaskGroup %s has already been entered", g.repr())
		}
		if g.loop == nil {
			loop, err := runtime.GetRunningLoop(t)
			if err != nil {
				return runtime.Null, err
			}
			g.loop = loop
		}
		g.parent = g.loop.CurrentTask()
		if g.parent == nil {
			return runtime.Null, runtime.Errorf(runtime.RuntimeErrorType, "TaskGroup %s cannot determine the parent task", g.repr())
		}
		g.entered = true
		return g.self, nil
	})
}

// aexit is TaskGroup.__aexit__(et, exc, tb).
func (g *asyncTaskGroup) aexit(et, excV runtime.Value) runtime.Value {
	var propagate *runtime.Instance
	exc, _ := excV.Raw().(*runtime.Instance)
	etIsCancelled := runtime.Is(et, runtime.Obj(runtime.CancelledErrorType))
	return newAsyncCoro("__aexit__", "TaskGroup.__aexit__", func(t *runtime.Thread, c *runtime.Coro, r runtime.Value, err error) (runtime.Value, error) {
		if c.PC == 0 {
			g.exiting = true
			if exc != nil && isTaskGroupBaseError(exc) && g.baseError == nil {
				g.baseError = exc
			}
			if etIsCancelled {
				propagate = exc
			}
			if g.parentCancelRequested && g.parent.Uncancel() == 0 {
				propagate = nil
			}
			if !et.IsNone() && !g.aborting {
				if err := g.abort(t); err != nil {
					return runtime.Null, err
				}
			}
		} else {
			if err != nil {
				ce, ok := err.(*runtime.Instance)
				if !ok || !ce.Class.IsSubtype(runtime.CancelledErrorType) {
					return runtime.Null, err
				}
				if !g.aborting {
					propagate = ce
					if err := g.abort(t); err != nil {
						return runtime.Null, err
					}
				}
			}
			g.onCompleted = nil
		}
		if len(g.tasks) > 0 {
			if g.onCompleted == nil {
				g.onCompleted = g.loop.CreateFuture()
			}
			c.PC = 1
			return c.Await(g.onCompleted.Value())
		}
		if g.baseError != nil {
			return runtime.Null, g.baseError
		}
		if propagate != nil && len(g.errors) == 0 {
			return runtime.Null, propagate
		}
		if !et.IsNone() && !etIsCancelled && exc != nil {
			g.errors = append(g.errors, exc)
		}
		if len(g.errors) > 0 {
			errs := g.errors
			g.errors = nil
			me := runtime.NewExceptionGroup("unhandled errors in a TaskGroup", errs)
			me.Exc.SuppressContext = true
			return runtime.Null, me
		}
		return runtime.None, nil
	})
}

func init() {
	typ := taskGroupType
	asyncSetNew(typ, newAsyncTaskGroup, func(t *runtime.Thread, g *asyncTaskGroup, args []runtime.Value, kwnames []string) error {
		return pyArgs("TaskGroup.__init__", true, args, kwnames, 0, nil)
	})
	typ.Slots.Repr = func(t *runtime.Thread, v runtime.Value) (string, error) {
		return asyncBase(v).(*asyncTaskGroup).repr(), nil
	}
	asyncNoArgs(typ, "__aenter__", func(t *runtime.Thread, g *asyncTaskGroup) (runtime.Value, error) { return g.aenter(), nil })
	asyncMethod(typ, "__aexit__", func(t *runtime.Thread, g *asyncTaskGroup, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if err := runtime.ArgCount("__aexit__", args, kwnames, 3, 3); err != nil {
			return runtime.Null, err
		}
		return g.aexit(args[0], args[1]), nil
	})
	asyncMethod(typ, "create_task", func(t *runtime.Thread, g *asyncTaskGroup, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		var coro, name, ctx runtime.Value
		if err := pyArgs("TaskGroup.create_task", true, args, kwnames, 1, []string{"coro", "$name", "$context"}, &coro, &name, &ctx); err != nil {
			return runtime.Null, err
		}
		return g.createTask(t, coro, name, ctx)
	})
}
