"""The CLI's reply, templates and global behaviour, through click's CliRunner."""
from __future__ import annotations

import json

import pytest

from xborder.cli.main import COMMANDS

NOW = "2026-11-23T09:00:00+00:00"


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0 and "xborder" in result.stdout


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_help_of_every_command(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0, result.stderr
    assert "Usage" in result.stdout


def test_reply_text_and_json(run):
    text = run("reply", "order_delayed", "--locale", "de", "--examples", "--now", NOW)
    assert text.exit_code == 0, text.stderr
    assert "Guten Tag Maria" in text.stdout or "Maria" in text.stdout
    result = run("reply", "order_delayed", "--locale", "es-MX", "--examples", "--now", NOW, "--json")
    data = json.loads(result.stdout)
    assert data["locale"] == "es-MX" and data["fallback_chain"] == ["es-MX", "es", "en"]
    for key in ("template", "text", "detection", "flags", "policy_notes", "customer_time",
                "machine_translated"):
        assert key in data


def test_reply_vars_file_and_var(run, tmp_path, toolkit):
    ctx = toolkit.template("refund_issued").examples()
    path = tmp_path / "vars.json"
    path.write_text(json.dumps(ctx), encoding="utf-8")
    result = run("reply", "refund_issued", "--locale", "fr", "--vars", str(path), "--var", "refund_amount=10 EUR")
    assert result.exit_code == 0, result.stderr
    assert "10,00\xa0€" in result.stdout


def test_reply_with_message_detects_language(run):
    result = run("reply", "order_delayed", "--message", "Hola, mi pedido no ha llegado todavía y estoy preocupada",
                 "--examples", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["locale"].startswith("es") and data["detection"]["language"] == "es"


def test_reply_region_picks_regional_locale(run):
    data = json.loads(run("reply", "order_delayed", "--message", "Hola, mi pedido no ha llegado todavía",
                          "--region", "MX", "--examples", "--json").stdout)
    assert data["locale"] == "es-MX"


def test_templates_list_json(run, toolkit):
    result = run("templates", "list", "--json")
    rows = json.loads(result.stdout)
    assert {r["name"] for r in rows} == set(toolkit.template_names())
    row = next(r for r in rows if r["name"] == "refund_issued")
    var = next(v for v in row["variables"] if v["name"] == "refund_amount")
    assert var == {"name": "refund_amount", "type": "money", "required": True, "example": "1234.50 EUR",
                   "description": var["description"]}
    assert row["locales"]["de"] == "complete" and row["locales"]["en"] == "complete"


def test_templates_list_text(run):
    result = run("templates", "list")
    assert result.exit_code == 0 and "order_delayed" in result.stdout


def test_every_template_every_locale_through_the_cli(run, toolkit):
    rows = json.loads(run("templates", "list", "--json").stdout)
    for row in rows[:3]:
        args = [f"{v['name']}={v['example']}" for v in row["variables"]]
        for locale in row["locales"]:
            cmd = ["reply", row["name"], "--locale", locale, "--json", "--now", NOW]
            for a in args:
                cmd += ["--var", a]
            result = run(*cmd)
            assert result.exit_code == 0, (row["name"], locale, result.stderr)
            assert json.loads(result.stdout)["text"]


@pytest.mark.parametrize("args, message", [
    (["reply", "order_delay", "--examples"], "unknown template 'order_delay'; did you mean order_delayed"),
    (["reply", "order_delayed", "--examples", "--locale", "xx"], "unknown locale 'xx'"),
    (["reply", "order_delayed", "--examples", "--locale", "sv"], "no translations for locale 'sv'"),
    (["reply", "order_delayed"], "missing required variable"),
    (["reply", "order_delayed", "--examples", "--var", "new_delivery_date=soon"], "YYYY-MM-DD"),
    (["reply", "order_delayed", "--examples", "--var", "nope=1"], "has no variable 'nope'"),
    (["reply", "order_delayed", "--examples", "--now", "yesterday"], "invalid 'now'"),
    (["reply", "order_delayed", "--examples", "--region", "XX"], "unknown region"),
    (["reply", "order_delayed", "--examples", "--timezone", "Mars/Base"], "unknown time zone"),
])
def test_bad_input_is_one_line_exit_2(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_var_without_equals(run):
    result = run("reply", "order_delayed", "--var", "order_id")
    assert result.exit_code == 2 and "NAME=VALUE" in result.stderr


def test_malformed_vars_json(run, tmp_path):
    path = tmp_path / "vars.json"
    path.write_text('{"order_id": "A-1",\n "x": }', encoding="utf-8")
    result = run("reply", "order_delayed", "--vars", str(path))
    assert result.exit_code == 2
    assert f"{path}:2:" in result.stderr and "invalid JSON" in result.stderr


def test_injection_in_var_renders_literally(run):
    result = run("reply", "order_delayed", "--examples", "--locale", "en", "--var", "customer_name={{ 7*7 }}")
    assert "Hello {{ 7*7 }}," in result.stdout


def test_data_dir_option(run, tmp_path, toolkit):
    import shutil

    (tmp_path / "templates").mkdir()
    shutil.copy(toolkit.data.find("templates/order_delayed.yaml"), tmp_path / "templates" / "order_delayed.yaml")
    (tmp_path / "templates" / "order_delayed.txt").write_text("Mine {{ order_id }}\n", encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "reply", "order_delayed", "--examples")
    assert result.stdout == "Mine A-10293\n"
    missing = run("--data-dir", str(tmp_path / "nope"), "reply", "order_delayed", "--examples")
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
