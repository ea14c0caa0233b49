package main

import (
	"bufio"
	"io"
	"net"
)

// helloResponse is what http_hello.aio answers, byte for byte.
var helloResponse = []byte("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\nHello, World!")

// serve is the -serve mode: the servers of bench/net/ written in plain Go
// (a goroutine per connection, no interpreter), as the reference that
// shows what the machine and its kernel allow. It serves until killed.
func serve(mode, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		go func() {
			defer c.Close()
			if mode == "echo" {
				_, _ = io.Copy(c, c)
				return
			}
			serveHello(c)
		}()
	}
}

// serveHello answers every request on c (request line and headers up to
// the blank line) with helloResponse, until the client closes.
func serveHello(c net.Conn) {
	r := bufio.NewReader(c)
	for {
		for {
			line, err := r.ReadSlice('\n')
			if err != nil {
				return
			}
			if len(line) <= 2 {
				break
			}
		}
		if _, err := c.Write(helloResponse); err != nil {
			return
		}
	}
}
