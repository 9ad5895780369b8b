package gencheck

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of reporting
// them, so that Check's own failures can be tested.
type recorder struct {
	testing.TB
	errors []string
	fatal  bool
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatal(args ...any) {
	r.fatal = true
	panic(r)
}

// check runs Check on r, catching the panic that stands for Fatal's
// runtime.Goexit.
func (r *recorder) check(file string, want []byte, update bool) {
	defer func() {
		if p := recover(); p != nil && p != r {
			panic(p)
		}
	}()
	Check(r, file, want, update, "the generator")
}

func TestCheck(t *testing.T) {
	file := filepath.Join(t.TempDir(), "gen.go")
	r := &recorder{TB: t}
	if r.check(file, []byte("a"), false); !r.fatal {
		t.Error("a missing file passed")
	}
	r = &recorder{TB: t}
	if r.check(file, []byte("a"), true); r.fatal || len(r.errors) > 0 {
		t.Errorf("update failed: %v", r.errors)
	}
	if got, err := os.ReadFile(file); err != nil || string(got) != "a" {
		t.Errorf("update wrote %q, %v", got, err)
	}
	r = &recorder{TB: t}
	if r.check(file, []byte("a"), false); r.fatal || len(r.errors) > 0 {
		t.Errorf("a current file failed: %v", r.errors)
	}
	r = &recorder{TB: t}
	if r.check(file, []byte("b"), false); len(r.errors) != 1 || !strings.Contains(r.errors[0], "gen.go") || !strings.Contains(r.errors[0], "run the generator") {
		t.Errorf("a stale file: %v", r.errors)
	}
}
