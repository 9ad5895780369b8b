package quiz

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// pools hold every fact of the corpus that may serve as a distractor.
type pools struct {
	persons, orgs, places []*entityOpt
	// personForms (placeForms, orgForms) map the folded name of an entity
	// to all its names, the full one first.
	personForms, placeForms, orgForms map[string][]string
	roles                             []roleOpt
	// given are the first words of person names, to spot cut names.
	given   map[string]bool
	numbers []numOpt
	dates   []dateOpt
}

// entityOpt is a person, organisation or place of the corpus.
type entityOpt struct {
	name  string
	forms []string
	// shapes are the shapes of forms, in order.
	shapes []string
	// articles are the ids of the articles that name it.
	articles map[string]bool
	// after counts the folded words seen just before its name ("à",
	// "en", "l"), which tell whether it fits a blank's grammar.
	after   map[string]int
	speaker bool
	// roles are the person's roles, folded, across the corpus.
	roles []string
}

type roleOpt struct {
	text    string
	person  string
	article string
}

// numOpt is a number of the corpus, once however often it is written.
type numOpt struct {
	core, class string
	value       float64
	// units are the stems of what it counts, here or there.
	units map[string]bool
}

// dateOpt is a date of the corpus, once however often it is written.
type dateOpt struct {
	text, pattern string
	year          int
	articles      map[string]bool
}

func buildPools(b *knowledge.Base, st *stemmer) pools {
	p := pools{personForms: map[string][]string{}, placeForms: map[string][]string{}, orgForms: map[string][]string{}}
	byName := map[string]*entityOpt{}
	numIndex, dateIndex := map[string]int{}, map[string]int{}
	speakers := map[string]bool{}
	for _, a := range b.Articles {
		for _, q := range a.Quotes {
			if q.Speaker != "" {
				speakers[french.Fold(q.Speaker)] = true
			}
		}
	}
	for _, a := range b.Articles {
		for i := range a.Entities {
			e := &a.Entities[i]
			key := string(e.Kind) + "\x00" + french.Fold(e.Name)
			o := byName[key]
			if o == nil {
				o = &entityOpt{name: e.Name, articles: map[string]bool{}, after: map[string]int{}}
				byName[key] = o
				switch e.Kind {
				case knowledge.Person:
					p.persons = append(p.persons, o)
				case knowledge.Organisation:
					p.orgs = append(p.orgs, o)
				case knowledge.Place:
					p.places = append(p.places, o)
				}
			}
			o.articles[a.ID] = true
			o.speaker = o.speaker || speakers[french.Fold(e.Name)]
			for _, f := range append([]string{e.Name}, e.Aliases...) {
				if !containsFold(o.forms, f) {
					o.forms = append(o.forms, f)
					o.shapes = append(o.shapes, shape(f))
				}
			}
			o.roles = append(o.roles, e.Roles...)
			for _, s := range e.Mentions {
				for _, f := range o.forms {
					for _, sp := range findAll(s.Text, f) {
						o.after[prevWord(s.Text, sp.start)]++
					}
				}
			}
			if e.Kind == knowledge.Person {
				for _, r := range e.Roles {
					if goodRole(r) && !glued(r, e) {
						p.roles = append(p.roles, roleOpt{text: r, person: french.Fold(e.Name), article: a.ID})
					}
				}
			}
		}
		for _, n := range a.Numbers {
			o, ok := numberOpt(a, n, st)
			if !ok {
				continue
			}
			key := o.class + "\x00" + french.Fold(o.core)
			if i, dup := numIndex[key]; dup {
				for u := range o.units {
					p.numbers[i].units[u] = true
				}
				continue
			}
			numIndex[key] = len(p.numbers)
			p.numbers = append(p.numbers, o)
		}
		for _, d := range a.Dates {
			pat, year, ok := datePattern(d.Text)
			if !ok {
				continue
			}
			text := lowerMonths(d.Text)
			key := french.Fold(text)
			if i, dup := dateIndex[key]; dup {
				p.dates[i].articles[a.ID] = true
				continue
			}
			dateIndex[key] = len(p.dates)
			p.dates = append(p.dates, dateOpt{text: text, pattern: pat, year: year, articles: map[string]bool{a.ID: true}})
		}
	}
	given := givenNames(p.persons)
	p.given = given
	p.roles = slices.DeleteFunc(p.roles, func(r roleOpt) bool { return cutName(r.text, given) })
	for _, set := range []struct {
		opts  []*entityOpt
		forms map[string][]string
	}{{p.persons, p.personForms}, {p.places, p.placeForms}, {p.orgs, p.orgForms}} {
		for _, o := range set.opts {
			for _, f := range o.forms {
				set.forms[french.Fold(f)] = o.forms
			}
		}
	}
	return p
}

