// Package train learns the matcher's ranking and abstention weights from
// gold questions (`citebot train`): a pairwise logistic regression ranks
// candidate sentences, a logistic regression turns the best candidate's
// features into the probability that it answers, and one threshold on
// that probability decides when to abstain. Everything is deterministic:
// the same features give the same model, bit for bit.
package train
