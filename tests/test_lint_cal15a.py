"""Calendar and clock checks after fresh14 (issue 15, tests/data/lint/dev15a): whose day a date is (the
customer's own occasion, a date the customer booked) and whose clock a time is on (a zone phrase
wrapped across lines, the customer's own country or state with a clock word, clock times in words)."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

MAR = "2032-03-01T09:00:00+01:00"  # a Monday; 26 March 2032 is Good Friday, 29 March Easter Monday


def flagged(toolkit, code, text, locale, region=None, team="Europe/Berlin", now=MAR):
    return code in {f.code for f in lint_text(toolkit, text, locale, region=region, now=now, team_timezone=team)}


@pytest.mark.parametrize("text, locale, region, promise", [
    # the customer's own occasion that the delivery comes before, in several languages
    ("DPD will deliver it on Wednesday 24 March, so you will have it well before your daughter's party on "
     "Saturday 27 March.", "en-GB", None, False),
    ("SEUR te la entregará el martes 23 de marzo, antes de irte de viaje el viernes 26 de marzo.", "es-ES", None,
     False),
    ("Damit Sie das Zelt vor Ihrer Abreise am Ostermontag, 29. März, haben, stellt die Post es am Mittwoch, "
     "24. März, zu.", "de-AT", "AT", False),
    ("Votre commande sera livrée le mardi 23 mars, deux jours avant le mariage de votre fille, le samedi 27 mars.",
     "fr-FR", None, False),
    ("A Jadlog entrega na quinta-feira, 4 de março, bem antes da festa do seu filho no sábado, 6 de março.",
     "pt-BR", None, False),
    # ... but a promise on the day itself, a time of day before it, or a door is no occasion
    ("The driver will bring it on Saturday 6 March, before your guests arrive.", "en-GB", None, True),
    ("Die Spedition stellt die Ware am Samstag, 6. März, vor Ihre Haustür.", "de-DE", None, True),
    ("Nuestro técnico irá a tu casa el sábado 6 de marzo.", "es-ES", None, True),
    # the booked date named as a noun before the colon that gives it
    ("Ihren Wunschtermin haben wir eingetragen: Die Spedition liefert am Samstag, 13. März.", "de-DE", None, False),
    ("Ihren gebuchten Liefertermin haben wir bestätigt: Die Spedition bringt den Schrank am Samstag, 13. März.",
     "de-DE", None, False),
    # a booking of the service (not of the day) leaves the shop's date a promise
    ("您预约的上门安装已安排好，师傅将于3月6日（周六）上午到府安装。", "zh-CN", None, True),
    # Spanish "sale" (it leaves) is no sale
    ("Tu pedido sale el miércoles 24 de marzo y MRW te lo entrega en Sevilla el viernes 26 de marzo.", "es-ES",
     None, True),
    # Hungarian "nemzeti ünnep" says the day is off; Finnish carriers said to work Saturdays
    ("Mivel március 15. (hétfő) nemzeti ünnep, a GLS aznap nem kézbesít, így csomagját március 16-án kapja meg.",
     "hu-HU", None, False),
    ("Posti jakaa paketteja nykyään myös lauantaisin. Uusi keitin tulee sinulle lauantaina 6.3.", "fi-FI", None,
     False),
    # a short month name followed by letters is another word ("червоних", red)
    ("На жаль, червоні троянди закінчилися, тож замість 7 червоних у букеті буде 7 білих троянд.", "uk-UA", None,
     False),
])
def test_whose_day(toolkit, text, locale, region, promise):
    assert flagged(toolkit, "weekend_promise", text, locale, region) is promise


@pytest.mark.parametrize("text, locale, region, fires", [
    # a zone phrase wrapped by the helpdesk
    ("Faça o pedido até quinta-feira, às 12h (horário de\nBrasília).", "pt-BR", None, False),
    ("Soitamme sinulle huomenna klo 10 Suomen\naikaa.", "fi-FI", None, False),
    ("Наш специалист позвонит вам во вторник в 12:00 по\nмосковскому времени.", "ru-RU", None, False),
    # the customer's own country or state beside a clock word
    ("Our technician will call you on Wednesday at 2 pm NZ time.", "en-NZ", None, False),
    ("Our warranty team will call you on Wednesday at 11am Queensland time.", "en-AU", "AU", False),
    ("Θα σας καλέσουμε την Τρίτη στις 11 το πρωί, ώρα Ελλάδας.", "el-GR", None, False),
    ("A specialist will call you on Tuesday at 2 pm Eastern.", "en-US", "US", False),
    # ... but "in time" is not India's IN, and "time in New Zealand" names no clock
    ("We'll call you at 2pm tomorrow so it arrives in time for the weekend.", "en-IN", "IN", True),
    ("Delivery time in New Zealand is 3 days. We'll call you at 2pm tomorrow.", "en-NZ", None, True),
    # clock times written with words
    ("Kỹ thuật viên sẽ gọi điện cho chị lúc 9 giờ sáng thứ Ba.", "vi-VN", None, True),
    ("Мастер позвонит вам завтра в 10 часов утра.", "ru-RU", None, True),
    ("Müşteri temsilcimiz sizi yarın saat 14.00'te arayacaktır.", "tr-TR", None, True),
    ("เจ้าหน้าที่ของเราจะโทรหาคุณพรุ่งนี้เวลา 10 โมงเช้า", "th-TH", None, True),
    # ... and durations are no clock times
    ("Chúng tôi sẽ phản hồi chị trong vòng 24 giờ.", "vi-VN", None, False),
    ("Talebinize 24 saat içinde dönüş yapılır.", "tr-TR", None, False),
    ("Обычно мы отвечаем в течение 24 часов.", "ru-RU", None, False),
    # a partner café's hours are its town's
    ("Kami kirimkan voucher makan siang di kafe mitra kami, bisa dipakai jam 12.00–14.00.", "id-ID", None, False),
])
def test_whose_clock(toolkit, text, locale, region, fires):
    assert flagged(toolkit, "time_without_timezone", text, locale, region) is fires


def test_bad_clock_words_are_data_errors(tmp_path):
    from test_lint_errors import error_of, user_rule

    rule = ("extends: time_without_timezone\nmessage: x\nlevel: warning\ndescription: A rule for a test.\n"
            "link: https://example.com\nshould_flag: [x]\nshould_pass: [y]\ntokens: ['[0-9]+ Uhr']\nzones: [MEZ]\n"
            "clock_words: {de: Zeit}\n")
    message = error_of(user_rule(tmp_path, rule))
    assert "Bad.yaml:" in message and "clock_words" in message


def test_one_cut_for_every_clause():
    """own(), clause() and own_clause() narrow a span at a connector with one helper."""
    import re

    from xborder.lint.checks.commitment import _cut

    text = "we are closed on Friday and the engineer will come on Sunday"
    day = text.index("Sunday")
    assert _cut(text, day, len(text), 0, len(text), re.compile(r"\band\b")) == (text.index(" the engineer"),
                                                                               len(text))
    assert _cut(text, day, len(text), 0, len(text), None) == (0, len(text))
