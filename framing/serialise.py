"""Lossless JSON round trip for the project's result dataclasses.

``to_jsonable`` turns nested dataclasses, lists, tuples and dicts into plain JSON values;
``from_jsonable`` rebuilds them from the type hints of the target dataclass.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any


def to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    return obj


@functools.lru_cache(maxsize=None)
def _field_hints(tp: type) -> tuple[tuple[str, Any], ...]:
    """A dataclass's fields and their types (``get_type_hints`` evaluates every annotation: once per class)."""
    hints = typing.get_type_hints(tp)
    return tuple((f.name, hints.get(f.name, Any)) for f in dataclasses.fields(tp))


def from_jsonable(tp: Any, data: Any) -> Any:
    """Rebuild a value of type ``tp`` (a dataclass, list[...], dict[...], Optional, ...)."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        non_none = [a for a in args if a is not type(None)]
        for candidate in non_none:
            try:
                return from_jsonable(candidate, data)
            except (TypeError, ValueError, KeyError):
                continue
        return data
    if origin in (list, typing.List):
        return [from_jsonable(args[0] if args else Any, v) for v in data]
    if origin in (tuple, typing.Tuple):
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_jsonable(args[0], v) for v in data)
        return tuple(from_jsonable(a, v) for a, v in zip(args, data)) if args else tuple(data)
    if origin in (dict, typing.Dict):
        vt = args[1] if len(args) == 2 else Any
        return {k: from_jsonable(vt, v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        kwargs = {name: from_jsonable(hint, data[name]) for name, hint in _field_hints(tp) if name in data}
        return tp(**kwargs)
    if tp is float and isinstance(data, int):
        return float(data)
    return data
