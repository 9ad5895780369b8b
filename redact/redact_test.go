package redact

import "testing"

func TestRedact(t *testing.T) {
	for _, tt := range []struct{ in, url, tokens string }{
		{"https://bot.example.org/hook/SECRET?x=1", "https://bot.example.org/…", "https://bot.example.org/hook/SECRET?x=1"},
		{"https://bot.example.org", "https://bot.example.org", "https://bot.example.org"},
		{"https://user:pw@bot.example.org:8443/", "https://bot.example.org:8443", "https://user:pw@bot.example.org:8443/"},
		{"http://h/bot123456789:AAHsecretsecretsecretsecret/%s", "[URL redacted]", "http://h/bot[redacted]/%s"},
		{"http://%s/%s", "[URL redacted]", "http://%s/%s"},
		{"bot.example.org/x", "[URL redacted]", "bot.example.org/x"},
	} {
		if got := URL(tt.in); got != tt.url {
			t.Errorf("URL(%q) = %q, want %q", tt.in, got, tt.url)
		}
		if got := Tokens(tt.in); got != tt.tokens {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.tokens)
		}
	}
}
