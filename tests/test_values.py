"""Typed values in replies (issue 15, parts 3-5): dates, times, zones, ranges, money, rates,
promises in the customer's day, the privacy deadline from policy data, per-locale names."""
from __future__ import annotations

import json

import pytest

from xborder.errors import InputError, VariableError, XborderError
from xborder.render.values import Money, Rates

NOW = "2026-11-23T09:00:00+00:00"


def render(toolkit, template, locale, region=None, **values):
    options = {k: values.pop(k) for k in ("rates", "business_hours", "now", "timezone", "store") if k in values}
    options.setdefault("now", NOW)
    context = dict(toolkit.template(template).examples(), **values)
    return toolkit.render(template, locale=locale, region=region, context=context, **options)


# -- times and zones ------------------------------------------------------------------------------

@pytest.mark.parametrize("locale, region, due, expected", [
    ("de", "DE", "2026-11-24T10:00:00+01:00", "Dienstag, 24. November 2026 um 10:00 Uhr (MEZ)"),
    ("fr", "FR", "2026-11-24T10:00:00+01:00", "mardi 24 novembre 2026 à 10 h (heure de Paris)"),
    ("fr", "FR", "2026-11-24T10:30:00+01:00", "à 10 h 30 (heure de Paris)"),
    ("fr-CA", "CA-QC", "2026-11-24T08:00:00-05:00", "à 8 h (HNE)"),  # OQLF: "8 h", not "08 h 00"
    # Spanish: no comma after the weekday (Fundéu), "a las", and "a la" for one o'clock
    ("es", "ES", "2026-11-24T10:00:00+01:00", "el martes 24 de noviembre de 2026 a las 10:00"),
    ("es-MX", "MX", "2026-11-24T13:00:00-06:00", "a la 1:00\u202fp.m. (hora del centro)"),
    ("pl", "PL", "2026-11-24T10:00:00+01:00", "24 listopada 2026, godz. 10:00"),
    ("zh-CN", "CN", "2026-11-24T17:00:00+08:00", "17:00（北京时间）"),
    ("ja", "JP", "2026-11-24T18:00:00+09:00", "18:00（日本時間）"),
    ("ru", "RU", "2026-11-24T12:00:00+03:00", "в 12:00 (МСК)"),
    ("en-GB", "GB", "2026-11-24T10:00:00+00:00", "at 10:00 (GMT)"),
    ("de", "DE", "2026-07-14T10:00:00+02:00", "10:00 Uhr (MESZ)"),  # summer time named as such
    ("pt-BR", "BR", "2026-11-24T10:00:00-03:00", "às 10:00 (horário de Brasília)"),
    ("pt-PT", "PT", "2026-11-24T10:00:00+00:00", "às 10:00 (hora de Portugal continental)"),  # CLDR: "WET"
    ("nl", "NL", "2026-11-24T10:00:00+01:00", "om 10.00 uur (Nederlandse tijd)"),  # CLDR: "CET"
    ("pl", "PL", "2026-11-24T10:00:00+01:00", "godz. 10:00 (czas polski)"),
    ("ko", "KR", "2026-11-24T18:00:00+09:00", "오후 6:00 (한국 시간)"),  # CLDR: "한국 표준시"
    ("zh-TW", "TW", "2026-11-24T17:00:00+08:00", "下午5:00（台灣時間）"),  # CLDR: "台北標準時間"
    ("es-MX", "MX", "2026-11-24T10:00:00-06:00", "10:00\u202fa.m. (hora del centro)"),
])
def test_deadline_shows_local_clock_and_short_zone_name(toolkit, locale, region, due, expected):
    text = render(toolkit, "complaint_received", locale, region, response_due=due).text
    assert expected in text


