package quiz

// The tuning numbers of the generator, in one place.
const (
	// maxOptions is how many options an item offers (the right one and
	// up to three distractors); minOptions the fewest it may offer.
	maxOptions = 4
	minOptions = 3
	// maxScaleRatio bounds how far a distractor number may be from the
	// answer (a factor): 60 may meet 45 or 130, never 600 or 600 million.
	maxScaleRatio = 4
	// maxYearGap bounds how far a distractor date may be from the answer,
	// in years: 1000 beside 2000 would not fool.
	maxYearGap = 100
	// distractorShortlist is how many of the closest candidates (nearest
	// year, same article first) the seed chooses distractors among.
	distractorShortlist = 8
	// maxTitleRunes: a longer title is left out of the question rather
	// than cut.
	maxTitleRunes = 60
	// maxContextRunes bounds the sentence shown around a blank (so that most
	// questions fit a Telegram poll's 300 characters); a longer
	// one is cut at clause boundaries around the blank.
	maxContextRunes = 180
	minContextRunes = 40
	// minQuoteWords and maxQuoteRunes bound the quotations worth a
	// "who said" item: a two-word phrase is no quotation to recognise.
	minQuoteWords = 4
	maxQuoteRunes = 280
	// maxSentenceNumbers: a sentence with more numbers is a list (a
	// bibliography, a filmography), not a fact to ask about.
	maxSentenceNumbers = 4
	// maxRoleWords bounds a role description usable as an option.
	maxRoleWords = 7
	// maxLengthRatio bounds how much longer (in runes) one text option may
	// be than another, so that length gives nothing away.
	maxLengthRatio = 2.5
)
