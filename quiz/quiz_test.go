package quiz

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
	"github.com/citebot/citebot/knowledge/french"
)

const piafDir = "../../shared/data/piaf/corpus"

func load(t testing.TB, dir string) *knowledge.Base {
	t.Helper()
	fsys := corpus.FS()
	if dir != "" {
		fsys = os.DirFS(dir)
	}
	b, err := knowledge.Load(fsys)
	if err != nil {
		if dir != "" {
			t.Skipf("corpus %s not beside the repository: %v", dir, err)
		}
		t.Fatal(err)
	}
	return b
}

// TestEveryItemHolds checks every item of the seeds and of PIAF by rules
// written again here, independently of Check: the citation is the
// article's sentence verbatim; the options are distinct; the right one is
// in the cited sentence and no distractor is; the question names none.
func TestEveryItemHolds(t *testing.T) {
	for _, c := range []struct{ name, dir string }{{"seeds", ""}, {"piaf", piafDir}} {
		t.Run(c.name, func(t *testing.T) {
			b := load(t, c.dir)
			g, err := New(b, Options{Seed: 1})
			if err != nil {
				t.Fatal(err)
			}
			names := namesOf(b)
			if len(g.Items()) == 0 {
				t.Fatal("no item")
			}
			kinds := map[Kind]int{}
			for _, it := range g.Items() {
				kinds[it.Kind]++
				if err := holds(b, names, it); err != "" {
					t.Errorf("%s %q: %s", it.ID, it.Question, err)
				}
				if err := g.Check(it); err != nil {
					t.Errorf("%s: Check: %v", it.ID, err)
				}
			}
			// Every kind the issue asks for is written somewhere.
			for _, k := range []Kind{KindQuote, KindNumber, KindPlace, KindRole, KindOrganisation} {
				if kinds[k] == 0 {
					t.Errorf("no %s item", k)
				}
			}
			if c.dir != "" && kinds[KindDate] == 0 {
				t.Errorf("no date item")
			}
			facts, refused, items := 0, 0, 0
			for _, s := range g.Stats() {
				facts += s.Facts
				for _, n := range s.Refused {
					refused += n
				}
				for _, n := range s.Items {
					items += n
				}
				if c.dir == "" {
					t.Logf("%s: %d facts, %d items %v, %d refused %v, %d without enough distractors",
						s.Article, s.Facts, len(g.ForArticle(s.Article)), s.Items, sum(s.Refused), s.Refused, s.TooFewDistractors)
				}
			}
			t.Logf("%d items (%v) from %d facts; %d refused by the checks (%.1f %%)",
				items, kinds, facts, refused, 100*float64(refused)/float64(refused+items))
		})
	}
}

// holds is the test's own reading of the rules an item must keep.
func holds(b *knowledge.Base, names map[string][]string, it Item) string {
	a := b.Article(it.Citation.Article)
	if a == nil || it.Citation.Paragraph < 1 || it.Citation.Paragraph > len(a.Paragraphs) {
		return "citation names no paragraph"
	}
	p := a.Paragraphs[it.Citation.Paragraph-1]
	if it.Citation.Sentence < 1 || it.Citation.Sentence > len(p.Sentences) {
		return "citation names no sentence"
	}
	s := p.Sentences[it.Citation.Sentence-1].Text
	if it.Citation.Quote != s {
		return "quote is not the sentence verbatim"
	}
	if it.Citation.Title != a.Title {
		return "title is not the article's"
	}
	if len(it.Options) < 3 || len(it.Options) > 4 || it.Answer < 0 || it.Answer >= len(it.Options) {
		return "wrong number of options or answer out of range"
	}
	if it.ID == "" || it.Question == "" || !strings.HasSuffix(it.Question, "?") {
		return "no id, or the question is not a question"
	}
	var seen []string
	for i, o := range it.Options {
		f := french.Fold(strings.TrimSpace(o))
		if f == "" || slices.Contains(seen, f) {
			return "options not distinct: " + o
		}
		seen = append(seen, f)
		forms := []string{o}
		if it.Kind == KindQuote || it.Kind == KindPlace || it.Kind == KindOrganisation {
			forms = append(forms, names[f]...)
		}
		in := false
		for _, form := range forms {
			if tokenRun(s, form) {
				in = true
			}
			if tokenRun(it.Question, form) {
				return "the question names option " + form
			}
		}
		if i == it.Answer && !in {
			return "right option not in the cited sentence: " + o
		}
		if i != it.Answer && in {
			return "distractor in the cited sentence: " + o
		}
	}
	return ""
}

