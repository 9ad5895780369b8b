package main

import (
	"context"
	"errors"
	"io"
	"log/slog"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

// serve runs every configured adapter until ctx is cancelled.
// PLACEHOLDER: being written with the adapters.
func serve(ctx context.Context, cfg config.Config, b *bot.Bot, logger *slog.Logger, stderr io.Writer) error {
	return errors.New("serve: not built yet")
}
