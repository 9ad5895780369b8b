package sqlstore

import (
	"context"
	"fmt"

	"github.com/citebot/citebot/bot"
)

// MoveRoom moves a room's sessions to another room, in one transaction.
func (s *Store) MoveRoom(ctx context.Context, from, to string) (int, error) {
	if from == to {
		return 0, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("move a room: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	var open int
	if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM sessions WHERE room IN (?, ?) AND ended_at IS NULL`), from, to).Scan(&open); err != nil {
		return 0, fmt.Errorf("move a room: %w", err)
	}
	if open > 1 {
		return 0, bot.ErrSessionOpen
	}
	// A session opened in to by another process since the count makes
	// the update break the index of open sessions, and nothing moves.
	res, err := tx.ExecContext(ctx, s.q(`UPDATE sessions SET room = ? WHERE room = ?`), to, from)
	if err != nil {
		return 0, fmt.Errorf("move a room: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("move a room: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("move a room: commit: %w", err)
	}
	return int(n), nil
}

// MoveConversation moves a conversation's state to another key, in one
// transaction; a state already under the new key wins.
func (s *Store) MoveConversation(ctx context.Context, from, to string) (bool, error) {
	if from == to {
		return false, nil
	}
	from, to = s.hide(from), s.hide(to)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("move a conversation: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	res, err := tx.ExecContext(ctx, s.q(`UPDATE conversations SET key = ?
		WHERE key = ? AND NOT EXISTS (SELECT 1 FROM conversations WHERE key = ?)`), to, from, to)
	if err != nil {
		return false, fmt.Errorf("move a conversation: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("move a conversation: %w", err)
	}
	if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM conversations WHERE key = ?`), from); err != nil {
		return false, fmt.Errorf("move a conversation: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("move a conversation: commit: %w", err)
	}
	return n == 1, nil
}
