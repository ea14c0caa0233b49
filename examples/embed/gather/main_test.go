package main

func Example() {
	main()
	// Output:
	// 20 pages, from content of /page/0 to content of /page/19
	// 20 fetches of 100ms took less than 1s: true
}
