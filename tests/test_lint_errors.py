"""Bad rule files, bad input: one-line errors that say where, never a traceback or a hang."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.errors import DataError, InputError, LocaleError
from xborder.lint import lint_text

GOOD = """\
extends: existence
message: "no"
level: warning
code: idiom
tokens: [foo]
description: A rule written for a test of the error paths, nothing more than that.
link: https://example.com
should_flag: ["foo"]
should_pass: ["bar"]
"""


def user_rule(tmp_path: Path, text: str, name: str = "Bad.yaml") -> Toolkit:
    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    return Toolkit(data_dirs=[tmp_path])


def error_of(toolkit: Toolkit) -> str:
    with pytest.raises(DataError) as info:
        lint_text(toolkit, "hello", "en-US")
    message = str(info.value)
    assert "\n" not in message
    return message


def test_a_user_rule_is_loaded_next_to_the_bundled_ones(tmp_path):
    toolkit = user_rule(tmp_path, GOOD)
    assert [f.rule for f in lint_text(toolkit, "foo", "en-US")] == ["test.Bad"]


def test_yaml_syntax_error_gives_file_line_col(tmp_path):
    message = error_of(user_rule(tmp_path, GOOD.replace('tokens: [foo]', 'tokens: [foo')))
    assert "Bad.yaml:" in message and "YAML syntax error" in message
    line = int(message.split("Bad.yaml:")[1].split(":")[0])
    assert line >= 5


def test_unknown_key_gives_file_line_col_and_a_hint(tmp_path):
    message = error_of(user_rule(tmp_path, GOOD.replace("tokens:", "tokenz:")))
    assert "Bad.yaml:5:1: unknown key 'tokenz'" in message
    assert "did you mean tokens" in message


def test_unknown_key_in_applies_to(tmp_path):
    message = error_of(user_rule(tmp_path, GOOD + "applies_to: {language: [de]}\n"))
    assert "Bad.yaml:10:" in message and "unknown key 'language'" in message


@pytest.mark.parametrize("change, expected", [
    (("tokens: [foo]", "tokens: ['fo(o']"), "rule test.Bad: regular expression 'fo(o' does not compile"),
    (("extends: existence", "extends: existance"), "unknown rule type 'extends: existance'; did you mean existence"),
    (("level: warning", "level: fatal"), "'level' must be one of suggestion, warning, error"),
    (("code: idiom", "code: idioms"), "unknown code 'idioms'; did you mean idiom"),
    (('message: "no"', 'message: "{nope}"'), "'message' uses unknown field {nope}"),
    (("should_flag: [\"foo\"]\n", ""), "missing required key 'should_flag'"),
    (("link: https://example.com\n", ""), "missing required key 'link'"),
    (("tokens: [foo]", "tokens: foo\napplies_to: {regions: [de]}"), "is not an ISO 3166 region code"),
])
def test_invalid_rules(tmp_path, change, expected):
    message = error_of(user_rule(tmp_path, GOOD.replace(*change)))
    assert expected in message
    assert "Bad.yaml" in message


def test_rule_type_specific_validation(tmp_path):
    text = GOOD.replace("extends: existence", "extends: taboo_number").replace("code: idiom", "code: taboo_number")
    message = error_of(user_rule(tmp_path, text.replace("tokens: [foo]", "tokens: [four]")))
    assert "taboo_number tokens are numbers written in digits" in message


def test_unknown_locale_and_bad_arguments(toolkit):
    with pytest.raises(LocaleError):
        lint_text(toolkit, "hi", "xx-YY")
    with pytest.raises(InputError):
        lint_text(toolkit, "hi", "de-DE", region="Germany")
    with pytest.raises(InputError):
        lint_text(toolkit, "hi", "de-DE", team_timezone="Mars/Olympus")
    with pytest.raises(InputError):
        lint_text(toolkit, b"hi", "de-DE")


def test_a_one_megabyte_draft_lints_in_bounded_time(toolkit):
    paragraph = ("Hallo Anna, vielen Dank für deine Nachricht! Wir erstatten €1,234.50 bis 03/04/2026 "
                 "um 15 Uhr, spätestens am Freitag. 1,1,1,1,1,1,1 ...... 12:12:12:12 !!!!!!!!\n")
    text = paragraph * (1_000_000 // len(paragraph) + 1)
    start = time.process_time()  # CPU, not wall time: a busy CI machine must not fail a linear draft
    flags = lint_text(toolkit, text, "de-DE")
    assert time.process_time() - start < 20
    assert len(flags) > 1000


@pytest.mark.parametrize("hostile", [
    "1" * 200_000, "1," * 100_000, "a" * 200_000 + "!", "!" * 100_000, "  " * 100_000 + "9:",
    "四" * 100_000, "様" * 100_000, "0/" * 100_000,
])
def test_pathological_inputs_do_not_backtrack(toolkit, hostile):
    start = time.process_time()
    for locale in ("de-DE", "ja-JP", "zh-CN"):
        lint_text(toolkit, hostile, locale)
    assert time.process_time() - start < 10


def test_a_user_file_overrides_a_bundled_rule_and_can_disable_it(tmp_path):
    folder = tmp_path / "culture_rules" / "lint" / "nl"
    folder.mkdir(parents=True)
    bundled = Toolkit(data_dirs=[]).data.find("culture_rules/lint/nl/InformalAddress.yaml")
    (folder / "InformalAddress.yaml").write_text(bundled.read_text(encoding="utf-8") + "disabled: true\n",
                                                encoding="utf-8")
    text = "Bedankt voor je bericht."
    assert Toolkit(data_dirs=[]).lint(text, "nl-NL", voice="formal")
    assert Toolkit(data_dirs=[tmp_path]).lint(text, "nl-NL", voice="formal") == ()
