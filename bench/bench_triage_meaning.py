"""Triage's meaning reader (xborder/policy/triage_meaning.py) on unseen text: leave later out.

Run: python bench/bench_triage_meaning.py [--sets fresh24,dev15e,dev15c,dev15d]
Prints a Markdown section and writes it to bench/results/triage_meaning.md.

For each unseen set (one with a ``bench/results/triage_<set>_first_score.txt``), the word model and
the meaning reader's network are trained on every set of tests/data/triage written before it (as
bench_triage_model.py does), and the meaning reading (``triage.meaning_reading``) is added to what
the rules and word model of the set's first-score commit gave it: the honest gain on text nobody
had seen. (The rules' set-aside reasons are not known from outside, so none is held here; triage
itself holds them.) A sweep gives, over all sets, the messages found and false alarms the reading
adds per threshold pair (reader alone; reader and word model together).

Each network also learns ordinary messages (tests/data/intents, as triage_train does) except those of
the intent sets in ``HELD_ORDINARY``, on which the last column counts the messages the reading alone
would escalate: everyday traffic the network never saw.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from bench_triage_model import cell, count, first_commit, first_scores, written
from common import machine, write_section

from xborder.policy import triage as T
from xborder.policy import triage_meaning
from xborder.policy.triage_train import ORDINARY, load_ordinary, load_sets, train

SETS = "fresh24,dev15e,dev15c,dev15d"
SWEEP_ALONE = (0.8, 0.9, 0.95, 0.98, 1.01)
SWEEP_AGREE = ((0.3, 0.3), (0.4, 0.3), (0.5, 0.5), (1.01, 1.01))
HELD_ORDINARY = ("fresh6", "fresh7", "fresh8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=SETS, help="unseen sets to score, comma-separated")
    args = ap.parse_args()
    sets = load_sets()
    order = written(list(sets))
    names = [n for n in order if sets[n]]
    started = time.process_time()
    vectors = dict(zip(names, (triage_meaning.embed([i["text"][:T.MAX_CHARS] for i in sets[n]]) for n in names)))
    learnt = load_ordinary(ORDINARY, skip=set(HELD_ORDINARY))
    held = load_ordinary(ORDINARY, only=set(HELD_ORDINARY))
    ordinary = triage_meaning.embed(learnt)
    rows, total = [], {k: Counter() for k in ("old", "new")}
    sweep = {(a, g): Counter() for a in SWEEP_ALONE for g in SWEEP_AGREE}
    for name in args.sets.split(","):
        import numpy as np

        before = order[:order.index(name)]
        words = train([item for n in before for item in sets[n]])
        reasons, layers = triage_meaning.train(np.vstack([vectors[n] for n in before if n in vectors] + [ordinary]),
                                               [item["reasons"] for n in before for item in sets[n]]
                                               + [set()] * len(learnt))
        reader = triage_meaning.Meaning(reasons, layers, encoder=triage_meaning.encoder())
        items = sets[name]
        commit = first_commit(name)
        old = first_scores(commit, [i["text"] for i in items])
        c = {k: Counter() for k in total}
        for n, item in enumerate(items):
            gold, text = item["reasons"], item["text"]
            found = dict.fromkeys(old[n])
            count(c["old"], gold, old[n])
            count(c["new"], gold, set(T.meaning_reading(found, text, reader, words)))
            for (a, g), s in sweep.items():
                saved = triage_meaning.ALONE, triage_meaning.AGREE
                triage_meaning.ALONE, triage_meaning.AGREE = a, g
                try:
                    added = set(T.meaning_reading(found, text, reader, words)) - old[n]
                finally:
                    triage_meaning.ALONE, triage_meaning.AGREE = saved
                s["tp"] += len(added & gold)
                s["fp"] += len(added - gold)
        c["ordinary"] = sum(bool(T.meaning_reading({}, text, reader, words)) for text in held)
        rows.append((name, len(items), commit, c))
        for k in total:
            total[k].update(c[k])
    cpu = time.process_time() - started
    lines = ["## Triage meaning reader: leave later out", "",
             f"{machine()} Command: `python bench/bench_triage_meaning.py --sets {args.sets}`. {len(rows)} word models "
             f"and networks trained ({cpu:.0f} s CPU), each on the sets written before the one it scores.", "",
             f"As shipped: a reason the reader gives {triage_meaning.ALONE} or more alone, or "
             f"{triage_meaning.AGREE[0]} with the word model's {triage_meaning.AGREE[1]} (none in a message of "
             "questions only). Cells: micro P / R / F1; look-alikes: messages labelled with no reason that escalate.",
             f"Ordinary: of the {len(held)} messages of the intent sets {', '.join(HELD_ORDINARY)} (held out of "
             "every network), those the reading alone escalates.",
             "", "| unseen set | messages | first-score commit | rules + word model at first score | + meaning | "
             "look-alikes | ordinary |", "| --- | ---: | --- | --- | --- | ---: | ---: |"]
    for name, n, commit, c in rows:
        lines.append(f"| {name} | {n} | {commit or ''} | {cell(c['old'])} | {cell(c['new'])} | "
                     f"{c['old']['decoys']} → {c['new']['decoys']} | {c['ordinary']} |")
    lines.append(f"| **all** | {sum(r[1] for r in rows)} | | {cell(total['old'])} | {cell(total['new'])} | "
                 f"{total['old']['decoys']} → {total['new']['decoys']} | |")
    lines += ["", "What the reading adds over the first-score code, all sets: reasons found / false alarms, per "
              "threshold alone (rows) and together with the word model (columns; 1.01: never).", "",
              "| alone | " + " | ".join(f"{g[0]} & {g[1]}" for g in SWEEP_AGREE) + " |",
              "| --- |" + " ---: |" * len(SWEEP_AGREE)]
    for a in SWEEP_ALONE:
        lines.append(f"| {a} | " + " | ".join(f"+{sweep[a, g]['tp']} / {sweep[a, g]['fp']}" for g in SWEEP_AGREE)
                     + " |")
    write_section("triage_meaning", "\n".join(lines + [""]))


if __name__ == "__main__":
    main()
