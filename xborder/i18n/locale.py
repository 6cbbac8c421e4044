"""Locale codes (BCP 47 out, ``_`` or ``-`` in) and the explicit fallback chain.

The chain for a requested locale lists the catalogs consulted, most specific
first, always ending with the source language ``en``: ``es-MX -> es -> en``,
``zh-HK -> zh-TW -> en`` (same script), ``pt-PT -> pt-BR -> en`` (same
language, another region, reported as such).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..errors import LocaleError

SOURCE_LOCALE = "en"
_CODE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


def writes_source_language(tag: str) -> bool:
    """True for a regional variant of the source language (en-US, en-GB): a message its
    catalog leaves out is served by the source text itself, which is complete."""
    return _language_of(tag) == SOURCE_LOCALE


def normalize(code: str) -> str:
    """``es_mx`` / ``es-MX`` -> ``es-MX``; ``zh_Hant_TW`` -> ``zh-Hant-TW``. Raises LocaleError."""
    return to_tag(parse(code))


@lru_cache(maxsize=512)
def parse(code: str):
    """A Babel ``Locale`` for a BCP 47 or POSIX-style code; LocaleError if CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    from .dates import prime_pytz  # before Babel's first data load imports babel.dates

    prime_pytz()

    if not isinstance(code, str) or not _CODE.match(code.strip()):
        raise LocaleError(f"malformed locale code {code!r}: expected a code like 'de', 'es-MX' or 'pt_BR'")
    parts = code.strip().replace("-", "_").split("_")
    parts[0] = parts[0].lower()
    for i, part in enumerate(parts[1:], 1):
        parts[i] = part.title() if len(part) == 4 else part.upper()
    try:
        return Locale.parse("_".join(parts))
    except (UnknownLocaleError, ValueError) as exc:
        raise LocaleError(f"unknown locale '{code}': CLDR has no such locale ({exc})") from None


def to_tag(locale) -> str:
    """BCP 47 with hyphens, script only where it is not the likely one.

    ``Locale('zh', 'TW', script='Hant')`` -> ``zh-TW``; ``Locale('zh', script='Hant')`` -> ``zh-Hant``.
    """
    script = locale.script
    if script and _default_script(locale.language, locale.territory) == script:
        script = None
    return "-".join(p for p in (locale.language, script, locale.territory) if p)


@lru_cache(maxsize=512)
def _default_script(language: str, territory: str | None) -> str | None:
    from babel.core import get_global

    likely = get_global("likely_subtags")
    for key in (f"{language}_{territory}" if territory else None, language):
        if key and key in likely:
            parts = likely[key].split("_")
            if len(parts) >= 3:
                return parts[1]
    return None


def _language_of(code: str) -> str:
    """The language a tag's first subtag stands for, CLDR aliases followed (``iw`` -> ``he``)."""
    from babel.core import get_global

    first = code.replace("_", "-").split("-")[0].lower()
    return get_global("language_aliases").get(first, first).split("_")[0]


def dir_name(tag: str) -> str:
    """The folder name used under ``locales/`` and ``templates/``: ``pt-BR`` -> ``pt_BR``."""
    return tag.replace("-", "_")


def likely_script(locale) -> str | None:
    """The script a locale is written in, explicit or from CLDR likely subtags."""
    return locale.script or _default_script(locale.language, locale.territory)


def fallback_chain(requested: str, available: Iterable[str]) -> list[str]:
    """Catalog tags to consult for ``requested``, ending with the source ``en``.

    ``available`` holds the tags that have a catalog. Raises LocaleError when no
    catalog of the requested language exists (and it is not the source language).
    """
    loc = parse(requested)
    available = list(available)
    # Only tags that can be of this language are parsed: parsing every catalog's tag makes
    # Babel list its whole locale-data folder (zh_CN) on a one-off reply.
    maybe = [a for a in available if _language_of(a) == loc.language]
    same_language = {t: l for t, l in ((normalize(a), parse(a)) for a in maybe) if l.language == loc.language}
    script = likely_script(loc)
    exact = to_tag(loc)
    chain: list[str] = [exact] if exact in same_language else []
    # Then the bare language if written in the same script, else the first
    # catalog of that language and script (zh-HK -> zh-TW), else any region of
    # that language (reported through the chain, never silent).
    same_script = sorted(t for t, l in same_language.items() if likely_script(l) == script)
    if loc.language in same_script or loc.language == SOURCE_LOCALE:
        # en-US -> en, never en-US -> en-GB: the source is the parent of its regional variants.
        nearest = loc.language
    elif same_script:
        nearest = same_script[0]
    else:
        nearest = min(same_language, default=None)
    if nearest and nearest not in chain:
        chain.append(nearest)
    if loc.language != SOURCE_LOCALE and not chain:
        known = ", ".join(sorted({normalize(a) for a in available}) + [SOURCE_LOCALE])
        raise LocaleError(f"no translations for locale '{exact}' (available: {known})")
    if SOURCE_LOCALE not in chain:
        chain.append(SOURCE_LOCALE)
    return chain
