package quiz

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// Options tune a Generator. The zero value is usable.
type Options struct {
	// Seed chooses the distractors and the order of the options: the same
	// corpus and seed give the same items.
	Seed uint64
	// Lexicon relates synonyms, so that a distractor meaning the right
	// answer is refused; nil loads the bundled one.
	Lexicon *french.Lexicon
}

// Generator holds every item a knowledge base yields. It is immutable
// once built and safe for concurrent use.
type Generator struct {
	base  *knowledge.Base
	lex   *french.Lexicon
	seed  uint64
	pools pools
	items []Item
	byID  map[string]int
	stats []ArticleStats
	st    *stemmer
}

// ArticleStats counts what one article yields.
type ArticleStats struct {
	Article string
	// Facts is how many extracted facts were tried as items.
	Facts int
	// TooFewDistractors: facts for which the corpus held fewer than two
	// acceptable distractors (same kind, same form, not supported by the
	// cited sentence).
	TooFewDistractors int
	// Refused counts the drafts the final checks refused, by reason.
	Refused map[string]int
	// DistractorsRefused counts distractor candidates refused because
	// the cited sentence, the question or a synonym of the answer
	// supports them.
	DistractorsRefused int
	// Items is how many items were kept, by kind.
	Items map[Kind]int
}

// New generates every item of base.
func New(base *knowledge.Base, opts Options) (*Generator, error) {
	lex := opts.Lexicon
	if lex == nil {
		lex = french.NewLexicon()
	}
	g := &Generator{base: base, lex: lex, seed: opts.Seed, byID: map[string]int{}, st: &stemmer{}}
	g.pools = buildPools(base, g.st)
	for _, a := range base.Articles {
		st := ArticleStats{Article: a.ID, Refused: map[string]int{}, Items: map[Kind]int{}}
		for _, d := range g.drafts(a) {
			st.Facts++
			it, refused, ok := g.assemble(d)
			st.DistractorsRefused += refused
			if !ok {
				st.TooFewDistractors++
				continue
			}
			if err := g.Check(it); err != nil {
				st.Refused[reason(err)]++
				continue
			}
			if _, dup := g.byID[it.ID]; dup {
				continue
			}
			g.byID[it.ID] = len(g.items)
			g.items = append(g.items, it)
			st.Items[it.Kind]++
		}
		g.stats = append(g.stats, st)
	}
	return g, nil
}

// Items returns every item, article by article in corpus order. The slice
// is shared: do not modify it.
func (g *Generator) Items() []Item { return g.items }

// Item returns the item with the given id.
func (g *Generator) Item(id string) (Item, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Item{}, false
	}
	return g.items[i], true
}

// ForArticle returns the items citing the article with the given id.
func (g *Generator) ForArticle(id string) []Item {
	var out []Item
	for _, it := range g.items {
		if it.Citation.Article == id {
			out = append(out, it)
		}
	}
	return out
}

// Stats returns what each article yielded, in corpus order.
func (g *Generator) Stats() []ArticleStats { return g.stats }

// draft is an item before its distractors are chosen.
type draft struct {
	kind     Kind
	s        *knowledge.Sentence
	right    option
	question string
	// candidates are the possible distractors of the right kind and form,
	// closest first.
	candidates []option
}

// option is one possible answer.
type option struct {
	text string
	// forms are the ways a sentence may name it ("David Cameron",
	// "Cameron"); text is the first.
	forms []string
	// closeness orders candidates: the smaller, the closer to the answer
	// (same article, nearest year or value); tie breaks ties at random.
	closeness float64
	tie       uint64
}

