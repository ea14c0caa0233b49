package main

func Example() {
	main()
	// Output:
	// bot: watch your language, alice (karma 6)
	// bot: GOOD NIGHT!
	// bot: alice is banned
	// alice: karma -4, banned true
	// bob: karma 1, banned false
}
