"""Whole helpdesk exports annotated in batches: ``xborder batch`` and its library entry points.

``annotate_partition(batch)`` is the per-batch function (pandas DataFrame, Arrow RecordBatch
or Table in, the same with ``xb_*`` columns out) for users who run Dask, Ray or Spark;
``run_batch(IN, OUT, ...)`` runs it over a file with worker processes or Dask, resumable;
``build_report`` / ``write_report`` draw the trend report. See docs/batch.md.

Needs the ``batch`` extra (pyarrow, dask[distributed], pandas, tqdm); names load on first use.
"""
from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "annotate_partition": "annotate", "Annotator": "annotate", "Settings": "annotate",
    "XB_COLUMNS": "annotate", "XB_DDL": "annotate", "xb_schema": "annotate",
    "Columns": "columns", "PRESETS": "columns", "resolve": "columns",
    "run_batch": "runner", "output_schema": "runner", "Interrupted": "runner", "Summary": "runner",
    "build_report": "report", "write_report": "report", "report_from_file": "report",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'xborder.batch' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
