"""A small statistical check on triage's rules: one logistic model per reason over word,
word-pair and character n-gram features, in pure Python.

The rules escalate on a phrase, or on a term (a lawyer, an authority, a platform, the bank)
with a cue of the same reason in its sentence. Paraphrases often keep the term and lose the
cue ("next stop is the FTC", "I'll just let my bank sort this out"). When a sentence holds a
reason's term but no cue, triage asks this model whether the message as a whole reads
as that reason; the reason is added only at :data:`THRESHOLD` or above, and the hit's
evidence names the n-grams that weighed most. It is also a second reader: a message that names
no term at all but tells a story the rules miss ("someone logged into my account and changed the
delivery address", "the charger melted and burnt my hand") gets one of the :data:`ALONE`
reasons at that reason's (much higher) probability.

Features (:func:`features`): the accent-folded, case-folded words (their combining marks, Hindi's
or Thai's vowel signs, kept inside them), each pair of neighbouring
words, the 4- and 5-character slices of words longer than three letters, and the 2- and
3-character slices of runs in scripts written without spaces (Chinese, Japanese, Thai,
Korean). Trained offline on every set of ``tests/data/triage`` (look-alikes included) and
shipped as ``triage_model.msgpack``; rebuild it, and print its leave-one-set-out scores, with
``python -m xborder.policy.triage_train`` (see that module).
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import DataError
from .triage_lexicon import REASONS, fold

SHIPPED = Path(__file__).with_name("triage_model.msgpack")
THRESHOLD = 0.8       # P(reason | message) a lone term needs (chosen by leave-one-set-out scores)
# P(reason | message) the model alone needs, without any term: the reasons customers often tell as
# a story the vocabularies miss (what happened to their data, the failure and the injury, the
# bank told to act, the post) and that the model reads with few false alarms on sets it never
# saw; legal threats and authorities are not among them (as many look-alikes as finds).
# Chosen by leave-later-out scores on fresh15-19 (bench/bench_triage_model.py); privacy raised to 0.98
# on fresh23 and dev15c once words with combining marks (Hindi, Bengali, Thai) were read whole.
ALONE = {"chargeback": 0.97, "privacy": 0.98, "safety": 0.97, "public_exposure": 0.97}
SCALE = 1000          # weights are stored as whole thousandths
EVIDENCE = 3          # n-grams named in a hit's evidence
_MAX_WORDS = 50_000   # words kept with their weighted features


def _marks() -> str:
    """A character class body of the combining marks below U+2000 (Devanagari's vowel signs and
    virama, Bengali's, Thai's, Arabic's harakat): ``\\w`` leaves them out, and would cut "मेरा" into
    "म" and "र"."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x2000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ranges)


_WORD = rf"[\w{_marks()}]+"
_TOKEN = re.compile(rf"{_WORD}(?:'{_WORD})*")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]+")


def features(text: str) -> set[str]:
    """The features of a (normalized) text: ``w:`` words, ``b:`` word pairs, ``c:`` slices."""
    words = _TOKEN.findall(fold(text).casefold())
    out = {f"b:{a} {b}" for a, b in zip(words, words[1:])}
    for word in set(words):
        out.update(token_features(word))
    return out


