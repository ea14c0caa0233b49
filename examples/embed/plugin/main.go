// Command plugin shows a Go program that lets users extend it with aio
// scripts: the program calls the hook functions a plugin defines, and the
// plugin calls back Go functions and reads and changes Go data.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/aio-lang/aio"
)

// User is host data that plugins can read and change.
type User struct {
	Name   string `aio:"name"`
	Karma  int    `aio:"karma"`
	Admin  bool   `aio:"admin"`
	Banned bool   `aio:"banned"`
}

// plugin is what a user of the chat bot would write.
const plugin = `
BANNED_WORDS = {"spam", "scam"}

def on_message(user, text):
    words = set(text.lower().split())
    if words & BANNED_WORDS and not user.admin:
        user.karma -= 10
        if user.karma < 0:
            user.banned = True
            return f"{user.name} is banned"
        return f"watch your language, {user.name} (karma {user.karma})"
    if text.startswith("!shout "):
        return shout(text[len("!shout "):])
    user.karma += 1
    return None
`

func main() {
	in := aio.New(aio.WithStdout(os.Stdout))
	defer in.Close()
	// Go functions the plugin may call.
	in.Func("shout", func(s string) string { return strings.ToUpper(s) + "!" })
	if err := in.Exec(context.Background(), "plugin.aio", plugin); err != nil {
		log.Fatal(err)
	}

	alice := &User{Name: "alice", Karma: 15}
	bob := &User{Name: "bob", Admin: true}
	for _, m := range []struct {
		user *User
		text string
	}{
		{alice, "hello all"},
		{alice, "buy my SPAM"},
		{bob, "spam is a meat"},
		{bob, "!shout good night"},
		{alice, "scam scam"},
	} {
		// The hook gets the *User itself: changes the script makes are
		// changes to the Go struct.
		reply, err := in.Call(context.Background(), "on_message", m.user, m.text)
		if err != nil {
			log.Fatal(err)
		}
		if reply != nil {
			fmt.Println("bot:", reply)
		}
	}
	fmt.Printf("alice: karma %d, banned %v\n", alice.Karma, alice.Banned)
	fmt.Printf("bob: karma %d, banned %v\n", bob.Karma, bob.Banned)
}
