// Command scale measures how citebot grows with its corpus: PIAF copied
// 1, 4, 16, 64 (and, asked for, 128) times, each size indexed cold, started
// warm, run over every question as one process, and timed per question in
// one process. It prints a Markdown table, the one in docs/measurements.md.
//
//	go run ./tools/scale                     # ×1, ×4, ×16, ×64
//	go run ./tools/scale -n 1,4,16,64,128    # heavy: 61k articles, ~1 GB
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/citebot/citebot/bot/match"
	"github.com/citebot/citebot/knowledge"
	"github.com/citebot/citebot/knowledge/indexcache"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

// warmStarts is how many warm starts are timed at each size; the fastest
// counts (the others waited for a busy machine).
const warmStarts = 5

func run() error {
	corpus := flag.String("corpus", "../shared/data/piaf/corpus", "the corpus to copy")
	questions := flag.String("questions", "../shared/data/piaf/questions.jsonl", "the questions, one JSON object a line")
	sizes := flag.String("n", "1,4,16,64", "the copy counts, comma-separated")
	work := flag.String("work", "", "working folder (default: a temporary one, removed at the end)")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the in-process answers (the last size's) to this file")
	latencyOnly := flag.Bool("latency", false, "measure only the answers in one process (the index built in the process if need be)")
	flag.Parse()
	dir := *work
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "citebot-scale-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	bin := filepath.Join(dir, "citebot")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/citebot").CombinedOutput(); err != nil {
		return fmt.Errorf("build citebot: %v\n%s", err, out)
	}
	qs, err := readQuestions(*questions)
	if err != nil {
		return err
	}
	fmt.Println("| copies | articles | corpus MB | index MB | cold index s | cold peak RSS MB | warm start ms | warm start RSS MB | whole run s (CPU s) | questions/s | run peak RSS MB | answer mean µs | p50 µs | p99 µs |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("bad size %q", s)
		}
		if err := measure(dir, bin, *corpus, n, qs, *profile, *latencyOnly); err != nil {
			return fmt.Errorf("×%d: %w", n, err)
		}
	}
	return nil
}

func measure(dir, bin, corpus string, n int, qs []string, profile string, latencyOnly bool) error {
	cdir := filepath.Join(dir, fmt.Sprintf("x%d", n))
	cache := filepath.Join(dir, "cache")
	size, err := replicate(corpus, cdir, n)
	if err != nil {
		return err
	}
	defer os.RemoveAll(cdir)
	if latencyOnly {
		lat, base, err := latencies(cdir, cache, qs, profile)
		if err != nil {
			return err
		}
		fmt.Printf("| ×%d | %d | %.1f | | | | | | | | | %.0f | %.0f | %.0f |\n",
			n, len(base.Articles), mb(size), lat.mean, lat.p50, lat.p99)
		return nil
	}
	env := append(os.Environ(), "CITEBOT_CACHE_DIR="+cache)
	cold, err := timed(exec.Command(bin, "index", "--corpus", cdir), env, nil)
	if err != nil {
		return err
	}
	var warm proc
	for i := range warmStarts {
		w, err := timed(exec.Command(bin, "ask", "--json", "--corpus", cdir), env, strings.NewReader(""))
		if err != nil {
			return err
		}
		if i == 0 || w.wall < warm.wall {
			warm = w
		}
	}
	input := &strings.Builder{}
	for i, q := range qs {
		line, _ := json.Marshal(map[string]string{"id": strconv.Itoa(i), "question": q})
		input.Write(append(line, '\n'))
	}
	whole, err := timed(exec.Command(bin, "ask", "--json", "--corpus", cdir), env, strings.NewReader(input.String()))
	if err != nil {
		return err
	}
	idx, _ := filepath.Glob(filepath.Join(cache, "x"+strconv.Itoa(n)+"-*.idx"))
	var idxSize int64
	for _, f := range idx {
		if info, err := os.Stat(f); err == nil {
			idxSize += info.Size()
		}
	}
	lat, base, err := latencies(cdir, cache, qs, profile)
	if err != nil {
		return err
	}
	fmt.Printf("| ×%d | %d | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f | %.2f (%.2f) | %.0f | %.0f | %.0f | %.0f | %.0f |\n",
		n, len(base.Articles), mb(size), mb(idxSize), cold.wall.Seconds(), mb(cold.rss),
		float64(warm.wall.Microseconds())/1000, mb(warm.rss), whole.wall.Seconds(), whole.cpu.Seconds(),
		float64(len(qs))/whole.wall.Seconds(), mb(whole.rss), lat.mean, lat.p50, lat.p99)
	return nil
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

// replicate links (or copies) the corpus's files n times into dst, copy k
// of name.txt as xK-name.txt: a new article id for each copy.
func replicate(src, dst string, n int) (size int64, err error) {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return 0, err
	}
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		for k := range n {
			to := filepath.Join(dst, fmt.Sprintf("x%03d-%s", k, d.Name()))
			if err := os.Link(p, to); err != nil {
				raw, rerr := os.ReadFile(p)
				if rerr != nil {
					return errors.Join(err, rerr)
				}
				if err := os.WriteFile(to, raw, 0o644); err != nil {
					return err
				}
			}
			size += info.Size()
		}
		return nil
	})
	return size, err
}

// proc is what one run of citebot took.
type proc struct {
	wall, cpu time.Duration
	rss       int64
}

func timed(cmd *exec.Cmd, env []string, stdin io.Reader) (proc, error) {
	cmd.Env, cmd.Stdin, cmd.Stdout = env, stdin, io.Discard
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return proc{}, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, stderr.String())
	}
	p := proc{wall: time.Since(start), cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		p.rss = ru.Maxrss * 1024 // kilobytes on Linux
	}
	return p, nil
}

type latency struct{ mean, p50, p99 float64 }

// latencies answers every question in this process, from the index file,
// and returns the answer times in microseconds; with a profile file, it
// writes the answers' CPU profile there.
func latencies(cdir, cache string, qs []string, profile string) (latency, *knowledge.Base, error) {
	abs, err := filepath.Abs(cdir)
	if err != nil {
		return latency{}, nil, err
	}
	file := filepath.Join(cache, "scale-"+filepath.Base(abs)+".idx")
	base, err := indexcache.Open(os.DirFS(cdir), file, "scale", slog.New(slog.DiscardHandler))
	if err != nil {
		return latency{}, nil, err
	}
	m := match.New(base)
	for _, q := range qs[:min(200, len(qs))] { // warm the caches
		m.Answer(q, nil)
	}
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return latency{}, nil, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return latency{}, nil, err
		}
		defer pprof.StopCPUProfile()
	}
	ds := make([]float64, len(qs))
	total := 0.0
	for i, q := range qs {
		start := time.Now()
		m.Answer(q, nil)
		ds[i] = float64(time.Since(start).Nanoseconds()) / 1000
		total += ds[i]
	}
	slices.Sort(ds)
	return latency{mean: total / float64(len(ds)), p50: ds[len(ds)/2], p99: ds[len(ds)*99/100]}, base, nil
}

func readQuestions(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var rec struct{ Question string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err == nil {
			qs = append(qs, rec.Question)
		}
	}
	return qs, sc.Err()
}
