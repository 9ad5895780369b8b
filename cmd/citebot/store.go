package main

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/citebot/citebot/adapters/postgres"
	"github.com/citebot/citebot/adapters/sqlite"
	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

// purgeEvery is how often serve deletes the sessions past the retention.
const purgeEvery = time.Hour

// openStore opens where sessions and conversations are kept: PostgreSQL
// when CITEBOT_DATABASE_URL is set, else the SQLite file CITEBOT_DB or the
// default one in the user's data folder. Without any folder to put that
// in (no HOME), it warns and keeps them in memory. close releases it.
func openStore(ctx context.Context, cfg config.Config, getenv func(string) string, logger *slog.Logger) (store bot.Store, where string, close func() error, err error) {
	if u := cfg.Storage.DatabaseURL.Reveal(); u != "" {
		s, err := postgres.Open(ctx, u)
		if err != nil {
			return nil, "", nil, fmt.Errorf("CITEBOT_DATABASE_URL: %w", err)
		}
		return s, "PostgreSQL " + postgres.Redact(u), s.Close, nil
	}
	path := cfg.Storage.DB
	if path == "" {
		if path, err = sqlite.DefaultPath(runtime.GOOS, getenv); err != nil {
			logger.Warn("sessions and conversations are kept in memory only, and lost when citebot stops", "why", err)
			return bot.NewMemoryStore(bot.MemoryLimits{}), "memory", func() error { return nil }, nil
		}
	}
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, "", nil, fmt.Errorf("CITEBOT_DB: %w", err)
	}
	return s, "SQLite " + path, s.Close, nil
}

// startPurge runs purge in the background; stop ends it and waits, so
// that the store can be closed after.
func startPurge(ctx context.Context, b *bot.Bot, logger *slog.Logger) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		purge(ctx, b, logger)
	}()
	return func() {
		cancel()
		<-done
	}
}

// purge deletes the sessions past the retention now, then every
// purgeEvery until ctx ends.
func purge(ctx context.Context, b *bot.Bot, logger *slog.Logger) {
	t := time.NewTicker(purgeEvery)
	defer t.Stop()
	for {
		n, err := b.Purge(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			logger.Error("purging old sessions", "err", err)
		case n > 0:
			logger.Info("old sessions purged", "sessions", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
