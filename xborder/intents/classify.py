"""What the customer needs: one of the 22 intents, with alternatives and evidence.

Two readers vote. The cue lexicons (``culture_rules/intents/*.yaml``) give each
intent the weight of the cues found ("'dice entregado' + 'no hay nada'"); the
character n-gram model gives a probability per intent. The lexicon leads: the
model breaks ties, reads what no cue names, and alone (no cue found) never gives
a confident answer. A message with nothing to go on is ``other`` with low
confidence rather than a guess.
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..lru import LRU
from .lexicon import (INTENTS, TOKEN, Cue, CueIndex, language_files, load_all, load_training, normalize,
                      training_files)
from .model import Model, load_shipped, train

MAX_CHARS = 5000
# How the votes combine (tuned on tests/data/intents/dev.jsonl, see bench/bench_classify.py).
CUE_SCALE = 2.2        # one full cue is worth this much log-odds
MODEL_SCALE = 1.0      # weight of the model's log-probability
MODEL_SCALE_WITH_CUES = 0.6   # … when cues were found (the lexicon leads)
MODEL_ONLY_CAP = 0.55  # the model alone never says more than this
OTHER_FLOOR = 0.30     # below this (model only), say "other"
ALTERNATIVES = 3
MODEL_FLOOR = 0.05     # with cues found, the model can lower an intent at most to this
OTHER_LANGUAGE = 0.5   # weight of a cue in another language than the one the caller names (English excepted)
WEEKDAYS_WEIGHT = 1.0  # two different weekdays named: a promised day and today
# Classifications without entities kept per Toolkit by normalized text and language: the
# normalized text has no order numbers, codes or addresses (masked), so form texts and resent
# messages that differ only in those are read once (a batch run). Bounded; long texts not kept.
CLASSIFICATIONS_KEPT = 10_000
KEPT_CHARS = 1_000


@dataclass(frozen=True)
class Classification:
    """The intent of one message (the ``classify --json`` contract)."""

    intent: str
    confidence: float
    alternatives: tuple[dict, ...]
    evidence: tuple[str, ...]
    entities: dict = field(default_factory=dict)
    cues: tuple[tuple[str, str, str], ...] = ()     # (intent, cue, language)

    def to_dict(self) -> dict[str, Any]:
        return {"intent": self.intent, "confidence": self.confidence,
                "alternatives": [dict(a) for a in self.alternatives],
                "evidence": list(self.evidence), "entities": self.entities}


def data_digest(resources) -> str:
    """SHA-256 of the cue and training files in use (names and bytes): the model's key."""
    def make() -> str:
        h = hashlib.sha256()
        for lang, path in sorted(language_files(resources).items()):
            h.update(lang.encode() + b"\0" + path.read_bytes() + b"\0")
        for name, path in sorted(training_files(resources).items()):
            h.update(b"train:" + name.encode() + b"\0" + path.read_bytes() + b"\0")
        return h.hexdigest()
    return resources.cached("intents:digest", make)


def training_samples(resources) -> list[tuple[str, str]]:
    """(intent, normalized text): every training message (culture_rules/intents/train/),
    every cue file example, and every cue in its plain form."""
    samples = []
    for _, path in sorted(training_files(resources).items()):
        samples.extend((intent, normalize(text)) for intent, text in load_training(path))
    for lang_file in load_all(resources):
        samples.extend((intent, normalize(text)) for intent, text in lang_file.examples)
        samples.extend((cue.intent, normalize(cue.plain())) for cue in lang_file.cues)
    return samples


def compiled(resources) -> tuple[CueIndex, Model]:
    """The cue index and n-gram model for the cue files in use: shipped (a fresh install
    parses no YAML), else from the cache folder, else built and trained once."""
    def build() -> tuple[CueIndex, Model]:
        from ..diskcache import remember

        key = data_digest(resources)
        shipped = load_shipped(key)
        if shipped is None:
            shipped = remember(resources.cache_dir, "intents", key, lambda: build_model(resources, key))
        index = CueIndex([Cue.from_json(c) for c in shipped["cues"]], shipped.get("weekdays", ()))
        return index, Model.from_json(shipped["model"])
    return resources.cached("intents:compiled", build)


def build_model(resources, key: str) -> dict:
    """The compiled cue model (JSON-able) of the cue files, stamped with ``key``."""
    cues = [c for f in load_all(resources) for c in f.cues]
    return {"digest": key, "cues": [c.to_json() for c in cues], "weekdays": weekday_names(),
            "model": train(training_samples(resources), key).to_json()}


# Weekday names that are also everyday words ("minggu" is a week in Indonesian and Malay).
_NOT_WEEKDAYS = {"minggu"}


def weekday_names() -> list[list]:
    """``[name, weekday]`` for every supported language, from CLDR (Babel), normalized.

    A message naming two different weekdays ("it was due on Tuesday, today is Friday")
    is about a late delivery, in any language.
    """
    from babel.dates import get_day_names

    from ..detect.languages import SUPPORTED

    names: dict[str, int] = {}
    for lang in SUPPORTED:
        for width, context in (("wide", "format"), ("wide", "stand-alone"), ("abbreviated", "format")):
            for day, name in get_day_names(width, context=context, locale=lang).items():
                name = normalize(name.replace("\u200c", " ").strip("."))
                spaced = name.isascii() or any("\u0370" <= ch <= "\u04ff" for ch in name)
                if width == "abbreviated" and (spaced or len(name) < 2):
                    continue   # "mar", "Di": too short to tell from other words
                if len(name) >= 2 and name not in _NOT_WEEKDAYS:
                    names.setdefault(name, day)
    return [[name, day] for name, day in sorted(names.items())]


