"""Helpdesk exports in, as Arrow record batches of a fixed schema, in constant memory.

CSV and JSONL are read line by line: a row that cannot be read keeps its place with
``xb_error`` (``line N: …``) instead of stopping the run or vanishing. Encodings: a BOM
decides (UTF-8, UTF-16); else UTF-8, or Windows-1252 when the file's start is not UTF-8
(said on stderr); ``encoding=`` overrides. Bytes the encoding cannot read are kept as U+FFFD
and the row says so.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError

FORMATS = {".csv": "csv", ".tsv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
           ".parquet": "parquet", ".pq": "parquet"}
MAX_RECORD_CHARS = 32 << 20   # a quoted field longer than this is taken for broken quoting
SNIFF_BYTES = 64 << 10        # how much of a file without a BOM decides UTF-8 or Windows-1252
NOT_READ = "row not read"     # ends a reader's error when the row's values are lost
_ESCAPED = re.compile("[\udc80-\udcff]")
READ_ERROR = "__xb_read_error"  # the reader's column: why a row could not be read (None when it could)
JSON_COLUMN = b"xborder.json"  # field metadata: values stored as JSON text (nested or mixed types)


def input_format(path: str | os.PathLike, given: str | None = None) -> str:
    """``csv``, ``jsonl`` or ``parquet`` from ``given`` or the file name's suffix."""
    if given:
        return given
    suffixes = [s.lower() for s in Path(path).suffixes]
    for suffix in reversed(suffixes):
        if suffix in FORMATS:
            return FORMATS[suffix]
    raise InputError(f"{path}: cannot tell the format from the name; use .csv, .jsonl or .parquet")


@dataclass
class Source:
    """An opened input: its column schema, an estimate of its rows, and notes for the user."""

    path: Path
    format: str
    schema: Any                    # pyarrow.Schema of the input's own columns
    total_rows: int | None
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str = ","

    @property
    def names(self) -> list[str]:
        return list(self.schema.names)

    def batches(self, size: int) -> Iterator:
        """Record batches of ``size`` rows: the input's columns plus ``READ_ERROR``."""
        if self.format == "parquet":
            return _parquet_batches(self, size)
        if self.format == "csv":
            return _chunks(self, _csv_rows(self), size)
        return _chunks(self, _jsonl_rows(self), size)


def open_source(path: str | os.PathLike, fmt: str | None = None, encoding: str | None = None) -> Source:
    """Open ``path`` and read what is needed to know its columns (raises InputError, never a traceback)."""
    path = Path(path)
    fmt = input_format(path, fmt)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            meta = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises ArrowInvalid, OSError…
            raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
        return Source(path, fmt, meta.schema_arrow, meta.metadata.num_rows)
    chosen, note = _encoding(path, encoding)
    source = Source(path, fmt, None, _count_lines(path, chosen), [note] if note else [], chosen)
    if fmt == "csv":
        _csv_header(source)
    else:
        _jsonl_schema(source)
    return source


# -- encodings ------------------------------------------------------------------------------------
def _encoding(path: Path, given: str | None) -> tuple[str, str | None]:
    with open(path, "rb") as handle:
        start = handle.read(SNIFF_BYTES)
    if given:
        try:
            codecs.lookup(given)
        except LookupError:
            raise InputError(f"unknown encoding '{given}'") from None
        return given, None
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", None
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", None
    try:
        start.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(start) - 4:   # not just a character cut at the 1 MB boundary
            return "cp1252", (f"{path}: not UTF-8 (byte {exc.start}); reading it as Windows-1252 "
                              f"(Latin-1); pass --encoding to choose")
    return "utf-8", None


def _count_lines(path: Path, encoding: str) -> int:
    newline = "\n".encode("utf-16-le") if encoding.startswith("utf-16") else b"\n"
    count = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(newline)
    return count


class _Lines:
    """Text lines with their numbers; lines can be pushed back to be read again."""

    def __init__(self, source: Source) -> None:
        self.handle = io.TextIOWrapper(open(source.path, "rb"), encoding=source.encoding,
                                       errors="surrogateescape", newline="")
        self.number = 0
        self.pending: deque[tuple[int, str]] = deque()
        self.record: list[tuple[int, str]] = []
        self.chars = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.pending:
            number, line = self.pending.popleft()
        else:
            line = self.handle.readline()
            if not line:
                raise StopIteration
            self.number += 1
            number = self.number
        self.record.append((number, line))
        self.chars += len(line)
        if self.chars > MAX_RECORD_CHARS:
            raise _TooLong()
        return line

    def start_record(self) -> None:
        self.record = []
        self.chars = 0

    def close(self) -> None:
        self.handle.close()


class _TooLong(Exception):
    pass


def _clean(value: str) -> tuple[str, bool]:
    if _ESCAPED.search(value):
        return _ESCAPED.sub("\ufffd", value), True
    return value, False


# -- CSV ----------------------------------------------------------------------------------------
def _csv_header(source: Source) -> None:
    import pyarrow as pa

    lines = _Lines(source)
    try:
        first = next(lines, "")
    finally:
        lines.close()
    if not first.strip():
        raise InputError(f"{source.path}:1: no header row")
    source.delimiter = max(",;\t", key=first.count) if any(c in first for c in ",;\t") else ","
    header = next(csv.reader([first], delimiter=source.delimiter))
    header = [_clean(name.strip())[0] for name in header]
    seen = set()
    for number, name in enumerate(header, start=1):
        if not name:
            raise InputError(f"{source.path}:1: column {number} has no name")
        if name in seen:
            raise InputError(f"{source.path}:1: column '{name}' appears twice")
        seen.add(name)
    source.schema = pa.schema([pa.field(name, pa.string()) for name in header])
    source.total_rows = max(0, (source.total_rows or 0) - 1) or None


