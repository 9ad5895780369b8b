package main

import (
	"bytes"
	"context"
	"io"
	"maps"
	"path/filepath"
	"strings"
	"testing"
)

// result is what one run of the program left behind.
type result struct {
	stdout, stderr string
	err            error
}

// runCLI runs the whole program as a test would from a shell.
func runCLI(t *testing.T, env map[string]string, stdin string, args ...string) result {
	t.Helper()
	env = maps.Clone(env)
	if env == nil {
		env = map[string]string{}
	}
	if env["CITEBOT_DB"] == "" && env["HOME"] == "" {
		// Each run keeps its sessions in a database of its own.
		env["CITEBOT_DB"] = filepath.Join(t.TempDir(), "citebot.db")
	}
	if _, ok := env["CITEBOT_CACHE_DIR"]; !ok {
		// and its index files in a cache of its own, not the user's
		env["CITEBOT_CACHE_DIR"] = t.TempDir()
	}
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, func(k string) string { return env[k] }, strings.NewReader(stdin), &out, &errOut)
	return result{out.String(), errOut.String(), err}
}

// status is the exit status main would give, and what it would print.
func (r result) status() (int, string) {
	var b bytes.Buffer
	return exitCode(r.err, &b), b.String()
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}} {
		r := runCLI(t, nil, "", args...)
		if r.err != nil || !strings.Contains(r.stdout, "citebot ask [--json]") || !strings.Contains(r.stdout, "citebot eval GOLD.jsonl") {
			t.Errorf("%v: err %v, stdout %q", args, r.err, r.stdout)
		}
	}
	for _, sub := range []string{"chat", "ask", "eval", "inspect", "index", "serve", "config"} {
		for _, args := range [][]string{{"help", sub}, {sub, "-h"}} {
			r := runCLI(t, nil, "", args...)
			if r.err != nil || !strings.Contains(r.stdout, "Usage: citebot") {
				t.Errorf("%v: err %v, stdout %q", args, r.err, r.stdout)
			}
		}
	}
	if r := runCLI(t, nil, "", "help", "serve"); !strings.Contains(r.stdout, "-http-addr") || strings.Contains(r.stdout, "-discord-token") {
		t.Errorf("serve help must list config flags and no token flag:\n%s", r.stdout)
	}
	r := runCLI(t, nil, "", "version")
	if r.err != nil || !strings.HasPrefix(r.stdout, "citebot ") {
		t.Errorf("version: %v %q", r.err, r.stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"bogus"}, `unknown command "bogus"`},
		{[]string{"ask", "--nope"}, "ask: flag provided but not defined: -nope"},
		{[]string{"chat", "extra"}, `chat: unexpected argument "extra"`},
		{[]string{"--nope"}, "chat: flag provided but not defined: -nope"},
		{[]string{"eval"}, "eval: give one gold file"},
		{[]string{"eval", "a.jsonl", "b.jsonl"}, "eval: give one gold file"},
		{[]string{"eval", "a.jsonl", "--show-wrong", "x"}, "invalid value"},
		{[]string{"inspect", "x"}, `inspect: unexpected argument "x"`},
		{[]string{"config", "--burst", "many"}, "config: invalid value"},
		{[]string{"serve", "--token", "x"}, "serve: flag provided but not defined: -token"},
	}
	for _, tt := range tests {
		r := runCLI(t, nil, "", tt.args...)
		code, msg := r.status()
		if code != 2 || !strings.Contains(msg, tt.want) || !strings.HasPrefix(msg, "citebot: ") {
			t.Errorf("%v: exit %d, message %q; want exit 2 and %q", tt.args, code, msg, tt.want)
		}
	}
}

func TestExitCode(t *testing.T) {
	if code := exitCode(nil, io.Discard); code != 0 {
		t.Errorf("exitCode(nil) = %d", code)
	}
	r := runCLI(t, map[string]string{"CITEBOT_LOG_LEVEL": "loud"}, "", "ask", "x")
	if code, msg := r.status(); code != 1 || !strings.Contains(msg, "citebot: CITEBOT_LOG_LEVEL=loud: unknown log level") {
		t.Errorf("bad level: exit %d %q, want 1", code, msg)
	}
}

func TestParseInterspersed(t *testing.T) {
	lc, err := newLocalCommand("eval", proc{getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	j := lc.fs.Bool("json", false, "")
	n := lc.fs.Int("show-wrong", 0, "")
	pos, err := parseInterspersed(lc.fs, []string{"gold.jsonl", "--json", "--show-wrong", "3", "--", "-x"}, proc{stdout: io.Discard})
	if err != nil || !*j || *n != 3 || len(pos) != 2 || pos[0] != "gold.jsonl" || pos[1] != "-x" {
		t.Errorf("pos %q json %v n %d err %v", pos, *j, *n, err)
	}
}
