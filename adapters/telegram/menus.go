package telegram

import (
	"context"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/citebot/citebot/bot"
)

// description is what Telegram shows in an empty chat with the bot
// (setMyDescription), and shortDescription on its profile and in shares.
var (
	description = map[string]string{
		"":   "Je réponds à vos questions sur des articles de presse, en citant mot pour mot la phrase d'où vient chaque réponse. Écrivez votre question, en français.",
		"en": "I answer your questions about news articles, quoting word for word the sentence each answer comes from. Ask in French (or English).",
	}
	shortDescription = map[string]string{
		"":   "Des réponses sur les articles, citations à l'appui.",
		"en": "Answers about the articles, with verbatim quotes.",
	}
)

// menuLanguages are the languages menus are published in; "" is the
// default for every other language, French.
var menuLanguages = []string{"", "fr", "en"}

// menu is the bot's menu commands (bot.Commands) in one language, by the
// names and descriptions of that language; admins also get /session, for
// classroom sessions, which only they may run in a group; classes adds
// /classe, joining a web class, where a student can run it (a private
// chat of a bot that serves web classes).
func menu(lang string, admins, classes bool) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	add := func(name, desc string) { out = append(out, tgbotapi.BotCommand{Command: name, Description: desc}) }
	for _, c := range bot.Commands() {
		if c.Menu == "" {
			continue
		}
		if lang == "en" {
			add(c.Menu, c.MenuEnglish)
		} else {
			add(c.MenuName, c.MenuFrench)
		}
	}
	if s, ok := bot.LookupCommand("session"); ok && admins {
		if lang == "en" {
			add(s.Name, "Run a classroom question session")
		} else {
			add(s.Name, "Séance de questions en classe")
		}
	}
	if classes {
		if lang == "en" {
			add(classCommand, "Join a class by the code on its board")
		} else {
			add(classCommand, "Rejoindre une classe par le code du tableau")
		}
	}
	return out
}

// menuScopes are the scopes menus are published for: private chats,
// groups, and group administrators (who get the session commands).
var menuScopes = []struct {
	scope   tgbotapi.BotCommandScope
	admins  bool
	private bool // where /classe works
}{
	{tgbotapi.NewBotCommandScopeDefault(), false, false},
	{tgbotapi.NewBotCommandScopeAllPrivateChats(), true, true}, // a private chat's user runs their own sessions
	{tgbotapi.NewBotCommandScopeAllGroupChats(), false, false},
	{tgbotapi.NewBotCommandScopeAllChatAdministrators(), true, false},
}

// setCommands publishes the command menus (per scope and language) and the
// bot's descriptions. A failure is logged: commands work without a menu.
func (a *Adapter) setCommands(ctx context.Context) {
	for _, s := range menuScopes {
		for _, lang := range menuLanguages {
			cfg := tgbotapi.SetMyCommandsConfig{Commands: menu(lang, s.admins, s.private && a.opts.Classroom != nil), Scope: &s.scope, LanguageCode: lang}
			if _, err := a.request(ctx, cfg, "setMyCommands"); err != nil {
				a.log.Warn("telegram: a command menu could not be published; commands still work", "scope", s.scope.Type, "lang", lang, "err", err)
			}
		}
	}
	for lang, d := range description {
		a.setDescription(ctx, "setMyDescription", "description", d, lang)
	}
	for lang, d := range shortDescription {
		a.setDescription(ctx, "setMyShortDescription", "short_description", d, lang)
	}
}

func (a *Adapter) setDescription(ctx context.Context, method, field, text, lang string) {
	params := tgbotapi.Params{field: text}
	params.AddNonEmpty("language_code", lang)
	if _, err := a.call(ctx, method, func() (*tgbotapi.APIResponse, error) { return a.api.MakeRequest(method, params) }); err != nil {
		a.log.Warn("telegram: the bot's description could not be published", "method", method, "lang", lang, "err", err)
	}
}
