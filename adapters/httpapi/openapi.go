package httpapi

import (
	_ "embed"
	"net/http"
)

// openAPI describes every route of the API (OpenAPI 3.1). The contract
// test (openapi_test.go) fails when a route or a response shape changes
// without it.
//
//go:embed openapi.json
var openAPI []byte

func serveOpenAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=300")
	_, _ = w.Write(openAPI)
}
