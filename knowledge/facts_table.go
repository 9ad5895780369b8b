package knowledge

import "unsafe"

// sentenceTable holds every sentence's facts in flat arrays, a sentence's
// being a range of each: some 30 bytes a sentence where a struct of slices
// took 144, and an array per kind of fact instead of a slice per sentence
// (PIAF's 6,600 sentences: 0.2 MB instead of 1 MB, fresh memory that a
// start must fault in). The ranges, flags and role terms are used in place
// from an index file.
type sentenceTable struct {
	// off[s] holds where sentence s's mentions, numbers, dates,
	// quotations and role terms start in their arrays; off[s+1], where
	// they end.
	off      [][factKinds]uint32
	mentions []Mention
	numbers  []*Number
	dates    []*DateMention
	quotes   []*Quote
	roles    []int32
	implicit []*Entity
	flags    []uint8 // factDigits, factAnaphoric
}

// The kinds of facts a sentence has a range of, by their place in
// sentenceTable.off.
const (
	factMentions = iota
	factNumbers
	factDates
	factQuotes
	factRoles
	factKinds
)

// The bits of sentenceTable.flags.
const (
	factDigits    = 1 << 0
	factAnaphoric = 1 << 1
)

// packSentences returns the table of facts.
func packSentences(facts []sentenceDraft) sentenceTable {
	var total [factKinds]int
	for i := range facts {
		f := &facts[i]
		for k, n := range [factKinds]int{len(f.Mentions), len(f.Numbers), len(f.Dates), len(f.Quotes), len(f.Roles.ids)} {
			total[k] += n
		}
	}
	t := newSentenceTable(len(facts), total)
	for i := range facts {
		f := &facts[i]
		t.mentions = append(t.mentions, f.Mentions...)
		t.numbers = append(t.numbers, f.Numbers...)
		t.dates = append(t.dates, f.Dates...)
		t.quotes = append(t.quotes, f.Quotes...)
		t.roles = append(t.roles, f.Roles.ids...)
		t.implicit[i] = f.Implicit
		t.flags[i] = factFlags(f.Digits, f.Anaphoric)
		t.off[i+1] = t.ends()
	}
	return t
}

// newSentenceTable returns an empty table for n sentences with room for
// total facts of each kind, the ends of the arrays to be set as they fill.
func newSentenceTable(n int, total [factKinds]int) sentenceTable {
	return sentenceTable{
		off:      make([][factKinds]uint32, n+1),
		mentions: make([]Mention, 0, total[factMentions]),
		numbers:  make([]*Number, 0, total[factNumbers]),
		dates:    make([]*DateMention, 0, total[factDates]),
		quotes:   make([]*Quote, 0, total[factQuotes]),
		roles:    make([]int32, 0, total[factRoles]),
		implicit: make([]*Entity, n),
		flags:    make([]uint8, n),
	}
}

// flatOffsets returns the ranges as one array, for the index file.
func flatOffsets(off [][factKinds]uint32) []uint32 {
	if len(off) == 0 {
		return nil
	}
	return unsafe.Slice(&off[0][0], len(off)*factKinds)
}

// offsetsOf returns flat as n ranges, in place (flatOffsets' inverse); nil
// when flat does not hold n of them.
func offsetsOf(flat []uint32, n int) [][factKinds]uint32 {
	if n == 0 || len(flat) != n*factKinds {
		return nil
	}
	return unsafe.Slice((*[factKinds]uint32)(unsafe.Pointer(&flat[0])), n)
}

// ends returns the arrays' lengths: where the next sentence's ranges
// start.
func (t *sentenceTable) ends() [factKinds]uint32 {
	return [factKinds]uint32{uint32(len(t.mentions)), uint32(len(t.numbers)), uint32(len(t.dates)),
		uint32(len(t.quotes)), uint32(len(t.roles))}
}

func factFlags(digits, anaphoric bool) uint8 {
	var f uint8
	if digits {
		f |= factDigits
	}
	if anaphoric {
		f |= factAnaphoric
	}
	return f
}

// SentenceFacts is what one sentence offers as an answer and as context,
// gathered once at Load from what the extractors found. Its lists are nil
// when empty, capped at their length (an append never reaches the next
// sentence's) and must not be modified.
type SentenceFacts struct {
	t  *sentenceTable
	id int
}

// Mentions are the entities the sentence names, or quotes as speakers.
func (f SentenceFacts) Mentions() []Mention { return cut(f.t.mentions, f.t.off, f.id, factMentions) }

// Numbers are the numbers the sentence gives.
func (f SentenceFacts) Numbers() []*Number { return cut(f.t.numbers, f.t.off, f.id, factNumbers) }

// Dates are the dates the sentence gives.
func (f SentenceFacts) Dates() []*DateMention { return cut(f.t.dates, f.t.off, f.id, factDates) }

// Quotes are the quotations the sentence holds.
func (f SentenceFacts) Quotes() []*Quote { return cut(f.t.quotes, f.t.off, f.id, factQuotes) }

// Roles are the terms of the roles of the people the sentence designates,
// by name or by pronoun.
func (f SentenceFacts) Roles() TermSet { return TermSet{ids: cut(f.t.roles, f.t.off, f.id, factRoles)} }

// Digits reports that the sentence writes a number in digits (not a year,
// not part of a name such as "G8").
func (f SentenceFacts) Digits() bool { return f.t.flags[f.id]&factDigits != 0 }

// Anaphoric reports that the sentence's subject refers back to the
// sentence before it in its article (« Elle a réuni … », « Cet appel
// concernait … »), which then says what it is about.
func (f SentenceFacts) Anaphoric() bool { return f.t.flags[f.id]&factAnaphoric != 0 }

// Implicit is the person a pronoun subject of the sentence ("Il
// affirme…", "Selon lui, …") most likely designates: the last person
// named before it in the article. nil when none.
func (f SentenceFacts) Implicit() *Entity { return f.t.implicit[f.id] }

// cut returns sentence id's range of kind k in a.
func cut[T any](a []T, off [][factKinds]uint32, id, k int) []T {
	lo, hi := off[id][k], off[id+1][k]
	if lo == hi {
		return nil
	}
	return a[lo:hi:hi]
}
