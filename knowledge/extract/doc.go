// Package extract reads what an article's sentences state: quotations and
// who said them, people, organisations and places with their roles,
// numbers with what they count, and dates. Article fills an
// article.Article's Quotes, Entities, Numbers and Dates from its
// sentences, read in order; knowledge calls it for every article at Load.
//
// Extraction reads each sentence as Cut (french.Segment) cuts it, the cut
// knowledge's index reads too, and its words through the lists of
// knowledge/french/data. It is pure and deterministic.
package extract
