package main

import (
	"strings"
	"testing"
)

func TestInspect(t *testing.T) {
	r := runCLI(t, nil, "", "inspect")
	if r.err != nil {
		t.Fatal(r.err)
	}
	b := bundled(t)
	for _, a := range b.Articles {
		if !strings.Contains(r.stdout, a.ID) || !strings.Contains(r.stdout, a.Title) {
			t.Errorf("report lacks article %s %q", a.ID, a.Title)
		}
	}
}
