package discord

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
)

// apology is what a user reads when answering failed on our side.
const apology = bot.Apology

// conversationKey is the default conversation of a user in a channel: a
// follow-up refers to that user's earlier questions there.
func conversationKey(channelID, userID string) string {
	return "discord:" + channelID + ":" + userID
}

func (a *Adapter) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	defer a.recoverEvent("ready")
	if r.Application != nil && r.Application.ID != "" {
		a.mu.Lock()
		a.appID = r.Application.ID
		a.mu.Unlock()
	}
	a.readyOnce.Do(func() { close(a.ready) })
	a.up(true)
}

func (a *Adapter) onConnect(_ *discordgo.Session, _ *discordgo.Connect) {
	a.log.Info("discord gateway session established")
}

// onResumed sees a dropped connection resumed: the bot is up again.
func (a *Adapter) onResumed(_ *discordgo.Session, _ *discordgo.Resumed) {
	a.up(true)
}

// onDisconnect sees every lost gateway connection; discordgo reconnects and
// resumes by itself, so this only logs and counts.
func (a *Adapter) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	if a.isStopping() {
		return
	}
	a.up(false)
	a.failed("gateway", fmt.Errorf("discord: gateway connection lost; reconnecting"))
}

// onRateLimit sees each 429 that discordgo waits out before retrying.
func (a *Adapter) onRateLimit(_ *discordgo.Session, r *discordgo.RateLimit) {
	retry := "unknown"
	if r.TooManyRequests != nil {
		retry = r.RetryAfter.String()
	}
	// r.URL is not logged: a webhook URL carries an interaction token.
	a.log.Warn("discord: rate limited; retrying", "retry_after", retry)
	if a.opts.Errors != nil {
		a.opts.Errors.PlatformError(platform, "rate_limit")
	}
}

// recoverEvent keeps a bug in one event from taking the process down:
// discordgo runs handlers in their own goroutines, where a panic is fatal.
func (a *Adapter) recoverEvent(event string) {
	if p := recover(); p != nil {
		a.failed("panic", fmt.Errorf("discord: panic handling %s: %v", event, p), "stack", string(debug.Stack()))
	}
}

// recoverMessage is recoverEvent for a message: the user who wrote it
// also gets the apology, in its channel.
func (a *Adapter) recoverMessage(mc *discordgo.MessageCreate) {
	p := recover()
	if p == nil {
		return
	}
	a.failed("panic", fmt.Errorf("discord: panic handling MESSAGE_CREATE: %v", p), "stack", string(debug.Stack()))
	if mc == nil || mc.Message == nil || mc.ChannelID == "" {
		return
	}
	ctx, cancel := a.answerContext()
	defer cancel()
	defer a.recoverEvent("apology")
	if _, err := a.sendMessage(ctx, mc.ChannelID, outMessage{Content: safeText(apology)}, nil); err != nil {
		a.log.Error("discord: apology not delivered", "channel", mc.ChannelID)
	}
}

// answer asks the Handler, turning a panic into an apology.
func (a *Adapter) answer(ctx context.Context, m bot.Message) (r bot.Reply) {
	defer func() {
		if p := recover(); p != nil {
			a.failed("panic", fmt.Errorf("discord: panic answering: %v", p), "conversation", m.Conversation, "stack", string(debug.Stack()))
			r = bot.Reply{Kind: bot.KindError, Text: apology, Body: apology}
		}
	}()
	return a.opts.Handler.Handle(ctx, m)
}

// answerContext bounds one answer. It does not end with Run's context:
// shutdown waits for answers under way rather than cutting them off.
func (a *Adapter) answerContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), a.opts.AnswerTimeout)
}

