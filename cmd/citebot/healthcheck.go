package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/citebot/citebot/config"
)

// healthcheckTimeout bounds `citebot healthcheck`: Docker's default
// HEALTHCHECK timeout is 30 s, and a ready citebot answers at once.
const healthcheckTimeout = 5 * time.Second

// runHealthcheck asks the running citebot's /readyz (on the metrics port
// when there is one, else the API's) and fails unless it is ready: the
// Docker image's HEALTHCHECK, where no curl exists.
func runHealthcheck(ctx context.Context, e proc, args []string) error {
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	url := fs.String("url", "", "the /readyz URL to ask (default: from CITEBOT_METRICS_ADDR or CITEBOT_HTTP_ADDR)")
	if err := parseFlags(fs, args, e); err != nil {
		return err
	}
	if *url == "" {
		cfg, err := config.FromEnv(e.getenv)
		if err != nil {
			return err
		}
		if *url, err = readyzURL(cfg); err != nil {
			return err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, healthcheckTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return &usageError{fmt.Errorf("healthcheck: %w", err)}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: not ready (%s): %s", resp.Status, body)
	}
	_, err = fmt.Fprintf(e.stdout, "ready: %s", body)
	return err
}

// readyzURL is where a citebot with cfg serves /readyz, seen from the
// same host: an address without a host ("":8080") or a wildcard one is
// asked on the loopback interface.
func readyzURL(cfg config.Config) (string, error) {
	addr := cfg.Ops.MetricsAddr
	if addr == "" {
		addr = cfg.HTTPAddr
	}
	if addr == "" {
		return "", errors.New("healthcheck: citebot serves /readyz on CITEBOT_METRICS_ADDR or CITEBOT_HTTP_ADDR, and neither is set (or pass --url)")
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "", fmt.Errorf("healthcheck: address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/readyz", nil
}
