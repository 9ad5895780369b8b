package web

import (
	"net/url"
	"strings"
	"testing"

	"github.com/citebot/citebot/adapters/classtest"
)

// TestClassScript plays the whole class of adapters/classtest through the
// web pages, its sessions in SQLite: the teacher opens the class, five
// students who joined it ask twenty questions on the ask page and give
// their 👍/👎, the teacher ends the class; the summary and the exports
// equal what the pages showed.
func TestClassScript(t *testing.T) {
	b := classtest.NewBot(t)
	site, srv := newSite(t, Options{Base: b.Base(), Handler: b, Classroom: b})
	t.Cleanup(site.Close)
	teacher := newClient(t, srv)
	code := openClass(t, teacher, classtest.Title, nil)
	students := map[string]*client{}
	for _, name := range classtest.Students {
		students[name] = newClientWithPage(t, srv, "/classe/"+code)
	}
	seen := make([]classtest.Observed, len(classtest.Script))
	for i, q := range classtest.Script {
		c := students[q.Student]
		_, turn := c.post("/", url.Values{"q": {q.Question}}, true)
		seen[i] = classtest.Observe(visibleText(turn))
		votes := voteRE.FindAllStringSubmatch(turn, -1)
		if seen[i].Answered != (len(votes) > 0) && !seen[i].Repeat {
			t.Errorf("question %d: feedback offered %v, answered %v", i+1, len(votes) > 0, seen[i].Answered)
		}
		if q.Vote == 0 || !seen[i].Answered {
			continue
		}
		cmd := strings.Replace(votes[0][1], "/bien", map[int]string{1: "/bien", -1: "/faux"}[q.Vote], 1)
		if _, after := c.post("/", url.Values{"action": {cmd}}, true); !strings.Contains(after, "Merci") {
			t.Errorf("question %d: %s: %s", i+1, cmd, visibleText(after))
		}
		seen[i].Voted = q.Vote
	}
	if resp, _ := teacher.post("/classe/"+code+"/prof/fin", url.Values{}, false); resp.StatusCode != 303 {
		t.Fatalf("end: %d", resp.StatusCode)
	}
	_, prof := teacher.get("/classe/" + code + "/prof")
	for _, want := range []string{"Questions posées : 20 par 5 élève(s)", "Qui est Barack Obama ?"} {
		if !strings.Contains(visibleText(prof), want) {
			t.Errorf("the teacher's summary lacks %q", want)
		}
	}
	_, csvData := teacher.get("/classe/" + code + "/prof/export?format=csv")
	_, md := teacher.get("/classe/" + code + "/prof/export?format=md")
	classtest.Check(t, seen, []byte(csvData), []byte(md))
}
