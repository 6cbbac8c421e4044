"""YAML reading for data files: YAML 1.2 booleans, line numbers, file:line errors.

``NO`` (Norway), ``yes`` and ``on`` stay strings; only ``true``/``false`` are
booleans. Every mapping is a :class:`Node` that remembers where it and each
of its keys start, so validators can report ``file:line:col``.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

import yaml

from .errors import DataError

try:  # the C loader is several times faster; fall back when libyaml is absent
    _Base = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Base = yaml.SafeLoader


class Node(dict):
    """A mapping that knows its own position and its keys' positions (1-based)."""

    line: int = 0
    column: int = 0
    key_marks: dict

    def where(self, key: str | None = None) -> tuple[int, int]:
        if key is not None and key in self.key_marks:
            return self.key_marks[key]
        return self.line, self.column


class _Loader(_Base):
    pass


# YAML 1.2 core schema booleans only.
_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in _Base.yaml_implicit_resolvers.copy().items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Node:
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


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: str | Path) -> Any:
    """Parse one YAML file; syntax errors become ``DataError('file:line:col: …')``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 ({exc.reason} at byte {exc.start})", path) from None
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror}", path) from None
    try:
        loader = _Loader(text)
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
    except DataError as exc:
        if exc.path in (None, "<unicode string>", "<file>"):
            raise DataError(exc.reason, path, exc.line, exc.column) from None
        raise


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
