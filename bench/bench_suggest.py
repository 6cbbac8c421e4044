"""`xborder suggest` (and `reply`, `lint`) start-up, warm speed and memory, this checkout against an older xborder, interleaved.

Run: python bench/bench_suggest.py --baseline DIR [--current DIR] [--runs 7] [--cold-only]
     (DIR: an xborder installed with ``pip install --no-deps --target DIR <wheel or checkout>``;
     without --baseline only this checkout's figures are printed)
Prints a Markdown section and writes it to bench/results/suggest.md.

"This checkout" is the xborder that ``python -c "import xborder"`` finds (``pip install .``,
not an editable install: see bench/README.md), or ``--current DIR``; the baseline runs with
``PYTHONPATH=DIR``.
Every figure is CPU time (user + system of the child process), the versions taking turns
run by run, so a shared, busy machine slows both alike; medians and ratios are reported.
Each version's cache folder is warmed once first (what a user's second run meets); the
"empty cache folder" row is a machine's very first run. ``--cold-only`` leaves out the warm
speed and memory rows (minutes on a busy machine).
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import machine, write_section

ROOT = Path(__file__).resolve().parent.parent
ENTRY = "import sys; from xborder.cli.main import main; sys.argv[0] = 'xborder'; main()"
NOW = ["--now", "2026-12-05T10:00:00+00:00"]
COMMANDS = {
    "`xborder --help`": ["--help"],
    "`xborder classify`": ["classify", "el paquete dice entregado pero no hay nada", "--json"],
    "`xborder triage`": ["triage", "Mi pedido A-10293 no ha llegado todavía", "--json"],
    "`xborder suggest --region MX`": ["suggest", "Mi pedido A-10293 no ha llegado todavía", "--region", "MX",
                                      "--json", *NOW],
    "`xborder suggest` (no region)": ["suggest", "Hola, mi pedido 12345 no ha llegado", "--json"],
    "`xborder reply` (de-DE)": ["reply", "order_delayed", "--locale", "de-DE", "--region", "DE", "--examples", *NOW],
    "`xborder lint` (a German draft)": ["lint", "DRAFT", "--locale", "de-DE", "--region", "DE", *NOW],
}
DRAFT = ("Hallo, kannst du das Paket innerhalb von 7 Tagen zurückschicken? Wir liefern am Samstag 👌\n"
         "Keep your fingers crossed, the refund will arrive in 30 days.\n")
FIRST_RUN = "`xborder suggest` (no region), empty cache folder"
# Children start here: ``python -c`` puts its working folder first on sys.path, and from the
# repository's root that would import this checkout's source instead of the installed version.
NEUTRAL = tempfile.gettempdir()
CHILD = r"""
import json, resource, statistics, sys, time, tracemalloc
from pathlib import Path
items = []
for split in ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"):
    path = Path(sys.argv[1]) / f"{split}.jsonl"
    if path.exists():
        items += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
sample = items[::5]
from xborder import Toolkit
now = "2026-12-05T10:00:00+00:00"
tracemalloc.start()
toolkit = Toolkit(data_dirs=[])
for item in sample:
    toolkit.suggest(item["text"], now=now)
peak = tracemalloc.get_traced_memory()[1] / 2**20
tracemalloc.stop()
rounds = []
for _ in range(3):
    start = time.process_time()
    for item in sample:
        toolkit.suggest(item["text"], now=now)
    rounds.append((time.process_time() - start) / len(sample) * 1000)
