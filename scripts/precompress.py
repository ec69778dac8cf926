#!/usr/bin/env python3
"""Writes FILE.gz and FILE.br (when the brotli module is there) beside every html, css, js, json,
svg, webmanifest and wasm file in DIST, as a web host would serve them. scripts/static_server.py
sends them; any host that serves precompressed files, or compresses on the fly, gives the same
bytes on the wire.

Usage: precompress.py DIST
"""
import gzip
import sys
from pathlib import Path

SUFFIXES = {".html", ".css", ".js", ".json", ".svg", ".webmanifest", ".wasm"}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        import brotli  # type: ignore  # installed by scripts/lib.sh ensure_python
    except ImportError:
        brotli = None

    for path in sorted(Path(sys.argv[1]).rglob("*")):
        if path.is_file() and path.suffix in SUFFIXES:
            data = path.read_bytes()
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
            if brotli is not None:
                path.with_name(path.name + ".br").write_bytes(brotli.compress(data, quality=11))
    return 0


if __name__ == "__main__":
    sys.exit(main())
