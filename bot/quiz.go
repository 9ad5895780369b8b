package bot

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/citebot/citebot/knowledge/french"
	"github.com/citebot/citebot/quiz"
)

// KindQuiz is a reply that asks a quiz item: Reply.Quiz holds it, and its
// Text shows the numbered options.
const KindQuiz Kind = "quiz"

// quizSeed chooses the distractors: every platform and restart asks the
// same item under the same id, so an answer can come back to any of them.
const quizSeed = 1

// quizzes holds the quiz generator, built at the first /quiz (it reads the
// whole corpus), and what each conversation was asked. The zero value is
// ready to use.
type quizzes struct {
	once sync.Once
	gen  *quiz.Generator
	err  error

	mu    sync.Mutex
	convs map[string]*quizConv
	// rooms holds what each room's session was asked last (quizsession.go).
	rooms map[string]roomQuiz
}

// quizConv is one conversation's quiz: the item waiting for an answer and
// the items already asked, so that the next /quiz asks another.
type quizConv struct {
	pending *quiz.Item
	asked   map[string]bool
	n       int
}

// Quizzes returns the quiz generator over the bot's articles, building it
// on first use.
func (b *Bot) Quizzes() (*quiz.Generator, error) {
	b.quiz.once.Do(func() {
		b.quiz.gen, b.quiz.err = quiz.New(b.base, quiz.Options{Seed: quizSeed})
		if b.quiz.err != nil {
			b.opts.Logger.Error("quiz generator", "err", b.quiz.err)
		}
	})
	return b.quiz.gen, b.quiz.err
}

// QuizItem returns the item with the given id.
func (b *Bot) QuizItem(id string) (quiz.Item, bool) {
	g, err := b.Quizzes()
	if err != nil {
		return quiz.Item{}, false
	}
	return g.Item(id)
}

// quizCommand runs /quiz [article] and /reponse [id] N.
func (b *Bot) quizCommand(ctx context.Context, m Message, name, arg string) Reply {
	switch name {
	case "reponse", "réponse", "answer", "r":
		return b.quizAnswer(ctx, m, arg)
	}
	g, err := b.Quizzes()
	if err != nil {
		return errorReply("Désolé, je ne peux pas écrire de quiz pour le moment.")
	}
	items := g.Items()
	if arg != "" {
		a := b.findArticle(arg)
		if a == "" {
			return errorReply(fmt.Sprintf("Je ne trouve pas l'article « %s ». Tapez /sources pour la liste, puis /quiz NUMÉRO.", truncateRunes(arg, 80)))
		}
		items = g.ForArticle(a)
	}
	if len(items) == 0 {
		return infoReply("Je n'ai pas trouvé de quoi écrire une question sur cet article : essayez /quiz sans argument, ou un autre article.")
	}
	it := b.nextQuiz(m.Conversation, items)
	return b.recordRound(ctx, m, it, QuizReply(it))
}

// findArticle returns the id of the article arg names: its number in
// /sources, its id, or words of its title; "" if none.
func (b *Bot) findArticle(arg string) string {
	if n, err := strconv.Atoi(arg); err == nil && n >= 1 && n <= len(b.base.Articles) {
		return b.base.Articles[n-1].ID
	}
	if a := b.base.Article(arg); a != nil {
		return a.ID
	}
	want := french.Fold(arg)
	for _, a := range b.base.Articles {
		if strings.Contains(french.Fold(a.Title), want) {
			return a.ID
		}
	}
	return ""
}

// nextQuiz picks an item the conversation has not been asked yet (all of
// them again once every one was asked) and makes it the pending one. The
// order is random but the same for the same conversation.
func (b *Bot) nextQuiz(conv string, items []quiz.Item) quiz.Item {
	b.quiz.mu.Lock()
	defer b.quiz.mu.Unlock()
	qc := b.quizConvLocked(conv)
	fresh := make([]quiz.Item, 0, len(items))
	for _, it := range items {
		if !qc.asked[it.ID] {
			fresh = append(fresh, it)
		}
	}
	if len(fresh) == 0 {
		for _, it := range items {
			delete(qc.asked, it.ID)
		}
		fresh = items
	}
	h := fnv.New64a()
	h.Write([]byte(conv))
	rng := rand.New(rand.NewPCG(h.Sum64(), uint64(qc.n)))
	it := fresh[rng.IntN(len(fresh))]
	qc.n++
	qc.asked[it.ID] = true
	qc.pending = &it
	return it
}

// quizConvLocked returns the conversation's quiz state, forgetting the
// oldest conversations beyond the bot's bound. Called with mu held.
func (b *Bot) quizConvLocked(conv string) *quizConv {
	if b.quiz.convs == nil {
		b.quiz.convs = map[string]*quizConv{}
	}
	qc := b.quiz.convs[conv]
	if qc == nil {
		if len(b.quiz.convs) >= b.opts.MaxConversations {
			for k := range b.quiz.convs { // any one: map order is random
				delete(b.quiz.convs, k)
				break
			}
		}
		qc = &quizConv{asked: map[string]bool{}}
		if conv != "" {
			b.quiz.convs[conv] = qc
		}
	}
	return qc
}

