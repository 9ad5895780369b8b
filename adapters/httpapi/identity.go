package httpapi

import (
	"crypto/sha256"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/bot"
)

// Defaults of AccessOptions.
const (
	DefaultKeyRatePerMinute     = 600
	DefaultAddressRatePerMinute = 300
)

// UserCookie is the cookie a web page sets to tell its users apart when
// they share an address; the "user" field of a request wins over it.
const UserCookie = "citebot_user"

// MaxIDBytes bounds the "user" and "conversation" a client names: both are
// kept in memory, so their size must not be the client's choice.
const MaxIDBytes = 128

// AccessOptions say who may ask and how much.
//
// A program sends "Authorization: Bearer KEY" with one of Keys, and then
// only its key's limit applies. Without a key, each user (the "user"
// field, or the UserCookie) has the bot's per-user limit, and all the
// users of one address together have AddressRatePerMinute: enough for a
// class behind one school network, not for a flood from one machine.
// Every key and address may spend a minute's allowance at once.
type AccessOptions struct {
	Keys                 []Key
	KeyRatePerMinute     float64 // 0 means DefaultKeyRatePerMinute
	AddressRatePerMinute float64 // 0 means DefaultAddressRatePerMinute
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client; without them the peer's address is the client's.
	TrustedProxies []netip.Prefix
	// Now is the limiters' clock; nil means time.Now.
	Now func() time.Time
}

// Key is an API key, kept in a type that redacts itself when printed
// (config.Secret is one): AccessOptions can be logged without a key.
type Key interface{ Reveal() string }

// access identifies callers and applies the per-key and per-address
// limits.
type access struct {
	// keys maps the SHA-256 of each key to its name in logs ("key 2"):
	// the keys themselves are never kept or compared byte by byte.
	keys      map[[sha256.Size]byte]string
	keyLimit  *bot.Limiter
	addrLimit *bot.Limiter
	proxies   []netip.Prefix
}

func newAccess(o AccessOptions) *access {
	if o.KeyRatePerMinute <= 0 {
		o.KeyRatePerMinute = DefaultKeyRatePerMinute
	}
	if o.AddressRatePerMinute <= 0 {
		o.AddressRatePerMinute = DefaultAddressRatePerMinute
	}
	ac := &access{
		keys:      map[[sha256.Size]byte]string{},
		keyLimit:  bot.NewLimiter(o.KeyRatePerMinute, burstOf(o.KeyRatePerMinute), o.Now),
		addrLimit: bot.NewLimiter(o.AddressRatePerMinute, burstOf(o.AddressRatePerMinute), o.Now),
		proxies:   o.TrustedProxies,
	}
	for i, k := range o.Keys {
		ac.keys[sha256.Sum256([]byte(k.Reveal()))] = fmt.Sprintf("key %d", i+1)
	}
	return ac
}

// burstOf is a minute's allowance, at least one.
func burstOf(perMinute float64) int { return max(1, int(perMinute)) }

// caller is who sent a request.
type caller struct {
	addr string // the client's address, through trusted proxies
	key  string // the name of its API key, "" without one
	user string // the user it claims, "" if none
}

// identify reads the client address and the API key of r. A bearer token
// that is no known key is refused: a program that means to use a key must
// not fall back to the shared limits unseen.
func (ac *access) identify(r *http.Request) (caller, *requestError) {
	c := caller{addr: ac.clientAddr(r)}
	scheme, key, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	if !strings.EqualFold(scheme, "Bearer") {
		// No key (another scheme belongs to a proxy in front).
		if ck, err := r.Cookie(UserCookie); err == nil {
			c.user = ck.Value
		}
		return c, nil
	}
	name, ok := ac.keys[sha256.Sum256([]byte(strings.TrimSpace(key)))]
	if !ok {
		return c, &requestError{status: http.StatusUnauthorized, msg: `unknown API key: send "Authorization: Bearer KEY" with a key from CITEBOT_HTTP_API_KEYS, or no Authorization header`}
	}
	c.key = name
	return c, nil
}

// admit applies the key's limit, or the address's ceiling, and names the
// one it applied.
func (ac *access) admit(c caller) (bot.Verdict, string) {
	if c.key != "" {
		return ac.keyLimit.Allow(c.key), "API key"
	}
	return ac.addrLimit.Allow(c.addr), "address"
}

// message is the bot.Message of a question from c.
func (c caller) message(question, conversation string) bot.Message {
	m := bot.Message{Platform: Platform, UserID: c.addr, Text: question}
	switch {
	case c.key != "":
		// The key's own limit was applied: it is the key's user limit.
		m.UserID, m.OwnLimit = c.key, true
	case c.user != "":
		// A claimed user is scoped to its address, so that nobody
		// elsewhere can spend another's allowance by naming them.
		m.UserID = c.addr + " " + c.user
	}
	if conversation != "" {
		// Scoped likewise: one client cannot continue another's.
		m.Conversation = Platform + ":" + m.UserID + ":" + conversation
	}
	return m
}

// checkID refuses a user or conversation id that is too long or holds
// control characters.
func checkID(field, v string) *requestError {
	if len(v) > MaxIDBytes {
		return badRequest(fmt.Sprintf("%q is %d bytes long; at most %d", field, len(v), MaxIDBytes))
	}
	if !utf8.ValidString(v) || strings.ContainsFunc(v, unicode.IsControl) {
		return badRequest(fmt.Sprintf("%q must be printable UTF-8 text", field))
	}
	return nil
}

// clientAddr is the peer's address, or, when the peer is a trusted proxy,
// the first address from the right of X-Forwarded-For that is not one of
// the trusted proxies (those on the left could be forged by the client).
func (ac *access) clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	addr := peer.Unmap()
	if !ac.trusted(addr) {
		return addr.String()
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break // garbled: the last trusted hop is all we know
		}
		addr = hop.Unmap()
		if !ac.trusted(addr) {
			break
		}
	}
	return addr.String()
}

func (ac *access) trusted(a netip.Addr) bool {
	for _, p := range ac.proxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// setRetryAfter tells a limited client, in whole seconds rounded up, when
// its next request will be let through.
func setRetryAfter(w http.ResponseWriter, wait time.Duration) {
	w.Header().Set("Retry-After", strconv.Itoa(max(1, int(math.Ceil(wait.Seconds())))))
}
