// Package postgres stores citebot's classroom sessions and conversations
// in PostgreSQL, with github.com/jackc/pgx/v5, so that several citebot
// processes (replicas behind a balancer, one per Discord shard) share
// them. Chosen by CITEBOT_DATABASE_URL=postgres://…
package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/citebot/citebot/adapters/sqlstore"
)

// migrationLock is the advisory lock id held while migrating, so that
// replicas starting together migrate one after the other.
const migrationLock = 0x63697465626f74 // "citebot"

// foreignKeyViolation is PostgreSQL's SQLSTATE for a broken foreign key.
const foreignKeyViolation = "23503"

var dialect = sqlstore.Dialect{
	Name:   "PostgreSQL",
	Dollar: true,
	Serial: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
	Bytes:  "BYTEA",
	Lock:   fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", migrationLock),
	// Read committed: without it, two questions recorded at once would
	// not see each other. NO KEY UPDATE leaves the foreign keys free.
	LockSession: "SELECT 1 FROM sessions WHERE id = ? FOR NO KEY UPDATE",
	ForeignKey: func(err error) bool {
		var e *pgconn.PgError
		return errors.As(err, &e) && e.Code == foreignKeyViolation
	},
}

// Open connects to the database at dsn (postgres://user:pass@host/db) and
// brings its schema up to date. Errors name the server without the
// password.
func Open(ctx context.Context, dsn string) (*sqlstore.Store, error) {
	where := Redact(dsn)
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("database %s: not a PostgreSQL URL (postgres://user:password@host:5432/name)", where)
	}
	db := stdlib.OpenDB(*cfg)
	s, err := sqlstore.New(ctx, db, dialect)
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("database %s: %w", where, err)
	}
	return s, nil
}

// Redact is dsn without its password, for messages.
func Redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.Host == "" {
		return "(the PostgreSQL URL given)"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	u.RawQuery = ""
	return u.String()
}
