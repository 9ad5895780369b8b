package score

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// ReadGold reads gold records, one JSON object a line; blank lines are
// skipped. A bad line is an error that gives its number.
func ReadGold(r io.Reader) ([]Gold, error) {
	var gold []Gold
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var g Gold
			if err := json.Unmarshal(line, &g); err != nil {
				return nil, fmt.Errorf("line %d: %w", n, err)
			}
			if g.ID == "" {
				return nil, fmt.Errorf("line %d: no \"id\"", n)
			}
			gold = append(gold, g)
		}
		if err == io.EOF {
			return gold, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ParsePredictions reads answer lines as score.py does: every line that is
// JSON counts under str(its id) (a later line wins), the others are counted
// as unparsable. Values are read with Python's truthiness, so a file that
// score.py accepts scores the same here.
func ParsePredictions(out string) (map[string]*Prediction, int) {
	preds := map[string]*Prediction{}
	bad := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var v any
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil || dec.More() {
			bad++
			continue
		}
		o, ok := v.(map[string]any)
		if !ok {
			continue // score.py would stop on o.get; such a line never names an id
		}
		p := &Prediction{Answered: truthy(o["answered"]), Answer: str(o["answer"]), Text: str(o["text"])}
		if c, ok := o["confidence"].(json.Number); ok {
			p.Confidence, _ = c.Float64()
		}
		if cits, ok := o["citations"].([]any); ok {
			for _, c := range cits {
				cm, _ := c.(map[string]any)
				art := ""
				if a, ok := cm["article"]; ok {
					art = pyStr(a)
				}
				p.Citations = append(p.Citations, Citation{Article: art, Quote: str(cm["quote"])})
			}
		}
		preds[pyStr(o["id"])] = p
	}
	return preds, bad
}

// truthy is Python's bool() on a JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case json.Number:
		f, err := v.Float64()
		return err != nil || f != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// str reads a string field; anything else counts as empty.
func str(v any) string {
	s, _ := v.(string)
	return s
}

// pyStr is Python's str() on a JSON value, as score.py keys ids.
func pyStr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case string:
		return v
	case json.Number:
		s := v.String()
		if strings.ContainsAny(s, ".eE") {
			if f, err := strconv.ParseFloat(s, 64); err == nil {
				return pyFloat(f)
			}
		}
		return s
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// LoadCorpus reads every .txt and .md file under fsys as score.py's
// load_corpus does: keyed by file name without extension, squashed, bytes
// that are not UTF-8 replaced.
func LoadCorpus(fsys fs.FS) (map[string]string, error) {
	texts := map[string]string{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		stem, ext := splitext(d.Name())
		if e := strings.ToLower(ext); e != ".txt" && e != ".md" {
			return nil
		}
		raw, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		texts[stem] = Squash(strings.ToValidUTF8(string(raw), "\uFFFD"))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("score: read corpus: %w", err)
	}
	return texts, nil
}

// splitext is Python's os.path.splitext on a file name: leading dots do not
// start an extension (".txt" has none).
func splitext(name string) (string, string) {
	lead := len(name) - len(strings.TrimLeft(name, "."))
	ext := path.Ext(name[lead:])
	return strings.TrimSuffix(name, ext), ext
}
