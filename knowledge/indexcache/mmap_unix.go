//go:build unix

package indexcache

import (
	"fmt"
	"os"
	"syscall"
)

// mapFile maps the file read-only: the pages are read when first used,
// and shared by every process that maps the same file. The file is never
// modified in place (Write renames a new file over it), so the mapping
// stays valid.
func mapFile(file string) ([]byte, func(), error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	size := info.Size()
	if size == 0 || size != int64(int(size)) {
		return nil, func() {}, fmt.Errorf("%s: %d bytes, not an index file", file, size)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, fmt.Errorf("indexcache: map %s: %w", file, err)
	}
	return data, func() { _ = syscall.Munmap(data) }, nil
}
