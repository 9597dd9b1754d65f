"""Word lists written as data, read from ``framing/data/``.

Each data file (``word_classes.toml``, ``quote_kinds.toml``, ``loaded_terms/voice.toml``,
``loaded_terms/rules/<family>.toml``, ...) holds one table per list: ``note`` (what the list is for) and ``words`` (lower-case words, compared
with a token's lemma or lower-cased text). The modules that use a list load its file once,
at import.
"""

from __future__ import annotations

import pathlib
import tomllib

#: the package's data folder
DATA_DIR = pathlib.Path(__file__).resolve().parent / "data"


def load_word_lists(name: str, data_dir: pathlib.Path = DATA_DIR) -> dict[str, frozenset[str]]:
    """The lists of the data file ``name`` (relative to ``data_dir``), by table name."""
    path = data_dir / name
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    lists: dict[str, frozenset[str]] = {}
    for key, table in data.items():
        words = table.get("words") if isinstance(table, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ValueError(f"{path}: [{key}] needs 'words', a list of strings")
        if not isinstance(table.get("note"), str) or not table["note"]:
            raise ValueError(f"{path}: [{key}] needs a 'note' saying what the list is for")
        lists[key] = frozenset(words)
    return lists
