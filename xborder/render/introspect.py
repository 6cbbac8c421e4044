"""What a template needs from the catalogs: its message ids, following includes."""
from __future__ import annotations

from jinja2 import TemplateNotFound, TemplateSyntaxError, meta
from jinja2.ext import GETTEXT_FUNCTIONS, extract_from_ast

from ..errors import DataError


def template_msgids(env, filename: str, cache_dir=None) -> list[tuple[str, ...]]:
    """Message ids (``(msgid,)`` or ``(singular, plural)``) of a template and its includes.

    ``cache_dir``: the user's cache folder (:mod:`xborder.diskcache`), where each source's
    reading is kept for the next process."""
    seen_templates: set[str] = set()
    found: list[tuple[str, ...]] = []

    def walk(name: str) -> None:
        if name in seen_templates:
            return
        seen_templates.add(name)
        try:
            source, path, _ = env.loader.get_source(env, name)
        except TemplateNotFound:
            raise DataError(f"template '{filename}' includes '{name}', which does not exist") from None
        try:
            messages, references = _read(env, source, cache_dir)
        except TemplateSyntaxError as exc:
            raise DataError(f"template syntax error: {exc.message}", path, exc.lineno) from None
        found.extend(ids for ids in messages if ids not in found)
        for ref in references:
            walk(ref)

    walk(filename)
    return found


_READ: dict[str, tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]] = {}


def _read(env, source: str, cache_dir=None) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """One parse of ``source``: its message ids and the templates it includes.

    Remembered per source text: every locale's environment reads the same templates and
    partials, and the environments (``build_environment``) differ in catalogs and loader,
    not in syntax or in how ``trans`` blocks are trimmed.
    """
    found = _READ.get(source)
    if found is not None:
        return found
    if cache_dir is not None:
        from ..diskcache import digest, remember

        found = remember(cache_dir, "msgids", digest("template-msgids-1", source), lambda: _parse(env, source),
                         dump=lambda v: {"messages": v[0], "references": v[1]},
                         load=lambda d: (tuple(tuple(str(i) for i in ids) for ids in d["messages"]),
                                         tuple(str(r) for r in d["references"])))
    else:
        found = _parse(env, source)
    if len(_READ) >= 1024:
        _READ.clear()
    _READ[source] = found
    return found


def _parse(env, source: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    ast = env.parse(source)
    messages: list[tuple[str, ...]] = []
    for _line, func, message in extract_from_ast(ast, GETTEXT_FUNCTIONS):
        ids = message if isinstance(message, tuple) else (message,)
        ids = tuple(m for m in ids if m is not None)
        ids = ids[:2] if func in ("ngettext", "npgettext") else ids[:1]
        if ids and ids not in messages:
            messages.append(ids)
    return tuple(messages), tuple(ref for ref in meta.find_referenced_templates(ast) if ref)
