package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// env turns a map into a getenv function.
func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// writeFile writes content to a fresh file in a temporary folder.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDefaultsAreValid(t *testing.T) {
	c, err := Load(nil, env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c != Default() {
		t.Errorf("Load with nothing set = %+v, want the defaults %+v", c, Default())
	}
	if c.RatePerMinute != 20 || c.Burst != 5 {
		t.Errorf("default rate %v burst %d, want 20 and 5", c.RatePerMinute, c.Burst)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("defaults do not validate: %v", err)
	}
}

func TestPrecedence(t *testing.T) {
	file := writeFile(t, "citebot.yaml", "log_level: warn\nlog_format: json\nburst: 7\nrate_per_minute: 30\nhttp_addr: ':9000'\n")
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want func(c Config) bool
		desc string
	}{
		{"file over defaults", map[string]string{"CITEBOT_CONFIG": file}, nil,
			func(c Config) bool {
				return c.LogLevel == "warn" && c.LogFormat == "json" && c.Burst == 7 && c.RatePerMinute == 30 && c.HTTPAddr == ":9000"
			},
			"file values"},
		{"env over file", map[string]string{"CITEBOT_CONFIG": file, "CITEBOT_LOG_LEVEL": "error", "CITEBOT_BURST": "9"}, nil,
			func(c Config) bool { return c.LogLevel == "error" && c.Burst == 9 && c.LogFormat == "json" },
			"env level and burst, file format"},
		{"flags over env", map[string]string{"CITEBOT_CONFIG": file, "CITEBOT_LOG_LEVEL": "error"}, []string{"--log-level", "debug", "--burst=11"},
			func(c Config) bool { return c.LogLevel == "debug" && c.Burst == 11 && c.RatePerMinute == 30 },
			"flag level and burst, file rate"},
		{"env alone", map[string]string{"CITEBOT_RATE_PER_MINUTE": "2.5", "CITEBOT_HTTP_ADDR": "127.0.0.1:8081", "CITEBOT_TELEGRAM_API_URL": "http://127.0.0.1:8081/bot%s/%s"}, nil,
			func(c Config) bool {
				return c.RatePerMinute == 2.5 && c.HTTPAddr == "127.0.0.1:8081" && c.Telegram.APIURL == "http://127.0.0.1:8081/bot%s/%s" && c.LogLevel == "info"
			},
			"env values over defaults"},
		{"level is case-insensitive", map[string]string{"CITEBOT_LOG_LEVEL": "DEBUG"}, nil,
			func(c Config) bool { return c.LogLevel == "debug" }, "debug"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(tt.args, env(tt.env))
			if err != nil {
				t.Fatal(err)
			}
			if !tt.want(c) {
				t.Errorf("got %+v, want %s", c, tt.desc)
			}
		})
	}
}

