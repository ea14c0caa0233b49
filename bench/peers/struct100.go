package peers

// Struct100 is the 100-field struct of the conversion benchmark.
type Struct100 struct {
	F0  int
	F1  int
	F2  int
	F3  int
	F4  int
	F5  int
	F6  int
	F7  int
	F8  int
	F9  int
	F10 int
	F11 int
	F12 int
	F13 int
	F14 int
	F15 int
	F16 int
	F17 int
	F18 int
	F19 int
	F20 int
	F21 int
	F22 int
	F23 int
	F24 int
	F25 int
	F26 int
	F27 int
	F28 int
	F29 int
	F30 int
	F31 int
	F32 int
	F33 int
	F34 int
	F35 int
	F36 int
	F37 int
	F38 int
	F39 int
	F40 int
	F41 int
	F42 int
	F43 int
	F44 int
	F45 int
	F46 int
	F47 int
	F48 int
	F49 int
	F50 int
	F51 int
	F52 int
	F53 int
	F54 int
	F55 int
	F56 int
	F57 int
	F58 int
	F59 int
	F60 int
	F61 int
	F62 int
	F63 int
	F64 int
	F65 int
	F66 int
	F67 int
	F68 int
	F69 int
	F70 int
	F71 int
	F72 int
	F73 int
	F74 int
	F75 int
	F76 int
	F77 int
	F78 int
	F79 int
	F80 int
	F81 int
	F82 int
	F83 int
	F84 int
	F85 int
	F86 int
	F87 int
	F88 int
	F89 int
	F90 int
	F91 int
	F92 int
	F93 int
	F94 int
	F95 int
	F96 int
	F97 int
	F98 int
	F99 int
}

// newStruct100 fills the fields with their index.
func newStruct100() Struct100 {
	var s Struct100
	s.F0 = 0
	s.F1 = 1
	s.F2 = 2
	s.F3 = 3
	s.F4 = 4
	s.F5 = 5
	s.F6 = 6
	s.F7 = 7
	s.F8 = 8
	s.F9 = 9
	s.F10 = 10
	s.F11 = 11
	s.F12 = 12
	s.F13 = 13
	s.F14 = 14
	s.F15 = 15
	s.F16 = 16
	s.F17 = 17
	s.F18 = 18
	s.F19 = 19
	s.F20 = 20
	s.F21 = 21
	s.F22 = 22
	s.F23 = 23
	s.F24 = 24
	s.F25 = 25
	s.F26 = 26
	s.F27 = 27
	s.F28 = 28
	s.F29 = 29
	s.F30 = 30
	s.F31 = 31
	s.F32 = 32
	s.F33 = 33
	s.F34 = 34
	s.F35 = 35
	s.F36 = 36
	s.F37 = 37
	s.F38 = 38
	s.F39 = 39
	s.F40 = 40
	s.F41 = 41
	s.F42 = 42
	s.F43 = 43
	s.F44 = 44
	s.F45 = 45
	s.F46 = 46
	s.F47 = 47
	s.F48 = 48
	s.F49 = 49
	s.F50 = 50
	s.F51 = 51
	s.F52 = 52
	s.F53 = 53
	s.F54 = 54
	s.F55 = 55
	s.F56 = 56
	s.F57 = 57
	s.F58 = 58
	s.F59 = 59
	s.F60 = 60
	s.F61 = 61
	s.F62 = 62
	s.F63 = 63
	s.F64 = 64
	s.F65 = 65
	s.F66 = 66
	s.F67 = 67
	s.F68 = 68
	s.F69 = 69
	s.F70 = 70
	s.F71 = 71
	s.F72 = 72
	s.F73 = 73
	s.F74 = 74
	s.F75 = 75
	s.F76 = 76
	s.F77 = 77
	s.F78 = 78
	s.F79 = 79
	s.F80 = 80
	s.F81 = 81
	s.F82 = 82
	s.F83 = 83
	s.F84 = 84
	s.F85 = 85
	s.F86 = 86
	s.F87 = 87
	s.F88 = 88
	s.F89 = 89
	s.F90 = 90
	s.F91 = 91
	s.F92 = 92
	s.F93 = 93
	s.F94 = 94
	s.F95 = 95
	s.F96 = 96
	s.F97 = 97
	s.F98 = 98
	s.F99 = 99
	return s
}

// sumExpr is "s.F0 + s.F1 + ... + s.F99" with prefix p for s.
func sumExpr(p string) string {
	e := ""
	for i := 0; i < 100; i++ {
		if i > 0 {
			e += " + "
		}
		e += p + ".F" + itoa(i)
	}
	return e
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
