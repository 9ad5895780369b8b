package bot

import (
	"context"
	"log/slog"
	"time"

	"github.com/citebot/citebot/knowledge"
)

// Options tune a Bot. The zero value is usable.
type Options struct {
	// Logger receives operational logs; nil discards them.
	Logger *slog.Logger
	// RatePerMinute and Burst limit questions per platform user; zero
	// RatePerMinute means no limit.
	RatePerMinute float64
	Burst         int
	// Now is the clock, for tests; nil means time.Now.
	Now func() time.Time
}

// Bot answers messages about one knowledge base. It is safe for concurrent
// use by several adapters.
type Bot struct {
	base    *knowledge.Base
	matcher *Matcher
	opts    Options
}

// New returns a Bot over base.
func New(base *knowledge.Base, opts Options) *Bot {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Bot{base: base, matcher: NewMatcher(base), opts: opts}
}

// Base returns the knowledge the bot answers from.
func (b *Bot) Base() *knowledge.Base { return b.base }

// Handle answers one message. It never panics and always returns a reply
// with non-empty Text.
func (b *Bot) Handle(ctx context.Context, m Message) Reply {
	_ = ctx
	ans := b.matcher.Answer(m.Text, nil)
	return ans.Reply()
}
