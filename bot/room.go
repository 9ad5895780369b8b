package bot

import "context"

// LatestRoomSession is the latest session of a room, open or ended
// (ErrNoSession if it never had one): a board addressed by its room shows
// it, and its summary once it has ended, after a restart and from any
// replica. RoomSession is the open one only.
func (b *Bot) LatestRoomSession(ctx context.Context, room string) (Session, error) {
	key, err := b.roomKey(ctx, room)
	if err != nil {
		return Session{}, err
	}
	return b.store.LastSession(ctx, key)
}

// RoomSecret is a room's teacher secret: a keyed hash of the room under
// the store's own key, so every replica, before and after a restart,
// derives the same one, and nobody without the store can.
func (b *Bot) RoomSecret(ctx context.Context, room string) (string, error) {
	h, err := b.keyed(ctx, "teacher\x00"+room)
	if err != nil {
		return "", err
	}
	return h[:teacherSecretLen], nil
}

// teacherSecretLen is 128 bits of the hash, in hex: unguessable, and short
// enough to paste.
const teacherSecretLen = 32

// MoveRoom moves a room's sessions, open and ended, to another room, and
// its pending quiz item: a Telegram group that becomes a supergroup lives
// on under a new id, and its class with it. ErrSessionOpen: both rooms
// have an open session, and nothing moved. It returns how many sessions
// moved.
func (b *Bot) MoveRoom(ctx context.Context, from, to string) (int, error) {
	fromKey, err := b.roomKey(ctx, from)
	if err != nil {
		return 0, err
	}
	toKey, err := b.roomKey(ctx, to)
	if err != nil {
		return 0, err
	}
	n, err := b.store.MoveRoom(ctx, fromKey, toKey)
	if err != nil {
		return 0, err
	}
	b.quiz.mu.Lock()
	if rq, ok := b.quiz.rooms[from]; ok {
		if _, taken := b.quiz.rooms[to]; !taken {
			b.quiz.rooms[to] = rq
		}
		delete(b.quiz.rooms, from)
	}
	b.quiz.mu.Unlock()
	return n, nil
}

// MoveConversation moves the follow-up context saved under one
// conversation key to another (a member's conversation in a group that
// became a supergroup), unless the new key has one already; it reports
// whether one moved.
func (b *Bot) MoveConversation(ctx context.Context, from, to string) (bool, error) {
	if from == "" || to == "" || len(to) > MaxConversationBytes {
		return false, nil
	}
	// Both keys are held, in one order, so that no question of either
	// conversation is answered half-way through the move.
	first, second := min(from, to), max(from, to)
	defer b.locks.lock(first)()
	if second != first {
		defer b.locks.lock(second)()
	}
	return b.store.MoveConversation(ctx, from, to)
}
