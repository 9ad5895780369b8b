package config

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// FileEnv names the environment variable that points at an optional YAML
// config file.
const FileEnv = "CITEBOT_CONFIG"

// Default returns the settings citebot uses when told nothing: the bundled
// articles, info logs as text, 20 questions a minute with a burst of 5, 600
// a minute per HTTP API key and 300 per address without one, and no
// platform adapter.
func Default() Config {
	return Config{
		LogLevel:      "info",
		LogFormat:     "text",
		RatePerMinute: 20,
		Burst:         5,
		HTTP:          HTTP{KeyRatePerMinute: 600, AddressRatePerMinute: 300},
		Storage:       Storage{Retention: DefaultRetention},
	}
}

// FlagError is a command-line mistake (an unknown flag, a bad value, a
// stray argument), as opposed to a problem in the environment or a file;
// callers report it as a usage error.
type FlagError struct{ Err error }

func (e *FlagError) Error() string { return e.Err.Error() }
func (e *FlagError) Unwrap() error { return e.Err }

// Load builds the configuration from, in increasing precedence, the
// defaults, the file named by CITEBOT_CONFIG, the CITEBOT_* environment
// variables and the flags in args. getenv is os.Getenv outside tests.
// A flag mistake is a *FlagError; -h gives an error wrapping flag.ErrHelp.
func Load(args []string, getenv func(string) string) (Config, error) {
	c, err := FromEnv(getenv)
	if err != nil {
		return c, err
	}
	fs := newFlagSet(io.Discard)
	c.BindFlags(fs)
	if err := fs.Parse(args); err != nil {
		return c, &FlagError{err}
	}
	if fs.NArg() > 0 {
		return c, &FlagError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	return c, nil
}

// FromEnv is Load without flags: defaults, then the file named by
// CITEBOT_CONFIG, then the environment. Subcommands that take flags of their
// own call it and bind the flags they want with BindFlags or BindLocalFlags.
func FromEnv(getenv func(string) string) (Config, error) {
	c := Default()
	if path := getenv(FileEnv); path != "" {
		if err := c.readFile(path); err != nil {
			return c, err
		}
	}
	var errs []error
	for _, s := range settings() {
		v, err := envValue(s, getenv)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if v == "" {
			continue
		}
		if err := s.set(&c, v); err != nil {
			errs = append(errs, fmt.Errorf("%s=%q: %w", s.envName(), v, err))
		}
	}
	return c, errors.Join(errs...)
}

// envValue reads a setting from the environment; a secret may instead come
// from the file named by its *_FILE variable, the way Docker secrets are
// mounted.
func envValue(s setting, getenv func(string) string) (string, error) {
	v := strings.TrimSpace(getenv(s.envName()))
	if !s.secret {
		return v, nil
	}
	fileVar := s.envName() + "_FILE"
	path := getenv(fileVar)
	if path == "" {
		return v, nil
	}
	if v != "" {
		return "", fmt.Errorf("both %s and %s are set: keep only one", s.envName(), fileVar)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		// The error names the file, never its content.
		return "", fmt.Errorf("%s: %w", fileVar, err)
	}
	v = strings.TrimSpace(string(raw))
	if v == "" {
		return "", fmt.Errorf("%s=%s: the file is empty", fileVar, path)
	}
	return v, nil
}

// readFile applies a YAML file of flat "key: value" settings, whose keys
// are the environment variables' names in lower case without CITEBOT_
// (log_level: debug). An unknown key is an error, so that a typo is not
// silently ignored.
func (c *Config) readFile(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %w", FileEnv, err)
	}
	var m map[string]any
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&m); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: not valid YAML: %w", path, err)
	}
	byKey := map[string]setting{}
	for _, s := range settings() {
		byKey[s.fileKey()] = s
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var errs []error
	for _, k := range keys {
		s, ok := byKey[k]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: unknown setting %q (known: %s)", path, k, knownKeys()))
			continue
		}
		v, err := scalar(m[k])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %s: %w", path, k, err))
			continue
		}
		if err := s.set(c, v); err != nil {
			errs = append(errs, fmt.Errorf("%s: %s: %w", path, k, err))
		}
	}
	return errors.Join(errs...)
}

// scalar turns a YAML value into the string a setting parses.
func scalar(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return strings.TrimSpace(v), nil
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(v), nil
	default:
		return "", errors.New("expected a single value, not a list or a map")
	}
}

// knownKeys lists the file keys, for error messages.
func knownKeys() string {
	var ks []string
	for _, s := range settings() {
		ks = append(ks, s.fileKey())
	}
	return strings.Join(ks, ", ")
}

// BindFlags adds a flag for every setting that is not a secret, writing
// into c when parsed; call it after FromEnv so that flags win.
func (c *Config) BindFlags(fs *flag.FlagSet) { c.bind(fs, false) }

// BindLocalFlags adds only the flags that every subcommand uses: the corpus
// and logging.
func (c *Config) BindLocalFlags(fs *flag.FlagSet) { c.bind(fs, true) }

func (c *Config) bind(fs *flag.FlagSet, localOnly bool) {
	for _, s := range settings() {
		if s.secret || (localOnly && !s.local) {
			continue
		}
		fs.Func(s.flagName(), s.usage+" (env "+s.envName()+")", func(v string) error {
			return s.set(c, strings.TrimSpace(v))
		})
	}
}

// newFlagSet is the flag set Load parses: errors are returned, not printed
// and never exit.
func newFlagSet(out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("citebot", flag.ContinueOnError)
	fs.SetOutput(out)
	return fs
}
