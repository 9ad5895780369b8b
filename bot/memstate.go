package bot

import (
	"encoding/binary"
	"errors"
)

// A MemoryStore keeps each conversation's state as a string of varints
// rather than as a ConversationState: one allocation of about 60 bytes
// instead of a struct and a slice per list of sentences, each naming its
// article again. A run over PIAF's 7,569 questions, each its own
// conversation that a later line may follow up, kept 3 MB of states that
// way, and the heap peaks at twice what it keeps.

// encodeState writes st compactly: its numbers as varints, each
// sentence's article only when it is not the one before it.
func encodeState(st ConversationState) string {
	b := make([]byte, 0, 64)
	b = binary.AppendVarint(b, int64(st.Turns))
	b = appendString(b, st.Article)
	prev := st.Article
	for _, refs := range [...][]SentenceRef{st.Last, st.Cited, st.More} {
		b = binary.AppendUvarint(b, uint64(len(refs)))
		for _, r := range refs {
			if r.Article == prev {
				b = append(b, 0)
			} else {
				b = append(b, 1)
				b = appendString(b, r.Article)
				prev = r.Article
			}
			b = binary.AppendVarint(b, int64(r.Paragraph))
			b = binary.AppendVarint(b, int64(r.Sentence))
		}
	}
	if st.Focus == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = appendString(b, st.Focus.Article)
		b = appendString(b, st.Focus.Name)
	}
	b = binary.AppendVarint(b, st.Entry)
	b = appendString(b, st.Question)
	return string(b)
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// errStateCorrupt is what decodeState returns for what encodeState did
// not write.
var errStateCorrupt = errors.New("bot: stored conversation state is corrupt")

// decodeState reads back what encodeState wrote, into a state of the
// caller's own (its strings share s, which never changes): an empty list
// of sentences reads back as nil.
func decodeState(s string) (ConversationState, error) {
	d := stateReader{s: s}
	st := ConversationState{Turns: int(d.varint()), Article: d.string()}
	prev := st.Article
	for _, refs := range [...]*[]SentenceRef{&st.Last, &st.Cited, &st.More} {
		n := d.uvarint()
		if n > uint64(len(d.s)) { // each takes a byte at least
			return ConversationState{}, errStateCorrupt
		}
		if n > 0 {
			*refs = make([]SentenceRef, 0, n)
		}
		for range n {
			switch d.byte() {
			case 0:
			case 1:
				prev = d.string()
			default:
				d.bad = true
			}
			*refs = append(*refs, SentenceRef{Article: prev, Paragraph: int(d.varint()), Sentence: int(d.varint())})
		}
	}
	switch d.byte() {
	case 0:
	case 1:
		st.Focus = &EntityRef{Article: d.string(), Name: d.string()}
	default:
		d.bad = true
	}
	st.Entry = d.varint()
	st.Question = d.string()
	if d.bad || d.s != "" {
		return ConversationState{}, errStateCorrupt
	}
	return st, nil
}

// stateReader reads encodeState's varints and strings off s; bad is set,
// and zeros read, once s runs out or holds no varint.
type stateReader struct {
	s   string
	bad bool
}

func (d *stateReader) uvarint() uint64 {
	var v uint64
	for i := 0; i < len(d.s) && i < binary.MaxVarintLen64; i++ {
		c := d.s[i]
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			d.s = d.s[i+1:]
			return v
		}
	}
	d.bad, d.s = true, ""
	return 0
}

func (d *stateReader) varint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

func (d *stateReader) byte() byte {
	if d.s == "" {
		d.bad = true
		return 0
	}
	c := d.s[0]
	d.s = d.s[1:]
	return c
}

func (d *stateReader) string() string {
	n := d.uvarint()
	if n > uint64(len(d.s)) {
		d.bad, d.s = true, ""
		return ""
	}
	v := d.s[:n]
	d.s = d.s[n:]
	return v
}
