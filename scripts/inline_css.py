#!/usr/bin/env python3
"""Puts static/app.css inside dist/index.html as a <style> element, with its hash in the page's
Content-Security-Policy (style-src), and removes the separate file from dist/.

Why: on a slow line the first paint waited for a second request (the stylesheet), and nothing
else could be fetched early without taking that request's bandwidth. With the style inside the
page, the first paint needs only the page, and the page can ask for the app's script and wasm
at once (the preloads in index.html).

Usage: inline_css.py DIST
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

LINK = '<link rel="stylesheet" href="static/app.css">'


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(sys.argv[1])
    page_path, css_path = dist / "index.html", dist / "static" / "app.css"
    page, css = page_path.read_text("utf-8"), css_path.read_text("utf-8")
    if page.count(LINK) != 1:
        print(f"inline_css: {page_path} must hold exactly one {LINK}", file=sys.stderr)
        return 1
    if "</style" in css.lower():
        print("inline_css: app.css contains '</style'", file=sys.stderr)
        return 1
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    page, n = re.subn(r"style-src 'self'", f"style-src 'self' 'sha256-{digest}'", page)
    if n != 1:
        print("inline_css: no \"style-src 'self'\" in the Content-Security-Policy", file=sys.stderr)
        return 1
    page = page.replace(LINK, f"<style>{css}</style>")
    page_path.write_text(page, "utf-8")
    css_path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
