package extract

import (
	"strings"

	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// mention is one place where a sentence names an entity.
type mention struct {
	// tok and tokEnd are token indexes: the name is toks[tok:tokEnd].
	tok, tokEnd int
	kind        article.EntityKind
	// text is the name as written; canon is the gazetteer spelling, or the
	// text itself.
	text, canon string
	// titled marks "M. Nee": the title is part of text.
	titled bool
	// key identifies the entity after resolution.
	key string
}

// sentence is a sentence with what the extractors found in it.
type sentence struct {
	s        *article.Sentence
	toks     []french.Span
	mentions []mention
}

// orgHeads start the names of institutions ("Bureau de l’Information…").
var orgHeads = extractorWords("org-head")

// orgTails end the names of organisations ("Amnesty International").
var orgTails = extractorWords("org-tail")

// nameConnectors may join the words of an institution's name.
var nameConnectors = extractorWords("name-connector")

// notAcronyms are capitalised short words that are not organisations.
var notAcronyms = extractorWords("not-acronym")

// findMentions finds the candidate names of one sentence. Single unknown
// capitalised words are kept as kind "" for the article-level pass, which
// knows the surnames of the people named elsewhere.
func findMentions(src string, toks []french.Span, lx *lexicon) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.Word || !(t.Cap || t.IsAllCaps()) {
			i++
			continue
		}
		if m, ok := matchGazetteer(toks, i, lx); ok {
			out = append(out, m)
			i = m.tokEnd
			continue
		}
		// "M. Nee", "Mme Dupont"
		if french.IsNameTitle(t.Fold) {
			j := i + 1
			if j < len(toks) && toks[j].Text == "." {
				j++
			}
			if j < len(toks) && toks[j].Word && toks[j].Cap && !lx.function[toks[j].Fold] {
				end := capRun(toks, j, lx)
				out = append(out, mention{tok: i, tokEnd: end, kind: article.Person, titled: true})
				i = end
				continue
			}
		}
		if lx.function[t.Fold] || lx.roles[t.Fold] {
			i++
			continue
		}
		end := capRun(toks, i, lx)
		switch {
		case lx.givenNames[firstPart(t.Fold)] && end > i+1:
			out = append(out, mention{tok: i, tokEnd: end, kind: article.Person})
		case orgHeads()[t.Fold]:
			end = orgRun(toks, i, lx)
			if end > i+1 {
				out = append(out, mention{tok: i, tokEnd: end, kind: article.Organisation})
			}
		case orgTails()[toks[end-1].Fold] && end > i+1:
			out = append(out, mention{tok: i, tokEnd: end, kind: article.Organisation})
		case end == i+1 && isAcronym(t):
			out = append(out, mention{tok: i, tokEnd: end, kind: article.Organisation})
		case end > i+1 && end-i <= 3 && (nameByRole(toks, i, end, lx) || nameBySpeech(toks, i, end, lx)):
			out = append(out, mention{tok: i, tokEnd: end, kind: article.Person})
		case end == i+1 && i > 0 && !t.IsAllCaps():
			// A lone capitalised word inside the sentence: maybe a surname
			// or an organisation; the article pass decides.
			out = append(out, mention{tok: i, tokEnd: end})
		default:
			// Nothing known starts here ("Outre Microsoft"): try the
			// next word.
			i++
			continue
		}
		i = end
	}
	for k := range out {
		m := &out[k]
		m.text = spanText(src, toks, m.tok, m.tokEnd)
		if m.canon == "" {
			m.canon = m.text
		}
	}
	return out
}

// firstPart returns "jean" for "jean-baptiste" when only the first part
// is a known given name.
func firstPart(fold string) string {
	if i := strings.IndexByte(fold, '-'); i > 0 {
		return fold[:i]
	}
	return fold
}

// capRun returns the end of the run of capitalised words starting at i.
func capRun(toks []french.Span, i int, lx *lexicon) int {
	j := i + 1
	for j < len(toks) && toks[j].Word && toks[j].Cap && !lx.function[toks[j].Fold] && !lx.roles[toks[j].Fold] && j-i < 4 {
		j++
	}
	return j
}

