"""``xborder locales translate LOCALE``: machine drafts of a catalog's missing entries, marked fuzzy."""
from __future__ import annotations

import click

from .main import emit_json, pass_state


@click.command("translate")
@click.argument("locale")
@click.option("--provider", help="google, deepl, microsoft, libre or mymemory "
                                 "(default: $XBORDER_TRANSLATOR or xborder.toml).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_state
@click.pass_context
def locales_translate(ctx, state, locale, provider, as_json):
    """Fill LOCALE's untranslated messages with machine drafts, each marked fuzzy.

    Fuzzy entries never reach a customer: a reviewer checks each one and removes
    the flag. A comment on each entry names the provider. Writes into the first
    --data-dir folder (else the bundled data). Exit status 1 when some entries
    could not be translated (they stay empty).
    """
    from ..translate.catalog import draft_catalog

    options = {"provider": provider} if provider else {}
    report = draft_catalog(state.toolkit, locale, **options)
    if as_json:
        emit_json(report.to_dict())
    else:
        where = f" -> {report.path}" if report.drafted else ""
        click.echo(f"{report.locale}: {len(report.drafted)} drafted as fuzzy by {report.provider}, "
                   f"{len(report.failed)} failed, {report.already_translated} already translated{where}")
        for failure in report.failed:
            click.echo(f"warning machine_translation_failed: {failure.msgid[:60]!r}: "
                       f"{failure.reason}: {failure.message}", err=True)
    if report.failed:
        ctx.exit(1)
