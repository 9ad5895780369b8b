package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/citebot/citebot/internal/ibm1"
	"github.com/citebot/citebot/knowledge"
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

// answerPairs finds, for each answerable question, the one sentence of
// its article that holds a gold answer (ibm1.AnswerSentence); a question
// whose answer is in no sentence, or in several, is left out.
func answerPairs(base *knowledge.Base, qs []question) (pairs []pair, ambiguous, missing int) {
	sentsOf := map[string][]*knowledge.Sentence{}
	textsOf := map[string][]string{}
	for _, s := range base.Sentences {
		sentsOf[s.Article.ID] = append(sentsOf[s.Article.ID], s)
		textsOf[s.Article.ID] = append(textsOf[s.Article.ID], s.Text)
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
		found, holding := -1, 0
		for i, t := range textsOf[a.ID] {
			if ibm1.HoldsAnswer(t, q.Answer) {
				found, holding = i, holding+1
			}
		}
		switch {
		case holding == 0:
			missing++
		case holding > 1:
			ambiguous++
		default:
			pairs = append(pairs, pair{q: q, article: a, gold: found, sents: sentsOf[a.ID]})
		}
	}
	return pairs, ambiguous, missing
}
