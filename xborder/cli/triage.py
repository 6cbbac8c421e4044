"""``xborder triage``: detection plus whether a message must go to a specialist, and why.

``TEXT`` (``-`` for stdin) prints a summary, or one JSON object with ``--json``.
``--jsonl [FILE|-]`` reads one JSON object per line (``text``, optional ``id``,
``country``, ``phone``, ``accept_language``, ``email``) and writes one object per
line with ``id`` kept. A bad line is reported with its line number and skipped;
``--strict`` stops at it (exit 2).
"""
from __future__ import annotations

import json
import sys

import click

from ..errors import InputError, XborderError
from .main import emit_json, emit_jsonl, pass_state

_LINE_KEYS = ("text", "id", "country", "phone", "accept_language", "email")


@click.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.option("--jsonl", "jsonl", is_flag=False, flag_value="-", default=None, metavar="[FILE|-]",
              help="Read JSON lines ({\"text\", \"id\", \"country\", …}) from FILE or stdin; one object per line out.")
@click.option("--country", help="Country the support system knows (ISO 3166).")
@click.option("--phone", help="Customer phone number with country code.")
@click.option("--accept-language", help="The customer's Accept-Language header.")
@click.option("--email", help="Customer e-mail address.")
@click.option("--strict", is_flag=True, help="With --jsonl: stop at the first bad line (exit 2).")
@pass_state
def triage(state, text, as_json, jsonl, country, phone, accept_language, email, strict):
    """Triage TEXT: escalate or not, the reasons (legal_threat, consumer_authority, chargeback,
    privacy, safety, public_exposure), severity and evidence."""
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
    result = state.toolkit.triage(text, **signals)
    if as_json:
        emit_json(result.to_dict())
        return
    data = result.to_dict()
    if result.escalate:
        click.echo(f"ESCALATE ({result.severity}): {', '.join(result.reasons)}")
        for hit in result.hits:
            click.echo(f"  - {hit.describe()}")
    else:
        click.echo("no escalation")
    click.echo(f"language {data.get('language') or '-'}, region {data.get('region') or '-'}")


def _stream(toolkit, source: str, defaults: dict, strict: bool) -> None:
    name = "<stdin>" if source == "-" else source
    try:
        handle = (sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin) if source == "-" \
            else open(source, "rb")
    except OSError as exc:
        raise InputError(f"--jsonl: cannot read '{source}': {exc.strerror}") from None
    skipped = 0
    with handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                emit_jsonl(_triage_line(toolkit, raw, defaults))
            except XborderError as exc:
                message = f"{name}:{number}: {exc}"
                if strict:
                    raise InputError(message) from None
                skipped += 1
                click.echo(f"error: {message} (line skipped)", err=True)
    if skipped:
        click.echo(f"warning: {skipped} line{'s' if skipped > 1 else ''} skipped", err=True)


def _triage_line(toolkit, raw: bytes, defaults: dict) -> dict:
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
    unknown = sorted(set(item) - set(_LINE_KEYS))
    if unknown:
        raise InputError(f"unknown key(s) {', '.join(unknown)} (allowed: {', '.join(_LINE_KEYS)})")
    text = item.get("text")
    if not isinstance(text, str):
        raise InputError("\"text\" must be a string")
    signals = {k: item.get(k, defaults.get(k)) for k in ("country", "phone", "accept_language", "email")}
    for key, value in signals.items():
        if value is not None and not isinstance(value, str):
            raise InputError(f"\"{key}\" must be a string")
    out = toolkit.triage(text, **signals).to_dict()
    out.pop("id", None)
    if "id" in item:
        out = {"id": item["id"], **out}
    return out
