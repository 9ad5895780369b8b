package main

import (
	"context"
	"fmt"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

// loadConfig reads the whole configuration for serve and config, flags
// included; -h shows the subcommand's usage.
func loadConfig(name string, e proc, args []string) (config.Config, error) {
	c, err := newCommand(name, e, false)
	if err != nil {
		return config.Config{}, err
	}
	if err := parseFlags(c.fs, args, e); err != nil {
		return c.cfg, err
	}
	if c.fs.NArg() > 0 {
		return c.cfg, &usageError{prefixed(name, fmt.Errorf("unexpected argument %q", c.fs.Arg(0)))}
	}
	return c.cfg, nil
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
	base, _, err := loadCorpus(cfg.Corpus, e.getenv, logger)
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
