"""The project's own support corpus: accuracy floors (the benchmark reports the exact figures)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from xborder.detect import SUPPORTED
from xborder.detect.corpus import LENGTH_CLASSES, load_corpus

CORPUS = Path(__file__).parent / "data" / "detect" / "corpus"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(CORPUS)


def test_corpus_shape(corpus):
    per_language = Counter(e.language for e in corpus)
    assert set(per_language) == set(SUPPORTED)
    assert min(per_language.values()) >= 20
    short = Counter(e.language for e in corpus if e.length_class == LENGTH_CLASSES[0])
    assert min(short[lang] for lang in SUPPORTED) >= 5
    assert sum(1 for e in corpus if e.region) >= 60


def test_language_accuracy(toolkit, corpus):
    right = Counter()
    total = Counter()
    for example in corpus:
        total[example.length_class] += 1
        right[example.length_class] += toolkit.detect(example.text).language == example.language
    assert sum(right.values()) / sum(total.values()) >= 0.95
    assert right[LENGTH_CLASSES[0]] / total[LENGTH_CLASSES[0]] >= 0.92


def test_region_precision_and_recall(toolkit, corpus):
    named = correct = labelled = found = 0
    for example in corpus:
        region = toolkit.detect(example.text).region
        if region:
            named += 1
            correct += region == example.region
        if example.region:
            labelled += 1
            found += region == example.region
    assert correct / named >= 0.95
    assert found / labelled >= 0.7


def test_messages_written_after_the_detector(toolkit):
    """tests/data/detect/fresh/: first scored once (see its README); language and region now."""
    examples = load_corpus(Path(__file__).parent / "data" / "detect" / "fresh")
    assert len(examples) >= 90
    results = [(e, toolkit.detect(e.text)) for e in examples]
    right = sum(1 for e, d in results if d.language == e.language)
    assert right / len(results) >= 0.97
    assert [e.text for e, d in results if d.region is not None and d.region != e.region] == []
    named = [e for e in examples if e.region]
    assert sum(1 for e, d in results if e.region and d.region == e.region) / len(named) >= 0.9
