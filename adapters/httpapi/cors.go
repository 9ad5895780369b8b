package httpapi

import (
	"net/http"
	"slices"
	"strings"
)

// corsMaxAge is how long a browser may reuse a preflight answer, in
// seconds.
const corsMaxAge = "600"

// cors lets the pages of the configured origins call the API from a
// browser: their requests get Access-Control-Allow-Origin, and their
// preflight (OPTIONS) is answered here, which cors reports by returning
// true. Other origins get no CORS headers, so browsers keep their pages
// out; programs, which send no Origin, are not affected.
func (a *API) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" || len(a.opts.CORSOrigins) == 0 {
		return false
	}
	w.Header().Add("Vary", "Origin")
	allowed := slices.Contains(a.opts.CORSOrigins, "*") || slices.Contains(a.opts.CORSOrigins, strings.TrimRight(origin, "/"))
	if !allowed {
		return false
	}
	w.Header().Set("Access-Control-Allow-Origin", origin)
	if r.Method != http.MethodOptions || r.Header.Get("Access-Control-Request-Method") == "" {
		return false
	}
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST, DELETE")
	w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
	w.Header().Set("Access-Control-Max-Age", corsMaxAge)
	w.WriteHeader(http.StatusNoContent)
	return true
}
