"""Detection's CPU cost per row on batch-export messages (issue 17), this checkout against an older xborder.

Run: python bench/bench_detect_rows.py [--baseline DIR] [--rows 4000] [--runs 3]
     (DIR: an xborder installed with ``pip install --no-deps --target DIR <wheel or checkout>``)

Rows come from bench/make_export.py (seed 7): message, country and phone, passed to
``Toolkit.detect`` as the batch passes them. Each run is a fresh process per version, the
versions taking turns: it warms on 2,000 other rows, then times the rows three times (CPU
time, best pass). Also the support corpus (tests/data/detect/corpus) in messages per CPU
second, as bench_detect.py's throughput rows but in CPU time. Medians over the runs and the
ratio are reported; prints a Markdown section and writes bench/results/detect_rows.md.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, write_section  # noqa: E402
from make_export import rows as export_rows  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, sys, time
from pathlib import Path
from xborder import Toolkit
from xborder.detect.corpus import LENGTH_CLASSES, load_corpus

rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
toolkit = Toolkit()
warm, timed = rows[:2000], rows[2000:]
for text, country, phone in warm:
    toolkit.detect(text, country=country, phone=phone)
passes = []
for _ in range(3):
    start = time.process_time()
    for text, country, phone in timed:
        toolkit.detect(text, country=country, phone=phone)
    passes.append((time.process_time() - start) * 1000 / len(timed))
out = {"ms_per_row": min(passes)}
corpus = load_corpus(Path(sys.argv[2]))
for name, texts in (("short", [e.text for e in corpus if e.length_class == LENGTH_CLASSES[0]]),
                    ("corpus", [e.text for e in corpus])):
    fresh = Toolkit(data_dirs=[])
    for text in texts:
        fresh.detect(text)
    start = time.process_time()
    for _ in range(3):
        for text in texts:
            fresh.detect(text)
    out[name] = 3 * len(texts) / (time.process_time() - start)
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="an older xborder installed into DIR (pip install --target)")
    parser.add_argument("--rows", type=int, default=4000, help="timed rows (after 2,000 warm-up rows)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    versions = {"this checkout": None}
    if args.baseline:
        versions = {"baseline": args.baseline, **versions}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        rows = [(r["body"] or None, r["country"] or None, r["phone"] or None) for r in export_rows(args.rows + 2000)]
        data = Path(tmp) / "rows.json"
        data.write_text(json.dumps(rows), encoding="utf-8")
        results: dict[str, list[dict]] = {v: [] for v in versions}
        for i in range(args.runs):
            order = list(versions.items()) if i % 2 == 0 else list(reversed(versions.items()))
            for version, tree in order:
                env = dict(os.environ)
                env.pop("PYTHONPATH", None)
                if tree:
                    env["PYTHONPATH"] = tree
                done = subprocess.run([sys.executable, "-c", CHILD, str(data), str(ROOT / "tests/data/detect/corpus")],
                                      env=env, capture_output=True, text=True, cwd=tmp)
                if done.returncode:
                    sys.exit(f"{version}: {done.stderr[-1000:]}")
                results[version].append(json.loads(done.stdout))
    load_after = os.getloadavg()[0]
    med = {v: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for v, rs in results.items()}
    names = list(versions)
    head = "| measure (median of runs) | " + " | ".join(names) + (" | ratio |" if len(names) > 1 else " |")
    lines = ["## Detection per batch row (`bench/bench_detect_rows.py`, issue 17)", "", machine(), "",
             f"Load average (1 min) {load_before:.1f} at the start, {load_after:.1f} at the end (2 cores); "
             f"{args.runs} runs per version, taking turns; CPU time.", "",
             head, "|---|" + "---:|" * (len(names) + (len(names) > 1))]
    rows_spec = [("detect, CPU ms per export row (country and phone passed)", "ms_per_row", "{:.3f}", True),
                 ("support corpus 1-3-word messages, msgs per CPU-second", "short", "{:,.0f}", False),
                 ("whole support corpus, msgs per CPU-second", "corpus", "{:,.0f}", False)]
    for label, key, fmt, lower_better in rows_spec:
        cells = [fmt.format(med[v][key]) for v in names]
        if len(names) > 1:
            a, b = med[names[0]][key], med[names[1]][key]
            cells.append(f"{(a / b if lower_better else b / a):.2f}x")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    write_section("detect_rows", "\n".join(lines))


if __name__ == "__main__":
    main()
