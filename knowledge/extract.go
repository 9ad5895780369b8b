package knowledge

// extract fills the article's quotes, entities, numbers and dates from its
// sentences. PLACEHOLDER: the extractors are being written.
func extract(a *Article) {}
