package config

import (
	"fmt"
	"log/slog"
)

// Format makes every fmt verb print the redacted form. Without it, %d or
// %x on a Secret would reach fmt's error path, which prints the raw value.
func (s Secret) Format(f fmt.State, _ rune) {
	_, _ = f.Write([]byte(s.String()))
}

// LogValue redacts the secret in slog records, whatever the handler.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalText redacts the secret in JSON and any other text encoding, so a
// Config dumped by encoding/json shows no token.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// MarshalYAML redacts the secret when a Config is written as YAML.
func (s Secret) MarshalYAML() (any, error) { return s.String(), nil }
