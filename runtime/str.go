package runtime

import "hash/maphash"

// StrObject is a Python str. The text is kept as UTF-8 in S; indexing is by
// code point.
type StrObject struct {
	S      string
	hash   int64
	hashed bool
}

// Type makes StrObject an Object.
func (*StrObject) Type() *Type { return StrType }

// Str makes a str value.
func Str(s string) Value { return Obj(&StrObject{S: s}) }

var strSeed = maphash.MakeSeed()

// Hash is hash(s), cached.
func (s *StrObject) Hash() int64 {
	if !s.hashed {
		h := int64(maphash.String(strSeed, s.S) >> 1)
		if h == -1 {
			h = -2
		}
		s.hash = h
		s.hashed = true
	}
	return s.hash
}
