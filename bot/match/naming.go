package match

import (
	"slices"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// "Comment s'appelle la rencontre entre Milan et l'Inter ?": the answer is
// the name the cited sentence gives after a naming word (« appelé »,
// « surnommé », « connu sous le nom de »), near the question's words.

// namingFrame reports a question that asks what something is called:
// "comment s'appelle / se nomme …", "quel est le nom de …".
func namingFrame(folds []string) bool {
	for i := 0; i+2 < len(folds); i++ {
		switch {
		case folds[i] == "comment" && (folds[i+1] == "s" || folds[i+1] == "se") && namingWord(folds[i+2]):
			return true
		case (folds[i] == "quel" || folds[i] == "quelle") && (folds[i+1] == "est" || folds[i+1] == "etait") &&
			i+3 < len(folds) && folds[i+2] == "le" && folds[i+3] == "nom":
			return true
		}
	}
	return false
}

// namingWord reports a form of a verb that introduces a name
// ("appelée", "s'appelait", "surnommé"), not the noun "appel".
func namingWord(fold string) bool {
	if fold == "appel" || fold == "appels" || strings.HasPrefix(fold, "appellation") {
		return false
	}
	for _, p := range namingPrefixes {
		if strings.HasPrefix(fold, p) {
			return true
		}
	}
	return false
}

// namingAnswer is the name the sentence gives after a naming word near
// the question's words ("… dénommé Stade Giuseppe-Meazza"), or "".
func (m *Matcher) namingAnswer(q *question, s *knowledge.Sentence) string {
	if !namingFrame(q.folds) {
		return ""
	}
	toks := french.Tokenize(s.Text)
	for i, t := range toks {
		cue := namingWord(t.Fold)
		if !cue && t.Fold == "nom" && i > 0 && toks[i-1].Fold == "le" && i+1 < len(toks) && toks[i+1].Fold == "de" {
			// "connu sous le nom de X"
			cue, i = true, i+1
		}
		if !cue || i+1 >= len(toks) {
			continue
		}
		if matchWords.appointed.Has(toks[i+1].Fold) {
			// "nommé à vie", "nommé par le roi": appointed, not
			// named.
			continue
		}
		end := i + 1
		for end+1 < len(toks) && end-i < namingMaxWords && !strings.ContainsAny(s.Text[toks[end].End:toks[end+1].Start], ",;:()[].!?—–") {
			end++
		}
		if end-i >= namingMaxWords {
			return ""
		}
		span := strings.Trim(s.Text[toks[i+1].Start:toks[end].End], "«» \u00a0\"“”")
		if span == "" || !m.nearQuestion(q, s, span) {
			return ""
		}
		return span
	}
	// « Comment s'appelle le couvercle de l'arche ? »: « … du couvercle
	// (propitiatoire) de l'Arche »; « Comment s'appelait le frère de
	// Carlo ? »: « … son frère Luigi ».
	cue := slices.IndexFunc(q.folds, namingWord)
	head := q.wordAfter(cue, false)
	if cue < 0 || head < 0 {
		return ""
	}
	r := m.read(q, s)
	if y := r.bracketed(q.terms[head], false); y != "" {
		return y
	}
	at := r.first(q.terms[head])
	if at < 0 {
		return ""
	}
	// « son frère Luigi »: a name right after it.
	if at+1 < len(r.toks) && strings.TrimSpace(r.gap(at+1)) == "" {
		if n := m.nameRun(r, at+1); n != "" {
			return n
		}
	}
	return m.namedAfter(r, at)
}

// namedAfter is the name set after a comma or a colon that closes the
// question's words from token at (« Perrin et sa femme, Faile Bashere »,
// « une nouvelle capitale pour son royaume : Indraprastha »), a
// determiner before it included (« le Pegase »), or "".
func (m *Matcher) namedAfter(r *reading, at int) string {
	last := at
	for j := at + 1; j < len(r.toks) && j-at <= namingMaxWords && !r.breaks(j); j++ {
		if r.asked[j] {
			last = j
		} else if french.IsContent(r.toks[j].Fold) {
			break
		}
	}
	j := last + 1
	if j >= len(r.toks) {
		return ""
	}
	if g := strings.TrimSpace(r.gap(j)); g != "," && g != ":" {
		return ""
	}
	if n := m.nameRun(r, j); n != "" {
		return n
	}
	if j+1 < len(r.toks) && determiner(r.toks[j]) && strings.TrimSpace(r.gap(j+1)) == "" {
		if n := m.nameRun(r, j+1); n != "" {
			return r.text[r.toks[j].Start:r.toks[j+1].Start] + n
		}
	}
	return ""
}
