package web

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/citebot/citebot/bot"
)

// The live board's tuning, in one place.
const (
	// pollInterval is how often a watched session is asked for new
	// questions: any replica may record them, so the store is the one
	// source; a question asked here is fetched at once.
	pollInterval = 250 * time.Millisecond
	// subscriberBuffer is how many events a board may fall behind before
	// its stream is closed; the browser reconnects and gets the whole
	// board again.
	subscriberBuffer = 512
	// streamWriteTimeout bounds one write to a board; heartbeat keeps
	// proxies from closing an idle stream.
	streamWriteTimeout = 15 * time.Second
	heartbeat          = 20 * time.Second
	// maxLiveRooms, maxBoardEntries and maxSupporters bound the memory
	// boards hold, whatever browsers send.
	maxLiveRooms    = 200
	maxBoardEntries = 2000
	maxSupporters   = 1000
)

// boardEntry is one question on a board: what the session recorded, and
// what the class did with it here (support, teacher's marks).
type boardEntry struct {
	bot.Entry
	// asked counts this question and its repeats ("Déjà posée").
	asked                int
	voters               map[string]bool
	hidden, pinned, done bool
}

func (e *boardEntry) score() int { return len(e.voters) + e.asked - 1 }

// before orders a board: pinned questions first, then those not yet
// answered in class, the most wanted first, then in the order asked.
func before(a, b *boardEntry) int {
	switch {
	case a.pinned != b.pinned:
		if a.pinned {
			return -1
		}
		return 1
	case a.done != b.done:
		if a.done {
			return 1
		}
		return -1
	case a.score() != b.score():
		return b.score() - a.score()
	}
	return int(a.ID - b.ID)
}

// subscriber is one open board's stream.
type subscriber struct {
	ch      chan []byte
	teacher bool
}

// liveRoom is the state of one room's board.
type liveRoom struct {
	code    string
	session string
	entries []*boardEntry
	byID    map[int64]*boardEntry
	last    int64
	subs    map[*subscriber]bool
	polling bool
	kick    chan struct{}
	used    time.Time
	// fetch serialises the polls of this room.
	fetch sync.Mutex
}

// live follows the sessions that boards show: it polls the bot for new
// questions, keeps each board's own state, and pushes every change to the
// boards' streams as server-sent events.
type live struct {
	mu     sync.Mutex
	src    Classroom
	render func(code string, e *boardEntry, teacher bool) ([]byte, error)
	logger *slog.Logger
	rooms  map[string]*liveRoom
	closed chan struct{}
	once   sync.Once
	now    func() time.Time
}

func newLive(src Classroom, render func(string, *boardEntry, bool) ([]byte, error), logger *slog.Logger, now func() time.Time) *live {
	return &live{src: src, render: render, logger: logger, rooms: map[string]*liveRoom{}, closed: make(chan struct{}), now: now}
}

// close ends every stream, so that a server can shut down.
func (l *live) close() { l.once.Do(func() { close(l.closed) }) }

// room is the room's state for sess, fresh when the room holds a newer
// session; l.mu is held.
func (l *live) room(code string, sess bot.Session) *liveRoom {
	rm := l.rooms[code]
	if rm == nil || rm.session != sess.ID {
		if rm == nil && len(l.rooms) >= maxLiveRooms {
			l.evict()
		}
		old := rm
		rm = &liveRoom{code: code, session: sess.ID, byID: map[int64]*boardEntry{}, subs: map[*subscriber]bool{}, kick: make(chan struct{}, 1)}
		if old != nil {
			rm.subs = old.subs
		}
		l.rooms[code] = rm
	}
	rm.used = l.now()
	return rm
}

// evict forgets the least recently used room nobody watches.
func (l *live) evict() {
	var oldest *liveRoom
	for _, rm := range l.rooms {
		if len(rm.subs) == 0 && (oldest == nil || rm.used.Before(oldest.used)) {
			oldest = rm
		}
	}
	if oldest != nil {
		delete(l.rooms, oldest.code)
	}
}

