package config

import (
	"errors"
	"fmt"
	"github.com/citebot/citebot/redact"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Validate checks every setting and returns all the problems at once, each
// naming the environment variable to fix and how. Messages never contain
// a secret's value.
func (c Config) Validate() error {
	errs := c.validateLocal()
	errs = append(errs, c.validateLimits()...)
	errs = append(errs, c.validateHTTP()...)
	errs = append(errs, c.validateDiscord()...)
	errs = append(errs, c.validateTelegram()...)
	if err := validateOperations(c.Ops); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// ValidateLocal checks only what every subcommand uses (the corpus folder
// and logging), so that `citebot chat` works while a platform setting that
// only `serve` reads is still wrong.
func (c Config) ValidateLocal() error { return errors.Join(c.validateLocal()...) }

func (c Config) validateLocal() []error {
	var errs []error
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("CITEBOT_LOG_LEVEL=%s: unknown log level; use debug, info, warn or error", c.LogLevel))
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		errs = append(errs, fmt.Errorf("CITEBOT_LOG_FORMAT=%s: unknown log format; use text or json", c.LogFormat))
	}
	if c.Corpus != "" {
		fi, err := os.Stat(c.Corpus)
		switch {
		case errors.Is(err, os.ErrNotExist):
			errs = append(errs, fmt.Errorf("CITEBOT_CORPUS=%s: no such folder", c.Corpus))
		case err != nil:
			errs = append(errs, fmt.Errorf("CITEBOT_CORPUS=%s: %w", c.Corpus, err))
		case !fi.IsDir():
			errs = append(errs, fmt.Errorf("CITEBOT_CORPUS=%s: is a file; give the folder that holds the articles", c.Corpus))
		}
	}
	return append(errs, c.validateStorage()...)
}

func (c Config) validateLimits() []error {
	var errs []error
	if !(c.RatePerMinute > 0) { // also catches NaN
		errs = append(errs, fmt.Errorf("CITEBOT_RATE_PER_MINUTE=%v: must be more than 0 (questions a user may ask per minute, such as 20)", c.RatePerMinute))
	}
	if c.Burst < 1 {
		errs = append(errs, fmt.Errorf("CITEBOT_BURST=%d: must be at least 1 (questions a user may ask at once, such as 5)", c.Burst))
	}
	return errs
}

func (c Config) validateHTTP() []error {
	var errs []error
	if !(c.HTTP.KeyRatePerMinute > 0) {
		errs = append(errs, fmt.Errorf("CITEBOT_HTTP_KEY_RATE_PER_MINUTE=%v: must be more than 0 (questions per minute for each API key, such as 600)", c.HTTP.KeyRatePerMinute))
	}
	if !(c.HTTP.AddressRatePerMinute > 0) {
		errs = append(errs, fmt.Errorf("CITEBOT_HTTP_ADDRESS_RATE_PER_MINUTE=%v: must be more than 0 (questions per minute from one address, such as 300)", c.HTTP.AddressRatePerMinute))
	}
	if c.HTTP.APIKeys != "" && len(c.HTTP.Keys()) == 0 {
		errs = append(errs, errors.New("CITEBOT_HTTP_API_KEYS holds no key: give one or more keys separated by commas"))
	}
	for i, k := range c.HTTP.Keys() {
		name := fmt.Sprintf("CITEBOT_HTTP_API_KEYS (key %d)", i+1)
		errs = append(errs, checkToken(name, k)...)
		if n := len(k.Reveal()); n < minAPIKeyBytes {
			errs = append(errs, fmt.Errorf("%s: %d characters is too short to be a secret; use %d or more, such as the output of `openssl rand -hex 32`", name, n, minAPIKeyBytes))
		}
	}
	if _, perrs := c.HTTP.proxies(); len(perrs) > 0 {
		errs = append(errs, fmt.Errorf("CITEBOT_HTTP_TRUSTED_PROXIES=%s: %w", c.HTTP.TrustedProxies, errors.Join(perrs...)))
	}
	if c.HTTPAddr == "" {
		return errs
	}
	_, port, err := net.SplitHostPort(c.HTTPAddr)
	if err != nil {
		return append(errs, fmt.Errorf("CITEBOT_HTTP_ADDR=%s: not a listen address; use host:port or :port, such as :8080", c.HTTPAddr))
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return append(errs, fmt.Errorf("CITEBOT_HTTP_ADDR=%s: the port must be a number from 0 to 65535", c.HTTPAddr))
	}
	return errs
}

