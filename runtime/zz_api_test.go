package runtime

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// numAPICases were checked against CPython 3.11: the first field is the
// Python expression, the last what it evaluates to (or raises).
var numAPICases = []struct {
	py   string
	call func() (Value, error)
	want string
}{
	{"int('42')", func() (Value, error) { return nCall(IntType, nS("42")) }, "42"},
	{"int('-7')", func() (Value, error) { return nCall(IntType, nS("-7")) }, "-7"},
	{"int(' 12 ')", func() (Value, error) { return nCall(IntType, nS(" 12 ")) }, "12"},
	{"int('\\t+5\\n')", func() (Value, error) { return nCall(IntType, nS("\u0009+5\u000a")) }, "5"},
	{"int('1_000')", func() (Value, error) { return nCall(IntType, nS("1_000")) }, "1000"},
	{"int('_1')", func() (Value, error) { return nCall(IntType, nS("_1")) }, "ValueError: invalid literal for int() with base 10: '_1'"},
	{"int('1_')", func() (Value, error) { return nCall(IntType, nS("1_")) }, "ValueError: invalid literal for int() with base 10: '1_'"},
	{"int('1__0')", func() (Value, error) { return nCall(IntType, nS("1__0")) }, "ValueError: invalid literal for int() with base 10: '1__0'"},
	{"int('abc')", func() (Value, error) { return nCall(IntType, nS("abc")) }, "ValueError: invalid literal for int() with base 10: 'abc'"},
	{"int('')", func() (Value, error) { return nCall(IntType, nS("")) }, "ValueError: invalid literal for int() with base 10: ''"},
	{"int('  ')", func() (Value, error) { return nCall(IntType, nS("  ")) }, "ValueError: invalid literal for int() with base 10: '  '"},
	{"int('ff', 16)", func() (Value, error) { return nCall(IntType, nS("ff"), nI(16)) }, "255"},
	{"int('0xff', 16)", func() (Value, error) { return nCall(IntType, nS("0xff"), nI(16)) }, "255"},
	{"int('0XFF', 0)", func() (Value, error) { return nCall(IntType, nS("0XFF"), nI(0)) }, "255"},
	{"int('0x_1f', 16)", func() (Value, error) { return nCall(IntType, nS("0x_1f"), nI(16)) }, "31"},
	{"int('0x_1f', 0)", func() (Value, error) { return nCall(IntType, nS("0x_1f"), nI(0)) }, "31"},
	{"int('0o17', 0)", func() (Value, error) { return nCall(IntType, nS("0o17"), nI(0)) }, "15"},
	{"int('0b101', 0)", func() (Value, error) { return nCall(IntType, nS("0b101"), nI(0)) }, "5"},
	{"int('0b', 0)", func() (Value, error) { return nCall(IntType, nS("0b"), nI(0)) }, "ValueError: invalid literal for int() with base 0: '0b'"},
	{"int('0b1', 16)", func() (Value, error) { return nCall(IntType, nS("0b1"), nI(16)) }, "177"},
	{"int('010', 0)", func() (Value, error) { return nCall(IntType, nS("010"), nI(0)) }, "ValueError: invalid literal for int() with base 0: '010'"},
	{"int('00', 0)", func() (Value, error) { return nCall(IntType, nS("00"), nI(0)) }, "0"},
	{"int('0_0', 0)", func() (Value, error) { return nCall(IntType, nS("0_0"), nI(0)) }, "0"},
	{"int('09', 0)", func() (Value, error) { return nCall(IntType, nS("09"), nI(0)) }, "ValueError: invalid literal for int() with base 0: '09'"},
	{"int('00_0', 0)", func() (Value, error) { return nCall(IntType, nS("00_0"), nI(0)) }, "0"},
	{"int('0_', 0)", func() (Value, error) { return nCall(IntType, nS("0_"), nI(0)) }, "ValueError: invalid literal for int() with base 0: '0_'"},
	{"int('-0x10', 16)", func() (Value, error) { return nCall(IntType, nS("-0x10"), nI(16)) }, "-16"},
	{"int('z', 36)", func() (Value, error) { return nCall(IntType, nS("z"), nI(36)) }, "35"},
	{"int('Z', 36)", func() (Value, error) { return nCall(IntType, nS("Z"), nI(36)) }, "35"},
	{"int('12', 1)", func() (Value, error) { return nCall(IntType, nS("12"), nI(1)) }, "ValueError: int() base must be >= 2 and <= 36, or 0"},
	{"int('12', 37)", func() (Value, error) { return nCall(IntType, nS("12"), nI(37)) }, "ValueError: int() base must be >= 2 and <= 36, or 0"},
	{"int('  -  1')", func() (Value, error) { return nCall(IntType, nS("  -  1")) }, "ValueError: invalid literal for int() with base 10: '  -  1'"},
	{"int('+_1')", func() (Value, error) { return nCall(IntType, nS("+_1")) }, "ValueError: invalid literal for int() with base 10: '+_1'"},
	{"int('9223372036854775807')", func() (Value, error) { return nCall(IntType, nS("9223372036854775807")) }, "9223372036854775807"},
	{"int('9223372036854775808')", func() (Value, error) { return nCall(IntType, nS("9223372036854775808")) }, "9223372036854775808"},
	{"int('-9223372036854775808')", func() (Value, error) { return nCall(IntType, nS("-9223372036854775808")) }, "-9223372036854775808"},
	{"int('-9223372036854775809')", func() (Value, error) { return nCall(IntType, nS("-9223372036854775809")) }, "-9223372036854775809"},
	{"int('123456789012345678901234567890')", func() (Value, error) { return nCall(IntType, nS("123456789012345678901234567890")) }, "123456789012345678901234567890"},
	{"int('1111111111111111111111111111111111111111', 2)", func() (Value, error) { return nCall(IntType, nS("1111111111111111111111111111111111111111"), nI(2)) }, "1099511627775"},
	{"int('777777777777777777777777777777', 8)", func() (Value, error) { return nCall(IntType, nS("777777777777777777777777777777"), nI(8)) }, "1237940039285380274899124223"},
	{"int('ffffffffffffffffffffffffffffffffffffffff', 16)", func() (Value, error) { return nCall(IntType, nS("ffffffffffffffffffffffffffffffffffffffff"), nI(16)) }, "1461501637330902918203684832716283019655932542975"},
	{"int('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', 36)", func() (Value, error) { return nCall(IntType, nS("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"), nI(36)) }, "178689910246017054531432477289437798228285773001601743140683775"},
	{"int('\u0661\u0662\u0663')", func() (Value, error) { return nCall(IntType, nS("\u0661\u0662\u0663")) }, "123"},
	{"int('\\xa012\\u2003')", func() (Value, error) { return nCall(IntType, nS("\u00a012\u2003")) }, "12"},
	{"int('1\u0662', 16)", func() (Value, error) { return nCall(IntType, nS("1\u0662"), nI(16)) }, "18"},
	{"int('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')", func() (Value, error) {
		return nCall(IntType, nS("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
	}, "ValueError: invalid literal for int() with base 10: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
	{"int('12', 0)", func() (Value, error) { return nCall(IntType, nS("12"), nI(0)) }, "12"},
	{"int('0', 0)", func() (Value, error) { return nCall(IntType, nS("0"), nI(0)) }, "0"},
	{"int('-0', 0)", func() (Value, error) { return nCall(IntType, nS("-0"), nI(0)) }, "0"},
	{"int('+0x10', 0)", func() (Value, error) { return nCall(IntType, nS("+0x10"), nI(0)) }, "16"},
	{"int('1e5')", func() (Value, error) { return nCall(IntType, nS("1e5")) }, "ValueError: invalid literal for int() with base 10: '1e5'"},
	{"int('1.5')", func() (Value, error) { return nCall(IntType, nS("1.5")) }, "ValueError: invalid literal for int() with base 10: '1.5'"},
	{"int(\"ff\", base=16)", func() (Value, error) { return nCallKw(IntType, []Value{nS("ff"), nI(16)}, "base") }, "255"},
	{"int(\"1\"*4301)", func() (Value, error) { return nCall(IntType, nS(strings.Repeat("1", 4301))) }, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},
	{"int(\"1_\"*4300+\"1\")", func() (Value, error) { return nCall(IntType, nS(strings.Repeat("1_", 4300)+"1")) }, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},
	{"int(\"0\"*5000)", func() (Value, error) { return nCall(IntType, nS(strings.Repeat("0", 5000))) }, "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"},
	{"int(\"ff\", x=16)", func() (Value, error) { return nCallKw(IntType, []Value{nS("ff"), nI(16)}, "x") }, "TypeError: 'x' is an invalid keyword argument for int()"},
	{"int(base=16)", func() (Value, error) { return nCallKw(IntType, []Value{nI(16)}, "base") }, "TypeError: int() missing string argument"},
	{"int(\"1\", 2, 3)", func() (Value, error) { return nCall(IntType, nS("1"), nI(2), nI(3)) }, "TypeError: int() takes at most 2 arguments (3 given)"},
	{"int(12, 10)", func() (Value, error) { return nCall(IntType, nI(12), nI(10)) }, "TypeError: int() can't convert non-string with explicit base"},
	{"int(3.99)", func() (Value, error) { return nCall(IntType, Float(3.99)) }, "3"},
	{"int(-3.99)", func() (Value, error) { return nCall(IntType, Float(-3.99)) }, "-3"},
	{"int(1e20)", func() (Value, error) { return nCall(IntType, Float(1e20)) }, "100000000000000000000"},
	{"int(-1e300)", func() (Value, error) { return nCall(IntType, Float(-1e300)) }, "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"},
	{"int(float(\"inf\"))", func() (Value, error) { return nCall(IntType, Float(math.Inf(1))) }, "OverflowError: cannot convert float infinity to integer"},
	{"int(float(\"nan\"))", func() (Value, error) { return nCall(IntType, Float(math.NaN())) }, "ValueError: cannot convert float NaN to integer"},
	{"int(True)", func() (Value, error) { return nCall(IntType, True) }, "1"},
	{"int()", func() (Value, error) { return nCall(IntType) }, "0"},
	{"int(None)", func() (Value, error) { return nCall(IntType, None) }, "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"},
	{"int([])", func() (Value, error) { return nCall(IntType, Obj(&List{})) }, "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"},
	{"int(b\"12\")", func() (Value, error) { return nCall(IntType, nBytes("12")) }, "12"},
	{"int(b\"1x\")", func() (Value, error) { return nCall(IntType, nBytes("1x")) }, "ValueError: invalid literal for int() with base 10: b'1x'"},
	{"int(b\"ff\", 16)", func() (Value, error) { return nCall(IntType, nBytes("ff"), nI(16)) }, "255"},
	{"int(\"12\", 2.5)", func() (Value, error) { return nCall(IntType, nS("12"), Float(2.5)) }, "TypeError: 'float' object cannot be interpreted as an integer"},
	{"float('1.5')", func() (Value, error) { return nCall(FloatType, nS("1.5")) }, "1.5"},
	{"float(' 1.5 ')", func() (Value, error) { return nCall(FloatType, nS(" 1.5 ")) }, "1.5"},
	{"float('1e3')", func() (Value, error) { return nCall(FloatType, nS("1e3")) }, "1000.0"},
	{"float('-1E-3')", func() (Value, error) { return nCall(FloatType, nS("-1E-3")) }, "-0.001"},
	{"float('inf')", func() (Value, error) { return nCall(FloatType, nS("inf")) }, "inf"},
	{"float('-Infinity')", func() (Value, error) { return nCall(FloatType, nS("-Infinity")) }, "-inf"},
	{"float('iNF')", func() (Value, error) { return nCall(FloatType, nS("iNF")) }, "inf"},
	{"float('nan')", func() (Value, error) { return nCall(FloatType, nS("nan")) }, "nan"},
	{"float('+nan')", func() (Value, error) { return nCall(FloatType, nS("+nan")) }, "nan"},
	{"float('-nan')", func() (Value, error) { return nCall(FloatType, nS("-nan")) }, "nan"},
	{"float('1_000.000_1')", func() (Value, error) { return nCall(FloatType, nS("1_000.000_1")) }, "1000.0001"},
	{"float('1_.5')", func() (Value, error) { return nCall(FloatType, nS("1_.5")) }, "ValueError: could not convert string to float: '1_.5'"},
	{"float('1._5')", func() (Value, error) { return nCall(FloatType, nS("1._5")) }, "ValueError: could not convert string to float: '1._5'"},
	{"float('1e1_0')", func() (Value, error) { return nCall(FloatType, nS("1e1_0")) }, "10000000000.0"},
	{"float('1e_10')", func() (Value, error) { return nCall(FloatType, nS("1e_10")) }, "ValueError: could not convert string to float: '1e_10'"},
	{"float('.5')", func() (Value, error) { return nCall(FloatType, nS(".5")) }, "0.5"},
	{"float('5.')", func() (Value, error) { return nCall(FloatType, nS("5.")) }, "5.0"},
	{"float('.')", func() (Value, error) { return nCall(FloatType, nS(".")) }, "ValueError: could not convert string to float: '.'"},
	{"float('')", func() (Value, error) { return nCall(FloatType, nS("")) }, "ValueError: could not convert string to float: ''"},
	{"float('x')", func() (Value, error) { return nCall(FloatType, nS("x")) }, "ValueError: could not convert string to float: 'x'"},
	{"float('1e400')", func() (Value, error) { return nCall(FloatType, nS("1e400")) }, "inf"},
	{"float('-1e-400')", func() (Value, error) { return nCall(FloatType, nS("-1e-400")) }, "-0.0"},
	{"float('0x1p3')", func() (Value, error) { return nCall(FloatType, nS("0x1p3")) }, "ValueError: could not convert string to float: '0x1p3'"},
	{"float('1e')", func() (Value, error) { return nCall(FloatType, nS("1e")) }, "ValueError: could not convert string to float: '1e'"},
	{"float('e5')", func() (Value, error) { return nCall(FloatType, nS("e5")) }, "ValueError: could not convert string to float: 'e5'"},
	{"float('++1')", func() (Value, error) { return nCall(FloatType, nS("++1")) }, "ValueError: could not convert string to float: '++1'"},
	{"float('1.5.5')", func() (Value, error) { return nCall(FloatType, nS("1.5.5")) }, "ValueError: could not convert string to float: '1.5.5'"},
	{"float('\u0661\u0662\u0663.\u0665')", func() (Value, error) { return nCall(FloatType, nS("\u0661\u0662\u0663.\u0665")) }, "123.5"},
	{"float('  \\u2003 2.5 ')", func() (Value, error) { return nCall(FloatType, nS("  \u2003 2.5 ")) }, "2.5"},
	{"float('infinity_')", func() (Value, error) { return nCall(FloatType, nS("infinity_")) }, "ValueError: could not convert string to float: 'infinity_'"},
	{"float('in f')", func() (Value, error) { return nCall(FloatType, nS("in f")) }, "ValueError: could not convert string to float: 'in f'"},
	{"float('1__5')", func() (Value, error) { return nCall(FloatType, nS("1__5")) }, "ValueError: could not convert string to float: '1__5'"},
	{"float('_1')", func() (Value, error) { return nCall(FloatType, nS("_1")) }, "ValueError: could not convert string to float: '_1'"},
	{"float('1_')", func() (Value, error) { return nCall(FloatType, nS("1_")) }, "ValueError: could not convert string to float: '1_'"},
	{"float('0.1')", func() (Value, error) { return nCall(FloatType, nS("0.1")) }, "0.1"},
	{"float('123456789012345678901234567890')", func() (Value, error) { return nCall(FloatType, nS("123456789012345678901234567890")) }, "1.2345678901234568e+29"},
	{"float('2.2250738585072011e-308')", func() (Value, error) { return nCall(FloatType, nS("2.2250738585072011e-308")) }, "2.225073858507201e-308"},
	{"float('4.9e-324')", func() (Value, error) { return nCall(FloatType, nS("4.9e-324")) }, "5e-324"},
	{"float('1.7976931348623159e308')", func() (Value, error) { return nCall(FloatType, nS("1.7976931348623159e308")) }, "inf"},
	{"float('00012.50')", func() (Value, error) { return nCall(FloatType, nS("00012.50")) }, "12.5"},
	{"float(7)", func() (Value, error) { return nCall(FloatType, nI(7)) }, "7.0"},
	{"float(10**400)", func() (Value, error) { return nCall(FloatType, nBig("1"+strings.Repeat("0", 400))) }, "OverflowError: int too large to convert to float"},
	{"float(123456789012345678901234567890)", func() (Value, error) { return nCall(FloatType, nBig("123456789012345678901234567890")) }, "1.2345678901234568e+29"},
	{"float(True)", func() (Value, error) { return nCall(FloatType, True) }, "1.0"},
	{"float()", func() (Value, error) { return nCall(FloatType) }, "0.0"},
	{"float([])", func() (Value, error) { return nCall(FloatType, Obj(&List{})) }, "TypeError: float() argument must be a string or a real number, not 'list'"},
	{"float(1, 2)", func() (Value, error) { return nCall(FloatType, nI(1), nI(2)) }, "TypeError: float expected at most 1 argument, got 2"},
	{"float(x=1)", func() (Value, error) { return nCallKw(FloatType, []Value{nI(1)}, "x") }, "TypeError: float() takes no keyword arguments"},
	{"float(b\"1.5\")", func() (Value, error) { return nCall(FloatType, nBytes("1.5")) }, "1.5"},
	{"float(b\"1x\")", func() (Value, error) { return nCall(FloatType, nBytes("1x")) }, "ValueError: could not convert string to float: b'1x'"},
	{"bool()", func() (Value, error) { return nCall(BoolType) }, "False"},
	{"bool(0)", func() (Value, error) { return nCall(BoolType, nI(0)) }, "False"},
	{"bool(0.5)", func() (Value, error) { return nCall(BoolType, Float(0.5)) }, "True"},
	{"bool(10**20)", func() (Value, error) { return nCall(BoolType, nBig("100000000000000000000")) }, "True"},
	{"bool(1, 2)", func() (Value, error) { return nCall(BoolType, nI(1), nI(2)) }, "TypeError: bool expected at most 1 argument, got 2"},
	{"bool(x=1)", func() (Value, error) { return nCallKw(BoolType, []Value{nI(1)}, "x") }, "TypeError: bool() takes no keyword arguments"},
	{"repr(0.1+0.2)", func() (Value, error) { return nRepr(Float(0x1.3333333333334p-2)) }, "0.30000000000000004"},
	{"repr(1e16)", func() (Value, error) { return nRepr(Float(0x1.1c37937e08000p+53)) }, "1e+16"},
	{"repr(1e15)", func() (Value, error) { return nRepr(Float(0x1.c6bf526340000p+49)) }, "1000000000000000.0"},
	{"repr(1e-5)", func() (Value, error) { return nRepr(Float(0x1.4f8b588e368f1p-17)) }, "1e-05"},
	{"repr(0.0001)", func() (Value, error) { return nRepr(Float(0x1.a36e2eb1c432dp-14)) }, "0.0001"},
	{"repr(1.5e-07)", func() (Value, error) { return nRepr(Float(0x1.421f5f40d8376p-23)) }, "1.5e-07"},
	{"repr(123456789012345.0)", func() (Value, error) { return nRepr(Float(0x1.c12218377de40p+46)) }, "123456789012345.0"},
	{"repr(1.2345678901234567e+19)", func() (Value, error) { return nRepr(Float(0x1.56a95319d63e1p+63)) }, "1.2345678901234567e+19"},
	{"repr(-0.0)", func() (Value, error) { return nRepr(Float(math.Copysign(0, -1))) }, "-0.0"},
	{"repr(1/3)", func() (Value, error) { return nRepr(Float(0x1.5555555555555p-2)) }, "0.3333333333333333"},
	{"repr(2.5)", func() (Value, error) { return nRepr(Float(0x1.4000000000000p+1)) }, "2.5"},
	{"repr(1e22)", func() (Value, error) { return nRepr(Float(0x1.0f0cf064dd592p+73)) }, "1e+22"},
	{"repr(1e300*10)", func() (Value, error) { return nRepr(Float(0x1.ddd4baa009303p+999)) }, "1e+301"},
	{"repr(5e-324)", func() (Value, error) { return nRepr(Float(0x0.0000000000001p-1022)) }, "5e-324"},
	{"repr(1.7976931348623157e308)", func() (Value, error) { return nRepr(Float(0x1.fffffffffffffp+1023)) }, "1.7976931348623157e+308"},
	{"repr(-1e-7)", func() (Value, error) { return nRepr(Float(-0x1.ad7f29abcaf48p-24)) }, "-1e-07"},
	{"repr(123456789.123456789)", func() (Value, error) { return nRepr(Float(0x1.d6f34547e6b75p+26)) }, "123456789.12345679"},
	{"repr(0.1*3)", func() (Value, error) { return nRepr(Float(0x1.3333333333334p-2)) }, "0.30000000000000004"},
	{"repr(1e100)", func() (Value, error) { return nRepr(Float(0x1.249ad2594c37dp+332)) }, "1e+100"},
	{"repr(12345678901234567.0)", func() (Value, error) { return nRepr(Float(0x1.5ee2a2eb5a5c4p+53)) }, "1.2345678901234568e+16"},
	{"repr(9007199254740993.0)", func() (Value, error) { return nRepr(Float(0x1.0000000000000p+53)) }, "9007199254740992.0"},
	{"repr(1234567890123456.7)", func() (Value, error) { return nRepr(Float(0x1.18b54f22aeb03p+50)) }, "1234567890123456.8"},
	{"repr(100.0)", func() (Value, error) { return nRepr(Float(0x1.9000000000000p+6)) }, "100.0"},
	{"repr(3.14159)", func() (Value, error) { return nRepr(Float(0x1.921f9f01b866ep+1)) }, "3.14159"},
	{"repr(-2.5e-10)", func() (Value, error) { return nRepr(Float(-0x1.12e0be826d695p-32)) }, "-2.5e-10"},
	{"repr(1.0e-4)", func() (Value, error) { return nRepr(Float(0x1.a36e2eb1c432dp-14)) }, "0.0001"},
	{"repr(0.00012345)", func() (Value, error) { return nRepr(Float(0x1.02e4b6ce5dc68p-13)) }, "0.00012345"},
	{"repr(4.35)", func() (Value, error) { return nRepr(Float(0x1.1666666666666p+2)) }, "4.35"},
	{"repr(2**0.5)", func() (Value, error) { return nRepr(Float(0x1.6a09e667f3bcdp+0)) }, "1.4142135623730951"},
	{"repr(1e16-2)", func() (Value, error) { return nRepr(Float(0x1.1c37937e07fffp+53)) }, "9999999999999998.0"},
	{"repr(float('-inf'))", func() (Value, error) { return nRepr(Float(math.Inf(-1))) }, "-inf"},
	{"repr(float('nan'))", func() (Value, error) { return nRepr(Float(math.NaN())) }, "nan"},
	{"repr(-123456789012345678901234567890)", func() (Value, error) { return nRepr(nBig("-123456789012345678901234567890")) }, "-123456789012345678901234567890"},
	{"repr(10**4300)", func() (Value, error) { return nRepr(nBig("1" + strings.Repeat("0", 4300))) }, "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"},
	{"repr(True)", func() (Value, error) { return nRepr(True) }, "True"},
	{"round(2.5)", func() (Value, error) { return RoundValue(nil, Float(2.5), Null) }, "2"},
	{"round(3.5)", func() (Value, error) { return RoundValue(nil, Float(3.5), Null) }, "4"},
	{"round(-0.5)", func() (Value, error) { return RoundValue(nil, Float(-0.5), Null) }, "0"},
	{"round(0.5)", func() (Value, error) { return RoundValue(nil, Float(0.5), Null) }, "0"},
	{"round(1.5)", func() (Value, error) { return RoundValue(nil, Float(1.5), Null) }, "2"},
	{"round(-2.5)", func() (Value, error) { return RoundValue(nil, Float(-2.5), Null) }, "-2"},
	{"round(2.675, 2)", func() (Value, error) { return RoundValue(nil, Float(2.675), nI(2)) }, "2.67"},
	{"round(3.14159, 2)", func() (Value, error) { return RoundValue(nil, Float(3.14159), nI(2)) }, "3.14"},
	{"round(1234.5678, -2)", func() (Value, error) { return RoundValue(nil, Float(1234.5678), nI(-2)) }, "1200.0"},
	{"round(0.125, 2)", func() (Value, error) { return RoundValue(nil, Float(0.125), nI(2)) }, "0.12"},
	{"round(0.375, 2)", func() (Value, error) { return RoundValue(nil, Float(0.375), nI(2)) }, "0.38"},
	{"round(-0.4, 0)", func() (Value, error) { return RoundValue(nil, Float(-0.4), nI(0)) }, "-0.0"},
	{"round(2.5, 0)", func() (Value, error) { return RoundValue(nil, Float(2.5), nI(0)) }, "2.0"},
	{"round(1e20)", func() (Value, error) { return RoundValue(nil, Float(1e20), Null) }, "100000000000000000000"},
	{"round(1.7976931348623157e308, -308)", func() (Value, error) { return RoundValue(nil, Float(1.7976931348623157e308), nI(-308)) }, "OverflowError: rounded value too large to represent"},
	{"round(5e-324, 400)", func() (Value, error) { return RoundValue(nil, Float(5e-324), nI(400)) }, "5e-324"},
	{"round(123.456, -1)", func() (Value, error) { return RoundValue(nil, Float(123.456), nI(-1)) }, "120.0"},
	{"round(1e300, -300)", func() (Value, error) { return RoundValue(nil, Float(1e300), nI(-300)) }, "1e+300"},
	{"round(1.25, 1)", func() (Value, error) { return RoundValue(nil, Float(1.25), nI(1)) }, "1.2"},
	{"round(1.35, 1)", func() (Value, error) { return RoundValue(nil, Float(1.35), nI(1)) }, "1.4"},
	{"round(-0.0)", func() (Value, error) { return RoundValue(nil, Float(-0.0), Null) }, "0"},
	{"round(1e16+2, -1)", func() (Value, error) { return RoundValue(nil, Float(1e16+2), nI(-1)) }, "1e+16"},
	{"round(1.5, 2**70)", func() (Value, error) { return RoundValue(nil, Float(1.5), nBig("1180591620717411303424")) }, "1.5"},
	{"round(1.5, -2**70)", func() (Value, error) { return RoundValue(nil, Float(1.5), nBig("-1180591620717411303424")) }, "0.0"},
	{"round(float('inf'), 2)", func() (Value, error) { return RoundValue(nil, Float(math.Inf(1)), nI(2)) }, "inf"},
	{"round(float('inf'))", func() (Value, error) { return RoundValue(nil, Float(math.Inf(1)), Null) }, "OverflowError: cannot convert float infinity to integer"},
	{"round(float('nan'))", func() (Value, error) { return RoundValue(nil, Float(math.NaN()), Null) }, "ValueError: cannot convert float NaN to integer"},
	{"round(float('nan'), 1)", func() (Value, error) { return RoundValue(nil, Float(math.NaN()), nI(1)) }, "nan"},
	{"round(1e-300, 5)", func() (Value, error) { return RoundValue(nil, Float(1e-300), nI(5)) }, "0.0"},
	{"round(0.5, -1)", func() (Value, error) { return RoundValue(nil, Float(0.5), nI(-1)) }, "0.0"},
	{"round(5.0, -1)", func() (Value, error) { return RoundValue(nil, Float(5.0), nI(-1)) }, "0.0"},
	{"round(15.0, -1)", func() (Value, error) { return RoundValue(nil, Float(15.0), nI(-1)) }, "20.0"},
	{"round(25.0, -1)", func() (Value, error) { return RoundValue(nil, Float(25.0), nI(-1)) }, "20.0"},
	{"round(-25.0, -1)", func() (Value, error) { return RoundValue(nil, Float(-25.0), nI(-1)) }, "-20.0"},
	{"round(15, -1)", func() (Value, error) { return RoundValue(nil, nI(15), nI(-1)) }, "20"},
	{"round(25, -1)", func() (Value, error) { return RoundValue(nil, nI(25), nI(-1)) }, "20"},
	{"round(-25, -1)", func() (Value, error) { return RoundValue(nil, nI(-25), nI(-1)) }, "-20"},
	{"round(12345, -2)", func() (Value, error) { return RoundValue(nil, nI(12345), nI(-2)) }, "12300"},
	{"round(-12355, -1)", func() (Value, error) { return RoundValue(nil, nI(-12355), nI(-1)) }, "-12360"},
	{"round(5, 2)", func() (Value, error) { return RoundValue(nil, nI(5), nI(2)) }, "5"},
	{"round(7, -400)", func() (Value, error) { return RoundValue(nil, nI(7), nI(-400)) }, "0"},
	{"round(True)", func() (Value, error) { return RoundValue(nil, True, Null) }, "1"},
	{"round(True, 1)", func() (Value, error) { return RoundValue(nil, True, nI(1)) }, "1"},
	{"round(2**70+5, -1)", func() (Value, error) { return RoundValue(nil, nBig("1180591620717411303429"), nI(-1)) }, "1180591620717411303430"},
	{"round(10**30+5*10**9, -10)", func() (Value, error) { return RoundValue(nil, nBig("1000000000000000000005000000000"), nI(-10)) }, "1000000000000000000000000000000"},
	{"round(2)", func() (Value, error) { return RoundValue(nil, nI(2), Null) }, "2"},
	{"round(1.5, None)", func() (Value, error) { return RoundValue(nil, Float(1.5), None) }, "2"},
	{"round(2, None)", func() (Value, error) { return RoundValue(nil, nI(2), None) }, "2"},
	{"round(0.1, 20)", func() (Value, error) { return RoundValue(nil, Float(0.1), nI(20)) }, "0.1"},
	{"round(1.23456789e-5, 8)", func() (Value, error) { return RoundValue(nil, Float(1.23456789e-5), nI(8)) }, "1.235e-05"},
	{"round(-1.5, 0)", func() (Value, error) { return RoundValue(nil, Float(-1.5), nI(0)) }, "-2.0"},
	{"round(123.456, -3)", func() (Value, error) { return RoundValue(nil, Float(123.456), nI(-3)) }, "0.0"},
	{"round(999.9, -3)", func() (Value, error) { return RoundValue(nil, Float(999.9), nI(-3)) }, "1000.0"},
	{"round(2.5, 1.5)", func() (Value, error) { return RoundValue(nil, Float(2.5), Float(1.5)) }, "TypeError: 'float' object cannot be interpreted as an integer"},
	{"round(\"a\")", func() (Value, error) { return RoundValue(nil, nS("a"), Null) }, "TypeError: type str doesn't define __round__ method"},
	{"divmod(17, 5)", func() (Value, error) { return DivMod(nil, nI(17), nI(5)) }, "(3, 2)"},
	{"divmod(-17, 5)", func() (Value, error) { return DivMod(nil, nI(-17), nI(5)) }, "(-4, 3)"},
	{"divmod(7, -2)", func() (Value, error) { return DivMod(nil, nI(7), nI(-2)) }, "(-4, -1)"},
	{"divmod(-7, -2)", func() (Value, error) { return DivMod(nil, nI(-7), nI(-2)) }, "(3, -1)"},
	{"divmod(7.5, 2)", func() (Value, error) { return DivMod(nil, Float(7.5), nI(2)) }, "(3.0, 1.5)"},
	{"divmod(-7.5, 2)", func() (Value, error) { return DivMod(nil, Float(-7.5), nI(2)) }, "(-4.0, 0.5)"},
	{"divmod(7.5, -2)", func() (Value, error) { return DivMod(nil, Float(7.5), nI(-2)) }, "(-4.0, -0.5)"},
	{"divmod(1, 0)", func() (Value, error) { return DivMod(nil, nI(1), nI(0)) }, "ZeroDivisionError: integer division or modulo by zero"},
	{"divmod(1.0, 0)", func() (Value, error) { return DivMod(nil, Float(1.0), nI(0)) }, "ZeroDivisionError: float divmod()"},
	{"divmod(-7.5, 0.0)", func() (Value, error) { return DivMod(nil, Float(-7.5), Float(0.0)) }, "ZeroDivisionError: float divmod()"},
	{"divmod(2**70, -3)", func() (Value, error) { return DivMod(nil, nBig("1180591620717411303424"), nI(-3)) }, "(-393530540239137101142, -2)"},
	{"divmod(-2**70, 7)", func() (Value, error) { return DivMod(nil, nBig("-1180591620717411303424"), nI(7)) }, "(-168655945816773043347, 5)"},
	{"divmod(0.0, -1.0)", func() (Value, error) { return DivMod(nil, Float(0.0), Float(-1.0)) }, "(-0.0, -0.0)"},
	{"divmod(5.0, float('inf'))", func() (Value, error) { return DivMod(nil, Float(5.0), Float(math.Inf(1))) }, "(0.0, 5.0)"},
	{"divmod(-5.0, float('inf'))", func() (Value, error) { return DivMod(nil, Float(-5.0), Float(math.Inf(1))) }, "(-1.0, inf)"},
	{"divmod(float('inf'), 2.0)", func() (Value, error) { return DivMod(nil, Float(math.Inf(1)), Float(2.0)) }, "(nan, nan)"},
	{"divmod(True, 2)", func() (Value, error) { return DivMod(nil, True, nI(2)) }, "(0, 1)"},
	{"divmod(\"a\", 1)", func() (Value, error) { return DivMod(nil, nS("a"), nI(1)) }, "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
	{"pow(2, 10, 1000)", func() (Value, error) { return Pow(nil, nI(2), nI(10), nI(1000)) }, "24"},
	{"pow(3, 4, None)", func() (Value, error) { return Pow(nil, nI(3), nI(4), None) }, "81"},
	{"pow(-3, 3, 7)", func() (Value, error) { return Pow(nil, nI(-3), nI(3), nI(7)) }, "1"},
	{"pow(3, -1, -7)", func() (Value, error) { return Pow(nil, nI(3), nI(-1), nI(-7)) }, "-2"},
	{"pow(3, -1, 7)", func() (Value, error) { return Pow(nil, nI(3), nI(-1), nI(7)) }, "5"},
	{"pow(2, -1, 4)", func() (Value, error) { return Pow(nil, nI(2), nI(-1), nI(4)) }, "ValueError: base is not invertible for the given modulus"},
	{"pow(2, 1, 0)", func() (Value, error) { return Pow(nil, nI(2), nI(1), nI(0)) }, "ValueError: pow() 3rd argument cannot be 0"},
	{"pow(0, 0, 1)", func() (Value, error) { return Pow(nil, nI(0), nI(0), nI(1)) }, "0"},
	{"pow(2, -1, 1)", func() (Value, error) { return Pow(nil, nI(2), nI(-1), nI(1)) }, "0"},
	{"pow(3, 2, -7)", func() (Value, error) { return Pow(nil, nI(3), nI(2), nI(-7)) }, "-5"},
	{"pow(2**100, 2**80+1, 10**9+7)", func() (Value, error) {
		return Pow(nil, nBig("1267650600228229401496703205376"), nBig("1208925819614629174706177"), nBig("1000000007"))
	}, "662367937"},
	{"pow(-(2**100), 3, 2**70)", func() (Value, error) {
		return Pow(nil, nBig("-1267650600228229401496703205376"), nI(3), nBig("1180591620717411303424"))
	}, "0"},
	{"pow(12345678901, 98765, 2**62+1)", func() (Value, error) { return Pow(nil, nI(12345678901), nI(98765), nBig("4611686018427387905")) }, "1245014962145726876"},
	{"pow(2**63-1, 2**63-1, 2**63-25)", func() (Value, error) {
		return Pow(nil, nBig("9223372036854775807"), nBig("9223372036854775807"), nBig("9223372036854775783"))
	}, "86762353606963200"},
	{"pow(-5, -3, 11)", func() (Value, error) { return Pow(nil, nI(-5), nI(-3), nI(11)) }, "8"},
	{"pow(6, -2, 9)", func() (Value, error) { return Pow(nil, nI(6), nI(-2), nI(9)) }, "ValueError: base is not invertible for the given modulus"},
	{"pow(2.0, 1, 3)", func() (Value, error) { return Pow(nil, Float(2), nI(1), nI(3)) }, "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
	{"pow(\"a\", 1, 2)", func() (Value, error) { return Pow(nil, nS("a"), nI(1), nI(2)) }, "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'"},
	{"pow(1, \"a\", 2)", func() (Value, error) { return Pow(nil, nI(1), nS("a"), nI(2)) }, "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'"},
	{"(5).bit_length()", func() (Value, error) { return nMethod(nI(5), "bit_length") }, "3"},
	{"(-5).bit_count()", func() (Value, error) { return nMethod(nI(-5), "bit_count") }, "2"},
	{"(0).bit_length()", func() (Value, error) { return nMethod(nI(0), "bit_length") }, "0"},
	{"(-1267650600228229401496703205376).bit_length()", func() (Value, error) { return nMethod(nBig("-1267650600228229401496703205376"), "bit_length") }, "101"},
	{"(1267650600228229401496703205375).bit_count()", func() (Value, error) { return nMethod(nBig("1267650600228229401496703205375"), "bit_count") }, "100"},
	{"(-255).bit_length()", func() (Value, error) { return nMethod(nI(-255), "bit_length") }, "8"},
	{"(5).as_integer_ratio()", func() (Value, error) { return nMethod(nI(5), "as_integer_ratio") }, "(5, 1)"},
	{"(5).conjugate()", func() (Value, error) { return nMethod(nI(5), "conjugate") }, "5"},
	{"True.conjugate()", func() (Value, error) { return nMethod(True, "conjugate") }, "1"},
	{"(-5).__index__()", func() (Value, error) { return nMethod(nI(-5), "__index__") }, "-5"},
	{"True.__index__()", func() (Value, error) { return nMethod(True, "__index__") }, "1"},
	{"(7).__add__((2))", func() (Value, error) { return nMethod(nI(7), "__add__", nI(2)) }, "9"},
	{"(7).__add__(float(2))", func() (Value, error) { return nMethod(nI(7), "__add__", Float(2)) }, "NotImplemented"},
	{"(7).__rsub__((2))", func() (Value, error) { return nMethod(nI(7), "__rsub__", nI(2)) }, "-5"},
	{"(7).__pow__((2), (5))", func() (Value, error) { return nMethod(nI(7), "__pow__", nI(2), nI(5)) }, "4"},
	{"(7).__floordiv__(\"a\")", func() (Value, error) { return nMethod(nI(7), "__floordiv__", nS("a")) }, "NotImplemented"},
	{"(7).__lt__(float(7.5))", func() (Value, error) { return nMethod(nI(7), "__lt__", Float(7.5)) }, "NotImplemented"},
	{"(7).__eq__(\"7\")", func() (Value, error) { return nMethod(nI(7), "__eq__", nS("7")) }, "NotImplemented"},
	{"(7).__divmod__((2))", func() (Value, error) { return nMethod(nI(7), "__divmod__", nI(2)) }, "(3, 1)"},
	{"(7).__rdivmod__((2))", func() (Value, error) { return nMethod(nI(7), "__rdivmod__", nI(2)) }, "(0, 2)"},
	{"(7).__neg__()", func() (Value, error) { return nMethod(nI(7), "__neg__") }, "-7"},
	{"(7).__invert__()", func() (Value, error) { return nMethod(nI(7), "__invert__") }, "-8"},
	{"(7).__float__()", func() (Value, error) { return nMethod(nI(7), "__float__") }, "7.0"},
	{"(7).__round__((-1))", func() (Value, error) { return nMethod(nI(7), "__round__", nI(-1)) }, "10"},
	{"(7).__trunc__()", func() (Value, error) { return nMethod(nI(7), "__trunc__") }, "7"},
	{"(7).__floor__()", func() (Value, error) { return nMethod(nI(7), "__floor__") }, "7"},
	{"(7).__bool__()", func() (Value, error) { return nMethod(nI(7), "__bool__") }, "True"},
	{"(-1).__hash__()", func() (Value, error) { return nMethod(nI(-1), "__hash__") }, "-2"},
	{"(7).__repr__()", func() (Value, error) { return nMethod(nI(7), "__repr__") }, "7"},
	{"True.__and__(False)", func() (Value, error) { return nMethod(True, "__and__", False) }, "False"},
	{"True.__or__((2))", func() (Value, error) { return nMethod(True, "__or__", nI(2)) }, "3"},
	{"True.__xor__(True)", func() (Value, error) { return nMethod(True, "__xor__", True) }, "False"},
	{"True.__repr__()", func() (Value, error) { return nMethod(True, "__repr__") }, "True"},
	{"True.__add__(True)", func() (Value, error) { return nMethod(True, "__add__", True) }, "2"},
	{"float(2.5).is_integer()", func() (Value, error) { return nMethod(Float(2.5), "is_integer") }, "False"},
	{"float(2.0).is_integer()", func() (Value, error) { return nMethod(Float(2.0), "is_integer") }, "True"},
	{"float('inf').is_integer()", func() (Value, error) { return nMethod(Float(math.Inf(1)), "is_integer") }, "False"},
	{"float(0.1).as_integer_ratio()", func() (Value, error) { return nMethod(Float(0.1), "as_integer_ratio") }, "(3602879701896397, 36028797018963968)"},
	{"float(-3.0).as_integer_ratio()", func() (Value, error) { return nMethod(Float(-3.0), "as_integer_ratio") }, "(-3, 1)"},
	{"float(1e300).as_integer_ratio()", func() (Value, error) { return nMethod(Float(1e300), "as_integer_ratio") }, "(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)"},
	{"float('inf').as_integer_ratio()", func() (Value, error) { return nMethod(Float(math.Inf(1)), "as_integer_ratio") }, "OverflowError: cannot convert Infinity to integer ratio"},
	{"float('nan').as_integer_ratio()", func() (Value, error) { return nMethod(Float(math.NaN()), "as_integer_ratio") }, "ValueError: cannot convert NaN to integer ratio"},
	{"float(0.0).as_integer_ratio()", func() (Value, error) { return nMethod(Float(0.0), "as_integer_ratio") }, "(0, 1)"},
	{"float(1.5).hex()", func() (Value, error) { return nMethod(Float(1.5), "hex") }, "0x1.8000000000000p+0"},
	{"float(5e-324).hex()", func() (Value, error) { return nMethod(Float(5e-324), "hex") }, "0x0.0000000000001p-1022"},
	{"float(0.0).hex()", func() (Value, error) { return nMethod(Float(0.0), "hex") }, "0x0.0p+0"},
	{"float(-0.0).hex()", func() (Value, error) { return nMethod(Float(math.Copysign(0, -1)), "hex") }, "-0x0.0p+0"},
	{"float('inf').hex()", func() (Value, error) { return nMethod(Float(math.Inf(1)), "hex") }, "inf"},
	{"float(1e300).hex()", func() (Value, error) { return nMethod(Float(1e300), "hex") }, "0x1.7e43c8800759cp+996"},
	{"float(0.1).hex()", func() (Value, error) { return nMethod(Float(0.1), "hex") }, "0x1.999999999999ap-4"},
	{"float(-2.5).hex()", func() (Value, error) { return nMethod(Float(-2.5), "hex") }, "-0x1.4000000000000p+1"},
	{"float(2.2250738585072014e-308).hex()", func() (Value, error) { return nMethod(Float(2.2250738585072014e-308), "hex") }, "0x1.0000000000000p-1022"},
	{"float(1.5).conjugate()", func() (Value, error) { return nMethod(Float(1.5), "conjugate") }, "1.5"},
	{"float(2.5).__round__()", func() (Value, error) { return nMethod(Float(2.5), "__round__") }, "2"},
	{"float(2.675).__round__((2))", func() (Value, error) { return nMethod(Float(2.675), "__round__", nI(2)) }, "2.67"},
	{"float(-2.5).__floor__()", func() (Value, error) { return nMethod(Float(-2.5), "__floor__") }, "-3"},
	{"float(-2.5).__ceil__()", func() (Value, error) { return nMethod(Float(-2.5), "__ceil__") }, "-2"},
	{"float(-2.5).__trunc__()", func() (Value, error) { return nMethod(Float(-2.5), "__trunc__") }, "-2"},
	{"float(-2.5).__int__()", func() (Value, error) { return nMethod(Float(-2.5), "__int__") }, "-2"},
	{"float(2.5).__mod__((2))", func() (Value, error) { return nMethod(Float(2.5), "__mod__", nI(2)) }, "0.5"},
	{"float(2.5).__rpow__((2))", func() (Value, error) { return nMethod(Float(2.5), "__rpow__", nI(2)) }, "5.656854249492381"},
	{"float(2.5).__and__((2))", func() (Value, error) { return nMethod(Float(2.5), "__and__", nI(2)) }, "AttributeError: 'float' object has no attribute '__and__'"},
	{"float(2.5).__divmod__(float(0.5))", func() (Value, error) { return nMethod(Float(2.5), "__divmod__", Float(0.5)) }, "(5.0, 0.0)"},
	{"float(-2.5).__abs__()", func() (Value, error) { return nMethod(Float(-2.5), "__abs__") }, "2.5"},
	{"float(2.5).__hash__()", func() (Value, error) { return nMethod(Float(2.5), "__hash__") }, "1152921504606846978"},
	{"float(2.5).__ge__((2))", func() (Value, error) { return nMethod(Float(2.5), "__ge__", nI(2)) }, "True"},
	{"(255).to_bytes((2), \"big\")", func() (Value, error) { return nMethod(nI(255), "to_bytes", nI(2), nS("big")) }, "b'\\x00\\xff'"},
	{"(255).to_bytes((2), \"little\")", func() (Value, error) { return nMethod(nI(255), "to_bytes", nI(2), nS("little")) }, "b'\\xff\\x00'"},
	{"(1).to_bytes()", func() (Value, error) { return nMethod(nI(1), "to_bytes") }, "b'\\x01'"},
	{"(-1).to_bytes((1), \"big\")", func() (Value, error) { return nMethod(nI(-1), "to_bytes", nI(1), nS("big")) }, "OverflowError: can't convert negative int to unsigned"},
	{"(256).to_bytes((1), \"big\")", func() (Value, error) { return nMethod(nI(256), "to_bytes", nI(1), nS("big")) }, "OverflowError: int too big to convert"},
	{"(1).to_bytes((-1), \"big\")", func() (Value, error) { return nMethod(nI(1), "to_bytes", nI(-1), nS("big")) }, "ValueError: length argument must be non-negative"},
	{"(1).to_bytes((1), \"x\")", func() (Value, error) { return nMethod(nI(1), "to_bytes", nI(1), nS("x")) }, "ValueError: byteorder must be either 'little' or 'big'"},
	{"(1180591620717411303424).to_bytes((10), \"little\")", func() (Value, error) {
		return nMethod(nBig("1180591620717411303424"), "to_bytes", nI(10), nS("little"))
	}, "b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00@\\x00'"},
	{"(0).to_bytes((0), \"big\")", func() (Value, error) { return nMethod(nI(0), "to_bytes", nI(0), nS("big")) }, "b''"},
	{"(1).to_bytes((0), \"big\")", func() (Value, error) { return nMethod(nI(1), "to_bytes", nI(0), nS("big")) }, "OverflowError: int too big to convert"},
	{"(-129).to_bytes(1, \"big\", signed=True)", func() (Value, error) {
		return nMethodKw(nI(-129), "to_bytes", []Value{nI(1), nS("big"), True}, "signed")
	}, "OverflowError: int too big to convert"},
	{"(-128).to_bytes(1, \"big\", signed=True)", func() (Value, error) {
		return nMethodKw(nI(-128), "to_bytes", []Value{nI(1), nS("big"), True}, "signed")
	}, "b'\\x80'"},
	{"(-1).to_bytes(4, \"little\", signed=True)", func() (Value, error) {
		return nMethodKw(nI(-1), "to_bytes", []Value{nI(4), nS("little"), True}, "signed")
	}, "b'\\xff\\xff\\xff\\xff'"},
	{"(128).to_bytes(1, \"big\", signed=True)", func() (Value, error) {
		return nMethodKw(nI(128), "to_bytes", []Value{nI(1), nS("big"), True}, "signed")
	}, "OverflowError: int too big to convert"},
	{"(5).to_bytes(2, byteorder=\"little\")", func() (Value, error) { return nMethodKw(nI(5), "to_bytes", []Value{nI(2), nS("little")}, "byteorder") }, "b'\\x05\\x00'"},
	{"int.from_bytes(b\"\\x01\\x00\", \"little\")", func() (Value, error) { return nMethod(Obj(IntType), "from_bytes", nBytes("\x01\x00"), nS("little")) }, "1"},
	{"int.from_bytes(b\"\\xff\\xff\", \"big\", signed=True)", func() (Value, error) {
		return nMethodKw(Obj(IntType), "from_bytes", []Value{nBytes("\xff\xff"), nS("big"), True}, "signed")
	}, "-1"},
	{"int.from_bytes(b\"\\xff\\xff\")", func() (Value, error) { return nMethod(Obj(IntType), "from_bytes", nBytes("\xff\xff")) }, "65535"},
	{"int.from_bytes([1, 2], \"big\")", func() (Value, error) {
		return nMethod(Obj(IntType), "from_bytes", Obj(&List{Items: []Value{nI(1), nI(2)}}), nS("big"))
	}, "258"},
	{"int.from_bytes([256], \"big\")", func() (Value, error) {
		return nMethod(Obj(IntType), "from_bytes", Obj(&List{Items: []Value{nI(256)}}), nS("big"))
	}, "ValueError: bytes must be in range(0, 256)"},
	{"int.from_bytes(\"ab\", \"big\")", func() (Value, error) { return nMethod(Obj(IntType), "from_bytes", nS("ab"), nS("big")) }, "TypeError: cannot convert 'str' object to bytes"},
	{"int.from_bytes(b\"\", \"big\")", func() (Value, error) { return nMethod(Obj(IntType), "from_bytes", nBytes(""), nS("big")) }, "0"},
	{"int.from_bytes(b\"\\x80\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\", \"big\")", func() (Value, error) {
		return nMethod(Obj(IntType), "from_bytes", nBytes("\x80\x00\x00\x00\x00\x00\x00\x00\x00"), nS("big"))
	}, "2361183241434822606848"},
	{"float.fromhex(\"0x1.8p1\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1.8p1")) }, "3.0"},
	{"float.fromhex(\"  -0x1.8P+1  \")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("  -0x1.8P+1  ")) }, "-3.0"},
	{"float.fromhex(\"inf\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("inf")) }, "inf"},
	{"float.fromhex(\"-nan\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("-nan")) }, "nan"},
	{"float.fromhex(\"0x1p-1074\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1p-1074")) }, "5e-324"},
	{"float.fromhex(\"0x1p-1075\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1p-1075")) }, "0.0"},
	{"float.fromhex(\"0x1.8p-1075\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1.8p-1075")) }, "5e-324"},
	{"float.fromhex(\"0x1.fffffffffffff8p1023\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1.fffffffffffff8p1023")) }, "OverflowError: hexadecimal value too large to represent as a float"},
	{"float.fromhex(\"0x1.fffffffffffff7p1023\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1.fffffffffffff7p1023")) }, "1.7976931348623157e+308"},
	{"float.fromhex(\"0x1p1024\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1p1024")) }, "OverflowError: hexadecimal value too large to represent as a float"},
	{"float.fromhex(\"1\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("1")) }, "1.0"},
	{"float.fromhex(\"0x.8\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x.8")) }, "0.5"},
	{"float.fromhex(\"0x\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x")) }, "ValueError: invalid hexadecimal floating-point string"},
	{"float.fromhex(\"x\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("x")) }, "ValueError: invalid hexadecimal floating-point string"},
	{"float.fromhex(\"0x1.p\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1.p")) }, "ValueError: invalid hexadecimal floating-point string"},
	{"float.fromhex(\"0X1.ABCp-3\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0X1.ABCp-3")) }, "0.2088623046875"},
	{"float.fromhex(\"0x0.0000000000001p-1022\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x0.0000000000001p-1022")) }, "5e-324"},
	{"float.fromhex(\"0x1.00000000000008p0\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1.00000000000008p0")) }, "1.0"},
	{"float.fromhex(\"0x1.00000000000018p0\")", func() (Value, error) { return nMethod(Obj(FloatType), "fromhex", nS("0x1.00000000000018p0")) }, "1.0000000000000004"},
	{"(5).real", func() (Value, error) { return nAttr(nI(5), "real") }, "5"},
	{"(5).imag", func() (Value, error) { return nAttr(nI(5), "imag") }, "0"},
	{"True.numerator", func() (Value, error) { return nAttr(True, "numerator") }, "1"},
	{"(3).denominator", func() (Value, error) { return nAttr(nI(3), "denominator") }, "1"},
	{"(1.5).real", func() (Value, error) { return nAttr(Float(1.5), "real") }, "1.5"},
	{"(1.5).imag", func() (Value, error) { return nAttr(Float(1.5), "imag") }, "0.0"},
	{"(3).foo", func() (Value, error) { return nAttr(nI(3), "foo") }, "AttributeError: 'int' object has no attribute 'foo'"},
	{"(1.5).numerator", func() (Value, error) { return nAttr(Float(1.5), "numerator") }, "AttributeError: 'float' object has no attribute 'numerator'"},
	{"-(-2**63)", func() (Value, error) { return Neg(nil, nI(math.MinInt64)) }, "9223372036854775808"},
	{"abs(-2**63)", func() (Value, error) { return Abs(nil, nI(math.MinInt64)) }, "9223372036854775808"},
	{"abs(True)", func() (Value, error) { return Abs(nil, True) }, "1"},
	{"-True", func() (Value, error) { return Neg(nil, True) }, "-1"},
	{"~True", func() (Value, error) { return Invert(nil, True) }, "-2"},
	{"+True", func() (Value, error) { return Pos(nil, True) }, "1"},
	{"~(2**70)", func() (Value, error) { return Invert(nil, nBig("1180591620717411303424")) }, "-1180591620717411303425"},
	{"-(2**63)", func() (Value, error) { return Neg(nil, nBig("9223372036854775808")) }, "-9223372036854775808"},
	{"abs(-0.0)", func() (Value, error) { return Abs(nil, Float(math.Copysign(0, -1))) }, "0.0"},
	{"-(0.0)", func() (Value, error) { return Neg(nil, Float(0)) }, "-0.0"},
	{"abs(-2**80)", func() (Value, error) { return Abs(nil, nBig("-1208925819614629174706176")) }, "1208925819614629174706176"},
	{"operator.index(1.5)", func() (Value, error) { return Index(nil, Float(1.5)) }, "TypeError: 'float' object cannot be interpreted as an integer"},
	{"operator.index(\"x\")", func() (Value, error) { return nIndex(nS("x")) }, "TypeError: 'str' object cannot be interpreted as an integer"},
}

