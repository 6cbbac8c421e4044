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
# Tokens (and word pairs) kept with their summed rows; the first ones seen stay. Bounded, so a
# long batch run's memory stays flat (names and misspellings make new tokens forever): 30,000
# answers 90.1 % of a 40,000-row export's token look-ups (its 28,000 distinct tokens; 20,000:
# 88.0 %) and 55 % of its word pairs (60,000: 73 %; a missed pair costs one dictionary look-up).
_MAX_CACHED = 30_000
_UNKNOWN: tuple[None, int] = (None, 0)   # a feature with no row
_BISECTS = 20_000      # look-ups by bisection before the keys get a dictionary
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
        grams, word = token_features(token)
        out.extend(grams)
        if word is not None:
            words.append(word)
    if words:
        grams = [f"\x1e{w}" for w in words] + [f"\x1e{a} {b}" for a, b in zip(words, words[1:])]
        out.extend(grams * WORD_WEIGHT)
    return out


def token_features(token: str) -> tuple[list[str], str | None]:
    """One token's character n-grams, and the word it adds to the word features (None: none)."""
    out: list[str] = []
    if _UNSPACED.search(token):
        for run in _UNSPACED.findall(token):
            out.extend(run)
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
            out.extend(run[i:i + 3] for i in range(len(run) - 2))
        token = _UNSPACED.sub(" ", token).strip()
        if not token:
            return out, None
    if token.isdigit():
        return out, None
    padded = f" {token} "
    if len(token) <= 2:
        out.append(padded)
        return out, token
    for n in (3, 4, 5):
        out.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return out, token


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
    _bisected: int = field(default=0, repr=False)
    # token -> (summed row, known features, word); word pair -> summed row or None. Made on
    # first use and bounded: words repeat across messages, so a message costs a few lookups.
    _tokens: dict = field(default_factory=dict, repr=False)
    _word_pairs: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # Keys in sorted order (train writes them so) are found by bisection: a dictionary of
        # the ~80,000 keys would cost a one-message process more than all its look-ups.
        keys = self.keys
        self._index = None if keys == sorted(keys) else {key: j for j, key in enumerate(keys)}

    def _find(self, feat: str) -> int | None:
        if self._index is not None:
            return self._index.get(feat)
        self._bisected += 1
        if self._bisected > _BISECTS:
            # a process that reads many messages: the dictionary (~10 ms) now costs less than bisecting
            self._index = dict(zip(self.keys, range(len(self.keys))))
            return self._index.get(feat)
        j = bisect.bisect_left(self.keys, feat)
        return j if j < len(self.keys) and self.keys[j] == feat else None

    def row(self, feat: str) -> tuple | None:
        """(intent index, 100 × log-probability above the floor) pairs of a feature; None if unknown."""
        j = self._find(feat)
        if j is None:
            return None
        flat = self.rows[self.offsets[j]:self.offsets[j + 1]]
        return tuple(zip(flat[0::2], flat[1::2]))

    def _dense(self, feats: list[str], times: int = 1) -> tuple[array | None, int]:
        """The features' rows summed over all intents (× ``times``), and how many were known."""
        total = [0] * len(self.intents)
        known = 0
        find, rows, offsets = self._find, self.rows, self.offsets
        for feat in feats:
            j = find(feat)
            if j is None:
                continue
            start, end = offsets[j], offsets[j + 1]
            if start == end:      # a row left empty: not known
                continue
            known += times
            flat = rows[start:end]
            for k, weight in zip(flat[::2], flat[1::2]):
                total[k] += weight * times
        return (array("q", total) if known else None), known

    def _token(self, token: str) -> tuple:
        entry = self._tokens.get(token)
        if entry is None:
            grams, word = token_features(token)
            if word is not None:
                grams.extend([f"\x1e{word}"] * WORD_WEIGHT)
            entry = (*self._dense(grams), word)
            if len(self._tokens) < _MAX_CACHED:
                self._tokens[token] = entry
        return entry

    def _pair(self, a: str, b: str) -> tuple[array | None, int]:
        key = f"\x1e{a} {b}"
        entry = self._word_pairs.get(key)
        if entry is None:
            j = self._find(key)     # most pairs are unknown: no row to sum
            entry = _UNKNOWN if j is None or self.offsets[j] == self.offsets[j + 1] else self._dense([key], WORD_WEIGHT)
            if len(self._word_pairs) < _MAX_CACHED:
                self._word_pairs[key] = entry
        return entry

    def _scores(self, text: str, tokens: list[str] | None = None) -> tuple[list[float], int]:
        """:meth:`scores` as a list in ``intents`` order.

        The same sums as over :func:`features` one by one, read a token (its n-grams and
        its word) and a word pair at a time."""
        vectors = []
        known = 0
        words = []
        for token in TOKEN.findall(text) if tokens is None else tokens:
            vector, count, word = self._token(token)
            if count:
                vectors.append(vector)
                known += count
            if word is not None:
                words.append(word)
        for a, b in zip(words, words[1:]):
            vector, count = self._pair(a, b)
            if count:
                vectors.append(vector)
                known += count
        if not known:
            return [], 0
        totals = map(sum, zip(*vectors))
        return [total / SCALE + known * floor for total, floor in zip(totals, self.floor)], known

    def scores(self, text: str, tokens: list[str] | None = None) -> tuple[dict[str, float], int]:
        """Log-likelihood per intent (known features only), and how many features were known
        (``tokens``: the text's :data:`TOKEN` words, when the caller has them)."""
        values, known = self._scores(text, tokens)
        return dict(zip(self.intents, values)), known

    def posterior(self, text: str, tokens: list[str] | None = None) -> tuple[dict[str, float], int]:
        """P(intent | text) under a uniform prior, and the number of known features."""
        scores, known = self._scores(text, tokens)
        if not known:
            return {}, 0
        # Per-feature average, so a long message is not overconfident.
        top = max(scores)
        exp, spread = math.exp, max(known, 1)
        weights = [exp((s - top) / spread * SHARPNESS) for s in scores]
        total = sum(weights)
        return {i: w / total for i, w in zip(self.intents, weights)}, known

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
