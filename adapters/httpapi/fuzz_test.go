package httpapi

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

// FuzzDecodeAsk calls the request parser directly: any body gives either a
// request with a question or a refusal with a 4xx status and a message.
func FuzzDecodeAsk(f *testing.F) {
	f.Add(`{"question": "Qui ?", "id": 7, "conversation": "c", "user": "u"}`)
	f.Add(`{"question": "a"} {"question": "b"}`)
	f.Add(`["Qui ?"]`)
	f.Add(`{"question": 3}`)
	f.Add(`{"question": "Qui`)
	f.Fuzz(func(t *testing.T, body string) {
		req, rerr := decodeAsk(httptest.NewRecorder(), httptest.NewRequest("POST", "/v1/ask", strings.NewReader(body)), 1024)
		if rerr != nil {
			if rerr.status < 400 || rerr.status > 499 || rerr.msg == "" {
				t.Errorf("refusal %d %q", rerr.status, rerr.msg)
			}
			return
		}
		if strings.TrimSpace(req.Question) == "" || req.Question != strings.TrimSpace(req.Question) {
			t.Errorf("accepted question %q", req.Question)
		}
	})
}

// FuzzClientAddr calls the address parser directly on any peer and
// X-Forwarded-For: the client is the peer itself, or, behind the trusted
// proxy, a parsable address.
func FuzzClientAddr(f *testing.F) {
	f.Add("10.0.0.1:1234", "203.0.113.9, 10.0.0.2")
	f.Add("[::1]:80", "2001:db8::7,,garbage")
	f.Add("198.51.100.4:1", "1.2.3.4")
	f.Add("not an address", "")
	ac := newAccess(AccessOptions{TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("::1/128")}})
	f.Fuzz(func(t *testing.T, remote, xff string) {
		r := &http.Request{RemoteAddr: remote, Header: http.Header{"X-Forwarded-For": {xff}}}
		got := ac.clientAddr(r)
		peer, err := netip.ParseAddrPort(remote)
		if err != nil || !ac.trusted(peer.Addr().Unmap()) {
			if err == nil && got != peer.Addr().Unmap().String() {
				t.Errorf("untrusted peer %q: client %q", remote, got)
			}
			return
		}
		if _, err := netip.ParseAddr(got); err != nil {
			t.Errorf("client %q behind a trusted proxy is not an address", got)
		}
	})
}
