#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 the way a real web host serves Werkkeuze: each file compressed.

Usage: static_server.py PORT DIR   (PORT 0 picks a free port; it prints "port N" once listening)

For a request of FILE, when the browser accepts it and DIR holds FILE.br (or FILE.gz, written by
scripts/precompress.py at build time), that copy is sent with Content-Encoding, so the bytes on
the wire are the compressed size that scripts/size_report.py prints. Without such a copy the file
is sent as it is. Standard library only, like `python3 -m http.server`.

With WERKKEUZE_LOG_REQUESTS=1 it prints "served STATUS PATH" for every response, so a test can
count what the browser really downloaded (the service worker's requests included).
"""
import email.utils
import http.server
import os
import sys

LOG_REQUESTS = os.environ.get("WERKKEUZE_LOG_REQUESTS") == "1"
from functools import partial

ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
    }

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        accepted = self.headers.get("Accept-Encoding", "")
        if os.path.isfile(path):
            for name, suffix in ENCODINGS:
                if name in accepted and os.path.isfile(path + suffix):
                    return self.send_compressed(path, path + suffix, name)
        return super().send_head()

    def send_compressed(self, original, compressed, encoding):
        f = open(compressed, "rb")
        stat = os.fstat(f.fileno())
        # A copy the browser already has is not sent again (as http.server does for the files it
        # sends as they are, and as a web host does).
        since = self.headers.get("If-Modified-Since")
        if since and "If-None-Match" not in self.headers:
            try:
                unchanged = email.utils.parsedate_to_datetime(since).timestamp() >= int(stat.st_mtime)
            except (TypeError, ValueError, OverflowError):
                unchanged = False
            if unchanged:
                f.close()
                self.send_response(304)
                self.end_headers()
                return None
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(original))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
        self.end_headers()
        return f

    def end_headers(self):
        # Any response may have a compressed twin: caches must keep them apart.
        self.send_header("Vary", "Accept-Encoding")
        super().end_headers()

    def log_request(self, code="-", size="-"):
        if LOG_REQUESTS:
            # One write per line: the server answers from several threads at once.
            sys.stdout.write(f"served {code} {self.path}\n")
            sys.stdout.flush()

    def log_message(self, *args):
        pass


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    port, root = int(sys.argv[1]), sys.argv[2]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=root))
    print(f"Serving {root} on 127.0.0.1 port {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
