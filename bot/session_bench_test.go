package bot_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/citebot/citebot/adapters/classtest"
	"github.com/citebot/citebot/bot"
)

// classQuestions are asked in turn by the benchmarks.
var classQuestions = []string{
	"Combien de pays étaient à Londres ?",
	"Qui est Lu Wei ?",
	"Qu'a dit Angela Merkel ?",
	"Qui a qualifié Internet de force du bien ?",
	"Pourquoi le G8 appelle-t-il à la coopération ?",
}

// BenchmarkAnswerInSession answers questions on SQLite, outside a session
// and inside one (each question recorded, repeats looked up): the
// difference is what recording costs an answer.
func BenchmarkAnswerInSession(b *testing.B) {
	for _, inSession := range []bool{false, true} {
		b.Run(fmt.Sprintf("recorded=%v", inSession), func(b *testing.B) {
			bt := classtest.NewBot(b)
			ctx := context.Background()
			room := ""
			if inSession {
				room = "bench"
				bt.Handle(ctx, bot.Message{Platform: "bench", UserID: "prof", Room: room, Teacher: true, Text: "/session start Bench"})
			}
			i := 0
			for b.Loop() {
				r := bt.Handle(ctx, bot.Message{Platform: "bench", UserID: fmt.Sprint("s", i%30), Conversation: fmt.Sprint("c", i%30),
					Room: room, Text: classQuestions[i%len(classQuestions)]})
				if inSession && r.Entry == 0 {
					b.Fatal("not recorded")
				}
				i++
			}
		})
	}
}

// BenchmarkExport1000 exports a session of 1,000 questions, both formats,
// from SQLite.
func BenchmarkExport1000(b *testing.B) {
	bt := classtest.NewBot(b)
	ctx := context.Background()
	start := bt.Handle(ctx, bot.Message{Platform: "bench", UserID: "prof", Room: "r", Teacher: true, Text: "/session start Bench"})
	for i := range 1000 {
		bt.Handle(ctx, bot.Message{Platform: "bench", UserID: fmt.Sprint("s", i%30), Room: "r", Text: classQuestions[i%len(classQuestions)]})
	}
	for b.Loop() {
		for _, f := range []string{"md", "csv"} {
			if _, err := bt.SessionExport(ctx, start.Session, f); err != nil {
				b.Fatal(err)
			}
		}
	}
}
