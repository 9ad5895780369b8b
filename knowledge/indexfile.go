package knowledge

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"runtime"
	"sync"

	"github.com/citebot/citebot/knowledge/french"
)

// indexFormat is the index file's version. Raise it whenever the layout
// of the file, or what Load builds from a corpus, changes: a file of
// another version is rebuilt, never read.
const indexFormat = 13

// The index file starts with a header of indexHeaderSize bytes: the magic
// string, the format, a byte-order mark and the corpus key. The payload
// follows, then a trailer of indexTrailerSize bytes: the payload's length
// and CRC-32 (at the end, so that the payload streams to the file). The
// IEEE polynomial: the processor computes it (PCLMULQDQ) from tables that
// cost nothing to set up, where Castagnoli's took a quarter of a
// millisecond of every start.
const (
	indexMagic       = "citebot index\x00\x00\x00"
	indexHeaderSize  = 128
	indexTrailerSize = 12
	byteOrderMark    = 0x01020304
)

// The ways an index file can be unusable; the file is then rebuilt.
var (
	ErrIndexForeign = errors.New("not a citebot index file, or one from a machine of another byte order")
	ErrIndexStale   = errors.New("index file made from other articles or by another version")
	ErrIndexCorrupt = errors.New("index file truncated or corrupt")
)

// Key identifies a corpus by the content of its files and the program that
// indexes it: an index file is valid only for the key it was written for.
type Key [sha256.Size]byte

// CorpusKey hashes the names and contents of the files Load reads from
// fsys, with build, a stamp of the program (its version): a new program
// may analyse the same text differently.
func CorpusKey(fsys fs.FS, build string) (Key, error) {
	files, err := CorpusFiles(fsys)
	if err != nil {
		return Key{}, err
	}
	sums, err := HashFiles(fsys, files)
	if err != nil {
		return Key{}, err
	}
	return KeyOf(build, sums), nil
}

// HashFiles returns the hash of each file's name and content, on every
// processor. A cache that knows some files unchanged since it hashed them
// asks only for the others' (indexcache).
func HashFiles(fsys fs.FS, files []string) ([]Key, error) {
	sums := make([]Key, len(files))
	errs := make([]error, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := range next {
				raw, err := fs.ReadFile(fsys, files[i])
				if err != nil {
					errs[i] = fmt.Errorf("knowledge: read %s: %w", files[i], err)
					continue
				}
				h := sha256.New()
				fmt.Fprintf(h, "%q %d\n", files[i], len(raw))
				h.Write(raw)
				h.Sum(sums[i][:0])
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return sums, nil
}

// KeyOf is the key of a corpus whose files, in CorpusFiles's order, have
// the hashes sums (HashFiles), for the program build.
func KeyOf(build string, sums []Key) Key {
	h := sha256.New()
	fmt.Fprintf(h, "citebot index %d %q %d\n", indexFormat, build, len(sums))
	for _, s := range sums {
		h.Write(s[:])
	}
	var k Key
	h.Sum(k[:0])
	return k
}

// Speller returns the spelling corrector over the corpus's vocabulary,
// read with the index file or built the first time it is asked for.
func (b *Base) Speller() *french.Speller { return b.speller() }

// WriteIndex writes the base, with its speller, as an index file for the
// corpus key.
func (b *Base) WriteIndex(w io.Writer, key Key) error {
	var h [indexHeaderSize]byte
	copy(h[:], indexMagic)
	binary.LittleEndian.PutUint32(h[16:], indexFormat)
	binary.NativeEndian.PutUint32(h[20:], byteOrderMark)
	copy(h[32:], key[:])
	if _, err := w.Write(h[:]); err != nil {
		return fmt.Errorf("knowledge: write index: %w", err)
	}
	// The speller, written last, is built on another core while the rest
	// is encoded (b.Speller builds it once, whoever asks first).
	go b.Speller()
	p := &wbuf{w: w, b: make([]byte, 0, wbufChunk)}
	encodeBase(p, b, b.Speller)
	p.flush()
	var t [indexTrailerSize]byte
	binary.LittleEndian.PutUint64(t[0:], uint64(p.n))
	binary.LittleEndian.PutUint32(t[8:], p.crc)
	if p.err == nil {
		_, p.err = w.Write(t[:])
	}
	if p.err != nil {
		return fmt.Errorf("knowledge: write index: %w", p.err)
	}
	return nil
}

// IndexKey returns the key an index file was written for, when it is an
// index file of this version for this byte order: ReadIndex(data, key)
// then reads it, for a caller that compares key with the corpus's once it
// knows it.
func IndexKey(data []byte) (Key, error) {
	if len(data) < indexHeaderSize || !bytes.Equal(data[:16], []byte(indexMagic)) ||
		binary.NativeEndian.Uint32(data[20:]) != byteOrderMark {
		return Key{}, ErrIndexForeign
	}
	if v := binary.LittleEndian.Uint32(data[16:]); v != indexFormat {
		return Key{}, fmt.Errorf("%w: format %d, not %d", ErrIndexStale, v, indexFormat)
	}
	return Key(data[32:64]), nil
}

// ReadIndex returns the base an index file holds, when it was written for
// key by this version on a machine of the same byte order and is intact.
// The base uses data in place (texts, tokens, postings): data must not
// change while the base is in use.
func ReadIndex(data []byte, key Key) (*Base, error) {
	own, err := IndexKey(data)
	if err != nil {
		return nil, err
	}
	if own != key {
		return nil, ErrIndexStale
	}
	if len(data) < indexHeaderSize+indexTrailerSize {
		return nil, ErrIndexCorrupt
	}
	payload, t := data[indexHeaderSize:len(data)-indexTrailerSize], data[len(data)-indexTrailerSize:]
	if binary.LittleEndian.Uint64(t) != uint64(len(payload)) {
		return nil, ErrIndexCorrupt
	}
	// The checksum reads every page of the file, most of which a start
	// would not touch otherwise; it runs on another core while the base
	// is decoded, which checks every length and offset it reads and so
	// never fails worse than with an error on a corrupt file.
	intact := make(chan bool, 1)
	go func() { intact <- crc32.ChecksumIEEE(payload) == binary.LittleEndian.Uint32(t[8:]) }()
	r := &rbuf{b: payload}
	b, spellerAt, err := decodeBase(r)
	if !<-intact {
		return nil, ErrIndexCorrupt
	}
	if err != nil || r.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrIndexCorrupt, errors.Join(err, r.err))
	}
	b.speller = spellerOf(b, payload, spellerAt)
	return b, nil
}
