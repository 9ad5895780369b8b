package match

import "github.com/citebot/citebot/knowledge"

// antecedent is the sentence a sentence's subject refers back to, when it
// opens with an anaphor (« Elle a réuni diplomates … », « Cet appel
// concernait … », « Ces derniers se déclarent prêts … »): the sentence
// before it in its article, whose words it borrows (Weights.Anaphor), as
// a reader takes « elle » for the conference named just before
// (knowledge.SentenceFacts.Anaphoric). nil when it opens otherwise, or is
// its article's first.
func (m *Matcher) antecedent(s *knowledge.Sentence) *knowledge.Sentence {
	if m.w.Anaphor == 0 || !m.base.Facts(s).Anaphoric() {
		return nil
	}
	prev, _ := m.base.Neighbours(s)
	return prev
}
