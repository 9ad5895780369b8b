package httpapi

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

// openAPIDoc is the part of the document the contract test reads.
type openAPIDoc struct {
	OpenAPI string `json:"openapi"`
	Paths   map[string]map[string]struct {
		Responses map[string]struct {
			Content map[string]struct {
				Schema json.RawMessage `json:"schema"`
			} `json:"content"`
		} `json:"responses"`
	} `json:"paths"`
}

// TestOpenAPIContract holds the document to the API: the routes the real
// mux serves are exactly the documented ones, and real responses to real
// requests, each documented operation at least once, have a documented
// status, content type and, for JSON, a body its schema accepts.
func TestOpenAPIContract(t *testing.T) {
	var doc openAPIDoc
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q, want 3.1.0", doc.OpenAPI)
	}
	var documented []string
	for path, ops := range doc.Paths {
		for method := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
		}
	}
	b := bot.New(loadBase(t), bot.Options{})
	api := mustNew(t, Options{Handler: b, Base: b.Base(), Sessions: b, Quiz: b, Metrics: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		w.Write([]byte("citebot_up 1\n"))
	}), Access: AccessOptions{Keys: []Key{config.Secret("k1")}}})
	for _, p := range routeDrift(api.Routes(), documented) {
		t.Error(p)
	}

	c := jsonschema.NewCompiler()
	var whole any
	if err := json.Unmarshal(openAPI, &whole); err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("openapi.json", whole); err != nil {
		t.Fatal(err)
	}
	key := []string{"Authorization", "Bearer k1"}
	var session, item string
	exercised := map[string]bool{}
	steps := []struct {
		route, method, path, body string
		header                    []string
	}{
		{"/v1/ask", "POST", "/v1/ask", `{"question":"Qui a qualifié Internet de force du bien ?","id":1}`, nil},
		{"/v1/ask", "POST", "/v1/ask", `{"question":""}`, nil},
		{"/v1/ask", "POST", "/v1/ask", `{"question":"Quel est le premier intertitre de l'article sur la conférence chinoise ?"}`, nil},
		{"/v1/articles", "GET", "/v1/articles", "", nil},
		{"/v1/openapi.json", "GET", "/v1/openapi.json", "", nil},
		{"/healthz", "GET", "/healthz", "", nil},
		{"/readyz", "GET", "/readyz", "", nil},
		{"/livez", "GET", "/livez", "", nil},
		{"/metrics", "GET", "/metrics", "", nil},
		{"/v1/sessions", "POST", "/v1/sessions", `{"room":"3e B","title":"Révisions"}`, key},
		{"/v1/sessions", "POST", "/v1/sessions", `{"room":"3e B"}`, nil},
		{"/v1/ask", "POST", "/v1/ask", `{"question":"Qui a qualifié Internet de force du bien ?","room":"3e B","user":"eleve1"}`, nil},
		{"/v1/feedback", "POST", "/v1/feedback", `{"entry":1,"up":true,"room":"3e B","user":"eleve1"}`, nil},
		{"/v1/sessions/{id}", "GET", "/v1/sessions/{id}", "", key},
		{"/v1/sessions/{id}/entries", "GET", "/v1/sessions/{id}/entries", "", key},
		{"/v1/sessions/{id}/export", "GET", "/v1/sessions/{id}/export?format=csv", "", key},
		{"/v1/sessions/{id}/end", "POST", "/v1/sessions/{id}/end", "", key},
		{"/v1/sessions/{id}", "DELETE", "/v1/sessions/{id}", "", key},
		{"/v1/sessions/{id}", "GET", "/v1/sessions/{id}", "", key},
		{"/v1/quiz", "GET", "/v1/quiz?conversation=c1", "", nil},
		{"/v1/quiz/{id}/answer", "POST", "/v1/quiz/{item}/answer?conversation=c1", `{"answer":0}`, nil},
		{"/v1/quiz/{id}/answer", "POST", "/v1/quiz/nope/answer", `{"answer":0}`, nil},
	}
	for _, s := range steps {
		path := strings.ReplaceAll(strings.ReplaceAll(s.path, "{id}", session), "{item}", item)
		req := httptest.NewRequest(s.method, path, strings.NewReader(s.body))
		req.RemoteAddr = "192.0.2.7:51234"
		req.Header.Set("Content-Type", "application/json")
		for i := 0; i+1 < len(s.header); i += 2 {
			req.Header.Set(s.header[i], s.header[i+1])
		}
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, req)
		what := s.method + " " + path
		op, ok := doc.Paths[s.route][strings.ToLower(s.method)]
		if !ok {
			t.Errorf("%s: %s %s is not documented", what, s.method, s.route)
			continue
		}
		exercised[s.method+" "+s.route] = true
		resp, ok := op.Responses[strconv.Itoa(rec.Code)]
		if !ok {
			t.Errorf("%s: status %d is not documented: %s", what, rec.Code, rec.Body)
			continue
		}
		ct, _, _ := mime.ParseMediaType(rec.Header().Get("Content-Type"))
		if len(resp.Content) == 0 {
			if rec.Body.Len() > 0 {
				t.Errorf("%s: %d has a body the document does not describe", what, rec.Code)
			}
			continue
		}
		media, ok := resp.Content[ct]
		if !ok {
			t.Errorf("%s: %d answered %s, not a documented content type", what, rec.Code, ct)
			continue
		}
		if ct == "application/json" || ct == "application/problem+json" {
			validate(t, c, what, media.Schema, rec.Body.Bytes())
		}
		if s.route == "/v1/quiz" && rec.Code == http.StatusOK {
			var q struct{ ID string }
			json.Unmarshal(rec.Body.Bytes(), &q)
			item = q.ID
		}
		if s.route == "/v1/sessions" && rec.Code == http.StatusCreated {
			var started struct{ Session string }
			json.Unmarshal(rec.Body.Bytes(), &started)
			session = started.Session
		}
	}
	if session == "" || item == "" {
		t.Errorf("no session (%q) or no quiz item (%q): the steps after them met errors only", session, item)
	}
	for _, d := range documented {
		if !exercised[d] {
			t.Errorf("%s is documented but the contract test never calls it", d)
		}
	}
}

