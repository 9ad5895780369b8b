package bot

import (
	"context"
	"errors"
	"time"
)

// SessionStore keeps classroom sessions: what bot needs to record a
// session's questions and feedback, find a question already asked,
// summarise and export a session, and forget it. adapters/sqlite and
// adapters/postgres implement it; storetest is its conformance suite.
//
// The store never sees a platform user id: rooms and students arrive as
// keyed hashes computed by bot.
type SessionStore interface {
	// Secret is the store's own random key, created once with the schema
	// and shared by every process that uses the store, for keyed hashes.
	Secret(ctx context.Context) ([]byte, error)
	// StartSession saves a new open session. ErrSessionOpen: the room
	// already has one (that one is returned).
	StartSession(ctx context.Context, s Session) (Session, error)
	// OpenSession is the room's open session; ErrNoSession if none.
	OpenSession(ctx context.Context, room string) (Session, error)
	// LastSession is the room's most recent session, open or ended;
	// ErrNoSession if none.
	LastSession(ctx context.Context, room string) (Session, error)
	// Session is the session with that id; ErrNoSession if none.
	Session(ctx context.Context, id string) (Session, error)
	// EndSession closes an open session at the given time and returns it;
	// ErrNoSession if it does not exist or has already ended.
	EndSession(ctx context.Context, id string, at time.Time) (Session, error)
	// ShowNames turns display names on or off for a session's next
	// questions.
	ShowNames(ctx context.Context, id string, on bool) error
	// Record saves one question and its answer, durably, and returns it
	// with its ID and, when an earlier entry of the session has the same
	// Similar key, RepeatOf set to the first such entry and Times to how
	// many entries share the key (this one included).
	Record(ctx context.Context, e Entry) (Entry, error)
	// Entry is one recorded entry; ErrNoEntry if none.
	Entry(ctx context.Context, id int64) (Entry, error)
	// Vote records a student's feedback on an entry, replacing that
	// student's earlier vote on it. ErrNoEntry if the entry is gone.
	Vote(ctx context.Context, v Vote) error
	// Entries lists a session's entries with an ID above after, oldest
	// first, at most limit of them (limit <= 0: all), with their votes
	// counted.
	Entries(ctx context.Context, session string, after int64, limit int) ([]Entry, error)
	// ForgetSession deletes a session and everything recorded in it.
	ForgetSession(ctx context.Context, id string) error
	// AskQuiz records a quiz item asked in a session and returns its
	// round with its ID; the same item asked again in the session is the
	// same round (the first one is returned). ErrNoSession if the session
	// is gone.
	AskQuiz(ctx context.Context, r QuizRound) (QuizRound, error)
	// AnswerQuiz records a student's answer to a round. A student answers
	// a round once: a second answer is refused with ErrAnswered and the
	// first one returned. ErrNoRound if the round is gone.
	AnswerQuiz(ctx context.Context, a QuizAnswer) (QuizAnswer, error)
	// QuizRounds lists a session's rounds, oldest first, each with its
	// answers in the order they came.
	QuizRounds(ctx context.Context, session string) ([]QuizRound, error)
	// Purge deletes the sessions started before the given time and
	// everything recorded in them; it returns how many went. A durable
	// store also deletes the conversations idle since then.
	Purge(ctx context.Context, before time.Time) (int, error)
	// MoveRoom moves every session of room from, open or ended, to room
	// to, at once (a Telegram group that became a supergroup lives on
	// under a new id). ErrSessionOpen: both rooms have an open session,
	// and nothing moved. It returns how many sessions moved.
	MoveRoom(ctx context.Context, from, to string) (int, error)
}

// Errors a SessionStore returns.
var (
	ErrNoSession   = errors.New("no such session")
	ErrSessionOpen = errors.New("a session is already open here")
	ErrNoEntry     = errors.New("no such question")
	ErrNoRound     = errors.New("no such quiz round")
	ErrAnswered    = errors.New("this student already answered this quiz item")
)

// Session is one classroom Q&A session in one room (a Discord channel, a
// Telegram group, the console).
type Session struct {
	ID string
	// Room is the keyed hash of the room the session runs in.
	Room     string
	Platform string
	Title    string
	// Salt makes student pseudonyms differ from one session to the next.
	Salt []byte
	// Names: the teacher turned display names on.
	Names     bool
	StartedAt time.Time
	// EndedAt is zero while the session is open.
	EndedAt time.Time
}

// Open reports whether the session is still running.
func (s Session) Open() bool { return s.EndedAt.IsZero() }

// Entry is one question asked during a session, with the answer given.
type Entry struct {
	ID      int64  `json:"id"`
	Session string `json:"session"`
	// Student is the asker's pseudonym (a salted hash); Name is their
	// display name, kept only when the session's names are on.
	Student string    `json:"student"`
	Name    string    `json:"name,omitempty"`
	Asked   time.Time `json:"asked_at"`
	// Question is what the student wrote; the rest is the reply.
	Question   string  `json:"question"`
	Answered   bool    `json:"answered"`
	Answer     string  `json:"answer"`
	Body       string  `json:"text"`
	Confidence float64 `json:"confidence"`
	// Unsure is true when the reply said it was not sure of the answer.
	Unsure    bool       `json:"unsure,omitempty"`
	Citations []Citation `json:"citations"`
	// Similar is what makes two questions one ("answer|number|a1#p3s1|…"):
	// the kind asked and the cited sentence, or the analysed words of an
	// abstained question.
	Similar string `json:"-"`
	// RepeatOf is the first entry of the session with the same Similar
	// key (0: this is the first), Times how many share it so far.
	RepeatOf int64 `json:"repeat_of,omitempty"`
	Times    int   `json:"-"`
	// Up and Down count the feedback votes (filled by Entries).
	Up   int `json:"up"`
	Down int `json:"down"`
}

// Vote is one student's feedback on an answer.
type Vote struct {
	Entry   int64
	Student string
	Up      bool
	At      time.Time
}

// QuizRound is one quiz item asked during a session, as it was asked (the
// generator may change with the articles; the record does not).
type QuizRound struct {
	ID      int64
	Session string
	// Item is the quiz item's id; Question, Options, Answer (the right
	// option's index) and Citation are the item as asked.
	Item     string
	Question string
	Options  []string
	Answer   int
	Citation Citation
	Asked    time.Time
	// Answers are the students' answers, in the order they came (filled
	// by QuizRounds).
	Answers []QuizAnswer
}

// QuizAnswer is one student's answer to a round.
type QuizAnswer struct {
	Round int64
	// Student is the pseudonym; Name the display name, kept only when
	// the session's names are on.
	Student string
	Name    string
	Choice  int
	Right   bool
	At      time.Time
}