func TestNumAPI(t *testing.T) {
	for _, c := range numAPICases {
		if got := nRender(c.call()); got != c.want {
			t.Errorf("%s = %s, want %s", c.py, got, c.want)
		}
	}
}

// Helpers for the API cases; their names start with n to stay clear of
// other test files in the package.
func nI(i int64) Value      { return Int(i) }
func nS(s string) Value     { return Str(s) }
func nBytes(s string) Value { return Obj(&Bytes{B: []byte(s)}) }

func nBig(s string) Value {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad int " + s)
	}
	return NewIntFromBig(b)
}

func nCall(typ *Type, args ...Value) (Value, error) { return CallType(nil, typ, args, nil) }

func nCallKw(typ *Type, args []Value, kwnames ...string) (Value, error) {
	return CallType(nil, typ, args, kwnames)
}

func nMethod(v Value, name string, args ...Value) (Value, error) {
	m, err := GetAttr(nil, v, name)
	if err != nil {
		return Null, err
	}
	return Call(nil, m, args, nil)
}

func nMethodKw(v Value, name string, args []Value, kwnames ...string) (Value, error) {
	m, err := GetAttr(nil, v, name)
	if err != nil {
		return Null, err
	}
	return Call(nil, m, args, kwnames)
}

func nAttr(v Value, name string) (Value, error) { return GetAttr(nil, v, name) }

func nRepr(v Value) (Value, error) {
	s, err := Repr(nil, v)
	if err != nil {
		return Null, err
	}
	return Str(s), nil
}

func nIndex(v Value) (Value, error) { return Index(nil, v) }

// nRender shows a result as the tables write it: "Type: message" for an
// exception, the text of a str, repr of anything else.
func nRender(v Value, err error) string {
	if err != nil {
		return err.Error()
	}
	if s, ok := v.o.(*StrObject); ok {
		return s.S
	}
	s, err := Repr(nil, v)
	if err != nil {
		return "repr error: " + err.Error()
	}
	return s
}
