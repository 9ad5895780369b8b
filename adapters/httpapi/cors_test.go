package httpapi

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot"
)

// TestCORS: a configured origin gets Access-Control-Allow-Origin on its
// requests and an answered preflight; another origin, or no setting, gets
// no CORS header; programs without Origin are unaffected.
func TestCORS(t *testing.T) {
	b := bot.New(loadBase(t), bot.Options{})
	tests := []struct {
		origins          []string
		method, origin   string
		preflight        bool
		wantStatus       int
		wantAllow        string
		wantAllowMethods bool
	}{
		{[]string{"https://classe.example.org"}, "OPTIONS", "https://classe.example.org", true, http.StatusNoContent, "https://classe.example.org", true},
		{[]string{"https://classe.example.org"}, "GET", "https://classe.example.org", false, http.StatusOK, "https://classe.example.org", false},
		{[]string{"https://classe.example.org"}, "GET", "https://evil.example.com", false, http.StatusOK, "", false},
		{[]string{"https://classe.example.org"}, "OPTIONS", "https://evil.example.com", true, http.StatusMethodNotAllowed, "", false},
		{[]string{"*"}, "GET", "https://any.example.net", false, http.StatusOK, "https://any.example.net", false},
		{nil, "GET", "https://classe.example.org", false, http.StatusOK, "", false},
		{[]string{"https://classe.example.org"}, "GET", "", false, http.StatusOK, "", false},
	}
	for _, tt := range tests {
		api := mustNew(t, Options{Handler: b, Base: b.Base(), CORSOrigins: tt.origins})
		req := httptest.NewRequest(tt.method, "/v1/articles", nil)
		if tt.origin != "" {
			req.Header.Set("Origin", tt.origin)
		}
		if tt.preflight {
			req.Header.Set("Access-Control-Request-Method", "GET")
		}
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, req)
		h := rec.Header()
		if rec.Code != tt.wantStatus || h.Get("Access-Control-Allow-Origin") != tt.wantAllow ||
			(h.Get("Access-Control-Allow-Methods") != "") != tt.wantAllowMethods {
			t.Errorf("%v %s from %q: %d, allow-origin %q, allow-methods %q", tt.origins, tt.method, tt.origin,
				rec.Code, h.Get("Access-Control-Allow-Origin"), h.Get("Access-Control-Allow-Methods"))
		}
		if tt.origin != "" && len(tt.origins) > 0 && !strings.Contains(strings.Join(h.Values("Vary"), ","), "Origin") {
			t.Errorf("%v from %q: no Vary: Origin", tt.origins, tt.origin)
		}
	}
}
