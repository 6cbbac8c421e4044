"""Triage's own CPU cost (issues 14 and 17), this code against an older copy, interleaved; and a
check that both give the same triage on every text the project has.

    python bench/bench_triage_speed.py --baseline DIR           # DIR: a checkout of the old code
    python bench/bench_triage_speed.py --baseline DIR --check   # also: identical output, text by text

Warm: CPU ms per message of ``assess`` (the reasons, given the detection, as ``Toolkit.triage``
calls it; detection is not counted) on 4,000 rows of a synthetic export (``bench/make_export.py``,
seed 7) and on the triage corpus (tests/data/triage), best of 3 rounds, in fresh processes that
take turns. First seen: CPU ms per message of ``assess`` on 2,000 export rows a fresh process
has never read (after a warm-up on 300 others, as a served worker meets new traffic; mean,
median, p99 and max), the per-message cost that the warm passes hide. Cold: CPU ms of the
first ``assess`` in a fresh process (cache folder warm) on a one-message ``xborder suggest``. The check runs ``Toolkit.triage`` on tests/data/triage,
tests/data/intents, tests/data/detect and 20,000 export rows with both copies and compares
escalate, reasons, severity and evidence.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import corpus_texts, machine, write_section

ROOT = Path(__file__).resolve().parent.parent
MESSAGE = "Hola, mi pedido #4411 dice entregado pero no hay nada en mi puerta"


def texts(export: Path, rows: int | None):
    """(label, text, signals) for every text of the project's corpora and ``rows`` export rows."""
    yield from corpus_texts()
    yield from export_rows(export, rows)


def export_rows(export: Path, rows: int | None):
    with open(export, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if rows is not None and i >= rows:
                break
            row = json.loads(line)
            yield f"export:{i}", row["body"], {k: row[k] for k in ("country", "phone") if row.get(k)}


def assess_calls(toolkit, messages) -> list[tuple]:
    """``assess``'s arguments for each (text, signals): detection is done here, outside the timing."""
    from xborder.policy.triage import candidate_languages, romanized_fallback

    resources, calls = toolkit.resources, []
    for text, signals in messages:
        detection = toolkit.detect(text, **signals)
        languages = candidate_languages(resources, detection)
        calls.append((text, languages, romanized_fallback(resources, detection, languages)))
    return calls


def worker(mode: str, export: Path) -> None:
    """Runs inside a fresh process with the code under test first on sys.path."""
    from xborder import Toolkit
    from xborder.policy.triage import assess, candidate_languages, romanized_fallback

    if mode == "cold":
        toolkit = Toolkit()
        detection = toolkit.detect(MESSAGE)
        start = time.process_time()
        languages = candidate_languages(toolkit.resources, detection)
        assess(toolkit.resources, MESSAGE, languages, romanized_fallback(toolkit.resources, detection, languages))
        print(json.dumps({"cold": (time.process_time() - start) * 1000}))
        return
    toolkit = Toolkit(data_dirs=[])
    if mode == "check":
        for label, text, signals in texts(export, 20_000):
            out = toolkit.triage(text, **signals).to_dict()
            print(json.dumps({"id": label, **{k: out[k] for k in ("escalate", "reasons", "severity", "evidence",
                                                                  "reason_evidence")}}, ensure_ascii=False))
        return
    if mode == "first":
        rows = [(t, s) for _, t, s in export_rows(export, 6300)][4000:]
        resources = toolkit.resources
        calls = assess_calls(toolkit, rows)
        for call in calls[:300]:
            assess(resources, *call)
        costs = []
        for call in calls[300:]:
            start = time.process_time()
            assess(resources, *call)
            costs.append((time.process_time() - start) * 1000)
        costs.sort()
        print(json.dumps({"first": statistics.mean(costs), "first_median": costs[len(costs) // 2],
                          "first_p99": costs[int(len(costs) * 0.99)], "first_max": costs[-1]}))
        return
    if mode == "export":
        messages = [(t, s) for _, t, s in export_rows(export, 4000)]
    else:
        messages = [(t, s) for label, t, s in texts(export, 0) if label.startswith("triage/")]
    resources = toolkit.resources
    calls = assess_calls(toolkit, messages)
    for call in calls:
        assess(resources, *call)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for call in calls:
            assess(resources, *call)
        best = min(best, time.process_time() - start)
    print(json.dumps({mode: best * 1000 / len(calls)}))


def run(code: Path, mode: str, export: Path) -> str:
    command = [sys.executable, __file__, "--worker", mode, "--export", str(export)]
    # PYTHONPATH comes before the installed (editable) xborder: the copy under test is imported
    return subprocess.run(command, capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(code)}, cwd=tempfile.gettempdir()).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=False, help="a checkout of the older code")
    parser.add_argument("--check", action="store_true", help="also compare the outputs, text by text")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worker")
    parser.add_argument("--export", type=Path)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.export)
        return
    if args.baseline is None:
        parser.error("--baseline DIR is needed (a checkout of the code to compare with)")
    folder = Path(tempfile.mkdtemp())
    export = folder / "export.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_export.py"), "20000", str(export)], check=True,
                   capture_output=True)
    codes = {"before": args.baseline.resolve(), "after": ROOT}
    if args.check:
        outputs = {name: run(code, "check", export) for name, code in codes.items()}
        before, after = (outputs[n].splitlines() for n in ("before", "after"))
        differ = [(a, b) for a, b in zip(before, after) if a != b]
        print(f"identical output: {len(before)} texts, {len(differ)} differ"
              + ("" if len(before) == len(after) else f" (line counts {len(before)} / {len(after)})"))
        for a, b in differ[:10]:
            print("-", a, "\n+", b)
    figures: dict[tuple[str, str], list[float]] = {}
    for _ in range(args.rounds):
        for mode in ("export", "corpus", "first", "cold"):
            for name, code in codes.items():
                for key, value in json.loads(run(code, mode, export)).items():
                    figures.setdefault((key, name), []).append(value)
    lines = ["## Triage speed", "", f"{machine()} Command: `python bench/bench_triage_speed.py --baseline DIR"
             f"{' --check' if args.check else ''}` (DIR: {args.baseline.name}); medians of {args.rounds} fresh "
             "processes per row, before and after taking turns; CPU time.", ""]
    if args.check:
        lines += [f"Identical output on {len(before)} texts: {len(differ)} differ.", ""]
    lines += ["| triage CPU ms per message | before | after | ratio |", "| --- | ---: | ---: | ---: |"]
    for mode, label in (("export", "warm, 4,000 export rows"), ("corpus", "warm, triage corpus"),
                        ("first", "first seen, 2,000 new export rows: mean"), ("first_median", "first seen: median"),
                        ("first_p99", "first seen: p99"), ("first_max", "first seen: max"),
                        ("cold", "cold, first message (one-message suggest)")):
        b, a = (statistics.median(figures[(mode, n)]) for n in ("before", "after"))
        lines.append(f"| {label} | {b:.3f} | {a:.3f} | {b / a:.1f}x |")
    write_section("triage_speed", "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
