package bot

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"runtime/debug"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/knowledge"
)

// Options tune a Bot. The zero value is usable.
type Options struct {
	// Logger receives operational logs; nil discards them.
	Logger *slog.Logger
	// RatePerMinute and Burst limit the messages (questions and commands)
	// of each platform user; zero RatePerMinute means no limit.
	RatePerMinute float64
	Burst         int
	// Now is the clock, for tests; nil means time.Now.
	Now func() time.Time
	// Store keeps the conversations; nil means a MemoryStore bounded by
	// MaxConversations and ConversationTTL (and MemoryLimits' other
	// defaults).
	Store Store
	// MaxConversations bounds the conversations kept in memory (the
	// least recently used go first); zero means 10,000.
	MaxConversations int
	// ConversationTTL forgets a conversation idle this long; zero means
	// two hours.
	ConversationTTL time.Duration
	// Retention is how long classroom sessions are kept (Purge); zero
	// means 90 days.
	Retention time.Duration
	// Matcher tunes the question matcher.
	Matcher match.Options
}

// Bot answers messages about one knowledge base. It is safe for concurrent
// use by several adapters.
type Bot struct {
	base    *knowledge.Base
	matcher *match.Matcher
	opts    Options
	store   Store
	locks   *keyLocks
	limits  *Limiter
	secret  secretCache
	quiz    quizzes
}

// New returns a Bot over base.
func New(base *knowledge.Base, opts Options) *Bot {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Retention <= 0 {
		opts.Retention = defaultRetention
	}
	if opts.Store == nil {
		opts.Store = NewMemoryStore(MemoryLimits{MaxConversations: opts.MaxConversations, TTL: opts.ConversationTTL, Now: opts.Now})
	}
	m := match.NewWith(base, opts.Matcher)
	if err := m.Err(); err != nil {
		opts.Logger.Warn("answering without synonyms or English", "err", err)
	}
	return &Bot{
		base:    base,
		matcher: m,
		opts:    opts,
		store:   opts.Store,
		locks:   newKeyLocks(),
		limits:  NewLimiter(opts.RatePerMinute, opts.Burst, opts.Now),
	}
}

// Base returns the knowledge the bot answers from.
func (b *Bot) Base() *knowledge.Base { return b.base }

// Matcher returns the bot's matcher.
func (b *Bot) Matcher() *match.Matcher { return b.matcher }

// MaxConversationBytes bounds Message.Conversation: a conversation key is
// held in memory for hours, so its size must not be the sender's choice.
const MaxConversationBytes = 512

// Handle answers one message. It never panics and always returns a reply
// with non-empty Text: a panic while answering is logged with its stack
// and the user gets a short apology.
func (b *Bot) Handle(ctx context.Context, m Message) (r Reply) {
	defer func() {
		if p := recover(); p != nil {
			b.opts.Logger.Error("panic while answering", "platform", m.Platform, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			r = errorReply(Apology)
		}
	}()
	if err := ctx.Err(); err != nil {
		return errorReply("La demande a été annulée avant la réponse.")
	}
	if len(m.Conversation) > MaxConversationBytes {
		return errorReply(fmt.Sprintf("L'identifiant de conversation est trop long (%d octets ; %d au plus).", len(m.Conversation), MaxConversationBytes))
	}
	// Every message costs: commands such as /plus touch memory as much as
	// questions do.
	if !m.OwnLimit {
		if v := b.limits.Allow(m.Platform + "\x00" + m.UserID); !v.OK {
			return RateLimited(v)
		}
	}
	text := strings.TrimSpace(strings.ToValidUTF8(m.Text, "\uFFFD"))
	if cmd, arg, ok := command(text); ok {
		return b.command(ctx, m, cmd, arg)
	}
	if r, ok := b.quizAnswerText(ctx, m, text); ok {
		return r
	}
	text = stripMentions(text)
	if r, ok := b.smallTalkReply(m, text); ok {
		return r
	}
	return b.ask(ctx, m, text)
}

// RateLimited is the reply to a message refused by a Limiter.
func RateLimited(v Verdict) Reply {
	wait := "un peu"
	if s := int(math.Ceil(v.Wait.Seconds())); s > 1 {
		wait = fmt.Sprintf("%d secondes", s)
	}
	r := errorReply("Vous envoyez beaucoup de messages à la fois : patientez " + wait + " avant le suivant, s'il vous plaît.")
	r.Kind = KindRateLimited
	r.RetryAfter = v.Wait
	r.Repeated = v.Told
	return r
}

// Apology is the reply to a message whose answer failed inside citebot;
// adapters that recover their own panics send it too.
const Apology = "Désolé, une erreur interne m'a empêché de répondre. Réessayez dans un instant."

// ask answers a question.
func (b *Bot) ask(ctx context.Context, m Message, text string) Reply {
	if r, bad := checkQuestion(text); bad {
		return r
	}
	unlock := b.locks.lock(m.Conversation)
	defer unlock()
	conv := b.conversation(ctx, m.Conversation)
	a := b.matcher.Answer(text, &conv.ctx)
	conv.remember(a)
	r := b.record(ctx, m, text, a, b.reply(a))
	conv.entry = r.Entry
	b.saveConversation(ctx, m.Conversation, conv)
	return r
}

// stripMentions removes platform mentions ("@everyone", "@citebot") from
// a question: they address people, they ask nothing.
func stripMentions(text string) string {
	if !strings.Contains(text, "@") {
		return text
	}
	words := strings.Fields(text)
	kept := words[:0]
	for _, w := range words {
		if !strings.HasPrefix(w, "@") {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// checkQuestion refuses what cannot be a question, with a message that
// says what to do.
func checkQuestion(text string) (Reply, bool) {
	if text == "" {
		return errorReply("Posez-moi une question sur les articles, par exemple : « Qui a organisé la conférence ? ». Tapez /aide pour l'aide."), true
	}
	if n := utf8.RuneCountInString(text); n > MaxQuestionRunes {
		return errorReply(fmt.Sprintf("Votre message est trop long (%d caractères) : posez une question de %d caractères au plus.", n, MaxQuestionRunes)), true
	}
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
		return errorReply("Je n'ai trouvé aucun mot dans votre message. Posez une question en toutes lettres, ou tapez /aide."), true
	}
	return Reply{}, false
}

// MaxQuestionRunes bounds the work a single message can cause; adapters
// tell their platform (Discord's option MaxLength).
const MaxQuestionRunes = 1000

func errorReply(text string) Reply {
	return Reply{Kind: KindError, Text: text, Body: text, Citations: []Citation{}}
}

func infoReply(text string) Reply {
	return Reply{Kind: KindInfo, Text: text, Body: text, Citations: []Citation{}}
}