def _csv_rows(source: Source) -> Iterator[tuple[list, str | None]]:
    """``(values, error)`` per record; a broken record's first line becomes one bad row and
    the lines after it are read again."""
    csv.field_size_limit(1 << 30)
    width = len(source.schema)
    lines = _Lines(source)
    try:
        next(lines)  # header
        while True:
            lines.start_record()
            reader = csv.reader(lines, delimiter=source.delimiter, strict=True)
            try:
                while True:
                    lines.start_record()
                    fields = next(reader)
                    if not fields:      # a blank line is no row
                        continue
                    record = lines.record
                    if len(fields) == width and not any(_ESCAPED.search(line) for _, line in record):
                        yield fields, None   # the common case: every field read, every byte decoded
                    else:
                        yield _csv_record(source, fields, record[0][0], width)
            except StopIteration:
                return
            except (csv.Error, _TooLong) as exc:
                record = lines.record
                if not record:
                    return
                number, line = record[0]
                why = (f"a quoted field runs over more than {MAX_RECORD_CHARS >> 20} M characters"
                       if isinstance(exc, _TooLong) else str(exc))
                lines.pending.extendleft(reversed(record[1:]))
                yield [None] * width, f"line {number}: broken CSV quoting ({why}); {NOT_READ}"
    finally:
        lines.close()


def _csv_record(source: Source, fields: list[str], number: int, width: int) -> tuple[list, str | None]:
    errors = []
    cleaned = []
    for value in fields:
        value, bad = _clean(value)
        cleaned.append(value)
        if bad and not errors:
            errors.append(f"line {number}: bytes that are not {source.encoding}; replaced by U+FFFD "
                          f"(pass --encoding)")
    if len(cleaned) != width:
        errors.append(f"line {number}: {len(cleaned)} fields, the header has {width}")
        cleaned = (cleaned + [None] * width)[:width]
    return cleaned, "; ".join(errors) or None


# -- JSONL --------------------------------------------------------------------------------------
def _parse_json_line(line: str, number: int) -> tuple[dict | None, str | None]:
    line, bad = _clean(line)
    try:
        item = json.loads(line)
    except ValueError as exc:
        return None, f"line {number}: invalid JSON ({exc.msg} at column {exc.colno}); {NOT_READ}"
    if not isinstance(item, dict):
        return None, f"line {number}: not a JSON object; {NOT_READ}"
    return item, (f"line {number}: bytes that are not valid text; replaced by U+FFFD" if bad else None)


def _jsonl_schema(source: Source) -> None:
    """Columns in first-seen order over the whole file, typed when every value agrees."""
    import pyarrow as pa

    kinds: dict[str, set[str]] = {}
    lines = _Lines(source)
    first = True
    try:
        for line in lines:
            lines.start_record()
            if not line.strip():
                continue
            if first and line.lstrip().startswith("["):
                raise InputError(f"{source.path}:{lines.number}: a JSON array, not JSON lines; convert it with "
                                 f"jq -c '.[]' (or '.tickets[]') first")
            first = False
            item, _ = _parse_json_line(line, 0)
            for key, value in (item or {}).items():
                kind = kinds.setdefault(key, set())
                if value is not None:
                    kind.add(_kind(value))
    finally:
        lines.close()
    out = []
    for key, kind in kinds.items():
        if kind <= {"str"}:
            out.append(pa.field(key, pa.string()))
        elif kind == {"bool"}:
            out.append(pa.field(key, pa.bool_()))
        elif kind == {"int"}:
            out.append(pa.field(key, pa.int64()))
        elif kind <= {"int", "float"}:
            out.append(pa.field(key, pa.float64()))
        else:
            out.append(pa.field(key, pa.string(), metadata={JSON_COLUMN: b"1"}))
    source.schema = pa.schema(out)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int" if -(1 << 63) <= value < (1 << 63) else "big"
    return {float: "float", str: "str"}.get(type(value), "json")


def _jsonl_rows(source: Source) -> Iterator[tuple[list, str | None]]:
    encoded = [bool(f.metadata and f.metadata.get(JSON_COLUMN)) for f in source.schema]
    names = source.schema.names
    lines = _Lines(source)
    try:
        for line in lines:
            lines.start_record()
            if not line.strip():
                continue
            item, error = _parse_json_line(line, lines.number)
            if item is None:
                yield [None] * len(names), error
                continue
            yield [_encode(item.get(name), enc) for name, enc in zip(names, encoded)], error
    finally:
        lines.close()


def _encode(value: Any, as_json: bool) -> Any:
    if as_json and value is not None:
        return json.dumps(value, ensure_ascii=False)
    return value


# -- batching -----------------------------------------------------------------------------------
def _chunks(source: Source, rows: Iterator[tuple[list, str | None]], size: int) -> Iterator:
    import pyarrow as pa

    schema = source.schema.append(pa.field(READ_ERROR, pa.string()))
    width = len(source.schema)
    chunk: list[tuple[list, str | None]] = []

    def flush():
        records, errors = zip(*chunk)
        columns = zip(*records) if width else ()
        arrays = [pa.array(values, type=f.type) for values, f in zip(columns, source.schema)]
        arrays.append(pa.array(errors, type=pa.string()))
        return pa.RecordBatch.from_arrays(arrays, schema=schema)

    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield flush()
            chunk = []
    if chunk:
        yield flush()


def _parquet_batches(source: Source, size: int) -> Iterator:
    import pyarrow as pa
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(source.path).iter_batches(batch_size=size):
        errors = pa.nulls(batch.num_rows, pa.string())
        yield pa.RecordBatch.from_arrays([*batch.columns, errors], schema=batch.schema.append(
            pa.field(READ_ERROR, pa.string())))
