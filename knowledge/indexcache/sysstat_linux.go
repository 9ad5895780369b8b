package indexcache

import (
	"io/fs"
	"syscall"
)

// sysStat reads the stat that corpusKey trusts from a file's information.
func sysStat(fi fs.FileInfo) (fileStat, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileStat{}, false
	}
	return fileStat{
		size:  st.Size,
		mtime: st.Mtim.Nano(),
		ctime: st.Ctim.Nano(),
		ino:   st.Ino,
		dev:   uint64(st.Dev), // a uint32 on some platforms
	}, true
}
