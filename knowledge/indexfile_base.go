package knowledge

import (
	"sync"

	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/knowledge/strtab"
)

// encodeBase writes everything Load built: the articles with what was
// extracted from them, the index, the sentence facts and, last, the
// speller, asked of speller only then (WriteIndex builds it meanwhile).
func encodeBase(w *wbuf, b *Base, speller func() *french.Speller) {
	w.uv(len(b.Articles))
	w.uv(len(b.Sentences))
	for _, a := range b.Articles {
		encodeArticle(w, a)
	}
	ix := b.ix
	packed(w, ix.terms)
	packed(w, ix.folds)
	raw(w, ix.wordFold)
	raw(w, ix.wordTerm)
	raw(w, ix.foldCount)
	lower := make([]uint8, len(ix.foldLower))
	for i, l := range ix.foldLower {
		lower[i] = b2u(l)
	}
	raw(w, lower)
	raw(w, ix.sentOff)
	raw(w, ix.tokWord)
	raw(w, ix.tokStart)
	raw(w, ix.tokLen)
	raw(w, ix.tokKind)
	raw(w, ix.tokBits)
	for _, l := range []*level{&ix.sentences, &ix.paras, &ix.articles} {
		raw(w, l.off)
		raw(w, l.unit)
		raw(w, l.tf)
		raw(w, l.length)
	}
	raw(w, ix.paraOf)
	raw(w, ix.artOf)
	raw(w, ix.paraStart)
	encodeFacts(w, b)
	si := speller().Index()
	w.str(si.Words.Text)
	raw(w, si.Words.Offs)
	raw(w, si.Freq)
	raw(w, si.Keys)
	raw(w, si.Buckets)
}

func encodeArticle(w *wbuf, a *Article) {
	for _, s := range []string{a.ID, a.Path, a.Title, a.Source, a.URL, a.Lang, a.Date, a.DateText} {
		w.str(s)
	}
	w.uv(len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		w.uv(p.N)
		w.uv(len(p.Sentences))
		for _, s := range p.Sentences {
			w.str(s.Text)
		}
	}
	first := a.Paragraphs[0].Sentences[0].ID
	w.uv(len(a.Quotes))
	for _, q := range a.Quotes {
		w.str(q.Text)
		w.str(q.Speaker)
		w.uv(q.Sentence.ID - first)
		w.bool(q.Term)
	}
	w.uv(len(a.Entities))
	for _, e := range a.Entities {
		w.str(e.Name)
		w.strs(e.Aliases)
		w.str(string(e.Kind))
		w.strs(e.Roles)
		w.uv(len(e.Mentions))
		for _, s := range e.Mentions {
			w.uv(s.ID - first)
		}
	}
	w.uv(len(a.Numbers))
	for _, n := range a.Numbers {
		w.str(n.Text)
		w.f64(n.Value)
		w.str(n.Unit)
		w.uv(n.Sentence.ID - first)
	}
	w.uv(len(a.Dates))
	for _, d := range a.Dates {
		w.str(d.Text)
		w.str(string(d.Kind))
		w.uv(d.Sentence.ID - first)
	}
	w.uv(len(a.Headings))
	for _, h := range a.Headings {
		w.str(string(h.Kind))
		w.str(h.Text)
		w.uv(h.Before)
	}
}

// minSentenceBytes is the least a sentence takes in a payload: its
// offsets in the token, paragraph and article arrays, 4 bytes each. A
// count of sentences the payload cannot hold is corrupt, and does not make
// the reader allocate for it.
const minSentenceBytes = 12

