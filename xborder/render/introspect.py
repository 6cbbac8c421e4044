"""What a template needs from the catalogs: its message ids, following includes."""
from __future__ import annotations

from jinja2 import meta
from jinja2.ext import GETTEXT_FUNCTIONS


def template_msgids(env, filename: str) -> list[tuple[str, ...]]:
    """Message ids (``(msgid,)`` or ``(singular, plural)``) of a template and its includes."""
    seen_templates: set[str] = set()
    found: list[tuple[str, ...]] = []

    def walk(name: str) -> None:
        if name in seen_templates:
            return
        seen_templates.add(name)
        source, _, _ = env.loader.get_source(env, name)
        for _line, func, message in env.extract_translations(source, GETTEXT_FUNCTIONS):
            ids = message if isinstance(message, tuple) else (message,)
            ids = tuple(m for m in ids if m is not None)
            if func in ("ngettext", "npgettext"):
                ids = ids[:2]
            else:
                ids = ids[:1]
            if ids and ids not in found:
                found.append(ids)
        for ref in meta.find_referenced_templates(env.parse(source)):
            if ref:
                walk(ref)

    walk(filename)
    return found
