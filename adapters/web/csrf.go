package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

// A browser is known by a random id in a cookie: it keys the page's
// conversation and the bot's rate limit, and binds the forms' tokens.
const (
	browserCookie = "citebot"
	browserIDLen  = 22 // 16 random bytes in unpadded base64url
	// tokenField is the hidden field of every form that changes state.
	tokenField = "jeton"
)

// Forms are protected against cross-site requests twice. Go's
// http.CrossOriginProtection refuses a non-safe request that the browser
// marks as cross-site (Sec-Fetch-Site) or whose Origin is another host;
// and each form carries a token, an HMAC of the browser's cookie under a
// key that lives as long as the process, which another site can neither
// read nor forge (the signed double-submit pattern). The cookie is
// SameSite=Lax and HttpOnly besides.
type tokens struct{ key []byte }

func newTokens() (*tokens, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("web: form token key: %w", err)
	}
	return &tokens{key: key}, nil
}

// For is the form token of a browser.
func (t *tokens) For(browser string) string {
	mac := hmac.New(sha256.New, t.key)
	mac.Write([]byte(browser))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// Valid reports whether token is the browser's, in constant time.
func (t *tokens) Valid(browser, token string) bool {
	return hmac.Equal([]byte(t.For(browser)), []byte(token))
}

func newBrowserID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms
	return base64.RawURLEncoding.EncodeToString(b)
}

// validBrowserID accepts only ids of the form newBrowserID makes, so that
// a client cannot make the server keep arbitrary keys.
func validBrowserID(s string) bool {
	if len(s) != browserIDLen {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// browser returns the request's browser id, giving it a new cookie when it
// has none.
func (s *Site) browser(w http.ResponseWriter, r *http.Request) string {
	if id, ok := cookieBrowser(r); ok {
		return id
	}
	id := newBrowserID()
	http.SetCookie(w, &http.Cookie{
		Name: browserCookie, Value: id, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: r.TLS != nil,
	})
	return id
}

func cookieBrowser(r *http.Request) (string, bool) {
	c, err := r.Cookie(browserCookie)
	if err != nil || !validBrowserID(c.Value) {
		return "", false
	}
	return c.Value, true
}

// formError is a state-changing request refused before it was acted on,
// with the status and the French message that say why.
type formError struct {
	status int
	msg    string
}

func (e *formError) Error() string { return e.msg }

// asFormError is err as a formError, a 400 if it is not one.
func asFormError(err error) *formError {
	fe := &formError{http.StatusBadRequest, err.Error()}
	errors.As(err, &fe)
	return fe
}

var errExpired = &formError{http.StatusForbidden,
	"Le formulaire a expiré ou les cookies sont bloqués : rien n'a été envoyé. Renvoyez-le (et autorisez les cookies de ce site)."}

// readForm parses a posted form within maxFormBytes and checks its token.
// It returns the browser id and the form.
func (s *Site) readForm(w http.ResponseWriter, r *http.Request) (string, url.Values, error) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return "", nil, &formError{http.StatusRequestEntityTooLarge, "Ce message est bien trop long : posez une question plus courte."}
		}
		return "", nil, &formError{http.StatusBadRequest, "Le formulaire envoyé est illisible : rechargez la page et réessayez."}
	}
	form := r.PostForm
	id, ok := cookieBrowser(r)
	if !ok || !s.tokens.Valid(id, form.Get(tokenField)) {
		return "", form, errExpired
	}
	return id, form, nil
}

// crossOrigin refuses cross-site state-changing requests with a page
// that says so.
func (s *Site) crossOrigin(h http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.render(w, r, http.StatusForbidden, "error", errorView{
			Title:   "Requête refusée",
			Message: "Ce formulaire a été envoyé depuis un autre site : citebot l'a refusé. Posez votre question depuis cette page.",
		})
	}))
	return cop.Handler(h)
}
