#!/usr/bin/env bash
# Installs what the build and the tests need, only when it is missing, and prepares the
# third-party sources in build/deps (never in the repository). Used by serve.py and tests/run.sh.
#   tools/bootstrap.sh            everything (native, wasm, browser tests)
#   tools/bootstrap.sh --no-browser   skip Chromium and the npm test packages
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deps="$root/build/deps"
want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

say() { printf '[bootstrap] %s\n' "$*" >&2; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then
    say "apt-get update"
    sudo_if_needed apt-get update -qq >/dev/null
    apt_updated=1
  fi
}

# Debian packages: binary -> package that provides it.
need_packages=()
command -v em++ >/dev/null 2>&1 || need_packages+=(emscripten)
[ -f /usr/include/nlohmann/json.hpp ] || need_packages+=(nlohmann-json3-dev)
[ -f /usr/include/doctest/doctest.h ] || need_packages+=(doctest-dev)
command -v cmake >/dev/null 2>&1 || need_packages+=(cmake)
command -v g++ >/dev/null 2>&1 || need_packages+=(g++)
command -v node >/dev/null 2>&1 || need_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || need_packages+=(npm)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_packages+=(fonts-dejavu-core)
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || need_packages+=(iso-codes)  # the countries, read at build time
if [ "$want_browser" -eq 1 ]; then
  command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
fi
if [ "${#need_packages[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    say "missing: ${need_packages[*]} (no apt-get here: install them by hand)"; exit 1
  fi
  apt_update_once
  say "installing ${need_packages[*]}"
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

mkdir -p "$deps/include"
# Emscripten's sysroot hides /usr/include: expose only the two header-only libraries.
for lib in nlohmann doctest; do
  if [ ! -d "$deps/include/$lib" ] || [ "/usr/include/$lib" -nt "$deps/include/$lib" ]; then
    rm -rf "$deps/include/$lib"
    cp -r "/usr/include/$lib" "$deps/include/$lib"
  fi
done

# Dear ImGui: Debian ships its source (1.86); IMGUI_DIR may point at another checkout.
if [ -z "${IMGUI_DIR:-}" ] && [ ! -f "$deps/imgui/imgui.cpp" ]; then
  if ! apt-get source --help >/dev/null 2>&1 || ! grep -rqs 'deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    say "adding a deb-src entry for bookworm main (to fetch Dear ImGui's source)"
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | sudo_if_needed tee /etc/apt/sources.list.d/creatorscope-src.sources >/dev/null
    apt_updated=0
  fi
  apt_update_once
  tmp="$(mktemp -d)"
  say "fetching Dear ImGui source from Debian"
  (cd "$tmp" && apt-get source --download-only -qq imgui >/dev/null 2>&1) || {
    # The list may be stale or the entry new: refresh once and retry.
    apt_updated=0; apt_update_once
    (cd "$tmp" && apt-get source --download-only -qq imgui >/dev/null)
  }
  tarball="$(ls "$tmp"/imgui_*.orig.tar.* | head -n 1)"
  rm -rf "$deps/imgui" && mkdir -p "$deps/imgui"
  tar -xf "$tarball" -C "$deps/imgui" --strip-components=1
  rm -rf "$tmp"
  say "Dear ImGui unpacked into build/deps/imgui"
fi

# The UI font, from Debian's fonts-dejavu-core, copied into the build (not the repository).
cp -u /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf "$deps/DejaVuSans.ttf"

# npm test dependencies, from the lockfile.
if [ "$want_browser" -eq 1 ] && [ -f "$root/tests/browser/package-lock.json" ]; then
  if [ ! -d "$root/tests/browser/node_modules/playwright-core" ] || \
     [ "$root/tests/browser/package-lock.json" -nt "$root/tests/browser/node_modules/.package-lock.json" ]; then
    say "npm ci (tests/browser)"
    (cd "$root/tests/browser" && npm ci --no-audit --no-fund --silent >/dev/null)
  fi
fi
exit 0
