"""``xborder triage``: summary, --json, --jsonl streaming, and bad input."""
from __future__ import annotations

import json

import pytest


def test_summary(run):
    result = run("triage", "The kettle caught fire and burned my hand")
    assert result.exit_code == 0
    assert result.stdout.startswith("ESCALATE (critical): safety")


def test_no_escalation(run):
    result = run("triage", "Where is my order?")
    assert result.exit_code == 0 and result.stdout.startswith("no escalation")


def test_json_contract(run):
    result = run("triage", "Vou abrir reclamação no PROCON", "--json", "--country", "BR")
    data = json.loads(result.stdout)
    for key in ("language", "region", "locale", "confidence", "evidence", "escalate", "reasons", "severity"):
        assert key in data
    assert data["escalate"] is True and data["reasons"] == ["consumer_authority"]


def test_stdin_text(run):
    result = run("triage", "-", "--json", input="I will sue you")
    assert json.loads(result.stdout)["reasons"] == ["legal_threat"]


def test_jsonl_keeps_ids_and_skips_bad_lines(run, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a1", "text": "I will file a chargeback"}\n'
                      'not json\n'
                      '{"id": 7, "text": "hola, ¿dónde está mi pedido?", "country": "MX"}\n', encoding="utf-8")
    result = run("triage", "--jsonl", str(source))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("id") for line in lines] == ["a1", None, 7]
    assert lines[0]["reasons"] == ["chargeback"] and lines[2]["escalate"] is False
    assert lines[1]["line"] == 2 and "invalid JSON" in lines[1]["error"]
    assert "in.jsonl:2: invalid JSON" in result.stderr and "1 line could not be read" in result.stderr


def test_jsonl_from_stdin_and_strict(run):
    ok = run("triage", "--jsonl", "-", input='{"text": "I will sue"}\n')
    assert json.loads(ok.stdout)["escalate"] is True
    strict = run("triage", "--jsonl", "-", "--strict", input='{"text": 5}\n')
    assert strict.exit_code == 2 and "<stdin>:1: \"text\" must be a string" in strict.stderr


def test_bad_usage(run):
    assert run("triage").exit_code == 2
    assert run("triage", "x", "--jsonl", "-").exit_code == 2
    missing = run("triage", "--jsonl", "/nonexistent/file.jsonl")
    assert missing.exit_code == 2 and "cannot read" in missing.stderr
    unknown = run("triage", "--jsonl", "-", input='{"text": "hi", "colour": "red"}\n')
    assert "unknown key(s) colour" in unknown.stderr


@pytest.mark.parametrize("command", ["detect", "triage"])
def test_jsonl_lines_are_read_alike_and_none_disappears(run, command):
    lines = ('{"id": "t1", "text": "hi", "coutry": "DE"}\n'   # unknown key (a typo): an error in both
             '{"id": "t2", "text": ["a"]}\n'
             '{"id": "t3", "text": "' + "[" * 100_000 + '"}\n'  # fine: brackets inside a string
             + "[" * 100_000 + "\n"                                # nested too deeply to read
             '{"id": "t5", "text": "Danke!"}\n')
    result = run(command, "--jsonl", "-", input=lines)
    assert result.exit_code == 0 and "Traceback" not in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row.get("id") for row in rows] == ["t1", "t2", "t3", None, "t5"]
    assert "unknown key(s) coutry; did you mean country?" in rows[0]["error"]
    assert '"text" must be a string' in rows[1]["error"]
    assert "error" not in rows[2] and "error" not in rows[4]
    assert rows[3]["line"] == 4 and "nested too deeply" in rows[3]["error"]


def test_help(run):
    result = run("triage", "--help")
    assert result.exit_code == 0 and "legal_threat" in result.stdout
