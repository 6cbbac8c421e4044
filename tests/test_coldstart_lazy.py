"""Patterns compiled on first use, and template readings kept in the cache folder, answer as before."""
from __future__ import annotations

import re

import pytest

from xborder import Toolkit
from xborder.entities import extract, find_amounts, find_dates, find_tracking, mask
from xborder.render import introspect
from xborder.render.names import _full_name


@pytest.mark.parametrize("name, locale", [("order_delayed", "es"), ("order_delayed", "ja"), ("refund_issued", "de")])
def test_template_messages_read_back_from_the_cache_folder(tmp_path, monkeypatch, name, locale):
    monkeypatch.setenv("XBORDER_CACHE_DIR", "")
    introspect._READ.clear()
    parsed = Toolkit().template_messages(name, locale)
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path / "cache"))
    introspect._READ.clear()
    written = Toolkit().template_messages(name, locale)          # parses, keeps each source's reading
    assert any((tmp_path / "cache" / "msgids").iterdir())
    introspect._READ.clear()
    read = Toolkit().template_messages(name, locale)             # reads them back
    assert parsed == written == read and parsed


def test_a_damaged_cache_entry_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path))
    introspect._READ.clear()
    first = Toolkit().template_messages("order_delayed", "fr")
    for entry in (tmp_path / "msgids").iterdir():
        entry.write_text('{"messages": 3}', encoding="utf-8")
    introspect._READ.clear()
    assert Toolkit().template_messages("order_delayed", "fr") == first


def test_every_character_the_digit_class_matches_counts_as_a_digit():
    # entities skip the digit-only patterns for a text without a digit: str.isdigit must cover \d
    assert all(ch.isdigit() for ch in map(chr, range(0x30000)) if re.match(r"\d", ch))


def test_entities_with_and_without_digits():
    plain = extract("Hola, mi pedido no ha llegado, codigo PROMOVERANO")
    assert not (plain.tracking or plain.amounts or plain.dates)
    assert mask("sin numeros aqui") == "sin numeros aqui"
    assert find_tracking("1Z999AA10123456784 y SF1234567890123")[0]["carrier"] == "UPS"
    assert find_amounts("pagué 49,99 €")[0]["amount"] == "49.99"
    assert "٤" not in mask("طلب رقم ٤٥٦")                       # Arabic-Indic digits are digits too
    assert find_dates("entrega el 2024-03-12", [])[0]["value"] == "2024-03-12"
    assert mask("pedido #A1234 hoy") == "pedido   hoy"


def test_family_name_first_only_for_cjk_names():
    assert _full_name("太郎", "山田", True) == "山田太郎"
    assert _full_name("Maria", "García", True) == "Maria García"
    assert _full_name("太郎", "山田", False) == "太郎 山田"
