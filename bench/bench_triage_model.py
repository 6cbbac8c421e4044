"""Triage's model (xborder/policy/triage_model.py) on unseen text: leave later out.

Run: python bench/bench_triage_model.py [--sets fresh21,fresh22,fresh23,dev15c,dev15d] [--no-first-scores]
Prints a Markdown section and writes it to bench/results/triage_model.md.

For each unseen set (a ``fresh`` set, or a ``dev`` paraphrase set written without the code, with a
``bench/results/triage_<set>_first_score.txt``), a model
is trained (``xborder.policy.triage_train.train``) on every set of tests/data/triage written before
it (by the commit that added each file): neither that set nor any later one, a fair stand-in for
text nobody has seen. It scores the set alone (a reason at P >= 0.5) and as triage uses it: a lone
term confirmed at ``THRESHOLD`` and the second reading (``ALONE``: a reason with no term at that
reason's probability), added to

- the rules as they were when the set was first scored (the commit named in its first-score file,
  installed with ``git archive`` into a temporary folder and run there): the honest figures;
- the rules of this checkout, which were fixed after reading these sets (not unseen figures; the
  model's share of them still is).

A sweep gives, per reason and probability, what the second reading alone adds to the first-score
rules: messages found (+TP) and false alarms (+FP).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from common import machine, write_section

from xborder import Toolkit
from xborder.policy import triage as T
from xborder.policy import triage_praise
from xborder.policy.triage_lexicon import REASONS
from xborder.policy.triage_model import ALONE, THRESHOLD
from xborder.policy.triage_train import DATA, load_sets, train

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SETS = "fresh21,fresh22,fresh23,dev15c,dev15d"
SWEEP = (0.9, 0.95, 0.97, 0.98, 0.99, 0.995)
_OLD = """
import json, sys
from xborder import Toolkit
tk = Toolkit(data_dirs=[])
for line in sys.stdin:
    print(json.dumps(list(tk.triage(json.loads(line)).reasons)), flush=True)
"""


def written(names: list[str]) -> list[str]:
    """The set names in the order their files were added (git), name order for ties."""
    def added(name: str) -> int:
        out = subprocess.run(["git", "log", "--diff-filter=A", "--format=%ct", "--", str(DATA / f"{name}.jsonl")],
                             cwd=ROOT, capture_output=True, text=True).stdout.split()
        return int(out[-1]) if out else 1 << 62
    return sorted(names, key=lambda n: (added(n), n))


def first_commit(name: str) -> str | None:
    """The commit a set was first scored at (the header of its first-score file)."""
    path = RESULTS / f"triage_{name}_first_score.txt"
    found = re.search(r"code at commit ([0-9a-f]{7,40})", path.read_text(encoding="utf-8")) if path.exists() else None
    return found.group(1) if found else None


def first_scores(commit: str, texts: list[str]) -> list[set[str]]:
    """The reasons ``Toolkit.triage`` gave each text with the code of ``commit``."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, PYTHONPATH=folder, XBORDER_CACHE_DIR=cache)
            run = subprocess.run([sys.executable, "-c", _OLD], cwd=folder, env=env, capture_output=True, text=True,
                                 input="".join(json.dumps(t) + "\n" for t in texts), check=True)
    return [set(json.loads(line)) for line in run.stdout.splitlines()]


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


def cell(c: Counter) -> str:
    return " / ".join(f"{v:.3f}" for v in prf(c))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=SETS, help="unseen sets to score, comma-separated")
    ap.add_argument("--no-first-scores", action="store_true", help="skip the rules at each set's first-score commit")
    args = ap.parse_args()
    sets = load_sets()
    order = written(list(sets))
    toolkit = Toolkit(data_dirs=[])
    res = toolkit.resources
    started = time.process_time()
    rows, total = [], {k: Counter() for k in ("alone", "old", "old+", "now", "now+")}
    sweep = {(r, t): Counter() for r in REASONS for t in SWEEP}
    for held in args.sets.split(","):
        model = train([item for name in order[:order.index(held)] for item in sets[name]])
        items = sets[held]
        commit = None if args.no_first_scores else first_commit(held)
        old = first_scores(commit, [i["text"] for i in items]) if commit else None
        c = {k: Counter() for k in total}
        for n, item in enumerate(items):
            gold, text = item["reasons"], item["text"]
            norm = T.normalize_text(text)
            probs = model.probabilities(norm, REASONS)
            count(c["alone"], gold, {r for r in REASONS if probs[r][0] >= 0.5})
            det = toolkit.detect(text)
            langs = T.candidate_languages(res, det)
            fallback = T.romanized_fallback(res, det, langs)
            hits, lone = T.read(res, text, langs, fallback)
            plain = T.with_windows(res, hits, text, langs, fallback)
            both = T.with_windows(res, T.confirm(hits, lone, text, model), text, langs, fallback)
            may = bool(hits or lone) or T._may_hold(res, text, langs, fallback)
            if may:
                both = T.second_reading(both, text, model)
            seen = langs and tuple(langs) + tuple(fallback)
            for key, got in (("now", plain), ("now+", both)):
                if "public_exposure" in got:
                    got = triage_praise.without_praised_posts(res, got, norm, seen)
                count(c[key], gold, set(got))
            if old is not None:
                count(c["old"], gold, old[n])
                added = T.second_reading(dict.fromkeys(old[n]), text, model) if may else {}
                count(c["old+"], gold, set(added))
                for (r, t), s in sweep.items():
                    if r not in old[n] and may and r in T.second_reading({}, text, model, {r: t}):
                        s["tp" if r in gold else "fp"] += 1
        rows.append((held, len(items), commit, c))
        for k in total:
            total[k].update(c[k])
    cpu = time.process_time() - started
    alone = ", ".join(f"{r} {t}" for r, t in ALONE.items())
    lines = ["## Triage model: leave later out", "",
             f"{machine()} Command: `python bench/bench_triage_model.py`. {len(rows)} models trained "
             f"({cpu:.0f} s CPU), each on the sets written before the one it scores.", "",
             f"As shipped: a lone term confirmed at {THRESHOLD}; with no term, the second reading at {alone} "
             "(none in a message of questions only). Cells: micro P / R / F1; look-alikes: messages "
             "labelled with no reason that escalate.", "",
             "| unseen set | messages | first-score commit | model alone | rules at first score | "
             "+ model | look-alikes | rules now | + model | look-alikes |",
             "| --- | ---: | --- | --- | --- | --- | ---: | --- | --- | ---: |"]
    for held, n, commit, c in rows + [("**all**", sum(r[1] for r in rows), "", total)]:
        lines.append(f"| {held} | {n} | {commit or ''} | {cell(c['alone'])} | {cell(c['old'])} | {cell(c['old+'])} | "
                     f"{c['old']['decoys']} → {c['old+']['decoys']} | {cell(c['now'])} | {cell(c['now+'])} | "
                     f"{c['now']['decoys']} → {c['now+']['decoys']} |")
    if not args.no_first_scores:
        lines += ["", "The second reading alone, per reason and probability (all unseen sets, over the rules at "
                  "first score): messages found / false alarms.", "",
                  "| reason | " + " | ".join(str(t) for t in SWEEP) + " |", "| --- |" + " ---: |" * len(SWEEP)]
        for r in REASONS:
            lines.append(f"| {r} | " + " | ".join(f"+{sweep[r, t]['tp']} / {sweep[r, t]['fp']}" for t in SWEEP) + " |")
    write_section("triage_model", "\n".join(lines + [""]))


if __name__ == "__main__":
    main()
