// Package redact hides secrets in text meant for messages and logs. It is
// a leaf, so that both the configuration and the adapters use the one
// redaction.
package redact

import (
	"net/url"
	"regexp"
)

// URL keeps the scheme and host of a URL for messages and logs: the
// path of a webhook URL is often a secret of its own.
func URL(raw string) string {
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

// Tokens replaces whatever looks like a bot token in s, for a setting
// that should hold none but may have one pasted in (an API URL with the
// token where %s should be).
func Tokens(s string) string {
	return telegramTokenRE.ReplaceAllString(s, "[redacted]")
}
