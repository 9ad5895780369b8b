package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/citebot/citebot/config"
)

// TestServeWebPages: the HTTP address serves the web pages beside the
// JSON API, whose unknown paths stay JSON errors.
func TestServeWebPages(t *testing.T) {
	base := httpURLRE.FindString(startServe(t, config.Config{HTTPAddr: "127.0.0.1:0"}))
	if base == "" {
		t.Fatal("start-up line names no address")
	}
	if page := get(t, base+"/"); !strings.Contains(page, `<html lang="fr">`) || !strings.Contains(page, `<label for="q">`) {
		t.Errorf("/ is not the ask page:\n%.500s", page)
	}
	if page := get(t, base+"/articles"); !strings.Contains(page, `href="/articles/`) {
		t.Errorf("/articles lists no article:\n%.500s", page)
	}
	if page := get(t, base+"/classe"); !strings.Contains(page, "Ouvrir une séance") {
		t.Errorf("/classe is not the class page:\n%.500s", page)
	}
	if h := get(t, base+"/healthz"); !strings.Contains(h, `"status":"ok"`) {
		t.Errorf("healthz: %s", h)
	}
	resp, err := http.Get(base + "/v1/nope")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound || !strings.Contains(resp.Header.Get("Content-Type"), "json") {
		t.Errorf("/v1/nope: %d %s, want a JSON 404", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}
