package main

import (
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/citebot/citebot/config"
)

// metricsLineRE finds the addresses serve prints on its start-up line.
var (
	apiLineRE     = regexp.MustCompile(`HTTP API on (http://127\.0\.0\.1:\d+)`)
	metricsLineRE = regexp.MustCompile(`metrics and health on (http://127\.0\.0\.1:\d+)`)
)

// status GETs url and returns its status code and body.
func status(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitStatus polls url until it answers want, and returns how long that
// took; it fails the test past limit. Readiness is observed from outside,
// as an orchestrator does, so polling is the point here.
func waitStatus(t *testing.T, url string, want int, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		code, body := status(t, url)
		if code == want {
			return time.Since(start)
		}
		if time.Since(start) > limit {
			t.Fatalf("GET %s: %d %s after %s, want %d", url, code, body, limit, want)
		}
		<-tick.C
	}
}

// TestServeReadinessAndMetrics: with Telegram and the HTTP API on, and
// metrics on a port of their own, /metrics lists every citebot_ series
// before the first question; /readyz turns 503 within 5 s of Telegram
// refusing getUpdates, and back to 200 once it answers again.
func TestServeReadinessAndMetrics(t *testing.T) {
	f := newTGFake(t)
	out := serveInProcess(t, tgEnv(f, "CITEBOT_HTTP_ADDR=127.0.0.1:0", "CITEBOT_METRICS_ADDR=127.0.0.1:0"))
	var api, ops string
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for deadline := time.Now().Add(20 * time.Second); api == "" || ops == ""; <-tick.C {
		if time.Now().After(deadline) {
			t.Fatalf("no start-up line with both addresses:\n%s", out)
		}
		if a, o := apiLineRE.FindStringSubmatch(out.String()), metricsLineRE.FindStringSubmatch(out.String()); a != nil && o != nil {
			api, ops = a[1], o[1]
		}
	}

	code, body := status(t, ops+"/metrics")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, series := range []string{
		`citebot_questions_total{platform="telegram"} 0`,
		`citebot_questions_total{platform="http"} 0`,
		`citebot_answered_total{platform="telegram"} 0`,
		`citebot_abstained_total{platform="telegram"} 0`,
		`citebot_unsure_total{platform="telegram"} 0`,
		`citebot_answer_duration_seconds_count{platform="telegram"} 0`,
		`citebot_platform_errors_total{op="getUpdates",platform="telegram"} 0`,
		`citebot_platform_up{platform="telegram"}`,
		`citebot_build_info{`,
		`citebot_http_request_duration_seconds_count{code="200",method="POST",route="/v1/ask"} 0`,
	} {
		if !strings.Contains(body, series) {
			t.Errorf("/metrics lacks %s", series)
		}
	}
	if code, _ := status(t, api+"/metrics"); code != http.StatusNotFound {
		t.Errorf("/metrics on the public port: %d, want 404 when CITEBOT_METRICS_ADDR is set", code)
	}
	if code, _ := status(t, ops+"/livez"); code != 200 {
		t.Errorf("/livez: %d", code)
	}

	waitStatus(t, ops+"/readyz", 200, 20*time.Second)
	env := func(k string) string {
		return map[string]string{"CITEBOT_METRICS_ADDR": strings.TrimPrefix(ops, "http://")}[k]
	}
	var hcOut strings.Builder
	if err := run(context.Background(), []string{"healthcheck"}, env, strings.NewReader(""), &hcOut, &hcOut); err != nil {
		t.Errorf("healthcheck while ready: %v\n%s", err, hcOut.String())
	}
	f.refuse(true)
	if took := waitStatus(t, ops+"/readyz", 503, 5*time.Second); took > 5*time.Second {
		t.Errorf("/readyz took %s to turn 503", took)
	}
	if err := run(context.Background(), []string{"healthcheck", "--url", ops + "/readyz"}, env, strings.NewReader(""), &hcOut, &hcOut); err == nil || !strings.Contains(err.Error(), "telegram") {
		t.Errorf("healthcheck while Telegram is down: %v", err)
	}
	if _, body := status(t, api+"/readyz"); !strings.Contains(body, `"waiting":["telegram"]`) {
		t.Errorf("/readyz body %s does not name telegram", body)
	}
	f.refuse(false)
	waitStatus(t, ops+"/readyz", 200, 30*time.Second)
	if _, body := status(t, ops+"/metrics"); !strings.Contains(body, `citebot_platform_up{platform="telegram"} 1`) {
		t.Error("citebot_platform_up is not 1 once Telegram answers")
	}
}

func TestReadyzURL(t *testing.T) {
	tests := []struct{ metrics, http, want string }{
		{"", ":8080", "http://127.0.0.1:8080/readyz"},
		{"127.0.0.1:9090", ":8080", "http://127.0.0.1:9090/readyz"},
		{"", "0.0.0.0:8080", "http://127.0.0.1:8080/readyz"},
		{"[::]:9090", "", "http://127.0.0.1:9090/readyz"},
		{"", "10.0.0.5:80", "http://10.0.0.5:80/readyz"},
		{"", "", ""},
	}
	for _, tt := range tests {
		var cfg config.Config
		cfg.Ops.MetricsAddr, cfg.HTTPAddr = tt.metrics, tt.http
		got, err := readyzURL(cfg)
		if got != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("readyzURL(%q, %q) = %q, %v; want %q", tt.metrics, tt.http, got, err, tt.want)
		}
	}
}
