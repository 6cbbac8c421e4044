"""The `xborder locales` group: help, the lazy `translate` subcommand, stats."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import click
import pytest

from xborder.cli import locales as locales_cli

SUBCOMMANDS = ["extract", "update", "init", "compile", "stats", "check", "report"]


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_help_of_every_subcommand(run, name):
    result = run("locales", name, "--help")
    assert result.exit_code == 0 and "Usage: " in result.stdout


def test_group_help_lists_the_commands(run):
    result = run("locales", "--help")
    assert result.exit_code == 0
    for name in SUBCOMMANDS:
        assert f"  {name} " in result.stdout


def test_help_does_not_import_the_translate_module():
    code = textwrap.dedent("""
        import sys
        from click.testing import CliRunner
        from xborder.cli.main import cli
        result = CliRunner().invoke(cli, ["locales", "--help"])
        assert result.exit_code == 0, result.output
        print("xborder.cli.locales_translate" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_missing_translate_module_gives_no_such_command(run, monkeypatch):
    monkeypatch.setitem(locales_cli.LAZY_COMMANDS, "translate",
                        ("xborder.cli.no_such_module_for_tests", "locales_translate", "Translate."))
    result = run("locales", "translate", "de")
    assert result.exit_code == 2 and "No such command 'translate'" in result.stderr
    assert "  translate " not in run("locales", "--help").stdout


def test_translate_is_imported_when_invoked(run, monkeypatch, tmp_path):
    module = tmp_path / "fake_locales_translate.py"
    module.write_text(textwrap.dedent("""
        import click

        @click.command()
        @click.argument("locale")
        @click.option("--provider", default="none")
        def locales_translate(locale, provider):
            '''Machine-translate (test double).'''
            click.echo(f"translating {locale} with {provider}")
    """), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(locales_cli.LAZY_COMMANDS, "translate",
                        ("fake_locales_translate", "locales_translate", "Machine-translate a catalog."))
    monkeypatch.delitem(sys.modules, "fake_locales_translate", raising=False)
    help_text = run("locales", "--help").stdout
    assert "translate  Machine-translate a catalog." in help_text
    assert "fake_locales_translate" not in sys.modules
    result = run("locales", "translate", "de", "--provider", "libre")
    assert result.exit_code == 0 and result.stdout.strip() == "translating de with libre"
    assert isinstance(locales_cli.locales.get_command(click.Context(locales_cli.locales), "translate"),
                      click.Command)


def test_stats_json(run):
    result = run("locales", "stats", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    rows = {row["locale"]: row for row in data["locales"]}
    assert len(rows) == 21
    for row in rows.values():
        assert row["messages"] == row["translated"] + row["fuzzy"] + row["untranslated"]
        assert row["words"] >= row["translated_words"] > 0
    mx = rows["es-MX"]
    assert 0 < mx["translated"] < mx["messages"] and mx["complete"] and mx["fallback_chain"] == ["es"]
    assert mx["covered_through_fallback"] == mx["messages"]
    templates = {t["template"]: t for t in data["templates"]}
    assert "order_delayed" in templates and "de" in templates["order_delayed"]["complete"]


def test_stats_text_and_a_selection(run):
    result = run("locales", "stats", "de", "es_MX")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["locale", "messages", "translated"]
    assert lines[1].startswith("de ") and lines[2].startswith("es-MX ")
    assert "order_delayed: complete in" in result.stdout


def test_stats_counts_fuzzy_and_untranslated(tmp_path, run):
    folder = tmp_path / "locales" / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "xborder.po").write_text(textwrap.dedent('''\
        msgid ""
        msgstr ""
        "Language: de\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"

        msgid "Kind regards,"
        msgstr "Mit freundlichen Grüßen"

        #, fuzzy
        msgid "Thank you for shopping with us."
        msgstr "Danke."

        msgid "If you have any questions, just reply to this message."
        msgstr ""
        '''), encoding="utf-8")
    data = json.loads(run("--data-dir", str(tmp_path), "locales", "stats", "de", "--json").stdout)
    [row] = data["locales"]
    assert (row["messages"], row["translated"], row["fuzzy"], row["untranslated"]) == (3, 1, 1, 1)
    assert (row["words"], row["translated_words"]) == (2 + 6 + 10, 2)
