"""Laws and institutions a customer names ("PROFECO", "KVKK", "Verbraucherzentrale", "个人信息保护法").

The names come from the region profiles in ``culture_rules/regions/``
(``consumer_authorities``, and the acronyms and local names in ``privacy_law``
and its ``authority``), so they are kept in one place with their sources. A
name found in one profile points at that country; one found in several (the
GDPR, a regional network) is a shared cue over those countries.
"""
from __future__ import annotations

import re
from typing import Iterable

# Words that open a fragment which names no institution ("the data protection authority of the Land").
_GENERIC = re.compile(r"(?i)^(?:the |a |an |state |hotline|complaints|in |until |as |with |for |and |law no|"
                      r"regulation$|act$|eu$|uk$|us$|federal$|national$|consumer$)")
_SPLIT = re.compile(r"\s*[();,/；]\s*|\s+-\s+|\s+as amended\b.*$")
_ACRONYM = re.compile(r"^[A-ZÇĞİÖŞÜ][A-Za-zÇĞİÖŞÜ0-9\-]{1,9}$")
_LETTERS = re.compile(r"[^\W\d_]{3}|^\d{5}$")  # a name, or a national hotline number (12315)


def _fragments(text: str) -> Iterable[str]:
    for part in _SPLIT.split(text):
        part = part.strip(" .;:'\"")
        if len(part) < 3 or not _LETTERS.search(part) or _GENERIC.match(part) or not (
                part[0].isupper() or not part[0].isascii() or part.isdigit()):
            continue
        if re.search(r"\b(?:Regulation \(EU\)|Republic Act|B\.E\.|Royal Decree)\b", part):
            continue
        yield part


def _common_word(name: str) -> bool:
    """A one-word name that is an everyday English word ("CASE", "Industry") names nothing.

    Acronyms of three letters are kept: they count only in capitals ("ICO", "FTC").
    """
    if " " in name or name.isdigit() or (is_acronym(name) and len(name) <= 3):
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(name.lower(), "en") >= 3.0


def names_by_region(profiles) -> dict[str, set[str]]:
    """Name -> the countries whose profile lists it (subdivisions count for their country)."""
    found: dict[str, set[str]] = {}
    for profile in profiles:
        region = profile.region.split("-")[0]
        if len(region) != 2 or region == "EU":
            continue
        facts = profile.facts
        texts: list[str] = []
        authorities = facts.get("consumer_authorities")
        if authorities is not None and authorities.value:
            texts.extend(str(v) for v in authorities.value)
        law = facts.get("privacy_law")
        if law is not None:
            if law.value:
                texts.extend(re.findall(r"\(([^()]+)\)", str(law.value)))  # "(LGPD, Lei 13.709/2018)"
            authority = law.extras.get("authority")
            if authority:
                texts.append(str(authority))
        for text in texts:
            for name in _fragments(text):
                if not _common_word(name):
                    found.setdefault(name, set()).add(region)
    return found


def is_acronym(name: str) -> bool:
    """A name in capitals: "ICO", "KVKK", "UOKiK", "PROFECO"."""
    return bool(_ACRONYM.match(name)) and sum(ch.isupper() for ch in name) >= 2


def needs_capitals(name: str) -> bool:
    """An acronym that counts only as written: three letters ("ICO", "CMA") or an everyday word.

    Longer ones are matched in any case: customers write "Profeco", "Procon", "kvkk".
    """
    if not is_acronym(name):
        return False
    if len(name) <= 3:
        return True
    from wordfreq import zipf_frequency

    return zipf_frequency(name.lower(), "en") >= 3.0
