"""The immutable result of a detection."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Detection:
    """Language and region of a message, with how sure we are and why.

    ``language`` is ISO 639-1 (``None`` when the text shows no language),
    ``region`` ISO 3166 (``None`` when nothing shows it), ``script`` ISO 15924
    (``Hans``/``Hant`` for Chinese), ``alternatives`` the runner-up languages
    as ``{"language", "confidence"}``, ``evidence`` one line per clue used,
    ``region_candidates`` the countries the cues fit (``{"region", "weight"}``,
    weights summing to 1; the named region first; empty when nothing shows one);
    ``romanized`` is True for a language written in Latin letters instead of its
    own script or spelling (Hinglish, Arabizi, translit, Vietnamese without diacritics).
    """

    language: str | None
    region: str | None = None
    confidence: float = 0.0
    region_confidence: float = 0.0
    script: str | None = None
    alternatives: tuple[dict, ...] = ()
    evidence: tuple[str, ...] = ()
    id: Any = None
    region_candidates: tuple[dict, ...] = ()  # {"region", "weight"}: the countries the cues fit
    romanized: bool = False

    @property
    def locale(self) -> str | None:
        """BCP 47 tag: ``es-MX`` (``en-US`` for region ``US-CA``), ``es`` without a country, else None."""
        if not self.language:
            return None
        country = (self.region or "").split("-")[0]
        if len(country) == 2 and country.isalpha() and country != "EU":
            return f"{self.language}-{country}"
        return self.language

    def with_id(self, value: Any) -> "Detection":
        """The same detection carrying a caller's ``id`` (kept in ``to_dict``)."""
        from dataclasses import replace

        return replace(self, id=value)

    def to_dict(self) -> dict:
        """The DESIGN contract's JSON object (``id`` first, when one was given)."""
        out = {"language": self.language, "region": self.region, "locale": self.locale,
               "confidence": self.confidence, "region_confidence": self.region_confidence,
               "script": self.script, "alternatives": [dict(a) for a in self.alternatives],
               "evidence": list(self.evidence),
               "region_candidates": [dict(c) for c in self.region_candidates]}
        if self.romanized:
            out["romanized"] = True
        if self.id is not None:
            out = {"id": self.id, **out}
        return out