// namesOf maps each folded name of an entity to all its names.
func namesOf(b *knowledge.Base) map[string][]string {
	m := map[string][]string{}
	for _, a := range b.Articles {
		for _, e := range a.Entities {
			all := append([]string{e.Name}, e.Aliases...)
			for _, n := range all {
				m[french.Fold(n)] = append(m[french.Fold(n)], all...)
			}
		}
	}
	return m
}

// tokenRun reports whether phrase occurs in text as whole words, accents
// and case aside.
func tokenRun(text, phrase string) bool {
	var tt, pp []string
	for _, t := range french.Tokenize(text) {
		tt = append(tt, t.Fold)
	}
	for _, t := range french.Tokenize(phrase) {
		pp = append(pp, t.Fold)
	}
	if len(pp) == 0 {
		return false
	}
	for i := 0; i+len(pp) <= len(tt); i++ {
		if slices.Equal(tt[i:i+len(pp)], pp) {
			return true
		}
	}
	return false
}

// TestDeterministic: the same seed gives the same items, another seed
// other distractors or orders, and an item is found again by its id.
func TestDeterministic(t *testing.T) {
	b := load(t, "")
	g1, _ := New(b, Options{Seed: 7})
	g2, _ := New(b, Options{Seed: 7})
	g3, _ := New(b, Options{Seed: 8})
	if !slices.EqualFunc(g1.Items(), g2.Items(), itemsEqual) {
		t.Fatal("same seed, different items")
	}
	if slices.EqualFunc(g1.Items(), g3.Items(), itemsEqual) {
		t.Fatal("another seed changed nothing")
	}
	for _, it := range g1.Items() {
		got, ok := g1.Item(it.ID)
		if !ok || !itemsEqual(got, it) {
			t.Fatalf("Item(%s) = %v, %v", it.ID, got, ok)
		}
	}
	if _, ok := g1.Item("nope"); ok {
		t.Fatal("Item found an unknown id")
	}
}

func itemsEqual(a, b Item) bool {
	return a.ID == b.ID && a.Question == b.Question && slices.Equal(a.Options, b.Options) && a.Answer == b.Answer
}

// TestCheckRefuses: each rule of Check refuses the item that breaks it.
func TestCheckRefuses(t *testing.T) {
	b := load(t, "")
	g, _ := New(b, Options{Seed: 1})
	var base Item
	for _, it := range g.Items() {
		if it.Kind == KindQuote {
			base = it
			break
		}
	}
	if base.ID == "" {
		t.Fatal("no quote item in the seeds")
	}
	other := (base.Answer + 1) % len(base.Options)
	for _, c := range []struct {
		name   string
		break_ func(*Item)
		why    []string
	}{
		{"quote edited", func(it *Item) { it.Citation.Quote += " " }, []string{WhyCitation}},
		{"no such sentence", func(it *Item) { it.Citation.Sentence = 99 }, []string{WhyCitation}},
		{"duplicate option", func(it *Item) { it.Options[other] = strings.ToUpper(it.Options[it.Answer]) }, []string{WhyOptions}},
		{"wrong answer index", func(it *Item) { it.Answer = other }, []string{WhyRightAbsent, WhyDistractor}},
		{"question names an option", func(it *Item) { it.Question = it.Options[other] + " : " + it.Question }, []string{WhyStemNames}},
	} {
		it := base
		it.Options = slices.Clone(base.Options)
		c.break_(&it)
		err := g.Check(it)
		if err == nil || !slices.Contains(c.why, reason(err)) {
			t.Errorf("%s: Check = %v, want %s", c.name, err, c.why)
		}
	}
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
