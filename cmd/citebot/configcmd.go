package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

// loadConfig reads the whole configuration for serve and config; -h shows
// the subcommand's usage.
func loadConfig(name string, e proc, args []string) (config.Config, error) {
	cfg, err := config.Load(args, e.getenv)
	var fe *config.FlagError
	switch {
	case errors.Is(err, flag.ErrHelp):
		u, _ := subcommandUsage(name)
		if _, werr := fmt.Fprint(e.stdout, u); werr != nil {
			return cfg, werr
		}
		return cfg, errHelpShown
	case errors.As(err, &fe):
		return cfg, &usageError{prefixed(name, err)}
	}
	return cfg, err
}

// runConfig prints the configuration with secrets hidden, then checks it:
// a teacher sees what serve would use and what to fix.
func runConfig(e proc, args []string) error {
	cfg, err := loadConfig("config", e, args)
	if err != nil {
		return err
	}
	if err := cfg.WriteRedacted(e.stdout); err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("the configuration has problems:\n%w", err)
	}
	return nil
}

// runServe runs the configured platforms until ctx is done.
func runServe(ctx context.Context, e proc, args []string) error {
	cfg, err := loadConfig("serve", e, args)
	if err != nil {
		return err
	}
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("the configuration has problems:\n%w", err)
	}
	logger := newLogger(cfg, e.stderr)
	base, _, err := loadCorpus(cfg.Corpus, logger)
	if err != nil {
		return err
	}
	store, where, closeStore, err := openStore(ctx, cfg, e.getenv, logger)
	if err != nil {
		return err
	}
	defer closeStore()
	b := bot.New(base, bot.Options{Logger: logger, RatePerMinute: cfg.RatePerMinute, Burst: cfg.Burst,
		Store: store, Retention: cfg.Storage.Retention})
	defer startPurge(ctx, b, logger)()
	logger.Info("citebot starting", "articles", len(base.Articles), "http", cfg.HTTPAddr,
		"discord", cfg.Discord.Token != "", "telegram", cfg.Telegram.Token != "", "store", where)
	return serve(ctx, cfg, b, logger, e.stderr)
}
