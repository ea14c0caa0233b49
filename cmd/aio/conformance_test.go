package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// conformanceTiers are the tiers of testdata/conformance that must pass,
// with the cases of each that belong to work not done yet.
var conformanceTiers = map[string][]string{
	"core":   nil,
	"async":  nil,
	"sync":   nil,
	"errors": nil,
	"seeds":  nil,
}

// TestConformance runs every case of the enabled tiers in-process, as
// `aio case.aio` from the case's folder, and compares stdout and the exit
// status with what CPython 3.11 produced.
func TestConformance(t *testing.T) {
	for tier, skip := range conformanceTiers {
		runCaseDir(t, filepath.Join("..", "..", "testdata", "conformance", tier), skip...)
	}
}

// TestScripts runs the project's own script tests in testdata/scripts.
func TestScripts(t *testing.T) {
	runCaseDir(t, filepath.Join("..", "..", "testdata", "scripts"))
}

func runCaseDir(t *testing.T, dir string, skip ...string) {
	files, err := filepath.Glob(filepath.Join(dir, "*.aio"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no cases in %s", dir)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".aio")
		if slices.Contains(skip, name) {
			continue
		}
		t.Run(filepath.Base(dir)+"/"+name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(file, ".aio") + ".out")
			if err != nil {
				t.Fatalf("missing golden file: %v", err)
			}
			wantCode := 0
			if b, err := os.ReadFile(strings.TrimSuffix(file, ".aio") + ".exit"); err == nil {
				wantCode, _ = strconv.Atoi(strings.TrimSpace(string(b)))
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			var stdout, stderr bytes.Buffer
			// A .args file holds options to put before the file name:
			// --virtual-time for a case whose output depends on timers a
			// loaded machine could fire late.
			args := []string{file}
			if b, err := os.ReadFile(strings.TrimSuffix(file, ".aio") + ".args"); err == nil {
				args = append(strings.Fields(string(b)), file)
			}
			code := run(ctx, args, strings.NewReader(""), &stdout, &stderr)
			if got := stdout.String(); got != string(want) {
				t.Errorf("stdout differs\n--- got\n%s\n--- want\n%s\n--- stderr\n%s", got, want, stderr.String())
			}
			// A .err file, when there is one, is the stderr CPython prints
			// (tracebacks), compared too.
			if wantErr, err := os.ReadFile(strings.TrimSuffix(file, ".aio") + ".err"); err == nil && stderr.String() != string(wantErr) {
				t.Errorf("stderr differs\n--- got\n%s\n--- want\n%s", stderr.String(), wantErr)
			}
			if code != wantCode {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, wantCode, stderr.String())
			}
		})
	}
}
