package main

func Example() {
	main()
	// Output:
	// fine.aio    ok: 328350
	// spin.aio    stopped: too many steps
	// hog.aio     stopped: too much memory
	// sleepy.aio  stopped: took too long
	// raises.aio  failed: ValueError: bad input at line 1
}
