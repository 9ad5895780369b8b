package knowledge

import "github.com/citebot/citebot/knowledge/french"

// exRoleStops end a role phrase: what follows them is the rest of the
// sentence, not the description ("chercheur pour Amnesty International
// dans un communiqué").
var exRoleStops = map[string]bool{
	"dans": true, "qui": true, "que": true, "lors": true, "avant": true, "apres": true,
	"selon": true, "a": true, "ont": true, "est": true, "sont": true, "etait": true, "avait": true,
	"depuis": true, "pendant": true, "mais": true, "car": true, "lorsque": true, "quand": true,
	"afin": true, "ainsi": true, "alors": true, "au": true, "aux": true, "s'": true, "se": true,
	"aurait": true, "auraient": true, "serait": true, "fut": true, "sera": true, "va": true, "avaient": true,
}

// exRoleConnectors may stand inside a role written before a name ("le
// ministre britannique des Affaires étrangères William Hague").
var exRoleConnectors = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "l'": true, "la": true, "et": true, "pour": true, "en": true}

// personRoles returns the descriptions that the sentence attaches to a
// person's mention: in apposition after the name ("Lu Wei, directeur du
// Bureau…", "David Aucsmith, d’Intel, intervenant pour…"), before it ("le
// vice-président américain Joe Biden"), or in a signature ("édité par X").
func personRoles(es *exSentence, m exMention, lx *lexicon) []string {
	toks, src := es.toks, es.s.Text
	var roles []string
	// After: ", role, role".
	for j, n := m.tokEnd, 0; j+1 < len(toks) && toks[j].text == "," && n < 3; n++ {
		start := j + 1
		first := start
		if toks[first].is("le", "la", "l'", "un", "une") && first+1 < len(toks) {
			first++
		}
		ok := lx.roles[toks[first].fold] ||
			(toks[first].is("d'", "de") && first+1 < len(toks) && toks[first+1].cap && toks[first+1].word)
		if !ok {
			break
		}
		end := start
		for end < len(toks) && toks[end].word && !(end > start && (exRoleStops[toks[end].fold] || french.IsSpeechVerb(toks[end].fold))) && end-start < 14 {
			end++
		}
		if end == start {
			break
		}
		roles = append(roles, exSpanText(src, toks, start, end))
		j = end
	}
	// Before: "le vice-président américain Joe Biden", "Le Premier
	// ministre britannique, David Cameron,".
	j := m.tok - 1
	if j >= 0 && toks[j].text == "," {
		j--
	}
	k := j
	for k >= 0 && j-k < 9 {
		t := toks[k]
		if !t.word || (lx.function[t.fold] && !exRoleConnectors[t.fold]) {
			break
		}
		k--
	}
	for s := k + 1; s <= j; s++ {
		if lx.roles[toks[s].fold] && (!exWeakRoles[toks[s].fold] || s < j && lx.roles[toks[s+1].fold]) {
			if !exRoleConnectors[toks[j].fold] {
				roles = append(roles, exSpanText(src, toks, s, j+1))
			}
			break
		}
	}
	// Signature: "(Michel Rose et Jean-Baptiste Vey, édité par Arthur Connan)".
	if m.tok >= 2 && toks[m.tok-1].is("par") && toks[m.tok-2].is("edite", "editee", "edites") {
		roles = append(roles, "éditeur")
	} else if inSignature(toks, m) {
		roles = append(roles, "rédacteur")
	}
	return roles
}

// inSignature reports whether a mention stands in the parenthesised
// signature that ends a news dispatch, before its "édité par".
func inSignature(toks []exToken, m exMention) bool {
	open := -1
	for i := m.tok - 1; i >= 0 && m.tok-i < 30; i-- {
		if toks[i].text == "(" {
			open = i
			break
		}
		if toks[i].text == ")" {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for i := m.tokEnd; i+1 < len(toks) && toks[i].text != ")" && i-m.tokEnd < 30; i++ {
		if toks[i].is("edite", "editee", "edites") && toks[i+1].is("par") {
			return true
		}
	}
	return false
}
