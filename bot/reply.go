package bot

import (
	"time"

	"github.com/citebot/citebot/quiz"
)

// Message is one incoming chat message, platform-neutral.
type Message struct {
	// Platform names the adapter ("console", "discord", "telegram", "http").
	Platform string
	// UserID identifies the sender within the platform; rate limits apply
	// per platform and user.
	UserID string
	// Conversation identifies the thread whose earlier questions a
	// follow-up refers to ("telegram:chat:42"); "" starts a fresh one.
	Conversation string
	// Text is what the user wrote, or a command ("/sources", "/quote Hague").
	Text string
	// Room is where a classroom session would run: the channel or group
	// ("discord:channel:7", "telegram:chat:-100"); "" where there is
	// none.
	Room string
	// Teacher is true when the sender may run session commands: the
	// adapter decides (Discord: Manage Messages or the configured role;
	// Telegram: group admins; console and HTTP API key: always).
	Teacher bool
	// UserName is the sender's display name, recorded only when the
	// teacher turns names on for the session.
	UserName string
	// OwnLimit says that the adapter limits this sender itself (an HTTP
	// API key has its own rate): the per-user limit is skipped.
	OwnLimit bool
}

// Kind says what a Reply is, so adapters can render it fittingly.
type Kind string

// The kinds of reply.
const (
	KindAnswer  Kind = "answer"  // an answer with citations
	KindAbstain Kind = "abstain" // the articles do not answer
	KindInfo    Kind = "info"    // help, sources, welcome
	KindError   Kind = "error"   // bad input, internal error
	// KindRateLimited: the user asked too often; an HTTP API answers 429.
	KindRateLimited Kind = "rate_limited"
	KindQuit        Kind = "quit" // the user ended the conversation
)

// Reply is the bot's neutral answer to one Message. Its JSON form is the
// answer object of the `citebot ask --json` contract (without id and
// question, which the caller adds).
type Reply struct {
	Kind Kind `json:"-"`
	// Answered is true when Citations support an answer from the articles.
	Answered bool `json:"answered"`
	// Answer is the short answer ("Joe Biden", "plus de 60"), "" if none.
	Answer string `json:"answer"`
	// Text is the whole reply in plain text, exactly as a console user
	// reads it: Body, then one line per citation.
	Text string `json:"text"`
	// Body is the reply without its citation lines, for adapters that
	// render citations themselves (Discord embeds, Telegram HTML).
	Body       string  `json:"-"`
	Confidence float64 `json:"confidence"`
	// Unsure is true when the matcher is not sure of the answer
	// (match.Answer.Unsure); Body says so.
	Unsure    bool       `json:"unsure,omitempty"`
	Citations []Citation `json:"citations"`
	// Actions are follow-ups the user may take, such as a "more sources"
	// button.
	Actions []Action `json:"actions,omitempty"`
	// Quiz is the item a KindQuiz reply asks, for adapters that render
	// quizzes natively (polls, buttons).
	Quiz *quiz.Item `json:"-"`
	// RetryAfter, on a KindRateLimited reply, is how long until the user
	// may send again.
	RetryAfter time.Duration `json:"-"`
	// Repeated, on a KindRateLimited reply, says that the user was already
	// refused since their last answered message: chat adapters stay
	// silent rather than repeat the refusal to every message.
	Repeated bool `json:"-"`
	// Session is the id of the classroom session the reply belongs to,
	// and Entry the id under which the question was recorded (for
	// feedback); both empty outside a session.
	Session string `json:"session,omitempty"`
	Entry   int64  `json:"entry,omitempty"`
	// Files are documents to attach (a session's export).
	Files []File `json:"-"`
}

// File is a document a reply carries, such as a session's export.
type File struct {
	Name string
	// Type is its media type ("text/csv; charset=utf-8").
	Type string
	Data []byte
}

// Citation points at one verbatim sentence of an article, or at a line
// it prints apart from its text (Part).
type Citation struct {
	Article   string `json:"article"`
	Title     string `json:"title"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	// Part, for a line printed apart from the text, says which: « titre »,
	// « intertitre », « rubrique » or « date » (knowledge.HeadingKind);
	// Paragraph is then the paragraph it stands above and Sentence 0.
	Part    string `json:"part,omitempty"`
	Quote   string `json:"quote"`
	Speaker string `json:"speaker,omitempty"`
	// URL and Date are the article's, from its front matter, when it has
	// them: adapters link the citation to its source.
	URL  string `json:"url,omitempty"`
	Date string `json:"date,omitempty"`
}

// Action is a follow-up a user can trigger with one click; adapters send
// Command back as the text of a new Message in the same conversation.
type Action struct {
	Label   string `json:"label"`
	Command string `json:"command"`
}
