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


@pytest.mark.parametrize("text, locale, flagged", [
    ("王先生您好！\n\n您下单时选择了节日照送服务，我们会按照您的要求安排京东物流在\n10月2日上午送达，节日附加费由我们承担。\n",
     "zh-CN", False),
    ("李女士您好！\n\n您的订单已经打包完毕，我们将安排中通快递在\n10月2日送达您的地址，请注意查收。\n", "zh-CN", True),
    ("佐藤様\n\nお問い合わせありがとうございます。ご注文の品は、ご希望のとおりヤマト運輸にて\n10月7日（日）午前中にお届けいたします。\n",
     "ja-JP", False),
])
def test_a_wrapped_chinese_or_japanese_line_joins_its_sentence(toolkit, text, locale, flagged):
    assert ("weekend_promise" in codes(toolkit, text, locale, now=OCT)) is flagged


@pytest.mark.parametrize("text, locale, now, flagged", [
    ("For Father's Day on Sunday, June 17, order by Tuesday, June 12, and we'll have it at your door in time.",
     "en-US", "2029-06-01T09:00:00-04:00", False),
    ("Für Muttertag am Sonntag, 13. Mai, sind Sie mit einer Bestellung bis Mittwoch, 9. Mai, auf der sicheren "
     "Seite.", "de-DE", "2029-04-30T09:00:00+02:00", False),
    ("Para o Dia das Mães, no domingo, 13 de maio, faça seu pedido até quarta-feira, 9 de maio.", "pt-BR",
     "2029-05-02T09:00:00-03:00", False),
    ("UPS will deliver your Father's Day gift on Sunday, June 17.", "en-US", "2029-06-01T09:00:00-04:00", True),
    ("Order by Tuesday, June 12, and UPS will deliver it on Sunday, June 17.", "en-US",
     "2029-06-01T09:00:00-04:00", True),
])
def test_the_occasion_a_deadline_is_set_for_is_no_promise(toolkit, text, locale, now, flagged):
    assert ("weekend_promise" in codes(toolkit, text, locale, now=now)) is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("המכונה תגיע אלייך ביום שלישי, 2 באוקטובר, בין 8:00 ל-12:00.", "he-IL", False),
    ("ستصل الغسالة إلى منزلك يوم الثلاثاء 2 أكتوبر بين 9:00 و13:00.", "ar-AE", False),
    ("נציג שלנו יתקשר אלייך ביום חמישי, 4 באוקטובר, בשעה 15:00.", "he-IL", True),
])
def test_a_window_at_the_customers_home_keeps_their_clock(toolkit, text, locale, flagged):
    assert ("time_without_timezone" in codes(toolkit, text, locale, now=OCT, team_timezone="Europe/Berlin")) \
        is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("Your replacement blender should reach you by 04/10.", "en-CA", True),  # 4 October or 10 April
    ("Your replacement blender should reach you by October 4.", "en-CA", False),
    ("Estimated delivery: 10/03.", "en-US", False),  # an American reads 3 October, and nothing near else
])
def test_canada_reads_a_yearless_date_both_ways(toolkit, text, locale, flagged):
    assert ("ambiguous_date" in codes(toolkit, text, locale, now=OCT)) is flagged


@pytest.mark.parametrize("value", ["[Canada]", "{CA: true}"])
def test_bad_both_orders_are_one_line_errors(tmp_path, value):
    from xborder import Toolkit
    from xborder.errors import DataError

    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(f"extends: ambiguous_date\nmessage: \"x\"\nlevel: warning\nboth_orders: {value}\n",
                                     encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello", "en-US")
    assert "\n" not in str(info.value) and "both_orders" in str(info.value)


@pytest.mark.parametrize("text, locale, flagged", [
    ("وسيصلك طلبك في أول أيام عيد الفطر المبارك، يوم الأربعاء 14 فبراير.", "ar-SA", True),
    ("Aramex will deliver your order on the first day of Eid al-Fitr, Wednesday 14 February.", "en-GB", True),
    ("Eid al-Fitr falls on Wednesday 14 February, so Aramex will deliver your order on Tuesday 20 February.",
     "en-GB", False),
])
def test_a_holiday_named_as_the_promised_day_is_still_promised(toolkit, text, locale, flagged):
    assert ("weekend_promise" in codes(toolkit, text, locale, region="SA", now="2029-02-01T09:00:00+03:00")) \
        is flagged


@pytest.mark.parametrize("text, locale, flagged", [
    ("Your kettle went out today with Royal Mail Tracked 24, so it should be with you on Saturday 6 October.",
     "en-GB", False),
    ("Uw bestelling versturen wij op vrijdag 5 oktober; PostNL bezorgt die op zaterdag.", "nl-NL", False),
    ("Ihr Paket ist unterwegs: DHL stellt es am Samstag, 6. Oktober, zu.", "de-DE", False),
    ("PostNord levererar paketet till dig lördag 6 oktober.", "sv-SE", True),  # no Saturday rounds
    ("DPD will deliver your parcel on Saturday 6 October.", "en-GB", True),  # Saturday is a paid option
    ("Royal Mail will deliver your parcel on Sunday 7 October.", "en-GB", True),  # Saturdays only
    ("Your parcel will be delivered on Saturday 6 October.", "en-GB", True),  # no carrier named
    ("We ship with DHL. Our technician will come on Saturday, 6 October.", "de-DE", True),  # not the carrier
])
def test_a_carrier_that_delivers_on_saturdays(toolkit, text, locale, flagged):
    assert ("weekend_promise" in codes(toolkit, text, locale, now=OCT)) is flagged


@pytest.mark.parametrize("value", ["[PostNL]", "{NL: PostNL}", "{NL: []}"])
def test_bad_saturday_carriers_are_one_line_errors(tmp_path, value):
    from xborder import Toolkit
    from xborder.errors import DataError

    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(f"extends: weekend_promise\nmessage: \"x\"\nlevel: warning\n"
                                     f"saturday_carriers: {value}\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello", "en-US")
    assert "\n" not in str(info.value) and "saturday_carriers" in str(info.value)
