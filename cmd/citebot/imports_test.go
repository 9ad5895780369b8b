package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestImportsPointInward keeps the architecture of DESIGN.md: knowledge ←
// bot/match, quiz ← bot ← adapters ← cmd. knowledge, quiz and bot are pure, so they
// never depend, even indirectly, on the network, a platform SDK, the
// configuration or an adapter; the matcher does not know the bot; the
// shared adapter contract and the line protocol reach no SDK and no
// network; and no adapter reads the configuration or the command.
func TestImportsPointInward(t *testing.T) {
	sdks := []string{
		"net/http",
		"github.com/bwmarrin/discordgo",
		"github.com/go-telegram-bot-api/",
		"github.com/prometheus/",
		"database/sql",
		"modernc.org/sqlite",
		"github.com/jackc/",
		"github.com/chromedp/",
	}
	outer := []string{
		"github.com/citebot/citebot/config",
		"github.com/citebot/citebot/cmd/",
	}
	rules := []struct {
		pkgs      []string
		forbidden []string
	}{
		{[]string{"../../knowledge/..."}, append(append([]string{"github.com/citebot/citebot/bot", "github.com/citebot/citebot/adapters/"}, sdks...), outer...)},
		{[]string{"../../bot/match"}, append(append([]string{"github.com/citebot/citebot/bot$", "github.com/citebot/citebot/adapters/"}, sdks...), outer...)},
		{[]string{"../../quiz"}, append(append([]string{"github.com/citebot/citebot/bot", "github.com/citebot/citebot/adapters/"}, sdks...), outer...)},
		{[]string{"../../bot"}, append(append([]string{"github.com/citebot/citebot/adapters/"}, sdks...), outer...)},
		{[]string{"../../adapters/platform", "../../adapters/jsonl", "../../adapters/console"}, append(sdks, outer...)},
		{[]string{"../../adapters/..."}, outer},
	}
	for _, r := range rules {
		out, err := exec.Command("go", append([]string{"list", "-deps"}, r.pkgs...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("go list: %v\n%s", err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, f := range r.forbidden {
				// "x/" forbids x and what is under it; "x$" x alone.
				exact, ok := strings.CutSuffix(f, "$")
				if p := strings.TrimSuffix(f, "/"); ok && dep == exact || !ok && (dep == p || strings.HasPrefix(dep, p+"/")) {
					t.Errorf("%s depends on %s", strings.Join(r.pkgs, ", "), dep)
				}
			}
		}
	}
}

// TestNoBrowserInTheBinary keeps the browser driver of the web tests out
// of the program.
func TestNoBrowserInTheBinary(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/chromedp/") {
			t.Errorf("citebot depends on %s, a test-only package", dep)
		}
	}
}

// TestEveryPackageHasARule checks every package of the module, new ones
// included, against the rooms of DESIGN.md: which of the module's packages
// each may import directly ("x/..." is x and everything under it). A
// package no row names fails the test, so a new room must say where it
// stands.
func TestEveryPackageHasARule(t *testing.T) {
	const mod = "github.com/citebot/citebot/"
	anyAdapter := []string{"adapters/...", "bot/...", "knowledge/...", "quiz", "redact"}
	rules := map[string][]string{
		"knowledge/strtab":     nil,
		"knowledge/french":     {"knowledge/strtab"},
		"knowledge/corpus":     nil,
		"knowledge/lexres":     {"knowledge/french"},
		"knowledge/article":    {"knowledge/french"},
		"knowledge/extract":    {"knowledge/article", "knowledge/french"},
		"knowledge":            {"knowledge/article", "knowledge/extract", "knowledge/french", "knowledge/strtab"},
		"knowledge/indexcache": {"knowledge"},
		"quiz":                 {"knowledge", "knowledge/french"},
		"bot/match":            {"knowledge", "knowledge/french", "knowledge/lexres", "knowledge/strtab"},
		"bot":                  {"bot/match", "knowledge", "knowledge/french", "quiz"},
		"redact":               nil,
		"config":               {"redact"},
		"internal/evalset":     nil,
		"internal/gencheck":    nil,
		"internal/replica":     nil,
		"internal/ibm1":        {"knowledge/french"},
		"internal/seeds":       {"knowledge", "knowledge/corpus"},
		"adapters/platform":    {"bot"},
		"adapters/...":         anyAdapter,
		"cmd/...":              {"adapters/...", "bot/...", "cmd/...", "config", "internal/...", "knowledge/...", "quiz", "redact"},
		"tools/...":            {"bot/...", "internal/...", "knowledge/...", "quiz"},
	}
	matches := func(pattern, pkg string) bool {
		if p, ok := strings.CutSuffix(pattern, "/..."); ok {
			return pkg == p || strings.HasPrefix(pkg, p+"/")
		}
		return pkg == pattern
	}
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "../../...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		fields := strings.Fields(line)
		pkg, ok := strings.CutPrefix(fields[0], mod)
		if !ok {
			continue
		}
		allowed, found := rules[pkg] // an exact row wins over a folder's
		if !found {
			for pattern, a := range rules {
				if strings.HasSuffix(pattern, "/...") && matches(pattern, pkg) {
					allowed, found = a, true
				}
			}
		}
		if !found {
			t.Errorf("%s: no import rule; add its row here and in DESIGN.md", pkg)
			continue
		}
		for _, imp := range fields[1:] {
			dep, ok := strings.CutPrefix(imp, mod)
			if !ok {
				continue
			}
			if !slices.ContainsFunc(allowed, func(a string) bool { return matches(a, dep) }) {
				t.Errorf("%s imports %s, which its room may not", pkg, dep)
			}
		}
	}
}
