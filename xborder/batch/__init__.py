"""Whole helpdesk exports annotated in batches: ``xborder batch`` and its library entry points.

``annotate_partition(batch)`` is the per-batch function (pandas DataFrame, Arrow RecordBatch
or Table in, the same with ``xb_*`` columns out) for users who run Dask, Ray or Spark;
``run_batch(IN, OUT, ...)`` runs it over a file with worker processes or Dask, resumable;
``build_report`` / ``write_report`` draw the trend report. See docs/batch.md.

Needs the ``batch`` extra (pyarrow, dask[distributed], pandas, tqdm); names load on first use.
"""
from __future__ import annotations

from ..lazy import lazy_exports

_HOMES = {
    "annotate_partition": "annotate", "Annotator": "annotate", "Settings": "annotate",
    "XB_COLUMNS": "annotate", "XB_DDL": "annotate", "xb_schema": "annotate",
    "Columns": "columns", "PRESETS": "columns", "resolve": "columns",
    "run_batch": "runner", "output_schema": "runner", "Interrupted": "runner", "Summary": "runner",
    "build_report": "report", "write_report": "report", "report_from_file": "report",
}

__all__ = sorted(_HOMES)


__getattr__, __dir__ = lazy_exports(__name__, _HOMES)