// decodeBase reads what encodeBase wrote but the speller, whose section
// (the payload's last) starts at the returned offset: spellerOf reads it
// when the speller is first asked for. Every index read is checked, so
// that a corrupt payload is an error, never a panic later.
func decodeBase(r *rbuf) (*Base, int, error) {
	n, nSent := r.count(), r.count()
	if nSent > (len(r.b)-r.off)/minSentenceBytes {
		return nil, 0, errCorrupt
	}
	var m slabs
	m.sentences.free = make([]Sentence, nSent) // one block for them all
	b := &Base{Articles: make([]*Article, 0, n), byID: make(map[string]*Article, n),
		Sentences: make([]*Sentence, 0, nSent)}
	for range n {
		a := decodeArticle(r, b, &m)
		if r.err != nil {
			return nil, 0, r.err
		}
		if _, dup := b.byID[a.ID]; dup || len(a.Paragraphs) == 0 {
			return nil, 0, errCorrupt
		}
		b.byID[a.ID] = a
		b.Articles = append(b.Articles, a)
	}
	if len(b.Sentences) != nSent {
		return nil, 0, errCorrupt
	}
	ix := &index{}
	ix.terms = readPacked(r)
	ix.folds = readPacked(r)
	ix.wordFold = readRaw[int32](r)
	ix.wordTerm = readRaw[int32](r)
	ix.foldCount = readRaw[int32](r)
	lower := readRaw[uint8](r)
	ix.sentOff = readRaw[uint32](r)
	ix.tokWord = readRaw[int32](r)
	ix.tokStart = readRaw[uint32](r)
	ix.tokLen = readRaw[uint16](r)
	ix.tokKind = readRaw[uint8](r)
	ix.tokBits = readRaw[uint8](r)
	for _, l := range []*level{&ix.sentences, &ix.paras, &ix.articles} {
		l.off = readRaw[uint32](r)
		l.unit = readRaw[int32](r)
		l.tf = readRaw[uint16](r)
		l.length = readRaw[float32](r)
		l.setAvg()
	}
	ix.paraOf = readRaw[int32](r)
	ix.artOf = readRaw[int32](r)
	ix.paraStart = readRaw[int32](r)
	if r.err != nil {
		return nil, 0, r.err
	}
	ix.foldLower = make([]bool, len(lower))
	for i, l := range lower {
		ix.foldLower[i] = l == 1
	}
	if !ix.valid(len(b.Sentences), len(b.Articles)) || !ix.tokensFit(b.Sentences) {
		return nil, 0, errCorrupt
	}
	b.ix = ix
	decodeFacts(r, b, &m)
	if r.err != nil {
		return nil, 0, r.err
	}
	b.pool = newScratchPool(ix, len(b.Articles))
	b.marks = newMarksPool(ix)
	return b, r.off, nil
}

// decodeSpeller reads the speller's section of payload, from at to the
// end.
func decodeSpeller(payload []byte, at int) (french.SpellerIndex, error) {
	r := &rbuf{b: payload, off: at}
	si := french.SpellerIndex{Words: strtab.Packed{Text: r.str(), Offs: readRaw[uint32](r)}}
	si.Freq = readRaw[uint32](r)
	si.Keys = readRaw[uint32](r)
	si.Buckets = readRaw[uint32](r)
	if r.err == nil && r.off != len(payload) {
		r.fail()
	}
	return si, r.err
}

func decodeArticle(r *rbuf, b *Base, m *slabs) *Article {
	a := &Article{ID: r.str(), Path: r.str(), Title: r.str(), Source: r.str(), URL: r.str(),
		Lang: r.str(), Date: r.str(), DateText: r.str()}
	first := len(b.Sentences)
	a.Paragraphs = m.paraPtrs.take(r.count())
	for i := range a.Paragraphs {
		p := m.paragraphs.one()
		p.N = r.uv()
		p.Sentences = m.sentPtrs.take(r.count())
		if len(p.Sentences) == 0 {
			r.fail()
		}
		for j := range p.Sentences {
			s := m.sentences.one()
			*s = Sentence{ID: len(b.Sentences), Article: a, Paragraph: p.N, N: j + 1, Text: r.str()}
			p.Sentences[j] = s
			b.Sentences = append(b.Sentences, s)
		}
		a.Paragraphs[i] = p
	}
	sents := b.Sentences[first:]
	sentence := func() *Sentence {
		if i := r.ref(len(sents)); r.err == nil {
			return sents[i]
		}
		return nil
	}
	a.Quotes = m.quotes.take(r.count())
	for i := range a.Quotes {
		a.Quotes[i] = Quote{Text: r.str(), Speaker: r.str(), Sentence: sentence(), Term: r.bool()}
	}
	a.Entities = m.entities.take(r.count())
	for i := range a.Entities {
		e := &a.Entities[i]
		e.Name, e.Aliases, e.Kind, e.Roles = r.str(), r.strsFrom(&m.strs), EntityKind(r.str()), r.strsFrom(&m.strs)
		e.Mentions = m.sentPtrs.take(r.count())
		for j := range e.Mentions {
			e.Mentions[j] = sentence()
		}
	}
	a.Numbers = m.numbers.take(r.count())
	for i := range a.Numbers {
		a.Numbers[i] = Number{Text: r.str(), Value: r.f64(), Unit: r.str(), Sentence: sentence()}
	}
	a.Dates = m.dates.take(r.count())
	for i := range a.Dates {
		a.Dates[i] = DateMention{Text: r.str(), Kind: DateKind(r.str()), Sentence: sentence()}
	}
	a.Headings = m.headings.take(r.count())
	for i := range a.Headings {
		a.Headings[i] = Heading{Kind: HeadingKind(r.str()), Text: r.str(), Before: r.uv()}
		if a.Headings[i].Before < 1 || a.Headings[i].Before > len(a.Paragraphs)+1 {
			r.fail()
		}
	}
	return a
}

