package telegram

import (
	"context"
	"runtime/debug"
	"strconv"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

// apology is what a user reads when answering failed inside citebot.
const apology = bot.Apology

// askPrompt answers "/ask" sent alone (as the command menu does): the
// force-reply makes the user's next message a reply to the bot, which
// reaches the bot even in a group with privacy mode on.
const askPrompt = "Quelle est votre question ?"

// dispatch routes one update to its chat's queue; done is called once the
// update is answered, or needs no answer, or its answer was given up. It
// reports false, without calling done, when the adapter is shutting down
// and did not take the update.
//
// A panic while reading the update (a malformed entity, say) is logged
// with its stack and answered with the apology, and the update counts as
// handled: a poison update must not come back after every restart.
func (a *Adapter) dispatch(u tgbotapi.Update, done func()) (taken bool) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("telegram: panic while reading an update", "update_id", u.UpdateID, "panic", p, "stack", string(debug.Stack()))
			a.platformError("panic")
			taken = a.apologise(u, done)
		}
	}()
	switch {
	case u.Message != nil && u.Message.Chat != nil && (u.Message.MigrateToChatID != 0 || u.Message.MigrateFromChatID != 0):
		return a.onMigration(u.Message, done)
	case u.Message != nil:
		return a.onMessage(u.Message, done)
	case u.CallbackQuery != nil:
		return a.onCallback(u.CallbackQuery, done)
	case u.PollAnswer != nil:
		return a.onPollAnswer(u.PollAnswer, done)
	case u.InlineQuery != nil:
		return a.onInline(u.InlineQuery, done)
	}
	// Edited messages, channel posts, joins, polls: nothing to answer.
	done()
	return true
}

// apologise sends the apology to the chat of an update that could not be
// read, when it has one.
func (a *Adapter) apologise(u tgbotapi.Update, done func()) bool {
	m := u.Message
	if m == nil && u.CallbackQuery != nil {
		m = u.CallbackQuery.Message
	}
	if m == nil || m.Chat == nil {
		done()
		return true
	}
	out := outgoing{chat: m.Chat.ID}
	if !m.Chat.IsPrivate() {
		out.replyTo = m.MessageID
	}
	return a.queue.submit(m.Chat.ID, func() {
		defer done()
		a.reportSend(a.sendHTML(context.Background(), out, []string{escape(apology)}, apology))
	})
}

func (a *Adapter) onMessage(m *tgbotapi.Message, done func()) bool {
	what, text := route(a.self, m)
	if what == ignore {
		done()
		return true
	}
	out := outgoing{chat: m.Chat.ID}
	if !m.Chat.IsPrivate() {
		out.replyTo = m.MessageID
	}
	msg := bot.Message{
		Platform:     Platform,
		UserID:       strconv.FormatInt(m.From.ID, 10),
		Conversation: conversation(m.Chat, m.From),
		Text:         text,
	}
	return a.queue.submit(m.Chat.ID, func() {
		defer done()
		ctx := context.Background()
		defer a.recoverAndApologise(ctx, out)
		if what == prompt {
			out.markup = tgbotapi.ForceReply{ForceReply: true, Selective: true, InputFieldPlaceholder: "Votre question"}
			a.reportSend(a.sendHTML(ctx, out, []string{askPrompt}, askPrompt))
			return
		}
		if what == join || what == class {
			a.classCommand(ctx, out, m.Chat, m.From, what, text)
			return
		}
		a.followConversation(ctx, m.Chat, m.From)
		if notice := a.sessionMessage(ctx, &msg, m.Chat, m.From); notice != "" {
			a.reportSend(a.sendHTML(ctx, outgoing{chat: out.chat, replyTo: out.replyTo}, []string{escape(notice)}, notice))
		}
		a.answer(ctx, out, msg)
	})
}

