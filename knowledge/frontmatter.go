package knowledge

import (
	"fmt"
	"strings"
	"time"

	"github.com/citebot/citebot/knowledge/french"
	"gopkg.in/yaml.v3"
)

// frontMatter is the optional YAML header of an article file.
type frontMatter struct {
	Title  string
	Source string
	URL    string
	Lang   string
	// Date is ISO 8601 (2018-11-12) when the header's date can be read: a
	// YAML timestamp, an ISO string or a written date ("12 novembre 2018");
	// DateText is the date as the header wrote it.
	Date     string
	DateText string
}

// parseFrontMatter splits an optional YAML header from the body. The header
// starts on the first line with "---" and ends at the next line that is
// "---" or "..." (YAML's end of document). Without a closing line, or when
// what follows the opening "---" is not "key: value" text (a scraped page can
// start with a rule), there is no header and the whole text is the body. A
// header that looks like YAML but does not parse is an error: the author
// meant a header and should hear what is wrong with it.
func parseFrontMatter(text string) (frontMatter, string, error) {
	var fm frontMatter
	text = strings.TrimPrefix(text, "\ufeff")
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return fm, text, nil
	}
	header, body, closed := cutHeader(rest)
	if !closed || !looksLikeYAML(header) {
		return fm, text, nil
	}
	var raw map[string]any
	if err := yaml.Unmarshal([]byte(header), &raw); err != nil {
		return fm, text, fmt.Errorf("invalid YAML: %w", err)
	}
	fm.Title = scalar(raw["title"])
	fm.Source = scalar(raw["source"])
	fm.URL = scalar(raw["url"])
	fm.Lang = scalar(raw["lang"])
	fm.DateText = scalar(raw["date"])
	if t, ok := raw["date"].(time.Time); ok {
		fm.Date = t.Format(time.DateOnly)
	} else {
		fm.Date, _ = french.ParseDate(fm.DateText)
	}
	return fm, body, nil
}

// cutHeader splits what follows the opening "---" at the closing line.
func cutHeader(rest string) (header, body string, ok bool) {
	for i := 0; i <= len(rest); {
		end := strings.IndexByte(rest[i:], '\n')
		line, next := rest[i:], len(rest)+1
		if end >= 0 {
			line, next = rest[i:i+end], i+end+1
		}
		if l := strings.TrimRight(line, " \t\r"); l == "---" || l == "..." {
			return rest[:i], rest[min(next, len(rest)):], true
		}
		i = next
	}
	return "", "", false
}

// looksLikeYAML reports whether the header's first line that is not blank
// or a comment is a "key:" line (or the header is empty).
func looksLikeYAML(header string) bool {
	for line := range strings.SplitSeq(header, "\n") {
		l := strings.TrimSpace(line)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		key, _, ok := strings.Cut(l, ":")
		return ok && key != "" && !strings.ContainsAny(key, " \t\"'")
	}
	return true
}

// scalar renders a YAML value as text: a string trimmed, a timestamp as its
// date, a number or boolean as written; a list or map is not a scalar.
func scalar(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(v)
	case time.Time:
		if v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 {
			return v.Format(time.DateOnly)
		}
		return v.Format(time.RFC3339)
	case []any, map[string]any:
		return ""
	default:
		return fmt.Sprint(v)
	}
}