// valid checks that the index's arrays fit together and with the
// articles: every offset in order and in bounds, every ID below its
// table's size.
func (ix *index) valid(nSent, nArt int) bool {
	nTerms, nWords, nFolds := ix.terms.Len(), len(ix.wordFold), ix.folds.Len()
	nTok := len(ix.tokWord)
	nPara := len(ix.paraStart) - 1
	if !ix.terms.Valid() || !ix.folds.Valid() || len(ix.wordTerm) != nWords || len(ix.foldCount) != nFolds || len(ix.foldLower) != nFolds ||
		len(ix.sentOff) != nSent+1 || len(ix.tokStart) != nTok || len(ix.tokLen) != nTok ||
		len(ix.tokKind) != nTok || len(ix.tokBits) != nTok || nPara < 1 ||
		len(ix.paraOf) != nSent || len(ix.artOf) != nSent {
		return false
	}
	return inRange(ix.wordFold, nFolds) && inRange(ix.wordTerm, nTerms) && inRange(ix.tokWord, nWords) &&
		ascending(ix.sentOff, nTok) && inRange(ix.paraOf, nPara) && inRange(ix.artOf, nArt) &&
		ascending(ix.paraStart, nSent) && ix.paraStart[0] == 0 && ix.sentOff[0] == 0 &&
		ix.sentences.valid(nTerms, nSent) && ix.paras.valid(nTerms, nPara) && ix.articles.valid(nTerms, nArt)
}

// tokensFit reports whether every token lies inside its sentence's text.
func (ix *index) tokensFit(sents []*Sentence) bool {
	for id, s := range sents {
		for i := ix.sentOff[id]; i < ix.sentOff[id+1]; i++ {
			if int(ix.tokStart[i])+int(ix.tokLen[i]) > len(s.Text) {
				return false
			}
		}
	}
	return true
}

func (l *level) valid(nTerms, nUnits int) bool {
	return len(l.off) == nTerms+1 && l.off[0] == 0 && ascending(l.off, len(l.unit)) &&
		len(l.tf) == len(l.unit) && len(l.length) == nUnits && inRange(l.unit, nUnits)
}

func inRange(a []int32, n int) bool {
	for _, v := range a {
		if v < 0 || int(v) >= n {
			return false
		}
	}
	return true
}

// ascending reports a non-decreasing array that ends at most at max, and
// exactly there for its last element.
func ascending[T int32 | uint32](a []T, end int) bool {
	if len(a) == 0 || int(a[len(a)-1]) != end {
		return false
	}
	for i := 1; i < len(a); i++ {
		if a[i] < a[i-1] {
			return false
		}
	}
	return true
}

// spellerOf returns the speller over the base's vocabulary, made the
// first time it is asked for: from the index file's section, when payload
// holds one at at and its arrays fit together, else built from the
// vocabulary. A start that reads the index file leaves the section alone
// (its 24,000 words and 3 MB of keys for PIAF) until then.
func spellerOf(b *Base, payload []byte, at int) func() *french.Speller {
	return sync.OnceValue(func() *french.Speller {
		if payload != nil {
			if si, err := decodeSpeller(payload, at); err == nil {
				if sp, err := french.SpellerFromIndex(si); err == nil {
					return sp
				}
			}
		}
		return french.NewSpeller(b.Vocabulary())
	})
}