// routeDrift lists the differences between the routes served and the
// documented ones.
func routeDrift(served, documented []string) []string {
	var out []string
	for _, r := range served {
		if !slices.Contains(documented, r) {
			out = append(out, "route "+r+" is served but not in openapi.json")
		}
	}
	for _, d := range documented {
		if !slices.Contains(served, d) {
			out = append(out, "openapi.json documents "+d+", which is not served")
		}
	}
	return out
}

// validate checks body against a schema of the document ($ref or inline).
func validate(t *testing.T, c *jsonschema.Compiler, what string, schema json.RawMessage, body []byte) {
	t.Helper()
	var ref struct {
		Ref string `json:"$ref"`
	}
	if err := json.Unmarshal(schema, &ref); err != nil {
		t.Fatalf("%s: schema: %v", what, err)
	}
	var loc string
	if ref.Ref == "" {
		var inline any
		if err := json.Unmarshal(schema, &inline); err != nil {
			t.Fatalf("%s: inline schema: %v", what, err)
		}
		name := "inline-" + strconv.Itoa(len(what)) + strings.NewReplacer("/", "_", " ", "_", "?", "_", "=", "_").Replace(what) + ".json"
		if err := c.AddResource(name, inline); err != nil && !strings.Contains(err.Error(), "already") {
			t.Fatal(err)
		}
		loc = name
	} else {
		loc = "openapi.json#" + strings.TrimPrefix(ref.Ref, "#")
	}
	sch, err := c.Compile(loc)
	if err != nil {
		t.Fatalf("%s: schema %s: %v", what, loc, err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		t.Errorf("%s: body is not JSON: %v", what, err)
		return
	}
	if err := sch.Validate(v); err != nil {
		t.Errorf("%s: body %s does not match its schema: %v", what, body, err)
	}
}

// TestOpenAPIContractCatchesDrift: a route the document lacks, or one it
// documents that is gone, fails the route check.
func TestOpenAPIContractCatchesDrift(t *testing.T) {
	documented := []string{"POST /v1/ask", "GET /v1/articles"}
	for _, served := range [][]string{
		{"POST /v1/ask", "GET /v1/articles", "GET /v1/new"},
		{"POST /v1/ask"},
		{"POST /v1/ask", "PUT /v1/articles"},
	} {
		if len(routeDrift(served, documented)) == 0 {
			t.Errorf("served %q against documented %q passed", served, documented)
		}
	}
}
