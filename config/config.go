// Package config holds citebot's settings: defaults that work, CITEBOT_*
// environment variables, flags and an optional file, validated with
// messages a teacher can act on. Secrets never print.
package config

// Secret is a token or password. It formats as "[redacted]" so that it can
// never reach a log line by accident; use Reveal where the value is needed.
type Secret string

// String redacts the secret.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "[redacted]"
}

// Reveal returns the secret's value.
func (s Secret) Reveal() string { return string(s) }

// Config is everything citebot can be told.
type Config struct {
	// Corpus is a folder of .txt/.md articles; "" means the bundled ones.
	Corpus string
	// LogLevel is debug, info, warn or error; LogFormat is text or json.
	LogLevel  string
	LogFormat string
	// RatePerMinute and Burst limit questions per user on chat platforms.
	RatePerMinute float64
	Burst         int
	// HTTPAddr is the HTTP API's listen address ("127.0.0.1:8080"); "" is off.
	HTTPAddr string
	Discord  Discord
	Telegram Telegram
}

// Discord configures the Discord adapter; it is on when Token is set.
type Discord struct {
	Token Secret
	// GuildID registers slash commands in one guild (instant) rather than
	// globally (up to an hour to appear).
	GuildID string
}

// Telegram configures the Telegram adapter; it is on when Token is set.
type Telegram struct {
	Token Secret
	// WebhookURL switches from long polling to a webhook at this public
	// URL; WebhookSecret is the secret_token Telegram echoes back.
	WebhookURL    string
	WebhookSecret Secret
	// APIURL is a self-hosted Bot API endpoint, "http://host:port/bot%s/%s".
	APIURL string
}
