"""Redaction: what is protected before a text leaves the machine, and the exactly-once check."""
from __future__ import annotations

import pytest

from xborder.translate.redact import (PlaceholderMismatch, Redactor, check_tokens, iban_ok, luhn_ok,
                                      restore)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def kinds(redacted) -> dict[str, str]:
    return {p.value: p.kind for p in redacted.placeholders}


def test_luhn_and_iban_checksums():
    assert luhn_ok("4111111111111111")
    assert not luhn_ok("4111111111111112")
    assert iban_ok("DE89 3704 0044 0532 0130 00")
    assert iban_ok("GB82WEST12345698765432")
    assert not iban_ok("DE89 3704 0044 0532 0130 01")


def test_every_kind_is_found_and_restored(redactor):
    text = ("Hi, I am maria.lopez@example.com, call me at +1 415 555 0132. Card 4111 1111 1111 1111 "
            "was charged twice for order A-10293 and order 55231. IBAN DE89 3704 0044 0532 0130 00. "
            "See https://shop.example.com/o/1?x=2). Tracking 1Z999AA10123456784 and RR123456789DE.")
    redacted = redactor.redact(text)
    found = kinds(redacted)
    assert found == {
        "maria.lopez@example.com": "email", "+1 415 555 0132": "phone", "4111 1111 1111 1111": "card",
        "A-10293": "order", "55231": "order", "DE89 3704 0044 0532 0130 00": "iban",
        "https://shop.example.com/o/1?x=2": "url", "1Z999AA10123456784": "tracking",
        "RR123456789DE": "tracking"}
    for value in found:
        assert value not in redacted.text
    assert redacted.counts()["tracking"] == 2
    check_tokens(redacted.text, redacted.placeholders)
    assert restore(redacted.text, redacted.placeholders) == text


def test_a_number_failing_luhn_is_still_kept_back(redactor):
    redacted = redactor.redact("Card 4111 1111 1111 1112 declined")
    assert kinds(redacted) == {"4111 1111 1111 1112": "number"}


def test_card_number_followed_by_more_digits(redactor):
    redacted = redactor.redact("card 4111-1111-1111-1111 2024")
    assert kinds(redacted)["4111-1111-1111-1111"] == "card"


def test_national_phone_number_needs_the_region(redactor):
    assert kinds(redactor.redact("ruf an: 030 12345678", region="DE")) == {"030 12345678": "phone"}
    # without a region it is still not sent: a long digit run is protected as a number
    assert kinds(redactor.redact("ruf an: 030 12345678")) == {"030 12345678": "number"}


def test_variables_glossary_and_format_placeholders(redactor):
    text = "Hello %(name)s, Maria bought a Nordlicht Store voucher; Mariana did not."
    redacted = redactor.redact(text, protect=["Maria"], glossary=["Nordlicht Store"])
    assert kinds(redacted) == {"%(name)s": "format", "Maria": "variable", "Nordlicht Store": "glossary"}
    assert "Mariana" in redacted.text  # whole values only


def test_text_already_holding_tokens_cannot_collide(redactor):
    text = "Use code {1} or {0} at checkout"
    redacted = redactor.redact(text)
    assert redacted.counts() == {"braces": 2}
    assert restore(redacted.text, redacted.placeholders) == text


def test_a_kind_can_be_switched_off_and_custom_patterns_added():
    redactor = Redactor(kinds=["email"], patterns=[("customer_id", r"CU-\d{6}")])
    redacted = redactor.redact("CU-123456 wrote from a@b.io about A-10293")
    assert kinds(redacted) == {"CU-123456": "customer_id", "a@b.io": "email"}


def test_url_trailing_punctuation_is_not_part_of_it(redactor):
    redacted = redactor.redact("see (https://example.com/a_(b)), then www.example.org.")
    assert set(kinds(redacted)) == {"https://example.com/a_(b)", "www.example.org"}


@pytest.mark.parametrize("answer, problem", [
    ("Hallo  , Bestellung {1}", "{0} (email) is missing"),
    ("Hallo {0} {0}, Bestellung {1}", "{0} (email) appears 2 times"),
    ("Hallo {0}, Bestellung {1} {7}", "{7} was added by the engine"),
])
def test_placeholder_check_rejects_drops_duplicates_and_inventions(redactor, answer, problem):
    redacted = redactor.redact("Hello ana@example.com, order A-10293")
    with pytest.raises(PlaceholderMismatch, match=problem.replace("{", r"\{").replace("}", r"\}")
                       .replace("(", r"\(").replace(")", r"\)")):
        check_tokens(answer, redacted.placeholders)


def test_restore_tolerates_spacing_and_full_width_tokens(redactor):
    redacted = redactor.redact("Mail ana@example.com about A-10293")
    answer = "メール ｛０｝ について { 1 }"
    check_tokens(answer, redacted.placeholders)
    assert restore(answer, redacted.placeholders) == "メール ana@example.com について A-10293"
