package bot_test

import (
	"testing"

	"github.com/citebot/citebot/adapters/storetest"
	"github.com/citebot/citebot/bot"
)

// TestMemoryStoreConformance runs the storage suite on the MemoryStore:
// each Opener call shares one store, as connections share a database.
func TestMemoryStoreConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		s := memStore{bot.NewMemoryStore(bot.MemoryLimits{})}
		return func() (storetest.Store, error) { return s, nil }
	})
}

type memStore struct{ *bot.MemoryStore }

func (memStore) Close() error { return nil }
