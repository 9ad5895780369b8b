package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/citebot/citebot/adapters/sqlite"
	"github.com/citebot/citebot/adapters/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		path := filepath.Join(t.TempDir(), "citebot.db")
		return func() (storetest.Store, error) { return sqlite.Open(context.Background(), path) }
	})
}
