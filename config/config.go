// Package config holds citebot's settings: defaults that work, CITEBOT_*
// environment variables, flags and an optional file, validated with
// messages a teacher can act on. Secrets never print.
package config

import (
	"fmt"
	"net/netip"
	"strings"
)

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
	HTTP     HTTP
	Discord  Discord
	Ops      Operations
	Telegram Telegram
	Storage  Storage
}

// HTTP configures who may use the HTTP API, and how much.
type HTTP struct {
	// APIKeys are the keys a program sends as "Authorization: Bearer KEY",
	// separated by commas or line breaks (see Keys); each key has its own
	// limit, KeyRatePerMinute.
	APIKeys          Secret
	KeyRatePerMinute float64
	// AddressRatePerMinute bounds the questions from one address without a
	// key, whatever users it claims: a class behind one school network
	// shares it.
	AddressRatePerMinute float64
	// TrustedProxies are the reverse proxies, CIDRs separated by commas
	// (see Proxies), whose X-Forwarded-For names the real client.
	TrustedProxies string
}

// Keys splits APIKeys into the keys.
func (h HTTP) Keys() []Secret {
	var keys []Secret
	for _, k := range strings.FieldsFunc(h.APIKeys.Reveal(), func(r rune) bool { return r == ',' || r == '\n' || r == '\r' }) {
		if k = strings.TrimSpace(k); k != "" {
			keys = append(keys, Secret(k))
		}
	}
	return keys
}

// Proxies parses TrustedProxies; Validate reports the entries it cannot
// read, which Proxies skips.
func (h HTTP) Proxies() []netip.Prefix {
	ps, _ := h.proxies()
	return ps
}

func (h HTTP) proxies() ([]netip.Prefix, []error) {
	var ps []netip.Prefix
	var errs []error
	for _, f := range strings.Split(h.TrustedProxies, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		p, err := parsePrefix(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ps = append(ps, p)
	}
	return ps, errs
}

// parsePrefix reads a CIDR ("10.0.0.0/8"), or one address as a /32 or
// /128.
func parsePrefix(s string) (netip.Prefix, error) {
	if !strings.Contains(s, "/") {
		a, err := netip.ParseAddr(s)
		if err != nil {
			return netip.Prefix{}, fmt.Errorf("%q is not an address or a CIDR such as 10.0.0.0/8", s)
		}
		a = a.Unmap()
		return netip.PrefixFrom(a, a.BitLen()), nil
	}
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, fmt.Errorf("%q is not a CIDR such as 10.0.0.0/8", s)
	}
	return p.Masked(), nil
}

// Discord configures the Discord adapter; it is on when Token is set.
type Discord struct {
	Token Secret
	// GuildID registers slash commands in one guild (instant) rather than
	// globally (up to an hour to appear).
	GuildID string
	// TeacherRole is the id of a role whose members may run classroom
	// sessions, besides those who may manage messages.
	TeacherRole string
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
	// QueueFile keeps the updates taken but not yet answered, so that they
	// survive a crash while confirmed to Telegram at once; "" keeps them
	// unconfirmed until answered.
	QueueFile string
}
