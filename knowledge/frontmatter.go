package knowledge

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// frontMatter is the optional YAML header of an article file.
type frontMatter struct {
	Title  string `yaml:"title"`
	Date   string `yaml:"date"`
	Source string `yaml:"source"`
	URL    string `yaml:"url"`
	Lang   string `yaml:"lang"`
}

// parseFrontMatter splits an optional "---" YAML header from the body.
func parseFrontMatter(text string) (frontMatter, string, error) {
	var fm frontMatter
	rest, ok := strings.CutPrefix(text, "---\n")
	if !ok {
		rest, ok = strings.CutPrefix(text, "---\r\n")
	}
	if !ok {
		return fm, text, nil
	}
	end := strings.Index(rest, "\n---")
	if end < 0 {
		return fm, text, nil
	}
	header := rest[:end]
	body := rest[end+len("\n---"):]
	if i := strings.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:]
	} else {
		body = ""
	}
	var raw map[string]any
	if err := yaml.Unmarshal([]byte(header), &raw); err != nil {
		return fm, text, fmt.Errorf("invalid YAML: %w", err)
	}
	str := func(k string) string {
		switch v := raw[k].(type) {
		case nil:
			return ""
		case string:
			return strings.TrimSpace(v)
		case time.Time:
			return v.Format("2006-01-02")
		default:
			return strings.TrimSpace(fmt.Sprint(v))
		}
	}
	fm = frontMatter{Title: str("title"), Date: str("date"), Source: str("source"), URL: str("url"), Lang: str("lang")}
	return fm, body, nil
}
