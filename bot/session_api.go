package bot

import (
	"context"
	"fmt"
)

// The session API for adapters that address sessions by id or by room
// (the HTTP API, the web board).

// Purge deletes the sessions older than the retention (Options.Retention)
// and returns how many went.
func (b *Bot) Purge(ctx context.Context) (int, error) {
	return b.store.Purge(ctx, b.opts.Now().Add(-b.opts.Retention))
}

// SessionByID is one session, for adapters that address sessions by id
// (the HTTP API, with a teacher's key).
func (b *Bot) SessionByID(ctx context.Context, id string) (Session, error) {
	return b.store.Session(ctx, id)
}

// RoomSession is the session open in a room ("http:3e B"), for a board
// that follows a room; ErrNoSession if none is open.
func (b *Bot) RoomSession(ctx context.Context, room string) (Session, error) {
	key, err := b.roomKey(ctx, room)
	if err != nil {
		return Session{}, err
	}
	return b.store.OpenSession(ctx, key)
}

// SessionEntries lists a session's questions with an id above after,
// oldest first, at most limit (<= 0: all): what a live board polls to
// follow a session as it runs.
func (b *Bot) SessionEntries(ctx context.Context, id string, after int64, limit int) ([]Entry, error) {
	return b.store.Entries(ctx, id, after, limit)
}

// SessionSummary is a session's summary so far.
func (b *Bot) SessionSummary(ctx context.Context, id string) (Summary, error) {
	s, es, rounds, err := b.sessionWithEntries(ctx, id)
	if err != nil {
		return Summary{}, err
	}
	return Summarise(s, es, rounds), nil
}

// sessionWithEntries is a session and everything recorded in it.
func (b *Bot) sessionWithEntries(ctx context.Context, id string) (Session, []Entry, []QuizRound, error) {
	s, err := b.store.Session(ctx, id)
	if err != nil {
		return Session{}, nil, nil, err
	}
	es, rounds, err := b.sessionRecords(ctx, id)
	return s, es, rounds, err
}

// sessionRecords are a session's questions and quiz rounds.
func (b *Bot) sessionRecords(ctx context.Context, id string) ([]Entry, []QuizRound, error) {
	es, err := b.store.Entries(ctx, id, 0, 0)
	if err != nil {
		return nil, nil, err
	}
	rounds, err := b.store.QuizRounds(ctx, id)
	return es, rounds, err
}

// EndSession ends a session by id (the HTTP API's teacher) and returns its
// summary.
func (b *Bot) EndSession(ctx context.Context, id string) (Summary, error) {
	s, err := b.store.EndSession(ctx, id, b.opts.Now())
	if err != nil {
		return Summary{}, err
	}
	es, rounds, err := b.sessionRecords(ctx, id)
	if err != nil {
		return Summary{}, err
	}
	return Summarise(s, es, rounds), nil
}

// ForgetSession deletes a session by id and all it recorded.
func (b *Bot) ForgetSession(ctx context.Context, id string) error {
	return b.store.ForgetSession(ctx, id)
}

// SessionExport is a session's export: format "md", "csv" (the
// questions) or "quiz" (the quiz items, as CSV).
func (b *Bot) SessionExport(ctx context.Context, id, format string) (File, error) {
	s, es, rounds, err := b.sessionWithEntries(ctx, id)
	if err != nil {
		return File{}, err
	}
	switch format {
	case "md", "markdown":
		return ExportMarkdown(s, es, rounds), nil
	case "csv":
		return ExportCSV(s, es), nil
	case "quiz":
		return ExportQuizCSV(s, es, rounds), nil
	}
	return File{}, fmt.Errorf("unknown export format %q: use md, csv or quiz", format)
}
