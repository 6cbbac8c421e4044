"""``xborder lint``: the contract's output, exit statuses and bad-input errors."""
from __future__ import annotations

import json


def test_human_output_is_line_col_severity_code_match_message(run):
    result = run("lint", "-", "--locale", "de-DE", input="Hallo Anna,\n\nvielen Dank.\nKannst du uns helfen?\n")
    assert result.exit_code == 0
    assert result.stdout == "4:8 warning informal_address 'du' — use 'Sie' to a customer in de-DE\n"


def test_json_output_follows_the_contract(run):
    text = "Kannst du uns €1,234.50 schicken?"
    result = run("lint", "--locale", "de_de", "--json", input=text)
    data = json.loads(result.stdout)
    assert set(data) == {"locale", "flags"} and data["locale"] == "de-DE"
    assert [f["code"] for f in data["flags"]] == ["informal_address", "wrong_currency_format"]
    flag = data["flags"][0]
    assert set(flag) == {"code", "severity", "message", "span", "suggestion", "rule"}
    assert text[flag["span"][0]:flag["span"][1]] == "du"


def test_clean_input_prints_nothing(run):
    result = run("lint", "-", "--locale", "de-DE", input="Vielen Dank für Ihre Nachricht.")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_exit_1_when_a_flag_is_an_error(run):
    assert run("lint", "-", "--locale", "en-US", input="Thanks 🖕").exit_code == 1


def test_reads_a_file_and_counts_lines_from_one(run, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Dear customer,\nwe will call you at 3 pm.\n", encoding="utf-8")
    result = run("lint", str(draft), "--locale", "en-US", "--team-timezone", "Europe/Berlin")
    assert result.stdout.startswith("2:21 warning time_without_timezone '3 pm' — ")


def test_region_and_now_options(run):
    args = ("lint", "-", "--locale", "en-US", "--json", "--now", "2026-03-02T09:00:00+00:00")
    assert json.loads(run(*args, input="We will reply on Friday.").stdout)["flags"] == []
    flags = json.loads(run(*args, "--region", "SA", input="We will reply on Friday.").stdout)["flags"]
    assert [f["code"] for f in flags] == ["weekend_promise"]


def test_non_utf8_input_is_a_one_line_error(run):
    result = run("lint", "-", "--locale", "de-DE", input=b"Gr\xfc\xdfe".decode("latin-1").encode("latin-1"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: standard input is not UTF-8")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_unknown_locale_missing_file_bad_zone(run, tmp_path):
    for args in (("--locale", "xx-YY"), ("--locale", "de-DE", "--team-timezone", "Nowhere/City"),
                 ("--locale", "de-DE", "--region", "Deutschland")):
        result = run("lint", "-", *args, input="hi")
        assert result.exit_code == 2 and result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    result = run("lint", str(tmp_path / "missing.txt"), "--locale", "de-DE")
    assert result.exit_code == 2 and "cannot read" in result.stderr


def test_bad_rule_file_is_reported_with_its_location(run, tmp_path):
    folder = tmp_path / "culture_rules" / "lint" / "mine"
    folder.mkdir(parents=True)
    (folder / "Broken.yaml").write_text("extends: existence\nmessage: x\nfoo: bar\n", encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "lint", "-", "--locale", "de-DE", input="hi")
    assert result.exit_code == 2
    assert "Broken.yaml:3:1: unknown key 'foo'" in result.stderr


def test_missing_locale_option_is_a_usage_error(run):
    assert run("lint", "-", input="hi").exit_code == 2


def test_help(run):
    result = run("lint", "--help")
    assert result.exit_code == 0 and "--locale" in result.stdout and "--team-timezone" in result.stdout
