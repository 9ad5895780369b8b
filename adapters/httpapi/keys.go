package httpapi

import (
	"crypto/sha256"
	"strings"
)

// IsKey reports whether key is one of the API's keys, for the web pages'
// teachers: the same keys open a session from the browser.
func (a *API) IsKey(key string) bool {
	_, ok := a.access.keys[sha256.Sum256([]byte(strings.TrimSpace(key)))]
	return ok
}