// minAPIKeyBytes is the shortest HTTP API key accepted: a key is a bearer
// secret, so it must not be guessable.
const minAPIKeyBytes = 16

func (c Config) validateDiscord() []error {
	var errs []error
	errs = append(errs, checkToken("CITEBOT_DISCORD_TOKEN", c.Discord.Token)...)
	if g := c.Discord.GuildID; g != "" {
		if _, err := strconv.ParseUint(g, 10, 64); err != nil {
			errs = append(errs, fmt.Errorf("CITEBOT_DISCORD_GUILD=%s: a server id is a number; in Discord, turn on Developer Mode, right-click the server, Copy Server ID", g))
		}
		if c.Discord.Token == "" {
			errs = append(errs, errors.New("CITEBOT_DISCORD_GUILD is set but CITEBOT_DISCORD_TOKEN is not"))
		}
	}
	return errs
}

func (c Config) validateTelegram() []error {
	t := c.Telegram
	errs := checkToken("CITEBOT_TELEGRAM_TOKEN", t.Token)
	if tok := t.Token.Reveal(); tok != "" && !looksLikeTelegramToken(tok) {
		errs = append(errs, errors.New("CITEBOT_TELEGRAM_TOKEN does not look like a Telegram bot token (digits, a colon, then letters: 123456789:AAE...); copy it again from @BotFather"))
	}
	if t.WebhookURL != "" {
		errs = append(errs, checkWebhookURL(t.WebhookURL)...)
		if t.Token == "" {
			errs = append(errs, errors.New("CITEBOT_TELEGRAM_WEBHOOK_URL is set but CITEBOT_TELEGRAM_TOKEN is not"))
		}
		if t.WebhookSecret == "" {
			errs = append(errs, errors.New("CITEBOT_TELEGRAM_WEBHOOK_URL is set but CITEBOT_TELEGRAM_WEBHOOK_SECRET is not: without it anyone could post fake updates; choose 20 or more letters, digits, _ or -"))
		}
		if c.HTTPAddr == "" {
			errs = append(errs, errors.New("CITEBOT_TELEGRAM_WEBHOOK_URL is set but CITEBOT_HTTP_ADDR is not: the webhook is served by the HTTP server (for example CITEBOT_HTTP_ADDR=:8443 behind your proxy)"))
		}
	}
	if s := t.WebhookSecret.Reveal(); s != "" {
		if n := utf8.RuneCountInString(s); n > 256 || strings.IndexFunc(s, notSecretChar) >= 0 {
			errs = append(errs, fmt.Errorf("CITEBOT_TELEGRAM_WEBHOOK_SECRET: Telegram accepts 1 to 256 characters, only A-Z, a-z, 0-9, _ and - (this one has %d characters%s)", n, badCharNote(s)))
		}
		if t.WebhookURL == "" {
			errs = append(errs, errors.New("CITEBOT_TELEGRAM_WEBHOOK_SECRET is set but CITEBOT_TELEGRAM_WEBHOOK_URL is not: the secret only serves webhooks"))
		}
	}
	if t.QueueFile != "" {
		if t.Token == "" {
			errs = append(errs, errors.New("CITEBOT_TELEGRAM_QUEUE_FILE is set but CITEBOT_TELEGRAM_TOKEN is not"))
		}
		if fi, err := os.Stat(filepath.Dir(t.QueueFile)); err != nil || !fi.IsDir() {
			errs = append(errs, fmt.Errorf("CITEBOT_TELEGRAM_QUEUE_FILE=%s: its folder does not exist; create it, writable by citebot", t.QueueFile))
		}
	}
	if t.APIURL != "" && !validAPIURL(t.APIURL) {
		errs = append(errs, fmt.Errorf("CITEBOT_TELEGRAM_API_URL=%s: use the form http://host:port/bot%%s/%%s (the two %%s stand for the token and the method, both in the path)", redact.Tokens(t.APIURL)))
	}
	return errs
}

