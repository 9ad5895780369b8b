package telegram

import (
	"context"
	"errors"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

// A group that becomes a supergroup lives on under a new chat id.
// Telegram says so three ways: a service message in the old group
// (migrate_to_chat_id), one in the new supergroup (migrate_from_chat_id),
// and a refusal of any message sent to the old group (send.go). Each
// moves what the bot keeps of the group: its classroom sessions at once,
// and each member's follow-up context when the member next writes (the
// store keeps conversations under keyed hashes of user ids, so they can
// only be found by the user's id).

// RoomMover moves what the bot keeps of a chat to its new id; *bot.Bot
// is one.
type RoomMover interface {
	MoveRoom(ctx context.Context, from, to string) (int, error)
	MoveConversation(ctx context.Context, from, to string) (bool, error)
}

// maxMigrations bounds the migrated groups remembered for their members'
// conversations: past it the oldest migration is forgotten, and its
// members who had not written since start their follow-ups afresh.
const maxMigrations = 10_000

// migrations remembers, in memory, the groups that became supergroups and
// which of their members' conversations followed already.
type migrations struct {
	mu    sync.Mutex
	from  map[int64]int64          // supergroup id → old group id
	moved map[int64]map[int64]bool // supergroup id → members whose conversation was looked for
	order []int64                  // supergroup ids, oldest migration first
}

func newMigrations() *migrations {
	return &migrations{from: map[int64]int64{}, moved: map[int64]map[int64]bool{}}
}

func (m *migrations) add(old, to int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.from[to]; ok {
		return
	}
	m.from[to], m.moved[to] = old, map[int64]bool{}
	m.order = append(m.order, to)
	if len(m.order) > maxMigrations {
		delete(m.from, m.order[0])
		delete(m.moved, m.order[0])
		m.order = m.order[1:]
	}
}

// pending is the old group of chat when user's conversation there has
// not been looked for yet, and marks it looked for.
func (m *migrations) pending(chat, user int64) (int64, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	old, ok := m.from[chat]
	if !ok || m.moved[chat][user] {
		return 0, false
	}
	m.moved[chat][user] = true
	return old, true
}

// onMigration handles the service message of a migration, in the
// supergroup's queue, so that its first questions find the sessions moved.
func (a *Adapter) onMigration(m *tgbotapi.Message, done func()) bool {
	old, to := m.Chat.ID, m.MigrateToChatID
	if m.MigrateFromChatID != 0 {
		old, to = m.MigrateFromChatID, m.Chat.ID
	}
	return a.queue.submit(to, func() {
		defer done()
		a.migrate(context.Background(), old, to)
	})
}

// migrate moves the group's sessions to the supergroup and remembers the
// migration for the members' conversations. Moving twice is harmless:
// the second finds nothing left.
func (a *Adapter) migrate(ctx context.Context, old, to int64) {
	if old == 0 || to == 0 || old == to {
		return
	}
	a.migrations.add(old, to)
	a.polls.move(old, to)
	if a.opts.Rooms == nil {
		return
	}
	from, into := room(&tgbotapi.Chat{ID: old}), room(&tgbotapi.Chat{ID: to})
	n, err := a.opts.Rooms.MoveRoom(ctx, from, into)
	switch {
	case errors.Is(err, bot.ErrSessionOpen):
		a.log.Warn("telegram: a group became a supergroup that already has an open session; the group's sessions stay under its old id",
			"from", old, "to", to)
	case err != nil:
		a.log.Error("telegram: moving a group's sessions to its supergroup", "from", old, "to", to, "err", err)
	case n > 0:
		a.log.Info("telegram: a group became a supergroup; its sessions follow", "from", old, "to", to, "sessions", n)
	}
}

// followConversation moves the sender's conversation in a group that
// became this supergroup, the first time they write here.
func (a *Adapter) followConversation(ctx context.Context, chat *tgbotapi.Chat, from *tgbotapi.User) {
	if a.opts.Rooms == nil || chat.IsPrivate() || from == nil {
		return
	}
	old, ok := a.migrations.pending(chat.ID, from.ID)
	if !ok {
		return
	}
	prev := conversation(&tgbotapi.Chat{ID: old, Type: "group"}, from)
	if _, err := a.opts.Rooms.MoveConversation(ctx, prev, conversation(chat, from)); err != nil {
		a.log.Error("telegram: moving a member's conversation to the supergroup", "err", err)
	}
}

// move makes the votes on the quiz polls sent to a group that became a
// supergroup count in the supergroup, where its session now is.
func (p *quizPolls) move(old, to int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for id, pr := range p.byID {
		if pr.chat.ID == old {
			pr.chat.ID, pr.chat.Type = to, "supergroup"
			p.byID[id] = pr
		}
	}
}
