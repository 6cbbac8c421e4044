"""``xborder translate``: machine-translate a text with customer data redacted."""
from __future__ import annotations

import click

from .main import emit_json, pass_state
from .params import echo_flags


@click.command()
@click.argument("text")
@click.option("--to", "target", required=True, metavar="LOCALE", help="Target locale (de, pt-BR, zh-TW…).")
@click.option("--from", "source", default="auto", show_default=True, metavar="LOCALE",
              help="Source locale; 'auto' detects it on this machine.")
@click.option("--provider", help="Provider for this call (google, deepl, microsoft, libre, mymemory, none); "
                                 "default: $XBORDER_TRANSLATOR or xborder.toml.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_state
@click.pass_context
def translate(ctx, state, text, target, source, provider, as_json):
    """Translate TEXT (- reads stdin) into LOCALE.

    E-mails, phone and card numbers, IBANs, order and tracking numbers and URLs
    are replaced by placeholders before anything is sent, and restored after.
    When the provider fails (or none is configured) the original text is printed,
    a flag says why, and the exit status is 1.
    """
    if text == "-":
        with click.open_file("-", "r", encoding="utf-8") as stream:
            text = stream.read()
    options = {"provider": provider} if provider else {}
    result = state.toolkit.translate(text, to=target, source=source, **options)
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(result.text, nl=not result.text.endswith("\n"))
        echo_flags(result.flags)
    if any(flag.severity == "error" for flag in result.flags):
        ctx.exit(1)
