"""Datelines: the place (and date, agency) that opens a wire or local story, never a speaker.

``COLUMBUS, Ohio (AP) —``, ``SORN, May 12 (Reuters) -``, ``LONDON —``, ``ALMATY, Jan 16 -``,
``Beijing (Xinhua) --``: :func:`dateline_tokens` gives the tokens of the datelines that open body
paragraphs, which :mod:`.extract` and :mod:`.mentions` skip.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: a wire or local dateline opening a paragraph: ``COLUMBUS, Ohio (AP) —``, ``SORN, May 12 (Reuters) -``,
#: ``LONDON —``, ``ALMATY, Jan 16 -``, ``Beijing (Xinhua) --``; the place is in capitals unless an
#: agency in parentheses follows it
DATELINE = re.compile(
    r"(?:(?:[A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+)*)"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"
    r"(?:,?[ \t]+" + _MONTH + r"[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:,[ \t]*[A-Z][\w.]*)?(?:,?[ \t]+" + _MONTH + r"[ \t]+\d{1,2})?"
    r"[ \t]*\([A-Z][^()\n]{1,30}\))"
    r"[ \t]*(?:--|-|—|–)[ \t]+")


def dateline_tokens(doc: Doc, text: str, paragraphs: list[Any], starts: list[int] | None = None) -> set[int]:
    """Token indices of the datelines that open body paragraphs (``starts``: the start offset of
    every token of ``doc``, when the caller has them)."""
    out: set[int] = set()
    if starts is None:
        starts = token_starts(doc)
    for p in paragraphs:
        if getattr(p, "kind", "") == "headline":
            continue
        m = DATELINE.match(text, p.start, p.end)
        if m is None or not any(c.isalpha() for c in m.group(0)[:3]):
            continue
        head = m.group(0).split(",")[0].split("(")[0].strip(" -—–")
        if head.isupper() and len(head.replace(" ", "")) < 3:
            continue
        lo = bisect.bisect_left(starts, p.start)
        hi = bisect.bisect_left(starts, m.end())
        out.update(range(lo, hi))
    return out


def token_starts(doc: Doc) -> list[int]:
    """The character offset of every token of ``doc``, in order (read from the array, no token
    object made)."""
    return [int(i) for i in doc.to_array(IDX)] if len(doc) else []
