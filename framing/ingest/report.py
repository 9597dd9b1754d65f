"""Results of loading: articles, problems, options."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article


@dataclass(frozen=True)
class IngestOptions:
    #: largest article text accepted, in characters (default 5 MB of text)
    max_chars: int = 5_000_000
    #: largest file or download read, in bytes
    max_bytes: int = 50_000_000
    #: fetch http(s) addresses at all (command line: --no-fetch turns it off)
    fetch_urls: bool = True
    #: also fetch addresses on this computer or a private network: loopback, private, link-local,
    #: multicast, reserved (command line: --allow-private-urls); refused by default
    allow_private_urls: bool = False
    #: how the user allows private addresses where these options are used (named in the refusal)
    private_urls_opt_in: str = "--allow-private-urls on the command line, IngestOptions(allow_private_urls=True) in Python"
    #: seconds one URL fetch may take in all: name lookups, connects and every read of every redirect
    fetch_deadline: float = 20.0
    #: most redirects followed for one URL
    max_redirects: int = 5
    #: fewest words (headline and body) for a text to count as an article
    min_words: int = 20
    #: most members read from one zip archive
    max_members: int = 10_000
    #: most bytes unpacked from one zip archive, all members together (zip-bomb guard)
    max_archive_bytes: int = 500_000_000


@dataclass(frozen=True)
class Problem:
    """Something that did not load (``kind`` "error"), was skipped as a duplicate, or loaded with a
    warning. ``source`` names the file, row, member or URL."""

    source: str
    message: str
    kind: str = "error"  # "error" | "duplicate" | "warning"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class LoadReport:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def extend(self, other: "LoadReport") -> None:
        self.articles.extend(other.articles)
        self.problems.extend(other.problems)

    @property
    def errors(self) -> list[Problem]:
        """Problems that lost an input (not warnings or skipped duplicates)."""
        return [p for p in self.problems if p.kind == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """What loaded but should be checked (bytes replaced, boilerplate removed, not English, ...),
        and what was skipped on purpose; each names its input."""
        return [p for p in self.problems if p.kind == "warning"]

    def warn(self, source: str, message: str) -> None:
        self.problems.append(Problem(source, message, "warning"))

    def drop_duplicates(self, known_ids: set[str] | None = None) -> "LoadReport":
        """Skip exact duplicates (same id) of an earlier article or of ``known_ids``; report each."""
        seen: dict[str, str] = {}
        known = set(known_ids or ())
        kept: list[Article] = []
        problems = list(self.problems)
        for a in self.articles:
            if a.id in known:
                problems.append(Problem(a.source, "exact duplicate of an article already loaded; skipped", "duplicate"))
            elif a.id in seen:
                problems.append(Problem(a.source, f"exact duplicate of {seen[a.id]}; skipped", "duplicate"))
            else:
                seen[a.id] = a.source
                kept.append(a)
        return LoadReport(kept, problems)