// validAPIURL checks a Bot API endpoint: http or https, a host, and
// exactly two %s, both in the path. A %s in the host ("http://%s/%s")
// would put the token where the URL parser quotes it back in its error
// ("invalid port :SECRET"), and where DNS would see it.
func validAPIURL(raw string) bool {
	if strings.Count(raw, "%s") != 2 || strings.Count(raw, "%") != 2 {
		return false
	}
	u, err := url.Parse(strings.ReplaceAll(raw, "%s", "x"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	scheme, rest, _ := strings.Cut(raw, "://")
	host, path, _ := strings.Cut(rest, "/")
	return scheme != "" && !strings.Contains(host, "%s") && strings.Count(path, "%s") == 2
}

// checkWebhookURL applies Telegram's rules for setWebhook: https, and one
// of the ports Telegram sends to.
func checkWebhookURL(raw string) []error {
	shown := redact.URL(raw) // the path may be a secret
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return []error{fmt.Errorf("CITEBOT_TELEGRAM_WEBHOOK_URL=%s: not a URL; use the public address, such as https://bot.example.org/telegram", shown)}
	}
	if u.Scheme != "https" {
		return []error{fmt.Errorf("CITEBOT_TELEGRAM_WEBHOOK_URL=%s: Telegram only calls https:// webhooks", shown)}
	}
	if u.Path == "" || u.Path == "/" {
		return []error{fmt.Errorf("CITEBOT_TELEGRAM_WEBHOOK_URL=%s: give it a path, such as https://bot.example.org/telegram, so that the HTTP API keeps its own routes", shown)}
	}
	switch u.Port() {
	case "", "443", "80", "88", "8443":
		return nil
	default:
		return []error{fmt.Errorf("CITEBOT_TELEGRAM_WEBHOOK_URL=%s: Telegram only calls ports 443, 80, 88 or 8443", shown)}
	}
}

// checkToken catches the usual paste mistakes without printing the token.
func checkToken(name string, s Secret) []error {
	v := s.Reveal()
	switch {
	case v == "":
		return nil
	case v == s.String():
		return []error{fmt.Errorf("%s is %q, which is what `citebot config` prints in place of a token: put the real token", name, v)}
	case strings.ContainsFunc(v, isSpaceOrControl):
		return []error{fmt.Errorf("%s contains spaces or control characters: copy the token again, alone", name)}
	}
	return nil
}

func isSpaceOrControl(r rune) bool { return r <= ' ' || r == 0x7f }

// looksLikeTelegramToken checks the "123456789:AAE..." shape of a bot token.
func looksLikeTelegramToken(tok string) bool {
	id, key, ok := strings.Cut(tok, ":")
	if !ok || id == "" || key == "" {
		return false
	}
	if _, err := strconv.ParseUint(id, 10, 64); err != nil {
		return false
	}
	return strings.IndexFunc(key, notSecretChar) < 0
}

// notSecretChar reports a character outside Telegram's secret_token
// alphabet A-Z a-z 0-9 _ -.
func notSecretChar(r rune) bool {
	return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-')
}

// badCharNote says where the first forbidden character is, by position
// only, so the message helps without revealing the secret.
func badCharNote(s string) string {
	for i, r := range []rune(s) {
		if notSecretChar(r) {
			return fmt.Sprintf(", the character at position %d is not allowed", i+1)
		}
	}
	return ""
}
