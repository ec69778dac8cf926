#!/usr/bin/env python3
"""Prints the compressed size of everything a first visit loads, per file and in total.

Usage: size_report.py DIST [--budget-gzip BYTES] [--full-ceiling-gzip BYTES]
Exits 1 when --budget-gzip is given and the first visit's gzip total is over it, or when
--full-ceiling-gzip is given and a first visit straight to a tool is over that. Bytes are stable across
machines, so this check belongs in the tests; times are not, and live in scripts/bench.
"""
import gzip
import sys
from pathlib import Path

# What index.html makes the browser fetch on a first visit to the home page (the stylesheet is
# inside index.html; the start build of the app, see src/app.rs).
SHELL = ["index.html", "static/boot.js", "static/icon.svg", "static/manifest.webmanifest", "sw.js"]
FIRST_LOAD = SHELL + ["pkg-start/werkkeuze.js", "pkg-start/werkkeuze_bg.wasm"]
# The full app: loaded when a tool is opened, or on a first visit straight to a tool.
FULL = ["pkg/werkkeuze.js", "pkg/werkkeuze_bg.wasm"]


def brotli_size(data: bytes):
    try:
        import brotli  # type: ignore
    except ImportError:
        return None
    return len(brotli.compress(data, quality=11))


def main() -> int:
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(args[0])
    budget = None
    if "--budget-gzip" in args:
        budget = int(args[args.index("--budget-gzip") + 1])
    full_ceiling = None
    if "--full-ceiling-gzip" in args:
        full_ceiling = int(args[args.index("--full-ceiling-gzip") + 1])
    sizes = {}
    for name in dict.fromkeys(FIRST_LOAD + FULL):
        path = dist / name
        if not path.is_file():
            print(f"size report: {name} is missing from {dist}", file=sys.stderr)
            return 1
        data = path.read_bytes()
        sizes[name] = (name, len(data), len(gzip.compress(data, compresslevel=9, mtime=0)), brotli_size(data))
    rows = [sizes[n] for n in FIRST_LOAD]
    total_raw = sum(r[1] for r in rows)
    total_gz = sum(r[2] for r in rows)
    have_br = all(r[3] is not None for r in rows)
    print("\nFirst visit: what the browser loads")
    print(f"{'file':<26}{'raw':>12}{'gzip -9':>12}{'brotli':>12}")
    for name, raw, gz, br in rows:
        print(f"{name:<26}{raw:>12,}{gz:>12,}{(f'{br:,}' if br is not None else '-'):>12}")
    total_br = f"{sum(r[3] for r in rows):,}" if have_br else "-"
    print(f"{'total':<26}{total_raw:>12,}{total_gz:>12,}{total_br:>12}")
    print("\nLoaded when a tool is opened (not part of the first visit to the home page)")
    for name in FULL:
        _, raw, gz, br = sizes[name]
        print(f"{name:<26}{raw:>12,}{gz:>12,}{(f'{br:,}' if br is not None else '-'):>12}")
    for path in sorted((dist / "data").glob("*.json")):
        data = path.read_bytes()
        br = brotli_size(data)
        print(f"{'data/' + path.name:<26}{len(data):>12,}{len(gzip.compress(data, compresslevel=9, mtime=0)):>12,}"
              f"{(f'{br:,}' if br is not None else '-'):>12}")
    direct = [sizes[n] for n in SHELL + FULL]
    direct_br = f"{sum(r[3] for r in direct):,}" if have_br else "-"
    print(f"{'first visit straight to a tool (without its data)':<50}{sum(r[2] for r in direct):>12,}{direct_br:>12}")
    failed = False
    if full_ceiling is not None:
        direct_gz = sum(r[2] for r in direct)
        verdict = "within" if direct_gz <= full_ceiling else "OVER"
        print(f"straight to a tool, gzip ceiling {full_ceiling:,} bytes: {verdict}")
        failed |= direct_gz > full_ceiling
    if budget is not None:
        verdict = "within" if total_gz <= budget else "OVER"
        print(f"gzip budget {budget:,} bytes: {verdict}")
        failed |= total_gz > budget
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
