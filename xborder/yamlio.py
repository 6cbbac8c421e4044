"""YAML reading for data files: YAML 1.2 booleans, line numbers, file:line errors.

``NO`` (Norway), ``yes`` and ``on`` stay strings; only ``true``/``false`` are
booleans. Every mapping is a :class:`Node` that remembers where it and each
of its keys start, so validators can report ``file:line:col``.
"""
from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any, Iterable

from .errors import DataError


class Node(dict):
    """A mapping that knows its own position and its keys' positions (1-based)."""

    line: int = 0
    column: int = 0
    key_marks: dict

    def where(self, key: str | None = None) -> tuple[int, int]:
        if key is not None and key in self.key_marks:
            return self.key_marks[key]
        return self.line, self.column


@functools.lru_cache(maxsize=1)
def _loader() -> type:
    """PyYAML's (C, when libyaml is there) safe loader with YAML 1.2 booleans and :class:`Node`
    mappings. Built on first use: a process that finds every file in the cache never imports yaml."""
    import re

    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is several times faster

    class _Loader(base):
        pass

    # YAML 1.2 core schema booleans only.
    _Loader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
        for k, v in base.yaml_implicit_resolvers.copy().items()
    }
    _Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
    return _Loader


def _construct_timestamp(loader, node) -> Any:
    """A date-like scalar that is no real date (2026-13-01) is a file:line error, not a traceback."""
    from yaml.constructor import SafeConstructor

    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise DataError(f"{node.value!r} is not a valid date ({exc})", node.start_mark.name,
                        node.start_mark.line + 1, node.start_mark.column + 1) from None


def _construct_mapping(loader, node) -> Node:
    loader.flatten_mapping(node)
    result = Node()
    result.line, result.column = node.start_mark.line + 1, node.start_mark.column + 1
    result.key_marks = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) or key is None:
            raise DataError("mapping keys must be plain values", key_node.start_mark.name,
                            key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        if key in result:
            raise DataError(f"duplicate key '{key}'", key_node.start_mark.name,
                            key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_marks[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    return result


def load_yaml(path: str | Path) -> Any:
    """Parse one YAML file; syntax errors become ``DataError('file:line:col: …')``.

    The parsed tree (line numbers included) is kept in the user's cache folder
    under the digest of the file's bytes, so later processes skip the parser.
    """
    from .diskcache import default_cache_dir, digest, read_json, write_json

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror}", path) from None
    folder = default_cache_dir()
    key = digest(data) if folder is not None else ""
    cached = read_json(folder, "yaml", key) if folder is not None else None
    if cached is not None:
        try:
            return _decode(cached)
        except (KeyError, TypeError, ValueError, IndexError):
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 ({exc.reason} at byte {exc.start})", path) from None
    value = _parse(text, path)
    if folder is not None:
        try:
            write_json(folder, "yaml", key, _encode(value))
        except TypeError:  # a value JSON cannot hold (binary, a set): parse again next time
            pass
    return value


def _parse(text: str, path: Path) -> Any:
    import yaml

    try:
        if "&" in text:  # no anchor, no alias: the common case skips the event scan
            _refuse_aliases(text, path)
        loader = _loader()(text)
        loader.name = str(path)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        raise DataError(f"YAML syntax error: {exc.problem or exc.context}", path, line, col) from None
    except yaml.reader.ReaderError as exc:  # a control character, or bytes that are not text
        line = text.count("\n", 0, exc.position) + 1
        raise DataError(f"YAML cannot contain character {exc.character!r} ({exc.reason})", path, line) from None
    except DataError as exc:
        if exc.path in (None, "<unicode string>", "<file>"):
            raise DataError(exc.reason, path, exc.line, exc.column) from None
        raise


def _refuse_aliases(text: str, path: Path) -> None:
    """DataError at the first alias: a few lines of anchors and aliases ("billion laughs")
    expand to gigabytes once constructed, so data files must spell every value out."""
    import yaml

    loader = _loader()(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                mark = event.start_mark
                raise DataError(f"YAML alias '*{event.anchor}' is not allowed (aliases can expand without "
                                "bound); write the value out", path, mark.line + 1, mark.column + 1)
    finally:
        loader.dispose()


# The cache's JSON form: a Node is {"n": [line, col, [[key, line, col, value], ...]]},
# a date {"d": "2026-11-23"}, a date-time {"t": "2026-11-23T09:00:00+00:00"}, a list a list.
def _encode(value: Any) -> Any:
    if isinstance(value, Node):
        return {"n": [value.line, value.column,
                      [[k, *value.key_marks.get(k, (0, 0)), _encode(v)] for k, v in value.items()]]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(type(value).__name__)


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "n" in value:
        line, column, entries = value["n"]
        node = Node()
        node.line, node.column, node.key_marks = line, column, {}
        for key, kline, kcol, item in entries:
            node[key] = _decode(item)
            node.key_marks[key] = (kline, kcol)
        return node
    if "d" in value:
        return dt.date.fromisoformat(value["d"])
    return dt.datetime.fromisoformat(value["t"])


def load_entries(path: str | Path, key: str) -> list[tuple[str, Any, int]]:
    """``(name, entry, line)`` for each entry of the top-level mapping ``key`` of a YAML file;
    DataError when the file has no such mapping."""
    from .errors import DataError

    data = load_yaml(path)
    entries = data.get(key) if isinstance(data, Node) else None
    if not isinstance(entries, Node):
        raise DataError(f"expected a '{key}' mapping", path, 1)
    return [(str(name), entry, entries.where(name)[0]) for name, entry in entries.items()]


def check_keys(node: Node, allowed: Iterable[str], path: str | Path, what: str,
               required: Iterable[str] = ()) -> None:
    """Raise a file:line:col DataError for an unknown or missing key in ``node``."""
    allowed = set(allowed)
    for key in node:
        if key not in allowed:
            from .errors import suggest

            line, col = node.where(key)
            raise DataError(f"unknown key '{key}' in {what}{suggest(str(key), allowed)} "
                            f"(allowed: {', '.join(sorted(allowed))})", path, line, col)
    for key in required:
        if key not in node:
            raise DataError(f"missing required key '{key}' in {what}", path, node.line, node.column)