func TestSecretsFromEnvAndFiles(t *testing.T) {
	tokFile := writeFile(t, "discord_token", "discord-secret-value\n")
	c, err := Load(nil, env(map[string]string{
		"CITEBOT_DISCORD_TOKEN_FILE":   tokFile,
		"CITEBOT_TELEGRAM_TOKEN":       " 123:abc\n",
		"CITEBOT_CONFIG":               writeFile(t, "c.yaml", "telegram_webhook_secret: s3cr3t_-\n"),
		"CITEBOT_TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg",
		"CITEBOT_HTTP_ADDR":            ":8443",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Discord.Token.Reveal(); got != "discord-secret-value" {
		t.Errorf("Discord token from file = %q", got)
	}
	if got := c.Telegram.Token.Reveal(); got != "123:abc" {
		t.Errorf("Telegram token from env = %q, want it trimmed", got)
	}
	if got := c.Telegram.WebhookSecret.Reveal(); got != "s3cr3t_-" {
		t.Errorf("webhook secret from the config file = %q", got)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("valid secrets rejected: %v", err)
	}
}

func TestTokensAreNotFlags(t *testing.T) {
	for _, f := range []string{"--discord-token=x", "--telegram-token=x", "--telegram-webhook-secret=x"} {
		_, err := Load([]string{f}, env(nil))
		var fe *FlagError
		if !errors.As(err, &fe) {
			t.Errorf("Load(%s) = %v, want a FlagError: tokens must never be flags", f, err)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	tests := []struct {
		name     string
		env      map[string]string
		args     []string
		flagErr  bool
		contains []string
	}{
		{"rate not a number", map[string]string{"CITEBOT_RATE_PER_MINUTE": "lots"}, nil, false,
			[]string{`CITEBOT_RATE_PER_MINUTE="lots"`, "not a number"}},
		{"burst not whole", map[string]string{"CITEBOT_BURST": "2.5"}, nil, false,
			[]string{"CITEBOT_BURST", "not a whole number"}},
		{"token and token file", map[string]string{"CITEBOT_DISCORD_TOKEN": "a", "CITEBOT_DISCORD_TOKEN_FILE": "/x"}, nil, false,
			[]string{"both CITEBOT_DISCORD_TOKEN and CITEBOT_DISCORD_TOKEN_FILE", "keep only one"}},
		{"token file missing", map[string]string{"CITEBOT_TELEGRAM_TOKEN_FILE": missing}, nil, false,
			[]string{"CITEBOT_TELEGRAM_TOKEN_FILE", "no such file"}},
		{"token file empty", map[string]string{"CITEBOT_TELEGRAM_TOKEN_FILE": writeFile(t, "empty", "\n")}, nil, false,
			[]string{"CITEBOT_TELEGRAM_TOKEN_FILE", "the file is empty"}},
		{"config file missing", map[string]string{"CITEBOT_CONFIG": missing}, nil, false,
			[]string{"CITEBOT_CONFIG", "no such file"}},
		{"config file typo", map[string]string{"CITEBOT_CONFIG": writeFile(t, "typo.yaml", "log_levle: debug\n")}, nil, false,
			[]string{`unknown setting "log_levle"`, "log_level"}},
		{"config file bad yaml", map[string]string{"CITEBOT_CONFIG": writeFile(t, "bad.yaml", "log_level: [\n")}, nil, false,
			[]string{"not valid YAML"}},
		{"config file list value", map[string]string{"CITEBOT_CONFIG": writeFile(t, "list.yaml", "corpus: [a, b]\n")}, nil, false,
			[]string{"corpus", "single value"}},
		{"unknown flag", nil, []string{"--nope"}, true, []string{"nope"}},
		{"bad flag value", nil, []string{"--burst", "many"}, true, []string{"burst", "not a whole number"}},
		{"stray argument", nil, []string{"extra"}, true, []string{`unexpected argument "extra"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.args, env(tt.env))
			if err == nil {
				t.Fatal("no error")
			}
			var fe *FlagError
			if got := errors.As(err, &fe); got != tt.flagErr {
				t.Errorf("FlagError = %v, want %v (%v)", got, tt.flagErr, err)
			}
			for _, s := range tt.contains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

func TestHelpFlag(t *testing.T) {
	_, err := Load([]string{"-h"}, env(nil))
	if !errors.Is(err, flag.ErrHelp) {
		t.Errorf("Load(-h) = %v, want flag.ErrHelp", err)
	}
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, "article.txt", "x")
	valid := func() Config { c := Default(); return c }
	tests := []struct {
		name   string
		modify func(c *Config)
		want   string // "" means valid
	}{
		{"defaults", func(c *Config) {}, ""},
		{"existing corpus", func(c *Config) { c.Corpus = dir }, ""},
		{"missing corpus", func(c *Config) { c.Corpus = "/x/nowhere" }, "CITEBOT_CORPUS=/x/nowhere: no such folder"},
		{"corpus is a file", func(c *Config) { c.Corpus = file }, "is a file; give the folder"},
		{"unknown level", func(c *Config) { c.LogLevel = "verbose" }, "CITEBOT_LOG_LEVEL=verbose: unknown log level; use debug, info, warn or error"},
		{"unknown format", func(c *Config) { c.LogFormat = "xml" }, "CITEBOT_LOG_FORMAT=xml: unknown log format; use text or json"},
		{"zero rate", func(c *Config) { c.RatePerMinute = 0 }, "CITEBOT_RATE_PER_MINUTE=0: must be more than 0"},
		{"negative rate", func(c *Config) { c.RatePerMinute = -3 }, "CITEBOT_RATE_PER_MINUTE=-3: must be more than 0"},
		{"zero burst", func(c *Config) { c.Burst = 0 }, "CITEBOT_BURST=0: must be at least 1"},
		{"http addr", func(c *Config) { c.HTTPAddr = ":8080" }, ""},
		{"http addr no port", func(c *Config) { c.HTTPAddr = "localhost" }, "CITEBOT_HTTP_ADDR=localhost: not a listen address"},
		{"http addr bad port", func(c *Config) { c.HTTPAddr = ":99999" }, "port must be a number from 0 to 65535"},
		{"guild not a number", func(c *Config) { c.Discord = Discord{Token: "t", GuildID: "my server"} }, "CITEBOT_DISCORD_GUILD=my server: a server id is a number"},
		{"guild without token", func(c *Config) { c.Discord.GuildID = "123" }, "CITEBOT_DISCORD_GUILD is set but CITEBOT_DISCORD_TOKEN is not"},
		{"token with space", func(c *Config) { c.Discord.Token = "abc def" }, "CITEBOT_DISCORD_TOKEN contains spaces"},
		{"token pasted redacted", func(c *Config) { c.Discord.Token = "[redacted]" }, "put the real token"},
		{"telegram token shape", func(c *Config) { c.Telegram.Token = "not-a-token" }, "does not look like a Telegram bot token"},
		{"webhook ok", func(c *Config) {
			c.HTTPAddr = ":8443"
			c.Telegram = Telegram{Token: "1:a", WebhookURL: "https://bot.example.org:8443/tg", WebhookSecret: "Ab_9-"}
		}, ""},
		{"webhook without secret", func(c *Config) {
			c.HTTPAddr = ":8443"
			c.Telegram = Telegram{Token: "1:a", WebhookURL: "https://bot.example.org/tg"}
		}, "CITEBOT_TELEGRAM_WEBHOOK_SECRET is not"},
		{"webhook without http server", func(c *Config) {
			c.Telegram = Telegram{Token: "1:a", WebhookURL: "https://bot.example.org/tg", WebhookSecret: "Ab_9-"}
		}, "CITEBOT_HTTP_ADDR is not: the webhook is served by the HTTP server"},
		{"webhook without path", func(c *Config) {
			c.HTTPAddr = ":8443"
			c.Telegram = Telegram{Token: "1:a", WebhookURL: "https://bot.example.org/", WebhookSecret: "Ab_9-"}
		}, "give it a path"},
		{"webhook http", func(c *Config) { c.Telegram = Telegram{Token: "1:a", WebhookURL: "http://bot.example.org/tg"} },
			"CITEBOT_TELEGRAM_WEBHOOK_URL=http://bot.example.org/…: Telegram only calls https:// webhooks"},
		{"webhook port", func(c *Config) { c.Telegram = Telegram{Token: "1:a", WebhookURL: "https://bot.example.org:9000/tg"} },
			"Telegram only calls ports 443, 80, 88 or 8443"},
		{"webhook not url", func(c *Config) { c.Telegram = Telegram{Token: "1:a", WebhookURL: "bot.example.org"} }, "not a URL"},
		{"webhook without token", func(c *Config) { c.Telegram.WebhookURL = "https://bot.example.org/tg" },
			"CITEBOT_TELEGRAM_WEBHOOK_URL is set but CITEBOT_TELEGRAM_TOKEN is not"},
		{"secret charset", func(c *Config) {
			c.Telegram = Telegram{Token: "1:a", WebhookURL: "https://b.example.org/", WebhookSecret: "abc!def"}
		}, "only A-Z, a-z, 0-9, _ and - (this one has 7 characters, the character at position 4 is not allowed)"},
		{"secret too long", func(c *Config) {
			c.Telegram = Telegram{Token: "1:a", WebhookURL: "https://b.example.org/", WebhookSecret: Secret(strings.Repeat("a", 257))}
		}, "1 to 256 characters"},
		{"secret 256 ok", func(c *Config) {
			c.HTTPAddr = ":8443"
			c.Telegram = Telegram{Token: "1:a", WebhookURL: "https://b.example.org/tg", WebhookSecret: Secret(strings.Repeat("a", 256))}
		}, ""},
		{"secret without webhook", func(c *Config) { c.Telegram = Telegram{Token: "1:a", WebhookSecret: "abc"} }, "the secret only serves webhooks"},
		{"api url", func(c *Config) { c.Telegram.APIURL = "http://127.0.0.1:8081/bot%s/%s" }, ""},
		{"api url no verbs", func(c *Config) { c.Telegram.APIURL = "http://127.0.0.1:8081/" }, "use the form http://host:port/bot%s/%s"},
		// Defect 4 of issue 7: the token in the host leaked through the
		// URL parser's error.
		{"api url token in host", func(c *Config) { c.Telegram.APIURL = "http://%s/%s" }, "both in the path"},
		{"api url token as port", func(c *Config) { c.Telegram.APIURL = "http://h:%s/%s" }, "both in the path"},
		{"api url other verb", func(c *Config) { c.Telegram.APIURL = "http://h/bot%s/%s%d" }, "both in the path"},
		{"api url with the token pasted in", func(c *Config) { c.Telegram.APIURL = "http://h/bot123456:AAHabcdefghijklmnopqrstuvwxyz/%s" }, "CITEBOT_TELEGRAM_API_URL=http://h/bot[redacted]/%s: use the form"},
		{"queue file", func(c *Config) { c.Telegram = Telegram{Token: "1:a", QueueFile: filepath.Join(dir, "q")} }, ""},
		{"queue file nowhere", func(c *Config) { c.Telegram = Telegram{Token: "1:a", QueueFile: "/x/nowhere/q"} }, "CITEBOT_TELEGRAM_QUEUE_FILE=/x/nowhere/q: its folder does not exist"},
		{"queue file without token", func(c *Config) { c.Telegram.QueueFile = filepath.Join(dir, "q") }, "CITEBOT_TELEGRAM_QUEUE_FILE is set but CITEBOT_TELEGRAM_TOKEN is not"},
		{"api keys", func(c *Config) { c.HTTP.APIKeys = "0123456789abcdef, fedcba9876543210" }, ""},
		{"api key short", func(c *Config) { c.HTTP.APIKeys = "0123456789abcdef,short" }, "CITEBOT_HTTP_API_KEYS (key 2): 5 characters is too short"},
		{"api keys empty", func(c *Config) { c.HTTP.APIKeys = " , " }, "holds no key"},
		{"api key pasted redacted", func(c *Config) { c.HTTP.APIKeys = "[redacted]" }, "put the real token"},
		{"key rate", func(c *Config) { c.HTTP.KeyRatePerMinute = 0 }, "CITEBOT_HTTP_KEY_RATE_PER_MINUTE=0: must be more than 0"},
		{"address rate", func(c *Config) { c.HTTP.AddressRatePerMinute = -1 }, "CITEBOT_HTTP_ADDRESS_RATE_PER_MINUTE=-1: must be more than 0"},
		{"proxies", func(c *Config) { c.HTTP.TrustedProxies = "10.0.0.0/8, 127.0.0.1,::1" }, ""},
		{"proxies bad", func(c *Config) { c.HTTP.TrustedProxies = "10.0.0.0/8,proxy.local" }, `CITEBOT_HTTP_TRUSTED_PROXIES=10.0.0.0/8,proxy.local: "proxy.local" is not an address or a CIDR`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := valid()
			tt.modify(&c)
			err := c.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate() = %v, want valid", err)
			case tt.want != "" && err == nil:
				t.Errorf("Validate() = nil, want %q", tt.want)
			case tt.want != "" && !strings.Contains(err.Error(), tt.want):
				t.Errorf("Validate() = %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestHTTPKeysAndProxies(t *testing.T) {
	keyFile := writeFile(t, "keys", "0123456789abcdef\nfedcba9876543210\n")
	env := map[string]string{"CITEBOT_HTTP_API_KEYS_FILE": keyFile, "CITEBOT_HTTP_TRUSTED_PROXIES": "10.1.2.3/8,::1"}
	c, err := Load(nil, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	keys := c.HTTP.Keys()
	if len(keys) != 2 || keys[0].Reveal() != "0123456789abcdef" || keys[1].Reveal() != "fedcba9876543210" {
		t.Errorf("keys from the file: %d %v", len(keys), keys)
	}
	ps := c.HTTP.Proxies()
	if len(ps) != 2 || ps[0].String() != "10.0.0.0/8" || ps[1].String() != "::1/128" {
		t.Errorf("proxies %v", ps)
	}
	if c.HTTP.KeyRatePerMinute != 600 || c.HTTP.AddressRatePerMinute != 300 {
		t.Errorf("default rates %v %v, want 600 and 300", c.HTTP.KeyRatePerMinute, c.HTTP.AddressRatePerMinute)
	}
	var sb strings.Builder
	if err := c.WriteRedacted(&sb); err != nil || strings.Contains(sb.String(), "0123456789abcdef") {
		t.Errorf("printed config shows a key or failed (%v):\n%s", err, sb.String())
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	c := Default()
	c.LogLevel, c.Burst, c.HTTPAddr = "loud", 0, "nowhere"
	err := c.Validate()
	if err == nil {
		t.Fatal("no error")
	}
	for _, s := range []string{"CITEBOT_LOG_LEVEL", "CITEBOT_BURST", "CITEBOT_HTTP_ADDR"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("%q missing from %q", s, err)
		}
	}
}

func TestValidateLocalIgnoresPlatforms(t *testing.T) {
	c := Default()
	c.Telegram.WebhookURL = "http://insecure.example.org"
	if err := c.ValidateLocal(); err != nil {
		t.Errorf("ValidateLocal() = %v, want the platform settings ignored", err)
	}
	if err := c.Validate(); err == nil {
		t.Error("Validate() accepted an http webhook")
	}
	c.Corpus = "/x/nowhere"
	if err := c.ValidateLocal(); err == nil || !strings.Contains(err.Error(), "CITEBOT_CORPUS=/x/nowhere: no such folder") {
		t.Errorf("ValidateLocal() = %v, want the missing corpus", err)
	}
}

// TestSecretsNeverShow renders a configuration full of secrets every way a
// program might and checks that no secret value appears.
func TestSecretsNeverShow(t *testing.T) {
	const (
		discord = "DISCORDTOKENxyz"
		tg      = "987654321:TELEGRAMTOKENxyz"
		hook    = "HOOKSECRETxyz"
	)
	secretFile := writeFile(t, "tg", tg+"\n")
	c, err := Load([]string{"--http-addr", ":8080"}, env(map[string]string{
		"CITEBOT_DISCORD_TOKEN":           discord,
		"CITEBOT_TELEGRAM_TOKEN_FILE":     secretFile,
		"CITEBOT_TELEGRAM_WEBHOOK_URL":    "http://insecure.example.org:9999",
		"CITEBOT_TELEGRAM_WEBHOOK_SECRET": hook + "!",
	}))
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]func() string{
		"%v":  func() string { return fmt.Sprintf("%v", c) },
		"%+v": func() string { return fmt.Sprintf("%+v", c) },
		"%#v": func() string { return fmt.Sprintf("%#v", c) },
		"%s":  func() string { return fmt.Sprintf("%s", c.Discord.Token) },
		"%q":  func() string { return fmt.Sprintf("%q", c.Telegram.Token) },
		"%x":  func() string { return fmt.Sprintf("%x", c.Telegram.WebhookSecret) },
		// A wrong verb takes fmt's error path, which must not leak either.
		"%d":      func() string { return fmt.Sprintf("%d", c.Discord.Token) },
		"Println": func() string { return fmt.Sprintln(c.Discord, c.Telegram) },
		"json": func() string {
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		},
		"yaml": func() string {
			b, err := yaml.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		},
		"WriteRedacted": func() string {
			var b bytes.Buffer
			if err := c.WriteRedacted(&b); err != nil {
				t.Fatal(err)
			}
			return b.String()
		},
		"slog text": func() string {
			var b bytes.Buffer
			slog.New(slog.NewTextHandler(&b, nil)).Info("cfg", "config", c, "token", c.Discord.Token)
			return b.String()
		},
		"slog json": func() string {
			var b bytes.Buffer
			slog.New(slog.NewJSONHandler(&b, nil)).Info("cfg", "config", c, "token", c.Telegram.Token)
			return b.String()
		},
		"Validate": func() string { return fmt.Sprint(c.Validate()) },
	}
	for name, out := range outputs {
		t.Run(name, func(t *testing.T) {
			s := out()
			for _, secret := range []string{discord, tg, hook, "TELEGRAMTOKEN"} {
				if strings.Contains(s, secret) {
					t.Errorf("output contains a secret: %s", s)
				}
			}
			if name != "Validate" && !strings.Contains(s, "[redacted]") {
				t.Errorf("output shows no [redacted] marker: %s", s)
			}
		})
	}
}

func TestPrintedConfigReadsBack(t *testing.T) {
	dir := t.TempDir()
	c := Default()
	c.Corpus, c.LogLevel, c.RatePerMinute, c.Burst, c.HTTPAddr = dir, "debug", 12.5, 3, ":8080"
	c.Discord.GuildID = "42"
	c.Telegram.WebhookURL, c.Telegram.APIURL = "https://b.example.org/tg", "http://127.0.0.1:8081/bot%s/%s"
	var b bytes.Buffer
	if err := c.WriteRedacted(&b); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "printed.yaml", b.String())
	got, err := Load(nil, env(map[string]string{"CITEBOT_CONFIG": path}))
	if err != nil {
		t.Fatalf("the printed config does not load: %v\n%s", err, b.String())
	}
	if got != c {
		t.Errorf("read back %+v, want %+v", got, c)
	}
}

func TestPrintFlagsHasNoSecrets(t *testing.T) {
	var b bytes.Buffer
	PrintFlags(&b)
	s := b.String()
	if !strings.Contains(s, "-http-addr") || !strings.Contains(s, "CITEBOT_HTTP_ADDR") {
		t.Errorf("flags text lacks -http-addr: %s", s)
	}
	for _, f := range []string{"-discord-token", "-telegram-token", "-telegram-webhook-secret"} {
		if strings.Contains(s, f) {
			t.Errorf("secret offered as flag %s: %s", f, s)
		}
	}
}

func TestStorageSettings(t *testing.T) {
	env := map[string]string{"CITEBOT_DB": "/tmp/x.db", "CITEBOT_DATABASE_URL": "postgres://u:pw@h/db", "CITEBOT_RETENTION": "30d"}
	c, err := FromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if c.Storage.DB != "/tmp/x.db" || c.Storage.DatabaseURL.Reveal() != "postgres://u:pw@h/db" || c.Storage.Retention != 30*24*time.Hour {
		t.Errorf("storage = %+v", c.Storage)
	}
	if err := c.ValidateLocal(); err != nil {
		t.Errorf("valid storage settings refused: %v", err)
	}
	for in, want := range map[string]string{"90d": "90d", "36h": "36h0m0s", "1d": "1d"} {
		d, err := ParseRetention(in)
		if err != nil || FormatRetention(d) != want {
			t.Errorf("ParseRetention(%q) = %v, %v; formats as %q, want %q", in, d, err, FormatRetention(d), want)
		}
	}
	for _, bad := range []string{"", "0d", "-3d", "x", "90 jours", "-1h"} {
		if _, err := ParseRetention(bad); err == nil {
			t.Errorf("ParseRetention(%q) accepted", bad)
		}
	}
	env = map[string]string{"CITEBOT_DATABASE_URL": "mysql://u:pw@h/db"}
	c, _ = FromEnv(func(k string) string { return env[k] })
	if err := c.ValidateLocal(); err == nil || !strings.Contains(err.Error(), "postgres://") || strings.Contains(err.Error(), "pw") {
		t.Errorf("a non-PostgreSQL URL: %v; want a message naming postgres:// without the password", err)
	}
	env = map[string]string{"CITEBOT_RETENTION": "bientôt"}
	if _, err := FromEnv(func(k string) string { return env[k] }); err == nil || !strings.Contains(err.Error(), "CITEBOT_RETENTION") {
		t.Errorf("a bad retention: %v", err)
	}
}

func FuzzParseRetention(f *testing.F) {
	for _, s := range []string{"90d", "36h", "0d", "-1d", "1d2h", "99999999999999d", "", "d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseRetention(s)
		if err != nil {
			return
		}
		if d <= 0 {
			t.Fatalf("ParseRetention(%q) = %v, accepted", s, d)
		}
		back, err := ParseRetention(FormatRetention(d))
		if err != nil || back != d {
			t.Fatalf("ParseRetention(%q) = %v, which formats as %q and reads back as %v, %v", s, d, FormatRetention(d), back, err)
		}
	})
}
