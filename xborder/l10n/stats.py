"""Translation statistics: ``xborder locales stats``.

Per locale: messages, translated, fuzzy, untranslated and source words (a
message counts as translated only when every plural form is), plus coverage
through the fallback chain (``es-MX`` counts what ``es`` translates). Per
template: which locales render it completely, partially or not at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from .checker import complete_locales, entries
from .text import strip_codes
from .po import read_catalog

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def count_words(text: str) -> int:
    """Words of an English source text, placeholders, URLs and addresses left out."""
    return len(_WORD.findall(strip_codes(text)))


@dataclass(frozen=True)
class LocaleStats:
    locale: str
    path: str
    messages: int
    translated: int
    fuzzy: int
    untranslated: int
    words: int
    translated_words: int
    covered: int  # translated here or by a catalog of the fallback chain
    marked_complete: bool
    fallback_chain: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return self.covered == self.messages

    def to_dict(self) -> dict:
        return {"locale": self.locale, "path": self.path, "messages": self.messages,
                "translated": self.translated, "fuzzy": self.fuzzy, "untranslated": self.untranslated,
                "words": self.words, "translated_words": self.translated_words,
                "covered_through_fallback": self.covered, "complete": self.complete,
                "marked_complete": self.marked_complete, "fallback_chain": list(self.fallback_chain)}


@dataclass(frozen=True)
class TemplateStats:
    template: str
    status: dict  # locale -> complete | partial | missing

    def to_dict(self) -> dict:
        by = {s: [loc for loc, st in self.status.items() if st == s] for s in ("complete", "partial", "missing")}
        return {"template": self.template, **by}


@dataclass(frozen=True)
class Stats:
    locales: tuple[LocaleStats, ...]
    templates: tuple[TemplateStats, ...]

    def to_dict(self) -> dict:
        return {"locales": [s.to_dict() for s in self.locales],
                "templates": [t.to_dict() for t in self.templates]}


def locale_stats(resources, locales: Iterable[str] | None = None) -> tuple[LocaleStats, ...]:
    from ..i18n.library import chain_of
    from ..i18n.locale import SOURCE_LOCALE, writes_source_language
    from .workflow import catalog_paths

    every = catalog_paths(resources.data)
    selected = catalog_paths(resources.data, locales)
    marked = complete_locales(resources)
    cache: dict[str, list] = {}

    def items(tag: str) -> list:
        if tag not in cache:
            cache[tag] = entries(read_catalog(every[tag], tag))
        return cache[tag]

    out = []
    for tag, path in selected.items():
        own = items(tag)
        chain = tuple(t for t in chain_of(resources, tag) if t not in (tag, SOURCE_LOCALE) and t in every)
        elsewhere = {e.key for other in chain for e in items(other) if e.translated and not e.fuzzy}
        done = [e for e in own if e.translated and not e.fuzzy]
        fuzzy = sum(1 for e in own if e.fuzzy)
        words = {e.key: count_words(e.msgid) + count_words(e.msgid_plural or "") for e in own}
        out.append(LocaleStats(
            locale=tag, path=str(path), messages=len(own), translated=len(done), fuzzy=fuzzy,
            untranslated=len(own) - len(done) - fuzzy, words=sum(words.values()),
            translated_words=sum(words[e.key] for e in done),
            covered=len(own) if writes_source_language(tag) else
            sum(1 for e in own if (e.translated and not e.fuzzy) or e.key in elsewhere),
            marked_complete=tag in marked, fallback_chain=chain))
    return tuple(out)


def template_stats(resources) -> tuple[TemplateStats, ...]:
    """Each template's status per locale, as the renderer sees the catalogs (fuzzy left out)."""
    from ..render.library import template_names, template_status

    return tuple(TemplateStats(name, template_status(resources, name)) for name in template_names(resources))


def collect_stats(resources, locales: Iterable[str] | None = None) -> Stats:
    return Stats(locale_stats(resources, locales), template_stats(resources))
