"""Analysis results kept in the workspace, as the cache :func:`framing.analysis.analyse_articles` takes.

A result is stored as JSON (:func:`framing.serialise.to_jsonable`) under the analysis cache's
key, (article id, outlet, analyser name, analyser fingerprint), and rebuilt with the
analyser's ``result_type``. The fingerprint changes with the analyser's version (and with
its configuration, e.g. a user lexicon), so a result of an older version is never returned:
it is a miss, and the article is analysed again. The article id is a hash of its text, so
an unchanged article is a hit in any project and after any restart.

Writes are collected and stored in one transaction by :meth:`ResultStore.flush` (or on
leaving ``with store:``), not one commit per analyser.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Iterator, MutableMapping, Sequence

from ..analysers import Analyser, default_analysers
from ..analysers.base import cache_fingerprints
from ..analysis import CacheKey
from ..serialise import from_jsonable, to_jsonable
from .store import Workspace


class ResultStore(MutableMapping[CacheKey, Any]):
    """Results of ``analysers`` (default: all of them) in ``workspace``, as a mapping.

    ``key in store`` and ``store[key]`` read the database (writes not yet flushed included);
    ``store[key] = result`` is kept until :meth:`flush`.
    """

    def __init__(self, workspace: Workspace, analysers: Sequence[Analyser] | None = None) -> None:
        self.workspace = workspace
        analysers = default_analysers() if analysers is None else analysers
        self._analysers = tuple(analysers)
        self._fingerprints = cache_fingerprints(self._analysers)
        self._types = {a.name: a.result_type for a in analysers}
        self._pending: dict[CacheKey, str] = {}

    def _json(self, key: CacheKey) -> str | None:
        return self._pending.get(key) or self.workspace.result_json(key)

    def __contains__(self, key: object) -> bool:
        if not (isinstance(key, tuple) and len(key) == 4 and key[2] in self._types):
            return False
        return self._json(key) is not None

    def __getitem__(self, key: CacheKey) -> Any:
        if key[2] not in self._types:
            raise KeyError(key)
        text = self._json(key)
        if text is None:
            raise KeyError(key)
        return from_jsonable(self._types[key[2]], json.loads(text))

    def __setitem__(self, key: CacheKey, value: Any) -> None:
        self._pending[key] = json.dumps(to_jsonable(value), ensure_ascii=False, separators=(",", ":"))

    def put_article_json(self, data: dict[str, Any]) -> int:
        """Keep every analyser's result of one article from its JSON (what
        :meth:`framing.analysis.ArticleAnalysis.to_json` gives, e.g. from a worker process), without
        rebuilding the results: each analyser's part is stored as :meth:`__setitem__` would store it.
        Returns how many results (an analyser missing from ``data`` is skipped)."""
        article_id, outlet = str(data["id"]), str(data.get("outlet") or "")
        kept = 0
        for analyser in self._analysers:
            if analyser.flatten:
                names = [f.name for f in dataclasses.fields(analyser.result_type)]
                if not all(n in data for n in names):
                    continue
                part: Any = {n: data[n] for n in names}
            elif analyser.name in data:
                part = data[analyser.name]
            else:
                continue
            key = (article_id, outlet, analyser.name, self._fingerprints[analyser.name])
            self._pending[key] = json.dumps(part, ensure_ascii=False, separators=(",", ":"))
            kept += 1
        return kept

    def __delitem__(self, key: CacheKey) -> None:
        pending = self._pending.pop(key, None)
        if not self.workspace.delete_result(key) and pending is None:
            raise KeyError(key)

    def __iter__(self) -> Iterator[CacheKey]:
        keys = dict.fromkeys(k for k in self.workspace.result_keys() if k[2] in self._types)
        keys.update(dict.fromkeys(self._pending))
        return iter(list(keys))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def flush(self) -> int:
        """Store the results set since the last flush, in one transaction; returns how many."""
        pending, self._pending = self._pending, {}
        if pending:
            try:
                self.workspace.save_result_json(pending.items())
            except BaseException:
                self._pending = {**pending, **self._pending}
                raise
        return len(pending)

    def __enter__(self) -> "ResultStore":
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.flush()
