package main

import (
	"os"
	"testing"
)

// asMainEnv makes the test binary run as citebot itself, for the tests
// that need a separate process (to kill it with SIGKILL, or to measure its
// memory): see startChild.
const asMainEnv = "CITEBOT_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		if os.Getenv("CITEBOT_CACHE_DIR") == "" {
			os.Setenv("CITEBOT_CACHE_DIR", "off") // no index file in the user's cache
		}
		main()
		return
	}
	// Tests that leave CITEBOT_CACHE_DIR unset get the default cache,
	// os.UserCacheDir: point it at a folder of this run, not the user's.
	cache, err := os.MkdirTemp("", "citebot-test-cache-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", cache)
	code := m.Run()
	os.RemoveAll(cache)
	os.Exit(code)
}
