#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 the way a real web host serves Werkkeuze: each file compressed.

Usage: static_server.py PORT DIR   (PORT 0 picks a free port; it prints "port N" once listening)

For a request of FILE, when the browser accepts it and DIR holds FILE.br (or FILE.gz, written by
scripts/precompress.py at build time), that copy is sent with Content-Encoding, so the bytes on
the wire are the compressed size that scripts/size_report.py prints. Without such a copy the file
is sent as it is. Standard library only, like `python3 -m http.server`.
"""
import http.server
import os
import sys
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
