package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"time"

	"github.com/citebot/citebot/config"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/corpus"
	"github.com/citebot/citebot/knowledge/indexcache"
)

// localCommand is what every subcommand starts from, the one way citebot
// reads its configuration: defaults, the CITEBOT_CONFIG file and the
// environment (config.FromEnv), with the configuration's flags bound to
// the subcommand's own flag set, which parseFlags then parses.
type localCommand struct {
	cfg config.Config
	fs  *flag.FlagSet
}

// newLocalCommand binds the corpus and logging flags only: the subcommands
// that answer on the spot need no platform settings.
func newLocalCommand(name string, e proc) (*localCommand, error) {
	return newCommand(name, e, true)
}

func newCommand(name string, e proc, local bool) (*localCommand, error) {
	cfg, err := config.FromEnv(e.getenv)
	if err != nil {
		return nil, err
	}
	lc := &localCommand{cfg: cfg, fs: flag.NewFlagSet(name, flag.ContinueOnError)}
	if local {
		lc.cfg.BindLocalFlags(lc.fs)
	} else {
		lc.cfg.BindFlags(lc.fs)
	}
	return lc, nil
}

// load validates the settings it uses, then loads the corpus; it returns
// the logger, the knowledge and the folder it came from.
func (lc *localCommand) load(e proc) (*slog.Logger, *knowledge.Base, fs.FS, error) {
	if err := lc.cfg.ValidateLocal(); err != nil {
		return nil, nil, nil, err
	}
	logger := newLogger(lc.cfg, e.stderr)
	base, fsys, err := loadCorpus(lc.cfg.Corpus, e.getenv, logger)
	return logger, base, fsys, err
}

// loadCorpus loads the articles under dir, or the bundled ones when dir is
// "": those from the index file compiled in with them, others through
// their index file in the cache (see cacheFile) when there is one.
// knowledge.Load's errors already name the file at fault.
func loadCorpus(dir string, getenv func(string) string, logger *slog.Logger) (*knowledge.Base, fs.FS, error) {
	fsys, name := corpusFS(dir), dir
	start := time.Now()
	if dir == "" {
		name = "the bundled articles"
		base, err := bundledBase(corpus.Index())
		if err == nil {
			logger.Debug("corpus loaded", "corpus", name, "from", "the index compiled in", "articles", len(base.Articles),
				"sentences", len(base.Sentences), "took", time.Since(start).Round(time.Microsecond))
			return base, fsys, nil
		}
		// Only a build whose articles or index format changed without
		// its file being rewritten (corpus.RegenerateIndex) gets here.
		logger.Debug("the bundled index is not used", "reason", err)
	}
	file, err := cacheFile(dir, getenv)
	if err != nil {
		// As with a cache that cannot be written, the articles are
		// indexed at every start: slower, but answered.
		logger.Warn("no index file; every start indexes the articles", "err", err)
		file = ""
	}
	var base *knowledge.Base
	if file == "" {
		base, err = knowledge.Load(fsys)
	} else {
		base, err = indexcache.Open(fsys, file, buildStamp(), logger)
	}
	if errors.Is(err, knowledge.ErrEmptyCorpus) {
		return nil, nil, fmt.Errorf("%s: %w; put UTF-8 articles in it, one a file", name, err)
	}
	if err != nil {
		return nil, nil, err
	}
	logger.Debug("corpus loaded", "corpus", name, "articles", len(base.Articles),
		"sentences", len(base.Sentences), "took", time.Since(start).Round(time.Millisecond))
	return base, fsys, nil
}

// bundledBase reads the bundled articles' base from their index file data,
// when it is theirs: it fails with knowledge.ErrIndexStale when the file is
// of other articles or of another index format.
func bundledBase(data []byte) (*knowledge.Base, error) {
	key, err := knowledge.CorpusKey(corpus.FS(), corpus.IndexBuild)
	if err != nil {
		return nil, err
	}
	base, err := knowledge.ReadIndex(data, key)
	if err != nil {
		return nil, fmt.Errorf("the bundled articles' index: %w", err)
	}
	return base, nil
}

// corpusFS is the folder of articles: dir, or the bundled ones.
func corpusFS(dir string) fs.FS {
	if dir == "" {
		return corpus.FS()
	}
	return os.DirFS(dir)
}

// newLogger logs to w, as text or JSON, from the configured level. The
// configuration is validated before, so the level parses.
func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
