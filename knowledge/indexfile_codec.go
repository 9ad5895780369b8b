package knowledge

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"math"
	"unsafe"

	"github.com/citebot/citebot/knowledge/strtab"
)

// The index file holds two kinds of data: the object graph (articles,
// entities, facts) as varints and strings, read in one pass; and the big
// arrays (tokens, postings, lengths, the speller's keys) as raw
// little-endian arrays aligned to 8 bytes, which the reader uses in place,
// without copying or decoding them.

// wbuf writes the index file's payload to w in chunks, keeping its
// length and CRC-32, so that writing a large index does not hold a second
// copy of it in memory.
type wbuf struct {
	w   io.Writer
	b   []byte
	n   int // bytes already written to w
	crc uint32
	err error
}

// wbufChunk is the size at which the buffer goes to the writer.
const wbufChunk = 1 << 20

func (w *wbuf) pos() int { return w.n + len(w.b) }

func (w *wbuf) write(p []byte) {
	if w.err == nil {
		_, w.err = w.w.Write(p)
	}
	w.crc = crc32.Update(w.crc, crc32.IEEETable, p)
	w.n += len(p)
}

func (w *wbuf) flush() {
	w.write(w.b)
	w.b = w.b[:0]
}

func (w *wbuf) append(p ...byte) {
	w.b = append(w.b, p...)
	if len(w.b) >= wbufChunk {
		w.flush()
	}
}

func (w *wbuf) uv(v int)    { w.append(binary.AppendUvarint(nil, uint64(v))...) }
func (w *wbuf) bool(v bool) { w.append(b2u(v)) }
func (w *wbuf) f64(v float64) {
	w.append(binary.LittleEndian.AppendUint64(nil, math.Float64bits(v))...)
}
func (w *wbuf) str(s string) {
	w.uv(len(s))
	w.b = append(w.b, s...)
	if len(w.b) >= wbufChunk {
		w.flush()
	}
}

func (w *wbuf) strs(ss []string) {
	w.uv(len(ss))
	for _, s := range ss {
		w.str(s)
	}
}

// raw writes a length and then the array's bytes as they are in memory,
// aligned to 8 bytes from the payload's start.
func raw[T int32 | uint32 | uint16 | uint8 | float32 | uint64](w *wbuf, a []T) {
	w.uv(len(a))
	for w.pos()%8 != 0 {
		w.append(0)
	}
	if len(a) == 0 {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(&a[0])), len(a)*int(unsafe.Sizeof(a[0])))
	if len(b) < wbufChunk {
		w.append(b...)
		return
	}
	w.flush()
	w.write(b)
}

func b2u(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// errCorrupt is what every malformed payload reads as.
var errCorrupt = errors.New("knowledge: index file is corrupt")

// rbuf reads a payload. Its first error sticks: every later read returns
// zero values, so that decoding code checks once at the end.
type rbuf struct {
	b   []byte
	off int
	err error
}

func (r *rbuf) fail() {
	if r.err == nil {
		r.err = errCorrupt
	}
}

func (r *rbuf) uv() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 || v > math.MaxInt32 {
		r.fail()
		return 0
	}
	r.off += n
	return int(v)
}

// count reads a length, which is at most the bytes left: a corrupt length
// cannot make the reader allocate more than the file holds.
func (r *rbuf) count() int {
	n := r.uv()
	if n > len(r.b)-r.off {
		r.fail()
		return 0
	}
	return n
}

// ref reads an index that must be below n.
func (r *rbuf) ref(n int) int {
	v := r.uv()
	if v >= n {
		r.fail()
		return 0
	}
	return v
}

func (r *rbuf) bool() bool { return r.bytes(1) != nil && r.b[r.off-1] == 1 }

func (r *rbuf) f64() float64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

// str returns the string in place: the payload is never modified.
func (r *rbuf) str() string {
	b := r.bytes(r.count())
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// strsFrom reads what wbuf.strs wrote, the slice taken from s.
func (r *rbuf) strsFrom(s *slab[string]) []string {
	out := s.take(r.count())
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *rbuf) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b)-r.off {
		r.fail()
		return nil
	}
	b := r.b[r.off : r.off+n]
	r.off += n
	return b
}

// readRaw returns an array written by raw, in place when the payload is
// aligned (it always is when mapped or read whole), else a copy.
func readRaw[T int32 | uint32 | uint16 | uint8 | float32 | uint64](r *rbuf) []T {
	n := r.uv()
	for r.err == nil && r.off%8 != 0 {
		r.bytes(1)
	}
	var zero T
	size := int(unsafe.Sizeof(zero))
	if n > (len(r.b)-r.off)/size {
		r.fail()
	}
	b := r.bytes(n * size)
	if len(b) == 0 {
		return nil
	}
	if uintptr(unsafe.Pointer(&b[0]))%unsafe.Alignof(zero) != 0 {
		out := make([]T, n)
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), len(b)), b)
		return out
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), n)
}

// packed writes a packed string table: its text, its offsets and its
// slots, the arrays raw so that the reader uses them in place.
func packed(w *wbuf, x strtab.Packed) {
	w.str(x.Text)
	raw(w, x.Offs)
	raw(w, x.Slots)
}

// readPacked reads what packed wrote. The caller checks it is Valid.
func readPacked(r *rbuf) strtab.Packed {
	return strtab.Packed{Text: r.str(), Offs: readRaw[uint32](r), Slots: readRaw[int32](r)}
}

// slab hands out slices cut from larger blocks. A base read from its
// index file holds some 25,000 small objects and slices (PIAF) that live
// as long as it does: one allocation for a block of them instead of one
// for each spares a warm start most of its allocations. Blocks double
// from slabFirst elements to slabBlock, so that a small corpus's few
// objects leave little of them unused.
type slab[T any] struct {
	free []T
	size int // elements in the last block allocated
}

const (
	slabFirst = 8
	slabBlock = 256
)

// take returns n zeroed elements, nil for none (as Load leaves them). The
// slice's capacity is its length: an append moves it, never overwriting
// its neighbour.
func (s *slab[T]) take(n int) []T {
	switch {
	case n == 0:
		return nil
	case n >= slabBlock:
		return make([]T, n)
	case n > len(s.free):
		s.size = min(slabBlock, max(slabFirst, 2*s.size, n))
		s.free = make([]T, s.size)
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// one returns a pointer to a new zeroed element.
func (s *slab[T]) one() *T { return &s.take(1)[0] }

// slabs are the slabs a base's decoding takes its objects and slices from.
type slabs struct {
	sentences  slab[Sentence]
	paragraphs slab[Paragraph]
	sentPtrs   slab[*Sentence]
	paraPtrs   slab[*Paragraph]
	strs       slab[string]
	quotes     slab[Quote]
	entities   slab[Entity]
	numbers    slab[Number]
	dates      slab[DateMention]
	headings   slab[Heading]
	entPtrs    slab[*Entity]
}
