package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DefaultRetention is how long classroom sessions are kept by default;
// maxRetentionDays bounds what may be asked (a century), far below where
// a duration overflows.
const (
	DefaultRetention = 90 * 24 * time.Hour
	maxRetentionDays = 36500
)

// Storage says where sessions and conversations are kept.
type Storage struct {
	// DB is the SQLite file; "" is citebot/citebot.db in the user's data
	// folder.
	DB string
	// DatabaseURL, postgres://…, chooses PostgreSQL instead of SQLite, for
	// several processes sharing sessions. It may hold a password.
	DatabaseURL Secret
	// Retention is how long sessions are kept before they are purged.
	Retention time.Duration
}

// storageSettings are the rows of the settings table for Storage.
func storageSettings() []setting {
	return []setting{
		{name: "DB", local: true,
			usage: "SQLite file for sessions and conversations (default: citebot/citebot.db in the user's data folder)",
			set:   func(c *Config, v string) error { c.Storage.DB = v; return nil },
			get:   func(c Config) string { return c.Storage.DB }},
		{name: "DATABASE_URL", secret: true,
			usage: "PostgreSQL URL postgres://user:password@host/db, instead of SQLite, for several replicas",
			set:   func(c *Config, v string) error { c.Storage.DatabaseURL = Secret(v); return nil },
			get:   func(c Config) string { return c.Storage.DatabaseURL.String() }},
		{name: "RETENTION", local: true,
			usage: "how long classroom sessions are kept: 90d, 36h… (default 90d)",
			set: func(c *Config, v string) error {
				d, err := ParseRetention(v)
				c.Storage.Retention = d
				return err
			},
			get: func(c Config) string { return FormatRetention(c.Storage.Retention) }},
	}
}

// ParseRetention reads a duration in days ("90d") or as Go writes one
// ("36h", "90m").
func ParseRetention(v string) (time.Duration, error) {
	v = strings.TrimSpace(v)
	if days, ok := strings.CutSuffix(v, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 || n > maxRetentionDays {
			return 0, fmt.Errorf("not a number of days from 1 to %d, such as 90d", maxRetentionDays)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, errors.New("not a duration such as 90d or 36h")
	}
	return d, nil
}

// FormatRetention writes d the way ParseRetention reads it.
func FormatRetention(d time.Duration) string {
	if d > 0 && d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	}
	return d.String()
}

// validateStorage checks the storage settings.
func (c Config) validateStorage() []error {
	var errs []error
	if u := c.Storage.DatabaseURL.Reveal(); u != "" && !strings.HasPrefix(u, "postgres://") && !strings.HasPrefix(u, "postgresql://") {
		errs = append(errs, errors.New("CITEBOT_DATABASE_URL: must start with postgres:// (for SQLite, set CITEBOT_DB to a file instead)"))
	}
	if c.Storage.Retention <= 0 {
		errs = append(errs, fmt.Errorf("CITEBOT_RETENTION=%s: must be more than 0, such as 90d", FormatRetention(c.Storage.Retention)))
	}
	return errs
}
