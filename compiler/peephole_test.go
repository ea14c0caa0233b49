package compiler

import (
	"slices"
	"testing"
)

// opsOf returns the opcodes of the code object called name in code.
func opsOf(t *testing.T, code *Code, name string) []Opcode {
	t.Helper()
	for _, c := range codeObjects(code) {
		if c.Name == name {
			var ops []Opcode
			for _, in := range c.Code {
				ops = append(ops, in.Op)
			}
			return ops
		}
	}
	t.Fatalf("no code object %s", name)
	return nil
}

func TestFuseAttributeLoads(t *testing.T) {
	code := compileSrc(t, "fuse.aio", `
class C:
    def get(self):
        return self.x * self.y

    def bump(self, n):
        self.count += n
        return self.other(n)
`)
	get := opsOf(t, code, "get")
	if want := []Opcode{LOAD_FAST_ATTR, LOAD_FAST_ATTR, BINARY_OP, RETURN_VALUE}; !slices.Equal(get[:4], want) {
		t.Errorf("get: %v, want %v", get[:4], want)
	}
	bump := opsOf(t, code, "bump")
	// self.count += n reads and writes the attribute of the local in one
	// instruction each, and the method call loads self and the method in
	// one.
	if want := []Opcode{LOAD_FAST_ATTR, LOAD_FAST, BINARY_OP, STORE_FAST_ATTR, LOAD_FAST_METHOD, LOAD_FAST, CALL}; !slices.Equal(bump[:7], want) {
		t.Errorf("bump: %v, want %v", bump[:7], want)
	}
	for _, c := range codeObjects(code) {
		for i, in := range c.Code {
			if in.Op != LOAD_FAST_ATTR && in.Op != LOAD_FAST_METHOD {
				continue
			}
			// The second half's position is kept for its errors.
			p, ok := c.FusedPositions[i]
			if !ok || p.EndCol <= c.Positions[i].EndCol {
				t.Errorf("%s %d %v: second-half position %v (first %v)", c.Name, i, in.Op, p, c.Positions[i])
			}
		}
	}
	// An assignment expression in the value may rebind the local: then
	// the object is kept on the stack (LOAD_FAST; COPY 1, which fuses to
	// LOAD_FAST_LOAD_FAST a, a).
	code = compileSrc(t, "fuse.aio", `
def walrus(c):
    c.count += (c := 1)
`)
	w := opsOf(t, code, "walrus")
	if want := []Opcode{LOAD_FAST_LOAD_FAST, LOAD_ATTR}; !slices.Equal(w[:2], want) {
		t.Errorf("walrus: %v, want %v first", w, want)
	}
	for _, c := range codeObjects(code) {
		if c.Name == "walrus" {
			if in := c.Code[0]; in.Arg&0xffff != in.Arg>>16 {
				t.Errorf("walrus: %v %d loads two different locals", in.Op, in.Arg)
			}
		}
	}
}

func TestFuseNotAcrossJumpTarget(t *testing.T) {
	// Both arms of the conditional jump to the LOAD_ATTR after "b": fusing
	// it with LOAD_FAST b would skip the attribute load on the "a" arm.
	code := compileSrc(t, "fuse.aio", `
def f(c, a, b):
    return (a if c else b).x
`)
	for _, c := range codeObjects(code) {
		if c.Name != "f" {
			continue
		}
		for i, in := range c.Code {
			if in.Op == LOAD_FAST_ATTR {
				t.Errorf("f: %v at %d fused across a jump target: %v", in.Op, i, c.Code)
			}
			if in.Op.isJump() && c.Code[in.Arg].Op == LOAD_ATTR {
				return
			}
		}
		t.Errorf("f: no jump to the LOAD_ATTR: %v", c.Code)
	}
}
