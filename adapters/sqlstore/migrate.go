package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Dialect is what differs between the databases.
type Dialect struct {
	// Name is the database's name, for errors ("SQLite").
	Name string
	// Dollar numbers placeholders $1, $2… (PostgreSQL) instead of ?.
	Dollar bool
	// Serial is the column definition of a generated 64-bit primary key;
	// Bytes the type of a binary column.
	Serial, Bytes string
	// Lock, run first in the migration transaction, makes processes that
	// start together migrate one after the other ("" if beginning the
	// transaction is enough, as with SQLite's BEGIN IMMEDIATE).
	Lock string
	// LockSession, run first in Record's transaction with the session id,
	// makes the questions of one session recorded one after the other, so
	// that two asked at once cannot both be "the first" ("" if beginning
	// the transaction is enough, as with SQLite's BEGIN IMMEDIATE).
	LockSession string
	// ForeignKey reports whether an error is a foreign key violation.
	ForeignKey func(error) bool
}

// migrate brings the schema up to date in one transaction, so a process
// killed half-way leaves the previous version intact.
func migrate(ctx context.Context, db *sql.DB, d Dialect) (err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: begin: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	if d.Lock != "" {
		if _, err := tx.ExecContext(ctx, d.Lock); err != nil {
			return fmt.Errorf("migrate: lock: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		applied_at BIGINT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	var version int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&version); err != nil {
		return fmt.Errorf("migrate: read the schema version: %w", err)
	}
	steps := migrations(d)
	if version > len(steps) {
		return fmt.Errorf("migrate: the database's schema is version %d, newer than this citebot knows (%d): upgrade citebot", version, len(steps))
	}
	for v := version + 1; v <= len(steps); v++ {
		for stmt := range strings.SplitSeq(steps[v-1], ";\n") {
			if strings.TrimSpace(stmt) == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrate: step %d: %w", v, err)
			}
		}
		if _, err := tx.ExecContext(ctx, rebind(d, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), v, micros(time.Now())); err != nil {
			return fmt.Errorf("migrate: step %d: %w", v, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: commit: %w", err)
	}
	return nil
}

// rebind turns the ? placeholders of q into $1, $2… when d needs them.
// The queries of this package hold no ? inside string literals.
func rebind(d Dialect, q string) string {
	if !d.Dollar {
		return q
	}
	var b strings.Builder
	n := 0
	for _, c := range q {
		if c == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}
