#!/usr/bin/env bash
# Lede build script.
#   ./build.sh          build the loadable extension (dist/extension/) and dist/lede-<version>.zip
#   ./build.sh test     gofmt, go vet, go test ./... with the browser tests (headless Chromium)
#   ./build.sh demo     build, then run Lede on the bundled sample articles: a Chromium window
#                       where there is a display; before/after screenshots and the Analysis JSON
#                       where there is none
# It installs what is missing (Chromium, CJK fonts for the demo) with apt-get when it can.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
DIST="$ROOT/dist"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; return 1; fi
}

apt_install() {
  log "installing $* with apt-get"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

find_chromium() {
  for c in "${CHROMIUM:-}" /usr/lib/chromium/chromium /usr/lib/chromium-browser/chromium-browser; do
    [ -n "$c" ] && [ -x "$c" ] && { echo "$c"; return 0; }
  done
  for n in chromium chromium-browser google-chrome; do
    command -v "$n" >/dev/null && { command -v "$n"; return 0; }
  done
  return 1
}

ensure_chromium() {
  find_chromium >/dev/null || apt_install chromium
  find_chromium >/dev/null || { echo "Chromium is not installed and could not be installed" >&2; exit 1; }
}

ensure_node() {
  command -v node >/dev/null || apt_install nodejs
}

ensure_cjk_fonts() { # only the screenshots need them; never fatal
  if command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; then return 0; fi
  apt_install fonts-wqy-zenhei || echo "warning: no CJK font; Chinese text in screenshots may show as boxes" >&2
}

build() {
  log "building the extension"
  go run ./internal/cmd/buildext -out "$DIST"
}

run_tests() {
  log "gofmt"
  local unformatted
  unformatted=$(gofmt -l .)
  if [ -n "$unformatted" ]; then echo "gofmt needed on:" >&2; echo "$unformatted" >&2; exit 1; fi
  log "go vet"
  go vet ./...
  GOOS=js GOARCH=wasm go vet ./wasm/
  ensure_node
  if [ -n "${CI:-}" ]; then ensure_chromium; elif ! find_chromium >/dev/null; then
    printf '\n\033[1;31m*** No Chromium found: the browser tests will SKIP. Install it (apt-get install chromium) to run them. ***\033[0m\n\n' >&2
  fi
  if [ ! -f "${LEDE_CORPUS:-$ROOT/../shared/corpus}/FORMAT.md" ]; then
    if [ -n "${CI:-}" ]; then echo "CI is set but the corpus (../shared/corpus) is missing" >&2; exit 1; fi
    printf '\n\033[1;33m*** No corpus at ../shared/corpus: the corpus tests will SKIP (the repository'"'"'s own pages still run). ***\033[0m\n\n' >&2
  fi
  build
  log "go test ./... (browser tests included)"
  LEDE_EXT_DIR="$DIST/extension" LEDE_SHOTS="$DIST/screenshots" CHROMIUM="$(find_chromium || true)" \
    go test -count=1 ./...
  log "go test ./wasm under js/wasm (node)"
  PATH="$PATH:$(go env GOROOT)/lib/wasm" GOOS=js GOARCH=wasm go test -count=1 ./wasm/
}

case "${1:-build}" in
  build) build ;;
  test) run_tests ;;
  demo)
    ensure_chromium
    ensure_cjk_fonts
    build
    log "demo"
    CHROMIUM="$(find_chromium)" go run ./internal/cmd/demo -ext "$DIST/extension" -out "$DIST/demo" -pages testdata/pages
    ;;
  *) echo "usage: ./build.sh [build|test|demo]" >&2; exit 2 ;;
esac