def token_features(word: str) -> list[str]:
    """One (folded, case-folded) word's own features: the word and its slices."""
    out = ["w:" + word]
    if _UNSPACED.search(word):
        for run in _UNSPACED.findall(word):
            for n in (2, 3):
                out.extend("c:" + run[i:i + n] for i in range(len(run) - n + 1))
    elif len(word) > 3:
        padded = f" {word} "
        for n in (4, 5):
            out.extend("c:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


@dataclass(frozen=True)
class Model:
    """Per reason, a bias and the weights of the features that carry one. ``weights`` maps a
    feature to its flat row as stored (reason index, weight in thousandths, …), read only for
    the features a message has: loading the model is unpacking it, nothing more."""

    reasons: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, list[int]]
    # word -> its features that carry a weight, with their rows: words recur, so a message
    # costs a few look-ups (bounded; made on first use)
    _words: dict = field(default_factory=dict, repr=False, compare=False)
    # feature -> its row packed (:func:`_pack`) or None (no weight), made on first use (bounded)
    _packs: dict = field(default_factory=dict, repr=False, compare=False)
    # word -> its weighted features with their rows packed (bounded; made on first use)
    _packed_words: dict = field(default_factory=dict, repr=False, compare=False)

    def _known(self, text: str) -> dict[str, list[int]]:
        """The text's features that carry a weight, with their rows: the weighted subset of
        :func:`features`, read word by word through a cache (a test holds the two equal)."""
        words = _TOKEN.findall(fold(text).casefold())
        get, cache = self.weights.get, self._words
        out: dict[str, list[int]] = {}
        for word in set(words):
            found = cache.get(word)
            if found is None:
                found = tuple((f, row) for f in token_features(word) if (row := get(f)))
                if len(cache) < _MAX_WORDS:
                    cache[word] = found
            out.update(found)
        for a, b in zip(words, words[1:]):
            row = get(f"b:{a} {b}")
            if row:
                out[f"b:{a} {b}"] = row
        return out

    def probability(self, text: str, reason: str) -> tuple[float, tuple[str, ...]]:
        """P(``reason`` | text) and the features that raised it most (shown as evidence)."""
        return self.probabilities(text, (reason,))[reason]

    def probabilities(self, text: str, reasons: tuple[str, ...]) -> dict[str, tuple[float, tuple[str, ...]]]:
        """:meth:`probability` for several reasons, the text read once. The sums are one addition per
        feature (its row packed into one integer, :func:`_pack`); the evidence is gathered only for a
        reason whose probability calls for it."""
        wanted = {self.reasons.index(r): r for r in reasons}
        packed = self._known_packed(text)
        sums = _unpack(sum(packed.values()), len(self.reasons))  # thousandths
        out = {}
        known = None
        for k, reason in wanted.items():
            z = max(-30.0, min(30.0, self.bias[k] + sums[k] / SCALE))
            p = 1 / (1 + math.exp(-z))
            if p >= THRESHOLD and known is None:
                weights = self.weights
                known = {feat: weights[feat] for feat in packed}
            out[reason] = (p, _evidence(_pushed(known, k)) if p >= THRESHOLD else ())
        return out

    def _known_packed(self, text: str) -> dict[str, int]:
        """:meth:`_known` with each row packed (:func:`_pack`): the sums are one ``sum`` over the values.
        Words are remembered with their features packed, so a message costs a look-up per word."""
        words = _TOKEN.findall(fold(text).casefold())
        get, cache, packs = self.weights.get, self._packed_words, self._packs
        out: dict[str, int] = {}
        for word in set(words):
            found = cache.get(word)
            if found is None:
                # a new word's slices are mostly known from other words: each feature's row packed once
                found = tuple((f, packed) for f in token_features(word)
                              if (packed := self._packed(f, packs, get)) is not None)
                if len(cache) < _MAX_WORDS:
                    cache[word] = found
            out.update(found)
        for a, b in zip(words, words[1:]):
            feat = f"b:{a} {b}"
            packed = self._packed(feat, packs, get)
            if packed is not None:
                out[feat] = packed
        return out

    @staticmethod
    def _packed(feat: str, packs: dict, get: Callable) -> int | None:
        """``feat``'s row packed (:func:`_pack`), None when it carries no weight (most word pairs:
        remembered too, so a pair met again costs one look-up)."""
        packed = packs.get(feat, _UNSEEN)
        if packed is _UNSEEN:
            row = get(feat)
            packed = _pack(row) if row else None
            if len(packs) < _MAX_FEATURES:
                packs[feat] = packed
        return packed

    def to_dict(self) -> dict:
        """The shipped form."""
        return {"version": 1, "reasons": list(self.reasons), "bias": [round(b * SCALE) for b in self.bias],
                "weights": self.weights}

    @classmethod
    def from_dict(cls, data: dict) -> "Model":
        reasons = tuple(data["reasons"])
        if set(reasons) - set(REASONS) or len(data["bias"]) != len(reasons):
            raise ValueError("the triage model's reasons do not match the triage reasons")
        return cls(reasons, tuple(b / SCALE for b in data["bias"]), data["weights"])


_BITS = 48              # bits per reason in a packed row: sums of thousandths stay far below 2**47
_MAX_FEATURES = 200_000   # features kept with their packed rows (None: a pair without a weight)
_UNSEEN = object()


def _pack(row: list[int]) -> int:
    """A flat row (reason index, weight, ...) as one integer: each reason's weight in its own
    :data:`_BITS` bits. Packed rows add up field by field (exact integers, signed fields borrow)."""
    packed = 0
    for i in range(0, len(row), 2):
        packed += row[i + 1] << (_BITS * row[i])
    return packed


def _unpack(total: int, size: int) -> list[int]:
    """The ``size`` signed sums held by a sum of packed rows."""
    sums, half, mask = [], 1 << (_BITS - 1), (1 << _BITS) - 1
    for _ in range(size):
        field_ = total & mask
        if field_ >= half:
            field_ -= 1 << _BITS
        sums.append(field_)
        total = (total - field_) >> _BITS
    return sums


def _pushed(known: dict[str, list[int]], k: int) -> list[tuple[int, str]]:
    """The features raising reason ``k``, with their weights (one entry per positive weight)."""
    out = []
    for feat, row in known.items():
        for i in range(0, len(row), 2):
            if row[i] == k and row[i + 1] > 0:
                out.append((row[i + 1], feat))
    return out


def _evidence(pushed: list[tuple[int, str]]) -> tuple[str, ...]:
    """The heaviest features as read: words and pairs as they are, slices without their padding,
    none that overlaps one already named ("bank" after " bank")."""
    out: list[str] = []
    for _, feat in sorted(pushed, reverse=True):
        text = feat.split(":", 1)[1].strip()
        if not text or any(text in seen for seen in out):
            continue
        wider = [i for i, seen in enumerate(out) if seen in text]
        if wider:
            out[wider[0]] = text          # "bank" for "ban"
        elif len(out) < EVIDENCE:
            out.append(text)
    return tuple(out)


def load(path: Path = SHIPPED) -> Model | None:
    """The shipped model, or None when there is none (triage then runs on its rules alone)."""
    import msgpack

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        return Model.from_dict(msgpack.unpackb(raw, raw=False, strict_map_key=False))
    except (ValueError, KeyError, TypeError, AttributeError, msgpack.UnpackException) as exc:
        raise DataError(f"not a triage model ({exc}); rebuild it: python -m xborder.policy.triage_train",
                        path) from None


def model(resources) -> Model | None:
    """The shipped model, loaded once per ``Resources`` on first use."""
    return resources.cached("policy:triage_model", load)
