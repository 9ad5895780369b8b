// Package pgtest gives tests a PostgreSQL database of their own: a fresh
// schema on the server CITEBOT_TEST_DATABASE_URL names (.ci/run starts
// one), dropped when the test ends.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"testing"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the variable holding the test server's URL.
const EnvURL = "CITEBOT_TEST_DATABASE_URL"

// URL returns a postgres:// URL whose connections use a new, empty schema.
// Without a server it skips the test, saying how to run it, except in CI
// (CI=true), where a missing server fails the test.
func URL(t testing.TB) string {
	t.Helper()
	base := testingEnv(EnvURL)
	if base == "" {
		if testingEnv("CI") == "true" {
			t.Fatalf("%s is not set in CI: .ci/run should have started PostgreSQL", EnvURL)
		}
		t.Skipf("PostgreSQL tests skipped: no server configured. Set %s=postgres://user@127.0.0.1:5432/db?sslmode=disable "+
			"(a user who may create schemas), or run .ci/run, which starts one", EnvURL)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to the test server (%s): %v", EnvURL, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	schema := "test_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", EnvURL, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
