package match

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/citebot/citebot/internal/replica"
	"github.com/citebot/citebot/knowledge"
)

// seedQuestions are questions of every kind about the bundled articles.
var seedQuestions = []string{
	"Qui a qualifié Internet de force du bien ?",
	"combien de pays a londres",
	"Qui est Lu Wei ?",
	"Qui a dit « Il n'y a pas de frontières pour ce média » ?",
	"Où aura lieu le sommet du G8 en juillet ?",
	"Quand la conférence de Londres s'est-elle ouverte ?",
	"Combien d'internautes compte la Chine ?",
	"Pourquoi Lu Wei veut-il améliorer la communication ?",
	"Qu'a souligné Joe Bidden ?",
	"Where will the G8 summit take place in July?",
	"Qu'a déclaré Barack Obama sur la cybercriminalité ?",
	"Que pensent les industriels des nouvelles réglementations ?",
}

func BenchmarkAnswerSeeds(b *testing.B) {
	m := New(seedBase(b))
	b.ReportAllocs()
	defer cpuPerOp(b)()
	for i := 0; b.Loop(); i++ {
		m.Answer(seedQuestions[i%len(seedQuestions)], nil)
	}
}

// BenchmarkAnswerPIAF answers real PIAF questions over its 480 articles,
// when the data set is beside the repository.
func BenchmarkAnswerPIAF(b *testing.B) { benchAnswerPIAF(b, 1) }

// BenchmarkAnswerPIAFRepeated is BenchmarkAnswerPIAF with each question
// asked five times in a row: what the same work costs when the memory it
// reads is still in the processor's caches. Against BenchmarkAnswerPIAF
// (each question once a pass), the difference is the time a fresh
// question waits for memory (issue 13: about half of it at ×1).
func BenchmarkAnswerPIAFRepeated(b *testing.B) { benchAnswerPIAF(b, 5) }

// benchAnswerPIAF answers PIAF questions, each repeat times in a row.
func benchAnswerPIAF(b *testing.B, repeat int) {
	base, err := knowledge.Load(os.DirFS("../../../shared/data/piaf/corpus"))
	if err != nil {
		b.Skipf("PIAF corpus not beside the repository: %v", err)
	}
	qs := piafQuestions(b, 2000)
	m := New(base)
	b.ReportAllocs()
	defer cpuPerOp(b)()
	for i := 0; b.Loop(); i++ {
		m.Answer(qs[(i/repeat)%len(qs)], nil)
	}
}

// BenchmarkAnswerPIAFx16 answers the same questions over PIAF copied 16
// times (7,680 articles): how answer time grows with the corpus.
func BenchmarkAnswerPIAFx16(b *testing.B) { benchAnswerCopies(b, 16) }

// BenchmarkAnswerPIAFx64 is the same over PIAF copied 64 times (30,720
// articles, 15 s to load): past knowledge.pruneFrom, where the search
// prunes.
func BenchmarkAnswerPIAFx64(b *testing.B) { benchAnswerCopies(b, 64) }

func benchAnswerCopies(b *testing.B, copies int) {
	fsys, err := replica.FS(os.DirFS("../../../shared/data/piaf/corpus"), copies)
	if err != nil {
		b.Skipf("PIAF corpus not beside the repository: %v", err)
	}
	base, err := knowledge.Load(fsys)
	if err != nil {
		b.Fatal(err)
	}
	qs := piafQuestions(b, 2000)
	m := New(base)
	b.ReportAllocs()
	defer cpuPerOp(b)()
	for i := 0; b.Loop(); i++ {
		m.Answer(qs[i%len(qs)], nil)
	}
}

// BenchmarkNewMatcher measures what the matcher adds to start-up: the
// speller, the lexicon and the per-sentence answer index.
func BenchmarkNew(b *testing.B) {
	base := seedBase(b)
	b.ReportAllocs()
	for b.Loop() {
		New(base)
	}
}

// piafQuestions reads up to n PIAF questions, evenly spread.
func piafQuestions(b *testing.B, n int) []string {
	f, err := os.Open("../../../shared/data/piaf/questions.jsonl")
	if err != nil {
		b.Skipf("PIAF questions not beside the repository: %v", err)
	}
	defer f.Close()
	var all []string
	dec := json.NewDecoder(f)
	for {
		var rec struct{ Question string }
		if err := dec.Decode(&rec); err != nil {
			break
		}
		all = append(all, rec.Question)
	}
	var qs []string
	for i := 0; i < len(all); i += max(1, len(all)/n) {
		qs = append(qs, all[i])
	}
	return qs
}

// BenchmarkNewPIAF is BenchmarkNew over PIAF's 480 articles.
func BenchmarkNewPIAF(b *testing.B) {
	base, err := knowledge.Load(os.DirFS("../../../shared/data/piaf/corpus"))
	if err != nil {
		b.Skipf("PIAF corpus not beside the repository: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		New(base)
	}
}
