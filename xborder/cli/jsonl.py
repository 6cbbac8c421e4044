"""``--jsonl`` input shared by ``detect`` and ``triage``: one JSON object a line, streamed.

Constant memory, ``id`` kept, a progress bar on stderr for files when stderr is a
terminal. Both commands read lines alike: a key other than ``text``, ``id`` and the
signals is an error. A bad line is reported on stderr as ``FILE:LINE: …`` and still
gives an output record (``{"id": …, "line": N, "error": "…"}``, its ``id`` kept when
the line has one), so no ticket silently drops out of a pipeline; ``--strict`` stops
the run at it instead.
"""
from __future__ import annotations

import json
import os
import sys
from typing import Any, Callable

import click

from ..errors import InputError, XborderError
from .main import emit_jsonl, one_line

SIGNALS = ("country", "phone", "accept_language", "email")
LINE_KEYS = ("text", "id", *SIGNALS)

_MESSAGE_OPTIONS = (
    click.argument("text", required=False),
    click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object."),
    click.option("--jsonl", "jsonl", is_flag=False, flag_value="-", default=None, metavar="[FILE|-]",
                 help="Read JSON lines ({\"text\", \"id\", \"country\", …}) from FILE or stdin; "
                      "write one object per line."),
    click.option("--country", help="Country the support system knows (ISO 3166, e.g. MX)."),
    click.option("--phone", help="Customer phone number with country code (+52 55 …)."),
    click.option("--accept-language", help="The customer's Accept-Language header (es-MX,es;q=0.9)."),
    click.option("--email", help="Customer e-mail address (its country-code domain is a region signal)."),
    click.option("--strict", is_flag=True, help="With --jsonl: stop at the first bad line (exit 2)."),
)


def message_options(command: Callable) -> Callable:
    """TEXT, ``--json``, ``--jsonl``, the region signals and ``--strict``: what ``detect``
    and ``triage`` both take."""
    for option in reversed(_MESSAGE_OPTIONS):
        command = option(command)
    return command


def text_or_stream(text: str | None, jsonl: str | None, stream_lines: Callable[[], None]) -> str | None:
    """The TEXT argument (``-`` reads stdin); with ``--jsonl``, ``stream_lines()`` runs instead
    and None is returned. Giving both, or neither, is a usage error."""
    if jsonl is not None:
        if text is not None:
            raise click.UsageError("give either TEXT or --jsonl, not both")
        stream_lines()
        return None
    if text is None:
        raise click.UsageError("missing TEXT (or use --jsonl FILE)")
    return sys.stdin.read() if text == "-" else text


def parse_line(raw: bytes, defaults: dict) -> tuple[dict, str, dict]:
    """The line's object, its ``text`` and its signals (line values over ``defaults``)."""
    try:
        item = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise InputError("JSON nested too deeply to read") from None
    if not isinstance(item, dict):
        raise InputError("each line must be a JSON object with a \"text\"")
    unknown = sorted(set(item) - set(LINE_KEYS))
    if unknown:
        from ..errors import suggest

        raise InputError(f"unknown key(s) {', '.join(unknown)}{suggest(unknown[0], LINE_KEYS)} "
                         f"(allowed: {', '.join(LINE_KEYS)})")
    if "text" not in item:
        raise InputError("missing \"text\"")
    if not isinstance(item["text"], str):
        raise InputError("\"text\" must be a string")
    signals = dict(defaults)
    for key in SIGNALS:
        if item.get(key) is not None:
            if not isinstance(item[key], str):
                raise InputError(f"\"{key}\" must be a string")
            signals[key] = item[key]
    return item, item["text"], signals


def with_id(item: dict, out: dict) -> dict:
    """``out`` with the input line's ``id`` first (when it had one)."""
    out = {k: v for k, v in out.items() if k != "id"}
    return {"id": item["id"], **out} if "id" in item else out


def error_record(raw: bytes, number: int, message: str) -> dict:
    """The output record of a line that could not be read: its ``id`` (when it has one),
    its line number and the error."""
    record: dict[str, Any] = {}
    try:
        item = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        item = None
    if isinstance(item, dict) and "id" in item:
        record["id"] = item["id"]
    record.update(line=number, error=message)
    return record


def stream(source: str, handle_line: Callable[[bytes], Any], *, strict: bool, label: str) -> None:
    """Read ``source`` (a path or ``-``) line by line, printing ``handle_line(raw)`` as JSON lines."""
    name = "<stdin>" if source == "-" else source
    try:
        handle = sys.stdin.buffer if source == "-" else open(source, "rb")
    except OSError as exc:
        raise InputError(f"--jsonl: cannot read '{source}': {exc.strerror}") from None
    size = 0
    if source != "-":
        try:
            size = os.fstat(handle.fileno()).st_size
        except OSError:
            size = 0
    show_bar = size > 0 and sys.stderr.isatty()
    skipped = 0
    with handle:
        bar = click.progressbar(length=size, label=label, file=sys.stderr) if show_bar else None
        try:
            if bar is not None:
                bar.__enter__()
            for number, raw in enumerate(handle, start=1):
                if bar is not None:
                    bar.update(len(raw))
                if not raw.strip():
                    continue
                try:
                    emit_jsonl(handle_line(raw))
                except XborderError as exc:
                    message = f"{name}:{number}: {exc}"
                    if strict:
                        raise InputError(message) from None
                    skipped += 1
                    click.echo(f"error: {one_line(message)}", err=True)
                    emit_jsonl(error_record(raw, number, str(exc)))
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
    if skipped:
        click.echo(f"warning: {skipped} line{'s' if skipped > 1 else ''} could not be read "
                   "(their records carry \"error\")", err=True)
