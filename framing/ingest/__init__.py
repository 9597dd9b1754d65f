"""Read articles from what users have: files, folders, bundles, zips, URLs, pasted text.

Public API (used by the CLI and the dashboard):

* :func:`load_paths` — files, directories (expanded to the article files in them) and
  ``http(s)://`` URLs;
* :func:`load_bytes` — one uploaded file's name and bytes;
* :func:`load_text` — pasted text;
* :func:`load_url` — one web page.

Formats, columns and messages are documented in ``docs/ingestion.md``.

Each returns a :class:`LoadReport`: the articles that loaded, and a :class:`Problem` for
each input (file, row, zip member) that did not, with a message naming it and saying
what to do. Nothing raises for bad user input.
"""

from .report import IngestOptions, LoadReport, Problem
from .loaders import load_bytes, load_paths, load_text, load_url

__all__ = ["IngestOptions", "LoadReport", "Problem", "load_bytes", "load_paths", "load_text", "load_url"]
