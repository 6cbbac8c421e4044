"""Escalation triage: the detection, plus whether and why a message must go to a specialist.

Reasons (DESIGN contract): ``legal_threat``, ``consumer_authority``, ``chargeback``,
``privacy``, ``safety``, ``public_exposure``. Severity follows the usual complaint
tiers: safety incidents and public exposure are ``critical``; legal threats,
authority complaints and chargebacks ``high``; privacy requests ``medium`` (a
breach ``high``). A reason needs an act or threat stated outright, or a term
(lawyer, authority, platform) with a cue of the same reason in the same sentence —
never a single word.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import InputError
from .spans import between
from .triage_lexicon import REASONS, ReasonPatterns, fold, language_files, vocabulary

SEVERITIES = ("none", "low", "medium", "high", "critical")
REASON_SEVERITY = {"safety": "critical", "public_exposure": "critical", "legal_threat": "high",
                   "consumer_authority": "high", "chargeback": "high", "privacy": "medium"}
MAX_CHARS = 20_000
ALTERNATIVE_FLOOR = 0.05  # detection alternatives at least this likely are read too   # triage reads the start of very long messages; threats come early
# Sentence ends: . ! ? before a space or the end (not in "gov.br" or "7.5"), CJK and other full stops, new lines.
_SENTENCE = re.compile(r"[.!?]+(?=\s|$)|[\n。！？؟।]+|(?<=[;])\s")
_NUMBERED = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})\.(?=[ \t]+\d)")  # "Art." in "Art. 15"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class ReasonHit:
    """Why one reason applies: the words that triggered it, and where."""

    reason: str
    kind: str                  # "phrase" or "term+cue"
    matched: tuple[str, ...]
    span: tuple[int, int]      # character offsets of the sentence in the (normalized) text
    urgent: bool = False
    pressure: str | None = None   # a complaint site consumer authorities watch, named in the sentence

    def describe(self) -> str:
        if self.kind == "phrase":
            text = f"{self.reason}: '{self.matched[0]}'"
        else:
            text = f"{self.reason}: '{self.matched[0]}' with '{self.matched[1]}'"
        if self.pressure:
            text += (f" ('{self.pressure}' is a public complaint site that consumer authorities watch: "
                     "authority pressure too)")
        return text

    def to_dict(self) -> dict[str, Any]:
        out = {"reason": self.reason, "kind": self.kind, "matched": list(self.matched),
               "span": list(self.span), "urgent": self.urgent}
        if self.pressure:
            out["authority_pressure"] = self.pressure
        return out


@dataclass(frozen=True)
class TriageResult:
    """The detection plus ``escalate``, ``reasons``, ``severity`` and the evidence for each reason."""

    detection: Any
    escalate: bool
    reasons: tuple[str, ...]
    severity: str
    hits: tuple[ReasonHit, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.detection.to_dict()) if self.detection is not None else {}
        out["escalate"] = self.escalate
        out["reasons"] = list(self.reasons)
        out["severity"] = self.severity
        out["evidence"] = list(out.get("evidence", [])) + [h.describe() for h in self.hits]
        out["reason_evidence"] = {r: [h.to_dict() for h in self.hits if h.reason == r] for r in self.reasons}
        return out


def normalize_text(text: str) -> str:
    """NFKC (full-width forms to ASCII), straight quotes, no zero-width marks."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"[\u200b-\u200f\u2066-\u2069\u00ad]", "", text)


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s sentences. The point of a short word before a number
    ("Art. 15 DSGVO", "Nr. 5", "No. 12") ends no sentence."""
    masked = _NUMBERED.sub(lambda m: m.group(1) + "\u2024", text)  # one dot leader: same length, same spans
    return between(_SENTENCE, masked)


def _reason_hit(reason: str, pats: ReasonPatterns, sentence: str, span: tuple[int, int],
                names: list[re.Match] | None = None) -> ReasonHit | None:
    hit = _match(reason, pats, sentence, span, names)
    if hit is not None and pats.pressure is not None:
        m = pats.pressure.search(sentence)
        if m:
            from dataclasses import replace

            hit = replace(hit, pressure=m.group(0).strip())
    return hit


def _match(reason: str, pats: ReasonPatterns, sentence: str, span: tuple[int, int],
           names: list[re.Match] | None) -> ReasonHit | None:
    urgent = bool(pats.urgent and pats.urgent.search(sentence))
    if pats.phrases is not None:
        m = pats.phrases.search(sentence)
        if m:
            return ReasonHit(reason, "phrase", (m.group(0).strip(),), span, urgent)
    if urgent:
        m = pats.urgent.search(sentence)
        return ReasonHit(reason, "phrase", (m.group(0).strip(),), span, True)
    if (pats.terms is None and pats.names is None) or pats.cues is None:
        return None
    if pats.not_ is not None and pats.not_.search(sentence):
        return None
    cues = None
    found = list(pats.terms.finditer(sentence)) if pats.terms is not None else []
    if pats.names is not None and names:
        found.extend(names)
    for term in found:
        if cues is None:
            # a cue that is itself a term ("Şikayetvar" for "şikayet") is no cue
            cues = [c for c in pats.cues.finditer(sentence)
                    if not any(c.start() < t.end() and t.start() < c.end() for t in found)]
        for cue in cues:
            if cue.end() <= term.start() or cue.start() >= term.end():
                return ReasonHit(reason, "term+cue", (term.group(0).strip(), cue.group(0).strip()), span)
    return None


def candidate_languages(resources, detection: Any) -> tuple[str, ...] | None:
    """Vocabularies to read a message with: the detected language, its close alternatives and
    English (customers mix it in); None (every vocabulary) when detection found no language."""
    language = getattr(detection, "language", None) if detection is not None else None
    if not language:
        return None
    known = set(language_files(resources))
    langs = [language]
    if getattr(detection, "romanized", False):
        langs.append(f"{language}-Latn")   # romanized vocabulary: culture_rules/triage/<lang>-Latn.yaml
    for alt in getattr(detection, "alternatives", ()) or ():
        code = alt.get("language") if isinstance(alt, dict) else None
        if code and (alt.get("confidence") or 0) >= ALTERNATIVE_FLOOR and code not in langs:
            langs.append(code)
    langs.append("en")
    return tuple(dict.fromkeys(lang for lang in langs if lang in known))


def assess(resources, text: str, languages: tuple[str, ...] | None = None
           ) -> tuple[tuple[str, ...], str, tuple[ReasonHit, ...]]:
    """Reasons (in contract order), overall severity and hits for ``text``.

    ``languages`` limits the vocabularies read (see :func:`candidate_languages`);
    None reads all of them.
    """
    known = list(language_files(resources))
    langs = [lang for lang in (languages or known) if lang in known]
    raw = normalize_text(text[:MAX_CHARS])
    norm = fold(raw)                              # same length: one sentence split serves both
    hits: dict[str, ReasonHit] = {}
    for lo, hi in sentences(norm):
        if not norm[lo:hi].strip():
            continue
        texts = {True: norm[lo:hi], False: raw[lo:hi]}
        names: dict[bool, list[re.Match]] = {}    # authority names, searched once per sentence and form
        for reason in REASONS:
            if reason in hits and (reason != "privacy" or hits[reason].urgent):
                continue
            for lang in langs:
                pats = vocabulary(resources, lang).get(reason)
                if pats is None:
                    continue
                sentence = texts[pats.folded]
                if pats.names is not None and pats.folded not in names:
                    names[pats.folded] = list(pats.names.finditer(sentence))
                hit = _reason_hit(reason, pats, sentence, (lo, hi), names.get(pats.folded))
                if hit is not None and (reason not in hits or hit.urgent):
                    hits[reason] = hit
                    if reason != "privacy" or hit.urgent:
                        break
    reasons = tuple(r for r in REASONS if r in hits)
    level = 0
    for reason in reasons:
        rank = SEVERITIES.index(REASON_SEVERITY[reason])
        if hits[reason].urgent:
            rank = min(rank + 1, len(SEVERITIES) - 1)
        level = max(level, rank)
    return reasons, SEVERITIES[level], tuple(hits[r] for r in reasons)


def triage(resources, detect: Callable[..., Any], text: str, *, country: str | None = None,
           phone: str | None = None, accept_language: str | None = None, email: str | None = None) -> TriageResult:
    """Detect the message's language and region (with ``detect``, the Toolkit's), and decide
    whether it must be escalated."""
    if not isinstance(text, str):
        raise InputError("triage needs the message text as a string")
    detection = detect(text, country=country, phone=phone, accept_language=accept_language,
                               email=email)
    reasons, severity, hits = assess(resources, text, candidate_languages(resources, detection))
    return TriageResult(detection, bool(reasons), reasons, severity, hits)
