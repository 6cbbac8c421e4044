"""General fixes found with tests/data/lint/dev12a and fresh11 (issue 15): a state's own weekend
(Malaysia), the ends of a span of days, Hong Kong's and Macau's 你, and the tools behind them."""
from __future__ import annotations

import datetime as dt

import pytest

from xborder.lint import lint_text
from xborder.timing import day_off
from xborder.timing.daysoff import subdivision_weekend

OCT = "2029-09-25T09:00:00+02:00"  # a Tuesday; 5 October 2029 is a Friday, 7 October a Sunday


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


def test_a_state_with_its_own_weekend():
    assert subdivision_weekend("MY", "03", 2029) == (4, 5)  # Kelantan: Friday and Saturday
    assert subdivision_weekend("MY", "10", 2029) is None  # Selangor keeps the country's
    assert subdivision_weekend("DE", "BY", 2029) is None
    assert day_off("MY-03", dt.date(2029, 10, 7)) is None
    assert day_off("MY-03", dt.date(2029, 10, 5)) == "weekend (Friday)"
    assert day_off("MY-10", dt.date(2029, 10, 7)) == "weekend (Sunday)"


@pytest.mark.parametrize("text, locale, flagged", [
    ("Bungkusan Puan ke Kuala Terengganu akan dihantar oleh J&T pada hari Ahad, 7 Oktober.", "ms-MY", False),
    ("Our technician will visit your home in Alor Setar, Kedah on Sunday, 7 October.", "en-MY", False),
    ("Bungkusan Encik ke Kota Bharu, Kelantan akan dihantar pada hari Jumaat, 5 Oktober.", "ms-MY", True),
    ("Your parcel to Kuala Terengganu will be delivered on Saturday, 6 October.", "en-MY", True),
    ("Your parcel to Petaling Jaya will be delivered on Sunday, 7 October.", "en-MY", True),
    ("Your parcel will be delivered on Sunday, 7 October.", "en-MY", True),
])
def test_the_customers_state_sets_the_weekend(toolkit, text, locale, flagged):
    assert ("weekend_promise" in codes(toolkit, text, locale, now=OCT)) is flagged


@pytest.mark.parametrize("text, locale", [
    ("Notre entrepôt est fermé du 5 au 7 octobre ; votre commande partira le lundi 8 octobre.", "fr-FR"),
    ("Unser Lager ist vom 5. bis 7. Oktober geschlossen, wir versenden am Montag, 8. Oktober.", "de-DE"),
    ("المخزن هيبقى مقفول من 4 لـ 6 أكتوبر، وطلبك هيتشحن يوم الأحد 7 أكتوبر.", "ar-EG"),
    ("Il magazzino resta chiuso dal 5 al 7 ottobre; il suo ordine partirà lunedì 8 ottobre.", "it-IT"),
    ("Our warehouse shuts on October 5-7, and your order will leave on Tuesday, October 9.", "en-US"),
    ("Nasz magazyn będzie nieczynny od 5 do 7 października, zamówienie wyślemy 8 października.", "pl-PL"),
])
def test_the_ends_of_a_span_of_days_are_no_promise(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale, now=OCT)


@pytest.mark.parametrize("text, locale", [
    ("Il corriere consegnerà il suo pacco domenica 7 ottobre.", "it-IT"),
    ("Wir liefern am 6. und 7. Oktober je ein Paket.", "de-DE"),  # "and" joins two promised days
])
def test_a_lone_day_or_two_joined_by_and_is_still_promised(toolkit, text, locale):
    assert "weekend_promise" in codes(toolkit, text, locale, now=OCT)


@pytest.mark.parametrize("text, locale, region, flagged", [
    ("多謝你的查詢，你的退款會於10月4日退回你的信用卡。", "zh-HK", None, False),
    ("多謝你的查詢，你的訂單會於10月4日送到。", "zh-Hant-MO", "MO", False),
    ("感謝你的耐心等候，你的退款將於10月4日退回。", "zh-TW", None, True),
    ("感谢你的耐心等待，你的退款将于10月4日退回。", "zh-CN", None, True),
])
def test_hong_kong_and_macau_write_ni_courteously(toolkit, text, locale, region, flagged):
    assert ("informal_address" in codes(toolkit, text, locale, region=region, now=OCT)) is flagged
