package bot

import (
	"context"
	"errors"
)

// Store keeps what the bot must remember between messages, by key. The
// bot declares here what it needs; a storage backend (memory, SQLite,
// PostgreSQL) implements it. Implementations must be safe for concurrent
// use; the bot itself serialises the messages of one conversation, so a
// Load and the Save that follows it are never interleaved with another
// message of the same key.
type Store interface {
	// LoadConversation returns the state saved under key, and
	// ErrNotFound when there is none (a fresh conversation).
	LoadConversation(ctx context.Context, key string) (ConversationState, error)
	// SaveConversation replaces the state saved under key.
	SaveConversation(ctx context.Context, key string, st ConversationState) error
	// MoveConversation moves the state saved under from to to, unless to
	// already has one (then from's is dropped: the newer place wins); it
	// reports whether a state moved. No state under from is no error.
	MoveConversation(ctx context.Context, from, to string) (bool, error)
	// SessionStore keeps classroom sessions.
	SessionStore
}

// ErrNotFound is what a Store returns for a key it does not hold.
var ErrNotFound = errors.New("bot: not found")

// ConversationState is a conversation as a Store keeps it: plain IDs that
// name what the articles hold (article IDs, paragraph and sentence
// numbers, entity names), never pointers into a loaded Base, so that it
// survives a restart and serialises to JSON as is. A reference the
// current articles no longer hold is ignored when the state is read back.
type ConversationState struct {
	// Turns counts the questions asked so far.
	Turns int `json:"turns"`
	// Article is the ID of the article the last answer cited.
	Article string `json:"article,omitempty"`
	// Last are the sentences the last answer cited.
	Last []SentenceRef `json:"last,omitempty"`
	// Focus is the person or thing in focus ("il", "elle", "lui").
	Focus *EntityRef `json:"focus,omitempty"`
	// Cited are the sentences cited so far, oldest first, at most
	// maxCited of them.
	Cited []SentenceRef `json:"cited,omitempty"`
	// More are the further sources of the last answer, for "/plus".
	More []SentenceRef `json:"more,omitempty"`
	// Entry is the classroom session entry of the last answer, for
	// feedback ("/bien"); 0 outside a session.
	Entry int64 `json:"entry,omitempty"`
	// Question is the last question asked, for an elliptical follow-up
	// (« Et Cameron ? ») to ask again.
	Question string `json:"question,omitempty"`
}

// SentenceRef names one sentence the way a citation does.
type SentenceRef struct {
	Article string `json:"article"`
	// Paragraph and Sentence count from 1, as in citations.
	Paragraph int `json:"paragraph"`
	Sentence  int `json:"sentence"`
}

// EntityRef names one entity of an article by its full name.
type EntityRef struct {
	Article string `json:"article"`
	Name    string `json:"name"`
}

// maxCited bounds the cited sentences a conversation remembers (the
// oldest are forgotten first): a conversation's state stays small however
// long it runs.
const maxCited = 256

// size estimates the bytes the state holds, for a store's memory bound.
func (st *ConversationState) size() int {
	const ref = 48 // a SentenceRef's or EntityRef's fixed part
	n := 64 + len(st.Article) + len(st.Question)
	for _, refs := range [][]SentenceRef{st.Last, st.Cited, st.More} {
		for _, r := range refs {
			n += ref + len(r.Article)
		}
	}
	if st.Focus != nil {
		n += ref + len(st.Focus.Article) + len(st.Focus.Name)
	}
	return n
}
