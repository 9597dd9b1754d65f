"""File formats: a chart spec as PNG, SVG, PDF, self-contained HTML or Vega-Lite JSON, and
rows as CSV or JSON. Everything is made offline with ``vl-convert`` (no browser, no CDN).

Safe files: :func:`csv_bytes` neutralises cells a spreadsheet would run as a formula (with
:func:`framing.safe_text.csv_safe`, as every CSV writer does); :func:`safe_filename` turns user
text (event or outlet names) into a plain file name.
"""

from __future__ import annotations

import csv
import functools
import html
import io
import json
import math
import os
import pathlib
import re
import unicodedata
from typing import Any, Mapping, Sequence

import vl_convert as vlc

from ..safe_text import csv_safe

#: chart formats, in the order the dashboard and the CLI list them
CHART_FORMATS = ("png", "svg", "pdf", "html", "json")
#: data formats of a chart's rows
DATA_FORMATS = ("csv", "data.json")
MIME = {
    "png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf", "html": "text/html",
    "json": "application/json", "csv": "text/csv", "data.json": "application/json", "zip": "application/zip",
}
#: file-name endings (a chart's Vega-Lite spec is ``.vl.json``, its data ``.data.json``)
SUFFIX = {"png": ".png", "svg": ".svg", "pdf": ".pdf", "html": ".html", "json": ".vl.json", "csv": ".csv",
          "data.json": ".data.json"}
PNG_SCALE = 2
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 80


def chart_files(spec: Mapping[str, Any], formats: Sequence[str] = CHART_FORMATS) -> dict[str, bytes]:
    """One chart (a Vega-Lite spec with its data inline) in each of ``formats``.

    Vega runs once: PNG (at :data:`PNG_SCALE`) and PDF are drawn from the SVG."""
    unknown = [f for f in formats if f not in CHART_FORMATS]
    if unknown:
        raise ValueError(f"unknown chart format {unknown[0]!r}; choose from {', '.join(CHART_FORMATS)}")
    spec = dict(spec)
    out: dict[str, bytes] = {}
    svg = str(vlc.vegalite_to_svg(spec)) if {"svg", "png", "pdf"} & set(formats) else ""
    for fmt in formats:
        if fmt == "svg":
            out[fmt] = svg.encode("utf-8")
        elif fmt == "png":
            out[fmt] = bytes(vlc.svg_to_png(svg, scale=PNG_SCALE))
        elif fmt == "pdf":
            out[fmt] = bytes(vlc.svg_to_pdf(svg))
        elif fmt == "html":
            out[fmt] = chart_html(spec).encode("utf-8")
        else:
            out[fmt] = json.dumps(spec, ensure_ascii=False, indent=2).encode("utf-8")
    return out


def chart_bytes(spec: Mapping[str, Any], fmt: str) -> bytes:
    """One chart in one format (see :data:`CHART_FORMATS`)."""
    return chart_files(spec, (fmt,))[fmt]


def _cache_dir() -> pathlib.Path:
    root = os.environ.get("FRAMING_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(pathlib.Path.home() / ".cache")
    return pathlib.Path(root) / "framing"


@functools.lru_cache(maxsize=1)
def javascript_bundle() -> str:
    """Vega, Vega-Lite and vega-embed as one script (~0.9 MB), for HTML that opens offline.

    Bundling takes seconds, so the script is kept in the user's cache folder (one file per
    library versions); a cache that cannot be written only costs the time again."""
    versions = f"{vlc.get_vega_version()}-{vlc.get_vegalite_versions()[-1]}-{vlc.get_vega_embed_version()}"
    path = _cache_dir() / f"vega-bundle-{safe_filename(versions)}.js"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    script = str(vlc.javascript_bundle(None))  # type: ignore[arg-type]  # the stub omits the None default
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(script, encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
    return script


def _script_json(data: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``</script>`` or ``<!--`` can end it)."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _spec_title(spec: Mapping[str, Any]) -> str:
    title = spec.get("title")
    text = title.get("text") if isinstance(title, Mapping) else title
    return " ".join(text) if isinstance(text, list) else str(text or "Chart")


def chart_html(spec: Mapping[str, Any]) -> str:
    """A self-contained interactive page: the scripts inlined, no CDN, no link out (the
    editor and source actions are off; the export-as-image menu stays)."""
    options = {"renderer": "svg", "actions": {"export": True, "source": False, "compiled": False, "editor": False}}
    bundle = javascript_bundle().replace("</script", "<\\/script")
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(_spec_title(spec))}</title>\n"
        "<style>body{margin:16px;background:#fff;font-family:Source Sans Pro,Helvetica,Arial,sans-serif}</style>\n"
        f"<script>{bundle}</script>\n</head>\n<body>\n<div id=\"chart\"></div>\n"
        f"<script>vegaEmbed('#chart', {_script_json(dict(spec))}, {_script_json(options)}).catch(console.error);</script>\n"
        "</body>\n</html>\n"
    )


def _plain_cell(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def csv_bytes(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    """UTF-8 CSV (with a byte-order mark, so spreadsheets read accents), every cell made safe."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([csv_safe(h) for h in headers])
    for row in rows:
        writer.writerow([csv_safe(_plain_cell(v)) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def safe_filename(name: str, fallback: str = "export") -> str:
    """A file name from user text: ASCII letters, digits, ``.``, ``_`` and ``-`` only, no leading
    dot (no hidden files, no ``..``), at most :data:`MAX_NAME` characters."""
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE_NAME.sub("-", ascii_name).strip("-.")
    cleaned = re.sub(r"-{2,}", "-", cleaned)[:MAX_NAME].strip("-.")
    return cleaned.lower() or fallback
