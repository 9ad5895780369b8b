package pgtest

import "os"

// testingEnv reads the environment: tests have no run() to pass it in.
func testingEnv(name string) string { return os.Getenv(name) }
