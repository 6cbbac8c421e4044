"""extract / update / init / compile on a copy of the data, the runtime PO-over-MO rule,
and bad input: one-line errors, exit 2, nothing written half-way."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.datadirs import bundled_root
from xborder.errors import DataError, LocaleError
from xborder.i18n.catalogs import load_messages
from xborder.l10n.po import read_catalog
from xborder.l10n.workflow import atomic_write, extract

BAD = Path(__file__).parent / "data" / "locales" / "bad"
BUNDLED = bundled_root()


def _copy_data(tmp_path: Path, locales=("de", "es", "es_MX")) -> Path:
    """A user data folder with the templates, the POT and some catalogs."""
    root = tmp_path / "data"
    shutil.copytree(BUNDLED / "templates", root / "templates")
    (root / "locales").mkdir(parents=True)
    shutil.copy(BUNDLED / "locales" / "xborder.pot", root / "locales" / "xborder.pot")
    for loc in locales:
        shutil.copytree(BUNDLED / "locales" / loc, root / "locales" / loc)
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _one_line_error(result, *needles):
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# -- extract -------------------------------------------------------------------------------

def test_extract_matches_the_shipped_pot(toolkit):
    pot = read_catalog(BUNDLED / "locales" / "xborder.pot", template=True).catalog
    fresh = extract(toolkit.data)
    assert [m.id for m in fresh if m.id] == [m.id for m in pot if m.id]
    assert all("python-format" in m.flags for m in fresh if m.id and "%(" in str(m.id))


def test_extract_keeps_the_creation_date_when_nothing_changed(tmp_path, run):
    root = _copy_data(tmp_path, locales=())
    assert run("--data-dir", str(root), "locales", "extract").exit_code == 0
    first = (root / "locales" / "xborder.pot").read_bytes()
    assert first == (BUNDLED / "locales" / "xborder.pot").read_bytes()  # the shipped POT is current
    assert run("--data-dir", str(root), "locales", "extract").exit_code == 0
    assert (root / "locales" / "xborder.pot").read_bytes() == first


def test_extract_fails_on_a_template_that_does_not_parse(tmp_path, run):
    root = _copy_data(tmp_path, locales=())
    before = _snapshot(root)
    path = root / "templates" / "wrong_item.txt"
    path.write_text("{% trans %}Hello\n\n{% if x %}\n", encoding="utf-8")
    before[("templates/wrong_item.txt")] = path.read_bytes()
    _one_line_error(run("--data-dir", str(root), "locales", "extract"), f"{path}:", "template syntax error")
    assert _snapshot(root) == before


# -- update: exactly the changed messages become fuzzy -----------------------------------

def test_extract_then_update_marks_exactly_the_changed_messages_fuzzy(tmp_path, run):
    root = _copy_data(tmp_path)
    template = root / "templates" / "order_delayed.txt"
    source = template.read_text(encoding="utf-8")
    old = "The new estimated delivery date is {{ delivery_date }}."
    assert old in source
    template.write_text(source.replace(old, "Your new estimated delivery date is {{ delivery_date }}."),
                        encoding="utf-8")
    before = {tag: read_catalog(root / "locales" / tag / "LC_MESSAGES" / "xborder.po", tag.replace("_", "-"))
              for tag in ("de", "es")}

    assert run("--data-dir", str(root), "locales", "extract").exit_code == 0
    result = run("--data-dir", str(root), "locales", "update")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("updated ") == 3  # de, es, es_MX: the catalogs of the data folder
    assert f"updated {root / 'locales' / 'de' / 'LC_MESSAGES' / 'xborder.po'}: 0 new, 1 fuzzy, 0 obsolete" \
        in result.stdout.splitlines()

    for tag, old_po in before.items():
        new_po = read_catalog(root / "locales" / tag / "LC_MESSAGES" / "xborder.po", tag)
        fuzzy = [m for m in new_po.messages() if m.fuzzy]
        assert [m.id for m in fuzzy] == ["Your new estimated delivery date is %(delivery_date)s."]
        assert fuzzy[0].previous_id == ["The new estimated delivery date is %(delivery_date)s."]
        assert fuzzy[0].string == old_po.catalog.get("The new estimated delivery date is %(delivery_date)s.").string
        # Every other translation is kept as it was.
        old_strings = {(m.id, m.context): m.string for m in old_po.messages()}  # informal variants too
        for message in new_po.messages():
            if not message.fuzzy:
                assert old_strings[(message.id, message.context)] == message.string
        text = new_po.path.read_text(encoding="utf-8")
        assert '#| msgid "The new estimated delivery date is %(delivery_date)s."' in text
    # A second update keeps the previous msgid while the entry is still fuzzy.
    assert run("--data-dir", str(root), "locales", "update", "de").exit_code == 0
    again = read_catalog(root / "locales" / "de" / "LC_MESSAGES" / "xborder.po", "de")
    [still] = [m for m in again.messages() if m.fuzzy]
    assert still.previous_id == ["The new estimated delivery date is %(delivery_date)s."]
    assert "# | msgid" not in again.path.read_text(encoding="utf-8")
    # Bundled catalogs were not touched or copied.
    assert sorted(p.name for p in (root / "locales").iterdir()) == ["de", "es", "es_MX", "xborder.pot"]


def test_update_names_a_bundled_locale_to_override_it(tmp_path, run):
    root = _copy_data(tmp_path, locales=())
    result = run("--data-dir", str(root), "locales", "update", "fr")
    assert result.exit_code == 0, result.stderr
    copy = root / "locales" / "fr" / "LC_MESSAGES" / "xborder.po"
    assert copy.exists() and read_catalog(copy, "fr").catalog.get("Kind regards,").string


def test_update_without_catalogs_in_the_data_folder(tmp_path, run):
    root = _copy_data(tmp_path, locales=())
    _one_line_error(run("--data-dir", str(root), "locales", "update"), "no catalogs in")


# -- init ----------------------------------------------------------------------------------

@pytest.mark.parametrize("code, nplurals", [("sv", 2), ("uk", 3), ("ar_EG", 6), ("th", 1)])
def test_init_writes_the_cldr_plural_header(tmp_path, run, code, nplurals):
    root = _copy_data(tmp_path, locales=())
    result = run("--data-dir", str(root), "locales", "init", code)
    assert result.exit_code == 0, result.stderr
    path = root / "locales" / code / "LC_MESSAGES" / "xborder.po"
    po = read_catalog(path)
    assert po.num_plurals == nplurals
    pot = read_catalog(BUNDLED / "locales" / "xborder.pot", template=True)
    assert len(po.messages()) == len(pot.messages()) and not any(m.string for m in po.messages() if not m.pluralizable)
    assert oct(path.stat().st_mode & 0o777) == "0o644"


def test_init_refuses_an_existing_catalog_and_unknown_codes(tmp_path, run):
    root = _copy_data(tmp_path, locales=())
    _one_line_error(run("--data-dir", str(root), "locales", "init", "de"), "already exists")
    _one_line_error(run("--data-dir", str(root), "locales", "init", "qq-ZZ"), "unknown locale")
    _one_line_error(run("--data-dir", str(root), "locales", "init", "not a code"), "malformed locale")
    assert sorted(p.name for p in (root / "locales").iterdir()) == ["xborder.pot"]


# -- compile and the runtime PO-over-MO rule ----------------------------------------------

def test_compile_writes_mo_files_into_the_data_folder(tmp_path, run):
    root = _copy_data(tmp_path)
    result = run("--data-dir", str(root), "locales", "compile")
    assert result.exit_code == 0, result.stderr
    for tag in ("de", "es", "es_MX"):
        assert (root / "locales" / tag / "LC_MESSAGES" / "xborder.mo").stat().st_size > 0
    assert not (BUNDLED / "locales" / "de" / "LC_MESSAGES" / "xborder.mo").exists()


def test_po_newer_than_mo_is_used_directly(tmp_path, run):
    root = _copy_data(tmp_path, locales=("de",))
    assert run("--data-dir", str(root), "locales", "compile").exit_code == 0
    folder = root / "locales" / "de" / "LC_MESSAGES"
    po, mo = folder / "xborder.po", folder / "xborder.mo"
    assert load_messages("de", po, mo).path == mo  # fresh MO: the MO is read
    assert load_messages("de", po, mo).singular["Kind regards,"] == "Mit freundlichen Grüßen"

    text = po.read_text(encoding="utf-8").replace('msgstr "Mit freundlichen Grüßen"', 'msgstr "Viele Grüße"')
    po.write_text(text, encoding="utf-8")
    later = mo.stat().st_mtime + 5
    os.utime(po, (later, later))
    edited = load_messages("de", po, mo)
    assert edited.path == po and edited.singular["Kind regards,"] == "Viele Grüße"
    reply = Toolkit([root]).render("order_delayed", locale="de", context=Toolkit([root]).template(
        "order_delayed").examples())
    assert "Viele Grüße" in reply.text
    # Compiling again makes the MO current, and it carries the edit.
    time.sleep(0.01)
    assert run("--data-dir", str(root), "locales", "compile", "de").exit_code == 0
    os.utime(mo, (later + 5, later + 5))
    assert load_messages("de", po, mo).path == mo
    assert load_messages("de", po, mo).singular["Kind regards,"] == "Viele Grüße"


def test_compile_leaves_fuzzy_entries_out(tmp_path, run):
    root = _copy_data(tmp_path, locales=("de",))
    po = root / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
    text = po.read_text(encoding="utf-8").replace('msgid "Kind regards,"', '#, fuzzy\nmsgid "Kind regards,"')
    po.write_text(text, encoding="utf-8")
    assert run("--data-dir", str(root), "locales", "compile").exit_code == 0
    messages = load_messages("de", None, po.with_suffix(".mo"))
    assert "Kind regards," not in messages.singular and "Hello %(name)s," in messages.singular


# -- bad input ---------------------------------------------------------------------------

def _install(root: Path, fixture: str, tag: str = "de") -> Path:
    target = root / "locales" / tag / "LC_MESSAGES" / "xborder.po"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(BAD / fixture, target)
    return target


@pytest.mark.parametrize("command", [("check", "de"), ("stats", "de"), ("update", "de"), ("compile", "de")])
def test_po_syntax_error_gives_file_and_line(tmp_path, run, command):
    root = _copy_data(tmp_path, locales=())
    target = _install(root, "syntax_error.po")
    before = _snapshot(root)
    line = _one_line_error(run("--data-dir", str(root), "locales", *command), f"{target}:13: PO syntax error")
    assert "unterminated" in line
    assert _snapshot(root) == before


def test_catalog_without_plural_header(tmp_path, run):
    root = _copy_data(tmp_path, locales=())
    target = _install(root, "no_plural_header.po")
    before = _snapshot(root)
    for command in ("check", "update", "compile"):
        _one_line_error(run("--data-dir", str(root), "locales", command, "de"),
                        f"{target}:2: catalog has no Plural-Forms header",
                        "nplurals=2; plural=(n != 1);")
    assert _snapshot(root) == before


def test_catalog_with_an_unknown_language_header(tmp_path, run):
    root = _copy_data(tmp_path, locales=())
    target = _install(root, "unknown_language.po")
    _one_line_error(run("--data-dir", str(root), "locales", "check", "de"), f"{target}:4: Language header")


@pytest.mark.parametrize("fixture, where, needle", [
    ("glossary_unknown_key.yaml", ":5:1:", "unknown key 'forbiden' in glossary; did you mean forbidden?"),
    ("glossary_term_unknown_key.yaml", ":4:5:", "unknown key 'sevrity' in glossary term; did you mean severity?"),
])
def test_glossary_with_unknown_keys(tmp_path, run, fixture, where, needle):
    root = _copy_data(tmp_path, locales=())
    target = root / "locales" / "de" / "glossary.yaml"
    target.parent.mkdir(parents=True)
    shutil.copy(BAD / fixture, target)
    _one_line_error(run("--data-dir", str(root), "locales", "check", "de"), f"{target}{where}", needle)


@pytest.mark.parametrize("command", ["check", "stats", "update", "compile"])
def test_unknown_locale_codes(run, command):
    _one_line_error(run("locales", command, "qq"), "unknown locale 'qq'")
    _one_line_error(run("locales", command, "sv"), "no catalog for 'sv'")


def test_update_writes_nothing_when_one_catalog_is_broken(tmp_path, run):
    root = _copy_data(tmp_path, locales=("de",))
    # Edit a template so that update would change de, then break a second catalog.
    template = root / "templates" / "wrong_item.txt"
    template.write_text(template.read_text(encoding="utf-8").replace("{% trans", "{% trans", 1)
                        + "\n{% trans %}A brand-new sentence.{% endtrans %}\n", encoding="utf-8")
    assert run("--data-dir", str(root), "locales", "extract").exit_code == 0
    _install(root, "syntax_error.po", tag="fr")
    before = _snapshot(root)
    _one_line_error(run("--data-dir", str(root), "locales", "update"), "PO syntax error")
    assert _snapshot(root) == before


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "x.po"
    target.write_bytes(b"old")

    def broken(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(DataError, match="cannot write: disk full"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.po"]


def test_report_into_an_unwritable_place(tmp_path, run):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    _one_line_error(run("locales", "report", "--html", str(blocker / "report.html")), "cannot create the folder")


def test_library_errors_are_xborder_errors(tmp_path):
    root = _copy_data(tmp_path, locales=())
    _install(root, "no_plural_header.po")
    from xborder.l10n.checker import check_locales

    with pytest.raises(DataError):
        check_locales(Toolkit([root]), ["de"])
    with pytest.raises(LocaleError):
        check_locales(Toolkit([root]), ["zz"])


def test_translator_notes_reach_the_pot(tmp_path, run):
    root = _copy_data(tmp_path, locales=())
    path = root / "templates" / "wrong_item.txt"
    path.write_text(path.read_text(encoding="utf-8")
                    + "\n{# TRANSLATORS: 'store credit' is the store's voucher, not a bank credit. #}\n"
                      "{% trans %}We can also offer store credit.{% endtrans %}\n", encoding="utf-8")
    assert run("--data-dir", str(root), "locales", "extract").exit_code == 0
    pot = read_catalog(root / "locales" / "xborder.pot", template=True).catalog
    message = pot.get("We can also offer store credit.")
    assert message.auto_comments == ["'store credit' is the store's voucher, not a bank credit."]
