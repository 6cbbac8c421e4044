"""xborder detect: --json, --jsonl streaming, bad input."""
from __future__ import annotations

import json


def test_json_output(run):
    result = run("detect", "Hola, ¿dónde está mi pedido?", "--json", "--country", "MX")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["language"], data["region"], data["locale"]) == ("es", "MX", "es-MX")
    assert list(data) == ["language", "region", "locale", "confidence", "region_confidence", "script",
                          "alternatives", "evidence", "region_candidates"]


def test_plain_output_shows_evidence(run):
    result = run("detect", "Paguei no Pix")
    assert result.exit_code == 0
    assert result.stdout.startswith("pt-BR")
    assert "Pix" in result.stdout


def test_text_from_stdin(run):
    result = run("detect", "-", "--json", input="Danke schön!")
    assert json.loads(result.stdout)["language"] == "de"


def test_jsonl_keeps_ids_and_reports_bad_lines(run, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Bonjour"}\n'
                      'not json\n'
                      '\n'
                      '{"id": "b", "text": "Hallo", "country": "AT"}\n'
                      '{"id": 3, "text": "x", "country": "ZZ"}\n'
                      '{"text": "Hej, var är mitt paket?"}\n', encoding="utf-8")
    result = run("detect", "--jsonl", str(source))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    # Every non-blank line gives a record: a bad one keeps its id (when it has one) and says why.
    assert [row.get("id") for row in rows] == [1, None, "b", 3, None]
    assert rows[1] == {"line": 2, "error": rows[1]["error"]} and "invalid JSON" in rows[1]["error"]
    assert rows[3]["line"] == 5 and "unknown country 'ZZ'" in rows[3]["error"]
    assert rows[2]["region"] == "AT" and rows[4]["language"] == "sv"
    assert "id" not in rows[4] and "error" not in rows[4]
    assert f"{source}:2: invalid JSON" in result.stderr
    assert f"{source}:5: unknown country 'ZZ'" in result.stderr
    assert "Traceback" not in result.stderr


def test_jsonl_strict_stops_at_the_first_bad_line(run):
    result = run("detect", "--jsonl", "-", "--strict", input='{"id": 1, "text": "Hola"}\n[1, 2]\n{"text": "x"}\n')
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.startswith("error: <stdin>:2:")


def test_jsonl_reads_stdin_by_default(run):
    result = run("detect", "--jsonl", input='{"id": 7, "text": "Obrigado"}\n')
    assert json.loads(result.stdout)["id"] == 7


def test_jsonl_missing_file_is_one_line(run, tmp_path):
    result = run("detect", "--jsonl", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --jsonl: cannot read")
    assert len(result.stderr.strip().splitlines()) == 1


def test_invalid_phone_is_one_line_exit_2(run):
    result = run("detect", "Hola", "--phone", "+1 555")
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("error: invalid phone number")
    assert "Traceback" not in result.stderr


def test_missing_text_is_a_usage_error(run):
    assert run("detect").exit_code == 2


def test_help(run):
    result = run("detect", "--help")
    assert result.exit_code == 0 and "--jsonl" in result.stdout


def test_cli_start_up_does_not_import_the_detectors():
    import subprocess
    import sys

    code = ("import sys; from xborder.cli.main import cli; import xborder.cli.detect;"
            "print(any(m.split('.')[0] in ('lingua', 'langdetect') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_reply_uses_the_detected_language_and_region(run):
    result = run("reply", "order_delayed", "--message", "Oigan, pagué en OXXO hace 3 días y el pedido no llega",
                 "--examples", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["locale"] == "es-MX"
    assert data["detection"]["language"] == "es" and data["detection"]["region"] == "MX"
