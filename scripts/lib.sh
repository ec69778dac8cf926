# Shared setup for scripts/serve, scripts/test and scripts/bench. Every step checks first and
# installs only what is missing, so a second run on the same machine skips the installs.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$ROOT/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

step() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'fout: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then
    as_root apt-get update -qq || die "apt-get update failed"
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

ensure_rust() {
  command -v cargo >/dev/null || die "cargo is missing: install Rust with rustup first"
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    step "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
}

# The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_wasm_tools() {
  ensure_rust
  local want have
  want="$(locked_wasm_bindgen_version)"
  [ -n "$want" ] || die "no wasm-bindgen version in Cargo.lock"
  have="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ]; then
    step "installing wasm-bindgen-cli $want (matches Cargo.lock; a few minutes the first time)"
    # Not --locked: the CLI's own lockfile pins a webpki-roots release the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
  if ! command -v wasm-pack >/dev/null; then
    step "installing wasm-pack (a few minutes the first time)"
    cargo install wasm-pack --locked
  fi
}

ensure_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    step "installing Node.js and npm"
    apt_install nodejs npm
  fi
  # npm ci only when the lockfile changed since the last install.
  local stamp="$ROOT/node_modules/.werkkeuze-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
    step "installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
    cp "$ROOT/package-lock.json" "$stamp"
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    step "installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
  fi
  export CHROME_BIN=/usr/bin/chromium CHROMEDRIVER=/usr/bin/chromedriver
}

ensure_python() {
  command -v python3 >/dev/null || apt_install python3
  # brotli sizes in the size report (the budget itself is gzip).
  if ! python3 -c 'import brotli' 2>/dev/null; then
    step "installing the brotli module for the size report"
    python3 -m pip install --quiet --disable-pip-version-check brotli \
      || printf 'note: brotli not installed; the size report shows gzip only\n' >&2
  fi
}

# build_wasm OUT_DIR [CARGO_ARGS…]: one release build of the app into OUT_DIR. The wasm-pack step
# only; shrink_wasm OUT_DIR then runs wasm-opt on it (build_dist runs that while the next build
# compiles: the two share the machine's cores better than one after the other).
build_wasm() {
  local out="$1"; shift
  step "building $out/ (wasm-pack build --target web --release $*)"
  (cd "$ROOT" && wasm-pack --quiet build --target web --release --no-typescript --no-pack --out-dir "$out" -- "$@")
}

shrink_wasm() {
  local out="$1"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$ROOT/$out/werkkeuze_bg.wasm" -o "$ROOT/$out/werkkeuze_bg.wasm.opt" \
    && mv "$ROOT/$out/werkkeuze_bg.wasm.opt" "$ROOT/$out/werkkeuze_bg.wasm"
}

# The builds of the app (src/app.rs, README "Builds"): the directory and the cargo features of
# each. pkg/ is the full app; the others are what a first visit loads: pkg-start/ for the home page
# and the pages about the app, pkg-<tool>/ for a visit straight to that tool.
BUILDS=(
  "pkg|"
  "pkg-start|--no-default-features"
  "pkg-vertellen|--no-default-features --features vertellen"
  "pkg-rekenhulp|--no-default-features --features rekenhulp"
  "pkg-begeleiding|--no-default-features --features begeleiding"
)

# Builds the release bundle into dist/ and prints the size report.
build_dist() {
  ensure_wasm_tools
  ensure_node
  ensure_python
  local b out features pids=() outs=() i failed=""
  for b in "${BUILDS[@]}"; do
    out="${b%%|*}" features="${b#*|}"
    # shellcheck disable=SC2086 # the features are separate words
    if ! build_wasm "$out" $features; then
      failed="wasm-pack build of $out failed"
      break
    fi
    step "shrinking $out/ with wasm-opt -Oz (npm binaryen), while the next build compiles"
    shrink_wasm "$out" &
    pids+=("$!") outs+=("$out")
  done
  # Every wasm-opt still running finishes before anything is reported, so none writes on after.
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" || failed="${failed:-wasm-opt of ${outs[$i]} failed}"
  done
  [ -z "$failed" ] || die "$failed"
  # dist/ is replaced only now, so a failed build leaves the last one to serve.
  rm -rf "$ROOT/dist"
  for out in "${outs[@]}"; do
    mkdir -p "$ROOT/dist/$out"
    cp "$ROOT/$out/werkkeuze.js" "$ROOT/$out/werkkeuze_bg.wasm" "$ROOT/dist/$out/"
  done
  cp "$ROOT/index.html" "$ROOT/dist/"
  cp -r "$ROOT/static" "$ROOT/dist/static"
  python3 "$ROOT/scripts/inline_assets.py" "$ROOT/dist" || die "putting the stylesheet in index.html failed"
  # Each tool's data, fetched when the person opens the tool (src/data.rs).
  (cd "$ROOT" && cargo run --quiet -p werkkeuze-core --bin werkkeuze-data -- "$ROOT/dist/data") \
    || die "writing the data bundles failed"
  # The service worker sits at the root so it controls the whole app; its cache name carries a
  # hash of the files, so a changed file is a new version.
  # It keeps each tool's data at the address the app asks for it (data/<bundle>.json?v=VERSION).
  local version data_version
  version="$(cd "$ROOT/dist" && cat index.html static/* pkg*/* data/* | sha256sum | cut -c1-12)"
  data_version="$(cd "$ROOT" && cargo run --quiet -p werkkeuze-core --bin werkkeuze-data -- --versie)" \
    || die "reading the data version failed"
  sed -e "s/__CACHE_VERSION__/$version/" -e "s/__DATA_VERSION__/$data_version/" \
    "$ROOT/static/sw.js" > "$ROOT/dist/sw.js"
  rm "$ROOT/dist/static/sw.js"
  # Compressed twins of every file, served by scripts/static_server.py as a web host would.
  python3 "$ROOT/scripts/precompress.py" "$ROOT/dist" || die "precompressing dist/ failed"
  python3 "$ROOT/scripts/size_report.py" "$ROOT/dist"
}
