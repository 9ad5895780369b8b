package console

import (
	"cmp"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"strings"

	"github.com/citebot/citebot/adapters/platform"
	"github.com/citebot/citebot/bot"
)

// Handler answers one message; *bot.Bot is one.
type Handler = platform.Handler

// Console is one chat session over a pair of streams: the whole session is
// one conversation, so follow-up questions refer to the earlier ones.
type Console struct {
	Bot Handler
	In  io.Reader
	Out io.Writer
	// Welcome is printed once before the first question.
	Welcome string
	// Prompt is printed before each question: "> " on a terminal, "" when
	// the input is piped so that the output holds only replies.
	Prompt string
	// Conversation is the key of this chat's conversation in the bot's
	// store; "" is the constant Conversation. The bot keeps conversations
	// across restarts, so `citebot chat` gives each run its own
	// (NewConversation): a new chat must not resume an earlier one, whose
	// citations would make "Qu'a-t-il dit d'autre ?" answer that all was
	// said.
	Conversation string
	// ExportDir is where a session's export is written; "" is the
	// working directory.
	ExportDir string
	// Width, when it returns more than 0, wraps replies at that many
	// columns on word boundaries (a terminal's width, asked at each reply
	// since the window may be resized).
	Width func() int
}

// Identity of the console user towards the bot: one user, one conversation
// (by default; see Console.Conversation).
const (
	Platform     = "console"
	UserID       = "console"
	Conversation = "console"
)

// NewConversation is a conversation key of its own for one run of a chat.
func NewConversation() string { return Conversation + "-" + rand.Text() }

// Run chats until the input ends, the bot replies with bot.KindQuit, or ctx
// is done (then it returns ctx's error). It returns an error only when the
// output cannot be written or the input cannot be read.
func (c *Console) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // releases the reading goroutine if we stop first
	w := &errWriter{w: c.Out}
	if c.Welcome != "" {
		w.printf("%s\n\n", c.wrap(c.Welcome))
	}
	lines := platform.Lines(ctx, c.In, platform.MaxLine)
	who := student{conversation: cmp.Or(c.Conversation, Conversation)}
	for w.err == nil {
		w.printf("%s", c.Prompt)
		var l platform.Line
		var ok bool
		select {
		case l, ok = <-lines:
		case <-ctx.Done():
			w.printf("\n")
			return ctx.Err()
		}
		switch {
		case !ok:
			if c.Prompt != "" {
				w.printf("\n") // leave the shell's prompt on a line of its own
			}
			return w.err
		case l.Err != nil:
			return fmt.Errorf("console: read: %w", l.Err)
		case l.TooLong:
			w.printf("Votre message dépasse %d Kio : posez une question plus courte.\n\n", platform.MaxLine>>10)
			continue
		case strings.TrimSpace(l.Text) == "":
			continue
		}
		text := strings.ToValidUTF8(l.Text, "\uFFFD")
		if reply, ok := who.command(text); ok {
			w.printf("%s\n\n", c.wrap(reply))
			continue
		}
		r := c.Bot.Handle(ctx, who.message(text))
		w.printf("%s\n\n", c.wrap(Render(r)))
		if hasFeedback(r) {
			w.printf("%s\n\n", feedbackHint)
		}
		if len(r.Files) > 0 {
			w.printf("%s\n\n", writeFiles(c.ExportDir, r.Files))
		}
		if r.Kind == bot.KindQuit {
			break
		}
	}
	return w.err
}

// wrap wraps text at the terminal's width, when there is one.
func (c *Console) wrap(text string) string {
	if c.Width == nil {
		return text
	}
	return Wrap(text, c.Width())
}

// Render turns a reply into terminal text: the reply's Text without the
// control characters (escape sequences) that could reach it from an echoed
// question or an article and drive the user's terminal.
func Render(r bot.Reply) string {
	return strings.Map(func(c rune) rune {
		switch {
		case c == '\n' || c == '\t':
			return c
		case c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0):
			return -1
		}
		return c
	}, strings.TrimRight(r.Text, "\n"))
}

// errWriter keeps the first write error so the chat loop checks it once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	if _, err := fmt.Fprintf(e.w, format, args...); err != nil {
		e.err = fmt.Errorf("console: write: %w", err)
	}
}