// onCallback handles a button press: the button's command is a new
// message from the presser, in the conversation of the answer that holds
// the button. In a group that answer replies to its question, whose
// author owns the conversation, so "Plus de sources" pressed by anyone
// gives the sources of that answer.
func (a *Adapter) onCallback(cq *tgbotapi.CallbackQuery, done func()) bool {
	ctx := context.Background()
	// Every press is answered, first: the user's client shows a spinner
	// until then.
	ack := func() {
		if _, err := a.request(ctx, tgbotapi.NewCallback(cq.ID, ""), "answerCallbackQuery"); err != nil {
			a.log.Warn("telegram: button press not acknowledged", "err", err)
		}
	}
	m := cq.Message
	if m == nil || m.Chat == nil || cq.From == nil || len(cq.Data) < 2 || cq.Data[0] != '/' {
		ack()
		done()
		return true
	}
	out := outgoing{chat: m.Chat.ID}
	if !m.Chat.IsPrivate() {
		out.replyTo = m.MessageID
	}
	asker := cq.From
	if q := m.ReplyToMessage; q != nil && q.From != nil && !q.From.IsBot {
		asker = q.From
	}
	msg := bot.Message{
		Platform:     Platform,
		UserID:       strconv.FormatInt(cq.From.ID, 10),
		Conversation: conversation(m.Chat, asker),
		Text:         cq.Data,
	}
	// A quiz button in a group answers the presser alone, and stays for
	// the others: the class answers one after the other.
	if isFeedback(cq.Data) || isQuizAnswer(cq.Data) && !m.Chat.IsPrivate() {
		return a.queue.submit(m.Chat.ID, func() {
			defer done()
			defer a.recoverAndApologise(ctx, out)
			a.sessionMessage(ctx, &msg, m.Chat, cq.From)
			a.feedback(ctx, cq, msg)
		})
	}
	// Acknowledged at once, not when the chat's queue reaches the press:
	// the spinner stops while the answer waits its turn.
	ack()
	return a.queue.submit(m.Chat.ID, func() {
		defer done()
		defer a.recoverAndApologise(ctx, out)
		a.sessionMessage(ctx, &msg, m.Chat, cq.From)
		// The button has done its work; taking it away stops a second
		// press from repeating the same sources.
		empty := tgbotapi.NewInlineKeyboardMarkup()
		empty.InlineKeyboard = [][]tgbotapi.InlineKeyboardButton{}
		if _, err := a.request(ctx, tgbotapi.NewEditMessageReplyMarkup(m.Chat.ID, m.MessageID, empty), "editMessageReplyMarkup"); err != nil {
			a.log.Debug("telegram: button not removed", "err", err)
		}
		a.answer(ctx, out, msg)
	})
}

// answer asks the handler, in one of the answering slots, and sends its
// reply without holding the slot.
func (a *Adapter) answer(ctx context.Context, out outgoing, msg bot.Message) {
	var r bot.Reply
	a.queue.answering(func() { r = a.opts.Handler.Handle(ctx, msg) })
	if r.Kind == bot.KindRateLimited && r.Repeated {
		// Told once already: a refusal per message would flood the chat.
		a.log.Debug("telegram: message of a limited user left unanswered", "chat", out.chat)
		return
	}
	if r.Quiz != nil {
		a.sendQuiz(ctx, out, r)
		return
	}
	if kb := keyboard(r.Actions); kb != nil {
		out.markup = *kb
	}
	html := renderHTML(r, MaxMessageLength)
	if len(html) == 0 {
		html = []string{escape(apology)}
	}
	a.reportSend(a.sendHTML(ctx, out, html, r.Text))
	a.sendFiles(ctx, out, r.Files)
}

// keyboard turns the reply's actions into inline buttons; Telegram caps
// callback data at 64 bytes, so longer commands are left out.
func keyboard(actions []bot.Action) *tgbotapi.InlineKeyboardMarkup {
	var row []tgbotapi.InlineKeyboardButton
	for _, act := range actions {
		if act.Label == "" || act.Command == "" || len(act.Command) > 64 {
			continue
		}
		row = append(row, tgbotapi.NewInlineKeyboardButtonData(act.Label, act.Command))
	}
	if len(row) == 0 {
		return nil
	}
	kb := tgbotapi.NewInlineKeyboardMarkup(row)
	return &kb
}

func (a *Adapter) reportSend(err error) {
	if err != nil {
		a.log.Error("telegram: reply not delivered", "err", err)
	}
}

// recoverAndApologise turns a panic in this adapter into a log line and a
// short apology; the bot recovers its own panics.
func (a *Adapter) recoverAndApologise(ctx context.Context, out outgoing) {
	p := recover()
	if p == nil {
		return
	}
	a.log.Error("telegram: panic while answering", "panic", p, "stack", string(debug.Stack()))
	a.platformError("panic")
	out.markup = nil
	a.reportSend(a.sendHTML(ctx, out, []string{escape(apology)}, apology))
}
