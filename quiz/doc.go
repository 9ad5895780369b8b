// Package quiz writes multiple-choice questions from the facts the
// knowledge base extracted (who said a quotation, how many, when, where,
// a person's role, which organisation), each proved by the sentence it
// cites and with distractors that the sentence does not support.
package quiz
