"""``xborder detect``: a message's language and region, with evidence.

One text (``TEXT``, or ``-`` for stdin) prints a summary, or one JSON object
with ``--json``. ``--jsonl [FILE|-]`` streams: one JSON object per input line
(``text``, optional ``id``, ``country``, ``phone``, ``accept_language``,
``email``) gives one object per output line with ``id`` kept, in constant
memory. A bad line is reported on stderr with its line number and skipped;
with ``--strict`` it stops the run (exit 2).
"""
from __future__ import annotations

import click

from .jsonl import message_options, parse_line, stream, text_or_stream, with_id
from .main import emit_json, pass_state


@click.command()
@message_options
@pass_state
def detect(state, text, as_json, jsonl, country, phone, accept_language, email, strict):
    """Detect the language and region of TEXT (or of each line with --jsonl)."""
    signals = {"country": country, "phone": phone, "accept_language": accept_language, "email": email}
    text = text_or_stream(text, jsonl, lambda: _stream(state.toolkit, jsonl, signals, strict or state.strict))
    if text is None:
        return
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
            head += f", script {result.script}" + (" (romanized)" if result.romanized else "")
    lines = [head]
    if result.alternatives:
        lines.append("  alternatives: " + ", ".join(f"{a['language']} {a['confidence']:.2f}"
                                                     for a in result.alternatives))
    lines.extend(f"  - {line}" for line in result.evidence)
    return "\n".join(lines)


def _stream(toolkit, source: str, defaults: dict, strict: bool) -> None:
    def handle(raw: bytes) -> dict:
        item, text, signals = parse_line(raw, defaults)
        return with_id(item, toolkit.detect(text, **signals).to_dict())

    stream(source, handle, strict=strict, label="detect")
