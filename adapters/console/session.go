package console

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/citebot/citebot/bot"
)

// Room is the console's one room: a session started here records the
// questions typed here.
const Room = "console"

// maxStudentName bounds the name /eleve takes.
const maxStudentName = 60

// student is who is typing: the teacher by default, or the student named
// by "/eleve NOM" when the class shares one keyboard.
type student struct {
	name string
	// conversation is the chat's conversation key; each student's
	// follow-ups are kept under it and their name.
	conversation string
}

// command handles the console's own command, "/eleve NOM" (or "/student"),
// which says who asks the next questions; ok is false for any other text.
func (s *student) command(text string) (reply string, ok bool) {
	name, arg, _ := strings.Cut(strings.TrimSpace(text), " ")
	switch strings.ToLower(name) {
	case "/eleve", "/élève", "/student":
	default:
		return "", false
	}
	arg = strings.Join(strings.Fields(arg), " ")
	if r := []rune(arg); len(r) > maxStudentName {
		arg = string(r[:maxStudentName])
	}
	s.name = arg
	if arg == "" {
		return "Les prochaines questions sont celles de l'enseignant.", true
	}
	return fmt.Sprintf("Les prochaines questions sont celles de « %s » (/eleve seul pour revenir à l'enseignant).", arg), true
}

// message is what the bot receives for text typed now.
func (s *student) message(text string) bot.Message {
	m := bot.Message{
		Platform:     Platform,
		UserID:       UserID,
		Conversation: s.conversation,
		Room:         Room,
		Teacher:      true, // whoever has the keyboard runs the console
		Text:         text,
	}
	if s.name != "" {
		// Each student has their own follow-ups and pseudonym.
		m.UserID = UserID + ":" + s.name
		m.Conversation = s.conversation + ":" + s.name
		m.UserName = s.name
	}
	return m
}

// writeFiles saves a reply's files (a session's export) in dir and says
// where, one line per file.
func writeFiles(dir string, files []bot.File) string {
	var lines []string
	for _, f := range files {
		path := filepath.Join(dir, filepath.Base(f.Name))
		if err := os.WriteFile(path, f.Data, 0o600); err != nil {
			lines = append(lines, fmt.Sprintf("Impossible d'écrire %s : %v", path, err))
			continue
		}
		if abs, err := filepath.Abs(path); err == nil {
			path = abs
		}
		lines = append(lines, "Fichier écrit : "+path)
	}
	return strings.Join(lines, "\n")
}

// feedbackHint tells, under an answer recorded in a session, how to give
// one's opinion of it: the console has no buttons.
const feedbackHint = "(Votre avis sur cette réponse : /bien ou /faux)"

// hasFeedback reports whether r offers feedback (👍 👎 actions).
func hasFeedback(r bot.Reply) bool {
	for _, a := range r.Actions {
		if strings.HasPrefix(a.Command, "/bien ") {
			return true
		}
	}
	return false
}
