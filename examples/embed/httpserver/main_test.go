package main

func Example() {
	main()
	// Output:
	// 200 "hello, ann (visit 1)"
	// 200 "hello, ann (visit 2)"
	// 200 "hello, ann (visit 3)"
	// 200 "hello, ann (visit 4)"
	// 200 "hello, bo (visit 1)"
	// 200 "hello, bo (visit 2)"
	// 200 "hello, bo (visit 3)"
	// 200 "hello, cy (visit 1)"
	// 200 "hello, cy (visit 2)"
	// 200 "hello, cy (visit 3)"
	// 200 [["ann",4],["bo",3],["cy",3]]
	// 404 "no route for GET /nowhere"
}
