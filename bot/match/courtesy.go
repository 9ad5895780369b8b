package match

import (
	"strings"

	"github.com/citebot/citebot/knowledge/french"
)

// « Bonjour, qui a qualifié Internet de force du bien ? », « Dis-moi où
// se tient le sommet », « J'aimerais savoir combien de pays … »: a class
// greets the bot and asks politely, and the question proper starts after
// the greeting or the lead-in. Read from the first word, the greeting
// took the place of the question word (the kind went unread) and stood
// for a name the articles never mention. A greeting (« Bonjour à tous »,
// « Merci ! ») is skipped when a punctuation mark, a question word or a
// lead-in follows it (« Salut est-il un mot … ? » asks about the word). A
// lead-in is skipped when it holds a word of asking (« dis », « savoir »,
// « plaît »: the typo « S'où … » keeps its « où ») and a question word
// follows it, or a preposition and one (« dis-moi dans quelle ville »):
// « Vous savez que … » stays a statement. At the end, the thanks or the
// « s'il vous plaît » after the question's last punctuation mark (« Qui
// est Lu Wei ? Merci ! », where « Merci » stood for a name the articles
// never mention) go too, and a « svp » or « stp » after three words or
// more. A filler of speech (« Du coup, », « Au fait ») is skipped as a
// greeting is, a « hein » at the end as a « svp », and a worksheet's
// numbering (« 1) », « Q3 : ») before everything, and what the asker
// says of themself before a comma (« J'ai lu les articles, qui … ? »).
// The question's own words are never skipped.

// questionProper returns the question proper of text (see above) and
// its tokens, toks reused; toks are text's.
func questionProper(text string, toks []french.Token) (string, []french.Token) {
	if k := listMarkerEnd(text, toks); k > 0 {
		// « 1) Qui … ? », « Q3 : … »: a worksheet's numbering.
		text = text[toks[k].Start:]
		toks = french.TokenizeInto(toks[:0], text)
	}
	if k := asideEnd(text, toks); k > 0 {
		// « J'ai lu les articles, qui … ? »
		text = text[toks[k].Start:]
		toks = french.TokenizeInto(toks[:0], text)
	}
	if from, to := questionSentences(text, toks); from > 0 || to < len(toks) {
		// « J'ai une question. Qui … ? » (questionsentence.go).
		end := len(text)
		if to < len(toks) {
			end = toks[to].Start
		}
		text = strings.TrimSpace(text[toks[from].Start:end])
		toks = french.TokenizeInto(toks[:0], text)
	}
	k, ind := leadInEnd(text, toks)
	if end := closingStart(text, toks); k > 0 || end < len(toks) {
		to := len(text)
		if end < len(toks) {
			to = toks[end].Start
		}
		if k+ind.words < end {
			// « Sais-tu si la Chine a signé ? » asks « Est-ce que la
			// Chine a signé ? », « Dis-moi ce qu'a dit Cameron » « Qu'est-ce
			// qu'a dit Cameron ».
			text = strings.TrimRight(strings.TrimSpace(ind.direct+text[toks[k+ind.words].Start:to]), " ,;:")
			toks = french.TokenizeInto(toks[:0], text)
		}
	}
	return text, toks
}

// listMarkerEnd is the index of the token after the number or letter
// that marks a question in a list (« 1) », « 2. », « 3 - », « 4/ »,
// « a) », « Q1 : », « Q: », « Question 3 : », « Ex. 2 : »), or 0. A
// number of more than two digits (« 2012 : que … ? ») or with no mark
// after it (« 3 pays … ») opens the question itself.
func listMarkerEnd(text string, toks []french.Token) int {
	if len(toks) < 2 {
		return 0
	}
	k, marks := 1, ").:/-"
	switch f := toks[0].Fold; {
	case f == "question" || f == "q" || f == "exercice" || f == "ex" || len(f) > 1 && f[0] == 'q' && french.IsDigits(f[1:]):
		if toks[1].Kind == french.Number && len(toks[1].Fold) <= 2 {
			k = 2
		}
	case toks[0].Kind == french.Number:
		if len(f) > 2 || !french.IsDigits(f) {
			return 0
		}
	case len(f) == 1 && f[0] >= 'a' && f[0] <= 'h':
		marks = ")" // « a) », not « a. » or « à : »
	default:
		return 0
	}
	if k >= len(toks) || !strings.ContainsAny(text[toks[k-1].End:toks[k].Start], marks) {
		return 0
	}
	return k
}

