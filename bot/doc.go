// Package bot is citebot's platform-neutral conversation: the Matcher that
// turns a question into an answer with verbatim citations, and the Bot that
// handles commands, follow-up context, rate limits and classroom sessions
// (session*.go: who may run them, recording under pseudonyms, "Déjà
// posée", summary and export).
//
// Adapters translate platform events into Message values and render the
// Reply that Bot.Handle returns. What the bot remembers between messages
// goes through a Store (MemoryStore by default; SQLite or PostgreSQL in
// adapters), as plain IDs and hashes. Nothing here
// imports a platform SDK, net/http or configuration.
package bot
