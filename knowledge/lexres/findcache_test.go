package lexres

import (
	"fmt"
	"sync"
	"testing"
	"unsafe"
)

// TestFindCacheAgreesWithTable: the embedded table answers every form the
// same through its cache as without it, asked twice (the second answer
// from the cache) and with more forms than the cache has slots, so that
// forms sharing a slot replace each other; the forms looked up are copies,
// so a caller's buffer changed after a look-up changes nothing. IsWord,
// cached apart, agrees with the table too.
func TestFindCacheAgreesWithTable(t *testing.T) {
	l, err := EmbeddedLemmas()
	if err != nil {
		t.Fatal(err)
	}
	if l.cache == nil {
		t.Fatal("the embedded table has no cache")
	}
	forms := []string{"partie", "est", "chevaux", "signataires", "zzzz", "", "a"}
	for i := range 3 * findCacheSlots {
		forms = append(forms, fmt.Sprintf("mot%d", i), fmt.Sprintf("parlons%d", i%7))
	}
	for pass := range 2 {
		for _, f := range forms {
			code, ok := l.find(f)
			wantCode, wantOK := l.lookup(f)
			if code != wantCode || ok != wantOK {
				t.Fatalf("pass %d, %q: cached %q %v, table %q %v", pass, f, code, ok, wantCode, wantOK)
			}
		}
	}
	for pass := range 2 {
		for _, w := range []string{"maison", "gerer", "toutefois", "zzzz", "partie", "cheval", "signer", "internet"} {
			if got, want := l.IsWord(w), l.isWord(w); got != want {
				t.Errorf("pass %d, IsWord(%q) = %v, the table says %v", pass, w, got, want)
			}
		}
	}
	buf := []byte("parties")
	l.find(unsafe.String(&buf[0], len(buf)))
	copy(buf, "zzzzzzz")
	if f := l.cache.forms.slot("parties").Load(); f == nil || f.fold != "parties" {
		t.Errorf("the cache holds the caller's bytes: %+v", f)
	}
}

// TestFindCacheConcurrent: goroutines looking up forms that share slots
// all get the table's answers (run with -race).
func TestFindCacheConcurrent(t *testing.T) {
	l, err := EmbeddedLemmas()
	if err != nil {
		t.Fatal(err)
	}
	forms := []string{"partie", "sont", "allait", "maisons", "zzzz"}
	for i := range 2 * findCacheSlots {
		forms = append(forms, fmt.Sprintf("w%d", i))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range forms {
				f := forms[(i*(g+1))%len(forms)]
				code, ok := l.find(f)
				if wantCode, wantOK := l.lookup(f); code != wantCode || ok != wantOK {
					errs <- fmt.Sprintf("%q: %q %v, want %q %v", f, code, ok, wantCode, wantOK)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