// assemble chooses the distractors of d, shuffles the options and builds
// the item. It reports how many candidates it refused as second right
// answers, and false when too few remain.
func (g *Generator) assemble(d draft) (Item, int, bool) {
	h := itemHash(d)
	rng := rand.New(rand.NewPCG(g.seed, h))
	cands := slices.Clone(d.candidates)
	for i := range cands {
		cands[i].tie = rng.Uint64()
	}
	slices.SortFunc(cands, func(x, y option) int {
		return cmp.Or(cmp.Compare(x.closeness, y.closeness), cmp.Compare(x.tie, y.tie))
	})
	ev := g.evidence(d)
	seen := map[string]bool{french.Fold(d.right.text): true}
	var short []option
	refused := 0
	for _, c := range cands {
		if len(short) == distractorShortlist {
			break
		}
		key := french.Fold(c.text)
		if seen[key] {
			continue
		}
		seen[key] = true
		if ev.secondRight(c) {
			refused++
			continue
		}
		short = append(short, c)
	}
	if len(short) < minOptions-1 {
		return Item{}, refused, false
	}
	rng.Shuffle(len(short), func(i, j int) { short[i], short[j] = short[j], short[i] })
	short = short[:min(len(short), maxOptions-1)]
	opts := []string{d.right.text}
	for _, c := range short {
		opts = append(opts, c.text)
	}
	rng.Shuffle(len(opts), func(i, j int) { opts[i], opts[j] = opts[j], opts[i] })
	return Item{
		ID:       fmt.Sprintf("%012x", h>>16),
		Question: d.question,
		Options:  opts,
		Answer:   slices.Index(opts, d.right.text),
		Kind:     d.kind,
		Citation: citationOf(d.s),
	}, refused, true
}

// evidence is what a draft's distractors are checked against, analysed
// once: the cited sentence (its words and their synonyms), the question
// and the answer.
type evidence struct {
	g         *Generator
	sentence  []string
	question  []string
	supported map[string]bool
	right     string
}

func (g *Generator) evidence(d draft) evidence {
	return evidence{
		g:         g,
		sentence:  g.st.folds(d.s.Text),
		question:  folds(d.question),
		supported: g.expand(g.st.contentStems(d.s.Text)),
		right:     d.right.text,
	}
}

// secondRight reports whether candidate c could be read as a right answer
// too: the cited sentence names it or holds all its words (or their
// synonyms), the question names it, it means what the answer means, or
// its length gives the answer away.
func (ev evidence) secondRight(c option) bool {
	for _, f := range c.forms {
		ff := ev.g.st.folds(f)
		if hasRun(ev.sentence, ff) || hasRun(ev.question, ff) {
			return true
		}
	}
	want := ev.g.st.contentStems(c.text)
	return len(want) > 0 && subset(want, ev.supported) ||
		ev.g.synonyms(ev.right, c.text) ||
		!lengthsFit(ev.right, c.text)
}

// supports reports whether text holds every content word of phrase, or a
// synonym of it.
func (g *Generator) supports(text, phrase string) bool {
	want := g.st.contentStems(phrase)
	return len(want) > 0 && subset(want, g.expand(g.st.contentStems(text)))
}

// synonyms reports whether the words of one phrase all mean words of the
// other ("Royaume-Uni" and "Grande-Bretagne", "historien" and "historien
// guyanien").
func (g *Generator) synonyms(a, b string) bool {
	as, bs := g.st.contentStems(a), g.st.contentStems(b)
	if len(as) == 0 || len(bs) == 0 {
		return false
	}
	return subset(bs, g.expand(as)) || subset(as, g.expand(bs))
}

func subset(xs []string, set map[string]bool) bool {
	for _, x := range xs {
		if !set[x] {
			return false
		}
	}
	return true
}

// expand returns the stems and every stem the lexicon relates to them.
func (g *Generator) expand(stems []string) map[string]bool {
	set := make(map[string]bool, len(stems))
	for _, s := range stems {
		set[s] = true
		for _, r := range g.lex.Related(s) {
			for _, p := range strings.Fields(r) {
				set[p] = true
			}
		}
	}
	return set
}

// itemHash names a draft by its fact: the same fact gets the same id and
// the same distractors whatever else the corpus holds.
func itemHash(d draft) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%s\x00%s", d.s.Article.ID, d.s.Paragraph, d.s.N, d.kind, french.Fold(d.right.text))
	return h.Sum64()
}

// checkError is a refusal by Check, with a reason to count.
type checkError struct{ why, detail string }

func (e *checkError) Error() string { return "quiz: " + e.why + ": " + e.detail }

func refuse(why, format string, args ...any) error {
	return &checkError{why: why, detail: fmt.Sprintf(format, args...)}
}

func reason(err error) string {
	if ce, ok := errors.AsType[*checkError](err); ok {
		return ce.why
	}
	return err.Error()
}
