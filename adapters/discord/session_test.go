package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/adapters/classtest"
)

const teacherRole = "role-prof"

// memberMessage is a mention of the bot in channel c1 by a member with
// these roles and nickname.
func memberMessage(id, author, nick, content string, roles ...string) map[string]any {
	m := message(id, "c1", "g1", author, "<@"+botID+"> "+content, true)
	if roles == nil {
		roles = []string{}
	}
	m["member"] = map[string]any{"roles": roles, "nick": nick}
	return m
}

// shown is the text of a sent message, embeds included, and its buttons.
func shown(t *testing.T, r request) (string, map[string]string) {
	t.Helper()
	s := decode(t, r)
	text := s.Content
	for _, e := range s.Embeds {
		text += "\n" + e.Title + "\n" + e.Description
	}
	buttons := map[string]string{}
	for _, row := range s.Components {
		for _, c := range row.Components {
			buttons[c.Label] = strings.TrimPrefix(c.CustomID, customIDPrefix)
		}
	}
	return text, buttons
}

// uploaded reads the files of a multipart message.
func uploaded(t *testing.T, r request) map[string][]byte {
	t.Helper()
	boundary, _, _ := strings.Cut(r.Body, "\r\n")
	mr := multipart.NewReader(strings.NewReader(r.Body), strings.TrimPrefix(boundary, "--"))
	files := map[string][]byte{}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return files
		}
		if err != nil {
			t.Fatalf("the export message is not multipart: %v\n%.300q", err, r.Body)
		}
		if p.FileName() != "" {
			var b bytes.Buffer
			_, _ = io.Copy(&b, p)
			files[filepath.Ext(p.FileName())] = b.Bytes()
		}
	}
}

// TestClassSession runs the whole class in a Discord channel through the
// real discordgo client and the fake Discord: a member who may manage
// messages runs the session, five students ask and click 👍 or 👎, the export
// arrives as two attached files.
func TestClassSession(t *testing.T) {
	t.Parallel()
	b := classtest.NewBot(t)
	f := newFakeDiscord(t)
	// The teacher may manage messages through a role of the server; the
	// students may not.
	f.members = map[string][]string{"prof": {modRole}, "s1": {}, "s2": {}, "s3": {}, "s4": {}, "s5": {}}
	h := startWith(t, f, newFakeBot(nil), func(o *Options) { o.Handler = b })
	posts := 0
	// say posts a message and returns the first part of its answer, the
	// one that replies to it.
	say := func(author, nick, text string, roles ...string) request {
		t.Helper()
		posts++
		id := fmt.Sprint("m", posts)
		h.f.dispatch("MESSAGE_CREATE", memberMessage(id, author, nick, text, roles...))
		var got request
		h.f.waitFor("the answer to "+id, func() bool {
			for _, r := range h.f.match("POST", "/channels/c1/messages", true) {
				if strings.Contains(r.Body, `"message_id":"`+id+`"`) {
					got = r
					return true
				}
			}
			return false
		})
		return got
	}
	if text, _ := shown(t, say("s1", "Lina", "/session start Pirates")); !strings.Contains(text, "Seuls les enseignants") {
		t.Fatalf("a student's /session start: %s", text)
	}
	if text, _ := shown(t, say("prof", "Mme Durand", "/session start "+classtest.Title, modRole)); !strings.Contains(text, "ouverte") {
		t.Fatalf("the teacher's /session start: %s", text)
	}
	ids := map[string]string{}
	for i, s := range classtest.Students {
		ids[s] = fmt.Sprint("s", i+1)
	}
	seen := make([]classtest.Observed, len(classtest.Script))
	for i, q := range classtest.Script {
		text, buttons := shown(t, say(ids[q.Student], q.Student, q.Question))
		seen[i] = classtest.Observe(text)
		if seen[i].Answered != (buttons["👍"] != "") {
			t.Errorf("question %d: 👍 button %q, answered %v", i+1, buttons["👍"], seen[i].Answered)
		}
		if q.Vote == 0 || !seen[i].Answered {
			continue
		}
		id := fmt.Sprint("v", i)
		click := interaction(id, 3, "c1", ids[q.Student], map[string]any{
			"custom_id": customIDPrefix + buttons[map[int]string{1: "👍", -1: "👎"}[q.Vote]], "component_type": 2})
		h.f.dispatch("INTERACTION_CREATE", click)
		var cb struct {
			Type int `json:"type"`
			Data struct {
				Content string `json:"content"`
				Flags   int    `json:"flags"`
			} `json:"data"`
		}
		_ = json.Unmarshal([]byte(h.f.waitRequests("POST", "/interactions/"+id+"/", 1)[0].Body), &cb)
		if !strings.Contains(cb.Data.Content, "Merci") || cb.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
			t.Errorf("question %d: the vote's acknowledgement %+v, want thanks only the voter sees", i+1, cb)
		}
		seen[i].Voted = q.Vote
	}
	summary, _ := shown(t, say("prof", "Mme Durand", "/session fin", modRole))
	if !strings.Contains(summary, "Questions posées : 20 par 5 élève(s)") {
		t.Errorf("the summary in the channel: %s", summary)
	}
	say("prof", "Mme Durand", "/session export", modRole)
	var upload request
	h.f.waitFor("the export's files", func() bool {
		for _, r := range h.f.match("POST", "/channels/c1/messages", true) {
			if strings.HasPrefix(r.Body, "--") {
				upload = r
				return true
			}
		}
		return false
	})
	files := uploaded(t, upload)
	classtest.Check(t, seen, files[".csv"], files[".md"])
}

