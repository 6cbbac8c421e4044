"""Scoring the lint against a corpus of labelled drafts: precision and recall per code.

A corpus is a folder of YAML files (one per locale, by convention), each with
optional ``defaults`` (``now``, ``team_timezone``, ``region``, ``voice``) and a list of
``drafts``: ``id``, ``text``, ``expect`` (the codes a reviewer from that market
would raise; ``[]`` for a clean draft) and optional overrides, plus the customer's
``customer_given_name`` / ``customer_family_name`` when the caller gives them. A draft
without ``voice`` is checked against the market's default voice. A draft is
scored per code: a code flagged and expected is a true positive, flagged and
not expected a false positive, expected and not flagged a false negative.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .rules import CODES

DRAFT_KEYS = ("id", "text", "expect", "locale", "region", "team_timezone", "now", "note", "voice",
              "customer_given_name", "customer_family_name")
OPTION_KEYS = ("region", "team_timezone", "now", "voice")
NAME_KEYS = ("customer_given_name", "customer_family_name")


@dataclass(frozen=True)
class Draft:
    id: str
    locale: str
    text: str
    expect: frozenset[str]
    region: str | None = None
    team_timezone: str | None = None
    now: str | None = None
    voice: str | None = None               # None: the market's default voice
    customer_given_name: str | None = None
    customer_family_name: str | None = None


@dataclass(frozen=True)
class Outcome:
    draft: Draft
    flagged: frozenset[str]

    @property
    def false_positives(self) -> frozenset[str]:
        return self.flagged - self.draft.expect

    @property
    def false_negatives(self) -> frozenset[str]:
        return self.draft.expect - self.flagged


@dataclass
class Score:
    """Counts per code and overall, with the precision/recall they give."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        for code in outcome.flagged & outcome.draft.expect:
            self.tp[code] += 1
        for code in outcome.false_positives:
            self.fp[code] += 1
        for code in outcome.false_negatives:
            self.fn[code] += 1

    @staticmethod
    def ratio(num: int, den: int) -> float:
        return num / den if den else 1.0

    def precision(self, code: str | None = None) -> float:
        tp = self.tp[code] if code else sum(self.tp.values())
        fp = self.fp[code] if code else sum(self.fp.values())
        return self.ratio(tp, tp + fp)

    def recall(self, code: str | None = None) -> float:
        tp = self.tp[code] if code else sum(self.tp.values())
        fn = self.fn[code] if code else sum(self.fn.values())
        return self.ratio(tp, tp + fn)

    def codes(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    @property
    def clean(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.draft.expect]

    @property
    def clean_flagged(self) -> list[Outcome]:
        return [o for o in self.clean if o.flagged]


def load_corpus(folder: str | Path) -> list[Draft]:
    """Every draft under ``folder`` (``*.yaml``; the file stem is the default locale)."""
    drafts: list[Draft] = []
    seen: set[str] = set()
    for path in sorted(Path(folder).glob("*.yaml")):
        data = load_yaml(path)
        if not isinstance(data, Node):
            raise DataError("a corpus file holds a mapping with 'drafts'", path, 1, 1)
        check_keys(data, ("defaults", "drafts"), path, "corpus file", required=("drafts",))
        defaults = data.get("defaults") or Node()
        if defaults:
            check_keys(defaults, OPTION_KEYS, path, "defaults")
        for item in data["drafts"]:
            if not isinstance(item, Node):
                raise DataError("each draft is a mapping with id, text and expect", path)
            check_keys(item, DRAFT_KEYS, path, "draft", required=("id", "text", "expect"))
            unknown = [c for c in item["expect"] if c not in CODES]
            if unknown:
                raise DataError(f"draft {item['id']}: unknown code {unknown[0]!r}", path, *item.where("expect"))
            if item["id"] in seen:
                raise DataError(f"duplicate draft id {item['id']!r}", path, *item.where("id"))
            seen.add(item["id"])
            options = {k: item.get(k, defaults.get(k)) for k in OPTION_KEYS}
            options.update({k: item.get(k) for k in NAME_KEYS})
            drafts.append(Draft(id=item["id"], locale=item.get("locale", path.stem), text=item["text"],
                                expect=frozenset(item["expect"]), **options))
    return drafts


def evaluate(resources, drafts: Iterable[Draft], codes: Iterable[str] | None = None) -> Score:
    """Lint every draft and score the codes (all of them, or only ``codes``)."""
    from . import lint_text

    wanted = set(codes) if codes is not None else None
    score = Score()
    for draft in drafts:
        flags = lint_text(resources, draft.text, draft.locale, region=draft.region,
                          team_timezone=draft.team_timezone, now=draft.now, voice=draft.voice,
                          customer_given_name=draft.customer_given_name,
                          customer_family_name=draft.customer_family_name)
        flagged = frozenset(f.code for f in flags if wanted is None or f.code in wanted)
        expect = draft.expect if wanted is None else draft.expect & wanted
        score.add(Outcome(Draft(**{**draft.__dict__, "expect": frozenset(expect)}), flagged))
    return score
