"""Annotated rows out: CSV, JSONL or Parquet (a fixed Arrow schema), written to a temporary
file beside OUT and renamed into place, so OUT is either whole or absent."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from ..errors import InputError
from .readers import JSON_COLUMN

OUTPUT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
ROW_GROUP = 65_536
METADATA_KEY = b"xborder.batch"


def output_format(path: str | os.PathLike) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise InputError(f"--out {path}: the suffix says the format; use .csv, .jsonl or .parquet")
    return OUTPUT_FORMATS[suffix]


class Writer:
    """Append record batches of one schema to OUT's temporary file; ``commit()`` renames it."""

    def __init__(self, path: str | os.PathLike, schema, metadata: dict | None = None,
                 tmp: str | os.PathLike | None = None) -> None:
        self.path = Path(path)
        self.format = output_format(self.path)
        # ``tmp``: where it is written until commit (on OUT's file system); default beside OUT
        self.tmp = Path(tmp) if tmp is not None else self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self.schema = schema.with_metadata({**(schema.metadata or {}),
                                            METADATA_KEY: json.dumps(metadata or {}).encode()})
        self.rows = 0
        self._pending: list = []
        self._pending_rows = 0
        self._json = [bool(f.metadata and f.metadata.get(JSON_COLUMN)) for f in schema]
        if self.format == "parquet":
            import pyarrow.parquet as pq

            self._parquet = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        else:
            self._handle = open(self.tmp, "w", encoding="utf-8", newline="")
            if self.format == "csv":
                self._csv = csv.writer(self._handle)
                self._csv.writerow(schema.names)

    def write(self, batch) -> None:
        self.rows += batch.num_rows
        if self.format == "parquet":
            self._pending.append(batch)
            self._pending_rows += batch.num_rows
            if self._pending_rows >= ROW_GROUP:
                self._flush()
            return
        columns = [c.to_pylist() for c in batch.columns]
        names = batch.schema.names
        if self.format == "csv":
            self._csv.writerows([[_csv_value(v) for v in row] for row in zip(*columns)])
        else:
            for row in zip(*columns):
                item = {n: (json.loads(v) if enc and v is not None else v)
                        for n, v, enc in zip(names, row, self._json)}
                self._handle.write(json.dumps(item, ensure_ascii=False, default=_json_default) + "\n")

    def _flush(self) -> None:
        import pyarrow as pa

        if self._pending:
            table = pa.Table.from_batches(self._pending).cast(self.schema)
            self._parquet.write_table(table, row_group_size=ROW_GROUP)
        self._pending, self._pending_rows = [], 0

    def close(self) -> None:
        if self.format == "parquet":
            self._flush()
            self._parquet.close()
        else:
            self._handle.close()

    def commit(self) -> None:
        self.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        try:
            self.close()
        finally:
            self.tmp.unlink(missing_ok=True)


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
