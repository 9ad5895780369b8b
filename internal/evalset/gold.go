package evalset

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// record is a gold question as ../shared/eval/README.md defines it, in its
// field order; HiddenArticle keeps, on a question made out of scope, the
// article that answers it, for the analysis of wrong answers (scorers
// ignore the field).
type record struct {
	ID            string          `json:"id"`
	Question      string          `json:"question"`
	Article       *string         `json:"article"`
	Answer        []string        `json:"answer"`
	Evidence      string          `json:"evidence"`
	Type          json.RawMessage `json:"type,omitempty"`
	Variant       json.RawMessage `json:"variant,omitempty"`
	FollowupOf    string          `json:"followup_of,omitempty"`
	HiddenArticle string          `json:"hidden_article,omitempty"`
}

// SplitCounts says how many questions a split kept answerable and how many
// it made out of scope.
type SplitCounts struct{ InScope, OutOfScope int }

// SplitGold copies gold records from r to w, making out of scope
// ("article": null) every question whose article keep rejects: the gold of
// a corpus from which those articles are left out. Questions already out
// of scope stay so.
func SplitGold(r io.Reader, w io.Writer, keep func(article string) bool) (SplitCounts, error) {
	var c SplitCounts
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	bw := bufio.NewWriter(w)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var g record
		if err := json.Unmarshal(line, &g); err != nil {
			return c, fmt.Errorf("gold line %d: %w", n, err)
		}
		if g.Article != nil && !keep(*g.Article) {
			g.HiddenArticle, g.Article = *g.Article, nil
		}
		if g.Article == nil {
			c.OutOfScope++
		} else {
			c.InScope++
		}
		out, err := json.Marshal(g)
		if err != nil {
			return c, fmt.Errorf("gold line %d: %w", n, err)
		}
		bw.Write(out)
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return c, fmt.Errorf("read gold: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return c, fmt.Errorf("write gold: %w", err)
	}
	return c, nil
}
