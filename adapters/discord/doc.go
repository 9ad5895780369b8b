// Package discord puts citebot on Discord, through discordgo.
//
// It answers in three ways, all turned into a bot.Message for the Handler:
//
//   - slash commands /question question:, /sources, /citer personne: (with
//     the speakers' names autocompleted), /quiz and /aide, French with English
//     localizations, and the message command « Demander à citebot », registered at start with one
//     bulk overwrite, in one guild when Options.GuildID is set (they appear
//     at once) or globally (they may take a while to appear);
//   - "@citebot question" in a channel, and any reply to one of the bot's
//     messages, which continues the conversation of the message replied to;
//   - direct messages, where any text is a question.
//
// A conversation is one user in one channel ("discord:<channel>:<user>"),
// except that replying to the bot, or clicking a button under its answer,
// continues the conversation that answer belongs to.
//
// Slash commands are acknowledged at once with a deferred response, then the
// answer replaces it: Discord drops an interaction not answered within three
// seconds. Answers are plain text with markdown escaped, split at 2000
// characters on sentence ends; citations are embeds (article title, "§
// paragraph, phrase sentence", the verbatim quote, the speaker) within
// Discord's embed limits; actions are buttons whose custom ID carries the
// command. No message can mention anyone: AllowedMentions is empty
// ("parse":[]) on every message and edit, and a zero-width space follows
// every "@" of the text sent, so an echoed "@everyone" or "<@&role>" cannot
// ping even if a message were forwarded elsewhere.
//
// # Setting up the bot
//
// In the Developer Portal (https://discord.com/developers/applications),
// the Bot page gives the token (CITEBOT_DISCORD_TOKEN) and, under Privileged
// Gateway Intents, the Message Content Intent. The adapter asks for it so
// that it can read the replies that continue a conversation without
// mentioning the bot; without it Discord withholds the text of guild
// messages, except those that mention the bot, and refuses the connection
// (close code 4014) when the intent is asked for but not enabled: enable
// it, or set Options.WithoutMessageContent. A bot in 100 servers or more
// needs Discord's approval for the intent.
//
// Invite the bot with the scopes bot and applications.commands, and the
// permissions View Channels, Send Messages, Send Messages in Threads, Embed
// Links and Read Message History (the last to reply to a message):
// permissions integer 274877991936, the link InviteURL builds.
//
// # Failures
//
// discordgo waits out 429 rate limits and retries 502s itself; the adapter
// retries other 5xx and network errors a few times, with a nonce so a
// retried message is posted once. discordgo reconnects, resuming the
// session, when the gateway connection drops. Every platform error is
// wrapped, logged (never the token) and reported to Options.Errors; a panic
// while answering is recovered and the user gets a short apology.
package discord
