package httpapi

import (
	"net/http/httptest"
	"testing"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

func TestWhatPagesBorrow(t *testing.T) {
	a, err := New(Options{Handler: &recorder{}, Access: AccessOptions{Keys: []Key{config.Secret("k1")}, AddressRatePerMinute: 1}})
	if err != nil {
		t.Fatal(err)
	}
	if !a.IsKey(" k1 ") || a.IsKey("k2") || a.IsKey("") {
		t.Error("IsKey does not recognise exactly the API's keys")
	}
	r := httptest.NewRequest("POST", "/", nil)
	r.RemoteAddr = "192.0.2.9:4000"
	var got []bot.Verdict
	for range 2 {
		got = append(got, a.AdmitPage(r))
	}
	if !got[0].OK || got[1].OK || got[1].Wait <= 0 {
		t.Errorf("a ceiling of 1 a minute admitted %+v", got)
	}
}
