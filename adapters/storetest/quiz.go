package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/citebot/citebot/bot"
)

func round(session, item string) bot.QuizRound {
	return bot.QuizRound{Session: session, Item: item, Question: "Qui a dit « Oui » ? ' OR 1=1 --",
		Options: []string{"Joe Biden", "Lu Wei", "« Angela » Merkel"}, Answer: 0, Asked: t0,
		Citation: bot.Citation{Article: "a1", Title: "Titre", Paragraph: 3, Sentence: 2, Quote: "« Oui », dit-il.", Speaker: "Joe Biden"}}
}

func ask(t *testing.T, s Store, r bot.QuizRound) bot.QuizRound {
	t.Helper()
	got, err := s.AskQuiz(context.Background(), r)
	if err != nil {
		t.Fatalf("AskQuiz(%s): %v", r.Item, err)
	}
	return got
}

func answer(t *testing.T, s Store, a bot.QuizAnswer) {
	t.Helper()
	if _, err := s.AnswerQuiz(context.Background(), a); err != nil {
		t.Fatalf("AnswerQuiz(%+v): %v", a, err)
	}
}

func testQuiz(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	start(t, s, session("s2", "room2", t0))
	if rs, err := s.QuizRounds(ctx, "s1"); err != nil || len(rs) != 0 {
		t.Fatalf("QuizRounds of a session without quiz = %v, %v; want none", rs, err)
	}
	want := round("s1", "who-1")
	r1 := ask(t, s, want)
	if r1.ID <= 0 {
		t.Fatalf("AskQuiz gave id %d", r1.ID)
	}
	again := round("s1", "who-1")
	again.Asked = t0.Add(time.Hour)
	if got := ask(t, s, again); got.ID != r1.ID || !got.Asked.Equal(t0) {
		t.Errorf("the same item asked again: round %d asked %v; want the first, %d at %v", got.ID, got.Asked, r1.ID, t0)
	}
	r2 := ask(t, s, round("s1", "when-2"))
	other := ask(t, s, round("s2", "who-1"))
	if r2.ID == r1.ID || other.ID == r1.ID {
		t.Errorf("distinct rounds share an id: %d %d %d", r1.ID, r2.ID, other.ID)
	}
	answer(t, s, bot.QuizAnswer{Round: r1.ID, Student: "a", Choice: 0, Right: true, At: t0.Add(time.Second)})
	answer(t, s, bot.QuizAnswer{Round: r1.ID, Student: "b", Name: "Élodie", Choice: 2, Right: false, At: t0.Add(2 * time.Second)})
	answer(t, s, bot.QuizAnswer{Round: r2.ID, Student: "b", Choice: 1, Right: false, At: t0.Add(3 * time.Second)})
	answer(t, s, bot.QuizAnswer{Round: other.ID, Student: "a", Choice: 1, Right: false, At: t0})
	// One answer per student: the second is refused and the first kept.
	first, err := s.AnswerQuiz(ctx, bot.QuizAnswer{Round: r1.ID, Student: "a", Choice: 1, Right: false, At: t0.Add(time.Minute)})
	if !errors.Is(err, bot.ErrAnswered) || first.Choice != 0 || !first.Right || !first.At.Equal(t0.Add(time.Second)) {
		t.Errorf("a second answer: %+v, %v; want the first (choice 0, right) and ErrAnswered", first, err)
	}
	if _, err := s.AnswerQuiz(ctx, bot.QuizAnswer{Round: 1 << 40, Student: "a", At: t0}); !errors.Is(err, bot.ErrNoRound) {
		t.Errorf("an answer to an unknown round: %v, want ErrNoRound", err)
	}
	if _, err := s.AskQuiz(ctx, round("nope", "x")); !errors.Is(err, bot.ErrNoSession) {
		t.Errorf("AskQuiz in an unknown session: %v, want ErrNoSession", err)
	}
	rs, err := s.QuizRounds(ctx, "s1")
	if err != nil || len(rs) != 2 {
		t.Fatalf("QuizRounds = %d rounds, %v; want 2", len(rs), err)
	}
	want.ID = r1.ID
	want.Answers = []bot.QuizAnswer{
		{Round: r1.ID, Student: "a", Choice: 0, Right: true, At: t0.Add(time.Second)},
		{Round: r1.ID, Student: "b", Name: "Élodie", Choice: 2, Right: false, At: t0.Add(2 * time.Second)},
	}
	if !sameRound(rs[0], want) {
		t.Errorf("round read back:\n got %+v\nwant %+v", rs[0], want)
	}
	if rs[1].ID != r2.ID || len(rs[1].Answers) != 1 || rs[1].Answers[0].Student != "b" {
		t.Errorf("second round read back: %+v", rs[1])
	}
	if rs, _ := s.QuizRounds(ctx, "s2"); len(rs) != 1 || len(rs[0].Answers) != 1 {
		t.Errorf("the other session's quiz: %+v", rs)
	}
	// Another process sees the rounds at once.
	if rs, err := mustOpen(t, open).QuizRounds(ctx, "s1"); err != nil || len(rs) != 2 || len(rs[0].Answers) != 2 {
		t.Errorf("a second connection's QuizRounds = %+v, %v", rs, err)
	}
}

