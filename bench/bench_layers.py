"""Warm CPU cost of the library's main calls, two source trees taking turns (issue 20: the
layering must not slow anything down).

    python bench/bench_layers.py --base /path/to/other/checkout [--rounds 5]

Each round runs one fresh process per tree and workload; the process warms up (one untimed
pass), then times passes in CPU time (time.process_time). Reported: the median per tree and
the ratio new/base (1.00 = the same; under 1 = faster). The trees share this interpreter
and its packages; only ``xborder`` differs (``PYTHONPATH``, with ``-P``).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = r'''
import json, sys, time
from xborder import Toolkit
kind, passes = sys.argv[1], int(sys.argv[2])
tk = Toolkit(data_dirs=[])
NOW = "2026-03-06T09:00:00+03:00"
messages = ["Hallo, wo bleibt meine Bestellung 4711?", "mi paquete llego roto, quiero un reembolso",
            "配送状況を教えてください", "I want to return these shoes, they don't fit",
            "Je n'ai toujours pas reçu ma commande", "bhai mera order kab aayega",
            "Ik wil mijn geld terug, het pakket is nooit aangekomen", "zamówienie nie dotarło, proszę o zwrot"]
if kind == "render":
    names = tk.template_names()
    locales = ["de-DE", "es-MX", "fr-FR", "ja-JP", "pt-BR", "en"]
    def work():
        for i, name in enumerate(names):
            for loc in locales:
                ctx = dict(tk.template(name).examples())
                if "customer_name" in ctx:
                    ctx["customer_name"] = f"Kim {i}"
                tk.render(name, locale=loc, context=ctx, now=NOW, region="DE")
elif kind == "detect":
    def work():
        for m in messages * 5:
            tk.detect(m)
elif kind == "classify":
    def work():
        for m in messages * 5:
            tk.classify(m)
elif kind == "triage":
    def work():
        for m in messages * 5:
            tk.triage(m)
elif kind == "lint":
    drafts = [("Wir liefern am Sonntag um 3 PM. 12/03/2026. Du bekommst 1.234,56 $ zurück.", "de-DE"),
              ("We will ship by Friday at 5 PM. Happy Thanksgiving! $1,234.56", "en-US"),
              ("金曜日までに発送します。4個の商品。", "ja-JP")]
    def work():
        for _ in range(20):
            for text, loc in drafts:
                tk.lint(text, loc, region=loc[-2:], now=NOW)
work()
times = []
for _ in range(passes):
    start = time.process_time()
    work()
    times.append(time.process_time() - start)
print(json.dumps(sorted(times)[len(times) // 2]))
'''

KINDS = ("render", "detect", "classify", "triage", "lint")


def run(tree: Path, kind: str, passes: int) -> float:
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-P", "-c", WORKER, kind, str(passes)], env=env, cwd="/",
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the other source tree (holding xborder/)")
    parser.add_argument("--new", type=Path, default=ROOT, help="this tree (default: the checkout of this script)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--only", choices=KINDS, action="append", help="run only this workload (repeatable)")
    args = parser.parse_args()
    kinds = tuple(args.only or KINDS)
    results = {kind: {"base": [], "new": []} for kind in kinds}
    for r in range(args.rounds):
        for kind in kinds:
            order = ("base", "new") if r % 2 == 0 else ("new", "base")
            for which in order:
                results[kind][which].append(run(getattr(args, which), kind, args.passes))
    print(f"| workload | base CPU s (median of {args.rounds}) | new CPU s | new/base |")
    print("|---|---|---|---|")
    for kind in kinds:
        base = statistics.median(results[kind]["base"])
        new = statistics.median(results[kind]["new"])
        print(f"| {kind} | {base:.4f} | {new:.4f} | {new / base:.2f} |")


if __name__ == "__main__":
    main()