// asideEnd is the index of the question after what the asker says of
// themself before a comma (« J'ai lu les articles, qui … ? », « Je ne
// comprends pas, pourquoi … ? », « J'ai lu l'article, le Japon était-il
// représenté ? »), or 0: a clause in the first person
// singular of at most attributionReach words, naming no one (« J'ai lu
// que Cameron a parlé, qu'a-t-il dit ? » asks of what it says), neither a
// lead-in nor an attribution, which leadInLen reads.
func asideEnd(text string, toks []french.Token) int {
	if len(toks) < 3 || toks[0].Fold != "je" && toks[0].Fold != "j" {
		return 0
	}
	for k := 1; k < len(toks) && k <= attributionReach; k++ {
		if strings.Contains(text[toks[k-1].End:toks[k].Start], ",") {
			if opensQuestion(toks[k:]) || attributionEnd(text, toks[k:]) > 0 || hasInversion(text[toks[k].Start:]) {
				return k
			}
			return 0
		}
		if f := toks[k].Fold; startsUpper(toks[k].Text) || toks[k].Kind == french.Number || openingWords.leadIns.Has(f) || f == "selon" {
			return 0 // a name, a lead-in (« Je voudrais savoir, … »), an attribution
		}
	}
	return 0
}

// indirect is the opener of an indirect question after a lead-in and
// what opens the direct question instead: « si » and « Est-ce que »,
// « ce qu' » and « Qu'est-ce qu' ». The zero value is no opener.
type indirect struct {
	words  int // the opener's tokens
	direct string
}

// indirectOpener reads the opener of an indirect question at the start of
// toks: « si », the « s' » of « s'il », « s'ils » but not of « s'il vous
// plaît », « ce que », « ce qu' », « ce qui ».
func indirectOpener(toks []french.Token) (indirect, bool) {
	switch {
	case len(toks) < 2:
	case toks[0].Fold == "si":
		return indirect{1, "Est-ce que "}, true
	case toks[0].Fold == "s":
		if (toks[1].Fold == "il" || toks[1].Fold == "ils") && !(len(toks) > 2 && (toks[2].Fold == "vous" || toks[2].Fold == "te")) {
			return indirect{1, "Est-ce qu'"}, true
		}
	case toks[0].Fold == "ce" && len(toks) > 2:
		switch toks[1].Fold {
		case "que":
			return indirect{2, "Qu'est-ce que "}, true
		case "qu":
			return indirect{2, "Qu'est-ce qu'"}, true
		case "qui":
			return indirect{2, "Qu'est-ce qui "}, true
		}
	}
	return indirect{}, false
}

// leadInEnd is the index of the token where the question proper starts,
// after its greeting and its polite lead-in (see above), or 0, and the
// indirect question's opener there, if any. toks are text's.
func leadInEnd(text string, toks []french.Token) (int, indirect) {
	// The greeting ends where a punctuation mark, a question word or a
	// lead-in follows it: « Salut est-il un mot des articles ? » asks
	// about the word, « Bonjour, le chef de l'État … » is no « Bonjour
	// le ».
	ends := func(k int) bool {
		return k < len(toks) && (strings.ContainsAny(text[toks[k-1].End:toks[k].Start], ",;:.!") || opensQuestion(toks[k:]) || leadIn(text, toks[k:]))
	}
	g := 0
	for g < len(toks) {
		if openingWords.greetings.Has(toks[g].Fold) {
			g++
		} else if n := fillerLen(toks[g:]); n > 0 {
			g += n // « Du coup, qui … ? »: spoken as a greeting is
		} else {
			break
		}
	}
	t := g
	for g > 0 && t < len(toks) && openingWords.greetingTails.Has(toks[t].Fold) {
		t++ // « à tous », « tout le monde »
	}
	i := 0
	for k := t; g > 0 && k >= g; k-- {
		if ends(k) {
			i = k // « Bonjour à tous ! Le chef … »: not « le »
			break
		}
	}
	j, ind := leadInLen(text, toks[i:])
	i += j
	if i >= len(toks) {
		return 0, indirect{} // nothing after it: small talk, which the bot answers
	}
	return i, ind
}

