// Package platform is the contract every chat adapter shares: the Handler
// that answers a message, the ErrorReporter that counts platform errors,
// and text measured and split the way the platforms count (UTF-16 code
// units, as JavaScript services do).
package platform

import (
	"context"

	"github.com/citebot/citebot/bot"
)

// Handler answers one message; *bot.Bot is one, and so is a decorator
// such as adapters/metrics.
type Handler interface {
	Handle(ctx context.Context, m bot.Message) bot.Reply
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, m bot.Message) bot.Reply

// Handle calls f.
func (f HandlerFunc) Handle(ctx context.Context, m bot.Message) bot.Reply { return f(ctx, m) }

// ErrorReporter counts platform errors, for metrics. op names what failed
// ("send", "gateway", "getUpdates", "panic", …).
type ErrorReporter interface {
	PlatformError(platform, op string)
}

// StatusReporter is told when a platform connects (up) or loses its
// connection: readiness checks and metrics follow it.
type StatusReporter interface {
	PlatformUp(platform string, up bool)
}

// Statuses tells every reporter in it.
type Statuses []StatusReporter

// PlatformUp implements StatusReporter.
func (s Statuses) PlatformUp(platform string, up bool) {
	for _, r := range s {
		if r != nil {
			r.PlatformUp(platform, up)
		}
	}
}
