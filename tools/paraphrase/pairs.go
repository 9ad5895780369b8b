package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// question is the part of a gold record the study reads.
type question struct {
	ID       string   `json:"id"`
	Question string   `json:"question"`
	Article  *string  `json:"article"`
	Answer   []string `json:"answer"`
}

func readQuestions(r io.Reader) ([]question, error) {
	var qs []question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var q question
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			return nil, fmt.Errorf("questions line %d: %w", n, err)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}

// pair is a question and the one sentence of its article that holds its
// answer.
type pair struct {
	q       question
	article *knowledge.Article
	// gold is the answering sentence's index in sents.
	gold  int
	sents []*knowledge.Sentence
}

// answerPairs finds, for each answerable question, the sentence of its
// article that holds a gold answer (as score.py's contains tests it). A
// question whose answer is in no sentence, or in several, is left out: its
// answering sentence is not known for sure.
func answerPairs(base *knowledge.Base, qs []question) (pairs []pair, ambiguous, missing int) {
	sentsOf := map[string][]*knowledge.Sentence{}
	for _, s := range base.Sentences {
		sentsOf[s.Article.ID] = append(sentsOf[s.Article.ID], s)
	}
	for _, q := range qs {
		if q.Article == nil {
			continue
		}
		a := base.Article(*q.Article)
		if a == nil {
			missing++
			continue
		}
		sents := sentsOf[a.ID]
		found := -1
		for i, s := range sents {
			if holdsAnswer(s.Text, q.Answer) {
				if found >= 0 {
					found = -2
					break
				}
				found = i
			}
		}
		switch found {
		case -1:
			missing++
		case -2:
			ambiguous++
		default:
			pairs = append(pairs, pair{q: q, article: a, gold: found, sents: sents})
		}
	}
	return pairs, ambiguous, missing
}

func holdsAnswer(text string, answers []string) bool {
	h := " " + strings.Join(normTokens(text), " ") + " "
	for _, a := range answers {
		if n := strings.Join(normTokens(a), " "); n != "" && strings.Contains(h, " "+n+" ") {
			return true
		}
	}
	return false
}

// normTokens is score.py's norm_tokens: folded runs of letters and digits.
func normTokens(s string) []string {
	return strings.FieldsFunc(french.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}