def test_a_deadline_in_the_customers_night_moves_to_their_morning(toolkit):
    # 10:00 in Berlin is 04:00 in New York: the reply promises 08:00, a later time the team keeps.
    reply = render(toolkit, "complaint_received", "en-US", "US", response_due="2026-11-24T10:00:00+01:00")
    assert "8:00\u202fAM (EST)" in reply.text and "4:00" not in reply.text
    (flag,) = [f for f in reply.flags if f.code == "promise_moved"]
    assert "quiet hours" in flag.message and flag.severity == "info"
    # in the evening the promise moves to the next morning
    late = render(toolkit, "complaint_received", "de", "DE", response_due="2026-11-24T22:30:00+01:00")
    assert "Mittwoch, 25. November 2026 um 08:00 Uhr" in late.text


def test_a_deadline_after_the_team_closes_is_its_closing_time(toolkit):
    hours = "Mon-Fri 09:00-18:00 @Europe/Berlin"
    reply = render(toolkit, "complaint_received", "de", "DE", response_due="2026-11-24T20:00:00+01:00",
                   business_hours=hours)
    assert "um 18:00 Uhr (MEZ)" in reply.text
    assert any(f.code == "promise_moved" and "after the team closes" in f.message for f in reply.flags)
    inside = render(toolkit, "complaint_received", "de", "DE", response_due="2026-11-24T15:00:00+01:00",
                    business_hours=hours)
    assert "um 15:00 Uhr" in inside.text and not any(f.code == "promise_moved" for f in inside.flags)


