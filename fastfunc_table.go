package aio

// fastCallerFor returns a caller that needs no reflection for Go
// functions of the most common signatures (up to two parameters of types
// int, int64, float64, string, bool or any), or nil.
func fastCallerFor(fn any) fastCaller {
	switch fn := fn.(type) {
	case func():
		return fastV0(fn)
	case func() error:
		return fastE0(fn)
	case func() int:
		return fast0(fn)
	case func() (int, error):
		return fast0E(fn)
	case func() int64:
		return fast0(fn)
	case func() (int64, error):
		return fast0E(fn)
	case func() float64:
		return fast0(fn)
	case func() (float64, error):
		return fast0E(fn)
	case func() string:
		return fast0(fn)
	case func() (string, error):
		return fast0E(fn)
	case func() bool:
		return fast0(fn)
	case func() (bool, error):
		return fast0E(fn)
	case func() any:
		return fast0(fn)
	case func() (any, error):
		return fast0E(fn)
	case func(int):
		return fastV1(fn)
	case func(int) error:
		return fastE1(fn)
	case func(int) int:
		return fast1(fn)
	case func(int) (int, error):
		return fast1E(fn)
	case func(int) any:
		return fast1(fn)
	case func(int) (any, error):
		return fast1E(fn)
	case func(int) bool:
		return fast1(fn)
	case func(int) (bool, error):
		return fast1E(fn)
	case func(int) string:
		return fast1(fn)
	case func(int) (string, error):
		return fast1E(fn)
	case func(int64):
		return fastV1(fn)
	case func(int64) error:
		return fastE1(fn)
	case func(int64) int64:
		return fast1(fn)
	case func(int64) (int64, error):
		return fast1E(fn)
	case func(int64) any:
		return fast1(fn)
	case func(int64) (any, error):
		return fast1E(fn)
	case func(int64) bool:
		return fast1(fn)
	case func(int64) (bool, error):
		return fast1E(fn)
	case func(int64) string:
		return fast1(fn)
	case func(int64) (string, error):
		return fast1E(fn)
	case func(float64):
		return fastV1(fn)
	case func(float64) error:
		return fastE1(fn)
	case func(float64) float64:
		return fast1(fn)
	case func(float64) (float64, error):
		return fast1E(fn)
	case func(float64) any:
		return fast1(fn)
	case func(float64) (any, error):
		return fast1E(fn)
	case func(float64) bool:
		return fast1(fn)
	case func(float64) (bool, error):
		return fast1E(fn)
	case func(float64) string:
		return fast1(fn)
	case func(float64) (string, error):
		return fast1E(fn)
	case func(string):
		return fastV1(fn)
	case func(string) error:
		return fastE1(fn)
	case func(string) string:
		return fast1(fn)
	case func(string) (string, error):
		return fast1E(fn)
	case func(string) any:
		return fast1(fn)
	case func(string) (any, error):
		return fast1E(fn)
	case func(string) bool:
		return fast1(fn)
	case func(string) (bool, error):
		return fast1E(fn)
	case func(bool):
		return fastV1(fn)
	case func(bool) error:
		return fastE1(fn)
	case func(bool) bool:
		return fast1(fn)
	case func(bool) (bool, error):
		return fast1E(fn)
	case func(bool) any:
		return fast1(fn)
	case func(bool) (any, error):
		return fast1E(fn)
	case func(bool) string:
		return fast1(fn)
	case func(bool) (string, error):
		return fast1E(fn)
	case func(any):
		return fastV1(fn)
	case func(any) error:
		return fastE1(fn)
	case func(any) any:
		return fast1(fn)
	case func(any) (any, error):
		return fast1E(fn)
	case func(any) bool:
		return fast1(fn)
	case func(any) (bool, error):
		return fast1E(fn)
	case func(any) string:
		return fast1(fn)
	case func(any) (string, error):
		return fast1E(fn)
	case func(int, int) int:
		return fast2(fn)
	case func(int, int) (int, error):
		return fast2E(fn)
	case func(int, int) bool:
		return fast2(fn)
	case func(int, int) (bool, error):
		return fast2E(fn)
	case func(int64, int64) int64:
		return fast2(fn)
	case func(int64, int64) (int64, error):
		return fast2E(fn)
	case func(int64, int64) bool:
		return fast2(fn)
	case func(int64, int64) (bool, error):
		return fast2E(fn)
	case func(float64, float64) float64:
		return fast2(fn)
	case func(float64, float64) (float64, error):
		return fast2E(fn)
	case func(float64, float64) bool:
		return fast2(fn)
	case func(float64, float64) (bool, error):
		return fast2E(fn)
	case func(string, string) string:
		return fast2(fn)
	case func(string, string) (string, error):
		return fast2E(fn)
	case func(string, string) bool:
		return fast2(fn)
	case func(string, string) (bool, error):
		return fast2E(fn)
	case func(any, any) any:
		return fast2(fn)
	case func(any, any) (any, error):
		return fast2E(fn)
	case func(any, any) bool:
		return fast2(fn)
	case func(any, any) (bool, error):
		return fast2E(fn)
	case func(string, any):
		return fastV2(fn)
	case func(string, any) error:
		return fastE2(fn)
	case func(string, string):
		return fastV2(fn)
	case func(string, string) error:
		return fastE2(fn)
	}
	return nil
}