// numberOpt reads a number mention as a possible answer: one plain
// number, counting something named, not a year.
func numberOpt(a *knowledge.Article, n knowledge.Number, st *stemmer) (numOpt, bool) {
	unit := strings.TrimSpace(n.Unit)
	if n.Value <= 0 || unit == "" || unit == "?" || n.Sentence == nil {
		return numOpt{}, false
	}
	core, _, class, ok := numberCore(n.Text)
	if !ok {
		return numOpt{}, false
	}
	for _, d := range a.Dates {
		if d.Sentence == n.Sentence && strings.Contains(d.Text, core) {
			return numOpt{}, false
		}
	}
	stems := st.contentStems(unit)
	if len(stems) == 0 {
		stems = []string{french.Fold(unit)}
	}
	if class == "words" {
		// A number in words is shown in lower case wherever it stood:
		// "Trois" among "sept" and "huit" would give itself away.
		core = strings.ToLower(core)
	}
	return numOpt{core: core, class: class, value: n.Value, units: map[string]bool{stems[0]: true}}, true
}

// goodRole reports whether a role reads as a description a person holds
// ("Premier ministre britannique", "historien"), not a fragment.
func goodRole(r string) bool {
	words := strings.Fields(r)
	if len(words) == 0 || len(words) > maxRoleWords || runes(r) < 4 || strings.ContainsAny(r, ";«»\"“”()0123456789") {
		return false
	}
	// A role starts with its noun ("d’Intel" says where, not what) and
	// ends with a word of its own ("premier directeur de Paomia fut" runs
	// into the sentence's verb).
	toks := french.Tokenize(r)
	if len(toks) == 0 || toks[0].Kind == french.Elision || french.IsStopWord(toks[0].Fold) || french.IsStopWord(toks[len(toks)-1].Fold) {
		return false
	}
	return true
}

// glued reports whether the role runs into a name other than the
// person's wherever the text states it: "président des États-Unis
// Abraham" before "Lincoln" is a cut name, "vice-président américain"
// before "Joe Biden" is not.
func glued(role string, e *knowledge.Entity) bool {
	if len(e.Mentions) == 0 {
		return false
	}
	found := false
	for _, s := range sentencesOf(e.Mentions[0].Article) {
		if !strings.Contains(s.Text, role) {
			continue
		}
		for _, sp := range findAll(s.Text, role) {
			found = true
			next, ok := strings.CutPrefix(s.Text[sp.end:], " ")
			if !ok || !startsUpper(next) {
				return false
			}
			if startsUpper(lastWord(role)) {
				return true // "… Abraham" then "Lincoln": one name, cut
			}
			for _, f := range append([]string{e.Name}, e.Aliases...) {
				if strings.HasPrefix(next, f) {
					return false
				}
			}
		}
	}
	return found
}

func sentencesOf(a *knowledge.Article) []*knowledge.Sentence {
	var out []*knowledge.Sentence
	for _, p := range a.Paragraphs {
		out = append(out, p.Sentences...)
	}
	return out
}

// givenNames are the first words of the corpus's person names.
func givenNames(persons []*entityOpt) map[string]bool {
	m := map[string]bool{}
	for _, p := range persons {
		if w := strings.Fields(p.name); len(w) >= 2 {
			m[french.Fold(w[0])] = true
		}
	}
	return m
}

// cutName reports whether a role ends with a given name: "président des
// États-Unis Abraham" holds the start of a name the extractor cut.
func cutName(role string, given map[string]bool) bool {
	w := strings.Fields(role)
	return len(w) >= 2 && startsUpper(w[len(w)-1]) && given[french.Fold(w[len(w)-1])]
}

// prevWord returns the folded token just before byte offset at in text
// ("" at the start): the word a blank's grammar hangs on.
func prevWord(text string, at int) string {
	prev := ""
	for _, t := range french.Tokenize(text) {
		if t.End > at {
			break
		}
		prev = t.Fold
	}
	return prev
}

func containsFold(xs []string, s string) bool {
	f := french.Fold(s)
	for _, x := range xs {
		if french.Fold(x) == f {
			return true
		}
	}
	return false
}