def test_business_hours_from_the_cli(run):
    result = run("reply", "complaint_received", "--locale", "de", "--region", "DE", "--examples", "--now", NOW,
                 "--var", "response_due=2026-11-24T20:00:00+01:00", "--business-hours",
                 "Mon-Fri 09:00-18:00 @Europe/Berlin", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert "18:00 Uhr" in data["text"] and "promise_moved" in [f["code"] for f in data["flags"]]


# -- dates, ordinals, ranges ------------------------------------------------------------------

@pytest.mark.parametrize("locale, region, expected", [
    ("fr", "FR", "1er décembre 2026"), ("pt-BR", "BR", "1º de dezembro de 2026"), ("it", "IT", "1° dicembre 2026"),
    ("es", "ES", "1 de diciembre de 2026"), ("de", "DE", "1. Dezember 2026"),
])
def test_first_of_the_month_is_an_ordinal_where_the_language_writes_one(toolkit, locale, region, expected):
    text = render(toolkit, "payment_reminder", locale, region, due_date="2026-12-01").text
    assert expected in text
    assert "2 décembre" in render(toolkit, "payment_reminder", "fr", "FR", due_date="2026-12-02").text


@pytest.mark.parametrize("locale, start, end, expected", [
    ("it", "2026-12-07", "2026-12-10", "il giorno 7 e il giorno 10 dicembre."),
    ("fr", "2026-12-07", "2026-12-10", "entre le 7 et le 10 décembre."),
    ("de", "2026-12-07", "2026-12-10", "zwischen dem 7. und dem 10. Dezember"),
    # de_CH's CLDR MMMMd interval ("MMMM d.–d.") contradicts its long date: the MMMd one is used
    ("de-CH", "2026-12-07", "2026-12-10", "zwischen dem 7. und dem 10. Dezember"),
    ("en", "2026-12-07", "2026-12-10", "between December 7 and 10."),
    ("es", "2026-11-28", "2026-12-01", "entre el 28 de noviembre y el 1 de diciembre"),
    ("fr", "2026-11-28", "2026-12-01", "entre le 28 novembre et le 1er décembre"),
    ("ja", "2026-12-07", "2026-12-10", "12月7日から10日"),
    # across the year end both years are named
    ("en", "2026-12-28", "2027-01-04", "between December 28, 2026 and January 4, 2027."),
])
def test_a_date_range_names_what_its_ends_do_not_share(toolkit, locale, start, end, expected):
    text = render(toolkit, "seasonal_delay", locale, None, window_start=start, window_end=end).text
    assert expected in text
    assert "2026" not in text or start[:4] != end[:4]


def test_a_range_that_ends_before_it_starts_is_refused(toolkit, run):
    with pytest.raises(VariableError, match="ends before it starts"):
        render(toolkit, "seasonal_delay", "it", None, window_start="2026-12-10", window_end="2026-12-07")
    result = run("reply", "seasonal_delay", "--locale", "it", "--examples", "--now", NOW,
                 "--var", "window_start=2026-12-10", "--var", "window_end=2026-12-07")
    assert result.exit_code == 2 and "ends before it starts" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# -- money ------------------------------------------------------------------------------------

@pytest.mark.parametrize("locale, region, amount, expected", [
    ("es", "ES", "1234.50 EUR", "1234,50\xa0€"),       # RAE / CLDR minimumGroupingDigits 2
    ("es", "ES", "12345.50 EUR", "12.345,50\xa0€"),
    ("es-MX", "MX", "1234.50 MXN", "$1,234.50"),       # es-419 groups from four digits
    ("pl", "PL", "1234.50 PLN", "1234,50\xa0zł"),
    ("de", "DE", "1234.50 EUR", "1.234,50\xa0€"),
    ("ja", "JP", "1500 JPY", "￥1,500"),
])
def test_amounts_group_as_cldr_says(toolkit, locale, region, amount, expected):
    assert expected in render(toolkit, "refund_issued", locale, region, refund_amount=amount).text


@pytest.mark.parametrize("value, message", [
    ("1234.50 JPY", "below the smallest unit of JPY"),
    ("10.005 EUR", "below the smallest unit of EUR"),
    ("-5 EUR", "negative"),
    ("12 XYZ", "not an ISO 4217 currency code"),
])
def test_bad_amounts_are_errors_not_rounded(toolkit, value, message):
    with pytest.raises(VariableError, match=message):
        render(toolkit, "refund_issued", "ja", "JP", refund_amount=value)


def test_whole_amounts_in_a_currency_without_minor_units_are_fine():
    assert Money.parse("1234.00 JPY").amount == 1234
    assert Money.parse("1.234 KWD").currency == "KWD"  # three decimals in CLDR
    with pytest.raises(ValueError, match="smallest unit"):
        Money.parse("1.2345 KWD")


def test_negative_count_is_an_error(toolkit, run):
    with pytest.raises(VariableError, match="negative"):
        render(toolkit, "refund_issued", "de", "DE", processing_days="-3")
    result = run("reply", "refund_issued", "--locale", "de", "--examples", "--var", "processing_days=-3")
    assert result.exit_code == 2 and "negative" in result.stderr


def test_an_order_amount_gets_the_local_equivalent_when_a_rate_is_given(toolkit):
    mx = render(toolkit, "customs_duties", "es-MX", "MX", rates={"EUR:MXN": "20.1"})
    assert "EUR\xa023.40 (~$470.34)" in mx.text
    assert not any(f.code == "currency_not_local" for f in mx.flags)
    jp = render(toolkit, "customs_duties", "ja", "JP", rates={"JPY:EUR": "0.00616"})  # the reverse rate serves
    assert "€23.40（約￥3,799）" in jp.text
    de = render(toolkit, "customs_duties", "de", "DE", rates={"EUR:MXN": "20.1"})  # same currency: no equivalent
    assert "23,40\xa0€" in de.text and "MXN" not in de.text


def test_a_foreign_amount_without_a_rate_is_flagged(toolkit):
    reply = render(toolkit, "customs_duties", "ar", "SA")
    (flag,) = [f for f in reply.flags if f.code == "currency_not_local"]
    assert "EUR" in flag.message and "SAR" in flag.message and "--rate EUR:SAR" in flag.message


def test_rates_from_the_cli(run):
    result = run("reply", "customs_duties", "--locale", "es-MX", "--region", "MX", "--examples", "--now", NOW,
                 "--rate", "EUR:MXN=20.1", "--json")
    assert result.exit_code == 0, result.stderr
    assert "(~$470.34)" in json.loads(result.stdout)["text"]


@pytest.mark.parametrize("rates, message", [
    ({"EUR:MXN": "0"}, "positive number"),
    ({"EUR:MXN": "-20.1"}, "positive number"),
    ({"EUR:MXN": "abc"}, "positive number"),
    ({"EUR:MXN": "inf"}, "positive number"),
    ({"EUR:XYZ": "2"}, "'XYZ' is not an ISO 4217 currency code"),
    ({"EURMXN": "2"}, "two different ISO 4217 codes"),
    ({"EUR:EUR": "1"}, "two different ISO 4217 codes"),
])
def test_bad_rates_are_refused(rates, message):
    with pytest.raises(InputError, match=message):
        Rates(rates)


def test_rates_must_be_a_mapping_and_results_bounded(toolkit):
    with pytest.raises(InputError, match="rates must map"):
        Rates(["EUR:MXN=20"])
    with pytest.raises(VariableError, match="too large to show"):
        render(toolkit, "customs_duties", "es-MX", "MX", duties_amount="999999999999999 EUR",
               rates={"EUR:MXN": "1000"})


# -- the bad-input goal: one line, exit 2 ------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (("--voice", "casual"), "casual"),
    (("--var", "customer_title=dr"), "expected one of ms, mr, none"),  # a title no locale has
    # (a title the locale's forms lack: test_names_voice.test_a_title_the_language_has_no_form_for_is_an_error)
    (("--var", "refund_amount=12 XYZ"), "not an ISO 4217 currency code"),
    (("--var", "refund_amount=1234.50 JPY"), "below the smallest unit of JPY"),
    (("--var", "refund_amount=-1 EUR"), "negative"),
    (("--rate", "EUR:MXN=0"), "positive number"),
    (("--rate", "EUR:MXN=-3"), "positive number"),
    (("--rate", "EUR:XYZ=3"), "'XYZ' is not an ISO 4217"),
    (("--rate", "EURMXN"), "FROM:TO=RATE"),
    (("--business-hours", "Mon-Fri 25:00-18:00"), "business hours"),
    (("--var", "refund_amount.de=12 EUR"), "has no variable"),
])
def test_bad_input_is_one_line_and_exit_2(run, args, message):
    result = run("reply", "refund_issued", "--locale", "de", "--region", "DE", "--examples", "--now", NOW, *args)
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 or lines[0].startswith("Usage:")  # ours, or click's usage error


