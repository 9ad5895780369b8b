package strtab

import (
	"strconv"
	"strings"
)

// literalItemsPerLine is how many strings or numbers a line of a literal
// holds.
const literalItemsPerLine = 16

// GoLiteral returns x as a Go composite literal of constants
// ("strtab.Table{Strs: …, Slots: …}"), for a generated file that compiles
// a table in as static data; go/format lays it out.
func (x Table) GoLiteral() string {
	var b strings.Builder
	b.WriteString("strtab.Table{\nStrs: []string{")
	for i, s := range x.Strs {
		if i%literalItemsPerLine == 0 {
			b.WriteString("\n")
		}
		b.WriteString(strconv.Quote(s) + ", ")
	}
	b.WriteString("\n},\nSlots: []int32{")
	for i, k := range x.Slots {
		if i%literalItemsPerLine == 0 {
			b.WriteString("\n")
		}
		b.WriteString(strconv.Itoa(int(k)) + ", ")
	}
	b.WriteString("\n},\n}")
	return b.String()
}
