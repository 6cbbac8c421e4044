"""A small multinomial naive Bayes model over character n-grams, in pure Python.

It reads what the cue lexicons miss: typos ("reembolzo"), endings no cue lists,
a phrase said another way. Features are the 3- to 5-character slices of each word
padded with spaces (whole words of one or two letters), and the 1- to 3-character
slices of runs in scripts written without spaces (Chinese, Japanese, Thai).
Training data: every language file's ``examples`` and the plain form of its cues.

The model keeps, per feature, log P(feature | intent) for the intents that saw it,
plus one floor per intent for a feature the intent never saw, so scoring a message
touches only the features it has. It is trained with the cue index when the cue
files change (kept in the user's cache folder); ``compiled.msgpack`` ships the one
built from the bundled files, so a fresh install does not train.
"""
from __future__ import annotations

import bisect
import math
import re
import sys
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import INTENTS, TOKEN

ALPHA = 0.1          # additive smoothing (5-fold cross-validation on the training corpus)
SHARPNESS = 4.0      # per-feature log-likelihood gap -> probability (tuned with CUE_SCALE)
SHIPPED = Path(__file__).with_name("compiled.msgpack")
SCALE = 100          # log-probabilities are stored as whole hundredths (a compact file)
_MAX_CACHED = 300_000   # feature rows (and unknown features) kept decoded
WORD_WEIGHT = 4      # a word or word pair counts as this many character n-grams
MIN_COUNT = 2        # a feature seen once in all the training text is dropped (half the table, no loss)
# Scripts written without spaces between words (read as character runs).
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def features(text: str) -> list[str]:
    """The n-gram features of a normalized text (repeats kept: the model is multinomial).

    Besides character n-grams, each spaced word (``\x1ew``) and each pair of neighbouring
    words (``\x1ea b``) is a feature, counted ``WORD_WEIGHT`` times: "ne tot" says more
    than its letters do.
    """
    out: list[str] = []
    words: list[str] = []
    for token in TOKEN.findall(text):
        if _UNSPACED.search(token):
            for run in _UNSPACED.findall(token):
                out.extend(run)
                out.extend(run[i:i + 2] for i in range(len(run) - 1))
                out.extend(run[i:i + 3] for i in range(len(run) - 2))
            token = _UNSPACED.sub(" ", token).strip()
            if not token:
                continue
        if token.isdigit():
            continue
        words.append(token)
        padded = f" {token} "
        if len(token) <= 2:
            out.append(padded)
            continue
        for n in (3, 4, 5):
            out.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    if words:
        grams = [f"\x1e{w}" for w in words] + [f"\x1e{a} {b}" for a, b in zip(words, words[1:])]
        out.extend(grams * WORD_WEIGHT)
    return out


