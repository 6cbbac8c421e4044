"""Running the per-batch function over a whole export: executors, shards, resume, progress.

As in datatrove, the work is one function per batch and the executor is swappable: worker
processes on this machine (``local``) or a Dask cluster (``dask``). Each finished batch is
written atomically as ``OUT.parts/<index>.arrow``; that file is the batch's completion
marker, so ``resume=True`` skips what is done. While the workers run, the main process joins
the finished shards in order into a temporary file in the parts folder; when every batch is
done it is renamed to OUT and the parts folder is removed.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from ..version import __version__
from ..errors import InputError, XborderError
from .annotate import XB_COLUMNS, Annotator, Settings, annotate_arrow, annotator_for, xb_schema
from .columns import resolve
from .readers import Source, open_source
from .writers import Writer, output_format

DEFAULT_BATCH = 1000   # rows per batch, at most (a batch is also one resume step)
MIN_BATCH = 100
BATCHES_PER_RUN = 64   # a small input is cut finer, so that no worker waits long for the last batch
PRELOAD_ROWS = 10_000  # from this many rows on, forked workers share tables preloaded by the main process


class Interrupted(XborderError):
    """The run was stopped (Ctrl-C); finished batches are kept for ``--resume``."""


@dataclass
class Summary:
    rows: int = 0
    errors: int = 0
    batches: int = 0
    resumed_batches: int = 0
    notes: list[str] = field(default_factory=list)
    out: str = ""

    def to_dict(self) -> dict:
        return {"out": self.out, "rows": self.rows, "rows_with_error": self.errors,
                "batches": self.batches, "resumed_batches": self.resumed_batches, "notes": self.notes}


def run_batch(source_path: str | os.PathLike, out: str | os.PathLike, *,
              columns: Mapping[str, str | None] | None = None, preset: str | None = None,
              sla_hours: float = 24.0, business_hours: str | None = None,
              data_dirs: list[str] | None = None, jobs: int | None = None, engine: str = "local",
              scheduler: str | None = None, cluster_options: Mapping[str, Any] | None = None,
              resume: bool = False, batch_size: int | None = None, input_format: str | None = None,
              encoding: str | None = None, progress: bool | None = None,
              on_shard: Callable[[Any], None] | None = None,
              on_columns: Callable[[Any], None] | None = None) -> Summary:
    """Annotate every row of ``source_path`` into ``out`` (format from its suffix).

    ``columns``: field -> column (``{"text": "body"}``) over ``preset``'s or the default names.
    ``jobs``: worker processes (default: all cores). ``batch_size``: rows per batch (default:
    from the input's size, see :func:`auto_batch_size`). ``progress``: a bar on stderr (default:
    when stderr is a terminal). ``on_shard(batch)`` sees each annotated batch in order while
    OUT is written (the report uses it); ``on_columns(columns)`` sees the resolved mapping.
    Raises ``InputError`` for bad input and ``Interrupted`` on Ctrl-C.
    """
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine '{engine}' (local or dask)")
    if batch_size is not None and batch_size < 1:
        raise InputError("batch size must be at least 1")
    jobs = jobs or _cores()
    if jobs < 1:
        raise InputError("--jobs must be at least 1")
    out = Path(out)
    output_format(out)
    source = open_source(source_path, input_format, encoding)
    batch_size = batch_size or auto_batch_size(source.total_rows)
    where = f"{source.path}:1" if source.format == "csv" else str(source.path)   # a CSV's header is line 1
    settings = Settings(resolve(source.names, columns, preset, source=where), float(sla_hours),
                        business_hours, tuple(data_dirs) if data_dirs is not None else None)
    _check_settings(settings)
    if on_columns is not None:
        on_columns(settings.columns)
    summary = Summary(notes=list(source.notes), out=str(out))
    schema = output_schema(source.schema)
    parts = Path(f"{out}.parts")
    done = _prepare_parts(parts, _manifest(source, settings, batch_size, schema), resume)
    bar = _progress(source.total_rows, progress)
    # OUT is written inside the parts folder until it is whole: a killed run leaves nothing beside OUT
    merger = _Merger(parts, lambda: Writer(out, schema, {"settings": settings.to_dict(), "xborder": __version__},
                                           tmp=parts / f"out.{os.getpid()}.tmp"), done, summary, on_shard)
    try:
        merger.advance()
        executor = _dask_executor if engine == "dask" else _local_executor
        for index, rows in executor(_pending(source, batch_size, done, bar, summary), parts, settings, jobs,
                                    scheduler=scheduler, cluster_options=cluster_options or {},
                                    rows=source.total_rows):
            bar.update(rows)
            merger.finished(index)
        merger.finish()
    except KeyboardInterrupt:
        merger.abort()
        bar.close()
        finished = len(list(parts.glob("*.arrow")))
        raise Interrupted(f"interrupted: {finished} batches of {batch_size} rows are done and kept in "
                          f"{parts}; run the same command with --resume to continue") from None
    except BaseException:
        merger.abort()
        raise
    finally:
        bar.close()
    shutil.rmtree(parts, ignore_errors=True)
    return summary


def auto_batch_size(total_rows: int | None) -> int:
    """Rows per batch for an input of about ``total_rows``: ``DEFAULT_BATCH``, or less for a
    small input (at least ``BATCHES_PER_RUN`` batches, of at least ``MIN_BATCH`` rows)."""
    if not total_rows:
        return DEFAULT_BATCH
    return max(MIN_BATCH, min(DEFAULT_BATCH, -(-total_rows // BATCHES_PER_RUN)))


def _cores() -> int:
    """The cores this process may run on (a container's CPU set, not the host's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:   # not on Linux
        return os.cpu_count() or 1


def output_schema(input_schema):
    """The input's columns (earlier ``xb_*`` ones dropped) followed by the ``xb_*`` columns."""
    import pyarrow as pa

    from .readers import READ_ERROR

    kept = [f for f in input_schema if f.name not in XB_COLUMNS and f.name != READ_ERROR]
    return pa.schema(kept + list(xb_schema()))


def _check_settings(settings: Settings) -> None:
    """Fail before any work on a bad SLA or business-hours spec."""
    from ..timing.business_hours import check_sla_hours, load_business_hours

    check_sla_hours(settings.sla_hours)
    if settings.business_hours:
        load_business_hours(settings.business_hours)


# -- parts folder and resume ----------------------------------------------------------------------
def _manifest(source: Source, settings: Settings, batch_size: int, schema) -> dict:
    stat = source.path.stat()
    return {"input": str(source.path.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
            "format": source.format, "encoding": source.encoding, "batch_size": batch_size,
            "settings": settings.to_dict(), "schema": schema.to_string(show_schema_metadata=False),
            "xborder": __version__}


def _prepare_parts(parts: Path, manifest: dict, resume: bool) -> set[int]:
    path = parts / "manifest.json"
    if resume and path.is_file():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            old = None
        if old != manifest:
            changed = sorted(k for k in manifest if not old or old.get(k) != manifest[k])
            raise InputError(f"cannot resume from {parts}: {', '.join(changed) or 'its manifest'} changed since "
                             f"the interrupted run; run without --resume to start again")
        return {int(p.stem) for p in parts.glob("*.arrow") if p.stem.isdigit()}
    if parts.exists():
        shutil.rmtree(parts)
    parts.mkdir(parents=True)
    _atomic_write(path, json.dumps(manifest, indent=1).encode())
    return set()


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def shard_path(parts: Path, index: int) -> Path:
    return parts / f"{index:08d}.arrow"


def write_shard(parts: Path, index: int, batch) -> None:
    """The annotated batch as an Arrow IPC file, renamed into place (its completion marker)."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_file(sink, batch.schema) as writer:
        writer.write_batch(batch)
    _atomic_write(shard_path(parts, index), sink.getvalue().to_pybytes())


def _pending(source: Source, size: int, done: set[int], bar, summary: Summary) -> Iterator[tuple[int, Any]]:
    """(index, batch) for each batch not done yet; done ones only move the progress bar."""
    for index, batch in enumerate(source.batches(size)):
        summary.batches += 1
        if index in done:
            summary.resumed_batches += 1
            bar.update(batch.num_rows)
            continue
        yield index, batch


# -- executors ----------------------------------------------------------------------------------
_WORKER: Annotator | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    _WORKER = annotator_for(settings)
    _settle()


def _settle() -> tuple[int, ...]:
    """After warm-up: the loaded models leave the collector's sight (forked workers keep their
    pages shared) and it runs less often (a row allocates many short-lived objects, few cycles;
    together about 2 % of the CPU time). Returns the thresholds it replaced."""
    import gc

    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(10_000, 20, 10)
    return before


def _unsettle(thresholds: tuple[int, ...]) -> None:
    """The collector as it was (a run in the caller's own process leaves it as it found it)."""
    import gc

    gc.unfreeze()
    gc.set_threshold(*thresholds)


def _work(index: int, batch, parts: Path) -> tuple[int, int]:
    """(index, rows) of one batch annotated and written as its shard."""
    annotated = annotate_arrow(batch, _WORKER)
    write_shard(parts, index, annotated)
    return index, annotated.num_rows


def _local_executor(batches, parts: Path, settings: Settings, jobs: int, *, rows: int | None = None,
                    **_) -> Iterator[tuple[int, int]]:
    """Worker processes that warm a Toolkit once and take whole batches; at most two batches
    per worker are in flight, so memory does not grow with the input. ``rows``: about how many
    the input has (a large input's workers share tables the main process preloads)."""
    global _WORKER
    if jobs == 1:
        _WORKER = annotator_for(settings)
        thresholds = _settle()
        try:
            for index, batch in batches:
                yield _work(index, batch, parts)
        finally:
            _unsettle(thresholds)
        return
    from concurrent.futures import FIRST_COMPLETED, wait

    pool = _start_pool(jobs, settings, preload=rows is None or rows >= PRELOAD_ROWS)
    running: set = set()
    try:
        for index, batch in batches:
            running.add(pool.submit(_work, index, batch, parts))
            while len(running) >= 2 * jobs:
                finished, running = wait(running, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in finished)
        while running:
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            yield from (f.result() for f in finished)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_pool(jobs: int, settings: Settings, preload: bool = True):
    """The worker pool, started now. Where processes fork (Linux), this process warms the
    Toolkit first (with ``preload``, also the tables every worker would load during its first
    batches, see ``Annotator.preload``) and the workers inherit it (loaded once, pages shared);
    elsewhere each worker warms its own."""
    import multiprocessing
    import warnings
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods:
        import gc

        annotator = annotator_for(settings)
        if preload:
            annotator.preload()
        gc.freeze()   # the warmed objects stay out of the collector's way: their pages stay shared
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(settings,))
    with warnings.catch_warnings():
        # Python 3.12+ warns about forking a process that has threads; the only ones here are
        # Arrow's idle pool threads, which hold no lock the workers need.
        warnings.simplefilter("ignore", DeprecationWarning)
        pool.submit(int).result()   # launches every worker (fork launches them all at once)
    return pool


def _dask_annotate(batch, settings: Settings):
    """What a Dask worker runs: the same per-batch function, its Annotator warmed once per worker."""
    return annotate_arrow(batch, annotator_for(settings))


def _dask_executor(batches, parts: Path, settings: Settings, jobs: int, *, scheduler: str | None,
                   cluster_options: Mapping[str, Any], **_) -> Iterator[tuple[int, int]]:
    """Batches submitted to a Dask cluster (``scheduler`` address, else a LocalCluster of ``jobs``
    single-threaded workers); results come back and are written here, so the workers need no
    shared file system."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise InputError("--engine dask needs the batch extra: pip install 'xborder[batch]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            options = {"n_workers": jobs, "threads_per_worker": 1, "dashboard_address": None, **cluster_options}
            cluster = LocalCluster(**options)
            client = Client(cluster)
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None
    try:
        queue = as_completed()
        indices: dict[str, int] = {}
        running = 0
        limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or jobs)

        def collect():
            future = next(queue)
            index = indices.pop(future.key)
            annotated = future.result()
            write_shard(parts, index, annotated)
            return index, annotated.num_rows

        for index, batch in batches:
            future = client.submit(_dask_annotate, batch, settings, pure=False)
            indices[future.key] = index
            queue.add(future)
            running += 1
            if running >= limit:
                running -= 1
                yield collect()
        while running:
            running -= 1
            yield collect()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- joining the shards ---------------------------------------------------------------------------
class _Merger:
    """Appends finished shards to OUT's temporary file in input order, as soon as every batch
    before them is done (so the main process joins while the workers work)."""

    def __init__(self, parts: Path, open_writer: Callable[[], Writer], done: set[int], summary: Summary,
                 on_shard: Callable[[Any], None] | None) -> None:
        self.parts, self.done, self.summary, self.on_shard = parts, set(done), summary, on_shard
        self.open_writer = open_writer   # opened on first use: after the workers are forked
        self.writer: Writer | None = None
        self.next = 0

    def finished(self, index: int) -> None:
        self.done.add(index)
        self.advance()

    def advance(self) -> None:
        import pyarrow as pa

        while self.next in self.done:
            path = shard_path(self.parts, self.next)
            if not path.is_file():
                raise InputError(f"{path}: a finished batch is missing; run again without --resume")
            with pa.memory_map(str(path)) as source:
                reader = pa.ipc.open_file(source)
                for i in range(reader.num_record_batches):
                    batch = reader.get_batch(i)
                    if self.writer is None:
                        self.writer = self.open_writer()
                    self.writer.write(batch)
                    self.summary.rows += batch.num_rows
                    self.summary.errors += batch.num_rows - batch.column("xb_error").null_count
                    if self.on_shard is not None:
                        self.on_shard(batch)
            self.done.discard(self.next)
            self.next += 1

    def finish(self) -> None:
        """Every batch joined: OUT renamed into place (InputError when a shard is missing)."""
        self.advance()
        if self.next < self.summary.batches:
            path = shard_path(self.parts, self.next)
            raise InputError(f"{path}: a finished batch is missing; run again without --resume")
        if self.writer is None:   # no rows at all
            self.writer = self.open_writer()
        self.writer.commit()

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.abort()


# -- progress -------------------------------------------------------------------------------------
class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int | None, show: bool | None):
    """A tqdm bar on stderr (rows, rows/s, time left) when stderr is a terminal."""
    if show is None:
        show = sys.stderr.isatty()
    if not show:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoBar()
    tqdm.monitor_interval = 0   # no monitor thread: worker processes may be forked after this
    return tqdm(total=total, unit=" rows", unit_scale=True, file=sys.stderr, smoothing=0.1,
                dynamic_ncols=True)
