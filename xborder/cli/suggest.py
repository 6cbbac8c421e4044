"""``xborder suggest``: a filled, checked reply for a customer's message.

Detects, triages and classifies TEXT (``-`` for stdin), chooses the template for the
intent (the escalation template when triage escalates), fills its variables from the
message, ``--order FILE`` and ``--store FILE`` (docs/suggest.md), and renders it in
the customer's locale with every check. Without ``--json``: the reply text on stdout,
what is missing and the flags on stderr.
"""
from __future__ import annotations

import sys

import click

from .main import emit_json, pass_state
from .params import echo_flags


@click.command()
@click.argument("text")
@click.option("--order", "order_file", metavar="FILE", help="Order context (JSON, see docs/suggest.md).")
@click.option("--store", "store_file", metavar="FILE", help="Store profile (JSON or YAML, see docs/suggest.md).")
@click.option("--region", help="Customer region (ISO 3166: MX, US-CA); overrides detection.")
@click.option("--intent", help="Use this intent instead of the classified one.")
@click.option("--now", help="Render as of this instant (ISO 8601 with offset).")
@click.option("--voice", type=click.Choice(["formal", "informal"]),
              help="Brand voice; default: the store's voice for the locale, else the market's (docs/voice.md).")
@click.option("--json", "as_json", is_flag=True, help="Print the whole suggestion as JSON.")
@pass_state
def suggest(state, text, order_file, store_file, region, intent, now, voice, as_json):
    """Suggest a reply to TEXT: intent, template, variables filled, checked reply."""
    if text == "-":
        text = sys.stdin.read()
    result = state.toolkit.suggest(text, order=order_file, store=store_file, region=region, intent=intent, now=now,
                                   voice=voice)
    if as_json:
        emit_json(result.to_dict())
        return
    head = f"intent {result.intent.intent} ({result.intent.confidence:.2f}) -> template {result.template or '-'}"
    if result.triage.escalate:
        head += f"; ESCALATE: {', '.join(result.triage.reasons)}"
    click.echo(head, err=True)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    for flag in result.flags:
        click.echo(f"{flag['severity']} {flag['code']}: {flag['message']}", err=True)
    if result.missing_variables:
        click.echo(f"missing (example values shown): {', '.join(result.missing_variables)}", err=True)
    if result.reply is not None:
        click.echo(result.reply.text, nl=False)
        echo_flags(result.reply.flags)
