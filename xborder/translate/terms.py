"""Do-not-translate terms: brand and product names the engine must leave alone.

Two sources, both optional:

* the locales' glossaries, ``locales/<locale>/glossary.yaml`` (through
  :func:`xborder.l10n.glossary.load_glossary`, which merges ``es_MX`` over ``es``),
  for the target and the source language;
* ``glossary.yaml`` at the root of a data folder (the top-most one), read for
  two lists of strings, ``brands`` and ``do_not_translate``::

      brands: [Nordlicht Store]
      do_not_translate: [PayPal, Klarna]

If the l10n glossary module is unavailable the locale files are read the same
simple way.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from ..errors import DataError, LocaleError

ROOT_GLOSSARY = "glossary.yaml"


def do_not_translate(resources, locales: Iterable[str | None]) -> tuple[str, ...]:
    """Every protected term for these locales plus the data folder's root glossary."""
    terms: dict[str, None] = {}
    root = resources.data.find(ROOT_GLOSSARY)
    if root is not None:
        terms.update(dict.fromkeys(resources.cached(("translate", "root_glossary", str(root)),
                                                  lambda: read_terms(root))))
    for locale in locales:
        if locale:
            terms.update(dict.fromkeys(_locale_terms(resources, locale)))
    return tuple(terms)


def _locale_terms(resources, locale: str) -> tuple[str, ...]:
    try:
        from ..l10n.glossary import load_glossary
    except ImportError:  # the locales area's module is not there: read the files directly
        return resources.cached(("translate", "locale_glossary", locale), lambda: _read_locale_files(resources, locale))
    try:
        return tuple(load_glossary(resources, locale).do_not_translate)
    except LocaleError:
        return ()


def _read_locale_files(resources, locale: str) -> tuple[str, ...]:
    from ..i18n.locale import dir_name, normalize, parse

    tag = normalize(locale)
    terms: dict[str, None] = {}
    for t in dict.fromkeys([tag, parse(tag).language]):
        path = resources.data.find(f"locales/{dir_name(t)}/glossary.yaml")
        if path is not None:
            terms.update(dict.fromkeys(read_terms(path)))
    return tuple(terms)


def read_terms(path: Path) -> tuple[str, ...]:
    """``brands`` and ``do_not_translate`` of one glossary file; DataError with file:line:col."""
    from ..yamlio import Node, load_yaml

    data = load_yaml(path)
    if data is None:
        return ()
    if not isinstance(data, Node):
        raise DataError("a glossary must be a mapping (brands, do_not_translate, …)", path, 1)
    out: list[str] = []
    for key in ("brands", "do_not_translate"):
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            line, col = data.where(key)
            raise DataError(f"'{key}' must be a list of non-empty strings", path, line, col)
        out.extend(v.strip() for v in value)
    return tuple(dict.fromkeys(out))
