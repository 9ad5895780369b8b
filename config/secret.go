package config

import (
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
)

// Format makes every fmt verb print the redacted form. Without it, %d or
// %x on a Secret would reach fmt's error path, which prints the raw value.
func (s Secret) Format(f fmt.State, _ rune) {
	_, _ = f.Write([]byte(s.String()))
}

// LogValue redacts the secret in slog records, whatever the handler.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalText redacts the secret in JSON and any other text encoding, so a
// Config dumped by encoding/json shows no token.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// MarshalYAML redacts the secret when a Config is written as YAML.
func (s Secret) MarshalYAML() (any, error) { return s.String(), nil }

// RedactURL keeps the scheme and host of a URL for messages and logs: the
// path of a webhook URL is often a secret of its own.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "[URL redacted]"
	}
	out := u.Scheme + "://" + u.Host
	if u.Path != "" && u.Path != "/" || u.RawQuery != "" {
		out += "/…"
	}
	return out
}

// telegramTokenRE matches what looks like a Telegram bot token: the bot's
// id, a colon, and the key.
var telegramTokenRE = regexp.MustCompile(`[0-9]{3,}:[A-Za-z0-9_-]{20,}`)

// RedactTokens replaces whatever looks like a bot token in s, for a
// setting that should hold none but may have one pasted in (an API URL
// with the token where %s should be).
func RedactTokens(s string) string {
	return telegramTokenRE.ReplaceAllString(s, "[redacted]")
}
