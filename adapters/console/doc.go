// Package console is citebot's terminal chat: lines in, plain-text replies
// out. It is also the seam for end-to-end tests of the whole program, since
// it needs nothing but an io.Reader and an io.Writer.
package console
