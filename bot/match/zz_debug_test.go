package match

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge"
)

// TestZZDump: ZZF=questions.jsonl ZZC=corpus ZZO=out.jsonl
func TestZZDump(t *testing.T) {
	qf, cdir, out := os.Getenv("ZZF"), os.Getenv("ZZC"), os.Getenv("ZZO")
	if qf == "" {
		t.Skip()
	}
	base, err := knowledge.Load(os.DirFS(cdir))
	if err != nil {
		t.Fatal(err)
	}
	m := New(base)
	f, _ := os.Open(qf)
	defer f.Close()
	o, _ := os.Create(out)
	defer o.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var g struct {
			ID, Question string
			FollowupOf   string `json:"followup_of"`
		}
		json.Unmarshal(sc.Bytes(), &g)
		rec := map[string]any{"id": g.ID}
		q, r, cands := m.candidates(g.Question, nil)
		rec["kind"] = q.kind.row().name
		if j := m.kinds.whichNoun(q.folds); j >= 0 {
			rec["noun"] = q.folds[j]
			for i, tm := range q.terms {
				if tm.pos == j {
					rec["known"] = tm.known
					rec["w"] = tm.weight
					if len(cands) > 0 {
						s := cands[0].hit.Sentence
						here := m.matches(r, s)
						near := here[i] > 0
						p, n := m.base.Neighbours(s)
						if p != nil && m.matches(r, p)[i] > 0 {
							near = true
						}
						if n != nil && m.matches(r, n)[i] > 0 {
							near = true
						}
						rec["near"] = near
						rec["held"] = m.held(r, s.Article)[i]
					}
				}
			}
		}
		var unk []string
		for _, tm := range q.terms {
			if !tm.known {
				unk = append(unk, tm.fold)
			}
		}
		rec["unkw"] = unk
		if len(cands) > 0 {
			c, ok := m.trust(r, cands)
			rec["conf"], rec["ok"] = c, ok
			f := m.abstainFeatures(r, cands)
			rec["ans"] = m.w.Calibration.Answerable(f)
			rec["doubt"] = int(m.doubtKind(q, bySum(cands)[0]))
			rec["pred"] = f[AbsPred]
			rec["cov"] = f[AbsCov]
			rec["unk"] = f[AbsUnknown]
			rec["missrare"] = f[AbsMissRare]
			b0 := bySum(cands)[0]
			rec["typeok"] = b0.typeOK
			rec["pronsame"] = q.pronoun && b0.sameArt
			{
				here := m.matches(r, b0.hit.Sentence)
				p, n := m.base.Neighbours(b0.hit.Sentence)
				var all, in, cnt, hit float64
				for i, tm := range q.terms {
					if tm.ent != nil || !tm.known {
						continue
					}
					w := here[i]
					if w == 0 && p != nil {
						w = m.matches(r, p)[i]
					}
					if w == 0 && n != nil {
						w = m.matches(r, n)[i]
					}
					all += tm.weight
					in += tm.weight * w
					cnt++
					if w > 0 {
						hit++
					}
				}
				rec["predk"] = -1.0
				if all > 0 {
					rec["predk"] = in / all
				}
				rec["nk"], rec["hk"] = cnt, hit
			}
		}
		if r != nil {
			r.release()
		}
		b, _ := json.Marshal(rec)
		fmt.Fprintln(o, string(b))
	}
}

// TestZZDebug: ZZQ="q1|q2" [ZZC=corpus]
func TestZZDebug(t *testing.T) {
	qs := os.Getenv("ZZQ")
	if qs == "" {
		t.Skip()
	}
	var base *knowledge.Base
	if c := os.Getenv("ZZC"); c != "" {
		b, err := knowledge.Load(os.DirFS(c))
		if err != nil {
			t.Fatal(err)
		}
		base = b
	} else {
		base = seedBase(t)
	}
	m := New(base)
	for _, text := range strings.Split(qs, "|") {
		q, r, cands := m.candidates(text, nil)
		fmt.Printf("Q: %s kind=%s names=%d pronoun=%v\n", text, q.kind.row().name, len(q.names), q.pronoun)
		for _, tm := range q.terms {
			fmt.Printf("   term %s w=%.2f known=%v ent=%v stems=%v para=%v thes=%v\n", tm.fold, tm.weight, tm.known, tm.ent != nil, tm.stems, tm.para, tm.thes)
		}
		if len(cands) > 0 {
			c, ok := m.trust(r, cands)
			f := m.abstainFeatures(r, cands)
			fmt.Printf("   conf=%.2f ok=%v answerable=%.2f thr=%.2f doubt=%q\n", c, ok, m.w.Calibration.Answerable(f), m.w.Calibration.Threshold, m.doubt(q, bySum(cands)[0]))
		}
		for i, c := range cands {
			if i >= 5 {
				break
			}
			fmt.Printf("      matches=%v\n", m.matches(r, c.hit.Sentence))
			fmt.Printf("   #%d score=%.2f lin=%.2f cov=%.2f ctx=%.2f pred=%.2f typeOK=%v span=%q | %.120s\n", i, c.score, c.lin, c.cov, c.ctxCov, c.pred, c.typeOK, c.answerSpan, c.hit.Sentence.Text)
		}
		if r != nil {
			r.release()
		}
	}
}
