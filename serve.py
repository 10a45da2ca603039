#!/usr/bin/env python3
"""Builds what is missing or stale and serves CreatorScope on http://127.0.0.1:8000/.

    python3 serve.py [--port 8000] [--host 127.0.0.1] [--no-build]

On a fresh Debian machine it first installs what the build needs (tools/bootstrap.sh:
Emscripten, the nlohmann and doctest headers, Dear ImGui's source from Debian). The page is
plain files: this server only adds the right MIME types (application/wasm) and no caching.
It sends no COOP/COEP headers: the page needs none (it uses no threads), just as on GitHub
Pages.
"""
import argparse
import functools
import http.server
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(ROOT, "build", "wasm", "site")


def run(command, **kwargs):
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True, **kwargs)


def build():
    run(["bash", os.path.join(ROOT, "tools", "bootstrap.sh"), "--no-browser"])
    env = dict(os.environ)
    env.setdefault("NODE_PATH", "/usr/share/nodejs")  # Debian's Emscripten needs Debian's acorn
    if not os.path.exists(os.path.join(ROOT, "build", "wasm", "build.ninja")):
        run(["emcmake", "cmake", "--preset", "wasm"], env=env)
    run(["cmake", "--build", "--preset", "wasm"], env=env)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".json": "application/json",
        ".csv": "text/csv",
        ".html": "text/html",
        ".css": "text/css",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("CREATORSCOPE_QUIET") != "1":
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--no-build", action="store_true", help="serve what is built, build nothing")
    args = parser.parse_args()
    if not args.no_build:
        build()
    if not os.path.exists(os.path.join(SITE, "index.html")):
        sys.exit("serve.py: %s has no index.html: build first (run without --no-build)" % SITE)
    handler = functools.partial(Handler, directory=SITE)
    server = http.server.ThreadingHTTPServer((args.host, args.port), handler)
    print("CreatorScope: http://%s:%d/  (Ctrl+C to stop)" % (args.host, args.port), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
