package sqlstore

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/citebot/citebot/bot"
)

// Store is a bot.SessionStore over one database.
type Store struct {
	db     *sql.DB
	d      Dialect
	secret []byte
	now    func() time.Time
}

// New migrates db's schema and returns the store. The store owns db:
// Close closes it.
func New(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	if err := migrate(ctx, db, d); err != nil {
		return nil, err
	}
	s := &Store{db: db, d: d, now: time.Now}
	key := make([]byte, 32)
	_, _ = rand.Read(key) // never fails (crypto/rand's contract)
	// The first process to start creates the secret; the others read it.
	if _, err := db.ExecContext(ctx, s.q(`INSERT INTO meta (key, value) VALUES ('secret', ?) ON CONFLICT (key) DO NOTHING`), hex.EncodeToString(key)); err != nil {
		return nil, fmt.Errorf("create the store's secret: %w", err)
	}
	var err error
	if s.secret, err = s.Secret(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB is the database, for tests and tools.
func (s *Store) DB() *sql.DB { return s.db }

// foreignKey reports whether err is a broken foreign key: the session or
// entry written to was deleted.
func (s *Store) foreignKey(err error) bool { return err != nil && s.d.ForeignKey(err) }

// q is query in the dialect's placeholders.
func (s *Store) q(query string) string { return rebind(s.d, query) }

// Secret is the store's random key.
func (s *Store) Secret(ctx context.Context) ([]byte, error) {
	var v string
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'secret'`).Scan(&v); err != nil {
		return nil, fmt.Errorf("read the store's secret: %w", err)
	}
	return hex.DecodeString(v)
}

const sessionColumns = `id, room, platform, title, salt, names, started_at, ended_at`

func scanSession(row interface{ Scan(...any) error }) (bot.Session, error) {
	var ss bot.Session
	var started int64
	var ended sql.NullInt64
	err := row.Scan(&ss.ID, &ss.Room, &ss.Platform, &ss.Title, &ss.Salt, &ss.Names, &started, &ended)
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Session{}, bot.ErrNoSession
	}
	if err != nil {
		return bot.Session{}, fmt.Errorf("read a session: %w", err)
	}
	ss.StartedAt = fromMicros(started)
	if ended.Valid {
		ss.EndedAt = fromMicros(ended.Int64)
	}
	return ss, nil
}

// StartSession saves a new open session, unless the room has one.
func (s *Store) StartSession(ctx context.Context, ss bot.Session) (bot.Session, error) {
	// The unique index on open sessions decides between two processes
	// starting a session in the same room at once.
	res, err := s.db.ExecContext(ctx, s.q(`INSERT INTO sessions (`+sessionColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
		ON CONFLICT DO NOTHING`), ss.ID, ss.Room, ss.Platform, ss.Title, ss.Salt, ss.Names, micros(ss.StartedAt))
	if err != nil {
		return bot.Session{}, fmt.Errorf("start a session: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		open, err := s.OpenSession(ctx, ss.Room)
		if err != nil {
			return bot.Session{}, fmt.Errorf("start a session: %w", err)
		}
		return open, bot.ErrSessionOpen
	}
	ss.EndedAt = time.Time{}
	return ss, nil
}

// OpenSession is the room's open session.
func (s *Store) OpenSession(ctx context.Context, room string) (bot.Session, error) {
	return scanSession(s.db.QueryRowContext(ctx, s.q(`SELECT `+sessionColumns+` FROM sessions WHERE room = ? AND ended_at IS NULL`), room))
}

// LastSession is the room's most recent session.
func (s *Store) LastSession(ctx context.Context, room string) (bot.Session, error) {
	return scanSession(s.db.QueryRowContext(ctx, s.q(`SELECT `+sessionColumns+` FROM sessions WHERE room = ?
		ORDER BY started_at DESC, id DESC LIMIT 1`), room))
}

// Session is the session with that id.
func (s *Store) Session(ctx context.Context, id string) (bot.Session, error) {
	return scanSession(s.db.QueryRowContext(ctx, s.q(`SELECT `+sessionColumns+` FROM sessions WHERE id = ?`), id))
}

// EndSession closes an open session.
func (s *Store) EndSession(ctx context.Context, id string, at time.Time) (bot.Session, error) {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL`), micros(at), id)
	if err != nil {
		return bot.Session{}, fmt.Errorf("end session %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return bot.Session{}, bot.ErrNoSession
	}
	return s.Session(ctx, id)
}

// ShowNames turns display names on or off.
func (s *Store) ShowNames(ctx context.Context, id string, on bool) error {
	res, err := s.db.ExecContext(ctx, s.q(`UPDATE sessions SET names = ? WHERE id = ?`), on, id)
	if err != nil {
		return fmt.Errorf("session %s: names: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return bot.ErrNoSession
	}
	return nil
}

// Record saves one entry and tells whether it repeats an earlier one.
func (s *Store) Record(ctx context.Context, e bot.Entry) (bot.Entry, error) {
	cits, err := json.Marshal(e.Citations)
	if err != nil {
		return bot.Entry{}, fmt.Errorf("record a question: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return bot.Entry{}, fmt.Errorf("record a question: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	if s.d.LockSession != "" {
		if _, err := tx.ExecContext(ctx, s.q(s.d.LockSession), e.Session); err != nil {
			return bot.Entry{}, fmt.Errorf("record a question: lock the session: %w", err)
		}
	}
	// The first entry with the same key, found inside the insert so that
	// the question and its link are written at once.
	err = tx.QueryRowContext(ctx, s.q(`INSERT INTO entries (session_id, student, name, asked_at, question, answered,
			answer, body, confidence, unsure, citations, similar_key, repeat_of)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			COALESCE((SELECT MIN(id) FROM entries WHERE session_id = ? AND similar_key = ? AND similar_key <> ''), 0))
		RETURNING id, repeat_of`),
		e.Session, e.Student, e.Name, micros(e.Asked), e.Question, e.Answered, e.Answer, e.Body, e.Confidence, e.Unsure,
		string(cits), e.Similar, e.Session, e.Similar).Scan(&e.ID, &e.RepeatOf)
	if err != nil {
		if s.foreignKey(err) {
			return bot.Entry{}, bot.ErrNoSession
		}
		return bot.Entry{}, fmt.Errorf("record a question: %w", err)
	}
	e.Times = 1
	if e.RepeatOf != 0 {
		if err := tx.QueryRowContext(ctx, s.q(`SELECT COUNT(*) FROM entries WHERE session_id = ? AND similar_key = ? AND id <= ?`),
			e.Session, e.Similar, e.ID).Scan(&e.Times); err != nil {
			return bot.Entry{}, fmt.Errorf("record a question: count repeats: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return bot.Entry{}, fmt.Errorf("record a question: commit: %w", err)
	}
	return e, nil
}

const entryColumns = `e.id, e.session_id, e.student, e.name, e.asked_at, e.question, e.answered, e.answer, e.body,
	e.confidence, e.unsure, e.citations, e.similar_key, e.repeat_of,
	(SELECT COUNT(*) FROM votes v WHERE v.entry_id = e.id AND v.up),
	(SELECT COUNT(*) FROM votes v WHERE v.entry_id = e.id AND NOT v.up)`

func scanEntry(row interface{ Scan(...any) error }) (bot.Entry, error) {
	var e bot.Entry
	var asked int64
	var cits string
	err := row.Scan(&e.ID, &e.Session, &e.Student, &e.Name, &asked, &e.Question, &e.Answered, &e.Answer, &e.Body,
		&e.Confidence, &e.Unsure, &cits, &e.Similar, &e.RepeatOf, &e.Up, &e.Down)
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Entry{}, bot.ErrNoEntry
	}
	if err != nil {
		return bot.Entry{}, fmt.Errorf("read a question: %w", err)
	}
	e.Asked = fromMicros(asked)
	if err := json.Unmarshal([]byte(cits), &e.Citations); err != nil {
		return bot.Entry{}, fmt.Errorf("read question %d's citations: %w", e.ID, err)
	}
	return e, nil
}

// Entry is one recorded entry.
func (s *Store) Entry(ctx context.Context, id int64) (bot.Entry, error) {
	return scanEntry(s.db.QueryRowContext(ctx, s.q(`SELECT `+entryColumns+` FROM entries e WHERE e.id = ?`), id))
}

// Entries lists a session's entries after an id.
func (s *Store) Entries(ctx context.Context, session string, after int64, limit int) ([]bot.Entry, error) {
	query := `SELECT ` + entryColumns + ` FROM entries e WHERE e.session_id = ? AND e.id > ? ORDER BY e.id`
	args := []any{session, after}
	if limit > 0 {
		query += ` LIMIT ?`
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("list session %s: %w", session, err)
	}
	defer rows.Close()
	var out []bot.Entry
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list session %s: %w", session, err)
	}
	return out, nil
}

// Vote records a student's feedback, replacing their earlier vote.
func (s *Store) Vote(ctx context.Context, v bot.Vote) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO votes (entry_id, student, up, at) VALUES (?, ?, ?, ?)
		ON CONFLICT (entry_id, student) DO UPDATE SET up = excluded.up, at = excluded.at`),
		v.Entry, v.Student, v.Up, micros(v.At))
	if s.foreignKey(err) {
		return bot.ErrNoEntry
	}
	if err != nil {
		return fmt.Errorf("record feedback on question %d: %w", v.Entry, err)
	}
	return nil
}

