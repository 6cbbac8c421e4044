"""``xborder detect``: a message's language and region, with evidence.

One text (``TEXT``, or ``-`` for stdin) prints a summary, or one JSON object
with ``--json``. ``--jsonl [FILE|-]`` streams: one JSON object per input line
(``text``, optional ``id``, ``country``, ``phone``, ``accept_language``,
``email``) gives one object per output line with ``id`` kept, in constant
memory. A bad line is reported on stderr with its line number and skipped;
with ``--strict`` it stops the run (exit 2).
"""
from __future__ import annotations

import json
import os
import sys

import click

from ..errors import InputError, XborderError
from .main import emit_json, emit_jsonl, pass_state

_LINE_KEYS = ("text", "id", "country", "phone", "accept_language", "email")


@click.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the detection as one JSON object.")
@click.option("--jsonl", "jsonl", is_flag=False, flag_value="-", default=None, metavar="[FILE|-]",
              help="Read JSON lines ({\"text\", \"id\", \"country\", …}) from FILE or stdin; write one object per line.")
@click.option("--country", help="Country the support system knows (ISO 3166, e.g. MX).")
@click.option("--phone", help="Customer phone number with country code (+52 55 …).")
@click.option("--accept-language", help="The customer's Accept-Language header (es-MX,es;q=0.9).")
@click.option("--email", help="Customer e-mail address (its country-code domain is a region signal).")
@click.option("--strict", is_flag=True, help="With --jsonl: stop at the first bad line (exit 2).")
@pass_state
def detect(state, text, as_json, jsonl, country, phone, accept_language, email, strict):
    """Detect the language and region of TEXT (or of each line with --jsonl)."""
    signals = {"country": country, "phone": phone, "accept_language": accept_language, "email": email}
    if jsonl is not None:
        if text is not None:
            raise click.UsageError("give either TEXT or --jsonl, not both")
        _stream(state.toolkit, jsonl, signals, strict or state.strict)
        return
    if text is None:
        raise click.UsageError("missing TEXT (or use --jsonl FILE)")
    if text == "-":
        text = sys.stdin.read()
    result = state.toolkit.detect(text, **signals)
    if as_json:
        emit_json(result.to_dict())
        return
    click.echo(_summary(result))


def _summary(result) -> str:
    if result.language is None:
        head = "unknown language"
    else:
        head = f"{result.locale}  language {result.language} ({result.confidence:.2f})"
        if result.region:
            head += f", region {result.region} ({result.region_confidence:.2f})"
        if result.script:
            head += f", script {result.script}"
    lines = [head]
    if result.alternatives:
        lines.append("  alternatives: " + ", ".join(f"{a['language']} {a['confidence']:.2f}"
                                                     for a in result.alternatives))
    lines.extend(f"  - {line}" for line in result.evidence)
    return "\n".join(lines)


def _stream(toolkit, source: str, defaults: dict, strict: bool) -> None:
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
    show_bar = source != "-" and size > 0 and sys.stderr.isatty()
    skipped = 0
    with handle:
        bar = click.progressbar(length=size, label="detect", file=sys.stderr) if show_bar else None
        try:
            if bar is not None:
                bar.__enter__()
            for number, raw in enumerate(handle, start=1):
                if bar is not None:
                    bar.update(len(raw))
                if not raw.strip():
                    continue
                try:
                    emit_jsonl(_detect_line(toolkit, raw, defaults))
                except XborderError as exc:
                    message = f"{name}:{number}: {exc}"
                    if strict:
                        raise InputError(message) from None
                    skipped += 1
                    click.echo(f"error: {message} (line skipped)", err=True)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
    if skipped:
        click.echo(f"warning: {skipped} line{'s' if skipped > 1 else ''} skipped", err=True)


def _detect_line(toolkit, raw: bytes, defaults: dict) -> dict:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (byte {exc.start})") from None
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON at column {exc.colno}: {exc.msg}") from None
    if not isinstance(item, dict):
        raise InputError("each line must be a JSON object with a \"text\"")
    if "text" not in item:
        raise InputError("missing \"text\"")
    text = item["text"]
    if not isinstance(text, str):
        raise InputError("\"text\" must be a string")
    options = dict(defaults)
    for key in ("country", "phone", "accept_language", "email"):
        if item.get(key) is not None:
            if not isinstance(item[key], str):
                raise InputError(f"\"{key}\" must be a string")
            options[key] = item[key]
    result = toolkit.detect(text, **options)
    out = result.to_dict()
    if "id" in item:
        out = {"id": item["id"], **{k: v for k, v in out.items() if k != "id"}}
    return out
