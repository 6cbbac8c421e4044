"""Calendar and clock checks after fresh16 (issue 15, tests/data/lint/dev17b): which carrier brings it (named in
the sentence before), which calendar a date is read in (a numeric date with its weekday in brackets), what a
sentence says of a day ("falls on a Wednesday": no particular day), which states' holidays count (those most of
Australia keeps), the coordinator's decision on carriers that deliver on holidays, and a city's or country's
clock in the customer's own language."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

JUL = "2035-07-09T09:00:00+02:00"  # a Monday; Sat 14 July 2035 is France's fête nationale, Mon 16 July 海の日
SEP = "2035-09-24T09:00:00+02:00"  # a Monday; Mon 1 October 2035: Labour Day in NSW, SA, ACT, King's Birthday in QLD
NOV = "2035-11-26T09:00:00+01:00"  # a Monday; Tue 25 December 2035 is Constitution Day in Taiwan too


def codes(toolkit, text, locale, now=JUL):
    return {f.code for f in lint_text(toolkit, text, locale, now=now, team_timezone="Europe/Berlin")}


@pytest.mark.parametrize("text, locale, promise", [
    # the carrier named in the sentence before brings it
    ("Votre colis a été remis à Colissimo. La livraison est prévue le samedi 21 juillet.", "fr-FR", False),
    ("Ihr Paket wurde an DHL übergeben. Die Zustellung erfolgt am Samstag, 21. Juli.", "de-DE", False),
    ("Your order left with Royal Mail today. It will arrive on Saturday 21 July.", "en-GB", False),
    # ... not when the day's sentence is the store's own work, or another paragraph
    ("Le meuble est parti avec Colissimo. Notre technicien passera le samedi 21 juillet.", "fr-FR", True),
    ("We've sent it with Royal Mail. We'll call you on Saturday 21 July to confirm.", "en-GB", True),
    ("Your order left with Royal Mail today.\n\nIt will arrive on Saturday 21 July.", "en-GB", True),
])
def test_the_carrier_named_before(toolkit, text, locale, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale)) is promise


@pytest.mark.parametrize("text, locale, now, promise", [
    ("新竹物流將於12/25（二）送達您府上。", "zh-TW", NOV, True),
    ("新竹物流將於12/25（週二）送達您府上。", "zh-TW", NOV, True),
    ("新竹物流將於12/27（四）送達您府上。", "zh-TW", NOV, False),
    ("7/17(화)에 기사님이 방문하여 설치해 드립니다.", "ko-KR", JUL, True),
    ("7/16（月）に弊社スタッフが設置に伺います。", "ja-JP", JUL, True),
    # a bracket that is not the date's weekday: the date is not read as that day
    ("新竹物流將於12/25（五）送達您府上。", "zh-TW", NOV, False),
])
def test_a_numeric_date_with_its_weekday_in_brackets(toolkit, text, locale, now, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale, now)) is promise


@pytest.mark.parametrize("text, locale", [
    ("Since July 14 falls on a Saturday this year, FedEx will deliver on Friday, July 13.", "en-US"),
    ("Weil der 1. August auf einen Mittwoch fällt, stellt die Post am Donnerstag, 2. August, zu.", "de-CH"),
    ("Comme le 14 juillet tombe un samedi, Chronopost vous livrera le lundi 16 juillet.", "fr-FR"),
    ("Omdat 25 december op een dinsdag valt, bezorgt PostNL uw pakket op maandag 24 december.", "nl-NL"),
    ("Eftersom julafton infaller på en måndag levererar PostNord fredagen den 21 december.", "sv-SE"),
    ("Ponieważ Wigilia wypada w poniedziałek, kurier dostarczy przesyłkę w piątek, 21 grudnia.", "pl-PL"),
])
def test_a_date_said_to_fall_on_a_weekday_is_no_promise(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale, NOV if "dec" in text.lower() or "grud" in text
                                          or "Wigilia" in text or "julafton" in text else JUL)


@pytest.mark.parametrize("text, promise", [
    ("Australia Post will deliver it on Monday 1 October.", True),  # most states keep it
    ("Australia Post will deliver it to your Perth address on Monday 1 October.", False),  # not WA
    ("Australia Post will deliver it on Tuesday 6 November.", False),  # Melbourne Cup: Victoria's alone
    ("Australia Post will deliver it to you in Geelong on Tuesday 6 November.", True),
])
def test_australias_state_holidays(toolkit, text, promise):
    assert ("weekend_promise" in codes(toolkit, text, "en-AU", SEP)) is promise


@pytest.mark.parametrize("text, locale, now, promise", [
    # carriers that deliver on holidays there: no fault, marked or not (coordinator's decision, 2026-12-07)
    ("佐川急便にて7月16日にお届けいたします。", "ja-JP", JUL, False),
    ("ご注文の商品は本日ヤマト運輸にて発送いたしました。\n7月16日（月）にお届け予定です。", "ja-JP", JUL, False),
    ("您的订单已交由顺丰速运配送，预计10月2日送达。", "zh-CN", SEP, False),
    # the store's own work on the holiday is still promised
    ("担当者より7月16日（月）にお電話いたします。", "ja-JP", JUL, True),
    ("ヤマト運輸にて発送いたしました。7月16日（月）に担当者よりお電話いたします。", "ja-JP", JUL, True),
    ("我们的财务同事将于10月2日为您办理退款。", "zh-CN", SEP, True),
])
def test_carriers_that_deliver_on_holidays(toolkit, text, locale, now, promise):
    assert ("weekend_promise" in codes(toolkit, text, locale, now)) is promise


@pytest.mark.parametrize("zone, locale", [
    ("за київським часом", "uk-UA"), ("(київський час)", "uk-UA"), ("за Києвом", "uk-UA"),
    ("по екатеринбургскому времени", "ru-RU"), ("по Екатеринбургу", "ru-RU"),
    ("Helsingin aikaa", "fi-FI"), ("ora Bucureștiului", "ro-RO"), ("（東京時間）", "ja-JP"),
    ("(서울 시간)", "ko-KR"), ("(horário de São Paulo)", "pt-BR"), ("İstanbul saatiyle", "tr-TR"),
])
def test_a_city_or_country_clock_in_the_customers_language(toolkit, zone, locale):
    text = f"Call back on Tuesday 10 July at 15:00 {zone}."
    assert "time_without_timezone" not in codes(toolkit, text, locale)
    assert "time_without_timezone" in codes(toolkit, "Call back on Tuesday 10 July at 15:00.", locale)


@pytest.mark.parametrize("value", ["[NSW]", "{AU: []}", "{AU: {NSW: many}}"])
def test_bad_majority_is_a_one_line_error(tmp_path, value):
    from xborder import Toolkit
    from xborder.errors import DataError

    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(f"extends: weekend_promise\nmessage: \"x\"\nlevel: warning\n"
                                     f"majority: {value}\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello", "en-US")
    assert "\n" not in str(info.value) and "majority" in str(info.value)
