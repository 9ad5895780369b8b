package discord

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/citebot/citebot/bot"
	"github.com/citebot/citebot/quiz"
)

// Quiz rounds: /quiz posts an item with one button an option; each member
// answers once (the click is acknowledged to them alone); when the time
// limit ends, the buttons go and the results follow, with the right option
// and the sentence that proves it.

const (
	cmdQuiz = "quiz"
	optQuiz = "article"
	// quizIDPrefix marks quiz buttons; it is not customIDPrefix, whose
	// buttons send a command to the bot.
	quizIDPrefix = "citebot-quiz:"
	// defaultQuizTime is how long a round stays open when Options.QuizTime
	// is zero: time to read a sentence and choose.
	defaultQuizTime = time.Minute
)

// quizOptions are the options of /quiz [article].
func quizOptions() []*discordgo.ApplicationCommandOption {
	return []*discordgo.ApplicationCommandOption{{
		Type:                     discordgo.ApplicationCommandOptionString,
		Name:                     optQuiz,
		Description:              "L'article : son numéro dans /sources, ou des mots de son titre",
		DescriptionLocalizations: *english("The article: its number in /sources, or words of its title"),
		MaxLength:                200,
	}}
}

// quizRound is one item open to answers in a channel.
type quizRound struct {
	item    quiz.Item
	channel string
	message string // the id of the message with the buttons, once sent
	content string // its text, kept when the buttons go
	// origin is the interaction whose response holds the buttons; nil when
	// they were posted as a channel message.
	origin  *discordgo.Interaction
	answers map[string]int // user id → option index
	order   []string       // who answered, in order
	done    bool
}

// quizRounds are the open rounds, by roundKey.
type quizRounds struct {
	mu     sync.Mutex
	rounds map[string]*quizRound
	// onClose, for tests, sees each round's key once it is closed.
	onClose func(key string)
}

func (a *Adapter) quizTime() time.Duration {
	if a.opts.QuizTime > 0 {
		return a.opts.QuizTime
	}
	return defaultQuizTime
}

// postQuiz opens a round for a quiz reply: sent in the channel (as a reply
// to ref), or as the response to interaction i when it is set. It reports
// whether r was a quiz.
func (a *Adapter) postQuiz(ctx context.Context, r bot.Reply, channel string, i *discordgo.Interaction, ref *discordgo.MessageReference) bool {
	if r.Quiz == nil {
		return false
	}
	it := *r.Quiz
	out := quizMessage(it, a.quizTime())
	// The round opens before the message is sent, so that a click that
	// beats the send's response still counts.
	key := roundKey(channel, it.ID)
	round := &quizRound{item: it, channel: channel, content: out.Content, origin: i, answers: map[string]int{}}
	a.rounds.mu.Lock()
	if a.rounds.rounds == nil {
		a.rounds.rounds = map[string]*quizRound{}
	}
	if open := a.rounds.rounds[key]; open != nil && !open.done {
		round = open // the same item asked twice at once: one round
	}
	a.rounds.rounds[key] = round
	a.rounds.mu.Unlock()
	var sent *discordgo.Message
	var err error
	if i != nil {
		sent, err = a.editOriginal(ctx, i, out)
	} else {
		sent, err = a.sendMessage(ctx, channel, out, ref)
	}
	if err != nil || sent == nil {
		a.log.Error("discord: quiz not delivered", "channel", channel)
		a.forgetRound(key)
		return true
	}
	a.rounds.mu.Lock()
	if round.message == "" {
		round.message = sent.ID
	}
	a.rounds.mu.Unlock()
	time.AfterFunc(a.quizTime(), func() { a.closeRound(key) })
	return true
}

// roundKey names a round by its channel and item: the custom id of a
// button carries the item, the click its channel.
func roundKey(channel, item string) string { return channel + "\x00" + item }

// quizMessage shows the question, the numbered options and one button an
// option.
func quizMessage(it quiz.Item, open time.Duration) outMessage {
	var sb strings.Builder
	sb.WriteString("**Quiz** — ")
	sb.WriteString(safeText(it.Question))
	row := discordgo.ActionsRow{}
	for i, o := range it.Options {
		fmt.Fprintf(&sb, "\n**%d.** %s", i+1, safeText(o))
		row.Components = append(row.Components, discordgo.Button{
			Label:    strconv.Itoa(i + 1),
			Style:    discordgo.PrimaryButton,
			CustomID: quizIDPrefix + it.ID + ":" + strconv.Itoa(i),
		})
	}
	fmt.Fprintf(&sb, "\n_Une seule réponse par personne ; résultats dans %s._", frenchDuration(open))
	return outMessage{Content: truncate(sb.String(), maxContent), Components: []discordgo.MessageComponent{row}}
}

func frenchDuration(d time.Duration) string {
	if d >= time.Minute && d%time.Minute == 0 {
		if d == time.Minute {
			return "1 minute"
		}
		return fmt.Sprintf("%d minutes", d/time.Minute)
	}
	return fmt.Sprintf("%d s", max(1, int(d.Round(time.Second)/time.Second)))
}

// parseQuizButton reads a quiz button's custom id: the item and the index
// of the option it chooses.
func parseQuizButton(customID string) (item string, choice int, ok bool) {
	rest, ok := strings.CutPrefix(customID, quizIDPrefix)
	if !ok {
		return "", 0, false
	}
	item, n, ok := strings.Cut(rest, ":")
	if !ok || item == "" {
		return "", 0, false
	}
	choice, err := strconv.Atoi(n)
	if err != nil || choice < 0 || strconv.Itoa(choice) != n {
		return "", 0, false
	}
	return item, choice, true
}

// onQuizClick records a member's answer to an open round and tells them
// alone; a second click, or a click on a closed round, gets a note
// instead. It reports whether the interaction was a quiz button.
func (a *Adapter) onQuizClick(i *discordgo.Interaction) bool {
	if i.Type != discordgo.InteractionMessageComponent {
		return false
	}
	item, choice, ok := parseQuizButton(i.MessageComponentData().CustomID)
	if !ok {
		return false
	}
	if !a.inflight.begin() {
		return true
	}
	defer a.inflight.end()
	ctx, cancel := a.answerContext()
	defer cancel()
	user := interactionUser(i)
	var msg string
	accepted := false
	a.rounds.mu.Lock()
	round := a.rounds.rounds[roundKey(i.ChannelID, item)]
	switch {
	case round == nil || choice >= len(round.item.Options):
		msg = "Ce quiz est terminé ou n'est plus ouvert : lancez-en un autre avec /quiz."
	case round.done:
		msg = "Ce quiz est terminé : les résultats sont affichés."
	default:
		if prev, again := round.answers[user]; again {
			msg = fmt.Sprintf("Vous avez déjà répondu (%d) : une seule réponse par personne.", prev+1)
		} else {
			round.answers[user] = choice
			round.order = append(round.order, user)
			accepted = true
			msg = fmt.Sprintf("Réponse %d enregistrée. Les résultats viendront à la fin du temps imparti.", choice+1)
		}
	}
	a.rounds.mu.Unlock()
	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: msg, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()},
	}
	err := a.withRetry(ctx, "respond", func(opts ...discordgo.RequestOption) error {
		return a.session.InteractionRespond(i, resp, opts...)
	})
	if err != nil {
		a.log.Error("discord: quiz click not acknowledged", "channel", i.ChannelID)
	}
	if accepted {
		a.recordQuizAnswer(ctx, i, user, item, choice)
	}
	return true
}

// recordQuizAnswer passes a member's accepted answer on to the bot, as
// "/reponse ITEM N" from them in the channel, so that a classroom session
// open there records it (the bot ignores it otherwise). The reply, which
// reveals the right option, is not shown: the round's results do that.
// The round already allows one answer a member, so the bot's per-user
// limit is not spent on it.
func (a *Adapter) recordQuizAnswer(ctx context.Context, i *discordgo.Interaction, user, item string, choice int) {
	msg := bot.Message{Platform: platform, UserID: user, Conversation: conversationKey(i.ChannelID, user),
		Text: fmt.Sprintf("/reponse %s %d", item, choice+1), OwnLimit: true}
	a.withInteractionSession(ctx, &msg, i)
	if r := a.answer(ctx, msg); r.Kind == bot.KindError {
		a.log.Warn("discord: quiz answer not recorded", "channel", i.ChannelID)
	}
}

// closeRound ends a round: its buttons go, and the results follow with the
// right option and its citation.
func (a *Adapter) closeRound(key string) {
	a.rounds.mu.Lock()
	round := a.rounds.rounds[key]
	if round == nil || round.done {
		a.rounds.mu.Unlock()
		return
	}
	round.done = true
	answers := make(map[string]int, len(round.answers))
	for u, c := range round.answers {
		answers[u] = c
	}
	order := append([]string(nil), round.order...)
	message := round.message
	a.rounds.mu.Unlock()
	defer a.forgetRound(key)

	if !a.inflight.begin() {
		return // shutting down: nobody is left to read the results
	}
	defer a.inflight.end()
	ctx, cancel := a.answerContext()
	defer cancel()

	closed := outMessage{Content: round.content}
	if round.origin != nil {
		if _, err := a.editOriginal(ctx, round.origin, closed); err != nil {
			a.log.Warn("discord: quiz buttons not removed", "channel", round.channel)
		}
	} else {
		empty := []discordgo.MessageComponent{}
		edit := &discordgo.MessageEdit{ID: message, Channel: round.channel, Content: &closed.Content, Components: &empty, AllowedMentions: noMentions()}
		err := a.withRetry(ctx, "edit", func(opts ...discordgo.RequestOption) error {
			_, err := a.session.ChannelMessageEditComplex(edit, opts...)
			return err
		})
		if err != nil {
			a.log.Warn("discord: quiz buttons not removed", "channel", round.channel)
		}
	}
	outs := render(bot.QuizReveal(round.item, -1))
	outs[0].Content = truncate(results(round.item, answers, order)+"\n"+outs[0].Content, maxContent)
	ref := &discordgo.MessageReference{MessageID: message, ChannelID: round.channel, FailIfNotExists: new(false)}
	for n, out := range outs {
		if n > 0 {
			ref = nil
		}
		if _, err := a.sendMessage(ctx, round.channel, out, ref); err != nil {
			a.log.Error("discord: quiz results not delivered", "channel", round.channel)
			return
		}
	}
}

// forgetRound closes a round for good once its results are out (a late
// click then reads that the quiz is over) and forgets it.
func (a *Adapter) forgetRound(key string) {
	a.rounds.mu.Lock()
	if r := a.rounds.rounds[key]; r != nil {
		r.done = true
		delete(a.rounds.rounds, key)
	}
	onClose := a.rounds.onClose
	a.rounds.mu.Unlock()
	if onClose != nil {
		onClose(key)
	}
}

// results says how the members answered: how many, who was right (named
// by mention, which never pings: every message sets no allowed mentions)
// and how many chose each option.
func results(it quiz.Item, answers map[string]int, order []string) string {
	counts := make([]int, len(it.Options))
	var right []string
	for _, u := range order {
		c := answers[u]
		counts[c]++
		if c == it.Answer {
			right = append(right, "<@"+u+">")
		}
	}
	var sb strings.Builder
	sb.WriteString("**Temps écoulé !** ")
	switch len(order) {
	case 0:
		sb.WriteString("Personne n'a répondu.")
	case 1:
		fmt.Fprintf(&sb, "1 réponse, %d juste.", len(right))
	default:
		fmt.Fprintf(&sb, "%d réponses, %d justes.", len(order), len(right))
	}
	if len(right) > 0 {
		sb.WriteString(" Bravo à " + strings.Join(right, ", ") + " !")
	}
	for i, o := range it.Options {
		mark := ""
		if i == it.Answer {
			mark = " ✅"
		}
		fmt.Fprintf(&sb, "\n%d. %s — %d%s", i+1, safeText(o), counts[i], mark)
	}
	return sb.String()
}
