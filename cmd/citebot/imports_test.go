package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportsPointInward keeps the architecture of DESIGN.md: knowledge and
// bot are pure, so they never depend, even indirectly, on the network, a
// platform SDK, the configuration or an adapter.
func TestImportsPointInward(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "../../knowledge/...", "../../bot/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	forbidden := []string{
		"net/http",
		"github.com/citebot/citebot/config",
		"github.com/citebot/citebot/adapters/",
		"github.com/citebot/citebot/cmd/",
		"github.com/bwmarrin/discordgo",
		"github.com/go-telegram-bot-api/",
		"github.com/prometheus/",
		"database/sql",
		"modernc.org/sqlite",
		"github.com/jackc/",
		"github.com/chromedp/",
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, f := range forbidden {
			if p := strings.TrimSuffix(f, "/"); dep == p || strings.HasPrefix(dep, p+"/") {
				t.Errorf("knowledge or bot depends on %s", dep)
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