def test_library_raises_xborder_errors_for_the_goal_cases(toolkit):
    with pytest.raises(XborderError, match="unknown voice"):
        toolkit.render("refund_issued", locale="de", context=toolkit.template("refund_issued").examples(),
                       voice="casual")
    with pytest.raises(VariableError, match="expected one of ms, mr, none"):
        render(toolkit, "refund_issued", "ja", "JP", customer_title="dr")
    with pytest.raises(InputError, match="positive number"):
        render(toolkit, "customs_duties", "es-MX", "MX", rates={"EUR:MXN": 0})


# -- the privacy law's name and deadline from policy data --------------------------------------

@pytest.mark.parametrize("locale, region, now, expected", [
    ("de", "DE", "2026-11-23T09:00:00+00:00",
     "Gemäß DSGVO erhalten Sie unsere Antwort spätestens am 23. Dezember 2026"),
    # 31 January + one month is 28 February (a Sunday in 2027): the working day before it
    ("de", "DE", "2027-01-31T09:00:00+00:00", "spätestens am 26. Februar 2027"),
    ("pt-BR", "BR", "2026-11-23T12:00:00+00:00", "8 de dezembro de 2026"),  # LGPD: 15 days
])
def test_privacy_deadline_comes_from_the_regions_policy(toolkit, locale, region, now, expected):
    context = {k: v for k, v in toolkit.template("privacy_request").examples().items()
               if k not in ("deadline_date", "law_name")}
    reply = toolkit.render("privacy_request", locale=locale, region=region, context=context, now=now)
    assert expected in reply.text


