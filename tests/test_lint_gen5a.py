"""General fixes found with tests/data/lint/dev9a and fresh8 (issue 15): days the customer asked for,
offer days, holidays the draft itself names, forms of address with the caller's names, Czech and
Filipino register, weekdays that settle a numeric date."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

NOW = "2027-06-01T09:00:00+02:00"


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


@pytest.mark.parametrize("text, locale", [
    ("As you requested, the technician will come on Sunday, June 13.", "en-US"),
    ("Wie von Ihnen gewünscht, liefern wir das Sofa am Sonntag, 13. Juni.", "de-DE"),
    ("ご希望のとおり、6月13日（日）午前中にお届けいたします。", "ja-JP"),
    ("按照您的要求，我们将在6月13日（周日）为您送达。", "zh-CN"),
])
def test_the_day_the_customer_asked_for_is_no_promise(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale, now=NOW)
    # the same promise without the request is one
    plain = text.split(",", 1)[1] if locale in ("en-US", "de-DE") else text.split("，" if "，" in text else "、", 1)[1]
    assert "weekend_promise" in codes(toolkit, plain, locale, now=NOW)


def test_an_offer_day_is_no_promise(toolkit):
    assert "weekend_promise" not in codes(toolkit, "Only on Sunday, June 13: 20% off and we ship for free.",
                                          "en-US", now=NOW)
    assert "weekend_promise" not in codes(toolkit, "โปรโมชันพิเศษ ลด 20% จะมีเฉพาะวันอาทิตย์ที่ 13 มิถุนายน เท่านั้นค่ะ",
                                          "th-TH", now=NOW)


def test_a_holiday_the_draft_names_on_its_date_is_stated(toolkit):
    text = ("Friday, June 18 is a federal holiday (Juneteenth), so USPS won't deliver. Your parcel goes by "
            "FedEx and arrives on Friday, June 18.")
    assert "weekend_promise" not in codes(toolkit, text, "en-US", now=NOW)
    # a promise of a holiday by name is still one
    assert "weekend_promise" in codes(toolkit, "Our courier will deliver your order on Friday, June 18.",
                                      "en-US", now=NOW)


def test_a_gloss_after_a_devanagari_name_is_no_promise(toolkit):
    text = "मुहर्रम (बुधवार, 16 जून) के कारण आपका ऑर्डर गुरुवार, 17 जून को भेजा जाएगा।"
    assert "weekend_promise" not in codes(toolkit, text, "hi-IN", now=NOW)


def test_tomorrow_before_a_bracket_is_the_day_itself(toolkit):
    assert "weekend_promise" in codes(toolkit, "Our engineer will come tomorrow (Sunday 6 June).", "en-GB",
                                      now="2027-06-05T09:00:00+01:00")


def test_spanish_present_with_a_date_is_a_promise(toolkit):
    assert "weekend_promise" in codes(toolkit, "Te entregamos el pedido el lunes 21 de junio.", "es-AR", now=NOW)
    assert "weekend_promise" not in codes(toolkit, "Recibimos tu devolución el sábado.", "es-AR", now=NOW)


def test_malay_promise_and_closure(toolkit):
    assert "weekend_promise" in codes(toolkit, "Penghantaran pesanan anda akan dibuat pada hari Isnin, 7 Jun.",
                                      "ms-MY", now=NOW)
    assert "weekend_promise" not in codes(toolkit, "Sempena Hari Keputeraan pada 7 Jun, pusat khidmat kami "
                                                   "akan ditutup.", "ms-MY", now=NOW)


@pytest.mark.parametrize("text, locale, given, family, flagged", [
    ("Demir Bey merhaba,\n\nİade talebiniz onaylanmıştır.", "tr-TR", "Mehmet", "Demir", True),
    ("Mehmet Bey merhaba,\n\nİade talebiniz onaylanmıştır.", "tr-TR", "Mehmet", "Demir", False),
    ("Sayın Karaoğlu Hanım,\n\nSiparişiniz yola çıktı.", "tr-TR", None, None, True),
    ("Sayın Zeynep Karaoğlu,\n\nSiparişiniz yola çıktı.", "tr-TR", None, None, False),
    ("Szanowna Pani Kowalska,\n\ndziękujemy.", "pl-PL", "Anna", "Kowalski", True),
    ("Szanowna Pani Anno,\n\ndziękujemy.", "pl-PL", "Anna", "Kowalska", False),
    ("Szanowny Panie Zieliński,\n\ndziękujemy.", "pl-PL", None, None, True),
    ("Kedves Anna Kovács!\n\nKöszönjük.", "hu-HU", "Anna", "Kovács", True),
    ("Kedves Kovács Anna!\n\nKöszönjük.", "hu-HU", "Anna", "Kovács", False),
    ("Sehr geehrte Frau Julia,\n\nvielen Dank.", "de-DE", "Julia", "Becker", True),
    ("Sehr geehrte Frau Julia Becker,\n\nvielen Dank.", "de-DE", "Julia", "Becker", False),
    ("Bonjour Madame Camille,\n\nmerci.", "fr-FR", "Camille", "Dubois", True),
    ("Bonjour Madame Dubois,\n\nmerci.", "fr-FR", "Camille", "Dubois", False),
    ("Sehr geehrte Frau Julia,\n\nvielen Dank.", "de-DE", None, None, False),  # not guessed without names
])
def test_forms_of_address(toolkit, text, locale, given, family, flagged):
    found = "name_order" in codes(toolkit, text, locale, voice="formal", customer_given_name=given,
                                  customer_family_name=family)
    assert found is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("Ahoj Jano, díky za tvou objednávku. Stav si můžeš sledovat v aplikaci.", "cs-CZ", True),
    ("Dobrý den, paní Nováková, děkujeme za Vaši objednávku. Ty boty Vám pošleme zítra.", "cs-CZ", False),
    ("Salamat sa order mo. Ipapadala na namin bukas ang item mo.", "tl-PH", True),
    ("Salamat po sa inyong order. Ipapadala na po namin ito bukas.", "tl-PH", False),
    ("ご不明な点がございましたら、ご遠慮なく。今後とも宜しく。では、また。", "ja-JP", False),
])
def test_register(toolkit, text, locale, flagged):
    assert ("informal_address" in codes(toolkit, text, locale)) is flagged


def test_a_weekday_settles_a_numeric_date(toolkit):
    assert "ambiguous_date" not in codes(toolkit, "Kho hàng nghỉ đến hết thứ Tư, 10/2/2027.", "vi-VN")
    assert "ambiguous_date" in codes(toolkit, "Kho hàng nghỉ đến hết ngày 10/2/2027.", "vi-VN")
    assert "ambiguous_date" in codes(toolkit, "Die Lieferung ist für den 11/12 geplant.", "de-DE")


def test_a_honorific_rule_without_titles_or_honorifics_is_an_error(tmp_path):
    from test_lint_errors import error_of, user_rule

    rule = ("extends: honorific_name\nmessage: x\nlevel: warning\ndescription: A rule for a test.\n"
            "link: https://example.com\nshould_flag: [x]\nshould_pass: [y]\naddressed_by: given\n")
    message = error_of(user_rule(tmp_path, rule))
    assert "Bad.yaml" in message and "honorifics" in message
