package knowledge

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/citebot/citebot/internal/replica"
)

// searchReference is search written plainly: every candidate scored, all
// sorted, the first limit kept. search, with its heap and the sentences
// it skips, must return exactly this.
func searchReference(b *Base, q []idTerm, p SearchParams, limit int) []Hit {
	ix := b.ix
	n := b.lengthNorms(p)
	sent := make([]float64, len(ix.paraOf))
	para := make([]float64, len(ix.paraStart)-1)
	art := make([]float64, len(b.Articles))
	var wb wordBest
	cands := accumulate(&ix.sentences, q, p.SentK1, n.sent, sent, nil, &wb)
	paras := accumulate(&ix.paras, q, p.ParaK1, n.para, para, nil, &wb)
	accumulate(&ix.articles, q, p.ArtK1, n.art, art, nil, &wb)
	byScore := func(x, y rankedHit) int {
		if x.before(y) {
			return -1
		}
		return 1
	}
	var tops []rankedHit
	for _, pi := range paras {
		tops = append(tops, rankedHit{score: para[pi], sid: pi})
	}
	slices.SortFunc(tops, byScore)
	for _, r := range tops[:min(len(tops), max(p.TopParagraphs, 0))] {
		for sid := ix.paraStart[r.sid]; sid < ix.paraStart[r.sid+1]; sid++ {
			if !slices.Contains(cands, sid) {
				cands = append(cands, sid)
			}
		}
	}
	var all []rankedHit
	for _, sid := range cands {
		score := sent[sid] + p.ParaWeight*para[ix.paraOf[sid]] + p.ArtWeight*art[ix.artOf[sid]]
		all = append(all, rankedHit{score: score, sid: sid})
	}
	slices.SortFunc(all, byScore)
	hits := []Hit{}
	for _, r := range all[:min(len(all), max(limit, 0))] {
		hits = append(hits, Hit{Sentence: b.Sentences[r.sid], Score: r.score, Sent: sent[r.sid],
			Para: para[ix.paraOf[r.sid]], Art: art[ix.artOf[r.sid]]})
	}
	return hits
}

// searchParamSets are the default parameters and others that move every
// score, one with negative level weights (nothing may be skipped then),
// one where the article weighs most.
func searchParamSets() []SearchParams {
	def := DefaultSearchParams()
	other := def
	other.SentK1, other.SentB, other.ParaB, other.ArtK1, other.ParaWeight, other.ArtWeight = 2, 0.1, 0.2, 0.5, 0.3, 2
	none := def
	none.TopParagraphs = 0
	negative := def
	negative.TopParagraphs, negative.ParaWeight, negative.ArtWeight = 12, -0.5, -1
	// An article that weighs much: a best paragraph's sentences that share
	// no word with the query enter on their article's score, so a pruned
	// search must find the best paragraphs exactly.
	paras := def
	paras.TopParagraphs, paras.ParaWeight, paras.ArtWeight = 3, 1, 3
	return []SearchParams{def, other, none, negative, paras}
}

// sentenceQueries makes searches of real words: the content words of
// every step-th sentence, weighted as the matcher weighs them (1, a
// synonym's less, a boosted name's more, and 0); in every other query,
// each two words are the alternatives of one (search_words.go).
func sentenceQueries(b *Base, step int) [][]idTerm {
	weights := []float64{1, 0.6, 2, 0, 1.5}
	var qs [][]idTerm
	for sid := 0; sid < len(b.Sentences); sid += step {
		var q []idTerm
		for i, t := range b.Terms(b.Sentences[sid]) {
			if id, ok := b.ix.terms.Find(t.Stem); ok && len(q) < 6 {
				word := int32(len(q))
				if sid/step%2 == 1 {
					word /= 2
				}
				q = append(q, idTerm{id: id, weight: weights[(sid+i)%len(weights)], word: word})
			}
		}
		qs = append(qs, q)
	}
	return qs
}

func checkSearch(t *testing.T, b *Base, qs [][]idTerm, limits []int) {
	t.Helper()
	fails := 0
	for _, p := range searchParamSets() {
		for _, limit := range limits {
			for _, q := range qs {
				want := searchReference(b, q, p, limit)
				// As search runs it, then pruning every query (searchPruned).
				for _, from := range []int{pruneFrom, 0} {
					if got := b.searchFrom(nil, q, p, limit, from); !reflect.DeepEqual(got, want) {
						t.Errorf("params %+v, limit %d, prune from %d, query %v: %s, want %s", p, limit, from, q, hitList(got), hitList(want))
						if fails++; fails > 5 {
							t.FailNow()
						}
					}
				}
			}
		}
	}
}

