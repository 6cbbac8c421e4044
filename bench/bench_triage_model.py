"""Triage's model (xborder/policy/triage_model.py), cross-validated: leave one set out.

Run: python bench/bench_triage_model.py [--thresholds 0.5,0.6,0.7,0.8,0.9]
Prints a Markdown section and writes it to bench/results/triage_model.md.

For each set of tests/data/triage, a model is trained (``xborder.policy.triage_train.train``)
on every other set and scores the held-out set: alone (a reason at P >= 0.5) and as triage
uses it (the rules' hits, plus a reason whose term was found without its cue when the model
gives it the threshold or more). The rules were written with every set but the newest in
view, so for those the "rules" and "rules + model" columns are not unseen figures; the
model's share of them is (its gain and its false positives on text it never saw).
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from common import machine, write_section

from xborder import Toolkit
from xborder.policy import triage as T
from xborder.policy import triage_praise
from xborder.policy.triage_lexicon import REASONS
from xborder.policy.triage_model import THRESHOLD
from xborder.policy.triage_train import load_sets, train


def settle(res, hits: dict, norm: str, langs) -> dict:
    """The hits as ``assess`` settles them: a public exposure alone in a message that praises goes."""
    return triage_praise.without_praised_posts(res, hits, norm, langs) if "public_exposure" in hits else hits


def prf(c: Counter) -> tuple[float, float, float]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def count(c: Counter, gold: set, got: set) -> None:
    c["tp"] += len(gold & got)
    c["fp"] += len(got - gold)
    c["fn"] += len(gold - got)
    c["decoys"] += bool(got and not gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9")
    args = ap.parse_args()
    thresholds = sorted({float(t) for t in args.thresholds.split(",")} | {THRESHOLD})
    sets = load_sets()
    toolkit = Toolkit(data_dirs=[])
    res = toolkit.resources
    rules = {}
    for name, items in sets.items():     # the rules' hits and lone terms: the same whatever the model
        rows = []
        for item in items:
            det = toolkit.detect(item["text"])
            langs = T.candidate_languages(res, det)
            fallback = T.romanized_fallback(res, det, langs)
            rows.append((*T.read(res, item["text"], langs, fallback), langs and tuple(langs) + tuple(fallback)))
        rules[name] = rows
    per_set, totals = {}, {t: Counter() for t in thresholds}
    alone_total, rules_total = Counter(), Counter()
    started = time.process_time()
    for held in sets:
        model = train([item for name, items in sets.items() if name != held for item in items])
        alone, plain = Counter(), Counter()
        combined = {t: Counter() for t in thresholds}
        for item, (hits, lone, langs) in zip(sets[held], rules[held]):
            gold = item["reasons"]
            norm = T.normalize_text(item["text"])
            count(alone, gold, {r for r in REASONS if model.probability(norm, r)[0] >= 0.5})
            count(plain, gold, set(settle(res, hits, norm, langs)))
            for t in thresholds:
                count(combined[t], gold, set(settle(res, T.confirm(hits, lone, item["text"], model, t), norm, langs)))
        per_set[held] = (len(sets[held]), alone, plain, combined[THRESHOLD])
        alone_total.update(alone)
        rules_total.update(plain)
        for t in thresholds:
            totals[t].update(combined[t])
    cpu = time.process_time() - started
    lines = ["## Triage model: leave one set out", "",
             f"{machine()} Command: `python bench/bench_triage_model.py`. {len(sets)} models trained "
             f"({cpu:.0f} s CPU), each on every set but the one it scores.", "",
             f"Threshold as shipped: {THRESHOLD} (a reason's lone term plus the model at or above it).", "",
             "| held-out set | messages | model alone P / R / F1 | rules P / R / F1 | rules + model P / R / F1 "
             "| look-alikes escalated (rules → rules + model) |",
             "| --- | ---: | --- | --- | --- | ---: |"]
    for held, (n, alone, plain, comb) in per_set.items():
        cells = [" / ".join(f"{v:.3f}" for v in prf(c)) for c in (alone, plain, comb)]
        lines.append(f"| {held} | {n} | {cells[0]} | {cells[1]} | {cells[2]} | {plain['decoys']} → {comb['decoys']} |")
    cells = [" / ".join(f"{v:.3f}" for v in prf(c)) for c in (alone_total, rules_total, totals[THRESHOLD])]
    lines.append(f"| **all** | {sum(map(len, sets.values()))} | {cells[0]} | {cells[1]} | {cells[2]} | "
                 f"{rules_total['decoys']} → {totals[THRESHOLD]['decoys']} |")
    lines += ["", "Threshold sweep (all held-out sets together, rules + model):", "",
              "| threshold | precision | recall | F1 | look-alikes escalated |", "| ---: | ---: | ---: | ---: | ---: |"]
    for t in thresholds:
        p, r, f = prf(totals[t])
        lines.append(f"| {t} | {p:.3f} | {r:.3f} | {f:.3f} | {totals[t]['decoys']} |")
    write_section("triage_model", "\n".join(lines + [""]))


if __name__ == "__main__":
    main()
