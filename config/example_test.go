package config_test

import (
	"os"

	"github.com/citebot/citebot/config"
)

func ExampleConfig_WriteRedacted() {
	env := map[string]string{
		"CITEBOT_TELEGRAM_TOKEN": "123456:ABCdef",
		"CITEBOT_HTTP_ADDR":      ":8080",
	}
	c, err := config.Load([]string{"--log-level", "debug"}, func(k string) string { return env[k] })
	if err != nil {
		panic(err)
	}
	if err := c.WriteRedacted(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// corpus: "" # CITEBOT_CORPUS
	// log_level: debug # CITEBOT_LOG_LEVEL
	// log_format: text # CITEBOT_LOG_FORMAT
	// rate_per_minute: 20 # CITEBOT_RATE_PER_MINUTE
	// burst: 5 # CITEBOT_BURST
	// http_addr: :8080 # CITEBOT_HTTP_ADDR
	// http_api_keys: "" # CITEBOT_HTTP_API_KEYS
	// http_key_rate_per_minute: 600 # CITEBOT_HTTP_KEY_RATE_PER_MINUTE
	// http_address_rate_per_minute: 300 # CITEBOT_HTTP_ADDRESS_RATE_PER_MINUTE
	// http_trusted_proxies: "" # CITEBOT_HTTP_TRUSTED_PROXIES
	// discord_token: "" # CITEBOT_DISCORD_TOKEN
	// discord_teacher_role: "" # CITEBOT_DISCORD_TEACHER_ROLE
	// discord_guild: "" # CITEBOT_DISCORD_GUILD
	// telegram_token: '[redacted]' # CITEBOT_TELEGRAM_TOKEN
	// telegram_webhook_url: "" # CITEBOT_TELEGRAM_WEBHOOK_URL
	// telegram_webhook_secret: "" # CITEBOT_TELEGRAM_WEBHOOK_SECRET
	// telegram_api_url: "" # CITEBOT_TELEGRAM_API_URL
	// telegram_queue_file: "" # CITEBOT_TELEGRAM_QUEUE_FILE
	// db: "" # CITEBOT_DB
	// database_url: "" # CITEBOT_DATABASE_URL
	// retention: 90d # CITEBOT_RETENTION
	// metrics_addr: "" # CITEBOT_METRICS_ADDR
	// http_cors_origins: "" # CITEBOT_HTTP_CORS_ORIGINS
	// discord_message_content: true # CITEBOT_DISCORD_MESSAGE_CONTENT
	// discord_shard_id: 0 # CITEBOT_DISCORD_SHARD_ID
	// discord_shard_count: 0 # CITEBOT_DISCORD_SHARD_COUNT
}
