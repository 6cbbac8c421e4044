"""General fixes found with tests/data/lint/dev8b (issue 15): register under the market's default
voice, clocks with a city or a window, closure notices beside dates, Hijri-ambiguous dates."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


def test_formal_draft_under_an_informal_market_default_is_not_flagged(toolkit):
    text = "Buen día, señora Ospina:\n\nLe confirmamos que su pedido llegará el martes."
    assert "informal_address" not in codes(toolkit, text, "es-CO")
    assert "informal_address" not in codes(toolkit, "Geachte heer Smit,\n\nUw bestelling is verzonden.", "nl-NL")
    # a store that chose the informal voice still hears about its formal drafts
    assert "informal_address" in codes(toolkit, text, "es-CO", voice="informal")


def test_mixed_register_is_flagged_under_the_market_default(toolkit):
    assert "informal_address" in codes(toolkit, "Le confirmamos el reembolso. Si quieres, te mandamos un cupón.",
                                       "es-CO")
    # an informal greeting above a formal body, in another paragraph
    assert "informal_address" in codes(toolkit, "Ciao Davide,\n\nSiamo lieti di aiutarLa con il cambio.", "it-IT")


def test_malay_familiar_pronouns(toolkit):
    assert "informal_address" in codes(toolkit, "Aku dah semak pesanan kau.", "ms-MY")
    assert "informal_address" not in codes(toolkit, "Kami telah menyemak pesanan encik.", "ms-MY")


@pytest.mark.parametrize("text,locale", [
    ("Puede llamarnos de lunes a viernes de 8:00 a. m. a 6:00 p. m. (hora de Bogotá).", "es-CO"),
    ("Su nevera le llegará el martes entre las 8:00 a. m. y las 12:00 m.", "es-CO"),
    ("Pasukan kami boleh dihubungi antara 9 pagi hingga 6 petang (waktu Malaysia).", "ms-MY"),
    ("Juruteknik kami akan datang antara jam 9 pagi dan 12 tengah hari.", "ms-MY"),
    ("Anh vui lòng gọi tổng đài từ 8:00 đến 17:00 (giờ Việt Nam).", "vi-VN"),
])
def test_times_with_a_city_or_at_the_door_need_no_zone(toolkit, text, locale):
    assert "time_without_timezone" not in codes(toolkit, text, locale, team_timezone="Europe/Berlin")


def test_a_call_without_a_zone_is_still_flagged(toolkit):
    assert "time_without_timezone" in codes(toolkit, "Le llamaremos mañana a las 4:00 p. m.", "es-CO",
                                            team_timezone="Europe/Berlin")


NOW = "2027-12-20T09:00:00+01:00"


@pytest.mark.parametrize("text,locale", [
    ("Le informamos que el sábado 25 de diciembre la paquetería no realizará entregas. Su pedido llegará el "
     "lunes 27.", "es-MX"),
    ("24, 25 i 26 grudnia kurierzy nie pracują, dlatego paczka dotrze 27 grudnia.", "pl-PL"),
    ("Por los festivos (sábado 25 de diciembre), su pedido llegará el martes 28 de diciembre.", "es-CO"),
    ("ご指定いただいた12月26日（日）の午前中にお届けいたします。", "ja-JP"),
])
def test_closures_glosses_and_chosen_days_are_no_promise(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale, now=NOW)


def test_a_visit_on_a_holiday_is_still_a_promise(toolkit):
    assert "weekend_promise" in codes(toolkit, "El técnico pasará el sábado 25 de diciembre por la mañana.",
                                      "es-MX", now=NOW)
    assert "weekend_promise" in codes(toolkit, "Kurier dostarczy lodówkę w sobotę 25 grudnia.", "pl-PL", now=NOW)


def test_thai_from_is_not_but(toolkit):
    text = "ทางร้านจะหยุดจัดส่งสินค้าตั้งแต่วันพฤหัสบดีที่ 30 ถึงวันเสาร์ที่ 1 มกราคม และจะจัดส่งตามปกติในวันอังคารที่ 4 มกราคมค่ะ"
    assert "weekend_promise" not in codes(toolkit, text, "th-TH", now=NOW)


def test_hijri_makes_a_yearless_date_ambiguous_in_saudi_arabia(toolkit):
    assert "ambiguous_date" in codes(toolkit, "يُرجى إرسال المنتج قبل 10/03.", "ar-SA")
    assert "ambiguous_date" not in codes(toolkit, "Você pode devolver até 05/03.", "pt-BR")


@pytest.mark.parametrize("text,locale", [
    ("Da haben wir leider den Ball fallen lassen.", "de-DE"),
    ("Ne vous inquiétez pas : on a votre dos.", "fr-CA"),
    ("हम आपके लिए अतिरिक्त मील चलेंगे।", "hi-IN"),
    ("Sekarang bola ada di lapangan Ibu.", "id-ID"),
    ("Мяч теперь на вашей стороне.", "ru-RU"),
])
def test_idiom_calques(toolkit, text, locale):
    assert "idiom" in codes(toolkit, text, locale)


def test_a_zone_stated_elsewhere_in_the_draft_sets_the_clock(toolkit):
    text = ("Nuestra línea atiende de 8:00 a. m. a 6:00 p. m. (hora de Bogotá).\n\n"
            "Un asesor le llamará mañana a las 10:00.")
    assert "time_without_timezone" not in codes(toolkit, text, "es-CO", team_timezone="Europe/Berlin")
    assert "time_without_timezone" in codes(toolkit, "Un asesor le llamará mañana a las 10:00.", "es-CO",
                                            team_timezone="Europe/Berlin")


def test_english_idioms_where_english_is_a_second_language_and_sports_outside_the_us(toolkit):
    assert "idiom" in codes(toolkit, "We will get back on track in no time.", "en-IN")
    assert "idiom" not in codes(toolkit, "We will get back on track in no time.", "en-GB")
    assert "idiom" in codes(toolkit, "It's a slam dunk once we have the photos.", "en-AU")
    assert "idiom" not in codes(toolkit, "It's a slam dunk once we have the photos.", "en-US")


@pytest.mark.parametrize("text,locale", [
    ("El viernes 24 no hay entregas y el técnico pasará el sábado 25 de diciembre.", "es-ES"),
    ("We are closed on Friday 24 December and our engineer will visit you on Sunday 26 December.", "en-GB"),
    ("Am 24. Dezember ist unser Lager geschlossen, der Techniker kommt am Sonntag, 26. Dezember.", "de-DE"),
    ("24 grudnia kurierzy nie pracują, a technik przyjedzie w niedzielę 26 grudnia.", "pl-PL"),
    ("Ngày 24 tháng 12 chúng tôi nghỉ, và kỹ thuật viên sẽ đến lắp đặt vào Chủ Nhật ngày 26 tháng 12.", "vi-VN"),
])
def test_a_promise_beside_a_closure_notice_is_read_on_its_own_clause(toolkit, text, locale):
    assert "weekend_promise" in codes(toolkit, text, locale, now=NOW)


def test_the_customers_own_action_beside_a_closure_is_no_promise(toolkit):
    text = "We're closed on Friday 24 December, and you can collect it from Sunday 26 December."
    assert "weekend_promise" not in codes(toolkit, text, "en-GB", now=NOW)


def test_dev8b_after_its_fixes(toolkit):
    """dev8b (written after fresh7, tuned on): first scored P 0.69, R 0.65, 6 of 38 clean flagged."""
    from pathlib import Path

    from xborder.lint.evaluate import evaluate, load_corpus

    score = evaluate(toolkit, load_corpus(Path(__file__).parent / "data" / "lint" / "dev8b"))
    assert score.precision() >= 0.93 and score.recall() >= 0.90
    # de-AT "59,90 €" passes since Austria is a market of either side (CurrencySymbolPosition's either_side)
    assert not score.clean_flagged, [o.draft.id for o in score.clean_flagged]
