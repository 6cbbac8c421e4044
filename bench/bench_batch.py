"""`xborder batch` at scale: rows/s and peak memory for 10k, 100k (and 1M) rows,
--jobs 1 against --jobs 2, the Dask local cluster against the local engine.

Each run is a fresh `xborder batch` process (start-up and worker warm-up included) on a
synthetic CSV export from bench/make_export.py, written to Parquet. Configurations take
turns run by run, so a drifting machine affects them alike; medians are reported. Peak
memory is the largest sum of proportional set sizes (PSS: pages shared between forked workers
count once) over the process and all its descendants (workers, Dask nanny and workers),
sampled every 0.2 s from /proc.

    python bench/bench_batch.py                      # 10k x3 runs, 100k x1
    python bench/bench_batch.py --big 1000000        # and one 1M run with --jobs 2
    python bench/bench_batch.py --stages-only        # where the CPU time goes, per stage (~1 min)

To compare two versions stage by stage, run ``--stages-only --batch-size 1000`` with each on
``PYTHONPATH`` (an older checkout: ``git archive REV | tar -x -C DIR``), taking turns.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, write_section  # noqa: E402
from make_export import write  # noqa: E402

XBORDER = [sys.executable, "-c", "from xborder.cli.main import main; main()"]
CONFIGS = {"local --jobs 1": ["--jobs", "1"], "local --jobs 2": ["--jobs", "2"],
           "dask LocalCluster, 2 workers": ["--engine", "dask", "--jobs", "2"]}


def _pss(pid: int) -> int:
    """Proportional set size (bytes): a page shared by forked workers counts once in total."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree_rss(root: int, cpu: dict[int, float] | None = None) -> tuple[int, int, int]:
    """Memory (bytes) of ``root`` and its descendants: their PSS summed (RSS where PSS is unreadable),
    ``root``'s own, and the largest of its descendants' (a worker's). ``cpu``, when given, gets
    each process's CPU seconds so far (user + system)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    spent: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
            spent[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(children)
        frontier.extend(children)
    if cpu is not None:
        cpu.update({pid: spent[pid] for pid in tree if pid in spent})
    sizes = {pid: _pss(pid) or rss.get(pid, 0) for pid in tree}
    return sum(sizes.values()), sizes.get(root, 0), max((v for k, v in sizes.items() if k != root), default=0)


def timed_run(source: Path, out: Path, options: list[str]) -> tuple[float, int, float, float, int, int, float]:
    """(wall seconds, peak tree PSS bytes, load average at the start, CPU seconds of the run
    and all its processes, peak PSS of the main process, peak PSS of one worker, CPU seconds of
    the main process alone, as last sampled) of one batch run."""
    import resource

    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen([*XBORDER, "batch", str(source), "--out", str(out), "--no-progress", *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = main_peak = worker_peak = 0
    cpu_seen: dict[int, float] = {}
    done = threading.Event()

    def sample():
        nonlocal peak, main_peak, worker_peak
        while not done.is_set():
            total, main, worker = _tree_rss(process.pid, cpu_seen)
            peak, main_peak, worker_peak = max(peak, total), max(main_peak, main), max(worker_peak, worker)
            done.wait(0.2)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode:
        sys.exit(f"batch failed: {stderr.decode()[-2000:]}")
    out.unlink()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, peak, load, cpu, main_peak, worker_peak, cpu_seen.get(process.pid, 0.0)


def stage_costs(source: Path, rows: int = 3000, batch_size: int | None = None) -> dict[str, float]:
    """Where a `--jobs 1` run's CPU time goes, in this process: CPU milliseconds per row of each
    stage over ``rows`` rows after a first (warm-up) batch, and ``startup`` (CPU seconds: imports,
    Toolkit, warm-up). CPU time, so other jobs on the machine do not count. Stages: ``read`` (decode
    the CSV, build Arrow batches), ``ipc`` (pickling a batch to a worker and back, as `--jobs N`
    does), ``detect``, ``triage`` (without the detection it runs), ``classify`` (told the detected
    language), ``clock`` (local time, SLA in business hours), ``rows`` (the rest of the per-batch
    function: columns to Python, the batch's repeated texts, output arrays), ``shard`` (writing
    the batch's Arrow file), ``output`` (joining the shards into Parquet). ``annotate`` is the whole
    per-batch function (detect + triage + classify + clock + rows)."""
    import pickle

    started = time.process_time()
    from xborder.batch import runner
    from xborder.batch.annotate import Annotator, Settings, annotate_arrow
    from xborder.batch.columns import resolve
    from xborder.batch.readers import open_source
    from xborder.batch.writers import Writer

    src = open_source(source)
    annotator = Annotator(Settings(resolve(src.names)))
    annotator.warm()
    startup = time.process_time() - started
    size = batch_size or getattr(runner, "auto_batch_size", lambda n: 1000)(src.total_rows)
    spent = dict.fromkeys(("read", "ipc", "detect", "triage", "classify", "clock", "annotate", "shard", "output"), 0.0)

    def timed(name, function):
        def wrapper(*args, **kwargs):
            begin = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - begin
        return wrapper

    toolkit = annotator.toolkit
    toolkit.detect = timed("detect", toolkit.detect)      # triage calls self.detect: the wrapped one
    toolkit.triage = timed("triage", toolkit.triage)
    toolkit.classify = timed("classify", toolkit.classify)
    annotator._clock = timed("clock", annotator._clock)
    batches = src.batches(size)
    annotate_arrow(next(batches), annotator)
    # the collector as a run leaves it after warm-up (runner._settle: the warmed objects frozen, fewer
    # collections); measured without it, the default thresholds collected ~1,100 times on 4,000 rows and
    # walked the ~535,000 warmed objects in each full collection (~0.2 ms/row that no run spends)
    settle, unsettle = getattr(runner, "_settle", None), getattr(runner, "_unsettle", None)
    thresholds = settle() if settle is not None else None
    spent = dict.fromkeys(spent, 0.0)
    done = 0
    with tempfile.TemporaryDirectory() as folder:
        parts = Path(folder)
        index = 0
        while done < rows:
            begin = time.process_time()
            batch = next(batches, None)
            spent["read"] += time.process_time() - begin
            if batch is None:
                break
            begin = time.process_time()
            batch = pickle.loads(pickle.dumps(batch))
            spent["ipc"] += time.process_time() - begin
            begin = time.process_time()
            annotated = annotate_arrow(batch, annotator)
            spent["annotate"] += time.process_time() - begin
            begin = time.process_time()
            runner.write_shard(parts, index, annotated)
            spent["shard"] += time.process_time() - begin
            index += 1
            done += batch.num_rows
        begin = time.process_time()
        writer = Writer(parts / "out.parquet", runner.output_schema(src.schema))
        import pyarrow as pa

        for i in range(index):
            with pa.memory_map(str(runner.shard_path(parts, i))) as handle:
                reader = pa.ipc.open_file(handle)
                for k in range(reader.num_record_batches):
                    writer.write(reader.get_batch(k))
        writer.commit()
        spent["output"] += time.process_time() - begin
    if thresholds is not None and unsettle is not None:
        unsettle(thresholds)
    out = {name: seconds * 1000 / done for name, seconds in spent.items()}
    out["triage"] -= out["detect"]
    out["rows"] = out["annotate"] - out["detect"] - out["triage"] - out["classify"] - out["clock"]
    out["startup"] = startup
    out["batch_size"] = size
    return out


def stage_lines(stages: dict[str, float]) -> list[str]:
    """The stage table of :func:`stage_costs`."""
    order = ("read", "ipc", "detect", "triage", "classify", "clock", "rows", "shard", "output")
    total = sum(stages[name] for name in order)
    lines = ["| stage | CPU ms per row | share |", "| --- | ---: | ---: |"]
    lines += [f"| {name} | {stages[name]:.3f} | {100 * stages[name] / total:.0f} % |" for name in order]
    lines += [f"| **all** (per-batch function alone: {stages['annotate']:.3f}) | **{total:.3f}** | |", "",
              f"Start-up of a process (imports, Toolkit, warm-up of every language, before any row): "
              f"{stages['startup']:.2f} CPU s; batches of {stages['batch_size']:,} rows."]
    return lines


def duplicates(source: Path, batch_size: int) -> str:
    """How much the export repeats itself: what the per-batch cache of repeated texts (and any
    cache keyed by text) can save, so the figures above can be read honestly."""
    import csv

    texts, repeated, rows = set(), 0, 0
    seen: set = set()
    with open(source, encoding="utf-8", newline="") as handle:
        for rows, row in enumerate(csv.DictReader(handle), start=1):
            if rows % batch_size == 1:
                seen = set()
            key = (row["body"], row["country"], row["phone"])
            repeated += key in seen
            seen.add(key)
            texts.add(row["body"])
    return (f"The {rows:,}-row export: {len(texts):,} distinct texts ({100 * len(texts) / rows:.0f} %); "
            f"{100 * repeated / rows:.1f} % of rows repeat a text and signals already in their batch of "
            f"{batch_size:,} (annotated once per batch).")


def _batch_size(rows: int) -> int:
    from xborder.batch import runner

    return getattr(runner, "auto_batch_size", lambda n: 1000)(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=3, help="runs of each configuration at the smallest size")
    parser.add_argument("--big", type=int, default=0, help="also one run of this many rows with --jobs 2")
    parser.add_argument("--section", default="batch", help="name of the results section (bench/results/NAME.md)")
    parser.add_argument("--stages-only", action="store_true",
                        help="only the CPU ms per row of each stage, in process (no runs, nothing written)")
    parser.add_argument("--stage-rows", type=int, default=3000, help="rows the stage costs are measured on")
    parser.add_argument("--batch-size", type=int, default=None, help="batch size of the stage costs (default: auto)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.stages_only:
        with tempfile.TemporaryDirectory() as folder:
            source = write(Path(folder) / "export.csv", sizes[0])
            stages = stage_costs(source, args.stage_rows, args.batch_size)
            print("\n".join(stage_lines(stages)))
            print(duplicates(source, stages["batch_size"]))
            print(json.dumps(stages))
        return
    lines = ["## Batch (`xborder batch`)", "", machine(), ""]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        results: dict[tuple[int, str], list[tuple[float, int, float]]] = {}
        for size in sizes + ([args.big] if args.big else []):
            source = write(folder / f"export-{size}.csv", size)
            configs = CONFIGS if size != args.big else {"local --jobs 2": CONFIGS["local --jobs 2"]}
            runs = args.runs if size == sizes[0] else 1
            for _ in range(runs):
                for name, options in configs.items():
                    results.setdefault((size, name), []).append(timed_run(source, folder / "out.parquet", options))
                    print(size, name, results[(size, name)][-1], file=sys.stderr)
        stages = stage_costs(folder / f"export-{sizes[0]}.csv", args.stage_rows, args.batch_size)
        repeats = [duplicates(folder / f"export-{size}.csv", stages["batch_size"] if size == sizes[0] else
                              _batch_size(size)) for size in sizes]
    lines += ["| rows | engine | runs | wall (median) | rows/s | CPU time, all processes (median) | "
              "of it, main process (median) | rows per CPU-second | peak memory (PSS summed over processes) | "
              "main / one worker | load at start |",
              "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    medians = {}
    for (size, name), values in results.items():
        wall = statistics.median(v[0] for v in values)
        cpu = statistics.median(v[3] for v in values)
        peak = max(v[1] for v in values)
        medians[(size, name)] = (wall, peak, cpu)
        lines.append(f"| {size:,} | {name} | {len(values)} | {wall:.1f} s | {size / wall:,.0f} | {cpu:.1f} s | "
                     f"{statistics.median(v[6] for v in values):.1f} s | {size / cpu:,.0f} | {peak / 2**20:,.0f} MiB | {max(v[4] for v in values) / 2**20:,.0f} / "
                     f"{(f'{max(v[5] for v in values) / 2**20:,.0f}' if max(v[5] for v in values) else '–')} MiB | {', '.join(f'{v[2]:.1f}' for v in values)} |")
    per_core = 1000 / stages["annotate"]
    lines += ["", f"Where a `--jobs 1` run's CPU time goes, per row ({args.stage_rows:,} rows of the "
                  f"{sizes[0]:,}-row export, warm, in process; `python bench/bench_batch.py --stages-only`):", ""]
    lines += stage_lines(stages)
    lines += ["", f"The per-batch function alone (detect + triage + classify + clock + rows): "
                  f"**{per_core:,.0f} rows per CPU-second** (per core).", ""]
    lines += [f"- {line}" for line in repeats] + [""]
    for size in sizes:
        one, two = medians.get((size, "local --jobs 1")), medians.get((size, "local --jobs 2"))
        dask = medians.get((size, "dask LocalCluster, 2 workers"))
        if one and two:
            lines.append(f"- {size:,} rows: wall time `--jobs 1` / `--jobs 2` = **{one[0] / two[0]:.2f}**; "
                         f"`--jobs 2` spends {two[2] / one[2]:.2f}× the CPU time (on an idle 2-core machine the "
                         f"speed-up would be about {2 * one[2] / two[2]:.2f}×)"
                         + (f"; Dask local cluster / local `--jobs 2`: wall {dask[0] / two[0]:.2f}, "
                            f"CPU {dask[2] / two[2]:.2f}" if dask else ""))
    if len(sizes) > 1:
        for name in CONFIGS:
            a, b = medians.get((sizes[0], name)), medians.get((sizes[-1], name))
            if a and b:
                lines.append(f"- Peak memory, {name}: {a[1] / 2**20:,.0f} MiB at {sizes[0]:,} rows, "
                             f"{b[1] / 2**20:,.0f} MiB at {sizes[-1]:,} ({100 * (b[1] / a[1] - 1):+.0f} %).")
    if args.big:
        big = medians[(args.big, "local --jobs 2")]
        ref = medians.get((sizes[-1], "local --jobs 2"))
        lines.append(f"- {args.big:,} rows with `--jobs 2`: {big[0] / 60:.1f} min, peak {big[1] / 2**20:,.0f} MiB"
                     + (f" ({100 * (big[1] / ref[1] - 1):+.0f} % against {sizes[-1]:,} rows)." if ref else "."))
    verdict = lambda ok: "met" if ok else "**not met**"  # noqa: E731
    lines += ["", "Goals (load average at the end: " + " / ".join(f"{x:.1f}" for x in os.getloadavg()) + "):", "",
              f"- ≥ 1,800 rows/s per core for detect, triage and classify together: {verdict(per_core >= 1800)} "
              f"({per_core:,.0f} rows per CPU-second in process"
              + "".join(f"; a whole {size:,}-row `--jobs 1` run, start-up and I/O included: "
                        f"{size / medians[(size, 'local --jobs 1')][2]:,.0f}"
                        for size in sizes[-1:] if (size, "local --jobs 1") in medians) + ")"]
    for size in sizes:
        one, two = medians.get((size, "local --jobs 1")), medians.get((size, "local --jobs 2"))
        if one and two:
            lines.append(f"- {size:,} rows, `--jobs 2` ≥ 1.8× `--jobs 1`: {verdict(one[0] / two[0] >= 1.8)} by wall "
                         f"time ({one[0] / two[0]:.2f}×); by CPU time (idle 2-core estimate) {2 * one[2] / two[2]:.2f}×")
    biggest = max(size for size, name in medians if name == "local --jobs 2") if medians else None
    if biggest:
        wall, _, cpu = medians[(biggest, "local --jobs 2")]
        lines.append(f"- 1M rows ≤ 5 min on 2 cores: {verdict(wall * 1_000_000 / biggest <= 300)} at this run's "
                     f"`--jobs 2` wall rate ({wall * 1_000_000 / biggest / 60:.1f} min scaled from {biggest:,} rows); "
                     f"from its CPU time on 2 idle cores: {cpu * 1_000_000 / biggest / 2 / 60:.1f} min")
    write_section(args.section, "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
