"""``xborder classify``: what a customer's message needs, with evidence and entities.

``TEXT`` (``-`` for stdin) prints a summary, or one JSON object with ``--json``.
``--jsonl [FILE|-]`` reads one JSON object per line (``text``, optional ``id``,
``region``, ``language``) and writes one object per line with ``id`` kept; a line that cannot be
read gives ``{"id": …, "error": "…"}`` (``--strict`` stops at it, exit 2).
"""
from __future__ import annotations

import json

import click

from ..errors import InputError, XborderError
from .jsonl import stream, text_or_stream, with_id
from .main import emit_json, pass_state


@click.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.option("--jsonl", "jsonl", is_flag=False, flag_value="-", default=None, metavar="[FILE|-]",
              help="Read JSON lines ({\"text\", \"id\", \"region\"}) from FILE or stdin; write one object per line.")
@click.option("--region", help="Customer region (ISO 3166), to read national phone numbers and a bare '$'.")
@click.option("--language", help="The message's language when known (ISO 639-1): other languages' cues count less.")
@click.option("--strict", is_flag=True, help="With --jsonl: stop at the first bad line (exit 2).")
@pass_state
def classify(state, text, as_json, jsonl, region, language, strict):
    """Classify TEXT into one of the 22 intents (or each line with --jsonl)."""
    text = text_or_stream(text, jsonl, lambda: _stream(state.toolkit, jsonl, region, language,
                                                       strict or state.strict))
    if text is None:
        return
    result = state.toolkit.classify(text, region=region, language=language)
    if as_json:
        emit_json(result.to_dict())
        return
    click.echo(f"{result.intent} ({result.confidence:.2f})")
    if result.alternatives:
        click.echo("  alternatives: " + ", ".join(f"{a['intent']} {a['confidence']:.2f}" for a in result.alternatives))
    for line in result.evidence:
        click.echo(f"  - {line}")
    for kind, items in result.entities.items():
        click.echo(f"  {kind}: " + ", ".join(str(i.get('id') or i.get('number') or i.get('text')) for i in items))


def _stream(toolkit, source: str, region: str | None, language: str | None, strict: bool) -> None:
    def handle(raw: bytes) -> dict:
        item: dict = {}
        try:
            item = json.loads(raw.decode("utf-8"))
            if not isinstance(item, dict):
                raise InputError("each line must be a JSON object with a \"text\"")
            unknown = sorted(set(item) - {"text", "id", "region", "language"})
            if unknown:
                raise InputError(f"unknown key(s) {', '.join(unknown)} (allowed: text, id, region, language)")
            if not isinstance(item.get("text"), str):
                raise InputError("missing \"text\" (a string)")
            for key in ("region", "language"):
                if item.get(key) is not None and not isinstance(item[key], str):
                    raise InputError(f"\"{key}\" must be a string")
            return with_id(item, toolkit.classify(item["text"], region=item.get("region") or region,
                                                  language=item.get("language") or language).to_dict())
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            if strict:
                raise InputError(f"not a JSON object: {exc}") from None
            return {"error": f"not a JSON object: {exc}"}
        except XborderError as exc:
            if strict:
                raise
            return with_id(item if isinstance(item, dict) else {}, {"error": str(exc)})

    stream(source, handle, strict=strict, label="classify")
