package lexres

import (
	"bytes"
	"compress/gzip"
	"os"
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

func TestReadBilingual(t *testing.T) {
	index, err := os.ReadFile("testdata/eng-fra.index")
	if err != nil {
		t.Fatal(err)
	}
	dict, err := os.ReadFile("testdata/eng-fra.dict")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(dict)
	zw.Close()
	for name, d := range map[string][]byte{"plain": dict, "gzip": gz.Bytes()} {
		b, err := ReadBilingual(bytes.NewReader(index), bytes.NewReader(d))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := b.French("born"); !reflect.DeepEqual(got, []string{"ne", "nee"}) {
			t.Errorf("%s: born → %q", name, got)
		}
		if got := b.French("chase"); !reflect.DeepEqual(got, []string{"poursuivre", "chasser"}) {
			t.Errorf("%s: chase → %q", name, got)
		}
		if b.Len() != 2 {
			t.Errorf("%s: %d headwords, want 2 (info and multi-word left out)", name, b.Len())
		}
	}
	if _, err := ReadBilingual(strings.NewReader("born\tA\tzzzz\n"), bytes.NewReader(dict)); err == nil {
		t.Error("an offset past the end was accepted")
	}
	if _, err := ReadBilingual(strings.NewReader("born\n"), bytes.NewReader(dict)); err == nil {
		t.Error("an index line without offsets was accepted")
	}
}

func TestFindOptional(t *testing.T) {
	dir := t.TempDir()
	if th, err := FindThesaurus(dir + "/none.dat"); th != nil || err != nil {
		t.Errorf("missing thesaurus: %v, %v; want nil, nil", th, err)
	}
	if b, err := FindBilingual(dir+"/none.index", dir+"/none.dict.dz"); b != nil || err != nil {
		t.Errorf("missing dictionary: %v, %v; want nil, nil", b, err)
	}
	if th, err := FindThesaurus("testdata/thes.dat"); th.Len() != 2 || err != nil {
		t.Errorf("testdata thesaurus: %d, %v", th.Len(), err)
	}
	if _, err := FindThesaurus("testdata/eng-fra.index"); err == nil || !strings.Contains(err.Error(), "eng-fra.index") {
		t.Errorf("a bad thesaurus must be an error naming it: %v", err)
	}
	if b, err := FindBilingual("testdata/eng-fra.index", "testdata/eng-fra.dict"); b.Len() != 2 || err != nil {
		t.Errorf("testdata dictionary: %d, %v", b.Len(), err)
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

func FuzzReadBilingual(f *testing.F) {
	f.Add("born\tA\tY\n", "born /b/\nné, née\n")
	f.Add("x\t////////\tA\n", "")
	f.Fuzz(func(t *testing.T, index, dict string) {
		b, err := ReadBilingual(strings.NewReader(index), strings.NewReader(dict))
		if err == nil && b == nil {
			t.Fatal("nil dictionary without an error")
		}
	})
}
