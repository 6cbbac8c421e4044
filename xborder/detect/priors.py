"""Priors from what the caller knows: a country, a phone number, an Accept-Language header, an e-mail.

They tilt ambiguous texts (es/pt, id/ms, da/nb/sv) and name the region, but
never outvote clear text evidence. Facts come from libraries: the languages of
a territory and their population shares from Babel (CLDR
``territoryInfo``), a phone number's region from ``phonenumbers``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..errors import InputError
from .languages import SUPPORTED

# Country-code TLDs sold as generic names (.co, .io, .me, .tv …): they say nothing about where someone lives.
GENERIC_CCTLDS = frozenset({"co", "io", "me", "tv", "ai", "ly", "fm", "cc", "ws", "to", "gg", "ac", "sh",
                            "app", "dev", "la", "nu", "tk", "ml", "ga", "cf", "gq", "am"})
# ccTLD -> ISO 3166 where they differ.
_TLD_REGION = {"uk": "GB", "eu": "EU"}


@dataclass(frozen=True)
class Signals:
    """Language priors (language -> weight 0..1) and region claims, in order of trust."""

    language_prior: dict = field(default_factory=dict)
    regions: tuple[tuple[str, float, str], ...] = ()   # (region, confidence, evidence)
    evidence: tuple[str, ...] = ()


def territory_languages(region: str) -> dict[str, float]:
    """Supported languages spoken in ``region``, as population shares 0..1 (Babel / CLDR)."""
    return dict(_territory_languages(region.split("-")[0]))


@functools.lru_cache(maxsize=512)
def _territory_languages(country: str) -> tuple[tuple[str, float], ...]:
    from babel.core import get_global

    out: dict[str, float] = {}
    for code, info in get_global("territory_languages").get(country, {}).items():
        base = code.split("_")[0]
        base = "nb" if base == "no" else base
        if base in SUPPORTED:
            share = min(1.0, (info.get("population_percent") or 0.0) / 100.0)
            if info.get("official_status") in ("official", "de_facto_official"):
                share = max(share, 0.5)
            out[base] = max(out.get(base, 0.0), share)
    return tuple(out.items())


def normalize_country(country: str) -> str:
    """``mx`` -> ``MX``; InputError for anything that is not an ISO 3166 code."""
    from ..codes import normalize_region

    if not isinstance(country, str):
        raise InputError(f"invalid country {country!r}: expected an ISO 3166 code like 'MX'")
    code = normalize_region(country)
    if code != "EU" and code.split("-")[0] not in known_countries():
        from ..errors import suggest

        raise InputError(f"unknown country '{country}': not an ISO 3166-1 country code"
                         f"{suggest(code.split('-')[0], known_countries())}")
    return code


@functools.lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes that CLDR names (``ZZ`` and the user-assigned codes excluded).

    Kept in the cache folder by Babel's version: listing them loads English's whole CLDR
    data (~25 ms), which a process checking one ``--region`` otherwise never reads.
    """
    import babel

    from ..diskcache import default_cache_dir, digest, remember

    def codes() -> list[str]:
        return sorted(code for code in babel.Locale("en").territories
                      if len(code) == 2 and code.isalpha() and code not in ("ZZ", "XA", "XB", "QO", "EU", "EZ", "UN"))
    return frozenset(remember(default_cache_dir(), "cldr", digest("countries", babel.__version__), codes,
                              load=lambda stored: [str(code) for code in stored]))


def phone_region(phone: str, country: str | None = None) -> str:
    """The region of a phone number (``+55 11 91234-5678`` -> ``BR``); InputError when invalid."""
    import phonenumbers

    try:
        number = phonenumbers.parse(str(phone), (country or "").split("-")[0] or None)
    except phonenumbers.NumberParseException as exc:
        raise InputError(f"invalid phone number '{phone}': {exc._msg}"
                         + ("" if str(phone).startswith("+") else " (write it with the country code, +34 …)")) from None
    if not phonenumbers.is_valid_number(number):
        raise InputError(f"invalid phone number '{phone}': no such number in the numbering plan")
    region = phonenumbers.region_code_for_number(number)
    if not region or region == "001":
        raise InputError(f"invalid phone number '{phone}': not tied to a country")
    return region


