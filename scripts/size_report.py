#!/usr/bin/env python3
"""Prints the compressed size of what each way in to the app downloads, per file and in total.

Usage: size_report.py DIST [--budget-gzip BYTES] [--straight-budget-gzip BYTES]
                           [--straight-ceiling-gzip BYTES]
A first visit to the home page loads the start build; a first visit straight to a tool (a link,
a site that embeds it) loads that tool's own build and its data; opening a tool from the home
page, or any visit the service worker serves, uses the full app (README "Builds").
Exits 1 when --budget-gzip is given and the home page's gzip total is over it, or when
--straight-ceiling-gzip is given and a first visit straight to a tool is over that.
--straight-budget-gzip only reports how far each straight visit is from its budget. Bytes are
stable across machines, so this check belongs in the tests; times are not, and live in
scripts/bench.
"""
import gzip
import sys
from pathlib import Path

# What index.html makes the browser fetch on any first visit (the stylesheet is inside index.html).
SHELL = ["index.html", "static/boot.js", "static/icon.svg", "static/manifest.webmanifest", "sw.js"]
FIRST_LOAD = SHELL + ["pkg-start/werkkeuze.js", "pkg-start/werkkeuze_bg.wasm"]
TOOLS = ["vertellen", "rekenhulp", "begeleiding"]
STRAIGHT = {t: SHELL + [f"pkg-{t}/werkkeuze.js", f"pkg-{t}/werkkeuze_bg.wasm", f"data/{t}.json"] for t in TOOLS}
# The full app: a page the entry build does not hold (a tool opened from the home page, a page about
# the answers), and for a tool whose own build the service worker did not keep.
FULL = ["pkg/werkkeuze.js", "pkg/werkkeuze_bg.wasm"]


def brotli_size(data: bytes):
    try:
        import brotli  # type: ignore
    except ImportError:
        return None
    return len(brotli.compress(data, quality=11))


def option(args, name):
    return int(args[args.index(name) + 1]) if name in args else None


def fmt(n):
    return f"{n:,}" if n is not None else "-"


def main() -> int:
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(args[0])
    budget = option(args, "--budget-gzip")
    straight_budget = option(args, "--straight-budget-gzip")
    straight_ceiling = option(args, "--straight-ceiling-gzip")
    names = list(dict.fromkeys(FIRST_LOAD + FULL + [f for t in TOOLS for f in STRAIGHT[t]]))
    sizes = {}
    for name in names:
        path = dist / name
        if not path.is_file():
            print(f"size report: {name} is missing from {dist}", file=sys.stderr)
            return 1
        data = path.read_bytes()
        sizes[name] = (len(data), len(gzip.compress(data, compresslevel=9, mtime=0)), brotli_size(data))

    def table(title, files):
        print(f"\n{title}")
        print(f"{'file':<30}{'raw':>12}{'gzip -9':>12}{'brotli':>12}")
        for name in files:
            raw, gz, br = sizes[name]
            print(f"{name:<30}{raw:>12,}{gz:>12,}{fmt(br):>12}")
        have_br = all(sizes[n][2] is not None for n in files)
        total_gz = sum(sizes[n][1] for n in files)
        total_br = sum(sizes[n][2] for n in files) if have_br else None
        print(f"{'total':<30}{sum(sizes[n][0] for n in files):>12,}{total_gz:>12,}{fmt(total_br):>12}")
        return total_gz

    home = table("First visit: what the browser loads", FIRST_LOAD)
    straight = {t: table(f"First visit straight to {t} (#/{t}, also embedded): its build and data", STRAIGHT[t])
                for t in TOOLS}
    print("\nThe full app: loaded for a page the entry build does not hold (a hand-over), and the data")
    for name in FULL:
        raw, gz, br = sizes[name]
        print(f"{name:<30}{raw:>12,}{gz:>12,}{fmt(br):>12}")
    for t in TOOLS:
        raw, gz, br = sizes[f"data/{t}.json"]
        print(f"{'data/' + t + '.json':<30}{raw:>12,}{gz:>12,}{fmt(br):>12}")

    print()
    failed = False
    for t in TOOLS:
        line = f"straight to {t}: {straight[t]:,} bytes gzip"
        if straight_budget is not None:
            over = straight[t] - straight_budget
            line += f"; budget {straight_budget:,}: " + ("within" if over <= 0 else f"over by {over:,}")
        if straight_ceiling is not None:
            line += f"; ceiling {straight_ceiling:,}: " + ("within" if straight[t] <= straight_ceiling else "OVER")
            failed |= straight[t] > straight_ceiling
        print(line)
    if budget is not None:
        verdict = "within" if home <= budget else "OVER"
        print(f"home page {home:,} bytes gzip; budget {budget:,}: {verdict}")
        failed |= home > budget
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