def language_hint(language: str | None) -> str | None:
    """A detected language as :func:`classify`'s ``language``: None for one it has no cues for
    (detection names Urdu by its letters, although no vocabulary reads it)."""
    from ..detect.languages import SUPPORTED

    return language if language in SUPPORTED else None


def classify(resources, text: str, *, entities: bool = True, region: str | None = None,
             language: str | None = None) -> Classification:
    """Classify ``text`` into one of :data:`INTENTS` (entities extracted unless ``entities=False``).

    ``language`` (the detected one, when the caller knows it) counts cues of other
    languages for less, so a Swedish "tva" (two) is not read as the French TVA.
    """
    if not isinstance(text, str):
        raise InputError("classify needs the message text as a string")
    if language is not None:
        from ..detect.languages import SUPPORTED

        if language not in SUPPORTED:
            from ..errors import suggest

            raise InputError(f"unknown language '{language}'{suggest(str(language), SUPPORTED)} "
                             f"(languages: {', '.join(SUPPORTED)})")
    from ..entities import extract, mask

    found = extract(text[:MAX_CHARS], region=region) if entities else None
    norm = normalize(mask(text[:MAX_CHARS]))
    if found is None:   # without entities the answer depends on the normalized text and the language alone
        kept_table = resources.cached("intents:kept", lambda: LRU(CLASSIFICATIONS_KEPT))
        kept = kept_table.get((norm, language))
        if kept is not None:
            return Classification(kept.intent, kept.confidence, kept.alternatives, kept.evidence, {}, kept.cues)
    index, ngrams = compiled(resources)
    matches = list(TOKEN.finditer(norm))       # one tokenisation for the cues, the weekdays and the model
    tokens = [m.group(0) for m in matches]
    hits = index.find(norm, matches)
    lexical: dict[str, float] = {}
    matched: dict[str, list[str]] = {}
    for cue, surface in sorted(hits, key=lambda h: -h[0].weight):
        weight = cue.weight
        if language and cue.language.removesuffix("-latn") not in (language, "en"):
            weight *= OTHER_LANGUAGE
        lexical[cue.intent] = lexical.get(cue.intent, 0.0) + weight
        matched.setdefault(cue.intent, []).append(surface)
    days = index.weekdays(norm, tokens)
    if len(days) >= 2:
        lexical["delivery_delayed"] = lexical.get("delivery_delayed", 0.0) + WEEKDAYS_WEIGHT
        matched.setdefault("delivery_delayed", []).append(f"two weekdays ({', '.join(days)})")
    posterior, known = ngrams.posterior(norm, tokens)
    scale = MODEL_SCALE_WITH_CUES if lexical else MODEL_SCALE
    floor = MODEL_FLOOR if lexical else 0.0
    uniform = 1.0 / len(INTENTS)
    log = math.log
    if posterior:
        logits = [scale * log(max(p, floor) + 1e-6) for p in map(posterior.get, INTENTS, _UNIFORM)]
    else:
        logits = [scale * log(max(uniform, floor) + 1e-6)] * len(INTENTS)
    for intent, weight in lexical.items():   # an intent no cue named adds nothing (its saturated weight is 0)
        logits[_AT[intent]] += CUE_SCALE * _saturate(weight)
    top = max(logits)
    exp = [math.exp(v - top) for v in logits]
    total = sum(exp)
    probs = {i: v / total for i, v in zip(INTENTS, exp)}
    ranked = sorted(INTENTS, key=probs.__getitem__, reverse=True)   # stable: ties in INTENTS order
    best = ranked[0]
    confidence = probs[best]
    evidence = []
    if lexical:
        latin = {c.language.removesuffix("-latn") for c, _ in hits if c.language.endswith("-latn")}
        for intent in sorted(lexical, key=lambda i: -lexical[i])[:2]:
            evidence.append(" + ".join(m if m.startswith("two weekdays") else f"'{m}'"
                                       for m in dict.fromkeys(matched[intent])) + f": {intent}")
        if latin and hits[0][0].language.endswith("-latn") or len(latin) == 1 and language in latin:
            evidence.append(f"cues of {', '.join(sorted(latin))} written in Latin letters")
    elif known:
        confidence = min(confidence, MODEL_ONLY_CAP)
        evidence.append(f"no cue found; character n-grams lean to {best} ({posterior.get(best, 0):.2f})")
        if confidence < OTHER_FLOOR or best == "other":
            evidence.append("too little to go on: other")
            ranked = ["other"] + [i for i in ranked if i != "other"]
            best, confidence = "other", max(0.05, 1 - confidence) * 0.5
    else:
        best, confidence = "other", 0.2
        ranked = ["other"] + [i for i in ranked if i != "other"]
        evidence.append("no known word: other")
    if posterior and lexical:
        lean = max(posterior, key=posterior.get)
        if lean != best and posterior[lean] > 0.5:
            evidence.append(f"character n-grams lean to {lean} ({posterior[lean]:.2f})")
    alternatives = tuple({"intent": i, "confidence": round(probs[i], 3)} for i in ranked[1:1 + ALTERNATIVES])
    cues = tuple((c.intent, s, c.language) for c, s in hits)
    result = Classification(best, round(confidence, 3), alternatives, tuple(evidence),
                            found.to_dict() if found is not None else {}, cues)
    if found is None and len(norm) <= KEPT_CHARS:
        kept_table.put((norm, language), result)
    return result


_UNIFORM = [1.0 / len(INTENTS)] * len(INTENTS)   # the model's default for an intent it did not score
_AT = {intent: k for k, intent in enumerate(INTENTS)}


def _saturate(weight: float) -> float:
    """Cue weight with diminishing returns: two cues count more than one, five not five times."""
    return 1.0 - math.exp(-1.3 * weight) if weight > 0 else 0.0
