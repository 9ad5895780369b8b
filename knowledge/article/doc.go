// Package article holds what a cleaned article is made of: its
// paragraphs and verbatim sentences, and what extraction found in them
// (quotations, entities, numbers, dates). knowledge fills these types at
// Load and extraction (knowledge/extract) reads and completes them; the
// package itself holds no behaviour.
package article
