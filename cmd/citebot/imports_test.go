package main

import (
	"os/exec"
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
