package lexres

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadThesaurus(t *testing.T) {
	f, err := os.Open("testdata/thes.dat")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	th, err := ReadThesaurus(f)
	if err != nil {
		t.Fatal(err)
	}
	if got := th.Synonyms("parler"); !reflect.DeepEqual(got, []string{"causer", "discuter"}) {
		t.Errorf("parler: %q", got)
	}
	if got := th.Synonyms("mort"); !reflect.DeepEqual(got, []string{"deces", "trepas", "decede"}) {
		t.Errorf("mort: %q", got)
	}
	if th.Len() != 2 || th.Synonyms("la fin") != nil {
		t.Errorf("len %d; multi-word headword kept: %q", th.Len(), th.Synonyms("la fin"))
	}
	var none *Thesaurus
	if none.Synonyms("parler") != nil || none.Len() != 0 {
		t.Error("a nil thesaurus must be empty")
	}
}

func TestReadThesaurusErrors(t *testing.T) {
	for name, in := range map[string]string{
		"empty":     "",
		"encoding":  "ISO8859-1\n",
		"no count":  "UTF-8\nparler\n",
		"truncated": "UTF-8\nparler|2\n(Verbe)|causer\n",
	} {
		if _, err := ReadThesaurus(strings.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestFindOptional(t *testing.T) {
	dir := t.TempDir()
	if th, err := FindThesaurus(dir + "/none.dat"); th != nil || err != nil {
		t.Errorf("missing thesaurus: %v, %v; want nil, nil", th, err)
	}
	if th, err := FindThesaurus("testdata/thes.dat"); th.Len() != 2 || err != nil {
		t.Errorf("testdata thesaurus: %d, %v", th.Len(), err)
	}
	bad := filepath.Join(dir, "bad.dat")
	if err := os.WriteFile(bad, []byte("UTF-8\nparler|2\n(Verbe)|causer\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := FindThesaurus(bad); err == nil || !strings.Contains(err.Error(), "bad.dat") {
		t.Errorf("a bad thesaurus must be an error naming it: %v", err)
	}
}

func FuzzReadThesaurus(f *testing.F) {
	f.Add("UTF-8\nparler|1\n(Verbe)|causer|discuter\n")
	f.Add("UTF-8\nx|-1\n")
	f.Fuzz(func(t *testing.T, in string) {
		th, err := ReadThesaurus(strings.NewReader(in))
		if err == nil && th == nil {
			t.Fatal("nil thesaurus without an error")
		}
	})
}
