package match

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/french"
)

// This file reads the short answers that are numbers: a count, a count's
// unit of time, a length of time.

// numberAnswer is the number that counts what the question counts, else
// one whose unit shares a word with the question, else the first.
func (m *Matcher) numberAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	in := m.base.Facts(s)
	if q.money {
		return moneyAnswer(q, in.Numbers())
	}
	if q.counted != "" {
		// "Combien de participants": a number of internautes does not
		// answer. A unit with the counted word itself beats one with a
		// related word.
		var related *knowledge.Number
		for _, n := range in.Numbers() {
			if q.inQuestion(n.Text) {
				continue
			}
			switch m.countsSame(q, n.Unit) {
			case 2:
				return n.Text, nil, true
			case 1:
				if related == nil {
					related = n
				}
			}
		}
		if related != nil {
			return related.Text, nil, true
		}
		if v := m.vagueCount(q, s); v != "" {
			return v, nil, true
		}
		return "", nil, false
	}
	var first *knowledge.Number
	for _, n := range in.Numbers() {
		if q.inQuestion(n.Text) {
			continue
		}
		if first == nil {
			first = n
		}
		if n.Unit != "" && m.sharesWord(q, n.Unit) {
			return n.Text, nil, true
		}
	}
	if first != nil {
		return first.Text, nil, true
	}
	return "", nil, in.Digits() && q.counted == ""
}

// moneyAnswer is the first number that is a sum of money: its unit a
// currency (« 12 milliards » of « 12 milliards d'euros »), or none the
// extractor could read (« 294 millions »). A count of something else is
// no sum (« des dizaines » of « des dizaines d'États » for « Quel montant
// les entreprises ont-elles promis ? »), nor is a percentage.
func moneyAnswer(q *question, numbers []*knowledge.Number) (string, *knowledge.Entity, bool) {
	for _, n := range numbers {
		if !q.inQuestion(n.Text) && isMoney(n.Unit) {
			return n.Text, nil, true
		}
	}
	return "", nil, false
}

// isMoney reports a number's unit that makes it a sum of money: a
// currency in its first three words or a currency sign, or no unit at all.
func isMoney(unit string) bool {
	if unit == "" {
		return true
	}
	if strings.ContainsAny(unit, "€$£¥") {
		return true
	}
	for i, w := range strings.Fields(unit) {
		if i == 3 {
			break
		}
		if _, after, ok := strings.Cut(w, "'"); ok {
			w = after // « d'euros »
		} else if _, after, ok := strings.Cut(w, "’"); ok {
			w = after
		}
		if matchWords.currencies.Has(french.Fold(w)) {
			return true
		}
	}
	return false
}

// statesNumber reports whether the sentence states any number, or, for a
// question about money, a sum of money: a sentence that only counts
// States or dates an event gives no amount the extractor might have
// missed.
func (m *Matcher) statesNumber(q *question, s *knowledge.Sentence) bool {
	in := m.base.Facts(s)
	if q.money {
		return slices.ContainsFunc(in.Numbers(), func(n *knowledge.Number) bool { return isMoney(n.Unit) })
	}
	return len(in.Numbers()) > 0 || in.Digits()
}

// asksMoney reports a question about a sum of money (« Quel montant … ? »,
// « Combien a coûté … ? »), not about a share of one (« Quelle part du
// budget … ? »).
func asksMoney(folds []string) bool {
	return slices.ContainsFunc(folds, matchWords.moneyWords.Has) && !asksShare(folds)
}

// withUnit is the count a, when it is a number the sentence states
// followed by a unit of time or of measure, with that unit as the
// sentence writes it (« 19 ans » for « À quel âge … ? », « au moins
// 8 ans », « 3 350 km »), verbatim: the number alone says nothing. Other
// words after a number are left out: the counted noun the question gives
// already (« Combien de pays … ? » → « plus de 60 », which a classroom
// session compares with « Combien d'États … ? »), or a verb or an
// adjective (« 7 seraient », « 130 grandes »).
func (m *Matcher) withUnit(s *knowledge.Sentence, a string) string {
	for _, n := range m.base.Facts(s).Numbers() {
		unit, ok := timeUnit(n)
		ok = ok || matchWords.measureUnits.Has(french.Fold(unit))
		if n.Text != a || !ok {
			continue
		}
		if span, ok := numberWithUnit(s.Text, a, unit); ok {
			return span
		}
		return a
	}
	return a
}

// timeUnit is the first word of number n's unit, as the sentence writes
// it, and whether it is a unit of time (« ans » of « ans d'exil »).
func timeUnit(n *knowledge.Number) (string, bool) {
	unit, _, _ := strings.Cut(n.Unit, " ")
	return unit, french.IsTimeUnit(french.Fold(unit))
}

// numberWithUnit is the first place text writes the number num as a word
// of its own (not the « 8 » of « 18 ans ») followed by unit, spaces
// between, verbatim. An empty num is none (and would never move the
// search on).
func numberWithUnit(text, num, unit string) (string, bool) {
	if num == "" {
		return "", false
	}
	for from := 0; from < len(text); {
		at := strings.Index(text[from:], num)
		if at < 0 {
			break
		}
		at += from
		end := at + len(num)
		from = end
		if r, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		rest := text[end:]
		gap := len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))
		if gap > 0 && strings.HasPrefix(rest[gap:], unit) {
			return text[at : end+gap+len(unit)], true
		}
	}
	return "", false
}

// durationAnswer is a length of time the sentence states: a number of
// units of time ("trois semaines", "48 heures"), verbatim.
func (m *Matcher) durationAnswer(q *question, s *knowledge.Sentence) (string, *knowledge.Entity, bool) {
	for _, n := range m.base.Facts(s).Numbers() {
		unit, ok := timeUnit(n)
		if !ok || q.inQuestion(n.Text) {
			continue
		}
		if span, ok := numberWithUnit(s.Text, n.Text, unit); ok {
			return span, nil, true
		}
	}
	return "", nil, false
}

// countsSame says whether a number's unit counts what the question counts:
// 2 for the same stem, 1 for a related one or a unit the extractor left
// empty, 0 otherwise.
func (m *Matcher) countsSame(q *question, unit string) int {
	if unit == "" {
		return 1
	}
	stems := m.stemsOf(unit)
	for _, st := range stems {
		if st == q.counted {
			return 2
		}
	}
	for _, st := range stems {
		if slices.Contains(m.lang.related(q.counted), st) {
			return 1
		}
	}
	// A translated question counts in French words: compare with its
	// first term's alternatives.
	for _, qt := range q.terms {
		if m.an.Stem(qt.fold) != q.counted {
			continue
		}
		for _, a := range qt.stems {
			if a.known && slices.Contains(stems, a.Stem) {
				return 1
			}
		}
	}
	return 0
}

// countNoDate reports a short answer that is a count the sentence writes
// in letters and in none of its dates: « sept » of « sept principes », no
// answer to « Quand … ? ». A count in digits may be a year the sentence's
// dates do not hold (« en 843 »: on PIAF, 11 of 14 such answers were
// right).
func (m *Matcher) countNoDate(s *knowledge.Sentence, a string) bool {
	if strings.ContainsFunc(a, unicode.IsDigit) {
		return false
	}
	f := m.base.Facts(s)
	if !slices.ContainsFunc(f.Numbers(), func(n *knowledge.Number) bool { return n.Text == a }) {
		return false
	}
	return !slices.ContainsFunc(f.Dates(), func(d *knowledge.DateMention) bool { return strings.Contains(d.Text, a) })
}
