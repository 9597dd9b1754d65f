"""Site boilerplate inside an article's body: lines a site adds to every story, not the story.

Each family below is a list of patterns for a whole line (case ignored). A body line that matches
one and has at most ``MAX_WORDS`` words is removed; a longer line that starts the same way may be
a real paragraph, so it is kept and reported. The loader names both in a warning and keeps the
removed lines in ``Article.metadata["removed_boilerplate"]`` (see docs/ingestion.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: the longest line removed as boilerplate, in words
MAX_WORDS = 40

_SOCIAL = r"(?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok|telegram|youtube|mastodon)"

FAMILIES: dict[str, tuple[str, ...]] = {
    "editorial standards notice": (
        r"our (?:editorial )?standards\s*:.*",
        r"(?:read|learn more about|see|find out more about) our (?:editorial )?"
        r"(?:standards|principles|policies|ethics policy|corrections policy|code of (?:ethics|conduct))\b.*",
        r"(?:the )?thomson reuters trust principles\W*",
        r"(?:editorial|journalistic) (?:standards|guidelines|principles)\s*:.*",
    ),
    "call for letters or tips": (
        r"(?:submit|send|write|email|e-mail) (?:us )?(?:your |a )?letters? to the editor\b.*",
        r"(?:have|got) (?:a |an |any )?(?:news )?(?:tip|story idea|story|question|opinion|view|comment)s?\b"
        r"[^?]{0,80}\?.*(?:email|e-mail|contact|write|send|submit|letter|call|tell us|get in touch)\b.*",
        r"(?:send|submit) (?:us )?(?:a |your )?(?:news )?tips? (?:to|at|via|by|through|securely|confidentially)\b.*",
        r"(?:to )?(?:submit|send) (?:a |an )?(?:letter|op-ed|opinion piece|correction)"
        r"(?: for publication| to (?:the editor|us|our)\b|,? (?:email|e-mail|write|visit|go to|click|contact))\b.*",
    ),
    "syndication note": (
        r"this (?:article|story|piece|post|report|interview|essay|column) (?:was |is )?"
        r"(?:originally|first) (?:appeared|published|ran|posted|run) (?:on|in|by|at|with)\b.{1,100}",
        r"this (?:article|story|piece|post) (?:is|was) (?:republished|reprinted|syndicated|adapted) from\b.{1,100}",
        r"a version of this (?:article|story|piece) (?:first )?(?:appeared|appears|was published|ran)\b.*",
        r"(?:republished|reprinted|reproduced) (?:with|by) (?:kind )?permission\b.*",
    ),
    "copyright line": (
        r"(?:copyright\s*)?(?:©|\(c\))\s*\S.{0,120}",
        r"copyright\s+(?:©\s*)?\d{4}\b.{0,120}",
        r".{0,120}\ball rights reserved\W*",
        r"this material may not be (?:published|reproduced|broadcast|redistributed)\b.*",
    ),
    "newsletter or subscription prompt": (
        r"(?:sign up|subscribe|register)(?: now| today| here| free)? (?:for|to) (?:our|the) .{0,80}"
        r"(?:newsletter|briefing|digest|updates|alerts|podcast|daily|weekly)\b.*",
        r"(?:click|tap) here to (?:subscribe|sign up|read more|download|register)\b.*",
        r"support (?:our|independent|quality) journalism\b.*",
        r"(?:get|receive) (?:our|the) .{0,60}(?:newsletter|briefing|headlines) (?:in|to|delivered)\b.*",
    ),
    "social media prompt": (
        r"follow (?:us|[\w .'’-]{1,40}) on " + _SOCIAL + r"\b.*",
        r"(?:like|find|join) us on " + _SOCIAL + r"\b.*",
    ),
}

_COMPILED = [(family, re.compile(p, re.I)) for family, patterns in FAMILIES.items() for p in patterns]


@dataclass
class Boilerplate:
    body: str
    #: (family, line) of each line removed
    removed: list[tuple[str, str]] = field(default_factory=list)
    #: (family, line) of each long line that starts like boilerplate and was kept
    kept: list[tuple[str, str]] = field(default_factory=list)


def boilerplate_family(line: str, *, start_only: bool = False) -> str | None:
    """The family of boilerplate ``line`` (a whole line) belongs to, or None; with ``start_only``,
    the family whose pattern the line starts with."""
    s = line.strip()
    for family, pattern in _COMPILED:
        if (pattern.match(s) if start_only else pattern.fullmatch(s)):
            return family
    return None


def remove_boilerplate(body: str) -> Boilerplate:
    """``body`` without its boilerplate lines; the body is returned unchanged when there are none."""
    lines = body.split("\n")
    result = Boilerplate(body)
    kept_lines: list[str] = []
    for line in lines:
        short = len(line.split()) <= MAX_WORDS
        family = boilerplate_family(line, start_only=not short) if line.strip() else None
        if family is None:
            kept_lines.append(line)
        elif short:
            result.removed.append((family, line.strip()))
        else:
            result.kept.append((family, line.strip()))
            kept_lines.append(line)
    if result.removed:
        result.body = "\n".join(kept_lines)
    return result
