package telegram

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Bounds of the journal: beyond maxJournaled pending updates, new ones
// are confirmed only once answered, as without a journal; the file is
// rewritten once it holds compactAfter bytes of records already done.
const (
	maxJournaled = 2000
	compactAfter = 1 << 20
)

// journal keeps on disk the updates taken but not yet answered, so that
// they can be confirmed to Telegram at once without being lost in a
// crash: on start, the ones left are answered first. Without it, an
// update stays unconfirmed until answered, and getUpdates, which returns
// at most 100 updates from the oldest unconfirmed one, holds back every
// chat while a slow one (a group paced at 20 messages a minute, a long
// flood wait) has 100 updates under way.
//
// The file is JSON lines: {"update": {...}} when an update is taken,
// {"done": id} once it is answered, and {"taken": id}, the highest
// update_id ever taken, so that a redelivery of an update answered before
// the crash is recognised.
type journal struct {
	mu sync.Mutex
	// max is maxJournaled, smaller in tests.
	max   int
	path  string
	f     *os.File
	live  map[int]json.RawMessage
	taken int
	// written counts the bytes appended since the last rewrite.
	written int64
}

type journalRecord struct {
	Update json.RawMessage `json:"update,omitempty"`
	Done   int             `json:"done,omitempty"`
	Taken  int             `json:"taken,omitempty"`
}

// openJournal reads the journal at path (a missing file is an empty
// journal), rewrites it with only what is pending, and returns the
// pending updates in update_id order, and how many lines it could not
// read (a torn last line, from a crash in the middle of a write, is one):
// they are skipped, the rest is kept.
func openJournal(path string) (*journal, []tgbotapi.Update, int, error) {
	j := &journal{max: maxJournaled, path: path, live: map[int]json.RawMessage{}}
	updates := map[int]tgbotapi.Update{}
	skipped, err := j.read(updates)
	if err != nil {
		return nil, nil, 0, err
	}
	if err := j.rewrite(); err != nil {
		return nil, nil, 0, err
	}
	pending := make([]tgbotapi.Update, 0, len(j.live))
	for id := range j.live {
		pending = append(pending, updates[id])
	}
	slices.SortFunc(pending, func(a, b tgbotapi.Update) int { return a.UpdateID - b.UpdateID })
	return j, pending, skipped, nil
}

func (j *journal) read(updates map[int]tgbotapi.Update) (skipped int, err error) {
	f, err := os.Open(j.path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("telegram: queue file: %w", err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var rec journalRecord
			var u tgbotapi.Update
			switch {
			case line[len(line)-1] != '\n' || json.Unmarshal(line, &rec) != nil:
				skipped++
			case rec.Update != nil:
				if json.Unmarshal(rec.Update, &u) != nil || u.UpdateID <= 0 {
					skipped++
					break
				}
				j.live[u.UpdateID] = rec.Update
				updates[u.UpdateID] = u
				j.taken = max(j.taken, u.UpdateID)
			case rec.Done != 0:
				delete(j.live, rec.Done)
			case rec.Taken != 0:
				j.taken = max(j.taken, rec.Taken)
			}
		}
		if errors.Is(err, io.EOF) {
			return skipped, nil
		}
		if err != nil {
			return skipped, fmt.Errorf("telegram: queue file %s: %w", j.path, err)
		}
	}
}

// rewrite replaces the file with the pending updates and the watermark,
// atomically, and reopens it for appending. Called with j.mu held (or
// before j is shared).
func (j *journal) rewrite() error {
	tmp := j.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("telegram: queue file: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	err = enc.Encode(journalRecord{Taken: j.taken})
	for _, raw := range j.live {
		if err == nil {
			err = enc.Encode(journalRecord{Update: raw})
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, j.path)
	}
	if err == nil {
		err = syncDir(filepath.Dir(j.path))
	}
	if err != nil {
		return fmt.Errorf("telegram: queue file %s: %w", j.path, err)
	}
	if j.f != nil {
		_ = j.f.Close()
	}
	j.f, err = os.OpenFile(j.path, os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("telegram: queue file: %w", err)
	}
	j.written = 0
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// append writes one record and waits for it to reach the disk. Called
// with j.mu held.
func (j *journal) append(rec journalRecord) error {
	line, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	n, err := j.f.Write(append(line, '\n'))
	j.written += int64(n)
	if err != nil {
		return fmt.Errorf("telegram: queue file %s: %w", j.path, err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("telegram: queue file %s: %w", j.path, err)
	}
	return nil
}

// add records u as taken. It reports false, without an error, when the
// journal is full: the caller then keeps u unconfirmed until answered.
func (j *journal) add(u tgbotapi.Update) (bool, error) {
	raw, err := json.Marshal(u)
	if err != nil {
		return false, fmt.Errorf("telegram: queue update %d: %w", u.UpdateID, err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.live) >= j.max {
		return false, nil
	}
	if err := j.append(journalRecord{Update: raw}); err != nil {
		return false, err
	}
	j.live[u.UpdateID] = raw
	j.taken = max(j.taken, u.UpdateID)
	return true, nil
}

// done records that update id is answered.
func (j *journal) done(id int) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, ok := j.live[id]; !ok {
		return nil
	}
	if err := j.append(journalRecord{Done: id}); err != nil {
		return err
	}
	delete(j.live, id)
	if j.written > compactAfter {
		return j.rewrite()
	}
	return nil
}

// highest is the highest update_id ever taken.
func (j *journal) highest() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.taken
}

func (j *journal) close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return nil
	}
	err := j.f.Close()
	j.f = nil
	return err
}
