# syntax=docker/dockerfile:1
# citebot: a static binary on a distroless base that runs as a non-root user.

FROM golang:1.26 AS build
WORKDIR /src
# Dependencies first, so that a code change does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# The version and revision to stamp: .git is not in the build context, so
# the toolchain cannot; `docker build --build-arg VERSION=$(git describe
# --tags --always) --build-arg REVISION=$(git rev-parse --short HEAD) .`
# makes `citebot version` and citebot_build_info say which build runs.
ARG VERSION=dev
ARG REVISION=
# CGO_ENABLED=0: a static binary with no libc to ship. -trimpath and -s -w
# keep build paths and debug tables out of the image.
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false \
    -ldflags "-s -w -X main.version=${VERSION} -X main.revision=${REVISION}" -o /out/citebot ./cmd/citebot

# distroless/static holds CA certificates (for the Discord and Telegram
# HTTPS APIs), time zones and a nonroot user, and no shell.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/citebot /citebot
USER nonroot:nonroot
ENV CITEBOT_HTTP_ADDR=:8080
EXPOSE 8080
# Ready: the corpus loaded and every configured platform connected
# (distroless has no curl: citebot asks its own /readyz).
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s CMD ["/citebot", "healthcheck"]
ENTRYPOINT ["/citebot"]
CMD ["serve"]
