package extract

import (
	"github.com/citebot/citebot/knowledge/article"
	"github.com/citebot/citebot/knowledge/french"
)

// roleStops end a role phrase: what follows them is the rest of the
// sentence, not the description ("chercheur pour Amnesty International
// dans un communiqué").
var roleStops = extractorWords("role-stop")

// roleConnectors may stand inside a role written before a name ("le
// ministre britannique des Affaires étrangères William Hague").
var roleConnectors = extractorWords("role-connector")

// personRoles returns the descriptions that the sentence attaches to a
// person's mention: in apposition after the name ("Lu Wei, directeur du
// Bureau…", "David Aucsmith, d’Intel, intervenant pour…"), before it ("le
// vice-président américain Joe Biden"), or in a signature ("édité par X").
func personRoles(es *sentence, m mention, lx *lexicon) []string {
	toks, src := es.toks, es.s.Text
	var roles []string
	// After: ", role, role".
	for j, n := m.tokEnd, 0; j+1 < len(toks) && toks[j].Text == "," && n < 3; n++ {
		start := j + 1
		first := start
		if toks[first].Is("le", "la", "l'", "un", "une") && first+1 < len(toks) {
			first++
		}
		ok := lx.roles[toks[first].Fold] ||
			(toks[first].Is("d'", "de") && first+1 < len(toks) && toks[first+1].Cap && toks[first+1].Word)
		if !ok {
			break
		}
		end := start
		for end < len(toks) && toks[end].Word && !(end > start && (roleStops()[toks[end].Fold] || french.IsSpeechVerb(toks[end].Fold))) && end-start < 14 {
			end++
		}
		if end == start {
			break
		}
		roles = append(roles, spanText(src, toks, start, end))
		j = end
	}
	// Before: "le vice-président américain Joe Biden", "Le Premier
	// ministre britannique, David Cameron,".
	j := m.tok - 1
	if j >= 0 && toks[j].Text == "," {
		j--
	}
	k := j
	for k >= 0 && j-k < 9 {
		t := toks[k]
		if !t.Word || (lx.function[t.Fold] && !roleConnectors()[t.Fold]) {
			break
		}
		k--
	}
	for s := k + 1; s <= j; s++ {
		if lx.roles[toks[s].Fold] && (!weakRoles()[toks[s].Fold] || s < j && lx.roles[toks[s+1].Fold]) {
			if !roleConnectors()[toks[j].Fold] {
				roles = append(roles, spanText(src, toks, s, j+1))
			}
			break
		}
	}
	// Signature: "(Michel Rose et Jean-Baptiste Vey, édité par Arthur Connan)".
	if m.tok >= 2 && toks[m.tok-1].Is("par") && toks[m.tok-2].Is("edite", "editee", "edites") {
		roles = append(roles, article.RoleEditor)
	} else if inSignature(toks, m) {
		roles = append(roles, article.RoleWriter)
	}
	return roles
}

// inSignature reports whether a mention stands in the parenthesised
// signature that ends a news dispatch, before its "édité par".
func inSignature(toks []french.Span, m mention) bool {
	open := -1
	for i := m.tok - 1; i >= 0 && m.tok-i < 30; i-- {
		if toks[i].Text == "(" {
			open = i
			break
		}
		if toks[i].Text == ")" {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for i := m.tokEnd; i+1 < len(toks) && toks[i].Text != ")" && i-m.tokEnd < 30; i++ {
		if toks[i].Is("edite", "editee", "edites") && toks[i+1].Is("par") {
			return true
		}
	}
	return false
}
