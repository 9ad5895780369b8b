package discord

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// noMentions lets no message ping anyone: not @everyone, not a role, not a
// user, not even the author of the message replied to. It serialises as
// "parse":[], which Discord reads as "none", unlike an absent field.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// withRetry runs one REST call, trying it again after a 5xx or a network
// error (discordgo already waits out 429s and retries 502s), with a doubling
// wait. Every failure is logged and reported; the last one is returned.
func (a *Adapter) withRetry(ctx context.Context, op string, call func(opts ...discordgo.RequestOption) error) error {
	wait := a.opts.RetryBackoff
	for attempt := 0; ; attempt++ {
		err := call(discordgo.WithContext(ctx))
		if err == nil {
			return nil
		}
		err = fmt.Errorf("discord: %s: %w", op, redact(err))
		a.failed(op, err, "attempt", attempt+1)
		if attempt >= a.opts.Retries || !retryable(ctx, err) {
			return err
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return err
		}
		wait *= 2
	}
}

// redact hides the interaction token that webhook and callback URLs carry
// from the network errors that quote their URL, since errors are logged.
// (The bot token is never in a URL.)
func redact(err error) error {
	ue, ok := err.(*url.Error)
	if !ok {
		return err
	}
	c := *ue
	c.URL = redactURL(ue.URL)
	return &c
}

// redactURL replaces the segment after webhooks/<app>/ or
// interactions/<id>/ with "<token>".
func redactURL(u string) string {
	parts := strings.Split(u, "/")
	for i := 0; i+2 < len(parts); i++ {
		if parts[i] == "webhooks" || parts[i] == "interactions" {
			parts[i+2] = "<token>"
			break
		}
	}
	return strings.Join(parts, "/")
}

// retryable says whether trying again may help: Discord's own trouble (5xx)
// or the network's, but not a request Discord refused.
func retryable(ctx context.Context, err error) bool {
	if ctx.Err() != nil {
		return false
	}
	if statusOf(err) >= 500 {
		return true
	}
	var ue *url.Error
	return errors.As(err, &ue)
}

// messageCreate is discordgo's MessageSend plus the nonce it lacks: with
// enforce_nonce Discord creates the message once however often a retry after
// a 5xx sends it.
type messageCreate struct {
	*discordgo.MessageSend
	Nonce        string `json:"nonce,omitempty"`
	EnforceNonce bool   `json:"enforce_nonce,omitempty"`
}

// newNonce returns a fresh nonce (Discord takes up to 25 characters).
func newNonce() string {
	var b [12]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// sendMessage posts m in a channel, as a reply to ref when it is set.
func (a *Adapter) sendMessage(ctx context.Context, channelID string, m outMessage, ref *discordgo.MessageReference) (*discordgo.Message, error) {
	data := messageCreate{
		MessageSend: &discordgo.MessageSend{
			Content:         m.Content,
			Embeds:          m.Embeds,
			Components:      m.Components,
			AllowedMentions: noMentions(),
			Reference:       ref,
		},
		Nonce:        newNonce(),
		EnforceNonce: true,
	}
	endpoint := discordgo.EndpointChannelMessages(channelID)
	var sent discordgo.Message
	err := a.withRetry(ctx, "send", func(opts ...discordgo.RequestOption) error {
		body, err := a.session.RequestWithBucketID("POST", endpoint, data, endpoint, opts...)
		if err != nil {
			return err
		}
		if err := discordgo.Unmarshal(body, &sent); err != nil {
			return fmt.Errorf("decode sent message: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &sent, nil
}

// acknowledge answers an interaction at once: Discord drops interactions
// not answered within three seconds, and an answer may take longer. A
// command shows "citebot is thinking…" (to its user alone when private),
// which the answer then edits; a button press is acknowledged without a
// new message (the answer follows it).
func (a *Adapter) acknowledge(ctx context.Context, i *discordgo.Interaction, button, private bool) error {
	resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if button {
		resp.Type = discordgo.InteractionResponseDeferredMessageUpdate
	}
	if private {
		resp.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	return a.withRetry(ctx, "respond", func(opts ...discordgo.RequestOption) error {
		return a.session.InteractionRespond(i, resp, opts...)
	})
}

// disableButton edits the message holding a pressed button so that the
// button shows as used and cannot be pressed again; its other buttons stay.
// A failure is logged: the answer matters more.
func (a *Adapter) disableButton(ctx context.Context, i *discordgo.Interaction, customID string) {
	comps := disabled(i.Message.Components, customID)
	edit := &discordgo.WebhookEdit{Components: &comps, AllowedMentions: noMentions()}
	if err := a.withRetry(ctx, "edit", func(opts ...discordgo.RequestOption) error {
		_, err := a.session.InteractionResponseEdit(i, edit, opts...)
		return err
	}); err != nil {
		a.log.Warn("discord: used button not disabled", "channel", i.ChannelID)
	}
}

// disabled returns rows with the button customID disabled.
func disabled(rows []discordgo.MessageComponent, customID string) []discordgo.MessageComponent {
	out := make([]discordgo.MessageComponent, 0, len(rows))
	for _, c := range rows {
		row, ok := c.(*discordgo.ActionsRow)
		if !ok {
			out = append(out, c)
			continue
		}
		var buttons []discordgo.MessageComponent
		for _, b := range row.Components {
			if btn, ok := b.(*discordgo.Button); ok && btn.CustomID == customID {
				used := *btn
				used.Disabled = true
				b = used
			}
			buttons = append(buttons, b)
		}
		out = append(out, discordgo.ActionsRow{Components: buttons})
	}
	return out
}

// deleteOriginal removes the acknowledgement of a command whose reply goes
// privately. A failure leaves "thinking…" behind, which is only untidy.
func (a *Adapter) deleteOriginal(ctx context.Context, i *discordgo.Interaction) {
	if err := a.withRetry(ctx, "delete", func(opts ...discordgo.RequestOption) error {
		return a.session.InteractionResponseDelete(i, opts...)
	}); err != nil {
		a.log.Warn("discord: acknowledgement not deleted", "channel", i.ChannelID)
	}
}

// editOriginal replaces the deferred response with m.
func (a *Adapter) editOriginal(ctx context.Context, i *discordgo.Interaction, m outMessage) (*discordgo.Message, error) {
	content, embeds, comps := m.Content, m.Embeds, m.Components
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	edit := &discordgo.WebhookEdit{
		Content:         &content,
		Embeds:          &embeds,
		Components:      &comps,
		AllowedMentions: noMentions(),
	}
	var sent *discordgo.Message
	err := a.withRetry(ctx, "edit", func(opts ...discordgo.RequestOption) error {
		var err error
		sent, err = a.session.InteractionResponseEdit(i, edit, opts...)
		return err
	})
	return sent, err
}

// followup sends a further message of an interaction's answer, seen by
// its user alone when private.
func (a *Adapter) followup(ctx context.Context, i *discordgo.Interaction, m outMessage, private bool) (*discordgo.Message, error) {
	params := &discordgo.WebhookParams{
		Content:         m.Content,
		Embeds:          m.Embeds,
		Components:      m.Components,
		AllowedMentions: noMentions(),
	}
	if private {
		params.Flags = discordgo.MessageFlagsEphemeral
	}
	var sent *discordgo.Message
	err := a.withRetry(ctx, "followup", func(opts ...discordgo.RequestOption) error {
		var err error
		sent, err = a.session.FollowupMessageCreate(i, true, params, opts...)
		return err
	})
	return sent, err
}