// quizAnswerText takes a bare answer ("2", "b") to the conversation's
// pending item, or else to the item the room's session was asked last; ok
// is false when there is none or text is no answer.
func (b *Bot) quizAnswerText(ctx context.Context, m Message, text string) (Reply, bool) {
	var it *quiz.Item
	b.quiz.mu.Lock()
	if qc := b.quiz.convs[m.Conversation]; qc != nil && m.Conversation != "" {
		it = qc.pending
	}
	b.quiz.mu.Unlock()
	if it == nil {
		if rq, ok := b.roomPending(m.Room); ok {
			it = &rq
		}
	}
	if it == nil {
		return Reply{}, false
	}
	choice, ok := ParseChoice(text, len(it.Options))
	if !ok {
		return Reply{}, false
	}
	return b.settle(ctx, m, *it, choice), true
}

// quizAnswer runs "/reponse N" (the pending item) or "/reponse ID N".
func (b *Bot) quizAnswer(ctx context.Context, m Message, arg string) Reply {
	id, rest, _ := strings.Cut(arg, " ")
	if it, ok := b.QuizItem(id); ok {
		choice, ok := ParseChoice(rest, len(it.Options))
		if !ok {
			return errorReply(fmt.Sprintf("Répondez par un numéro de 1 à %d.", len(it.Options)))
		}
		return b.settle(ctx, m, it, choice)
	}
	if r, ok := b.quizAnswerText(ctx, m, arg); ok {
		return r
	}
	return errorReply("Aucune question ne vous attend : tapez /quiz pour en avoir une, puis répondez par son numéro.")
}

// settle records the answer to it in the room's session, if one is open,
// reveals the right option, and clears it if it was pending.
func (b *Bot) settle(ctx context.Context, m Message, it quiz.Item, choice int) Reply {
	b.quiz.mu.Lock()
	if qc := b.quiz.convs[m.Conversation]; qc != nil && qc.pending != nil && qc.pending.ID == it.ID {
		qc.pending = nil
	}
	b.quiz.mu.Unlock()
	session, again := b.recordAnswer(ctx, m, it, choice)
	if again != nil {
		return *again
	}
	r := QuizReveal(it, choice)
	if session != "" {
		const note = "Réponse enregistrée pour la séance (/score pour le classement).\n"
		r.Text, r.Body, r.Session = note+r.Text, note+r.Body, session
	}
	return r
}

// QuizReply asks an item: its question and numbered options.
func QuizReply(it quiz.Item) Reply {
	var sb strings.Builder
	sb.WriteString(it.Question)
	for i, o := range it.Options {
		fmt.Fprintf(&sb, "\n  %d. %s", i+1, o)
	}
	sb.WriteString("\nRépondez par le numéro de votre choix.")
	r := infoReply(sb.String())
	r.Kind = KindQuiz
	r.Quiz = &it
	return r
}

// QuizReveal tells whether choice (an option index; -1 for none) is
// right, and shows the right option with the sentence that proves it.
func QuizReveal(it quiz.Item, choice int) Reply {
	right := fmt.Sprintf("%d. %s", it.Answer+1, it.Options[it.Answer])
	var body string
	switch {
	case choice == it.Answer:
		body = "Bonne réponse : " + right + "."
	case choice < 0:
		body = "La bonne réponse était : " + right + "."
	default:
		body = "Ce n'est pas cela : la bonne réponse était " + right + "."
	}
	c := it.Citation
	r := withCitations(KindAnswer, body+" L'article le dit :", []Citation{{
		Article: c.Article, Title: c.Title, Paragraph: c.Paragraph, Sentence: c.Sentence, Quote: c.Quote,
	}})
	r.Answered = true
	r.Answer = it.Options[it.Answer]
	return r
}

// ParseChoice reads an answer to an item of n options: its number ("2",
// "2.", "n°2", "réponse 2") or its letter ("b", "B)"), returned as an
// index from 0. ok is false for anything else.
func ParseChoice(text string, n int) (int, bool) {
	t := strings.TrimSpace(strings.ToLower(text))
	for _, p := range []string{"réponse", "reponse", "n°", "no", "#"} {
		t = strings.TrimSpace(strings.TrimPrefix(t, p))
	}
	t = strings.TrimRight(t, ".)] ")
	t = strings.TrimLeft(t, "([ ")
	if t == "" {
		return 0, false
	}
	if k, err := strconv.Atoi(t); err == nil {
		if k >= 1 && k <= n {
			return k - 1, true
		}
		return 0, false
	}
	if r := []rune(t); len(r) == 1 && unicode.IsLetter(r[0]) && r[0] >= 'a' && int(r[0]-'a') < n {
		return int(r[0] - 'a'), true
	}
	return 0, false
}
