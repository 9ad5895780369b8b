package knowledge

import (
	"bytes"
	"os"
	"testing"
)

// TestLoadSameOnAnyWorkers checks that the index file of a corpus is the
// same bytes whether its articles were parsed on one goroutine or on
// several: the parallel build merges in file order, so neither the
// number of workers nor their scheduling shows in what is built. Run with
// -race, it also checks that the workers share nothing unguarded.
func TestLoadSameOnAnyWorkers(t *testing.T) {
	for _, dir := range []string{seedDir, piafDir} {
		t.Run(dir, func(t *testing.T) {
			fsys := os.DirFS(dir)
			files, err := CorpusFiles(fsys)
			if err != nil || len(files) == 0 {
				t.Skipf("corpus not found: %v", err)
			}
			var first []byte
			for _, procs := range []int{1, 2, 5} {
				base, err := loadFiles(fsys, files, procs)
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if err := base.WriteIndex(&buf, Key{}); err != nil {
					t.Fatal(err)
				}
				if first == nil {
					first = buf.Bytes()
					continue
				}
				if !bytes.Equal(buf.Bytes(), first) {
					t.Errorf("%d workers: the index file (%d bytes) differs from one worker's (%d bytes)", procs, buf.Len(), len(first))
				}
			}
		})
	}
}