_LANG_RANGE = re.compile(r"^\s*([A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def parse_accept_language(header: str) -> tuple[list[tuple[str, str | None, float]], list[str]]:
    """``es-MX,es;q=0.9,en;q=0.5`` -> [(language, region, q)], best first, and the parts ignored."""
    items, ignored = [], []
    for part in str(header).split(","):
        if not part.strip():
            continue
        match = _LANG_RANGE.match(part)
        if not match or match.group(1) == "*":
            ignored.append(part.strip())
            continue
        try:
            q = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            ignored.append(part.strip())
            continue
        subtags = re.split(r"[-_]", match.group(1))
        language = subtags[0].lower()
        language = "nb" if language in ("no", "nn") else language
        region = next((s.upper() for s in subtags[1:] if len(s) == 2 and s.isalpha()), None)
        if 0.0 < q <= 1.0:
            items.append((language, region, q))
    items.sort(key=lambda item: -item[2])
    return items, ignored


def email_region(email: str) -> str | None:
    """The country of an e-mail domain's ccTLD (``ana@loja.com.br`` -> ``BR``); None for .com and friends."""
    if not isinstance(email, str) or not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", email.strip()):
        raise InputError(f"invalid e-mail address {email!r}")
    tld = email.strip().rsplit(".", 1)[1].lower()
    if len(tld) != 2 or tld in GENERIC_CCTLDS:
        return None
    return _TLD_REGION.get(tld, tld.upper())


def read_signals(country=None, phone=None, accept_language=None, email=None) -> Signals:
    """Validate the caller's signals and turn them into language priors and region claims."""
    prior: dict[str, float] = {}
    regions: list[tuple[str, float, str]] = []
    evidence: list[str] = []

    def add_prior(langs: dict[str, float], weight: float) -> None:
        for lang, share in langs.items():
            prior[lang] = max(prior.get(lang, 0.0), share * weight)

    if country not in (None, ""):
        code = normalize_country(country)
        regions.append((code, 0.95, f"country signal: {code}"))
        langs = territory_languages(code)
        add_prior(langs, 1.0)
        evidence.append(f"prior: country {code} speaks {_fmt(langs)}" if langs else f"prior: country {code}")
    if phone not in (None, ""):
        region = phone_region(phone, country if country else None)
        regions.append((region, 0.9, f"phone number: {region}"))
        langs = territory_languages(region)
        add_prior(langs, 0.8)
        evidence.append(f"prior: phone {region} speaks {_fmt(langs)}" if langs else f"prior: phone {region}")
    if email not in (None, ""):
        region = email_region(email)
        if region and region != "EU":
            try:
                normalize_country(region)
            except InputError:
                region = None
        if region:
            regions.append((region, 0.6, f"e-mail domain .{email.rsplit('.', 1)[1].lower()}: {region}"))
            langs = territory_languages(region)
            add_prior(langs, 0.5)
            evidence.append(f"prior: e-mail domain {region} speaks {_fmt(langs)}" if langs else
                            f"prior: e-mail domain {region}")
        else:
            evidence.append("e-mail domain: no country (generic top-level domain)")
    if accept_language not in (None, ""):
        items, ignored = parse_accept_language(accept_language)
        langs = {lang: q for lang, _, q in items if lang in SUPPORTED}
        if langs:
            add_prior(langs, 0.7)
            evidence.append(f"prior: Accept-Language {_fmt(langs)}")
        if items and items[0][1]:
            region = items[0][1]
            try:
                region = normalize_country(region)
                regions.append((region, 0.65, f"Accept-Language {items[0][0]}-{region}: {region}"))
            except InputError:
                pass
        if ignored:
            evidence.append(f"Accept-Language: ignored {', '.join(repr(p) for p in ignored[:3])}")
    return Signals(prior, tuple(regions), tuple(evidence))


def _fmt(weights: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in sorted(weights.items(), key=lambda kv: -kv[1])[:4])
