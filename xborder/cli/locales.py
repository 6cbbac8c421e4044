"""``xborder locales``: extract, update, init, compile, stats, check and report catalogs.

All commands work on the bundled data and the ``--data-dir`` folders, and
write into the first ``--data-dir`` folder (else the bundled data). The
``translate`` subcommand lives in :mod:`xborder.cli.locales_translate` and is
imported only when invoked.
"""
from __future__ import annotations

import importlib
import importlib.util

import click

from .main import AppState, emit_json, pass_state

# name -> (module, attribute, one-line help): subcommands other modules provide, imported on use.
LAZY_COMMANDS: dict[str, tuple[str, str, str]] = {
    "translate": ("xborder.cli.locales_translate", "locales_translate",
                  "Machine-translate a catalog's untranslated messages."),
}


class LocalesGroup(click.Group):
    """A click group whose lazily registered subcommands are imported only when run."""

    def _lazy_available(self) -> list[str]:
        names = []
        for name, (module, _attr, _help) in LAZY_COMMANDS.items():
            try:
                if importlib.util.find_spec(module) is not None:
                    names.append(name)
            except (ImportError, ValueError):
                continue
        return names

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self._lazy_available()))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            module, attr, _help = LAZY_COMMANDS[name]
            try:
                loaded = importlib.import_module(module)
            except ModuleNotFoundError as exc:
                if exc.name == module:
                    return None  # click then reports "No such command"
                raise
            return getattr(loaded, attr)
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Help must not import the lazy subcommands: use their registered one-liners.
        limit = formatter.width - 6 - max(len(n) for n in self.list_commands(ctx))
        rows = []
        lazy = set(self._lazy_available())
        for name in self.list_commands(ctx):
            if name in lazy:
                rows.append((name, LAZY_COMMANDS[name][2]))
            else:
                command = self.commands[name]
                if not command.hidden:
                    rows.append((name, command.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LocalesGroup)
def locales():
    """Extract, update, check and compile locale catalogs (for localization staff).

    Works on the bundled data and any --data-dir folders (xborder --data-dir DIR
    locales ...); writes into the first --data-dir folder, else the bundled data.
    """


@locales.command()
@pass_state
def extract(state):
    """Extract template messages into locales/xborder.pot."""
    from ..l10n.workflow import extract as extract_messages, write_pot

    data = state.toolkit.data
    catalog = extract_messages(data)
    target = write_pot(data, catalog)
    click.echo(f"wrote {target} ({sum(1 for m in catalog if m.id)} messages)")


@locales.command()
@click.argument("locale_codes", nargs=-1, metavar="[LOCALE...]")
@pass_state
def update(state, locale_codes):
    """Merge the POT into catalogs; changed sources become fuzzy (previous msgid kept)."""
    from ..l10n.workflow import update_catalogs

    for result in update_catalogs(state.toolkit.data, locale_codes or None):
        click.echo(f"updated {result}")


@locales.command()
@click.argument("locale_code", metavar="LOCALE")
@pass_state
def init(state, locale_code):
    """Create a catalog for LOCALE with its CLDR plural header."""
    from ..l10n.workflow import init_catalog

    click.echo(f"created {init_catalog(state.toolkit.data, locale_code)}")


@locales.command("compile")
@click.argument("locale_codes", nargs=-1, metavar="[LOCALE...]")
@pass_state
def compile_command(state, locale_codes):
    """Compile catalogs to MO files (fuzzy entries left out)."""
    from ..l10n.workflow import compile_catalogs

    for target in compile_catalogs(state.toolkit.data, locale_codes or None):
        click.echo(f"compiled {target}")


@locales.command()
@click.argument("locale_codes", nargs=-1, metavar="[LOCALE...]")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_state
def stats(state, locale_codes, as_json):
    """Per locale: messages, translated, fuzzy, untranslated, words; per template: complete locales."""
    from ..l10n.stats import collect_stats

    result = collect_stats(state.toolkit, locale_codes or None)
    if as_json:
        emit_json(result.to_dict())
        return
    header = f"{'locale':<8} {'messages':>8} {'translated':>10} {'fuzzy':>5} {'untransl.':>9} {'words':>6} {'via chain':>9}  complete"
    click.echo(header)
    for row in result.locales:
        mark = "yes" if row.complete else "no"
        if row.marked_complete:
            mark += " (marked)"
        click.echo(f"{row.locale:<8} {row.messages:>8} {row.translated:>10} {row.fuzzy:>5} "
                   f"{row.untranslated:>9} {row.words:>6} {row.covered:>9}  {mark}")
    click.echo("")
    for tmpl in result.templates:
        info = tmpl.to_dict()
        other = [f"{loc} {st}" for loc, st in tmpl.status.items() if st != "complete"]
        click.echo(f"{tmpl.template}: complete in {', '.join(info['complete']) or 'none'}"
                   + (f"; {', '.join(other)}" if other else ""))


@locales.command()
@click.argument("locale_codes", nargs=-1, metavar="[LOCALE...]")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--only", "codes", multiple=True, metavar="CODE", help="Run only this check (repeatable).")
@click.pass_context
def check(ctx, locale_codes, as_json, codes):
    """Check catalogs: exit 1 when any error, 0 otherwise ('file:line: code: message' per finding)."""
    from ..l10n.checker import check_locales

    state = ctx.find_object(AppState)
    report = check_locales(state.toolkit, locale_codes or None, codes or None)
    if as_json:
        emit_json(report.to_dict())
    else:
        for finding in report.findings:
            click.echo(str(finding))
        click.echo(f"{len(report.locales)} catalog(s) checked: {len(report.errors)} error(s), "
                   f"{len(report.warnings)} warning(s)", err=True)
    if report.errors:
        ctx.exit(1)


@locales.command()
@click.option("--html", "html_path", required=True, metavar="FILE", type=click.Path(dir_okay=False),
              help="Write the report to FILE (one self-contained HTML page).")
@click.argument("locale_codes", nargs=-1, metavar="[LOCALE...]")
@pass_state
def report(state, html_path, locale_codes):
    """A coverage report for reviewers: templates x locales, rendered replies and findings."""
    from pathlib import Path

    from ..l10n.report import build_report, render_html
    from ..l10n.workflow import atomic_write

    target = Path(html_path)
    try:  # fail before the (slower) checks and renders, not after
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from ..errors import InputError

        raise InputError(f"--html {html_path}: cannot create the folder: {exc.strerror or exc}") from None
    data = build_report(state.toolkit, locale_codes or None)
    atomic_write(target, render_html(data).encode("utf-8"))
    click.echo(f"wrote {target} ({len(data.templates)} templates x {len(data.locales)} locales)")
