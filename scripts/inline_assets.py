#!/usr/bin/env python3
"""Puts static/app.css inside dist/index.html as a <style> element, and adds the hashes of that
style and of the page's one inline script (which picks the build to load) to the page's
Content-Security-Policy (style-src, script-src). Removes the separate stylesheet from dist/.

Why: on a slow line the first paint waited for a second request (the stylesheet), and nothing
else could be fetched early without taking that request's bandwidth. With the style inside the
page, the first paint needs only the page, and the page can ask for the app's script and wasm
at once (the script at the top of index.html).

Usage: inline_assets.py DIST
"""
import base64
import hashlib
import re
import sys
from pathlib import Path

LINK = '<link rel="stylesheet" href="static/app.css">'


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    dist = Path(sys.argv[1])
    page_path, css_path = dist / "index.html", dist / "static" / "app.css"
    page, css = page_path.read_text("utf-8"), css_path.read_text("utf-8")
    if page.count(LINK) != 1:
        print(f"inline_assets: {page_path} must hold exactly one {LINK}", file=sys.stderr)
        return 1
    if "</style" in css.lower():
        print("inline_assets: app.css contains '</style'", file=sys.stderr)
        return 1
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    if len(scripts) != 1:
        print(f"inline_assets: {page_path} must hold exactly one inline <script>", file=sys.stderr)
        return 1
    for directive, text in (("style-src", css), ("script-src", scripts[0])):
        page, n = re.subn(f"{directive} 'self'", f"{directive} 'self' '{sha256(text)}'", page)
        if n != 1:
            print(f"inline_assets: no \"{directive} 'self'\" in the Content-Security-Policy", file=sys.stderr)
            return 1
    page = page.replace(LINK, f"<style>{css}</style>")
    page_path.write_text(page, "utf-8")
    css_path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
