"""``xborder batch IN --out OUT`` and ``xborder report OUT --html FILE``: whole helpdesk exports.

Thin: options in, :func:`xborder.batch.run_batch` / :mod:`xborder.batch.report` do the work.
Needs the ``batch`` extra; without it, one line says how to install it (exit 2).
"""
from __future__ import annotations

import json
import sys

import click

from ..errors import InputError
from .main import pass_state

_FIELDS = (("text", "the customer's message"), ("id", "the ticket id"), ("created", "when the ticket was opened"),
           ("first-reply", "when the first reply was sent"),
           ("first-reply-minutes", "minutes from opening to the first reply (instead of --first-reply-col)"),
           ("country", "the customer's country (ISO 3166)"), ("phone", "the customer's phone number"),
           ("language", "the customer's language or Accept-Language"),
           ("email", "the customer's e-mail address"))


def _column_options(command):
    for name, what in reversed(_FIELDS):
        command = click.option(f"--{name}-col", f"col_{name.replace('-', '_')}", metavar="COLUMN",
                               help=f"Column holding {what}; a.b reads into nested JSON.")(command)
    return command


def _need_extra() -> None:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise InputError("xborder batch needs the batch extra: pip install 'xborder[batch]'") from None


@click.command()
@click.argument("source", metavar="IN", type=click.Path(dir_okay=False))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Annotated output; .csv, .jsonl or .parquet says the format.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes here; dask: a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler (tcp://host:8786); "
                                                     "default: a local cluster of --jobs workers.")
@click.option("--report", "report", type=click.Path(dir_okay=False), metavar="FILE.html",
              help="Also write the trend report.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run of the same command.")
@click.option("--preset", type=click.Choice(["zendesk", "freshdesk", "zammad", "chatwoot"]),
              help="Column names of a helpdesk's export.")
@_column_options
@click.option("--sla", "sla_hours", type=float, default=24.0, show_default=True,
              help="First-reply SLA in business hours.")
@click.option("--business-hours", metavar="SPEC|FILE.yaml",
              help="The team's hours (as in `xborder time`); default: the customer's own 09:00-18:00 "
                   "on their country's working days.")
@click.option("--format", "input_format", type=click.Choice(["csv", "jsonl", "parquet"]),
              help="IN's format when its suffix does not say.")
@click.option("--encoding", help="IN's text encoding (default: from its BOM, else UTF-8, else Windows-1252).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Rows per batch (and per resume step); default: 1000, fewer for a small input "
                   "(at least 64 batches of at least 100 rows).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
@pass_state
def batch(state, source, out, jobs, engine, scheduler, report, resume, preset, sla_hours, business_hours,
          input_format, encoding, batch_size, progress, as_json, **cols):
    """Annotate every row of a helpdesk export (CSV, JSONL, Parquet) with language, region, intent,
    escalation and reasons, the customer's local time and the SLA in their business hours."""
    _need_extra()
    from ..batch.report import ReportData, write_report
    from ..batch.runner import Interrupted, run_batch

    columns = {name[4:]: value for name, value in cols.items() if value}
    counter = ReportData(id_column=None) if report else None

    def count(batch_):
        counter.add(batch_)
    try:
        summary = run_batch(source, out, columns=columns, preset=preset, sla_hours=sla_hours,
                            business_hours=business_hours,
                            data_dirs=list(state.data_dirs) if state.data_dirs else None, jobs=jobs,
                            engine=engine, scheduler=scheduler, resume=resume, batch_size=batch_size,
                            input_format=input_format, encoding=encoding, progress=progress,
                            on_shard=count if counter is not None else None,
                            on_columns=(lambda c: setattr(counter, "id_column", c.id)) if counter else None)
    except Interrupted as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(130)
    for note in summary.notes:
        click.echo(f"warning: {note}", err=True)
    if summary.errors:
        click.echo(f"warning: {summary.errors} of {summary.rows} rows have xb_error (kept in {out})", err=True)
    if counter is not None:
        write_report(counter, report)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    elif sys.stderr.isatty():
        click.echo(f"{summary.rows} rows -> {out}" + (f", report {report}" if report else ""), err=True)


@click.command()
@click.argument("annotated", metavar="OUT", type=click.Path(dir_okay=False))
@click.option("--html", "html", required=True, type=click.Path(dir_okay=False), metavar="FILE.html",
              help="Where to write the page.")
@click.option("--id-col", metavar="COLUMN", help="Ticket id column (default: the one xborder batch used).")
@click.option("--title", default="Support trends", show_default=True)
def report(annotated, html, id_col, title):
    """Draw the trend report from an annotated export (xborder batch's output)."""
    _need_extra()
    from ..batch.report import report_from_file, write_report

    write_report(report_from_file(annotated, id_col), html, title=title)
