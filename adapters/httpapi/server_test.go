package httpapi

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/citebot/citebot/bot"
)

// gate blocks each answer until the test releases it, to hold a request
// in flight across shutdown.
type gate struct {
	entered chan struct{}
	release chan struct{}
}

func (g gate) Handle(ctx context.Context, m bot.Message) bot.Reply {
	g.entered <- struct{}{}
	<-g.release
	return bot.Reply{Kind: bot.KindAbstain, Text: "fini"}
}

func TestServerShutdownLetsInFlightFinish(t *testing.T) {
	g := gate{entered: make(chan struct{}), release: make(chan struct{})}
	srv, err := Listen("127.0.0.1:0", mustNew(t, Options{Handler: g}), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()

	type result struct {
		status int
		body   string
		err    error
	}
	res := make(chan result, 1)
	go func() {
		resp, err := http.Post("http://"+srv.Addr().String()+"/v1/ask", "application/json", strings.NewReader(`{"question":"q"}`))
		if err != nil {
			res <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		res <- result{status: resp.StatusCode, body: string(b), err: err}
	}()
	<-g.entered // the request is being answered
	cancel()    // shutdown begins while it is in flight
	close(g.release)
	r := <-res
	if r.err != nil || r.status != 200 || !strings.Contains(r.body, "fini") {
		t.Fatalf("in-flight request cut short: %+v", r)
	}
	if err := <-done; err != nil {
		t.Fatalf("Run after shutdown: %v", err)
	}
	if _, err := http.Get("http://" + srv.Addr().String() + "/healthz"); err == nil {
		t.Fatal("server still accepts connections after shutdown")
	}
}

func TestListenBadAddress(t *testing.T) {
	if _, err := Listen("127.0.0.1:notaport", nil, nil); err == nil || !strings.Contains(err.Error(), "127.0.0.1:notaport") {
		t.Fatalf("Listen on a bad address: %v", err)
	}
}
