package config

import (
	"errors"
	"strconv"
	"strings"
)

// Operations are the settings an operator tunes for a deployment: where
// metrics are served, which web origins may call the API, and how the
// Discord bot connects.
type Operations struct {
	// MetricsAddr serves /metrics (and /livez, /readyz) on a port of its
	// own, kept off the public one; "" serves them on HTTPAddr.
	MetricsAddr string
	// CORSOrigins lists the web origins (https://example.org, or *) whose
	// pages may call the HTTP API, separated by commas; "" allows none.
	CORSOrigins string
	// DiscordWithoutMessageContent runs Discord without the privileged
	// Message Content intent: mentions, DMs and slash commands only.
	DiscordWithoutMessageContent bool
	// DiscordShardID and DiscordShardCount run the process as one shard.
	DiscordShardID, DiscordShardCount int
}

// Origins returns CORSOrigins as a list.
func (o Operations) Origins() []string {
	var out []string
	for _, s := range strings.Split(o.CORSOrigins, ",") {
		if s = strings.TrimRight(strings.TrimSpace(s), "/"); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// operationSettings are the rows of the settings table for Operations.
func operationSettings() []setting {
	return []setting{
		{name: "METRICS_ADDR",
			usage: "listen address for /metrics, /livez and /readyz apart from the API, such as 127.0.0.1:9090 (default: on HTTP_ADDR)",
			set:   func(c *Config, v string) error { c.Ops.MetricsAddr = v; return nil },
			get:   func(c Config) string { return c.Ops.MetricsAddr }},
		{name: "HTTP_CORS_ORIGINS",
			usage: "web origins allowed to call the HTTP API from a browser, comma-separated (https://example.org, or *)",
			set:   func(c *Config, v string) error { c.Ops.CORSOrigins = v; return nil },
			get:   func(c Config) string { return c.Ops.CORSOrigins }},
		{name: "DISCORD_MESSAGE_CONTENT",
			usage: "false runs Discord without the Message Content intent (mentions, DMs and slash commands only)",
			set: func(c *Config, v string) error {
				on, err := strconv.ParseBool(strings.TrimSpace(v))
				if err != nil {
					return errors.New("not true or false")
				}
				c.Ops.DiscordWithoutMessageContent = !on
				return nil
			},
			get: func(c Config) string { return strconv.FormatBool(!c.Ops.DiscordWithoutMessageContent) }},
		{name: "DISCORD_SHARD_ID",
			usage: "this process's Discord shard, from 0 (with DISCORD_SHARD_COUNT)",
			set:   func(c *Config, v string) error { return parseCount(v, &c.Ops.DiscordShardID) },
			get:   func(c Config) string { return strconv.Itoa(c.Ops.DiscordShardID) }},
		{name: "DISCORD_SHARD_COUNT",
			usage: "number of Discord shards, one process each (past 2,500 servers); 0 or 1 is no sharding",
			set:   func(c *Config, v string) error { return parseCount(v, &c.Ops.DiscordShardCount) },
			get:   func(c Config) string { return strconv.Itoa(c.Ops.DiscordShardCount) }},
	}
}

// parseCount reads a whole number, zero or more.
func parseCount(v string, into *int) error {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 0 {
		return errors.New("not a whole number, 0 or more")
	}
	*into = n
	return nil
}

// validateOperations checks the shard settings.
func validateOperations(o Operations) error {
	if o.DiscordShardCount > 1 && o.DiscordShardID >= o.DiscordShardCount {
		return errors.New("CITEBOT_DISCORD_SHARD_ID must be below CITEBOT_DISCORD_SHARD_COUNT (shards count from 0)")
	}
	if o.DiscordShardCount <= 1 && o.DiscordShardID != 0 {
		return errors.New("CITEBOT_DISCORD_SHARD_ID needs CITEBOT_DISCORD_SHARD_COUNT, the number of shards")
	}
	return nil
}