// ForgetSession deletes a session and its records.
func (s *Store) ForgetSession(ctx context.Context, id string) error {
	res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM sessions WHERE id = ?`), id)
	if err != nil {
		return fmt.Errorf("forget session %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return bot.ErrNoSession
	}
	return nil
}

// Purge deletes the sessions started before a time, and the
// conversations idle since then.
func (s *Store) Purge(ctx context.Context, before time.Time) (int, error) {
	if _, err := s.db.ExecContext(ctx, s.q(`DELETE FROM conversations WHERE updated_at < ?`), micros(before)); err != nil {
		return 0, fmt.Errorf("purge conversations: %w", err)
	}
	res, err := s.db.ExecContext(ctx, s.q(`DELETE FROM sessions WHERE started_at < ?`), micros(before))
	if err != nil {
		return 0, fmt.Errorf("purge sessions: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("purge sessions: %w", err)
	}
	return int(n), nil
}

// LoadConversation is the saved state of a conversation.
func (s *Store) LoadConversation(ctx context.Context, key string) (bot.ConversationState, error) {
	var raw []byte
	err := s.db.QueryRowContext(ctx, s.q(`SELECT state FROM conversations WHERE key = ?`), s.hide(key)).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return bot.ConversationState{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.ConversationState{}, fmt.Errorf("read a conversation: %w", err)
	}
	var st bot.ConversationState
	if err := json.Unmarshal(raw, &st); err != nil {
		return bot.ConversationState{}, fmt.Errorf("read a conversation: %w", err)
	}
	return st, nil
}

// SaveConversation saves the state of a conversation.
func (s *Store) SaveConversation(ctx context.Context, key string, st bot.ConversationState) error {
	raw, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("save a conversation: %w", err)
	}
	_, err = s.db.ExecContext(ctx, s.q(`INSERT INTO conversations (key, state, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`), s.hide(key), raw, micros(s.now()))
	if err != nil {
		return fmt.Errorf("save a conversation: %w", err)
	}
	return nil
}

// hide is the key under which a conversation is stored: a keyed hash, since
// conversation keys hold platform user ids ("telegram:chat:42:user:7").
func (s *Store) hide(key string) string {
	h := hmac.New(sha256.New, s.secret)
	h.Write([]byte(key))
	return hex.EncodeToString(h.Sum(nil))
}

func micros(t time.Time) int64 { return t.UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }
