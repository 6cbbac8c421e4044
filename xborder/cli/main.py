"""``xborder`` entry point: a lazy group, shared options, and one-line errors (exit 2)."""
from __future__ import annotations

import importlib
import json
import sys
from typing import Any

import click

from ..version import __version__
from ..errors import XborderError, one_line

# name -> (module, attribute, one-line help). Subcommands import on first use.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "reply": ("xborder.cli.reply", "reply", "Render a reply template in the customer's language."),
    "templates": ("xborder.cli.templates", "templates", "List reply templates, their variables and locales."),
    "detect": ("xborder.cli.detect", "detect", "Detect a message's language and region."),
    "triage": ("xborder.cli.triage", "triage", "Detect, and flag messages to escalate."),
    "classify": ("xborder.cli.classify", "classify", "Classify what a customer's message needs (intent, entities)."),
    "suggest": ("xborder.cli.suggest", "suggest", "Suggest a filled, checked reply for a customer's message."),
    "lint": ("xborder.cli.lint", "lint", "Check a reply against cultural-sensitivity rules."),
    "policy": ("xborder.cli.policy", "policy", "Statutory return, warranty and privacy facts by region."),
    "time": ("xborder.cli.time", "time_command", "Customer local time, weekend, holidays, business hours, SLA."),
    "translate": ("xborder.cli.translate", "translate", "Machine-translate text with customer data redacted."),
    "locales": ("xborder.cli.locales", "locales", "Extract, update, check and compile locale catalogs."),
    "serve": ("xborder.cli.serve", "serve", "Run the HTTP API, helpdesk webhooks and agent console."),
    "batch": ("xborder.cli.batch", "batch", "Annotate a whole helpdesk export (CSV, JSONL, Parquet) on all cores."),
    "report": ("xborder.cli.batch", "report", "Draw the trend report (HTML) from an annotated export."),
}


class CliError(click.ClickException):
    """An XborderError shown as one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {one_line(self.format_message())}", err=True)


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Listing help must not import every subcommand: use the registry's one-liners.
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][2]) for name in sorted(COMMANDS)])

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except XborderError as exc:
            raise CliError(str(exc)) from None


class AppState:
    """What subcommands share: the data folders and strictness, and a lazily built Toolkit."""

    def __init__(self, data_dirs: tuple[str, ...], strict: bool) -> None:
        self.data_dirs = data_dirs
        self.strict = strict
        self._toolkit = None

    @property
    def toolkit(self):
        if self._toolkit is None:
            from ..toolkit import Toolkit

            self._toolkit = Toolkit(list(self.data_dirs) if self.data_dirs else None, strict=self.strict)
        return self._toolkit


pass_state = click.make_pass_decorator(AppState)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", "data_dirs", multiple=True, metavar="DIR",
              help="A data folder layered over the bundled data (repeatable; default: $XBORDER_DATA).")
@click.option("--strict", is_flag=True, help="Treat every fallback (locale, translation) as an error.")
@click.version_option(__version__, prog_name="xborder")
@click.pass_context
def cli(ctx: click.Context, data_dirs: tuple[str, ...], strict: bool) -> None:
    """Cross-border, multilingual customer support: detect, reply, lint, advise."""
    ctx.obj = AppState(data_dirs, strict)


def emit_json(value: Any) -> None:
    """Print one JSON document (UTF-8, not ASCII-escaped)."""
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def emit_jsonl(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str))


# Commands that answer once and exit. Loading their models and rules allocates a few hundred
# thousand lasting objects, and the cyclic collector, run every 700 allocations, went over them
# again and again: a tenth of a cold ``xborder suggest``'s CPU. For these the young generation's
# threshold is raised (cycles are still collected, every 100,000 allocations); long-running
# commands (serve, batch, ``--jsonl`` streams) keep the collector as it is.
ONE_SHOT = frozenset({"reply", "templates", "detect", "triage", "classify", "suggest", "lint", "policy", "time"})
ONE_SHOT_GC_THRESHOLD = 100_000


def _one_shot(argv: list[str]) -> bool:
    """Whether ``argv`` (without the program) runs a one-shot command (not a ``--jsonl`` stream)."""
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 2 if argv[i] == "--data-dir" else 1
    return i < len(argv) and argv[i] in ONE_SHOT and not any(a == "--jsonl" or a.startswith("--jsonl=")
                                                             for a in argv[i + 1:])


def main() -> None:
    if _one_shot(sys.argv[1:]):
        import gc

        gc.set_threshold(ONE_SHOT_GC_THRESHOLD, *gc.get_threshold()[1:])
    cli(prog_name="xborder")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