// leadInLen is how many tokens a polite lead-in takes at the start of
// toks, when a question word or an attribution follows it (« Dis-moi
// selon Hague, quel … »), a punctuation mark (« Dites-moi, le chef de
// l'État va-t-il … ? ») or the opener of an indirect question (« Sais-tu
// si … », « Dis-moi s'il … », « Dis-moi ce qu'a dit … »), else 0; and
// that opener, which the question proper starts with. toks are text's.
func leadInLen(text string, toks []french.Token) (int, indirect) {
	j, lead := 0, false
	for ; j < len(toks); j++ {
		if lead {
			if opensQuestion(toks[j:]) {
				return j, indirect{} // « S'il vous plaît, est-ce que … »
			}
			if ind, ok := indirectOpener(toks[j:]); ok {
				return j, ind
			}
			if attributionEnd(text, toks[j:]) > 0 {
				return j, indirect{} // « Dis-moi selon Hague, quel … »
			}
		}
		if f := toks[j].Fold; openingWords.leadIns.Has(f) {
			lead = true
		} else if !openingWords.leadInGlue.Has(f) {
			break
		}
	}
	if lead && j > 0 && j < len(toks) && strings.ContainsAny(text[toks[j-1].End:toks[j].Start], ",:") {
		return j, indirect{}
	}
	return 0, indirect{}
}

// leadIn reports a polite lead-in at the start of toks (leadInLen).
func leadIn(text string, toks []french.Token) bool {
	n, _ := leadInLen(text, toks)
	return n > 0
}

// opensQuestion reports words that open a question: a question word,
// after a preposition or not, or « est-ce que ».
func opensQuestion(toks []french.Token) bool {
	switch {
	case len(toks) == 0:
		return false
	case whWord(toks[0].Fold):
		return true
	case len(toks) > 1 && openingWords.prepositions.Has(toks[0].Fold) && whWord(toks[1].Fold):
		return true
	}
	return len(toks) > 2 && toks[0].Fold == "est" && toks[1].Fold == "ce" && (toks[2].Fold == "que" || toks[2].Fold == "qu")
}

// fillerLen is how many tokens a filler of speech (« bon », « du coup »)
// takes at the start of toks, or 0.
func fillerLen(toks []french.Token) int {
	switch {
	case len(toks) == 0:
		return 0
	case openingWords.fillers.Has(toks[0].Fold):
		return 1
	case len(toks) > 1 && len(toks[0].Fold)+len(toks[1].Fold) < 16:
		var buf [16]byte
		if openingWords.fillers.Has(string(append(append(append(buf[:0], toks[0].Fold...), ' '), toks[1].Fold...))) {
			return 2
		}
	}
	return 0
}

// closingStart is the index of the first token of the thanks or
// politeness that close the question (see above), or len(toks). toks
// are text's.
func closingStart(text string, toks []french.Token) int {
	k := len(toks)
	for k > 0 {
		f := toks[k-1].Fold
		if !openingWords.greetings.Has(f) && !openingWords.greetingTails.Has(f) && !openingWords.leadIns.Has(f) && !openingWords.leadInGlue.Has(f) && f != "hein" {
			break
		}
		k--
	}
	for ; k < len(toks); k++ {
		switch {
		case k > 0 && strings.ContainsAny(text[toks[k-1].End:toks[k].Start], "?!."):
			return k // « … ? Merci ! »
		case k >= 3 && allPolite(toks[k:]):
			return k // « Qui a signé svp »
		}
	}
	return len(toks)
}

// allPolite reports words that are all « svp », « stp », the words of
// « s'il vous plaît » or a « hein »: no question's own words at its end.
func allPolite(toks []french.Token) bool {
	for _, t := range toks {
		switch t.Fold {
		case "svp", "stp", "s", "il", "vous", "te", "plait", "hein":
		default:
			return false
		}
	}
	return len(toks) > 0 && (toks[0].Fold == "svp" || toks[0].Fold == "stp" || toks[0].Fold == "s" || toks[0].Fold == "hein")
}
