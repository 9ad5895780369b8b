package knowledge

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/citebot/citebot/knowledge/extract"
	"github.com/citebot/citebot/knowledge/french"
)

// Base is the indexed knowledge of a corpus. It is read-only after Load and
// safe for concurrent use.
type Base struct {
	Articles  []*Article
	Sentences []*Sentence
	byID      map[string]*Article
	ix        *index
	pool      *sync.Pool
	// marks pools the dense arrays compiled queries index term IDs in.
	marks *sync.Pool
	facts facts
	// speller returns the spelling corrector, built once when first needed.
	speller func() *french.Speller
	// norms are the BM25 length normalisations of the last search's
	// parameters (see lengthNorms).
	norms atomic.Pointer[lengthNorms]
	// localIDFs are LocalIDF's weights, made when first needed (see
	// localIDF).
	localIDFs atomic.Pointer[[]float64]
	// foldStems are StemOf's table, made when first needed.
	foldStems atomic.Pointer[[]int32]
}

// ErrEmptyCorpus is returned by Load when the folder holds no article.
var ErrEmptyCorpus = errors.New("the corpus holds no .txt or .md article with any text")

// Load reads every .txt and .md file under fsys (recursively, in lexical
// order), cleans and segments it, extracts what it states and indexes it.
// A file that cannot be read or is not UTF-8 fails the load with an error
// that names it.
func Load(fsys fs.FS) (*Base, error) {
	files, err := CorpusFiles(fsys)
	if err != nil {
		return nil, err
	}
	return loadFiles(fsys, files, runtime.GOMAXPROCS(0))
}

// CorpusFiles lists the articles' files under fsys, in lexical order.
func CorpusFiles(fsys fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("knowledge: read %s: %w", p, err)
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		switch strings.ToLower(path.Ext(p)) {
		case ".txt", ".md":
			if !strings.HasPrefix(d.Name(), ".") {
				files = append(files, p)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}

// parseWindow is how many articles, per processor, may be parsed ahead
// of the one being indexed: it bounds the memory their analyses take
// (several times the text) whatever the size of the corpus.
const parseWindow = 8

// loadFiles parses the files on procs goroutines (Load: as many as there
// are processors) while the calling goroutine indexes the parsed articles
// in the order of files, each as soon as it and those before it are
// parsed: the index grows while parsing goes on, and at most parseWindow
// articles a worker wait, analysed, to be indexed. Since articles are
// indexed in file order, the base, and so the index file, is the same
// whatever procs is (TestLoadSameOnAnyWorkers). The error is the first
// file's in that order, so that the message does not depend on
// scheduling.
func loadFiles(fsys fs.FS, files []string, procs int) (*Base, error) {
	type parsed struct {
		a *Article
		// terms are the analyses of the article's sentences, in order.
		terms [][]french.Term
		err   error
	}
	workers := max(1, min(procs, len(files)))
	results := make([]chan parsed, len(files))
	for i := range results {
		results[i] = make(chan parsed, 1)
	}
	// A slot is taken, in file order, before a file is handed to a
	// worker, and given back once the article is indexed: the article the
	// indexer waits for always has its slot.
	slots := make(chan struct{}, max(1, workers*parseWindow))
	next := make(chan int)
	stop := make(chan struct{})
	an := french.NewAnalyzer() // shared: its stem cache is safe for concurrent use
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, terms, err := parseFile(fsys, files[i], an)
				results[i] <- parsed{a, terms, err}
			}
		}()
	}
	go func() {
		defer close(next)
		for i := range files {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case next <- i:
			case <-stop:
				return
			}
		}
	}()
	defer wg.Wait()
	defer close(stop)

	b := &Base{byID: make(map[string]*Article, len(files))}
	bd := newBuilder()
	var dupErr error // reported unless a file fails to parse
	for i := range files {
		r := <-results[i]
		<-slots
		if r.err != nil {
			return nil, r.err
		}
		a := r.a
		if len(a.Paragraphs) == 0 || dupErr != nil {
			continue
		}
		if prev, dup := b.byID[a.ID]; dup {
			dupErr = fmt.Errorf("knowledge: %s and %s have the same article id %q", prev.Path, files[i], a.ID)
			continue
		}
		b.byID[a.ID] = a
		for _, para := range a.Paragraphs {
			for _, s := range para.Sentences {
				s.ID = len(b.Sentences)
				b.Sentences = append(b.Sentences, s)
			}
		}
		bd.article(len(b.Articles), a, r.terms)
		b.Articles = append(b.Articles, a)
	}
	if dupErr != nil {
		return nil, dupErr
	}
	if len(b.Articles) == 0 {
		return nil, ErrEmptyCorpus
	}
	b.ix = bd.done()
	b.pool = newScratchPool(b.ix, len(b.Articles))
	b.marks = newMarksPool(b.ix)
	buildFacts(b)
	b.speller = spellerOf(b, nil, 0)
	return b, nil
}

