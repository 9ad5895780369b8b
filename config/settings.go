package config

import (
	"errors"
	"github.com/citebot/citebot/redact"
	"strconv"
	"strings"
)

// setting is one thing citebot can be told. A single table drives the
// environment variables, the flags, the file keys and the printing, so the
// four can never drift apart: CITEBOT_LOG_LEVEL, --log-level and log_level
// are the same setting.
type setting struct {
	// name is the environment variable's suffix after CITEBOT_.
	name  string
	usage string
	// secret settings come only from the environment, a *_FILE or the
	// config file, never from flags (flags show in `ps`), and never print.
	secret bool
	// local settings matter to every subcommand, not only to serve.
	local bool
	set   func(c *Config, v string) error
	get   func(c Config) string
}

// envName is the setting's environment variable.
func (s setting) envName() string { return "CITEBOT_" + s.name }

// flagName is the setting's command-line flag, without dashes.
func (s setting) flagName() string { return strings.ReplaceAll(strings.ToLower(s.name), "_", "-") }

// fileKey is the setting's key in the YAML config file.
func (s setting) fileKey() string { return strings.ToLower(s.name) }

// settings lists everything in the order it prints. It is a function, not
// a package variable, so that no caller can change the table for another.
func settings() []setting {
	return append([]setting{
		{name: "CORPUS", local: true,
			usage: "folder of .txt/.md articles (default: the bundled articles)",
			set:   func(c *Config, v string) error { c.Corpus = v; return nil },
			get:   func(c Config) string { return c.Corpus }},
		{name: "LOG_LEVEL", local: true,
			usage: "log level: debug, info, warn or error",
			set:   func(c *Config, v string) error { c.LogLevel = strings.ToLower(v); return nil },
			get:   func(c Config) string { return c.LogLevel }},
		{name: "LOG_FORMAT", local: true,
			usage: "log format: text or json",
			set:   func(c *Config, v string) error { c.LogFormat = strings.ToLower(v); return nil },
			get:   func(c Config) string { return c.LogFormat }},
		{name: "RATE_PER_MINUTE",
			usage: "messages a chat user may send per minute",
			set:   func(c *Config, v string) error { return parseRate(v, &c.RatePerMinute) },
			get:   func(c Config) string { return strconv.FormatFloat(c.RatePerMinute, 'f', -1, 64) }},
		{name: "BURST",
			usage: "questions a chat user may ask at once before the rate applies",
			set: func(c *Config, v string) error {
				n, err := strconv.Atoi(v)
				if err != nil {
					return errors.New("not a whole number")
				}
				c.Burst = n
				return nil
			},
			get: func(c Config) string { return strconv.Itoa(c.Burst) }},
		{name: "HTTP_ADDR",
			usage: "listen address of the HTTP API, such as :8080 (default: off)",
			set:   func(c *Config, v string) error { c.HTTPAddr = v; return nil },
			get:   func(c Config) string { return c.HTTPAddr }},
		{name: "HTTP_API_KEYS", secret: true,
			usage: "HTTP API keys, separated by commas (or lines, in a *_FILE)",
			set:   func(c *Config, v string) error { c.HTTP.APIKeys = Secret(v); return nil },
			get:   func(c Config) string { return c.HTTP.APIKeys.String() }},
		{name: "HTTP_KEY_RATE_PER_MINUTE",
			usage: "questions per minute allowed to each HTTP API key",
			set:   func(c *Config, v string) error { return parseRate(v, &c.HTTP.KeyRatePerMinute) },
			get:   func(c Config) string { return strconv.FormatFloat(c.HTTP.KeyRatePerMinute, 'f', -1, 64) }},
		{name: "HTTP_ADDRESS_RATE_PER_MINUTE",
			usage: "questions per minute from one address without an API key, all its users together",
			set:   func(c *Config, v string) error { return parseRate(v, &c.HTTP.AddressRatePerMinute) },
			get:   func(c Config) string { return strconv.FormatFloat(c.HTTP.AddressRatePerMinute, 'f', -1, 64) }},
		{name: "HTTP_TRUSTED_PROXIES",
			usage: "reverse proxies (CIDRs, comma-separated) whose X-Forwarded-For is believed",
			set:   func(c *Config, v string) error { c.HTTP.TrustedProxies = v; return nil },
			get:   func(c Config) string { return c.HTTP.TrustedProxies }},
		{name: "DISCORD_TOKEN", secret: true,
			usage: "Discord bot token (turns the Discord adapter on)",
			set:   func(c *Config, v string) error { c.Discord.Token = Secret(v); return nil },
			get:   func(c Config) string { return c.Discord.Token.String() }},
		{name: "DISCORD_TEACHER_ROLE",
			usage: "id of a Discord role whose members may run classroom sessions (besides Manage Messages)",
			set:   func(c *Config, v string) error { c.Discord.TeacherRole = v; return nil },
			get:   func(c Config) string { return c.Discord.TeacherRole }},
		{name: "DISCORD_GUILD",
			usage: "Discord server (guild) id for instant slash commands",
			set:   func(c *Config, v string) error { c.Discord.GuildID = v; return nil },
			get:   func(c Config) string { return c.Discord.GuildID }},
		{name: "TELEGRAM_TOKEN", secret: true,
			usage: "Telegram bot token from @BotFather (turns the Telegram adapter on)",
			set:   func(c *Config, v string) error { c.Telegram.Token = Secret(v); return nil },
			get:   func(c Config) string { return c.Telegram.Token.String() }},
		{name: "TELEGRAM_WEBHOOK_URL",
			usage: "public https URL for Telegram webhooks (default: long polling)",
			set:   func(c *Config, v string) error { c.Telegram.WebhookURL = v; return nil },
			get:   func(c Config) string { return c.Telegram.WebhookURL }},
		{name: "TELEGRAM_WEBHOOK_SECRET", secret: true,
			usage: "secret Telegram echoes with each webhook call",
			set:   func(c *Config, v string) error { c.Telegram.WebhookSecret = Secret(v); return nil },
			get:   func(c Config) string { return c.Telegram.WebhookSecret.String() }},
		{name: "TELEGRAM_API_URL",
			usage: "self-hosted Bot API endpoint, http://host:port/bot%s/%s",
			set:   func(c *Config, v string) error { c.Telegram.APIURL = v; return nil },
			// A token pasted where a %s belongs must not print.
			get: func(c Config) string { return redact.Tokens(c.Telegram.APIURL) }},
		{name: "TELEGRAM_QUEUE_FILE",
			usage: "file keeping Telegram updates until answered (default: none, updates stay unconfirmed until answered)",
			set:   func(c *Config, v string) error { c.Telegram.QueueFile = v; return nil },
			get:   func(c Config) string { return c.Telegram.QueueFile }},
	}, append(storageSettings(), operationSettings()...)...)
}

func parseRate(v string, into *float64) error {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return errors.New("not a number")
	}
	*into = f
	return nil
}
