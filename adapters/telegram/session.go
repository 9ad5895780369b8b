package telegram

import (
	"context"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

// maxToast bounds the text of a button press's notification (Telegram
// allows 200 characters).
const maxToast = 200

// room is where a chat's classroom session runs: the chat itself.
func room(chat *tgbotapi.Chat) string {
	return "telegram:chat:" + strconv.FormatInt(chat.ID, 10)
}

// displayName is what a member is called, should the teacher turn names
// on for a session.
func displayName(u *tgbotapi.User) string {
	return strings.TrimSpace(u.FirstName + " " + u.LastName)
}

// isFeedback reports whether a button's command is a 👍 or 👎.
func isFeedback(data string) bool {
	return strings.HasPrefix(data, "/bien ") || strings.HasPrefix(data, "/faux ")
}

// teacher reports whether user may run session commands in chat: anyone
// in a private chat, a group's creator and administrators in a group
// (getChatMember). A failed call refuses, and is logged.
func (a *Adapter) teacher(ctx context.Context, chat *tgbotapi.Chat, user *tgbotapi.User) bool {
	if chat.IsPrivate() {
		return true
	}
	cfg := tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: chat.ID, UserID: user.ID}}
	var member tgbotapi.ChatMember
	_, err := a.call(ctx, "getChatMember", func() (*tgbotapi.APIResponse, error) {
		var err error
		member, err = a.api.GetChatMember(cfg)
		return nil, err
	})
	if err != nil {
		a.log.Warn("telegram: cannot tell whether a member is a group admin; refusing the session command", "err", err)
		return false
	}
	return member.IsCreator() || member.IsAdministrator()
}

// sessionMessage adds to msg what sessions need: the room, the sender's
// name, and, for a session command, whether the sender is a teacher. A
// student who joined a web class asks in the class's room, never as its
// teacher (the teacher's controls are on the web page); notice tells them
// when that class has ended since.
func (a *Adapter) sessionMessage(ctx context.Context, msg *bot.Message, chat *tgbotapi.Chat, from *tgbotapi.User) (notice string) {
	msg.Room = room(chat)
	msg.UserName = displayName(from)
	class, notice := a.classRoom(ctx, chat, from)
	if class != "" {
		msg.Room = class
		return notice
	}
	if bot.NeedsTeacher(msg.Text) {
		msg.Teacher = a.teacher(ctx, chat, from)
	}
	return notice
}

// feedback records a 👍 or 👎 button press and tells the presser in a
// notification, not a message: a class voting would flood the group.
// The buttons stay, for the other members.
func (a *Adapter) feedback(ctx context.Context, cq *tgbotapi.CallbackQuery, msg bot.Message) {
	var r bot.Reply
	a.queue.answering(func() { r = a.opts.Handler.Handle(ctx, msg) })
	text := []rune(r.Text)
	if len(text) > maxToast {
		text = append(text[:maxToast-1], '…')
	}
	if _, err := a.request(ctx, tgbotapi.NewCallback(cq.ID, string(text)), "answerCallbackQuery"); err != nil {
		a.log.Warn("telegram: feedback not acknowledged", "err", err)
	}
}

// sendFiles sends a reply's files (a session's export) as documents.
func (a *Adapter) sendFiles(ctx context.Context, out outgoing, files []bot.File) {
	for _, f := range files {
		if err := a.pace.wait(ctx, out.chat); err != nil {
			a.reportSend(err)
			return
		}
		_, err := a.request(ctx, document(out, f), "sendDocument")
		if to := migratedTo(err); to != 0 && to != out.chat {
			// The group became a supergroup: the files go there, as
			// answers do (sendHTML).
			a.log.Info("telegram: group migrated to a supergroup; sending the files there", "from", out.chat, "to", to)
			a.migrate(ctx, out.chat, to)
			out.chat, out.replyTo = to, 0
			_, err = a.request(ctx, document(out, f), "sendDocument")
		}
		if err != nil {
			a.reportSend(err)
		}
	}
}

// document is one file of a reply, as a document message.
func document(out outgoing, f bot.File) tgbotapi.DocumentConfig {
	doc := tgbotapi.NewDocument(out.chat, tgbotapi.FileBytes{Name: f.Name, Bytes: f.Data})
	doc.ReplyToMessageID = out.replyTo
	doc.AllowSendingWithoutReply = true
	return doc
}
