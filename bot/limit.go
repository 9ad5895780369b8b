package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limiter applies a token bucket per key (a user, an address, an API key).
// Buckets of keys quiet long enough to be full again are dropped, so memory
// stays bounded by the number of recently active keys. The Bot limits each
// platform user with one; adapters may limit their own keys with others.
// A nil *Limiter allows everything.
type Limiter struct {
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

// Verdict is the Limiter's answer for one message.
type Verdict struct {
	OK bool
	// Wait is how long until the key may send again (when !OK).
	Wait time.Duration
	// Told: the key was already refused since its last allowed message.
	Told bool
}

// NewLimiter allows perMinute messages a minute per key, burst at once;
// now is the clock (nil means time.Now). perMinute <= 0 gives nil: no
// limit.
func NewLimiter(perMinute float64, burst int, now func() time.Time) *Limiter {
	if perMinute <= 0 {
		return nil
	}
	if burst <= 0 {
		burst = 1
	}
	if now == nil {
		now = time.Now
	}
	return &Limiter{limit: rate.Limit(perMinute / 60), burst: burst, now: now, buckets: map[string]*bucket{}, sweepAt: 1024}
}

// Allow says whether key may send a message now, and spends a token if
// so; if not, how long to wait.
func (l *Limiter) Allow(key string) Verdict {
	if l == nil {
		return Verdict{OK: true}
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[key]
	if b == nil {
		if len(l.buckets) >= l.sweepAt {
			l.sweep(now)
		}
		b = &bucket{lim: rate.NewLimiter(l.limit, l.burst)}
		l.buckets[key] = b
	}
	b.seen = now
	r := b.lim.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		// The wait is spent only by messages let through.
		r.CancelAt(now)
		v := Verdict{Wait: d, Told: b.told}
		b.told = true
		return v
	}
	b.told = false
	return Verdict{OK: true}
}

// sweep drops the buckets that have refilled completely: forgetting them
// changes nothing for their users.
func (l *Limiter) sweep(now time.Time) {
	full := time.Duration(float64(l.burst) / float64(l.limit) * float64(time.Second))
	for k, b := range l.buckets {
		if now.Sub(b.seen) >= full {
			delete(l.buckets, k)
		}
	}
	l.sweepAt = max(1024, 2*len(l.buckets))
}