// orgRun returns the end of an institution's name that starts at i: its
// capitalised words and the connectors between them.
func orgRun(toks []french.Span, i int, lx *lexicon) int {
	end := i + 1
	for j := i + 1; j < len(toks) && j-i < 10; j++ {
		t := toks[j]
		if !t.Word {
			break
		}
		if t.Cap {
			end = j + 1
			continue
		}
		if nameConnectors()[t.Fold] || lx.demonyms[t.Fold] {
			if lx.demonyms[t.Fold] {
				end = j + 1
			}
			continue
		}
		break
	}
	return end
}

func isAcronym(t french.Span) bool {
	if !t.IsAllCaps() || len(t.Text) > 7 || notAcronyms()[t.Fold] || t.IsRoman() {
		return false
	}
	return !strings.ContainsAny(t.Text, "-'’")
}

// nameByRole reports whether the capitalised words toks[i:end] are a
// person's name because a role noun stands next to them: "Lu Wei,
// directeur…" or "le directeur Lu Wei".
func nameByRole(toks []french.Span, i, end int, lx *lexicon) bool {
	for k := i; k < end; k++ {
		if toks[k].IsAllCaps() {
			return false
		}
	}
	if end+1 < len(toks) && toks[end].Text == "," && lx.roles[toks[end+1].Fold] {
		return true
	}
	return i > 0 && lx.roles[toks[i-1].Fold] && !weakRoles()[toks[i-1].Fold] && !toks[i-1].Cap
}

// nameBySpeech reports whether the capitalised words toks[i:end] follow
// a speech verb or "selon" ("a déclaré Xi Jinping", "selon Lu Wei"): a
// bare name there is a person's.
func nameBySpeech(toks []french.Span, i, end int, lx *lexicon) bool {
	if i == 0 || toks[end-1].IsAllCaps() {
		return false
	}
	p := toks[i-1]
	// "appelé X", "dit X", "cité X" name things as often as people.
	if strings.HasPrefix(p.Fold, "appel") || strings.HasPrefix(p.Fold, "dit") || strings.HasPrefix(p.Fold, "cite") || strings.HasPrefix(p.Fold, "qualifi") {
		return false
	}
	if p.Is("selon") || p.Is("apres") && i > 1 && toks[i-2].Is("d'") {
		return true
	}
	// The speaker follows the verb in an inverted clause: "…», a
	// déclaré X", "…», affirme X"; "écrit X" names a book.
	return p.Word && !p.Cap && french.IsSpeechVerb(p.Fold) && i > 1 &&
		(toks[i-2].Is("a", "ont", "avait", "avaient") && toks[i-2].Text != "à" || toks[i-2].Is(",", "»", "”", "\""))
}

// weakRoles are role words only in front of another one ("Premier
// ministre"); alone they are ordinals ("la première Coupe Stanley").
var weakRoles = extractorWords("weak-role")

// matchGazetteer finds the longest known place or organisation name that
// starts at token i.
func matchGazetteer(toks []french.Span, i int, lx *lexicon) (mention, bool) {
	var buf [64]byte
	key := buf[:0]
	best := mention{}
	found := false
	for j := i; j < len(toks) && j-i < lx.maxWords; j++ {
		if !toks[j].Word {
			break
		}
		if j > i {
			key = append(key, ' ')
		}
		key = append(key, toks[j].Fold...)
		last := toks[j]
		// A lower-case last word may complete a name ("Nations unies")
		// but a lower-case single word is never a name.
		if j == i && !last.Cap {
			break
		}
		if canon, ok := lx.places[string(key)]; ok {
			best, found = mention{tok: i, tokEnd: j + 1, kind: article.Place, canon: canon}, true
		}
		if canon, ok := lx.orgs[string(key)]; ok {
			best, found = mention{tok: i, tokEnd: j + 1, kind: article.Organisation, canon: canon}, true
		}
	}
	return best, found
}

// spanText returns the verbatim text of src covered by toks[i:j].
func spanText(src string, toks []french.Span, i, j int) string {
	if i >= j {
		return ""
	}
	return src[toks[i].Start:toks[j-1].End]
}
