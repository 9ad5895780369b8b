// Package redact hides secrets inside text meant for messages and logs:
// the configuration and the adapters both use it, so it depends on
// nothing of citebot's.
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

// telegramToken matches what looks like a Telegram bot token: the bot's
// id, a colon, and the key.
const telegramToken = `[0-9]{3,}:[A-Za-z0-9_-]{20,}`

// Tokens replaces whatever looks like a bot token in s, for a
// setting that should hold none but may have one pasted in (an API URL
// with the token where %s should be).
func Tokens(s string) string {
	return regexp.MustCompile(telegramToken).ReplaceAllString(s, "[redacted]")
}