// parseFile reads, parses and analyses one article: the terms are its
// sentences' analyses, in order.
func parseFile(fsys fs.FS, p string, an *french.Analyzer) (*Article, [][]french.Term, error) {
	raw, err := fs.ReadFile(fsys, p)
	if err != nil {
		return nil, nil, fmt.Errorf("knowledge: read %s: %w", p, err)
	}
	a, cuts, err := parseArticle(p, raw)
	if err != nil {
		return a, nil, err
	}
	return a, analyze(a, cuts, an), nil
}

// analyze returns the terms of every sentence of the article, in order,
// read off the cuts extraction read (extract.Cut).
func analyze(a *Article, cuts [][]french.Span, an *french.Analyzer) [][]french.Term {
	terms := make([][]french.Term, 0, len(cuts))
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			terms = append(terms, an.AnalyzeSegmented(s.Text, cuts[len(terms)]))
		}
	}
	return terms
}

// Article returns the article with the given id, or nil.
func (b *Base) Article(id string) *Article { return b.byID[id] }

// ArticleIndex returns the position of a in b.Articles, or -1 when a is
// not one of the base's articles.
func (b *Base) ArticleIndex(a *Article) int {
	if len(a.Paragraphs) == 0 || len(a.Paragraphs[0].Sentences) == 0 {
		return -1
	}
	id := a.Paragraphs[0].Sentences[0].ID
	if id < 0 || id >= len(b.ix.artOf) {
		return -1
	}
	if i := int(b.ix.artOf[id]); b.Articles[i] == a {
		return i
	}
	return -1
}

// parseArticle turns one file into an Article: front matter, cleaning,
// paragraphs, sentences and extraction; cuts are its sentences as
// extraction read them (extract.Cut), for the index.
func parseArticle(p string, raw []byte) (a *Article, cuts [][]french.Span, err error) {
	if !utf8.Valid(raw) {
		return nil, nil, fmt.Errorf("knowledge: %s is not valid UTF-8 text (save it as UTF-8)", p)
	}
	text := strings.TrimPrefix(string(raw), "\ufeff")
	meta, body, err := parseFrontMatter(text)
	if err != nil {
		return nil, nil, fmt.Errorf("knowledge: %s: front matter: %w", p, err)
	}
	base := path.Base(p)
	a = &Article{
		ID:       strings.TrimSuffix(base, path.Ext(base)),
		Path:     p,
		Title:    meta.Title,
		Source:   meta.Source,
		URL:      meta.URL,
		Lang:     meta.Lang,
		Date:     meta.Date,
		DateText: meta.DateText,
	}
	doc := clean(body)
	if a.Title == "" {
		a.Title = doc.Title
	}
	if a.Date == "" {
		a.Date, a.DateText = doc.Date, doc.DateText
	}
	// kept[i] counts the paragraphs kept of the first i: one without a
	// sentence is dropped, and the headings' places follow.
	kept := make([]int, len(doc.Paragraphs)+1)
	for i, ptext := range doc.Paragraphs {
		kept[i] = len(a.Paragraphs)
		para := &Paragraph{N: len(a.Paragraphs) + 1}
		for _, st := range splitSentences(ptext) {
			para.Sentences = append(para.Sentences, &Sentence{
				Article:   a,
				Paragraph: para.N,
				N:         len(para.Sentences) + 1,
				Text:      st,
			})
		}
		if len(para.Sentences) > 0 {
			a.Paragraphs = append(a.Paragraphs, para)
		}
	}
	kept[len(doc.Paragraphs)] = len(a.Paragraphs)
	for _, h := range doc.Headings {
		h.Before = kept[h.Before] + 1
		a.Headings = append(a.Headings, h)
	}
	cuts = extract.Cut(a)
	extract.Article(a, cuts)
	return a, cuts, nil
}
