"""Per-locale glossaries: ``locales/<locale>/glossary.yaml``.

::

    brands: [Nordlicht Store]           # never translated; may stay identical
    do_not_translate: [PayPal, IBAN]    # kept exactly as written
    terms:                              # required translations
      - source: refund*                 # English term; '*' matches refunds, refunded
        translation: [Erstattung, erstatten*]   # one of these must appear
        note: Legal term used in the store's terms.
    forbidden:                          # never in a translation
      - term: Rückvergütung*
        use: Erstattung
        note: Sounds like a rebate.

Terms match whole words, case-insensitively; a trailing ``*`` also matches
inflections and compounds. In scripts written without spaces (Japanese,
Chinese, Thai) a term matches anywhere.
Unknown keys are errors with file:line:col. A regional locale inherits its
language's glossary (``es-MX`` reads ``es_MX/glossary.yaml`` then ``es/glossary.yaml``).
The machine-translation side reuses :func:`load_glossary` to protect
:attr:`Glossary.do_not_translate` terms.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml

_TOP_KEYS = ("locale", "brands", "do_not_translate", "terms", "forbidden")
_TERM_KEYS = ("source", "translation", "note", "severity")
_FORBIDDEN_KEYS = ("term", "use", "note", "severity")
_SEVERITIES = ("warning", "error")


@dataclass(frozen=True)
class Term:
    """A required translation: where ``source`` occurs, one of ``translations`` must."""

    source: str
    translations: tuple[str, ...]
    note: str = ""
    severity: str = "error"
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Forbidden:
    """A word that must never appear in a translation; ``use`` says what to write instead."""

    term: str
    use: str = ""
    note: str = ""
    severity: str = "error"
    path: str = ""
    line: int = 0


@dataclass(frozen=True)
class Glossary:
    """The merged glossary of one locale (most specific file first)."""

    locale: str
    brands: tuple[str, ...] = ()
    do_not_translate: tuple[str, ...] = ()  # brands included
    terms: tuple[Term, ...] = ()
    forbidden: tuple[Forbidden, ...] = ()
    sources: tuple[Path, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.do_not_translate or self.terms or self.forbidden)


def glossary_relpath(dirname: str) -> str:
    return f"locales/{dirname}/glossary.yaml"


def load_glossary(resources, locale: str) -> Glossary:
    """The glossary for ``locale`` (cached on the Resources); empty when none exists.

    Raises LocaleError for an unknown locale code and DataError (file:line:col)
    for a malformed glossary file.
    """
    from ..i18n.locale import dir_name, normalize, parse

    tag = normalize(locale)
    chain = list(dict.fromkeys([tag, parse(tag).language]))

    def load() -> Glossary:
        files = [p for p in (resources.data.find(glossary_relpath(dir_name(t))) for t in chain) if p]
        return merge(tag, [read_glossary_file(p, expected_dir=p.parent.name) for p in files])

    return resources.cached(("glossary", tag), load)


def merge(tag: str, parts: list[Glossary]) -> Glossary:
    """Combine glossaries, most specific first: a term of the same source is overridden."""
    brands: dict[str, None] = {}
    keep: dict[str, None] = {}
    terms: dict[str, Term] = {}
    forbidden: dict[str, Forbidden] = {}
    for part in parts:
        brands.update(dict.fromkeys(part.brands))
        keep.update(dict.fromkeys(part.do_not_translate))
        for term in part.terms:
            terms.setdefault(term.source.casefold(), term)
        for word in part.forbidden:
            forbidden.setdefault(word.term.casefold(), word)
    return Glossary(locale=tag, brands=tuple(brands), do_not_translate=tuple({**brands, **keep}),
                    terms=tuple(terms.values()), forbidden=tuple(forbidden.values()),
                    sources=tuple(p for part in parts for p in part.sources))


def read_glossary_file(path: Path, expected_dir: str | None = None) -> Glossary:
    """Parse and validate one glossary file."""
    from ..i18n.locale import normalize

    data = load_yaml(path)
    if data is None:
        return Glossary(locale=expected_dir or "", sources=(path,))
    if not isinstance(data, Node):
        raise DataError("a glossary must be a mapping with brands, do_not_translate, terms, forbidden",
                        path, 1)
    check_keys(data, _TOP_KEYS, path, "glossary")
    tag = normalize(expected_dir) if expected_dir else ""
    if "locale" in data:
        line, col = data.where("locale")
        declared = data["locale"]
        if not isinstance(declared, str) or (tag and normalize(declared) != tag):
            raise DataError(f"'locale: {declared}' does not match the folder '{expected_dir}'", path, line, col)
    brands = _strings(data, "brands", path)
    keep = _strings(data, "do_not_translate", path)
    terms = tuple(_term(item, path) for item in _items(data, "terms", path))
    forbidden = tuple(_forbidden(item, path) for item in _items(data, "forbidden", path))
    return Glossary(locale=tag, brands=brands, do_not_translate=tuple(dict.fromkeys(brands + keep)),
                    terms=terms, forbidden=forbidden, sources=(path,))


def _strings(node: Node, key: str, path: Path) -> tuple[str, ...]:
    value = node.get(key)
    if value is None:
        return ()
    line, col = node.where(key)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(f"'{key}' must be a list of non-empty strings", path, line, col)
    return tuple(v.strip() for v in value)


def _items(node: Node, key: str, path: Path) -> list[Node]:
    value = node.get(key)
    if value is None:
        return []
    line, col = node.where(key)
    if not isinstance(value, list):
        raise DataError(f"'{key}' must be a list of mappings", path, line, col)
    for item in value:
        if not isinstance(item, Node):
            raise DataError(f"each entry of '{key}' must be a mapping, not {item!r}", path, line, col)
    return value


def _severity(item: Node, path: Path) -> str:
    value = item.get("severity", "error")
    if value not in _SEVERITIES:
        line, col = item.where("severity")
        raise DataError(f"severity must be one of {', '.join(_SEVERITIES)}, not {value!r}", path, line, col)
    return value


def _text(item: Node, key: str, path: Path, required: bool = False) -> str:
    value = item.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        line, col = item.where(key)
        raise DataError(f"'{key}' must be a non-empty string", path, line, col)
    return value.strip()


def _term(item: Node, path: Path) -> Term:
    check_keys(item, _TERM_KEYS, path, "glossary term", required=("source", "translation"))
    translations = _strings(item, "translation", path)
    if not translations:
        line, col = item.where("translation")
        raise DataError("'translation' needs at least one accepted translation", path, line, col)
    return Term(source=_text(item, "source", path, True), translations=translations,
                note=_text(item, "note", path), severity=_severity(item, path), path=str(path), line=item.line)


def _forbidden(item: Node, path: Path) -> Forbidden:
    check_keys(item, _FORBIDDEN_KEYS, path, "forbidden term", required=("term",))
    return Forbidden(term=_text(item, "term", path, True), use=_text(item, "use", path),
                     note=_text(item, "note", path), severity=_severity(item, path),
                     path=str(path), line=item.line)


# -- matching ------------------------------------------------------------------------

def _spaced(term: str) -> bool:
    """Whether the term is written in a script that separates words with spaces."""
    for ch in term:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")):
                return False
    return True


@lru_cache(maxsize=1024)
def term_pattern(term: str) -> re.Pattern[str]:
    """A case-insensitive pattern for a glossary term.

    In space-separated scripts a term matches whole words; a trailing ``*``
    also matches inflections (``refund*``: refunds, refunded; ``Zoll*``:
    Zollbehörde). In CJK and Thai, which do not separate words, it matches anywhere.
    """
    prefix = term.endswith("*")
    body = re.escape(term.rstrip("*").strip())
    if not _spaced(term):
        return re.compile(body, re.I)
    tail = r"\w*" if prefix else r"(?!\w)"
    return re.compile(rf"(?<!\w){body}{tail}", re.I)


def find_term(text: str, term: str) -> re.Match[str] | None:
    """The first match of a glossary term in ``text`` (placeholders, URLs and addresses ignored)."""
    from .text import strip_codes

    return term_pattern(term).search(strip_codes(text))
