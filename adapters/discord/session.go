package discord

import (
	"context"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
)

// room is where a channel's classroom session runs: the channel.
func room(channelID string) string { return "discord:channel:" + channelID }

// teacher reports whether a member may run session commands: in a DM
// always; in a server, with Manage Messages in the channel (or
// Administrator), or the configured role. perms is what Discord computed
// for the member in the channel, when it says (interactions); otherwise
// they are computed from the gateway's cache or, failing that, asked of
// the REST API (channel, server, member): only session commands pay that.
func (a *Adapter) teacher(ctx context.Context, guildID, channelID, userID string, member *discordgo.Member, perms int64) bool {
	if guildID == "" {
		return true
	}
	if member != nil && a.opts.TeacherRole != "" && slices.Contains(member.Roles, a.opts.TeacherRole) {
		return true
	}
	if perms == 0 {
		p, err := a.session.UserChannelPermissions(userID, channelID, discordgo.WithContext(ctx))
		if err != nil {
			a.log.Warn("discord: cannot tell whether a member may manage messages; refusing the session command", "channel", channelID)
			return false
		}
		perms = p
	}
	return perms&(discordgo.PermissionManageMessages|discordgo.PermissionAdministrator) != 0
}

// displayName is what a member is called in the server.
func displayName(m *discordgo.Member, u *discordgo.User) string {
	switch {
	case m != nil && m.Nick != "":
		return m.Nick
	case u != nil && u.GlobalName != "":
		return u.GlobalName
	case u != nil:
		return u.Username
	}
	return ""
}

// withSession adds to msg, a message written in a channel, what sessions
// need: the room, the author's name, and whether they are a teacher.
func (a *Adapter) withSession(ctx context.Context, msg *bot.Message, m *discordgo.Message) {
	msg.Room = room(m.ChannelID)
	msg.UserName = displayName(m.Member, m.Author)
	if bot.NeedsTeacher(msg.Text) {
		msg.Teacher = a.teacher(ctx, m.GuildID, m.ChannelID, m.Author.ID, m.Member, 0)
	}
}

// withInteractionSession is withSession for a slash command or a button.
func (a *Adapter) withInteractionSession(ctx context.Context, msg *bot.Message, i *discordgo.Interaction) {
	msg.Room = room(i.ChannelID)
	var u *discordgo.User
	var perms int64
	if i.Member != nil {
		u, perms = i.Member.User, i.Member.Permissions
	} else {
		u = i.User
	}
	msg.UserName = displayName(i.Member, u)
	if bot.NeedsTeacher(msg.Text) {
		msg.Teacher = a.teacher(ctx, i.GuildID, i.ChannelID, msg.UserID, i.Member, perms)
	}
}

// attachments are a reply's files for discordgo.
func attachments(files []bot.File) []*discordgo.File {
	out := make([]*discordgo.File, len(files))
	for i, f := range files {
		out[i] = &discordgo.File{Name: f.Name, ContentType: f.Type, Reader: strings.NewReader(string(f.Data))}
	}
	return out
}

// sendFiles posts a reply's files (a session's export) in the channel,
// after the reply.
func (a *Adapter) sendFiles(ctx context.Context, channelID string, files []bot.File) {
	if len(files) == 0 {
		return
	}
	err := a.withRetry(ctx, "send", func(opts ...discordgo.RequestOption) error {
		_, err := a.session.ChannelMessageSendComplex(channelID, &discordgo.MessageSend{
			Files: attachments(files), AllowedMentions: noMentions(),
		}, opts...)
		return err
	})
	if err != nil {
		a.log.Error("discord: export not delivered", "channel", channelID)
	}
}

// followupFiles sends a reply's files as a further message of an
// interaction's answer.
func (a *Adapter) followupFiles(ctx context.Context, i *discordgo.Interaction, files []bot.File) {
	if len(files) == 0 {
		return
	}
	err := a.withRetry(ctx, "followup", func(opts ...discordgo.RequestOption) error {
		_, err := a.session.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
			Files: attachments(files), AllowedMentions: noMentions(),
		}, opts...)
		return err
	})
	if err != nil {
		a.log.Error("discord: export not delivered", "channel", i.ChannelID)
	}
}

// isFeedback reports whether a button's command is a 👍 or 👎.
func isFeedback(cmd string) bool {
	return strings.HasPrefix(cmd, "/bien ") || strings.HasPrefix(cmd, "/faux ")
}

// answerFeedback records a 👍 or 👎 click and thanks the clicker in a
// message only they see: a class voting would flood the channel.
func (a *Adapter) answerFeedback(i *discordgo.Interaction, cmd string) {
	if !a.inflight.begin() {
		return
	}
	defer a.inflight.end()
	ctx, cancel := a.answerContext()
	defer cancel()
	user := interactionUser(i)
	msg := bot.Message{Platform: platform, UserID: user, Conversation: conversationKey(i.ChannelID, user), Text: cmd}
	a.withInteractionSession(ctx, &msg, i)
	reply := a.answer(ctx, msg)
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content: safeText(reply.Text), Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
		},
	}
	err := a.withRetry(ctx, "respond", func(opts ...discordgo.RequestOption) error {
		return a.session.InteractionRespond(i, resp, opts...)
	})
	if err != nil {
		a.log.Error("discord: feedback not acknowledged", "channel", i.ChannelID)
	}
}
