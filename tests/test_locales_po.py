"""The strict PO reader: lines, plural forms as written, previous msgids, header checks."""
from __future__ import annotations

import pytest

from xborder.errors import DataError
from xborder.l10n.po import read_catalog

HEADER = 'msgid ""\nmsgstr ""\n"Language: pl\\n"\n"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : 1);\\n"\n\n'


def _po(tmp_path, body: str, header: str = HEADER, name: str = "x.po"):
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


def test_lines_and_forms_as_written(tmp_path):
    path = _po(tmp_path, 'msgid "a"\nmsgstr "A"\n\nmsgid "%(count)s day"\nmsgid_plural "%(count)s days"\n'
                         'msgstr[0] "x"\nmsgstr[1] "y"\n')
    po = read_catalog(path)
    assert po.tag == "pl" and po.num_plurals == 3 and po.header_line("Plural-Forms") == 4
    single, plural = po.messages()
    assert single.lineno == 6 and po.msgstr_line(single) == 7
    assert plural.lineno == 9 and po.msgstr_line(plural, 1) == 12
    assert po.forms_written[plural.lineno] == 2
    assert plural.string == ("x", "y", "")  # Babel pads; forms_written remembers


def test_previous_msgid_survives_reading(tmp_path):
    path = _po(tmp_path, '#, fuzzy\n#| msgid "Old "\n#| "text"\nmsgid "New text"\nmsgstr "Neu"\n\n'
                         '#~| msgid "Older"\n#~ msgid "Gone"\n#~ msgstr "Weg"\n')
    po = read_catalog(path)
    assert po.catalog.get("New text").previous_id == ["Old text"]
    assert po.catalog.get("New text").user_comments == []
    assert list(po.catalog.obsolete) == ["Gone"]


def test_several_strings_on_one_previous_msgid_line(tmp_path):
    """Babel 2.19's ``update`` writes '#| msgid "" "Old text …"': adjacent PO strings concatenate."""
    path = _po(tmp_path, '#, fuzzy\n#| msgid "" "Old "\n#| "te" "xt"\nmsgid "New text"\nmsgstr "Neu"\n')
    assert read_catalog(path).catalog.get("New text").previous_id == ["Old text"]


@pytest.mark.parametrize("body, line, needle", [
    ('msgid "a"\nmsgstr "A\n', 7, "unterminated or unquoted"),
    ('msgid "a"\nmsgstr "A"\n"B\n', 8, "unterminated string"),
    ('msgid "a"\nmsgtsr "A"\n', 7, "Unknown or misformatted keyword"),
    ('msgid "a"\n\nmsgid "b"\nmsgstr "B"\n', 6, "missing msgstr"),
    ('#| msgid broken\nmsgid "a"\nmsgstr "A"\n', 6, "malformed previous-msgid"),
])
def test_syntax_errors_carry_the_1_based_line(tmp_path, body, line, needle):
    path = _po(tmp_path, body)
    with pytest.raises(DataError) as caught:
        read_catalog(path)
    assert caught.value.line == line and needle in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: PO syntax error")


def test_not_utf8(tmp_path):
    path = tmp_path / "x.po"
    path.write_bytes(HEADER.encode() + 'msgid "a"\nmsgstr "Grüße"\n'.encode("latin-1"))
    with pytest.raises(DataError, match=r"x.po:7: catalog is not UTF-8"):
        read_catalog(path)


def test_bom_is_accepted(tmp_path):
    path = tmp_path / "x.po"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + 'msgid "a"\nmsgstr "A"\n').encode())
    assert read_catalog(path).catalog.get("a").string == "A"


@pytest.mark.parametrize("plural_header, needle", [
    ("", "catalog has no Plural-Forms header; add \"Plural-Forms: nplurals=3;"),
    ('"Plural-Forms: nplurals=three;\\n"\n', "needs 'nplurals=N; plural=EXPR;'"),
    ('"Plural-Forms: nplurals=2; plural=(n != ;\\n"\n', "Plural-Forms expression"),
])
def test_plural_header_problems(tmp_path, plural_header, needle):
    header = 'msgid ""\nmsgstr ""\n"Language: pl\\n"\n' + plural_header + "\n"
    with pytest.raises(DataError, match=None) as caught:
        read_catalog(_po(tmp_path, 'msgid "a"\nmsgstr "A"\n', header=header))
    assert needle in str(caught.value)


def test_template_needs_no_plural_header(tmp_path):
    po = read_catalog(_po(tmp_path, 'msgid "a"\nmsgstr ""\n', header='msgid ""\nmsgstr ""\n\n'), template=True)
    assert [m.id for m in po.messages()] == ["a"]