print(json.dumps({"ms": statistics.median(rounds), "n": len(sample), "peak": peak,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def cpu_run(cmd: list[str], env: dict) -> float:
    """CPU seconds (user + system) of one fresh process (``DRAFT`` in ``cmd``: a file holding it)."""
    draft = Path(NEUTRAL) / f"xborder-bench-draft-{os.getpid()}.txt"
    if "DRAFT" in cmd:
        draft.write_text(DRAFT, encoding="utf-8")
        cmd = [str(draft) if part == "DRAFT" else part for part in cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=NEUTRAL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1) or (done.returncode and "lint" not in cmd):
        raise SystemExit(f"{' '.join(cmd[:4])}…: {done.stderr.decode()[-400:]}")
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def environment(tree: str | None, cache: str | None = None) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if tree:
        env["PYTHONPATH"] = tree
    else:
        env.pop("PYTHONPATH", None)
    if cache is not None:
        env["XBORDER_CACHE_DIR"] = cache
    return env


def main() -> None:
    args = sys.argv[1:]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 7
    versions = {"this checkout": args[args.index("--current") + 1] if "--current" in args else None}
    if "--baseline" in args:
        versions = {"baseline": args[args.index("--baseline") + 1], **versions}
    py = sys.executable
    load_before = os.getloadavg()[0]
    for tree in versions.values():   # each version's own cache entries, once
        for cli_args in COMMANDS.values():
            cpu_run([py, "-c", ENTRY, *cli_args], environment(tree))
    names = ["`python -c pass`", *COMMANDS, FIRST_RUN]
    cpu: dict[tuple[str, str], list[float]] = {(v, n): [] for v in versions for n in names}
    for i in range(runs):
        order = list(versions.items()) if i % 2 == 0 else list(reversed(versions.items()))
        for version, tree in order:
            cpu[(version, "`python -c pass`")].append(cpu_run([py, "-c", "pass"], environment(tree)))
            for name, cli_args in COMMANDS.items():
                cpu[(version, name)].append(cpu_run([py, "-c", ENTRY, *cli_args], environment(tree)))
            with tempfile.TemporaryDirectory() as empty:
                cpu[(version, FIRST_RUN)].append(
                    cpu_run([py, "-c", ENTRY, *COMMANDS["`xborder suggest` (no region)"]], environment(tree, empty)))
    warm: dict[str, list[dict]] = {v: [] for v in versions}
    for _ in range(0 if "--cold-only" in args else 3):
        for version, tree in versions.items():
            out = subprocess.run([py, "-c", CHILD, str(ROOT / "tests" / "data" / "intents")],
                                 env=environment(tree), capture_output=True, check=True, cwd=NEUTRAL)
            warm[version].append(json.loads(out.stdout))
    load_after = os.getloadavg()[0]

    def ms(version: str, name: str) -> float:
        return statistics.median(cpu[(version, name)]) * 1000

    head = "| measure (CPU ms, median) | " + " | ".join(versions) + (" | ratio |" if len(versions) > 1 else "")
    lines = ["## `xborder suggest`: start-up, warm speed, memory (issue 14)", "", machine(), "",
             f"Load average (1 min) {load_before:.1f} at the start, {load_after:.1f} at the end (2 cores); "
             f"{runs} runs per command, the versions taking turns; CPU time of the child process.", "",
             head, "| --- |" + " --- |" * (len(versions) + (len(versions) > 1))]
    last = list(versions)[-1]
    first = list(versions)[0]

    def row(label: str, values: list[float], fmt: str = "{:.0f}") -> str:
        cells = [fmt.format(v) for v in values]
        ratio = f" | {values[-1] / values[0]:.2f}" if len(values) > 1 and values[0] else ""
        return f"| {label} | " + " | ".join(cells) + ratio + " |"
    for name in names:
        lines.append(row(name, [ms(v, name) for v in versions]))
    for name in COMMANDS:
        if "suggest" in name or "reply" in name or "lint" in name:
            goal = " (goal ≤ 500)" if "suggest" in name else ""
            lines.append(row(f"{name} over `python -c pass`{goal}",
                             [ms(v, name) - ms(v, "`python -c pass`") for v in versions]))
    if not warm[last]:
        lines.append("")
        if first != last:
            lines += [f"Baseline: `{versions[first]}`.", ""]
        write_section("suggest", "\n".join(lines))
        return
    n = warm[last][0]["n"]
    lines.append(row(f"`Toolkit.suggest` warm, ms per message, n={n} (goal ≤ 5)",
                     [statistics.median(w["ms"] for w in warm[v]) for v in versions], "{:.2f}"))
    lines.append(row("peak Python heap, fresh Toolkit over those messages, MB (tracemalloc; goal ≤ 400)",
                     [statistics.median(w["peak"] for w in warm[v]) for v in versions]))
    lines.append(row("max RSS of that process, MB", [statistics.median(w["rss"] for w in warm[v]) for v in versions]))
    lines.append("")
    if first != last:
        lines.append(f"Baseline: `{versions[first]}`.")
        lines.append("")
    write_section("suggest", "\n".join(lines))


if __name__ == "__main__":
    main()