// onMessageCreate answers DMs, mentions of the bot and replies to its
// messages; it ignores every other message, and all bots, itself included.
func (a *Adapter) onMessageCreate(_ *discordgo.Session, mc *discordgo.MessageCreate) {
	defer a.recoverMessage(mc)
	text, conv, ok := a.route(mc.Message)
	if !ok {
		return
	}
	if !a.inflight.begin() {
		return
	}
	defer a.inflight.end()
	ctx, cancel := a.answerContext()
	defer cancel()

	msg := bot.Message{Platform: platform, UserID: mc.Author.ID, Conversation: conv, Text: text}
	a.withSession(ctx, &msg, mc.Message)
	reply := a.answer(ctx, msg)
	if reply.Kind == bot.KindRateLimited && reply.Repeated {
		// Told once already: a refusal per message would flood the channel.
		return
	}
	ref := &discordgo.MessageReference{MessageID: mc.ID, ChannelID: mc.ChannelID, GuildID: mc.GuildID, FailIfNotExists: new(false)}
	if a.postQuiz(ctx, reply, mc.ChannelID, nil, ref) {
		return
	}
	for i, out := range render(reply) {
		if i > 0 {
			ref = nil // the first part answers the question; the rest follow it
		}
		sent, err := a.sendMessage(ctx, mc.ChannelID, out, ref)
		if err != nil {
			a.log.Error("discord: answer not delivered", "channel", mc.ChannelID, "part", i+1)
			return
		}
		a.threads.remember(sent.ID, conv)
	}
	a.sendFiles(ctx, mc.ChannelID, reply.Files)
}

// route decides whether a message is for the bot, and returns the question
// and the conversation it belongs to.
func (a *Adapter) route(m *discordgo.Message) (text, conv string, ok bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == a.me.ID {
		return "", "", false
	}
	conv = conversationKey(m.ChannelID, m.Author.ID)
	replied := false
	if ref := m.MessageReference; ref != nil && ref.MessageID != "" {
		if c, known := a.threads.lookup(ref.MessageID); known {
			conv, replied = c, true
		} else if m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil && m.ReferencedMessage.Author.ID == a.me.ID {
			replied = true // ours, from before a restart: a fresh conversation
		}
	}
	dm := m.GuildID == ""
	mentioned := mentions(m, a.me.ID)
	if !dm && !mentioned && !replied {
		return "", "", false
	}
	text = strings.TrimSpace(stripMention(m.Content, a.me.ID))
	if text == "" {
		if !dm && !mentioned {
			// A reply whose text Discord withheld (no Message Content
			// intent) or that has none (a sticker): nothing to answer.
			return "", "", false
		}
		text = "/aide" // a bare "@citebot" asks what it can do
	}
	return text, conv, true
}

// mentions reports whether m mentions the bot by user.
func mentions(m *discordgo.Message, botID string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+botID+">") || strings.Contains(m.Content, "<@!"+botID+">")
}

// stripMention removes the bot's mentions from the text of a question.
func stripMention(s, botID string) string {
	s = strings.ReplaceAll(s, "<@!"+botID+">", " ")
	s = strings.ReplaceAll(s, "<@"+botID+">", " ")
	return strings.Join(strings.Fields(s), " ")
}

// onInteractionCreate answers slash commands, the message command, button
// clicks and /citer autocompletion.
func (a *Adapter) onInteractionCreate(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	defer a.recoverEvent("INTERACTION_CREATE")
	if ic.Interaction == nil {
		return
	}
	switch ic.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		a.autocomplete(ic.Interaction)
	case discordgo.InteractionApplicationCommand:
		text, err := commandText(ic.ApplicationCommandData())
		if errors.Is(err, errNoText) {
			a.notice(ic.Interaction, noText)
			return
		}
		if err != nil {
			a.log.Warn("discord: ignoring interaction", "err", err)
			return
		}
		a.answerInteraction(ic.Interaction, text, "")
	case discordgo.InteractionMessageComponent:
		if a.onQuizClick(ic.Interaction) {
			return
		}
		data := ic.MessageComponentData()
		cmd, ok := commandFromCustomID(data.CustomID)
		if !ok {
			return
		}
		if isFeedback(cmd) {
			a.answerFeedback(ic.Interaction, cmd)
			return
		}
		if ic.Message == nil {
			return
		}
		a.answerInteraction(ic.Interaction, cmd, data.CustomID)
	}
}

