package indexcache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"log/slog"
	"os"
	"time"

	"github.com/citebot/citebot/knowledge"
)

// A warm start must know that the articles are those the index file was
// made from. Hashing them all costs what reading the index file does (a
// quarter of a warm PIAF start, most of a large corpus's), so the sums
// file beside the index file keeps each article's hash with what the file
// system said of the file just before it was read (stat: size, times of
// change, inode). A file whose stat is unchanged is not read again; any
// other is. Git checks its work tree the same way.
//
// A write within the file system's clock tick of that stat could leave
// the times unchanged ("racy" files, in Git's word), so a file changed
// less than racyWindow before the stat is hashed again on every start
// until it is older: a freshly copied corpus costs one more full hash.
const racyWindow = 2 * time.Second

// fileStat is what the file system says of a file that changes whenever
// its content does: the change time (ctime) moves on every write and
// cannot be set back by a program, nor the inode on a replacement.
type fileStat struct {
	size, mtime, ctime int64 // bytes, nanoseconds since 1970
	ino, dev           uint64
}

// fileSum is a corpus file's hash and its stat when it was hashed.
type fileSum struct {
	name string
	stat fileStat
	sum  knowledge.Key
}

// sums is a sums file's content: every file's hash and stat, in the
// lexical order of their names (knowledge.CorpusFiles's: a start walks
// both lists side by side, with no map to build), and when the stats were
// taken (nanoseconds since 1970).
type sums struct {
	taken int64
	files []fileSum
}

// The sums file: sumsMagic, the format, the stats' time and the number of
// files, then each file's name (length first), stat and hash, then the
// CRC-32 (IEEE, as the index file's) of all that.
const (
	sumsMagic      = "citebot sums\x00\x00\x00\x00"
	sumsFormat     = 2
	sumsHeaderSize = len(sumsMagic) + 4 + 8 + 4
	sumsEntrySize  = 2 + 5*8 + len(knowledge.Key{}) // besides its name
	maxSumsName    = 1<<16 - 1
)

var errSumsCorrupt = errors.New("sums file truncated or corrupt")

// corpusKey is knowledge.CorpusKey with the sums file's help: it reads
// only the files whose stat changed since they were hashed, and rewrites
// the sums file when it read any. now is the time of the stats, before
// any file is read. A sums file that cannot be read or written costs a
// full hash, never a wrong key: it is logged, not returned.
func corpusKey(fsys fs.FS, build, sumsFile string, now time.Time, logger *slog.Logger) (knowledge.Key, error) {
	files, err := knowledge.CorpusFiles(fsys)
	if err != nil {
		return knowledge.Key{}, err
	}
	old, err := readSums(sumsFile)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		logger.Info("sums file ignored", "file", sumsFile, "reason", err)
	}
	keys := make([]knowledge.Key, len(files))
	stats := make([]fileStat, len(files)) // the zero fileStat: none to keep
	var stale []int
	known := old.files
	for i, name := range files {
		for len(known) > 0 && known[0].name < name {
			known = known[1:]
		}
		st, ok := statOf(fsys, name)
		if ok && len(name) <= maxSumsName {
			stats[i] = st
		}
		if ok && len(known) > 0 && known[0].name == name && known[0].stat == st && !racy(st, old.taken) {
			keys[i] = known[0].sum
			continue
		}
		stale = append(stale, i)
	}
	logger.Debug("articles hashed", "read", len(stale), "of", len(files))
	if len(stale) == 0 {
		return knowledge.KeyOf(build, keys), nil
	}
	names := make([]string, len(stale))
	for j, i := range stale {
		names[j] = files[i]
	}
	hashed, err := knowledge.HashFiles(fsys, names)
	if err != nil {
		return knowledge.Key{}, err
	}
	for j, i := range stale {
		keys[i] = hashed[j]
	}
	cur := sums{taken: now.UnixNano(), files: make([]fileSum, 0, len(files))}
	for i, name := range files {
		if stats[i] != (fileStat{}) {
			cur.files = append(cur.files, fileSum{name: name, stat: stats[i], sum: keys[i]})
		}
	}
	if len(cur.files) > 0 {
		if err := writeAtomic(sumsFile, func(f *os.File) error { _, err := f.Write(cur.encode()); return err }); err != nil {
			logger.Warn("sums file not written; the next start reads every article again", "err", err)
		}
	}
	return knowledge.KeyOf(build, keys), nil
}

