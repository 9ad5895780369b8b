// Package bot is citebot's platform-neutral conversation: the Matcher that
// turns a question into an answer with verbatim citations, and the Bot that
// handles commands, follow-up context and rate limits.
//
// Adapters translate platform events into Message values and render the
// Reply that Bot.Handle returns. What the bot remembers between messages
// goes through a Store (MemoryStore by default), as plain IDs. Nothing here
// imports a platform SDK, net/http or configuration.
package bot