def test_privacy_deadline_unknown_to_the_policy_must_be_given(toolkit, run):
    context = {k: v for k, v in toolkit.template("privacy_request").examples().items() if k != "deadline_date"}
    with pytest.raises(VariableError, match="no statutory deadline .* CN; give deadline_date"):
        toolkit.render("privacy_request", locale="zh-CN", region="CN", context=context, now=NOW)
    given = toolkit.render("privacy_request", locale="zh-CN", region="CN", now=NOW,
                           context=dict(context, deadline_date="2026-12-10"))
    assert "2026年12月10日" in given.text
    result = run("reply", "privacy_request", "--locale", "zh-CN", "--region", "CN", "--examples",
                 "--var", "deadline_date=", "--now", NOW)
    assert result.exit_code == 2 and "give deadline_date" in result.stderr


def test_the_stores_shorter_promise_wins(toolkit, tmp_path):
    store = tmp_path / "store.yaml"
    store.write_text("data_request_days: 10\n", encoding="utf-8")
    context = {k: v for k, v in toolkit.template("privacy_request").examples().items() if k != "deadline_date"}
    reply = toolkit.render("privacy_request", locale="de", region="DE", context=context, now=NOW, store=str(store))
    assert "3. Dezember 2026" in reply.text


# -- product names per locale ------------------------------------------------------------------

def test_product_name_per_locale(toolkit, run):
    base = dict(toolkit.template("product_question").examples(), product_name="Merino wool jumper")
    de = toolkit.render("product_question", locale="de-AT", region="AT", now=NOW,
                        context={**base, "product_name.de": "Merino-Wollpullover", "product_name.fr": "Pull"})
    assert "Merino-Wollpullover" in de.text and not any(f.code == "source_value" for f in de.flags)
    fr = toolkit.render("product_question", locale="fr", region="FR", now=NOW,
                        context={**base, "product_name": {"source": "Merino wool jumper", "fr-FR": "Pull en mérinos"}})
    assert "Pull en mérinos" in fr.text
    it = toolkit.render("product_question", locale="it", region="IT", now=NOW,
                        context={**base, "product_name.de": "Merino-Wollpullover"})
    assert "Merino wool jumper" in it.text
    (flag,) = [f for f in it.flags if f.code == "source_value"]
    assert "product_name" in flag.message and "it" in flag.message
    result = run("reply", "product_question", "--locale", "it", "--examples", "--now", NOW,
                 "--var", "product_name.it=Maglione in merino", "--json")
    assert result.exit_code == 0 and "Maglione in merino" in json.loads(result.stdout)["text"]
    bad = run("reply", "product_question", "--locale", "it", "--examples", "--var", "product_name.xx-123=X")
    assert bad.exit_code == 2 and "is not a locale code" in bad.stderr


# -- native reviewers' format notes (issue 15) -----------------------------------------------------

def test_dutch_writes_the_clock_with_a_point_and_uur(toolkit):
    text = render(toolkit, "complaint_received", "nl", "NL", response_due="2026-11-24T09:30:00+01:00").text
    assert "om 9.30 uur (Nederlandse tijd)" in text and "09:30" not in text


def test_japanese_full_date_has_the_short_weekday_in_brackets(toolkit):
    text = render(toolkit, "complaint_received", "ja", "JP", response_due="2026-11-24T18:00:00+09:00").text
    assert "2026年11月24日（火）18:00（日本時間）" in text and "火曜日" not in text
    delayed = render(toolkit, "order_delayed", "ja", "JP", new_delivery_date="2026-12-03").text
    assert "2026年12月3日（木）です" in delayed


def test_chinese_signature_names_the_team_before_the_agent(toolkit):
    lines = render(toolkit, "order_delayed", "zh-CN", "CN").text.rstrip().split("\n")
    assert lines[-2:] == ["Nordlicht Store客服团队", "客服专员：Alex"]
