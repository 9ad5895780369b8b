package bot

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/citebot/citebot/quiz"
)

// A /quiz asked in a room with an open session is a round of the session:
// the item as asked is recorded, every student's first answer to it with
// their pseudonym, and /score ranks the class.

// roomQuiz is the item a room's session was asked last: a student answers
// it with a bare number from their own conversation.
type roomQuiz struct {
	session string
	item    quiz.Item
}

// recordRound records it as a round of the room's open session, if there
// is one, and says so in r. A store that fails costs the record, never
// the quiz.
func (b *Bot) recordRound(ctx context.Context, m Message, it quiz.Item, r Reply) Reply {
	if m.Room == "" {
		return r
	}
	s, err := b.openSessionOf(ctx, m.Room)
	if err != nil {
		return r
	}
	c := it.Citation
	_, err = b.store.AskQuiz(ctx, QuizRound{Session: s.ID, Item: it.ID, Question: it.Question, Options: it.Options,
		Answer: it.Answer, Asked: b.opts.Now(),
		Citation: Citation{Article: c.Article, Title: c.Title, Paragraph: c.Paragraph, Sentence: c.Sentence, Quote: c.Quote}})
	if err != nil {
		b.opts.Logger.Error("session store", "op", "quiz", "err", err)
		return r
	}
	b.quiz.mu.Lock()
	if b.quiz.rooms == nil {
		b.quiz.rooms = map[string]roomQuiz{}
	}
	if _, ok := b.quiz.rooms[m.Room]; !ok && len(b.quiz.rooms) >= b.opts.MaxConversations {
		for k := range b.quiz.rooms { // any one: map order is random
			delete(b.quiz.rooms, k)
			break
		}
	}
	b.quiz.rooms[m.Room] = roomQuiz{session: s.ID, item: it}
	b.quiz.mu.Unlock()
	r.Text += "\nCette question compte pour la séance : une réponse par élève, /score pour le classement."
	r.Body = r.Text
	r.Session = s.ID
	return r
}

// openSessionOf is the open session of a room; ErrNoSession if none (a
// store error is logged).
func (b *Bot) openSessionOf(ctx context.Context, room string) (Session, error) {
	key, err := b.roomKey(ctx, room)
	if err == nil {
		var s Session
		if s, err = b.store.OpenSession(ctx, key); err == nil {
			return s, nil
		}
	}
	if !errors.Is(err, ErrNoSession) {
		b.opts.Logger.Error("session store", "op", "quiz", "err", err)
	}
	return Session{}, err
}

// roomPending is the item the room's session was asked last, if any.
func (b *Bot) roomPending(room string) (quiz.Item, bool) {
	if room == "" {
		return quiz.Item{}, false
	}
	b.quiz.mu.Lock()
	defer b.quiz.mu.Unlock()
	rq, ok := b.quiz.rooms[room]
	return rq.item, ok
}

// forgetRoomQuiz drops a room's pending item once its session is over.
func (b *Bot) forgetRoomQuiz(room string) {
	b.quiz.mu.Lock()
	delete(b.quiz.rooms, room)
	b.quiz.mu.Unlock()
}

// recordAnswer records a student's answer to it in the room's open
// session. It returns the reply to send instead of the reveal when the
// student had already answered, and otherwise the session that recorded
// the answer ("" when none did).
func (b *Bot) recordAnswer(ctx context.Context, m Message, it quiz.Item, choice int) (session string, again *Reply) {
	if m.Room == "" {
		return "", nil
	}
	s, err := b.openSessionOf(ctx, m.Room)
	if err != nil {
		if rq, ok := b.roomPending(m.Room); ok && rq.ID == it.ID && errors.Is(err, ErrNoSession) {
			b.forgetRoomQuiz(m.Room)
		}
		return "", nil
	}
	// The round is asked again here when the item came from elsewhere (a
	// button of another replica, or asked before the session began).
	c := it.Citation
	round, err := b.store.AskQuiz(ctx, QuizRound{Session: s.ID, Item: it.ID, Question: it.Question, Options: it.Options,
		Answer: it.Answer, Asked: b.opts.Now(),
		Citation: Citation{Article: c.Article, Title: c.Title, Paragraph: c.Paragraph, Sentence: c.Sentence, Quote: c.Quote}})
	if err != nil {
		b.opts.Logger.Error("session store", "op", "quiz answer", "err", err)
		return "", nil
	}
	a := QuizAnswer{Round: round.ID, Student: pseudonym(s.Salt, m.Platform, m.UserID), Choice: choice,
		Right: choice == round.Answer, At: b.opts.Now()}
	if s.Names {
		a.Name = truncateRunes(cleanTitle(m.UserName), maxNameRunes-1)
	}
	first, err := b.store.AnswerQuiz(ctx, a)
	switch {
	case errors.Is(err, ErrAnswered):
		r := infoReply(fmt.Sprintf("Vous avez déjà répondu à cette question (%d) : seule la première réponse compte pour la séance. /score pour le classement.", first.Choice+1))
		r.Session = s.ID
		return "", &r
	case err != nil:
		b.opts.Logger.Error("session store", "op", "quiz answer", "err", err)
		return "", nil
	}
	return s.ID, nil
}

