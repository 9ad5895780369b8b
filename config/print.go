package config

import (
	"fmt"
	"io"

	"gopkg.in/yaml.v3"
)

// WriteRedacted prints the configuration in the config file's YAML format,
// one setting a line with its environment variable as a comment, secrets
// shown as [redacted]. A teacher can check what citebot will use, and paste
// the output into a support request without leaking a token.
func (c Config) WriteRedacted(w io.Writer) error {
	doc := &yaml.Node{Kind: yaml.MappingNode}
	for _, s := range settings() {
		v := s.get(c) // a secret's getter returns its redacted String
		key := &yaml.Node{Kind: yaml.ScalarNode, Value: s.fileKey()}
		val := &yaml.Node{Kind: yaml.ScalarNode, Value: v, LineComment: s.envName()}
		if v == "" {
			val.Style = yaml.DoubleQuotedStyle
		}
		doc.Content = append(doc.Content, key, val)
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("config: print: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("config: print: %w", err)
	}
	return nil
}

// PrintFlags writes the flags that Load accepts, for usage text.
func PrintFlags(w io.Writer) {
	fs := newFlagSet(w)
	var c Config
	c.BindFlags(fs)
	fs.PrintDefaults()
}
