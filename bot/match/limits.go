package match

// The numbers the short answers are read with live here, beside the
// ranking's and abstention's Weights (weights.go): each named once, with
// what it bounds and why.

// The short answers' limits: how far from the question's words, and how
// long, the words a short answer is read from may be.
const (
	// shortGap is how many words at most may separate an entity given as
	// the short answer from the nearest word of the question in the cited
	// sentence: farther, it answers something else the sentence says.
	shortGap = 6

	// appositionMax is the longest apposition, in words, read as a role
	// ("William Nee, chercheur pour Amnesty International, …"): longer, it is
	// a clause rather than a title.
	appositionMax = 8

	// objectMaxWords is the longest object read as a short answer: longer,
	// it is a sentence of its own, which the citation already gives.
	objectMaxWords = 20

	// copulaReach is how many words may stand between « est » and the
	// head noun of « Quel est X ? » before it (« un objectif majeur de la
	// conférence est »), and how long the subject before « est » may be;
	// half as many after it (« est une « priorité … »).
	copulaReach = 6

	// subjectReach is how long the subject of « Qu'est-ce qui V ? »'s verb
	// may be (« Cette division du pied en 12 parts égales engendra … »).
	subjectReach = 10

	// copulaPrefixMax is how many words « selon X, » may take before
	// « quel est » (« Selon William Nee, quel est … ? »).
	copulaPrefixMax = 6

	// pairReach is how long, in words, the qualifier of each name of a
	// pair « A en 2012 et B en 2013 » may be (paired.go): longer, it is
	// a clause of its own, not what tells the two apart.
	pairReach = 3

	// examplesReach is how many words may stand between the kind a
	// question asks for and the word that gives examples of it (« les
	// médias sociaux tels que … »), and how far « quel » may open it.
	examplesReach = 4

	// phraseReach is how many words may stand between the question's last
	// word in the cited sentence and the phrase that answers it: of means
	// (« chassé du trône par … »), of place, after the question's
	// preposition (reading.opening).
	phraseReach = 4

	// roleCopulaReach is how many words may stand between a copula and the
	// role noun it gives its subject (« est aussi le deuxième joueur »).
	roleCopulaReach = 4

	// bracketingMaxWords is how many words before a bracket are read as
	// what the word in it stands for (« une zone démilitarisée (DMZ) »).
	bracketingMaxWords = 4

	// useMaxWords is the longest purpose read after « pour », « afin de »
	// (« À quoi sert X ? »).
	useMaxWords = 16

	// nameTail is how many words of the question may follow a name
	// before the brackets that date it (« Jean Riolan le Jeune (1577-
	// 1657) »).
	nameTail = 3

	// countedReach is how many words after « combien » may end its verb's
	// inverted subject, whose « de » opens what is counted (« Combien la
	// marine indienne a-t-elle de porte-avions »).
	countedReach = 7

	// nationalityReach is how far into a question « De quelle nationalité »
	// may open.
	nationalityReach = 3

	// agentReach is how many words may stand between a participle and the
	// « par » that opens its agent (« fut commandée en 1910 par … »,
	// « a été décrit pour la première fois par … »).
	agentReach = 6

	// englishAdjectives is how many words an English question may put
	// between « which » and the noun that says what it asks (« which
	// hungarian city »).
	englishAdjectives = 2

	// possessorWords is how many words the possessor in an English
	// question's « X's N » right after its frame may take ("the United
	// States's").
	possessorWords = 3
	// auxiliaryReach is how many words before a participle its auxiliary
	// may stand, across participles it is coordinated with and adverbs
	// (« ont capturé et tué », « a finalement organisé »).
	auxiliaryReach = 4
	// meaningReach is how many words after the word a definition question
	// asks about its meaning's quotation may open (meaningQuoted).
	meaningReach = 6
	// verbDateReach is how many words after the question's verb its date
	// may stand, in the same clause (verbDate).
	verbDateReach = 8
	// phaseReach is how many words before a date the word that says which
	// end of an event it dates may stand (« commencé le 11 mars 1981 »,
	// ofAskedPhase).
	phaseReach = 4

	// agentBack is how many words before a participle may hold what it
	// is said of (« le FC Internazionale Milano a été fondé … par … »).
	agentBack = 12
	// namingMaxWords is the longest name read after a naming word,
	// namingNounWords the most words in lower case of one after a comma (« , le kokpar »).
	namingMaxWords, namingNounWords = 8, 2
	// negationWindow is how many words after "ne" the second part of a
	// negation may come ("ne l'a jamais signé"): French puts the verb and at
	// most a pronoun or two between them.
	negationWindow = 4
	// leftOutReach is the most words before a name that may leave it
	// out of a set (« parmi lesquels ne figureront pas dans un premier
	// temps la Chine, la Russie », yesno.go).
	leftOutReach = 16
	// attributionReach is the most words an opening attribution takes
	// before its comma (« D'après le chef de la délégation des États-Unis, »).
	attributionReach = 12

	// whTypoReach is how many of a question's first words may be a
	// misspelt question word (« Depuis qaund », « En combein de temps »),
	// and whTypoMin the fewest letters of a question word put back.
	whTypoReach = 3
	whTypoMin   = 5

	// whichMaxWords is the most words that may qualify the noun a « quel »
	// question asks about (which.go): « de propriété intellectuelle ».
	whichMaxWords = 6
	// listGapBytes is the longest text between two items of a list of
	// names (several.go): « , et probablement les ».
	listGapBytes = 32
	// titleWords is the most words of a title compared with the question.
	titleWords = 24

	// yesNoHeld is the share of the weight of a yes/no question's words
	// but names the cited sentence must hold for its polarity to answer.
	yesNoHeld = 0.5
	// saidSubjectReach: the most words of the subject before « a dit »
	// (« Qu'est-ce que le ministre a dit ? », saidAfter).
	saidSubjectReach = 4

	// shoutWords: the fewest words of a question in capitals alone read in
	// lower case (unshout); fewer may be an acronym or a name asked about.
	shoutWords = 3
	// questionMinWords: the fewest words of a question read without the
	// message's statements (questionsentence.go).
	questionMinWords = 3
	// minEnglishTypo is the shortest word of an English question that
	// correctEnglish corrects: a shorter one is too often one edit from
	// another English word (« ago », « going »).
	minEnglishTypo = 5

	// spanMaxWords is the longest candidate the span model reads: PIAF's
	// gold answers are shorter nearly always, and a longer run of words
	// is a clause the citation already gives.
	spanMaxWords = 8
	// spanHeadReach is how many tokens before or after a candidate span
	// the noun the question asks which one of may stand for the span to
	// be next to it (« le ruisseau Le Rouillon », « la commune de X »).
	spanHeadReach = 2

	// spanTreeTop is how many candidates, the best by the span model's
	// weights, its trees read (spantrees.go): held out, the sixteen best
	// hold a right one for 98 % of the questions that have one, the
	// eight best for 93 %; the trees over the best 8 gave 0.2228 short
	// answers at 0.818 precise, over the best 16 0.2251 at 0.820.
	spanTreeTop = 16
	// spanWindow is how many tokens either side of a candidate span are
	// searched for the question's words: a clause's reach.
	spanWindow = 3

	// leadSentences is how many opening sentences answer a summary request:
	// a news lead is one or two sentences.
	leadSentences = 2

	// overviewArticles is how many articles a summary of them all cites,
	// by their opening sentence: more would bury the reply (/sources
	// lists them all).
	overviewArticles = 6

	// overviewListed is how many people (places, bodies) an answer
	// listing who the articles quote or name cites, by their first
	// quotation or mention; the short answer names them all.
	overviewListed = 8

	// namePairReach is how many words may stand between one of the
	// question's names and the date or count the sentence pairs with it
	// (« la République de Corée en 2013 »: pairedWithName).
	namePairReach = 1

	// yearPairReach is how many words may stand between a count and the
	// year the sentence pairs it with (« 12 milliards d'euros en 2019 »:
	// pairedWithYear).
	yearPairReach = 3

	// yearPhraseMax is the longest phrase read as the thing a sentence
	// pairs with a year (« le Gesher en 1996 »: yearPhrase).
	yearPhraseMax = 6

	// namingTitleWords is how many words in lower case may stand between
	// the determiner and a name set after a comma (« …, le séminaire
	// Saint-Thomas »: namedAfter).
	namingTitleWords = 2

	// titleTail is how many words of a work's title may follow the
	// question's words before the comma that closes it (« Dans De l'Esprit
	// géométrique et de l'Art, Pascal … » for « Qui a écrit De l'Esprit
	// géométrique ? »: authorName).
	titleTail = 5

	// maxEllipsisWords bounds the words of what an elliptical follow-up
	// names (« Et David Cameron ? », ellipsis.go): longer, it says more
	// than a name and is a question of its own.
	maxEllipsisWords = 6
)
