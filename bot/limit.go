package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter applies a token bucket per user. Buckets of users who have been
// quiet long enough to be full again are dropped, so memory stays bounded
// by the number of recently active users.
type limiter struct {
	mu      sync.Mutex
	limit   rate.Limit
	burst   int
	now     func() time.Time
	buckets map[string]*bucket
	// sweepAt is the size at which the next sweep of full buckets runs.
	sweepAt int
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter(perMinute float64, burst int, now func() time.Time) *limiter {
	if perMinute <= 0 {
		return nil
	}
	if burst <= 0 {
		burst = 1
	}
	return &limiter{limit: rate.Limit(perMinute / 60), burst: burst, now: now, buckets: map[string]*bucket{}, sweepAt: 1024}
}

// allow reports whether the user may ask now, and spends a token if so.
func (l *limiter) allow(user string) bool {
	if l == nil {
		return true
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[user]
	if b == nil {
		if len(l.buckets) >= l.sweepAt {
			l.sweep(now)
		}
		b = &bucket{lim: rate.NewLimiter(l.limit, l.burst)}
		l.buckets[user] = b
	}
	b.seen = now
	return b.lim.AllowN(now, 1)
}

// sweep drops the buckets that have refilled completely: forgetting them
// changes nothing for their users.
func (l *limiter) sweep(now time.Time) {
	full := time.Duration(float64(l.burst) / float64(l.limit) * float64(time.Second))
	for k, b := range l.buckets {
		if now.Sub(b.seen) >= full {
			delete(l.buckets, k)
		}
	}
	l.sweepAt = max(1024, 2*len(l.buckets))
}
