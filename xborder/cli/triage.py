"""``xborder triage``: detection plus whether a message must go to a specialist, and why.

``TEXT`` (``-`` for stdin) prints a summary, or one JSON object with ``--json``.
``--jsonl [FILE|-]`` reads one JSON object per line (``text``, optional ``id``,
``country``, ``phone``, ``accept_language``, ``email``) and writes one object per
line with ``id`` kept. A bad line is reported with its line number and skipped;
``--strict`` stops at it (exit 2).
"""
from __future__ import annotations

import click

from .jsonl import message_options, parse_line, stream, text_or_stream, with_id
from .main import emit_json, pass_state


@click.command()
@message_options
@pass_state
def triage(state, text, as_json, jsonl, country, phone, accept_language, email, strict):
    """Triage TEXT: escalate or not, the reasons (legal_threat, consumer_authority, chargeback,
    privacy, safety, public_exposure), severity and evidence."""
    signals = {"country": country, "phone": phone, "accept_language": accept_language, "email": email}
    text = text_or_stream(text, jsonl, lambda: _stream(state.toolkit, jsonl, signals, strict or state.strict))
    if text is None:
        return
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
    def handle(raw: bytes) -> dict:
        item, text, signals = parse_line(raw, defaults)
        return with_id(item, toolkit.triage(text, **signals).to_dict())

    stream(source, handle, strict=strict, label="triage")