@dataclass
class Model:
    """Log-probabilities per feature and intent; ``floor`` for a feature an intent never saw.

    Row ``j`` (feature ``keys[j]``) is ``rows[offsets[j]:offsets[j + 1]]``: intent index,
    100 × log-probability above the floor, … Stored as two byte strings, so loading the
    model is reading them, not building 40,000 lists.
    """

    intents: tuple[str, ...]
    keys: list[str]
    rows: array
    offsets: array
    floor: list[float]
    digest: str = ""
    _index: dict | None = field(default=None, repr=False)
    _pairs: dict = field(default_factory=dict, repr=False)   # rows as (intent, value) pairs, made on first use

    def __post_init__(self) -> None:
        # Keys in sorted order (train writes them so) are found by bisection: a dictionary of
        # the ~80,000 keys would cost a one-message process more than all its look-ups.
        keys = self.keys
        self._index = None if keys == sorted(keys) else {key: j for j, key in enumerate(keys)}

    def _find(self, feat: str) -> int | None:
        if self._index is not None:
            return self._index.get(feat)
        j = bisect.bisect_left(self.keys, feat)
        return j if j < len(self.keys) and self.keys[j] == feat else None

    def row(self, feat: str) -> tuple | None:
        pairs = self._pairs.get(feat)
        if pairs is None:
            j = self._find(feat)
            if j is None:
                return None
            flat = self.rows[self.offsets[j]:self.offsets[j + 1]]
            pairs = self._pairs[feat] = tuple(zip(flat[0::2], flat[1::2]))
        return pairs

    def scores(self, text: str) -> tuple[dict[str, float], int]:
        """Log-likelihood per intent (known features only), and how many features were known."""
        totals = [0] * len(self.intents)
        known = 0
        cache = self._pairs
        for feat in features(text):
            pairs = cache.get(feat)
            if pairs is None:
                pairs = self.row(feat)
                if pairs is None:
                    if len(cache) < _MAX_CACHED:
                        cache[feat] = ()   # unknown: remembered, so it costs one lookup next time
                    continue
            if not pairs:
                continue
            known += 1
            for index, value in pairs:
                totals[index] += value
        if not known:
            return {}, 0
        return {intent: totals[i] / SCALE + known * self.floor[i] for i, intent in enumerate(self.intents)}, known

    def posterior(self, text: str) -> tuple[dict[str, float], int]:
        """P(intent | text) under a uniform prior, and the number of known features."""
        scores, known = self.scores(text)
        if not known:
            return {}, 0
        # Per-feature average, so a long message is not overconfident.
        top = max(scores.values())
        weights = {i: math.exp((s - top) / max(known, 1) * SHARPNESS) for i, s in scores.items()}
        total = sum(weights.values())
        return {i: w / total for i, w in weights.items()}, known

    def to_json(self) -> dict:
        return {"intents": list(self.intents), "digest": self.digest, "floor": self.floor,
                "keys": "\x1f".join(self.keys), "rows": _b64(self.rows), "offsets": _b64(self.offsets)}

    @classmethod
    def from_json(cls, data: dict) -> "Model":
        keys = data["keys"].split("\x1f") if data["keys"] else []
        rows, offsets = _unb64("h", data["rows"]), _unb64("I", data["offsets"])
        if len(offsets) != len(keys) + 1:
            raise ValueError("model rows and keys do not match")
        return cls(tuple(data["intents"]), keys, rows, offsets, [float(x) for x in data["floor"]],
                   str(data.get("digest", "")))


def _b64(values: array) -> str:
    import base64

    data = array(values.typecode, values)
    if sys.byteorder == "big":
        data.byteswap()
    return base64.b64encode(data.tobytes()).decode("ascii")


def _unb64(typecode: str, text: str) -> array:
    import base64

    data = array(typecode)
    data.frombytes(base64.b64decode(text))
    if sys.byteorder == "big":
        data.byteswap()
    return data


def train(samples: list[tuple[str, str]], digest: str = "") -> Model:
    """Fit the model on (intent, normalized text) pairs."""
    index = {intent: i for i, intent in enumerate(INTENTS)}
    counts: dict[str, dict[int, int]] = {}
    totals = [0] * len(INTENTS)
    for intent, text in samples:
        i = index[intent]
        for feat in features(text):
            row = counts.setdefault(feat, {})
            row[i] = row.get(i, 0) + 1
            totals[i] += 1
    counts = {feat: row for feat, row in counts.items() if sum(row.values()) >= MIN_COUNT}
    vocabulary = len(counts)
    denominators = [t + ALPHA * vocabulary for t in totals]
    floor = [math.log(ALPHA / d) for d in denominators]
    # Stored relative to the floor: an intent absent from a row adds nothing.
    keys, rows, offsets = [], array("h"), array("I", [0])
    for feat in sorted(counts):
        keys.append(feat)
        for i, c in sorted(counts[feat].items()):
            rows.extend((i, round((math.log((c + ALPHA) / denominators[i]) - floor[i]) * SCALE)))
        offsets.append(len(rows))
    return Model(INTENTS, keys, rows, offsets, floor, digest)


def load_shipped(digest: str) -> dict | None:
    """The shipped cue index and model (``{"digest", "cues", "model"}``, msgpack) when built
    from exactly the cue files in use, else None."""
    import msgpack

    try:
        with open(SHIPPED, "rb") as fh:
            data = msgpack.unpack(fh, raw=False, strict_map_key=False, use_list=False)
    except (OSError, ValueError, msgpack.UnpackException):
        return None
    return data if isinstance(data, dict) and data.get("digest") == digest else None
