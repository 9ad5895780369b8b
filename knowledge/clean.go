package knowledge

import "strings"

// document is the cleaned body of an article: its paragraphs verbatim and
// what the cleaner learned about its title and date.
type document struct {
	Title      string
	Date       string
	DateText   string
	Paragraphs []string
}

// clean splits a body into paragraphs. PLACEHOLDER: boilerplate removal is
// being written.
func clean(body string) document {
	var d document
	for _, line := range strings.Split(body, "\n") {
		if t := strings.TrimSpace(line); t != "" {
			d.Paragraphs = append(d.Paragraphs, t)
		}
	}
	return d
}
