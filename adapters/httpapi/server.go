package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// DefaultShutdownTimeout bounds how long Run waits for in-flight requests
// once its context is cancelled.
const DefaultShutdownTimeout = 20 * time.Second

// Server is an HTTP server bound to its address, with timeouts that keep
// slow or idle clients from holding connections forever.
type Server struct {
	srv    *http.Server
	ln     net.Listener
	logger *slog.Logger
	// ShutdownTimeout bounds the graceful shutdown; 0 means
	// DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
}

// Listen binds addr ("127.0.0.1:8080", ":0" for any free port) now, so
// that a bad address fails at start and Addr reports the real port.
func Listen(addr string, h http.Handler, logger *slog.Logger) (*Server, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("http: listen on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		// Answers on a large corpus can take a while; a minute is still
		// far beyond any sane answer time.
		WriteTimeout:   60 * time.Second,
		IdleTimeout:    120 * time.Second,
		MaxHeaderBytes: 32 << 10,
		ErrorLog:       slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	return &Server{srv: srv, ln: ln, logger: logger}, nil
}

// Addr is the address the server listens on.
func (s *Server) Addr() net.Addr { return s.ln.Addr() }

// Run serves until ctx is cancelled, then stops accepting connections and
// waits for in-flight requests to finish (up to ShutdownTimeout). It
// returns nil after a clean shutdown.
func (s *Server) Run(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	s.logger.Info("http: listening", "addr", s.Addr().String())
	select {
	case err := <-errc:
		return fmt.Errorf("http: serve: %w", err)
	case <-ctx.Done():
	}
	timeout := s.ShutdownTimeout
	if timeout <= 0 {
		timeout = DefaultShutdownTimeout
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), timeout)
	defer cancel()
	err := s.srv.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) {
		return fmt.Errorf("http: serve: %w", serr)
	}
	if err != nil {
		_ = s.srv.Close()
		return fmt.Errorf("http: shutdown: %w", err)
	}
	s.logger.Info("http: stopped")
	return nil
}
