package runtime

// Sender is implemented by objects that can be driven by `await` and
// `yield from`: coroutines, generators and the iterators returned by
// __await__ of futures. Send resumes the object with v; it either yields a
// value (done is false) or finishes with result (done is true).
type Sender interface {
	Send(t *Thread, v Value) (yielded Value, done bool, result Value, err error)
}

// Thrower is implemented by Senders that can receive an exception at their
// suspension point (generator.throw).
type Thrower interface {
	Throw(t *Thread, exc *Instance) (yielded Value, done bool, result Value, err error)
}
