package bot

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// summaryTop is how many articles and sentences a summary ranks.
const summaryTop = 5

// Summary is what happened in a session, counted from its entries.
type Summary struct {
	Session   string     `json:"session"`
	Title     string     `json:"title"`
	Platform  string     `json:"platform"`
	StartedAt time.Time  `json:"started_at"`
	EndedAt   *time.Time `json:"ended_at,omitempty"`
	// Asked counts every question, repeats included; Distinct those
	// asked for the first time; Answered and Abstained split Asked.
	Asked     int `json:"asked"`
	Distinct  int `json:"distinct"`
	Answered  int `json:"answered"`
	Abstained int `json:"abstained"`
	Students  int `json:"students"`
	// Up and Down count the feedback votes.
	Up   int `json:"up"`
	Down int `json:"down"`
	// Unanswered are the questions the articles did not answer, verbatim
	// as first asked, with how many times each was asked.
	Unanswered []Asked `json:"unanswered"`
	// Articles and Sentences are the most cited, most first.
	Articles  []CitedArticle  `json:"articles"`
	Sentences []CitedSentence `json:"sentences"`
	// Quiz is how the class did on each quiz item, in the order asked;
	// Scores the students' quiz results, best first.
	Quiz   []QuizItemResult `json:"quiz"`
	Scores []QuizScore      `json:"scores"`
}

// Asked is a question with how often it was asked.
type Asked struct {
	Question string `json:"question"`
	Times    int    `json:"times"`
}

// CitedArticle is an article with how many answers cited it.
type CitedArticle struct {
	Article string `json:"article"`
	Title   string `json:"title"`
	Times   int    `json:"times"`
}

// CitedSentence is a sentence with how many answers cited it.
type CitedSentence struct {
	Citation
	Times int `json:"times"`
}

// Summarise counts a session's entries and quiz rounds.
func Summarise(s Session, es []Entry, rounds []QuizRound) Summary {
	sum := Summary{Session: s.ID, Title: s.Title, Platform: s.Platform, StartedAt: s.StartedAt,
		Unanswered: []Asked{}, Articles: []CitedArticle{}, Sentences: []CitedSentence{}}
	sum.Quiz, sum.Scores = quizResults(rounds, students(es, rounds))
	if !s.Open() {
		end := s.EndedAt
		sum.EndedAt = &end
	}
	students := map[string]bool{}
	unanswered := map[int64]int{} // first entry → index in sum.Unanswered
	articles := map[string]*CitedArticle{}
	sentences := map[string]*CitedSentence{}
	for _, e := range es {
		sum.Asked++
		sum.Up += e.Up
		sum.Down += e.Down
		students[e.Student] = true
		if e.RepeatOf == 0 {
			sum.Distinct++
		}
		if !e.Answered {
			sum.Abstained++
			first := cmp.Or(e.RepeatOf, e.ID)
			if i, ok := unanswered[first]; ok {
				sum.Unanswered[i].Times++
			} else {
				unanswered[first] = len(sum.Unanswered)
				sum.Unanswered = append(sum.Unanswered, Asked{Question: e.Question, Times: 1})
			}
			continue
		}
		sum.Answered++
		seen := map[string]bool{}
		for _, c := range e.Citations {
			if !seen[c.Article] {
				seen[c.Article] = true
				if articles[c.Article] == nil {
					articles[c.Article] = &CitedArticle{Article: c.Article, Title: c.Title}
				}
				articles[c.Article].Times++
			}
			k := fmt.Sprintf("%s#p%ds%d", c.Article, c.Paragraph, c.Sentence)
			if sentences[k] == nil {
				sentences[k] = &CitedSentence{Citation: c}
			}
			sentences[k].Times++
		}
	}
	sum.Students = len(students)
	for _, a := range articles {
		sum.Articles = append(sum.Articles, *a)
	}
	slices.SortFunc(sum.Articles, func(a, b CitedArticle) int {
		return cmp.Or(cmp.Compare(b.Times, a.Times), cmp.Compare(a.Article, b.Article))
	})
	for _, s := range sentences {
		sum.Sentences = append(sum.Sentences, *s)
	}
	slices.SortFunc(sum.Sentences, func(a, b CitedSentence) int {
		return cmp.Or(cmp.Compare(b.Times, a.Times), cmp.Compare(a.Article, b.Article),
			cmp.Compare(a.Paragraph, b.Paragraph), cmp.Compare(a.Sentence, b.Sentence))
	})
	sum.Articles = sum.Articles[:min(len(sum.Articles), summaryTop)]
	sum.Sentences = sum.Sentences[:min(len(sum.Sentences), summaryTop)]
	return sum
}

// Text is the summary as posted where the session ran.
func (s Summary) Text() string {
	var b strings.Builder
	state := "en cours"
	if s.EndedAt != nil {
		state = "terminée après " + frenchDuration(s.EndedAt.Sub(s.StartedAt))
	}
	fmt.Fprintf(&b, "Bilan de la séance « %s » (%s, n° %s)\n", s.Title, state, s.Session)
	fmt.Fprintf(&b, "Questions posées : %d par %d élève(s), dont %d différentes. Avec réponse : %d. Sans réponse : %d.\n",
		s.Asked, s.Students, s.Distinct, s.Answered, s.Abstained)
	fmt.Fprintf(&b, "Avis sur les réponses : %d 👍, %d 👎.\n", s.Up, s.Down)
	if len(s.Unanswered) > 0 {
		b.WriteString("\nSans réponse dans les articles (à reprendre en cours ?) :\n")
		for _, u := range s.Unanswered {
			fmt.Fprintf(&b, "  • « %s »%s\n", u.Question, timesSuffix(u.Times))
		}
	}
	if len(s.Articles) > 0 {
		b.WriteString("\nArticles les plus cités :\n")
		for i, a := range s.Articles {
			fmt.Fprintf(&b, "  %d. %s%s\n", i+1, cmp.Or(a.Title, a.Article), timesSuffix(a.Times))
		}
	}
	if len(s.Sentences) > 0 {
		b.WriteString("\nPhrases les plus citées :\n")
		for i, c := range s.Sentences {
			fmt.Fprintf(&b, "  %d. « %s »%s\n     %s\n", i+1, truncateRunes(c.Quote, 200), timesSuffix(c.Times), sourceLine(c.Citation))
		}
	}
	if len(s.Quiz) > 0 {
		answers, right := 0, 0
		for _, q := range s.Quiz {
			answers += q.Answered
			right += q.Correct
		}
		fmt.Fprintf(&b, "\nQuiz : %d question(s), %d réponse(s), %d juste(s) (%s).\n", len(s.Quiz), answers, right, percent(right, answers))
		for i, q := range s.Quiz {
			fmt.Fprintf(&b, "  %d. « %s » — %d/%d juste(s) (%s)\n", i+1, truncateRunes(q.Question, 200), q.Correct, q.Answered, percent(q.Correct, q.Answered))
		}
		if len(s.Scores) > 0 && s.Scores[0].Right > 0 {
			b.WriteString("Meilleurs scores :")
			for _, sc := range s.Scores[:min(len(s.Scores), leaderboardTop)] {
				if sc.Right > 0 {
					fmt.Fprintf(&b, " %d. %s (%d/%d)", sc.Rank, sc.Label, sc.Right, sc.Answered)
				}
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("\nLe détail : /session export")
	return b.String()
}

// timesSuffix is " (3 fois)", or "" for once.
func timesSuffix(n int) string {
	if n < 2 {
		return ""
	}
	return fmt.Sprintf(" (%d fois)", n)
}
