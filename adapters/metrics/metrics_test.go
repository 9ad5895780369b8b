package metrics

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/citebot/citebot/bot"
)

type kindHandler struct{ kinds map[string]bot.Kind }

func (h kindHandler) Handle(_ context.Context, m bot.Message) bot.Reply {
	return bot.Reply{Kind: h.kinds[m.Text], Text: "x", Unsure: m.Text == "u"}
}

func TestWrapCountsOnlyQuestions(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := New(reg)
	h := m.Wrap(kindHandler{kinds: map[string]bot.Kind{
		"a": bot.KindAnswer, "u": bot.KindAnswer, "b": bot.KindAbstain, "/aide": bot.KindInfo, "e": bot.KindError,
	}})
	msgs := []bot.Message{
		{Platform: "telegram", Text: "u"},
		{Platform: "telegram", Text: "a"},
		{Platform: "telegram", Text: "b"},
		{Platform: "telegram", Text: "/aide"},
		{Platform: "http", Text: "e"},
		{Platform: "http", Text: "b"},
	}
	for _, msg := range msgs {
		h.Handle(context.Background(), msg)
	}
	got := gather(t, reg)
	want := map[string]float64{
		`citebot_questions_total{platform="telegram"}`:         3,
		`citebot_answered_total{platform="telegram"}`:          2,
		`citebot_abstained_total{platform="telegram"}`:         1,
		`citebot_unsure_total{platform="telegram"}`:            1,
		`citebot_questions_total{platform="http"}`:             1,
		`citebot_abstained_total{platform="http"}`:             1,
		`citebot_answer_duration_seconds{platform="telegram"}`: 3,
		`citebot_answer_duration_seconds{platform="http"}`:     1,
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %v, want %v", k, got[k], v)
		}
	}
	if v, ok := got[`citebot_answered_total{platform="http"}`]; ok {
		t.Errorf("an error reply counted as answered: %v", v)
	}
}

// gather reads every series of reg: counters by value, histograms by
// sample count.
func gather(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, l.GetName()+`="`+l.GetValue()+`"`)
			}
			key := mf.GetName() + "{" + strings.Join(labels, ",") + "}"
			switch {
			case m.GetCounter() != nil:
				out[key] = m.GetCounter().GetValue()
			case m.GetHistogram() != nil:
				out[key] = float64(m.GetHistogram().GetSampleCount())
			}
		}
	}
	return out
}

func TestHandlerServesRegistry(t *testing.T) {
	m := New(prometheus.NewRegistry())
	m.PlatformError("telegram", "sendMessage")
	m.PlatformError("telegram", "sendMessage")
	m.Wrap(kindHandler{kinds: map[string]bot.Kind{"q": bot.KindAnswer}}).
		Handle(context.Background(), bot.Message{Platform: "discord", Text: "q"})

	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`citebot_platform_errors_total{op="sendMessage",platform="telegram"} 2`,
		`citebot_questions_total{platform="discord"} 1`,
		`citebot_answered_total{platform="discord"} 1`,
		`citebot_answer_duration_seconds_count{platform="discord"} 1`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q:\n%s", want, body)
		}
	}
}

func TestNewInstancesDoNotCollide(t *testing.T) {
	// Two instances on their own registries must not panic with a
	// duplicate registration, as they would on the global one.
	New(nil)
	New(nil)
}

func TestNewTwiceOnOneRegistryShares(t *testing.T) {
	reg := prometheus.NewRegistry()
	a, b := New(reg), New(reg)
	a.PlatformError("telegram", "getUpdates")
	b.PlatformError("telegram", "getUpdates")
	if got := gather(t, reg)[`citebot_platform_errors_total{op="getUpdates",platform="telegram"}`]; got != 2 {
		t.Errorf("shared counter = %v, want 2", got)
	}
}

// TestEverySeriesFromStart: once the platforms and routes are expected,
// every citebot_ family has a series before anything happened, and the
// request histogram labels a route by its pattern.
func TestEverySeriesFromStart(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := New(reg)
	m.Expect("telegram", "getUpdates")
	m.ExpectRoutes([]string{"POST /v1/ask", "GET /v1/sessions/{id}"})
	m.BuildInfo("v1", "abc", "go1.26")
	families, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range families {
		got[f.GetName()] = len(f.GetMetric())
	}
	for _, name := range []string{"citebot_questions_total", "citebot_answered_total", "citebot_abstained_total", "citebot_unsure_total",
		"citebot_platform_errors_total", "citebot_answer_duration_seconds", "citebot_platform_up",
		"citebot_build_info", "citebot_http_request_duration_seconds"} {
		if got[name] == 0 {
			t.Errorf("%s has no series at start", name)
		}
	}
	if len(got) != 9 {
		t.Errorf("families %v: a citebot_ family the test does not know, or one missing", got)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/sessions/{id}", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNotFound) })
	m.InstrumentHTTP(mux).ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/v1/sessions/42", nil))
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if want := `citebot_http_request_duration_seconds_count{code="404",method="GET",route="/v1/sessions/{id}"} 1`; !strings.Contains(rec.Body.String(), want) {
		t.Errorf("/metrics lacks %s", want)
	}
}
