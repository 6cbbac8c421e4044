"""weekend_promise read as who does what on the day (issue 15, tests/data/lint/dev13a and fresh12's
classes): the day's clause is read for its tense, its mood and the date's role, not only for words."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

MAR = "2030-02-25T09:00:00+01:00"  # a Monday; 9 March 2030 is a Saturday, 10 March a Sunday


def flagged(toolkit, text, locale, now=MAR):
    return "weekend_promise" in {f.code for f in lint_text(toolkit, text, locale, now=now)}


@pytest.mark.parametrize("text, locale, promise", [
    # past tense in the bare weekday's own clause: last week's day
    ("The courier came by on Saturday, but you were out. He will try again on Tuesday, 26 February.", "en-GB", False),
    ("Der Bote war am Sonntag da. Er kommt am Dienstag, 26. Februar, noch einmal.", "de-DE", False),
    ("El paquete llegó al almacén el sábado y saldrá el martes 26 de febrero.", "es-ES", False),
    ("荷物は土曜日に倉庫へ到着しました。", "ja-JP", False),
    ("상품은 일요일에 입고되었습니다.", "ko-KR", False),
    ("包裹已于周日到达北京转运中心。", "zh-CN", False),
    # a future or a confirmation keeps the promise
    ("The courier will come by on Saturday.", "en-GB", True),
    ("DPD confirmed the collection on Sunday.", "en-GB", True),
    ("A transportadora confirmou a coleta no domingo.", "pt-BR", True),
])
def test_the_tense_of_a_bare_weekday(toolkit, text, locale, promise):
    assert flagged(toolkit, text, locale) is promise


@pytest.mark.parametrize("text, locale, promise", [
    ("If you would prefer delivery on Saturday 9 March, please let us know.", "en-GB", False),
    ("Si prefiere recibirlo el sábado 9 de marzo, avísenos antes del jueves.", "es-ES", False),
    ("3月9日（土）のお届けをご希望の場合は、ご連絡ください。", "ja-JP", False),
    ("3월 9일 토요일 배송을 원하시면 연락 주세요.", "ko-KR", False),
    ("如果您希望3月9日（周六）收货，请告诉我们。", "zh-CN", False),
    # the main clause after the condition still promises
    ("If you order today, our courier will deliver on Sunday 10 March.", "en-GB", True),
])
def test_a_conditional_clause_is_no_promise(toolkit, text, locale, promise):
    assert flagged(toolkit, text, locale) is promise


@pytest.mark.parametrize("text, locale, promise", [
    ("The deadline for your return is Sunday 10 March.", "en-GB", False),
    ("La date limite de retour est le dimanche 10 mars.", "fr-FR", False),
    ("Der letzte Tag für Ihre Rücksendung ist Sonntag, 10. März.", "de-DE", False),
    ("退货截止日期是3月10日（周日）。", "zh-CN", False),
    ("交換の受付期限は3月10日（日）です。", "ja-JP", False),
    ("Ostatni dzień na zwrot to niedziela 10 marca.", "pl-PL", False),
    ("Your new delivery date is Sunday 10 March: the courier will bring it then.", "en-GB", True),
])
def test_a_limit_named_before_the_day_is_the_customers_deadline(toolkit, text, locale, promise):
    assert flagged(toolkit, text, locale) is promise


def test_a_greeting_for_the_holiday_on_its_day(toolkit):
    now = "2030-02-25T09:00:00+05:30"
    assert not flagged(toolkit, "Wishing you a happy Holi on Wednesday, 20 March! Your order will reach you on "
                                "Thursday, 21 March.", "en-IN", now)
    assert flagged(toolkit, "Our technician will visit on Wednesday, 20 March.", "en-IN", now)


def test_vietnamese_dates_are_read(toolkit):
    now = "2030-01-28T09:00:00+07:00"
    assert flagged(toolkit, "Đơn hàng sẽ được giao vào thứ Hai, ngày 4 tháng 2.", "vi-VN", now)
    assert flagged(toolkit, "Đơn hàng sẽ được giao vào ngày 4 tháng 2 năm 2030.", "vi-VN", now)
    assert not flagged(toolkit, "Đơn hàng sẽ được giao vào ngày 7 tháng 2.", "vi-VN", now)


@pytest.mark.parametrize("text, locale, promise", [
    # said in the sentence after the promise, the carrier's weekend service is known
    ("顺丰预计3月10日（周日）送达。顺丰周末正常派送。", "zh-CN", False),
    # a start given with its time
    ("活动将于3月10日20:00（北京时间）开始。", "zh-CN", False),
    # a bracketed gloss before the comma keeps the negation in the day's clause
    ("Die Spedition liefert am Montag, 11. März, weil am Sonntag, 10. März (Ruhetag), nicht zugestellt wird.",
     "de-DE", False),
    # a day named as a cause
    ("10 Mart Pazar günü tatil nedeniyle kargo teslimatı 11 Mart Pazartesi günü yapılacaktır.", "tr-TR", False),
])
def test_fresh12s_classes(toolkit, text, locale, promise):
    assert flagged(toolkit, text, locale) is promise


@pytest.mark.parametrize("kind", ["past", "if", "if_after", "limit", "future"])
def test_bad_commitment_markers_are_one_line_errors(tmp_path, kind):
    from xborder import Toolkit
    from xborder.errors import DataError

    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(f"extends: weekend_promise\nmessage: \"x\"\nlevel: warning\n"
                                     f"commitment: {{en: {{{kind}: 'was'}}}}\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello", "en-US")
    assert "\n" not in str(info.value) and "commitment" in str(info.value)


def test_a_state_named_as_a_holidays_scope_is_not_the_customers(toolkit):
    text = ("Labour Day is a public holiday in Victoria only, so your delivery to Newtown goes ahead: "
            "Australia Post will deliver on Monday 11 March.")
    assert not flagged(toolkit, text, "en-AU", "2030-02-25T09:00:00+11:00")
    assert flagged(toolkit, "Australia Post will deliver to your home in Brunswick, VIC on Monday 11 March.", "en-AU",
                   "2030-02-25T09:00:00+11:00")


@pytest.mark.parametrize("text, locale", [
    ("Your parcel can be delivered on Saturday.", "en-GB"),  # a modal passive is no past
    ("We need to send the technician on Saturday.", "en-GB"),  # "need" is no past tense
    ("We have rescheduled the delivery to Saturday.", "en-GB"),  # rearranging sets a future day
    ("Wir haben den Liefertermin auf Samstag gelegt.", "de-DE"),
    ("Wij leveren het als cadeau op zondag 10 maart.", "nl-NL"),  # Dutch "als" is also "as"
    ("Le délai de livraison : le colis arrivera dimanche 10 mars.", "fr-FR"),  # a delivery period is no limit
])
def test_look_alikes_of_the_new_readings_still_promise(toolkit, text, locale):
    assert flagged(toolkit, text, locale)
