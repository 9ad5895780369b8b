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
