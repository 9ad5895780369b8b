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
		main()
		return
	}
	os.Exit(m.Run())
}