// statOf is the file's stat, when the file system gives one.
func statOf(fsys fs.FS, name string) (fileStat, bool) {
	fi, err := fs.Stat(fsys, name)
	if err != nil || !fi.Mode().IsRegular() {
		return fileStat{}, false
	}
	return sysStat(fi)
}

// racy reports a file changed so shortly before taken that a write right
// after could have kept its times.
func racy(st fileStat, taken int64) bool {
	edge := taken - int64(racyWindow)
	return st.mtime >= edge || st.ctime >= edge
}

// readSums reads a sums file; a missing one is fs.ErrNotExist.
func readSums(file string) (sums, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return sums{}, err
	}
	s, err := decodeSums(data)
	if err != nil {
		return sums{}, fmt.Errorf("%s: %w", file, err)
	}
	return s, nil
}

func (s sums) encode() []byte {
	b := make([]byte, 0, sumsHeaderSize+len(s.files)*(sumsEntrySize+32)+4)
	b = append(b, sumsMagic...)
	b = binary.LittleEndian.AppendUint32(b, sumsFormat)
	b = binary.LittleEndian.AppendUint64(b, uint64(s.taken))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s.files)))
	for _, f := range s.files {
		b = binary.LittleEndian.AppendUint16(b, uint16(len(f.name)))
		b = append(b, f.name...)
		for _, v := range [...]uint64{uint64(f.stat.size), uint64(f.stat.mtime), uint64(f.stat.ctime), f.stat.ino, f.stat.dev} {
			b = binary.LittleEndian.AppendUint64(b, v)
		}
		b = append(b, f.sum[:]...)
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// decodeSums reads what encode wrote, every length checked and the names
// in strictly increasing order. The names are substrings of one copy of
// the file.
func decodeSums(data []byte) (sums, error) {
	if len(data) < sumsHeaderSize+4 || !bytes.HasPrefix(data, []byte(sumsMagic)) {
		return sums{}, errSumsCorrupt
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(body):]) {
		return sums{}, errSumsCorrupt
	}
	p := body[len(sumsMagic):]
	if v := binary.LittleEndian.Uint32(p); v != sumsFormat {
		return sums{}, fmt.Errorf("sums file of format %d, not %d", v, sumsFormat)
	}
	s := sums{taken: int64(binary.LittleEndian.Uint64(p[4:]))}
	n := int(binary.LittleEndian.Uint32(p[12:]))
	p = p[16:]
	if n > len(p)/sumsEntrySize {
		return sums{}, errSumsCorrupt
	}
	text := string(p) // the names' one copy
	s.files = make([]fileSum, n)
	for i := range s.files {
		if len(p) < 2 {
			return sums{}, errSumsCorrupt
		}
		l := int(binary.LittleEndian.Uint16(p))
		if len(p) < sumsEntrySize+l {
			return sums{}, errSumsCorrupt
		}
		at := len(text) - len(p) + 2
		name := text[at : at+l]
		p = p[2+l:]
		var v [5]uint64
		for k := range v {
			v[k] = binary.LittleEndian.Uint64(p[8*k:])
		}
		f := &s.files[i]
		*f = fileSum{name: name, stat: fileStat{size: int64(v[0]), mtime: int64(v[1]), ctime: int64(v[2]), ino: v[3], dev: v[4]}}
		copy(f.sum[:], p[40:])
		p = p[sumsEntrySize-2:]
		if i > 0 && s.files[i-1].name >= name {
			return sums{}, errSumsCorrupt
		}
	}
	if len(p) != 0 {
		return sums{}, errSumsCorrupt
	}
	return s, nil
}
