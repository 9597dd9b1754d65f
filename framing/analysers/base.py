"""What an analyser is, and how the registry finds and orders them.

An analyser is a small object with

* ``name`` — its key in the JSON output (``"attributions"``, ``"loaded_terms"``, ...);
* ``version`` — bump it when its output changes; results are cached by
  (article id, analyser name, :meth:`fingerprint`);
* ``depends_on`` — names of analysers whose results it reads;
* ``result_type`` — the dataclass it returns (serialised with :mod:`framing.serialise`);
* ``analyse(parsed, prior)`` — one parsed article in, one result out; ``prior`` maps the
  names in ``depends_on`` to their results for the same article.

A text longer than :data:`framing.parse.CHUNK_CHARS` is analysed one piece at a time
(memory follows the piece, not the article): ``analyse_piece(parsed, prior)`` runs on each
piece (by default it is ``analyse``), the results are moved into the article's coordinates
(:func:`framing.pieces.shift_spans`), then ``merge(parts, prior, article)`` joins them into
the article's result; ``prior`` then holds the merged results of ``depends_on``. The default
merge concatenates list results; an analyser whose result is a summary overrides it and
recomputes the summary from the joined lower-level results (never adds up shares or means).

To add one, write a module in ``framing/analysers/`` that defines ``ANALYSER = ...``:
:func:`default_analysers` discovers it; no other module changes.

Configuration is passed in, never swapped into a module: an analyser whose results depend
on what the user set (a user lexicon) takes it when it is built. Its module defines
``build(options: AnalysisOptions) -> Analyser`` next to ``ANALYSER`` (the analyser built
with the default options), and :func:`build_analysers` calls it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import pathlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Mapping, Protocol, Sequence, runtime_checkable

from ..model import Article
from ..parse import ParsedArticle

if TYPE_CHECKING:
    from ..loaded_terms import Lexicon


@dataclass(frozen=True)
class AnalysisOptions:
    """What a user can set that changes results; analysers are built from it (:func:`build_analysers`)."""

    #: the lexicon of loaded terms: the built-in one merged with a user's (None: the built-in one)
    lexicon: "Lexicon | None" = None
    #: the probability from which the learned word scorer flags a word the lexicon does not
    #: list (None: the model's default, ``framing.loaded_terms.word_scorer``)
    loaded_threshold: float | None = None


@runtime_checkable
class Analyser(Protocol):
    name: ClassVar[str]
    version: ClassVar[str]
    depends_on: ClassVar[tuple[str, ...]]
    result_type: ClassVar[type]
    #: when True, the result's fields are written at the top level of the article's JSON
    flatten: ClassVar[bool]

    def fingerprint(self) -> str: ...

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Any: ...

    def analyse_piece(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Any: ...

    def merge(self, parts: Sequence[Any], prior: Mapping[str, Any], article: Article) -> Any: ...


class BaseAnalyser:
    """Convenience base: fingerprint = version (override when configuration matters)."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = "1"
    depends_on: ClassVar[tuple[str, ...]] = ()
    result_type: ClassVar[type] = object
    flatten: ClassVar[bool] = False

    def fingerprint(self) -> str:
        return self.version

    def analyse(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Any:
        raise NotImplementedError(f"analyser {self.name!r} defines no analyse method")

    def analyse_piece(self, parsed: ParsedArticle, prior: Mapping[str, Any]) -> Any:
        """The result for one piece of a long article (what :meth:`merge` joins)."""
        return self.analyse(parsed, prior)

    def merge(self, parts: Sequence[Any], prior: Mapping[str, Any], article: Article) -> Any:
        """The article's result from its pieces' results (in article coordinates, in order):
        lists are concatenated; any other result needs its own merge."""
        if all(isinstance(p, list) for p in parts):
            return [x for p in parts for x in p]
        raise NotImplementedError(f"analyser {self.name!r} cannot join the results of a long text's pieces: "
                                  "give it a merge method")


def order_by_dependencies(analysers: list[Analyser]) -> tuple[Analyser, ...]:
    """Topological order (stable by name); unknown or cyclic dependencies are errors."""
    by_name = {a.name: a for a in analysers}
    if len(by_name) != len(analysers):
        raise ValueError("two analysers share a name")
    ordered: list[Analyser] = []
    state: dict[str, str] = {}

    def visit(name: str, chain: tuple[str, ...]) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            raise ValueError(f"analyser dependency cycle: {' -> '.join(chain + (name,))}")
        if name not in by_name:
            raise ValueError(f"analyser {chain[-1]!r} depends on unknown analyser {name!r}")
        state[name] = "visiting"
        for dep in by_name[name].depends_on:
            visit(dep, chain + (name,))
        state[name] = "done"
        ordered.append(by_name[name])

    for name in sorted(by_name):
        visit(name, ())
    return tuple(ordered)


def cache_fingerprints(analysers: Sequence[Analyser]) -> dict[str, str]:
    """Each analyser's name -> the fingerprint its cached results are kept under: its own
    :meth:`~Analyser.fingerprint`, and, for one that reads other analysers' results
    (``depends_on``), a digest of theirs in turn. A new version of attribution thus retires the
    cached tone and loaded terms built on the old attributions, not only the attributions.
    A dependency missing from ``analysers`` counts by name only."""
    by_name = {a.name: a for a in analysers}
    done: dict[str, str] = {}

    def of(name: str, chain: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        analyser = by_name.get(name)
        if analyser is None or name in chain:
            return f"{name}?"
        own = analyser.fingerprint()
        if analyser.depends_on:
            deps = ";".join(f"{d}={of(d, chain + (name,))}" for d in sorted(analyser.depends_on))
            own = f"{own}+{hashlib.sha256(deps.encode()).hexdigest()[:12]}"
        done[name] = own
        return own

    return {a.name: of(a.name, ()) for a in analysers}


@functools.lru_cache(maxsize=1)
def analyser_modules() -> tuple[ModuleType, ...]:
    """The modules of this package that define an ``ANALYSER``, by name."""
    package = __name__.rpartition(".")[0]  # the modules are found on disk: no import of the package itself
    found: list[ModuleType] = []
    for info in sorted(pkgutil.iter_modules([str(pathlib.Path(__file__).parent)]), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        if getattr(module, "ANALYSER", None) is not None:
            found.append(module)
    return tuple(found)


@functools.lru_cache(maxsize=1)
def default_analysers() -> tuple[Analyser, ...]:
    """Every ``ANALYSER`` defined by a module of this package, in dependency order."""
    return order_by_dependencies([module.ANALYSER for module in analyser_modules()])


def build_analysers(options: AnalysisOptions | None = None) -> tuple[Analyser, ...]:
    """Every analyser, built with ``options`` where its module takes them, in dependency order."""
    if options is None or (options.lexicon is None and options.loaded_threshold is None):
        return default_analysers()
    built: list[Analyser] = []
    for module in analyser_modules():
        build = getattr(module, "build", None)
        built.append(build(options) if build is not None else module.ANALYSER)
    return order_by_dependencies(built)