// QuizScore is one student's results in a session's quiz.
type QuizScore struct {
	// Label is how the export and the leaderboard name the student
	// ("élève 3", or "Élodie (élève 3)" when names were on).
	Label    string `json:"student"`
	Right    int    `json:"right"`
	Answered int    `json:"answered"`
	Rank     int    `json:"rank"`
	student  string
}

// QuizItemResult is how the class did on one quiz item.
type QuizItemResult struct {
	Item     string   `json:"item"`
	Question string   `json:"question"`
	Right    string   `json:"right_option"`
	Citation Citation `json:"citation"`
	Answered int      `json:"answered"`
	Correct  int      `json:"right"`
}

// Rate is the share of right answers, from 0 to 1 (0 with no answer).
func (r QuizItemResult) Rate() float64 {
	if r.Answered == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Answered)
}

// quizResults counts a session's rounds: each item's answers and right
// ones, and each student's score, best first (equal scores share a rank).
func quizResults(rounds []QuizRound, number map[string]int) ([]QuizItemResult, []QuizScore) {
	items := []QuizItemResult{}
	byStudent := map[string]*QuizScore{}
	for _, r := range rounds {
		res := QuizItemResult{Item: r.Item, Question: r.Question, Citation: r.Citation}
		if r.Answer >= 0 && r.Answer < len(r.Options) {
			res.Right = r.Options[r.Answer]
		}
		for _, a := range r.Answers {
			res.Answered++
			sc := byStudent[a.Student]
			if sc == nil {
				sc = &QuizScore{student: a.Student, Label: label(a.Student, a.Name, number)}
				byStudent[a.Student] = sc
			}
			sc.Answered++
			if a.Right {
				res.Correct++
				sc.Right++
			}
		}
		items = append(items, res)
	}
	scores := make([]QuizScore, 0, len(byStudent))
	for _, sc := range byStudent {
		scores = append(scores, *sc)
	}
	slices.SortFunc(scores, func(a, b QuizScore) int {
		return cmp.Or(cmp.Compare(b.Right, a.Right), cmp.Compare(a.Answered, b.Answered),
			cmp.Compare(number[a.student], number[b.student]))
	})
	for i := range scores {
		scores[i].Rank = i + 1
		if i > 0 && scores[i].Right == scores[i-1].Right && scores[i].Answered == scores[i-1].Answered {
			scores[i].Rank = scores[i-1].Rank
		}
	}
	return items, scores
}

// percent is a rate as "67 %".
func percent(right, n int) string {
	if n == 0 {
		return "—"
	}
	return fmt.Sprintf("%d %%", int(math.Round(float64(right)*100/float64(n))))
}

// leaderboardTop is how many students the summary's leaderboard shows.
const leaderboardTop = 3

// score runs /score: the leaderboard of the room's session (the open
// one, or else the last), and the asker's own line.
func (b *Bot) score(ctx context.Context, m Message) Reply {
	if m.Room == "" {
		return errorReply("Le classement est celui d'une séance en classe : lancez /quiz pendant une séance (/session aide).")
	}
	s, r, ok := b.pickSession(ctx, m, "")
	if !ok {
		return r
	}
	es, rounds, err := b.sessionRecords(ctx, s.ID)
	if err != nil {
		return b.storeError("score", err)
	}
	number := students(es, rounds)
	items, scores := quizResults(rounds, number)
	if len(items) == 0 {
		r = infoReply(fmt.Sprintf("Pas encore de quiz dans la séance « %s » : /quiz pose une question à la classe.", s.Title))
		r.Session = s.ID
		return r
	}
	var sb strings.Builder
	answers := 0
	for _, it := range items {
		answers += it.Answered
	}
	fmt.Fprintf(&sb, "Classement du quiz — séance « %s » (%d question(s), %d réponse(s)) :", s.Title, len(items), answers)
	if len(scores) == 0 {
		sb.WriteString("\n  personne n'a encore répondu.")
	}
	for _, sc := range scores {
		fmt.Fprintf(&sb, "\n  %d. %s — %d/%d", sc.Rank, sc.Label, sc.Right, sc.Answered)
	}
	me := pseudonym(s.Salt, m.Platform, m.UserID)
	for _, sc := range scores {
		if sc.student == me {
			fmt.Fprintf(&sb, "\nVous êtes %s : %d bonne(s) réponse(s) sur %d.", sc.Label, sc.Right, sc.Answered)
		}
	}
	r = infoReply(sb.String())
	r.Session = s.ID
	return r
}
