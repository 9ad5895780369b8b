package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/citebot/citebot/bot"
)

const roundColumns = `id, session_id, item, question, options, answer, citation, asked_at`

func scanRound(row interface{ Scan(...any) error }) (bot.QuizRound, error) {
	var r bot.QuizRound
	var opts, cit string
	var asked int64
	if err := row.Scan(&r.ID, &r.Session, &r.Item, &r.Question, &opts, &r.Answer, &cit, &asked); err != nil {
		return bot.QuizRound{}, err
	}
	r.Asked = fromMicros(asked)
	if err := json.Unmarshal([]byte(opts), &r.Options); err != nil {
		return bot.QuizRound{}, fmt.Errorf("read quiz round %d's options: %w", r.ID, err)
	}
	if err := json.Unmarshal([]byte(cit), &r.Citation); err != nil {
		return bot.QuizRound{}, fmt.Errorf("read quiz round %d's citation: %w", r.ID, err)
	}
	return r, nil
}

// AskQuiz records a quiz item asked in a session, once per item.
func (s *Store) AskQuiz(ctx context.Context, r bot.QuizRound) (bot.QuizRound, error) {
	opts, err := json.Marshal(r.Options)
	if err != nil {
		return bot.QuizRound{}, fmt.Errorf("record a quiz round: %w", err)
	}
	cit, err := json.Marshal(r.Citation)
	if err != nil {
		return bot.QuizRound{}, fmt.Errorf("record a quiz round: %w", err)
	}
	// The unique (session, item) decides between two processes asking the
	// same item at once: both then read the one row.
	_, err = s.db.ExecContext(ctx, s.q(`INSERT INTO quiz_rounds (session_id, item, question, options, answer, citation, asked_at)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, item) DO NOTHING`),
		r.Session, r.Item, r.Question, string(opts), r.Answer, string(cit), micros(r.Asked))
	if s.foreignKey(err) {
		return bot.QuizRound{}, bot.ErrNoSession
	}
	if err != nil {
		return bot.QuizRound{}, fmt.Errorf("record a quiz round: %w", err)
	}
	got, err := scanRound(s.db.QueryRowContext(ctx, s.q(`SELECT `+roundColumns+` FROM quiz_rounds WHERE session_id = ? AND item = ?`), r.Session, r.Item))
	if errors.Is(err, sql.ErrNoRows) {
		return bot.QuizRound{}, bot.ErrNoSession // forgotten in between
	}
	if err != nil {
		return bot.QuizRound{}, fmt.Errorf("record a quiz round: %w", err)
	}
	return got, nil
}

// AnswerQuiz records a student's one answer to a round.
func (s *Store) AnswerQuiz(ctx context.Context, a bot.QuizAnswer) (bot.QuizAnswer, error) {
	res, err := s.db.ExecContext(ctx, s.q(`INSERT INTO quiz_answers (round_id, student, name, choice, is_right, at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, student) DO NOTHING`),
		a.Round, a.Student, a.Name, a.Choice, a.Right, micros(a.At))
	if s.foreignKey(err) {
		return bot.QuizAnswer{}, bot.ErrNoRound
	}
	if err != nil {
		return bot.QuizAnswer{}, fmt.Errorf("record a quiz answer: %w", err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 1 {
		return a, nil
	}
	first := bot.QuizAnswer{Round: a.Round, Student: a.Student}
	var at int64
	err = s.db.QueryRowContext(ctx, s.q(`SELECT name, choice, is_right, at FROM quiz_answers WHERE round_id = ? AND student = ?`),
		a.Round, a.Student).Scan(&first.Name, &first.Choice, &first.Right, &at)
	if err != nil {
		return bot.QuizAnswer{}, fmt.Errorf("read an earlier quiz answer: %w", err)
	}
	first.At = fromMicros(at)
	return first, bot.ErrAnswered
}

// QuizRounds lists a session's rounds with their answers.
func (s *Store) QuizRounds(ctx context.Context, session string) ([]bot.QuizRound, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT `+roundColumns+` FROM quiz_rounds WHERE session_id = ? ORDER BY id`), session)
	if err != nil {
		return nil, fmt.Errorf("list session %s's quiz: %w", session, err)
	}
	var out []bot.QuizRound
	byID := map[int64]int{}
	for rows.Next() {
		r, err := scanRound(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("list session %s's quiz: %w", session, err)
		}
		byID[r.ID] = len(out)
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list session %s's quiz: %w", session, err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	rows, err = s.db.QueryContext(ctx, s.q(`SELECT a.round_id, a.student, a.name, a.choice, a.is_right, a.at
		FROM quiz_answers a JOIN quiz_rounds r ON r.id = a.round_id WHERE r.session_id = ? ORDER BY a.id`), session)
	if err != nil {
		return nil, fmt.Errorf("list session %s's quiz answers: %w", session, err)
	}
	defer rows.Close()
	for rows.Next() {
		var a bot.QuizAnswer
		var at int64
		if err := rows.Scan(&a.Round, &a.Student, &a.Name, &a.Choice, &a.Right, &at); err != nil {
			return nil, fmt.Errorf("list session %s's quiz answers: %w", session, err)
		}
		a.At = fromMicros(at)
		if i, ok := byID[a.Round]; ok {
			out[i].Answers = append(out[i].Answers, a)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list session %s's quiz answers: %w", session, err)
	}
	return out, nil
}