// sync fetches the room's new questions and pushes them to its boards.
func (l *live) sync(ctx context.Context, code string, sess bot.Session) (*liveRoom, error) {
	l.mu.Lock()
	rm := l.room(code, sess)
	l.mu.Unlock()
	rm.fetch.Lock()
	defer rm.fetch.Unlock()
	l.mu.Lock()
	after := rm.last
	l.mu.Unlock()
	es, err := l.src.SessionEntries(ctx, sess.ID, after, maxBoardEntries)
	if err != nil {
		return rm, fmt.Errorf("web: session %s entries: %w", sess.ID, err)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range es {
		rm.last = max(rm.last, e.ID)
		if orig := rm.byID[e.RepeatOf]; e.RepeatOf != 0 && orig != nil {
			orig.asked++
			l.publish(rm, orig)
			continue
		}
		be := &boardEntry{Entry: e, asked: 1, voters: map[string]bool{}}
		rm.byID[e.ID] = be
		rm.entries = append(rm.entries, be)
		if len(rm.entries) > maxBoardEntries {
			delete(rm.byID, rm.entries[0].ID)
			rm.entries = slices.Delete(rm.entries, 0, 1)
		}
		l.publish(rm, be)
	}
	return rm, nil
}

// event is one server-sent event: its name and its JSON data.
func event(name string, data any) []byte {
	b, _ := json.Marshal(data) // maps and strings always encode
	return fmt.Appendf(nil, "event: %s\ndata: %s\n\n", name, b)
}

// entryEvent is an entry's HTML for a board, or its removal.
func (l *live) entryEvent(code string, e *boardEntry, teacher bool) []byte {
	if e.hidden && !teacher {
		return event("retrait", map[string]int64{"id": e.ID})
	}
	html, err := l.render(code, e, teacher)
	if err != nil {
		l.logger.Error("web: render a board entry", "err", err)
		return nil
	}
	return event("entree", map[string]any{"id": e.ID, "html": string(html)})
}

// publish sends an entry's new state to every board of the room; a board
// too far behind is dropped (its browser reconnects). l.mu is held.
func (l *live) publish(rm *liveRoom, e *boardEntry) {
	if len(rm.subs) == 0 {
		return
	}
	var student, teacher []byte
	for sub := range rm.subs {
		msg := &student
		if sub.teacher {
			msg = &teacher
		}
		if *msg == nil {
			*msg = l.entryEvent(rm.code, e, sub.teacher)
		}
		l.send(rm, sub, *msg)
	}
}

func (l *live) send(rm *liveRoom, sub *subscriber, msg []byte) {
	if msg == nil {
		return
	}
	select {
	case sub.ch <- msg:
	default:
		delete(rm.subs, sub)
		close(sub.ch)
	}
}

// entries is the room's board, sorted, after fetching what is new.
func (l *live) entries(ctx context.Context, code string, sess bot.Session) ([]boardEntry, error) {
	rm, err := l.sync(ctx, code, sess)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	sorted := slices.Clone(rm.entries)
	slices.SortStableFunc(sorted, before)
	out := make([]boardEntry, len(sorted))
	for i, e := range sorted {
		out[i] = *e
		out[i].voters = maps.Clone(e.voters)
	}
	return out, nil
}

// subscribe opens a stream on the room's board and starts following the
// session; the stream begins with the whole board.
func (l *live) subscribe(ctx context.Context, code string, sess bot.Session, teacher bool) (*subscriber, error) {
	rm, err := l.sync(ctx, code, sess)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	sub := &subscriber{ch: make(chan []byte, subscriberBuffer+len(rm.entries)), teacher: teacher}
	sorted := slices.Clone(rm.entries)
	slices.SortStableFunc(sorted, before)
	for _, e := range sorted {
		if msg := l.entryEvent(code, e, teacher); msg != nil && !(e.hidden && !teacher) {
			sub.ch <- msg
		}
	}
	if !sess.Open() {
		sub.ch <- event("fin", map[string]string{})
	}
	rm.subs[sub] = true
	if !rm.polling && sess.Open() {
		rm.polling = true
		go l.follow(code, sess, rm)
	}
	return sub, nil
}

func (l *live) unsubscribe(code string, sub *subscriber) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if rm := l.rooms[code]; rm != nil && rm.subs[sub] {
		delete(rm.subs, sub)
		close(sub.ch)
	}
}

