package main

import (
	"os"
	"testing"
)

// asCitebot, set in a subprocess's environment, makes the test binary run
// citebot's main instead of the tests: the subprocess tests kill a real
// citebot without building one.
const asCitebot = "CITEBOT_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asCitebot) == "1" {
		main()
	}
	os.Exit(m.Run())
}
