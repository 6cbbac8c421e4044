"""What detection and classification keep between messages (issue 17): the same answers as a
fresh Toolkit's, for messages that differ only in what the readers set aside."""
from __future__ import annotations

import pytest

from xborder import Toolkit
from xborder.entities import _has_digit

# (text, country, phone): the same words with another order number, another country, an emoji
MESSAGES = [
    ("Hola, mi pedido no ha llegado todavía #48213", "MX", None),
    ("Hola, mi pedido no ha llegado todavía #11873", "ES", None),
    ("Hola, mi pedido no ha llegado todavía 🙏", None, "+52 55 1234 5600"),
    ("Hallo, wo bleibt meine Bestellung? ORD-5512", "DE", None),
    ("Hallo, wo bleibt meine Bestellung? ORD-7781", "AT", None),
    ("bhai mera order abhi tak nahi aaya 12345", "IN", None),
    ("bhai mera order abhi tak nahi aaya 67890", None, None),
    ("yaar refund kab milega", "PK", None),
    ("Hej, var är min beställning?", "SE", None),
    ("Hej, var är min beställning? #A-10293", "DK", None),
    ("terima kasih, pesanan saya belum sampai", "MY", None),
    ("terima kasih, pesanan saya belum sampai #7", "ID", None),
]


def _detections(toolkit: Toolkit, messages, evidence: bool):
    return [toolkit.detect(text, country=country, phone=phone, evidence=evidence).to_dict()
            for text, country, phone in messages]


def test_kept_readings_give_a_fresh_toolkits_answers() -> None:
    warmed = Toolkit(data_dirs=[])
    first = _detections(warmed, MESSAGES, evidence=False)
    again = _detections(warmed, MESSAGES, evidence=False)   # every content reading kept now
    fresh = [_detections(Toolkit(data_dirs=[]), [m], evidence=False)[0] for m in MESSAGES]
    assert first == again == fresh


def test_evidence_is_not_read_from_the_kept_readings() -> None:
    toolkit = Toolkit(data_dirs=[])
    _detections(toolkit, MESSAGES, evidence=False)
    explained = _detections(toolkit, MESSAGES, evidence=True)
    assert explained == _detections(Toolkit(data_dirs=[]), MESSAGES, evidence=True)
    assert all(d["evidence"] for d in explained)


def test_romanized_reading_is_kept_by_words() -> None:
    toolkit = Toolkit(data_dirs=[])
    a = toolkit.detect("bhai mera order abhi tak nahi aaya #12345")
    b = toolkit.detect("bhai mera order abhi tak nahi aaya #67890")
    assert a.romanized and a.language == "hi"
    assert a.to_dict() == b.to_dict()


@pytest.mark.parametrize("text", ["Where is my order #48213?", "Where is my order #99?",
                                  "我的订单还没到 12345", "Mi paquete llegó roto, pedido 5512"])
def test_kept_classification_equals_a_fresh_one(text: str) -> None:
    toolkit = Toolkit(data_dirs=[])
    kept = [toolkit.classify(text, language=None, entities=False).to_dict() for _ in range(2)]
    fresh = Toolkit(data_dirs=[]).classify(text, entities=False).to_dict()
    assert kept[0] == kept[1] == fresh
    assert kept[1]["entities"] == {}
    kept[1]["entities"]["x"] = 1   # the caller's copy: the kept answer is not changed
    assert toolkit.classify(text, entities=False).entities == {}
    assert toolkit.classify(text).to_dict() == Toolkit(data_dirs=[]).classify(text).to_dict()   # entities: not kept


@pytest.mark.parametrize("text, expected", [("abc", False), ("abc 1", True), ("", False), ("x²", True),
                                            ("٣ أيام", True), ("①", True), ("ολα καλά", False), ("é", False)])
def test_has_digit_is_str_isdigit(text: str, expected: bool) -> None:
    assert _has_digit(text) is expected is any(ch.isdigit() for ch in text)
