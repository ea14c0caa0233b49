package runtime

// Bytes is an immutable bytes value.
type Bytes struct {
	B []byte
}

// Type makes Bytes an Object.
func (*Bytes) Type() *Type { return BytesType }

// ByteArray is a mutable bytearray.
type ByteArray struct {
	B []byte
}

// Type makes ByteArray an Object.
func (*ByteArray) Type() *Type { return ByteArrayType }
