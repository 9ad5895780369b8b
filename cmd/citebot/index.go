package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/indexcache"
)

// cacheDirOff, as CITEBOT_CACHE_DIR, turns the index file off: every start
// indexes the articles.
const cacheDirOff = "off"

// runIndex indexes the corpus and writes its index file: to -o FILE, or to
// the cache where chat, ask and serve look for it.
func runIndex(e proc, args []string) error {
	lc, err := newLocalCommand("index", e)
	if err != nil {
		return err
	}
	out := lc.fs.String("o", "", "write the index file to `FILE` (default: the cache directory)")
	if err := parseFlags(lc.fs, args, e); err != nil {
		return err
	}
	if lc.fs.NArg() > 0 {
		return usagef("index: unexpected argument %q", lc.fs.Arg(0))
	}
	if err := lc.cfg.ValidateLocal(); err != nil {
		return err
	}
	file := *out
	if file == "" && lc.cfg.Corpus == "" {
		return usagef("index: the bundled articles' index is compiled into citebot: name a folder with --corpus DIR, or a file with -o FILE")
	}
	if file == "" {
		if file, err = cacheFile(lc.cfg.Corpus, e.getenv); err != nil {
			return err
		}
		if file == "" {
			return usagef("index: CITEBOT_CACHE_DIR is %q: name the file with -o FILE", cacheDirOff)
		}
	}
	fsys := corpusFS(lc.cfg.Corpus)
	key, err := indexcache.CorpusKey(fsys, buildStamp(), file, newLogger(lc.cfg, e.stderr))
	if err != nil {
		return err
	}
	base, err := knowledge.Load(fsys)
	if err != nil {
		return err
	}
	if err := indexcache.Write(base, key, file); err != nil {
		return err
	}
	info, err := os.Stat(file)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stdout, "%s : %d articles, %d phrases, %.1f Mo\n", file,
		len(base.Articles), len(base.Sentences), float64(info.Size())/(1<<20))
	return err
}

// cacheFile is the index file of the corpus in dir ("" for the bundled
// articles) inside CITEBOT_CACHE_DIR, by default the user's cache
// directory; "" when the cache is off. Each folder has its own file, named
// after its absolute path.
func cacheFile(dir string, getenv func(string) string) (string, error) {
	cache := getenv("CITEBOT_CACHE_DIR")
	if cache == cacheDirOff {
		return "", nil
	}
	if cache == "" {
		user, err := os.UserCacheDir()
		if err != nil {
			return "", fmt.Errorf("no cache directory for the index file (set CITEBOT_CACHE_DIR, or %q to do without): %w", cacheDirOff, err)
		}
		cache = filepath.Join(user, "citebot")
	}
	if dir == "" {
		return filepath.Join(cache, "bundled.idx"), nil
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("corpus %s: %w", dir, err)
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(cache, filepath.Base(abs)+"-"+hex.EncodeToString(sum[:6])+".idx"), nil
}

// buildStamp identifies the program in the index file's key: its VCS
// revision, and for a build from modified sources (or without VCS
// information) the executable's size and time too, since the same
// revision may then analyse text differently.
func buildStamp() string {
	var parts []string
	clean := false
	if bi, ok := debug.ReadBuildInfo(); ok {
		parts = append(parts, bi.Main.Version, bi.GoVersion)
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				parts = append(parts, s.Value)
				clean = true
			case "vcs.modified":
				clean = clean && s.Value == "false"
			}
		}
	}
	if !clean {
		if exe, err := os.Executable(); err == nil {
			if info, err := os.Stat(exe); err == nil {
				parts = append(parts, fmt.Sprint(info.Size(), info.ModTime().UnixNano()))
			}
		}
	}
	return strings.Join(parts, " ")
}
