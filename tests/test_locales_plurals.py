"""Plural headers across CLDR versions, and writing commands that leave what is current alone.

A catalog written for an older or newer CLDR passes `locales check` when its forms
map onto a known formula; only a real mismatch is an error. `update` with nothing
to change leaves files byte-identical, and nothing is ever written into an
installed package.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from test_locales_workflow import _copy_data, _snapshot

from xborder.datadirs import DataDirs, bundled_root
from xborder.errors import InputError
from xborder.l10n import plurals
from xborder.l10n.plurals import Formula, matching_formula

BUNDLED = bundled_root()
ES_CLDR46 = (2, "(n != 1)")
ES_CLDR47 = (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)")


@pytest.mark.parametrize("nplurals,expr", [
    ES_CLDR46, ES_CLDR47,
    (3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)"),
    (3, "n == 1 ? 0 : (n != 0 && n % 1000000 == 0) ? 1 : 2"),  # same rule, other spelling
])
def test_spanish_headers_of_either_cldr_pass(nplurals, expr):
    assert matching_formula("es", nplurals, expr) is not None


@pytest.mark.parametrize("language,nplurals,expr", [
    ("es", 1, "0"),                       # no singular at all
    ("es", 2, "(n > 1)"),                 # 0 grouped with 1: French's rule, not Spanish
    ("es", 3, "(n == 1 ? 0 : n == 2 ? 1 : 2)"),
    ("de", 3, "(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)"),  # German has no 'many'
    ("tr", 2, "(n > 1)"),
    ("ru", 2, "(n != 1)"),
])
def test_real_mismatches_are_not_accepted(language, nplurals, expr):
    assert matching_formula(language, nplurals, expr) is None


def test_a_newer_cldr_catalog_passes_under_an_older_babel(monkeypatch):
    """Under Babel 2.18 (CLDR 46: es has 2 forms) the shipped 3-form catalogs still pass."""
    import babel.messages.plurals as babel_plurals

    monkeypatch.setitem(babel_plurals.PLURALS, "es", ES_CLDR46)
    assert next(plurals.known_formulas("es")) == Formula(*ES_CLDR46)
    assert matching_formula("es", *ES_CLDR47) is not None
    assert matching_formula("es", 3, "(n == 1 ? 0 : n == 2 ? 1 : 2)") is None


def test_reordered_forms_still_match():
    """GNU gettext's Arabic header numbers 'many' and 'other' the other way round from CLDR's."""
    gnu = "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)"
    assert matching_formula("ar", 6, gnu) is not None


def _catalog_with_header(tmp_path: Path, locale: str, header: str) -> Path:
    root = tmp_path / "data"
    folder = root / "locales" / locale / "LC_MESSAGES"
    folder.mkdir(parents=True)
    source = BUNDLED / "locales" / locale / "LC_MESSAGES" / "xborder.po"
    text = source.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith('"Plural-Forms:'))
    end = start
    while not lines[end].endswith('\\n"'):
        end += 1
    lines[start:end + 1] = [f'"Plural-Forms: {header}\\n"']
    (folder / "xborder.po").write_text("\n".join(lines), encoding="utf-8")
    return root


def test_check_reports_a_real_mismatch_with_the_fix(tmp_path, run):
    root = _catalog_with_header(tmp_path, "es", "nplurals=3; plural=(n == 1 ? 0 : n == 2 ? 1 : 2);")
    result = run("--data-dir", str(root), "locales", "check", "es")
    assert result.exit_code == 1
    assert "plural_forms" in result.stdout and "groups n=" in result.stdout
    assert next(plurals.known_formulas("es")).header in result.stdout  # the header to write instead


def test_check_counts_forms_against_every_known_formula(tmp_path, run):
    root = _catalog_with_header(tmp_path, "tr", "nplurals=3; plural=(n == 1 ? 0 : n == 2 ? 1 : 2);")
    result = run("--data-dir", str(root), "locales", "check", "tr")
    current = next(plurals.known_formulas("tr")).nplurals  # 1 before CLDR 47, 2 since
    assert result.exit_code == 1 and f"catalog declares nplurals=3; tr has {current}" in result.stdout


# -- update leaves current files alone ------------------------------------------------------

def test_update_with_nothing_to_change_is_byte_identical(tmp_path, run):
    root = _copy_data(tmp_path, locales=("de", "es", "tr"))
    # Another Babel wrote these files: its version line alone is no change.
    for po in root.rglob("*.po"):
        text = po.read_text(encoding="utf-8")
        po.write_text(text.replace("Generated-By: Babel ", "Generated-By: Babel 0.9 was "), encoding="utf-8")
    before = _snapshot(root)
    for command in (["locales", "extract"], ["locales", "update"]):
        result = run("--data-dir", str(root), *command)
        assert result.exit_code == 0, result.stderr
        assert _snapshot(root) == before, command


def test_update_still_writes_a_real_change(tmp_path, run):
    root = _copy_data(tmp_path, locales=("de",))
    template = root / "templates" / "thanks_for_testing.txt"
    template.write_text("{% trans %}A sentence nobody has translated yet.{% endtrans %}\n", encoding="utf-8")
    assert run("--data-dir", str(root), "locales", "extract").exit_code == 0
    po = root / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
    before = po.read_bytes()
    assert run("--data-dir", str(root), "locales", "update").exit_code == 0
    assert po.read_bytes() != before and b"A sentence nobody has translated yet." in po.read_bytes()


# -- never into the installed package ----------------------------------------------------------

@pytest.fixture
def installed_package(tmp_path, monkeypatch) -> Path:
    """Bundled data that looks like a wheel's ``xborder/_data`` folder."""
    packaged = tmp_path / "site-packages" / "xborder" / "_data"
    for folder in ("templates", "culture_rules", "locales"):
        shutil.copytree(BUNDLED / folder, packaged / folder)
    monkeypatch.setattr("xborder.datadirs.bundled_root", lambda: packaged)
    return packaged


@pytest.mark.parametrize("command", [["update"], ["update", "de"], ["compile"], ["compile", "de"],
                                     ["extract"], ["init", "sv"]])
def test_writing_commands_refuse_the_installed_package(installed_package, run, command):
    before = _snapshot(installed_package / "locales")
    result = run("locales", *command)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "refusing to write into the installed package" in lines[0]
    assert "--data-dir" in lines[0] and "Traceback" not in result.stderr
    assert _snapshot(installed_package / "locales") == before


def test_the_library_refuses_too(installed_package):
    with pytest.raises(InputError, match="installed package"):
        DataDirs([]).writable_root()


def test_a_data_dir_is_written_even_over_an_installed_package(installed_package, tmp_path, run):
    own = tmp_path / "own"
    own.mkdir()
    result = run("--data-dir", str(own), "locales", "compile", "de")
    assert result.exit_code == 0, result.stderr
    assert (own / "locales" / "de" / "LC_MESSAGES" / "xborder.mo").is_file()