func hitList(hits []Hit) string {
	var buf bytes.Buffer
	for _, h := range hits {
		fmt.Fprintf(&buf, "[%d %v %v %v %v]", h.Sentence.ID, h.Score, h.Sent, h.Para, h.Art)
	}
	return buf.String()
}

// TestSearchExact checks search against searchReference to the last bit
// on the bundled articles, alone and copied four times (every score tied
// four ways), built and read back from an index file.
func TestSearchExact(t *testing.T) {
	for _, copies := range []int{1, 4} {
		fsys, err := replica.FS(os.DirFS(seedDir), copies)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := b.WriteIndex(&buf, Key{}); err != nil {
			t.Fatal(err)
		}
		read, err := ReadIndex(buf.Bytes(), Key{})
		if err != nil {
			t.Fatal(err)
		}
		for name, base := range map[string]*Base{"built": b, "read": read} {
			t.Run(fmt.Sprintf("x%d/%s", copies, name), func(t *testing.T) {
				checkSearch(t, base, sentenceQueries(base, 3), []int{0, 1, 5, 20, 200})
			})
		}
	}
}

// TestSearchExactPIAF is TestSearchExact on PIAF's questions, alone and
// copied four times, when PIAF is beside the project.
func TestSearchExactPIAF(t *testing.T) {
	if testing.Short() {
		t.Skip("PIAF: not in -short")
	}
	if _, err := fs.Stat(os.DirFS(piafDir), "."); err != nil {
		t.Skipf("PIAF corpus not found beside the project: %v", err)
	}
	for _, copies := range []int{1, 4} {
		fsys, err := replica.FS(os.DirFS(piafDir), copies)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(fmt.Sprintf("x%d", copies), func(t *testing.T) {
			checkSearch(t, b, piafQueries(t, b, 1000), []int{20})
		})
	}
}

// TestSearchPrunedConcurrent runs pruned searches from several goroutines
// at once (their scratch spaces pooled, the terms' peaks computed by
// whichever comes first) against the reference; with -race it checks that
// they share nothing unguarded.
func TestSearchPrunedConcurrent(t *testing.T) {
	fsys, err := replica.FS(os.DirFS(seedDir), 4)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	p := DefaultSearchParams()
	qs := sentenceQueries(b, 7)
	want := make([][]Hit, len(qs))
	for i, q := range qs {
		want[i] = searchReference(b, q, p, 20)
	}
	errs := make(chan string, 4)
	for g := range 4 {
		go func() {
			for i := range qs {
				k := (i + g*len(qs)/4) % len(qs) // each goroutine starts elsewhere
				if got := b.searchFrom(nil, qs[k], p, 20, 0); !reflect.DeepEqual(got, want[k]) {
					errs <- fmt.Sprintf("query %v: %s, want %s", qs[k], hitList(got), hitList(want[k]))
					return
				}
			}
			errs <- ""
		}()
	}
	for range 4 {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}

// TestSearchWordAlternativesCountOnce: a sentence holding two alternatives
// of one query word scores the better one's contribution, not their sum,
// at every level, pruned or not.
func TestSearchWordAlternativesCountOnce(t *testing.T) {
	b, err := Load(fstest.MapFS{"a.txt": {Data: []byte("Les rencontres\n\nLe forum et le sommet ont eu lieu à Paris. La conférence sur le cyberespace a eu lieu à Londres.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	id := func(stem string) int32 {
		i, ok := b.ix.terms.Find(stem)
		if !ok {
			t.Fatalf("no term %q", stem)
		}
		return i
	}
	forum, sommet := idTerm{id: id("forum"), weight: 0.6}, idTerm{id: id("sommet"), weight: 0.6}
	p := DefaultSearchParams()
	sentOf := func(q []idTerm, from int) Hit {
		for _, h := range b.searchFrom(nil, q, p, 5, from) {
			if h.Sentence.ID == 0 {
				return h
			}
		}
		t.Fatalf("query %v: first sentence not found", q)
		return Hit{}
	}
	for _, from := range []int{pruneFrom, 0} {
		one, other := sentOf([]idTerm{forum}, from), sentOf([]idTerm{sommet}, from)
		both := sentOf([]idTerm{forum, sommet}, from) // one word, word 0
		if both.Sent != max(one.Sent, other.Sent) || both.Para != max(one.Para, other.Para) || both.Art != max(one.Art, other.Art) {
			t.Errorf("prune from %d: alternatives of one word give %+v, want the better of %+v and %+v", from, both, one, other)
		}
		sommet.word = 1
		two := sentOf([]idTerm{forum, sommet}, from) // two words
		sommet.word = 0
		if two.Sent != one.Sent+other.Sent {
			t.Errorf("prune from %d: two words give %v, want the sum %v", from, two.Sent, one.Sent+other.Sent)
		}
	}
}