// follow polls the session while boards watch it.
func (l *live) follow(code string, sess bot.Session, rm *liveRoom) {
	t := time.NewTicker(pollInterval)
	defer t.Stop()
	for {
		select {
		case <-l.closed:
			return
		case <-t.C:
		case <-rm.kick:
		}
		l.mu.Lock()
		watched := len(rm.subs) > 0 && l.rooms[code] == rm
		if !watched {
			rm.polling = false
		}
		l.mu.Unlock()
		if !watched {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), streamWriteTimeout)
		if _, err := l.sync(ctx, code, sess); err != nil {
			l.logger.Warn("web: follow a session", "err", err)
		}
		// The session may end anywhere: on another replica, or from a
		// chat command.
		cur, err := l.src.LatestRoomSession(ctx, roomPrefix+code)
		cancel()
		if err == nil && (cur.ID != sess.ID || !cur.Open()) {
			l.ended(code)
			l.mu.Lock()
			rm.polling = false
			l.mu.Unlock()
			return
		}
	}
}

// kick makes the room's board fetch now: a question was just asked here.
func (l *live) kick(code string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if rm := l.rooms[code]; rm != nil {
		select {
		case rm.kick <- struct{}{}:
		default:
		}
	}
}

// toggleVote adds or withdraws a browser's support for a question.
func (l *live) toggleVote(code string, id int64, browser string) bool {
	return l.change(code, id, func(e *boardEntry) bool {
		switch {
		case e.voters[browser]:
			delete(e.voters, browser)
		case len(e.voters) >= maxSupporters:
			return false
		default:
			e.voters[browser] = true
		}
		return true
	})
}

// moderate applies a teacher's mark to a question.
func (l *live) moderate(code string, id int64, op string) bool {
	return l.change(code, id, func(e *boardEntry) bool {
		switch op {
		case "masquer":
			e.hidden = true
		case "afficher":
			e.hidden = false
		case "epingler":
			e.pinned = true
		case "desepingler":
			e.pinned = false
		case "repondue":
			e.done = true
		case "a-repondre":
			e.done = false
		default:
			return false
		}
		return true
	})
}

func (l *live) change(code string, id int64, f func(*boardEntry) bool) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	rm := l.rooms[code]
	if rm == nil || rm.byID[id] == nil {
		return false
	}
	e := rm.byID[id]
	if !f(e) {
		return false
	}
	l.publish(rm, e)
	return true
}

// ended tells the room's boards that the session is over.
func (l *live) ended(code string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if rm := l.rooms[code]; rm != nil {
		for sub := range rm.subs {
			l.send(rm, sub, event("fin", map[string]string{}))
		}
	}
}

// stream serves a board's server-sent events until the browser leaves,
// falls too far behind, or the server stops.
func (s *Site) stream(w http.ResponseWriter, r *http.Request) {
	code, sess, ok := s.classSession(w, r)
	if !ok {
		return
	}
	teacher := r.URL.Query().Get("prof") != "" && s.isTeacher(r, code)
	sub, err := s.live.subscribe(r.Context(), code, sess, teacher)
	if err != nil {
		s.classError(w, r, err)
		return
	}
	defer s.live.unsubscribe(code, sub)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	write := func(b []byte) bool {
		_ = rc.SetWriteDeadline(time.Now().Add(streamWriteTimeout))
		if _, err := w.Write(b); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !write([]byte("retry: 2000\n\n")) {
		return
	}
	beat := time.NewTicker(heartbeat)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.live.closed:
			return
		case <-beat.C:
			if !write([]byte(": ping\n\n")) {
				return
			}
		case msg, ok := <-sub.ch:
			if !ok || !write(msg) {
				return
			}
		}
	}
}
