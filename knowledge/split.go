package knowledge

import "strings"

// splitSentences cuts a paragraph into verbatim sentences. PLACEHOLDER: the
// French-aware splitter is being written.
func splitSentences(p string) []string {
	var out []string
	for _, s := range strings.SplitAfter(p, ". ") {
		if t := strings.TrimSpace(s); t != "" {
			out = append(out, t)
		}
	}
	return out
}