func TestTeacher(t *testing.T) {
	t.Parallel()
	f := newFakeDiscord(t)
	f.members = map[string][]string{"mod": {modRole}, "eleve": {}}
	h := startWith(t, f, newFakeBot(nil), func(o *Options) { o.TeacherRole = teacherRole })
	for _, tc := range []struct {
		name   string
		guild  string
		user   string
		member *discordgo.Member
		perms  int64
		want   bool
	}{
		{"a DM", "", "eleve", nil, 0, true},
		{"the teacher role", "g1", "eleve", &discordgo.Member{Roles: []string{"x", teacherRole}}, 0, true},
		{"Manage Messages, as an interaction says", "g1", "eleve", &discordgo.Member{}, discordgo.PermissionManageMessages, true},
		{"Administrator", "g1", "eleve", &discordgo.Member{}, discordgo.PermissionAdministrator, true},
		{"a student, as an interaction says", "g1", "eleve", &discordgo.Member{}, discordgo.PermissionSendMessages, false},
		{"Manage Messages through a role, asked of the API", "g1", "mod", &discordgo.Member{Roles: []string{modRole}}, 0, true},
		{"a student, asked of the API", "g1", "eleve", &discordgo.Member{}, 0, false},
		{"the server's owner", "g1", "owner", &discordgo.Member{}, 0, true},
		{"a member the API does not know", "g1", "ghost", &discordgo.Member{}, 0, false},
	} {
		if got := h.a.teacher(context.Background(), tc.guild, "c1", tc.user, tc.member, tc.perms); got != tc.want {
			t.Errorf("%s: teacher = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// modRole is a role of server g1 with Manage Messages.
const modRole = "role-mod"

// permissionData answers the REST calls discordgo makes to compute a
// member's permissions in a channel: the channel (in g1, no overwrites),
// the server (@everyone may only send messages; modRole may manage them)
// and the member's roles.
func (f *fakeDiscord) permissionData(parts []string) (int, map[string]string, string) {
	switch {
	case parts[0] == "channels":
		return 200, nil, fmt.Sprintf(`{"id":%q,"guild_id":"g1","type":0,"permission_overwrites":[]}`, parts[1])
	case len(parts) == 2:
		return 200, nil, fmt.Sprintf(`{"id":"g1","name":"Collège","owner_id":"owner","roles":[
			{"id":"g1","name":"@everyone","permissions":"%d"},{"id":%q,"name":"prof","permissions":"%d"}]}`,
			discordgo.PermissionSendMessages, modRole, discordgo.PermissionManageMessages)
	}
	f.mu.Lock()
	roles, ok := f.members[parts[3]]
	f.mu.Unlock()
	if !ok {
		return 404, nil, `{"message": "Unknown Member", "code": 10007}`
	}
	r, _ := json.Marshal(map[string]any{"user": user(parts[3]), "roles": roles})
	return 200, nil, string(r)
}
