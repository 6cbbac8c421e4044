"""Reading a labelled message corpus (``<lang>.tsv``: ``REGION<TAB>text``) and classing messages by length.

Used by the tests and the benchmark; the format is in tests/data/detect/README.md.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .script import script_of
from .text import prepare

LENGTH_CLASSES = ("1-3 words", "4-10 words", "11+ words")


@dataclass(frozen=True)
class Example:
    language: str
    region: str | None
    text: str
    source: str      # file:line

    @property
    def length_class(self) -> str:
        return length_class(self.text)


def word_count(text: str) -> int:
    """Words that carry language; a run of Han, kana or Thai counts one word per three characters."""
    count = 0
    for word in prepare(text).words:
        if script_of(word[0]) in ("Hani", "Kana", "Thai"):
            count += max(1, len(word) // 3)
        else:
            count += 1
    return count


def length_class(text: str) -> str:
    n = word_count(text)
    return LENGTH_CLASSES[0] if n <= 3 else LENGTH_CLASSES[1] if n <= 10 else LENGTH_CLASSES[2]


def load_corpus(folder: str | Path) -> list[Example]:
    """Every example under ``folder`` (``<lang>.tsv`` files), in file and line order."""
    examples = []
    for path in sorted(Path(folder).glob("*.tsv")):
        language = path.stem
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            region, sep, text = line.partition("\t")
            if not sep:
                raise ValueError(f"{path}:{number}: expected REGION<TAB>text")
            examples.append(Example(language, None if region == "-" else region, text, f"{path.name}:{number}"))
    return examples


@dataclass(frozen=True)
class RomanizedExample:
    """A message of the romanized corpus: ``language`` written in Latin letters (``variety``
    names the dialect file, ``ar-egyptian``), or a decoy (``romanized`` False) that must not
    be read as romanized; a decoy's ``language`` may be one xborder does not support (``tl``)."""

    language: str
    variety: str
    romanized: bool
    region: str | None
    text: str
    source: str


def load_romanized(folder: str | Path) -> list[RomanizedExample]:
    """``<lang>[-<dialect>].tsv`` (romanized) and ``decoy-<lang>.tsv`` files under ``folder``
    (README.md there gives the format), in file and line order."""
    examples = []
    for example in load_corpus(folder):
        stem = example.language
        decoy = stem.startswith("decoy-")
        language = stem.split("-")[1] if decoy else stem.split("-")[0]
        examples.append(RomanizedExample(language, stem, not decoy, example.region, example.text, example.source))
    return examples
