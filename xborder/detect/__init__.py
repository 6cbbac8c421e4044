"""Language and region detection (interim: seeded langdetect; replaced by the ensemble)."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

_lock = threading.Lock()


@dataclass(frozen=True)
class Detection:
    language: str | None
    region: str | None = None
    confidence: float = 0.0
    region_confidence: float = 0.0
    script: str | None = None
    alternatives: tuple[dict, ...] = ()
    evidence: tuple[str, ...] = ()
    id: Any = None

    @property
    def locale(self) -> str | None:
        if not self.language:
            return None
        return f"{self.language}-{self.region}" if self.region and "-" not in self.region else self.language

    def to_dict(self) -> dict:
        out = {"language": self.language, "region": self.region, "locale": self.locale,
               "confidence": self.confidence, "region_confidence": self.region_confidence,
               "script": self.script, "alternatives": list(self.alternatives),
               "evidence": list(self.evidence)}
        if self.id is not None:
            out = {"id": self.id, **out}
        return out


def detect(toolkit, text: str, *, country=None, phone=None, accept_language=None, email=None) -> Detection:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        DetectorFactory.seed = 0
        try:
            langs = detect_langs(text)
        except LangDetectException:
            return Detection(None, evidence=("no language features in the text",))
    best = langs[0]
    language = best.lang.split("-")[0]
    return Detection(language, confidence=round(best.prob, 3),
                     alternatives=tuple({"language": l.lang.split("-")[0], "confidence": round(l.prob, 3)}
                                        for l in langs[1:]),
                     evidence=(f"langdetect: {best.lang} ({best.prob:.2f})",))
