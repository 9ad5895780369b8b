package postgres_test

import (
	"context"
	"strings"
	"testing"

	"github.com/citebot/citebot/adapters/postgres"
	"github.com/citebot/citebot/adapters/postgres/pgtest"
	"github.com/citebot/citebot/adapters/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		url := pgtest.URL(t)
		return func() (storetest.Store, error) { return postgres.Open(context.Background(), url) }
	})
}

func TestOpenErrorsHideThePassword(t *testing.T) {
	for _, dsn := range []string{
		"postgres://citebot:s3cret-pw@127.0.0.1:1/db?sslmode=disable&connect_timeout=5",
		"postgres://citebot:s3cret-pw@[::1/db",
		"postgres://citebot:s3cret-pw@127.0.0.1:1/db?password=s3cret-pw&sslmode=disable",
	} {
		_, err := postgres.Open(context.Background(), dsn)
		if err == nil {
			t.Fatalf("Open(%s) succeeded against a closed port", dsn)
		}
		if strings.Contains(err.Error(), "s3cret-pw") {
			t.Errorf("the error shows the password: %v", err)
		}
		if !strings.Contains(err.Error(), "database ") {
			t.Errorf("the error does not say it is the database: %v", err)
		}
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:pw@h:5432/db?sslmode=disable": "postgres://u@h:5432/db",
		"postgres://h/db":    "postgres://h/db",
		"host=h password=pw": "(the PostgreSQL URL given)",
	} {
		if got := postgres.Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
}
