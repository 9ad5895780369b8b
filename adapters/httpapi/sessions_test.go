package httpapi

import (
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/config"
)

const teacherKey = "cle-du-professeur-0123456789"

// sessionAPI is the API over a real bot with one teacher key.
func sessionAPI(t *testing.T) http.Handler {
	t.Helper()
	b := bot.New(loadBase(t), bot.Options{})
	return mustNew(t, Options{Handler: b, Sessions: b, Access: AccessOptions{Keys: []Key{config.Secret(teacherKey)}}})
}

func asTeacher() []string { return []string{"Authorization", "Bearer " + teacherKey} }

func TestSessionEndpoints(t *testing.T) {
	api := sessionAPI(t)
	// A student (no key) cannot start one, nor read one.
	if resp, body := do(t, api, "POST", "/v1/sessions", `{"room": "3eB", "title": "Cyber"}`); resp.StatusCode != 401 {
		t.Fatalf("start without a key: %d %v", resp.StatusCode, body)
	}
	if resp, body := do(t, api, "POST", "/v1/sessions", `{"title": "Cyber"}`, asTeacher()...); resp.StatusCode != 400 || !strings.Contains(fmt.Sprint(body["detail"]), "room") {
		t.Errorf("start without a room: %d %v", resp.StatusCode, body)
	}
	resp, body := do(t, api, "POST", "/v1/sessions", `{"room": "3eB", "title": "Cyber <b>@everyone</b>"}`, asTeacher()...)
	id, _ := body["session"].(string)
	if resp.StatusCode != 201 || id == "" || resp.Header.Get("Location") != "/v1/sessions/"+id {
		t.Fatalf("start: %d %v %v", resp.StatusCode, body, resp.Header)
	}
	if resp, body := do(t, api, "POST", "/v1/sessions", `{"room": "3eB"}`, asTeacher()...); resp.StatusCode != 409 {
		t.Errorf("a second session in the room: %d %v", resp.StatusCode, body)
	}
	// Students ask in the room, without a key; one asks to start a session.
	ask := func(user, q string) map[string]any {
		t.Helper()
		resp, body := do(t, api, "POST", "/v1/ask", fmt.Sprintf(`{"question": %q, "room": "3eB", "user": %q}`, q, user))
		if resp.StatusCode != 200 {
			t.Fatalf("ask %q: %d %v", q, resp.StatusCode, body)
		}
		return body
	}
	first := ask("lina", "Combien de pays étaient à Londres ?")
	entry, _ := first["entry"].(float64)
	if entry == 0 || first["session"] != id {
		t.Fatalf("a question in the room is recorded: %v", first)
	}
	if again := ask("hugo", "combien de pays ont participé à la conférence de Londres"); !strings.Contains(fmt.Sprint(again["text"]), "Déjà posée") {
		t.Errorf("a repeat: %v", again["text"])
	}
	ask("emma", "Qui est Barack Obama ?")
	if r := ask("emma", "/session fin"); !strings.Contains(fmt.Sprint(r["text"]), "Seuls les enseignants") {
		t.Errorf("a student's /session fin: %v", r["text"])
	}
	if other, _ := do(t, api, "POST", "/v1/ask", `{"question": "Qui est Lu Wei ?", "room": "autre"}`); other.StatusCode != 200 {
		t.Errorf("a question in another room: %d", other.StatusCode)
	}
	// Feedback.
	for _, tc := range []struct {
		body   string
		status int
	}{
		{fmt.Sprintf(`{"entry": %d, "up": true, "room": "3eB", "user": "hugo"}`, int(entry)), 200},
		{fmt.Sprintf(`{"entry": %d, "up": false, "room": "3eB", "user": "emma"}`, int(entry)), 200},
		{fmt.Sprintf(`{"entry": %d, "up": true, "room": "autre"}`, int(entry)), 409},
		{`{"entry": 0, "up": true, "room": "3eB"}`, 400},
		{`{"entry": 99999, "up": true, "room": "3eB"}`, 409},
		{`{"up": true}`, 400},
		{`{"entry": 1, "room": "3eB", "extra": 1}`, 400},
	} {
		if resp, body := do(t, api, "POST", "/v1/feedback", tc.body); resp.StatusCode != tc.status {
			t.Errorf("feedback %s: %d %v, want %d", tc.body, resp.StatusCode, body, tc.status)
		}
	}
	// The teacher follows the session, then ends it.
	resp, body = do(t, api, "GET", "/v1/sessions/"+id, "", asTeacher()...)
	if resp.StatusCode != 200 || body["asked"] != 3.0 || body["answered"] != 2.0 || body["abstained"] != 1.0 || body["up"] != 1.0 || body["down"] != 1.0 {
		t.Errorf("summary: %d %v", resp.StatusCode, body)
	}
	if title := fmt.Sprint(body["title"]); strings.ContainsAny(title, "<>@") {
		t.Errorf("the title kept its markup: %q", title)
	}
	resp, body = do(t, api, "GET", "/v1/sessions/"+id+"/entries?after="+fmt.Sprint(int(entry)), "", asTeacher()...)
	if es, _ := body["entries"].([]any); resp.StatusCode != 200 || len(es) != 2 {
		t.Errorf("entries after the first: %d %v", resp.StatusCode, body)
	}
	if resp, _ := do(t, api, "GET", "/v1/sessions/"+id+"/entries?limit=0", "", asTeacher()...); resp.StatusCode != 400 {
		t.Errorf("entries?limit=0: %d", resp.StatusCode)
	}
	if resp, body := do(t, api, "POST", "/v1/sessions/"+id+"/end", "", asTeacher()...); resp.StatusCode != 200 || body["ended_at"] == nil {
		t.Errorf("end: %d %v", resp.StatusCode, body)
	}
	if resp, _ := do(t, api, "POST", "/v1/sessions/"+id+"/end", "", asTeacher()...); resp.StatusCode != 409 {
		t.Errorf("ending twice: %d", resp.StatusCode)
	}
	// Export.
	for _, format := range []string{"csv", "md"} {
		req := httptest.NewRequest("GET", "/v1/sessions/"+id+"/export?format="+format, nil)
		req.Header.Set("Authorization", "Bearer "+teacherKey)
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, req)
		data, _ := io.ReadAll(rec.Result().Body)
		if rec.Code != 200 || !strings.Contains(rec.Header().Get("Content-Disposition"), "citebot-seance-"+id+"."+format) {
			t.Fatalf("export %s: %d %v", format, rec.Code, rec.Header())
		}
		if format == "csv" {
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\uFEFF"))).ReadAll()
			if err != nil || len(rows) != 4 {
				t.Errorf("CSV: %d rows, %v", len(rows), err)
			}
		} else if !strings.Contains(string(data), "Questions posées : **3**") {
			t.Errorf("Markdown:\n%s", data)
		}
	}
	if resp, _ := do(t, api, "GET", "/v1/sessions/"+id+"/export?format=pdf", "", asTeacher()...); resp.StatusCode != 400 {
		t.Errorf("export as pdf: %d", resp.StatusCode)
	}
	if resp, _ := do(t, api, "GET", "/v1/sessions/nope", "", asTeacher()...); resp.StatusCode != 404 {
		t.Errorf("an unknown session: %d", resp.StatusCode)
	}
	if resp, _ := do(t, api, "GET", "/v1/sessions/"+id, "", "Authorization", "Bearer wrong"); resp.StatusCode != 401 {
		t.Errorf("a wrong key: %d", resp.StatusCode)
	}
	// Forget.
	req := httptest.NewRequest("DELETE", "/v1/sessions/"+id, nil)
	req.Header.Set("Authorization", "Bearer "+teacherKey)
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, req)
	if rec.Code != 204 {
		t.Errorf("delete: %d", rec.Code)
	}
	if resp, _ := do(t, api, "GET", "/v1/sessions/"+id, "", asTeacher()...); resp.StatusCode != 404 {
		t.Errorf("a forgotten session: %d", resp.StatusCode)
	}
}
