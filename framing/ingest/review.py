"""Warnings about articles that loaded: boilerplate removed or kept, a language other than English.

Run once on each report the public loaders return (``load_paths``, ``load_bytes``, ``load_text``,
``load_url``); every warning names the article's source (file, row, member or URL).
"""

from __future__ import annotations

from .boilerplate import boilerplate_family
from .language import detect_language, english_only_note, language_name
from .report import LoadReport

#: longest quotation of a boilerplate line in a warning, in characters
QUOTED_CHARS = 80


def _quoted(lines: list[str]) -> str:
    return "; ".join(f"“{line if len(line) <= QUOTED_CHARS else line[:QUOTED_CHARS - 1] + '…'}”" for line in lines)


def _families(lines: list[str], *, start_only: bool = False) -> str:
    families = dict.fromkeys(f for line in lines if (f := boilerplate_family(line, start_only=start_only)))
    return ", ".join(families)


def review_articles(report: LoadReport) -> LoadReport:
    """Add the warnings for ``report``'s articles (and the ``language`` metadata of non-English ones)."""
    for article in report.articles:
        removed = [s for s in article.metadata.get("removed_boilerplate", "").split(" | ") if s]
        if removed:
            n = len(removed)
            report.warn(article.source, f"removed {n} line{'s' if n != 1 else ''} of site boilerplate "
                                        f"({_families(removed)}): {_quoted(removed)}")
        kept = [s for s in article.metadata.get("kept_boilerplate", "").split(" | ") if s]
        if kept:
            report.warn(article.source, f"kept {len(kept)} long paragraph{'s' if len(kept) != 1 else ''} that "
                                        f"start{'s' if len(kept) == 1 else ''} like site boilerplate "
                                        f"({_families(kept, start_only=True)}): {_quoted(kept)}; remove "
                                        f"{'it' if len(kept) == 1 else 'them'} if not part of the article")
        code = detect_language(article.text)
        if code and code != "en":
            article.metadata["language"] = code
            article.metadata["language_warning"] = english_only_note(code)
            report.warn(article.source, f"is in {language_name(code)} ({code}), not English: it was loaded, but "
                                        "the analyses are built for English only, so its speakers, tone, loaded "
                                        "terms and frames are not meaningful (metadata 'language' says so)")
    return report
