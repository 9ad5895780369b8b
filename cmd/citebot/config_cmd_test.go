package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSecretsNeverPrinted runs subcommands with tokens in the environment
// and in files, with debug logs, and checks that no output holds a token.
func TestSecretsNeverPrinted(t *testing.T) {
	const discord, telegram, hook = "DISCORD.SECRET.TOKEN", "123456:TELEGRAMSECRET", "HOOKSECRET"
	tokFile := filepath.Join(t.TempDir(), "tg")
	if err := os.WriteFile(tokFile, []byte(telegram+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	base := map[string]string{
		"CITEBOT_DISCORD_TOKEN":           discord,
		"CITEBOT_TELEGRAM_TOKEN_FILE":     tokFile,
		"CITEBOT_TELEGRAM_WEBHOOK_SECRET": hook,
		"CITEBOT_HTTP_ADDR":               "127.0.0.1:0",
		"CITEBOT_LOG_LEVEL":               "debug",
	}
	with := func(k, v string) map[string]string {
		m := map[string]string{k: v}
		for k, v := range base {
			if _, ok := m[k]; !ok {
				m[k] = v
			}
		}
		return m
	}
	tests := []struct {
		name string
		env  map[string]string
		args []string
		ok   bool
	}{
		{"config valid", with("CITEBOT_TELEGRAM_WEBHOOK_URL", "https://bot.example.org/tg"), []string{"config"}, true},
		{"config invalid", with("CITEBOT_TELEGRAM_WEBHOOK_URL", "http://bot.example.org:1/tg"), []string{"config"}, false},
		{"config json logs", with("CITEBOT_LOG_FORMAT", "json"), []string{"config", "--http-addr", ":8080"}, false},
		{"serve invalid", with("CITEBOT_TELEGRAM_WEBHOOK_URL", "ftp://x"), []string{"serve"}, false},
		{"serve secret with bad characters", with("CITEBOT_TELEGRAM_WEBHOOK_SECRET", hook+"!!"), []string{"serve"}, false},
		{"ask", base, []string{"ask", "--json", "Qui est Lu Wei ?"}, true},
		{"chat", with("CITEBOT_LOG_FORMAT", "json"), []string{"chat"}, true},
		{"both token and file", with("CITEBOT_TELEGRAM_TOKEN", telegram), []string{"config"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.env, "/sources\n", tt.args...)
			if (r.err == nil) != tt.ok {
				t.Errorf("err = %v, want ok %v", r.err, tt.ok)
			}
			_, msg := r.status()
			all := r.stdout + r.stderr + msg
			for _, s := range []string{discord, telegram, "TELEGRAMSECRET", hook} {
				if strings.Contains(all, s) {
					t.Errorf("a secret was printed:\n%s", all)
				}
			}
		})
	}
}

func TestConfigCommand(t *testing.T) {
	r := runCLI(t, map[string]string{"CITEBOT_DISCORD_TOKEN": "tok", "CITEBOT_BURST": "9"}, "", "config", "--rate-per-minute", "30")
	if r.err != nil {
		t.Fatal(r.err)
	}
	for _, s := range []string{"discord_token: '[redacted]' # CITEBOT_DISCORD_TOKEN", "burst: 9", "rate_per_minute: 30"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("config output lacks %q:\n%s", s, r.stdout)
		}
	}
	r = runCLI(t, map[string]string{"CITEBOT_RATE_PER_MINUTE": "0"}, "", "config")
	if code, msg := r.status(); code != 1 || !strings.Contains(msg, "CITEBOT_RATE_PER_MINUTE=0: must be more than 0") {
		t.Errorf("exit %d %q", code, msg)
	}
}
