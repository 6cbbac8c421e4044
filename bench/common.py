"""What every benchmark script shares: timing a fresh process, naming the machine, writing its section."""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def cold(cmd: list[str], runs: int = 9, *, env: dict | None = None, input: bytes | None = None,
         check: bool = True, empty_cache: bool = False) -> float:
    """Median wall time of a fresh process running ``cmd``, in seconds.

    ``empty_cache``: every run gets a new, empty cache folder (``XBORDER_CACHE_DIR``), as on
    a machine's very first run. ``check=False`` for commands whose exit status reports
    findings (``xborder locales check``).
    """
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            run_env = dict(env if env is not None else os.environ, XBORDER_CACHE_DIR=folder) if empty_cache else env
            start = time.perf_counter()
            subprocess.run(cmd, input=input, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=check, env=run_env)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_interleaved(cmds: dict[str, list[str]], runs: int = 15) -> dict[str, float]:
    """Median wall time of each command's fresh processes, the commands taking turns run by run,
    so a machine that speeds up or slows down meanwhile affects them alike (a start-up cost
    is measured against ``python -c pass``: their difference is what counts)."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            start = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def processor() -> str:
    """``platform.processor()``, or the CPU model from /proc/cpuinfo when that is empty (Linux)."""
    name = platform.processor()
    if not name:
        try:
            for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
        except OSError:
            pass
    return name or platform.machine()


def reference_loop(runs: int = 5) -> float:
    """Median CPU seconds of a fixed pure-Python loop (10**6 additions): how fast this shared
    machine runs Python right now. Load average misses a busy host (on 2026-12-07 a run whose
    load average was 0.5 still spent ~3x the CPU time per row of a day before), so sections
    measured at different times compare through this figure."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        total = 0
        for i in range(1_000_000):
            total += i
        times.append(time.process_time() - start)
    return statistics.median(times)


def machine() -> str:
    """``Machine: <cpu>, <n> cores (shared), Python <version>, <today>; reference loop …, load ….``"""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"Machine: {processor()}, {os.cpu_count()} cores (shared with other jobs: timings are noisy), "
            f"Python {platform.python_version()}, {dt.date.today().isoformat()}; reference loop "
            f"(10**6 Python additions, `bench.common.reference_loop`): {reference_loop():.3f} CPU s; "
            f"load average {load}.")


def write_section(area: str, text: str) -> None:
    """Print a script's Markdown section and keep it as ``bench/results/<area>.md`` for assemble.py."""
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{area}.md").write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def median_rate(work, items, rounds: int = 5, warm: bool = True) -> float:
    """Median items per second of ``work(item)`` over ``items``, ``rounds`` passes (one untimed first)."""
    import statistics
    import time

    if warm:
        for item in items:
            work(item)
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for item in items:
            work(item)
        rates.append(len(items) / (time.perf_counter() - start))
    return statistics.median(rates)


TEST_DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def corpus_texts():
    """(label, text, signals) for every message of the triage and intents sets and every line of
    the detect sets (each also with its region as the country signal), in a fixed order: the
    texts the output checks for speed work compare old and new code on."""
    for split in ("triage", "intents"):
        for path in sorted((TEST_DATA / split).glob("*.jsonl")):
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    yield f"{split}/{path.name}:{i}", json.loads(line)["text"], {}
    for path in sorted((TEST_DATA / "detect").rglob("*.tsv")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            parts = line.split("\t")
            if len(parts) >= 2 and parts[-1].strip():
                yield f"{path.relative_to(TEST_DATA)}:{i}", parts[-1], {}
                if len(parts[0]) == 2 and parts[0] != "EU":
                    yield f"{path.relative_to(TEST_DATA)}:{i}:country", parts[-1], {"country": parts[0]}