// interactionUser is who clicked or typed the command, in a guild or a DM.
func interactionUser(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// privateKind tells the replies only their asker sees (ephemeral): help,
// lists, errors and rate-limit notices are no business of the channel.
func privateKind(k bot.Kind) bool {
	return k == bot.KindInfo || k == bot.KindError || k == bot.KindRateLimited
}

// answerInteraction acknowledges at once, asks the Handler, and sends the
// answer. A slash command's acknowledgement ("citebot réfléchit…") is
// edited into the answer (further parts follow it); /aide is acknowledged
// privately at once, and a private reply to another command replaces the
// public acknowledgement with a private message. A button (button is its
// custom ID) continues the conversation of the message that holds it: it
// is disabled there, by editing that message, and the answer follows.
func (a *Adapter) answerInteraction(i *discordgo.Interaction, text, button string) {
	if !a.inflight.begin() {
		return
	}
	defer a.inflight.end()
	ctx, cancel := a.answerContext()
	defer cancel()

	user := interactionUser(i)
	conv := conversationKey(i.ChannelID, user)
	if button != "" {
		if c, ok := a.threads.lookup(i.Message.ID); ok {
			conv = c
		}
	}
	privateAck := button == "" && text == "/aide"
	if err := a.acknowledge(ctx, i, button != "", privateAck); err != nil {
		a.log.Error("discord: interaction not acknowledged; dropping it", "channel", i.ChannelID)
		return
	}
	if button != "" {
		a.disableButton(ctx, i, button)
	}
	msg := bot.Message{Platform: platform, UserID: user, Conversation: conv, Text: text}
	a.withInteractionSession(ctx, &msg, i)
	reply := a.answer(ctx, msg)
	if a.postQuiz(ctx, reply, i.ChannelID, i, nil) {
		return
	}
	private := privateAck || privateKind(reply.Kind)
	editFirst := button == "" && private == privateAck
	if button == "" && !editFirst {
		// The public "thinking…" cannot turn private: it goes, and the
		// reply comes as a private follow-up.
		a.deleteOriginal(ctx, i)
	}
	for n, out := range render(reply) {
		var sent *discordgo.Message
		var err error
		if n == 0 && editFirst {
			sent, err = a.editOriginal(ctx, i, out)
		} else {
			sent, err = a.followup(ctx, i, out, private)
		}
		if err != nil {
			a.log.Error("discord: answer not delivered", "channel", i.ChannelID, "part", n+1)
			return
		}
		if sent != nil && !private {
			a.threads.remember(sent.ID, conv)
		}
	}
	a.followupFiles(ctx, i, reply.Files)
}

// notice answers an interaction at once with a private message.
func (a *Adapter) notice(i *discordgo.Interaction, text string) {
	ctx, cancel := a.answerContext()
	defer cancel()
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: safeText(text), Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()},
	}
	if err := a.withRetry(ctx, "respond", func(opts ...discordgo.RequestOption) error {
		return a.session.InteractionRespond(i, resp, opts...)
	}); err != nil {
		a.log.Error("discord: notice not delivered", "channel", i.ChannelID)
	}
}

// autocomplete offers speaker names for /quote person:.
func (a *Adapter) autocomplete(i *discordgo.Interaction) {
	if !a.inflight.begin() {
		return
	}
	defer a.inflight.end()
	ctx, cancel := a.answerContext()
	defer cancel()
	var names []string
	if a.opts.Names != nil {
		names = a.opts.Names()
	}
	choices := suggest(focusedValue(i.ApplicationCommandData()), names)
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
	// No retry: an autocompletion is stale by the time a retry would land.
	if err := a.session.InteractionRespond(i, resp, discordgo.WithContext(ctx)); err != nil {
		a.failed("autocomplete", fmt.Errorf("discord: autocomplete: %w", err))
	}
}
