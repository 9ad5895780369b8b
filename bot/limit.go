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
	// told is set once the user has been refused, and cleared by the next
	// message let through: a user who keeps typing while limited is told
	// once, not once per message.
	told bool
}

// verdict is the limiter's answer for one message.
type verdict struct {
	ok bool
	// wait is how long until the user may send again (when !ok).
	wait time.Duration
	// told: the user was already refused since their last allowed
	// message.
	told bool
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

// allow says whether the user may send a message now, and spends a token
// if so; if not, how long to wait.
func (l *limiter) allow(user string) verdict {
	if l == nil {
		return verdict{ok: true}
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
	r := b.lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		// The wait is spent only by messages let through.
		r.CancelAt(now)
		v := verdict{wait: d, told: b.told}
		b.told = true
		return v
	}
	b.told = false
	return verdict{ok: true}
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