func sameRound(a, b bot.QuizRound) bool {
	if len(a.Answers) != len(b.Answers) {
		return false
	}
	for i := range a.Answers {
		x, y := a.Answers[i], b.Answers[i]
		if x.Round != y.Round || x.Student != y.Student || x.Name != y.Name || x.Choice != y.Choice || x.Right != y.Right || !x.At.Equal(y.At) {
			return false
		}
	}
	return a.ID == b.ID && a.Session == b.Session && a.Item == b.Item && a.Question == b.Question &&
		reflect.DeepEqual(a.Options, b.Options) && a.Answer == b.Answer && a.Citation == b.Citation && a.Asked.Equal(b.Asked)
}

func testQuizForget(t *testing.T, open Opener) {
	ctx := context.Background()
	s := mustOpen(t, open)
	start(t, s, session("s1", "room1", t0))
	old := start(t, s, session("old", "room2", t0.Add(-100*24*time.Hour)))
	r := ask(t, s, round("s1", "who-1"))
	answer(t, s, bot.QuizAnswer{Round: r.ID, Student: "a", Choice: 0, Right: true, At: t0})
	ro := ask(t, s, round(old.ID, "who-1"))
	answer(t, s, bot.QuizAnswer{Round: ro.ID, Student: "a", Choice: 0, Right: true, At: t0})
	if err := s.ForgetSession(ctx, "s1"); err != nil {
		t.Fatal(err)
	}
	if rs, err := s.QuizRounds(ctx, "s1"); err != nil || len(rs) != 0 {
		t.Errorf("a forgotten session's quiz: %+v, %v; want none", rs, err)
	}
	if _, err := s.AnswerQuiz(ctx, bot.QuizAnswer{Round: r.ID, Student: "b", At: t0}); !errors.Is(err, bot.ErrNoRound) {
		t.Errorf("an answer to a forgotten round: %v, want ErrNoRound", err)
	}
	if _, err := s.Purge(ctx, t0.Add(-90*24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if rs, err := s.QuizRounds(ctx, old.ID); err != nil || len(rs) != 0 {
		t.Errorf("a purged session's quiz: %+v, %v; want none", rs, err)
	}
	// The same item in a new session of the room is a new round.
	start(t, s, session("s3", "room1", t0))
	if again := ask(t, s, round("s3", "who-1")); again.ID == r.ID || len(again.Answers) != 0 {
		t.Errorf("a new session's round: %+v", again)
	}
}

func testConcurrentQuizAnswers(t *testing.T, open Opener) {
	ctx := context.Background()
	a, b := mustOpen(t, open), mustOpen(t, open)
	start(t, a, session("s1", "room1", t0))
	const students = 12
	var wg sync.WaitGroup
	var mu sync.Mutex
	rounds := map[int64]bool{}
	accepted := 0
	// Every student answers twice, through either connection, while the
	// round is asked by both: one round, one answer each.
	for i := range students {
		for k, s := range []Store{a, b} {
			wg.Go(func() {
				r, err := s.AskQuiz(ctx, round("s1", "who-1"))
				if err != nil {
					t.Errorf("AskQuiz: %v", err)
					return
				}
				_, err = s.AnswerQuiz(ctx, bot.QuizAnswer{Round: r.ID, Student: fmt.Sprint("stu", i), Choice: k, Right: k == 0, At: t0})
				mu.Lock()
				defer mu.Unlock()
				rounds[r.ID] = true
				switch {
				case err == nil:
					accepted++
				case !errors.Is(err, bot.ErrAnswered):
					t.Errorf("AnswerQuiz: %v", err)
				}
			})
		}
	}
	wg.Wait()
	if len(rounds) != 1 || accepted != students {
		t.Errorf("%d rounds, %d answers accepted; want 1 and %d", len(rounds), accepted, students)
	}
	rs, err := a.QuizRounds(ctx, "s1")
	if err != nil || len(rs) != 1 || len(rs[0].Answers) != students {
		t.Errorf("QuizRounds = %+v, %v; want one round with %d answers", rs, err, students)
	}
}
