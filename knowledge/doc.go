// Package knowledge turns a folder of scraped French news articles into a
// searchable Base: cleaned paragraphs, verbatim sentences, quotations with
// their speakers, people and organisations with their roles, places, numbers
// and dates in context, and a BM25 index over sentences.
//
// Everything here is pure and deterministic: the same files always give the
// same Base. Nothing in this package touches the network.
package knowledge
