"""``python -m tools docs``: the HTML reference of every spec and the API listing of every generated package.

- ``build/docs/<vendor>/index.html``: Redocly CLI 2.77.0 ``build-docs --inlineBundle`` (tools/node), one
  self-contained page (the Redoc bundle is inlined, nothing is loaded from a CDN; works offline).
- ``build/docs/api/<distribution>.md``: tools.api_listing over the generated package.
- ``build/docs/index.html``: links to both.
"""

from __future__ import annotations

import argparse
import html
import subprocess
from pathlib import Path

from speccore.paths import ROOT, relative
from speccore.vendors import Vendor, discover, load_vendor

from ._node import node_env, node_tool
from .api_listing import render_listing

__all__ = ["add_arguments", "build_html", "run"]


def build_html(vendor: Vendor, target: Path) -> None:
    """Render ``vendor``'s spec into the single file ``target`` with Redocly."""
    target.parent.mkdir(parents=True, exist_ok=True)
    title = f"{vendor.description or vendor.distribution} ({vendor.distribution} {vendor.version})"
    command = [str(node_tool("redocly")), "build-docs", str(vendor.spec_path), "--inlineBundle"]
    command += ["--output", str(target), "--title", title]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=node_env(), cwd=target.parent)
    if done.returncode != 0 or not target.is_file():
        raise RuntimeError(f"redocly build-docs {relative(vendor.spec_path)} failed: {done.stderr.strip()[-2000:]}")


def _index(vendors: list[Vendor]) -> str:
    items = "\n".join(
        f'<li>{html.escape(v.description or v.key)}: <a href="{v.key}/index.html">API reference</a>, '
        f'<a href="api/{v.distribution}.md">Python API listing</a> ({html.escape(v.distribution)} {v.version})</li>'
        for v in vendors
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Recordings API clients</title></head>\n'
        f"<body><h1>Recordings API clients</h1>\n<ul>\n{items}\n</ul></body></html>\n"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vendor", help="only this vendor")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "docs", help="output folder (default: build/docs)")
    parser.add_argument("--no-html", action="store_true", help="only the API listings (no Node tools needed)")


def run(args: argparse.Namespace) -> int:
    vendors = [load_vendor(key) for key in ([args.vendor] if args.vendor else discover())]
    out: Path = args.out
    for vendor in vendors:
        listing = out / "api" / f"{vendor.distribution}.md"
        listing.parent.mkdir(parents=True, exist_ok=True)
        listing.write_text(render_listing(vendor), encoding="utf-8")
        print(f"==> {vendor.key}: {relative(listing)}")
        if not args.no_html:
            page = out / vendor.key / "index.html"
            build_html(vendor, page)
            print(f"==> {vendor.key}: {relative(page)}")
    (out / "index.html").write_text(_index(vendors), encoding="utf-8")
    return 0
