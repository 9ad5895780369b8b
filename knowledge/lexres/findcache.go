package lexres

import (
	"strings"
	"sync/atomic"
)

// findCacheSlots is how many looked-up forms a Lemmas remembers: a power
// of two, a few times the distinct words one answer looks up (the
// question's and its candidate sentences'), so that a question's repeated
// look-ups hit and the words common to many questions stay.
const findCacheSlots = 4096

// findCache remembers what a look-up returned for recent forms, one per
// slot of the form's hash: a question's words are looked up many times
// over (its typo check, its verbs, each rule that reads a candidate), and
// each bisection of the table's blocks reads memory the processor's
// caches do not hold, where a slot holds the answer. It is bounded
// (crafted questions can only replace its entries), safe for concurrent
// use (a slot is replaced whole), and keeps copies of the forms, never the
// caller's text.
type findCache struct {
	slots [findCacheSlots]atomic.Pointer[foundForm]
}

// foundForm is one remembered look-up: the form, its code, and whether
// the table holds it.
type foundForm struct {
	fold, code string
	ok         bool
}

// slot is where fold is remembered: FNV-1a of its bytes.
func (c *findCache) slot(fold string) *atomic.Pointer[foundForm] {
	h := uint32(2166136261)
	for i := 0; i < len(fold); i++ {
		h ^= uint32(fold[i])
		h *= 16777619
	}
	return &c.slots[h&(findCacheSlots-1)]
}

// get is what look returns for fold, remembered.
func (c *findCache) get(fold string, look func(string) (string, bool)) (string, bool) {
	s := c.slot(fold)
	if f := s.Load(); f != nil && f.fold == fold {
		return f.code, f.ok
	}
	code, ok := look(fold)
	s.Store(&foundForm{fold: strings.Clone(fold), code: code, ok: ok})
	return code, ok
}

// lemmaCaches are a Lemmas' caches: of find, and of IsWord, which looks
// up a word unknown to the table in up to five inflected forms it builds.
type lemmaCaches struct {
	forms, words findCache
}
