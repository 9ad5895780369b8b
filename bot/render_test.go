package bot

import (
	"strings"
	"testing"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/knowledge"
)

// TestUnsureAnswers: an answer the matcher is unsure of says so before
// its short answer or its passage, and a sure one does not; the short
// answer and the citation stay what they were.
func TestUnsureAnswers(t *testing.T) {
	base := seedBase(t)
	b := New(base, Options{})
	s := base.Sentences[0]
	for _, tt := range []struct {
		name  string
		a     match.Answer
		body  string
		short string
	}{
		{"sure, short", match.Answer{Short: "mardi", Confidence: 0.8}, "Mardi.", "mardi"},
		{"unsure, short", match.Answer{Short: "mardi", Confidence: 0.2, Unsure: true}, "Je n'en suis pas sûr : mardi.", "mardi"},
		{"unsure, quotation", match.Answer{Short: "une force du bien", Quotation: true, Confidence: 0.2, Unsure: true}, "Je n'en suis pas sûr : « une force du bien »", "une force du bien"},
		{"sure, passage", match.Answer{Confidence: 0.8}, "D'après l'article « " + s.Article.Title + " » :", ""},
		{"unsure, passage", match.Answer{Confidence: 0.1, Unsure: true}, "Je ne suis pas sûr que les articles y répondent ; le passage le plus proche, dans l'article « " + s.Article.Title + " » :", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.Answered = true
			tt.a.Sentences = []*knowledge.Sentence{s}
			tt.a.Speakers = []string{""}
			r := b.reply(tt.a)
			if r.Body != tt.body || r.Answer != tt.short || !r.Answered || r.Unsure != tt.a.Unsure {
				t.Errorf("body %q, answer %q, answered %v, unsure %v; want %q, %q", r.Body, r.Answer, r.Answered, r.Unsure, tt.body, tt.short)
			}
			if len(r.Citations) != 1 || !strings.Contains(r.Text, s.Text) {
				t.Errorf("citations %d, text %q: want the sentence cited", len(r.Citations), r.Text)
			}
		})
	}
}
