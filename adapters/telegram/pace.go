package telegram

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// The Bot API's send limits (core.telegram.org/bots/faq): about one
// message a second in a chat, 20 a minute in a group, 30 a second in
// all. Keeping under them avoids most 429s; the bursts let a long
// answer's few parts go out together.
const (
	sendPerSecond  = 30
	chatPerSecond  = 1
	chatBurst      = 3
	groupPerMinute = 20
	groupBurst     = 5
	// paceForgetAfter drops the pace of a chat quiet this long: its
	// bucket is full again, so forgetting it changes nothing.
	paceForgetAfter = time.Minute
	paceSweepAt     = 1024
)

// pacer spaces sendMessage calls to stay within the Bot API's limits.
// Each chat waits for its own turn, so a slow chat delays only itself.
type pacer struct {
	all   *rate.Limiter
	mu    sync.Mutex
	chats map[int64]*chatPace
}

type chatPace struct {
	lim  *rate.Limiter
	seen time.Time
}

func newPacer() *pacer {
	return &pacer{all: rate.NewLimiter(sendPerSecond, sendPerSecond), chats: map[int64]*chatPace{}}
}

// wait blocks until chat may be sent one more message, or ctx ends.
// Groups and supergroups have negative chat ids.
func (p *pacer) wait(ctx context.Context, chat int64) error {
	if err := p.chat(chat).Wait(ctx); err != nil {
		return fmt.Errorf("waiting for the chat's send rate: %w", err)
	}
	if err := p.all.Wait(ctx); err != nil {
		return fmt.Errorf("waiting for the bot's send rate: %w", err)
	}
	return nil
}

func (p *pacer) chat(chat int64) *rate.Limiter {
	now := time.Now()
	p.mu.Lock()
	defer p.mu.Unlock()
	c := p.chats[chat]
	if c == nil {
		if len(p.chats) >= paceSweepAt {
			for id, old := range p.chats {
				if now.Sub(old.seen) > paceForgetAfter {
					delete(p.chats, id)
				}
			}
		}
		lim := rate.NewLimiter(chatPerSecond, chatBurst)
		if chat < 0 {
			lim = rate.NewLimiter(rate.Limit(groupPerMinute/60.0), groupBurst)
		}
		c = &chatPace{lim: lim}
		p.chats[chat] = c
	}
	c.seen = now
	return c.lim
}
