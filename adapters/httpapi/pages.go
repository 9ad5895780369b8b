package httpapi

import (
	"crypto/sha256"
	"net/http"
	"strings"

	"github.com/citebot/citebot/bot"
)

// What the web pages, served beside the API, borrow from it: its keys,
// which also let a teacher open a class, and its per-address ceiling, so
// that a page's questions count with the API's.

// IsKey reports whether key is one of the API's keys.
func (a *API) IsKey(key string) bool {
	_, ok := a.access.keys[sha256.Sum256([]byte(strings.TrimSpace(key)))]
	return ok
}

// AdmitPage applies the per-address ceiling (through trusted proxies) to
// a question asked on a web page.
func (a *API) AdmitPage(r *http.Request) bot.Verdict {
	return a.access.addrLimit.Allow(a.access.clientAddr(r))
}
