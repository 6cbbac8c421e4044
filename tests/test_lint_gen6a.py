"""General fixes found with tests/data/lint/dev10a and fresh9 (issue 15): numeric dates settled by
context, promises in Nordic, Czech, Greek, Romanian and Filipino, regional holidays where the draft
names the customer's city, holidays the draft says fall on a day, ordinal dates beside time windows."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.errors import DataError
from xborder.lint import lint_text

NOV = "2028-11-13T09:00:00+01:00"  # a Monday


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


@pytest.mark.parametrize("text, locale, now", [
    ("Your kettle leaves our warehouse on Thu 03/06.", "en-GB", "2027-06-02T09:00:00+01:00"),
    ("Maibabalik po ang bayad sa 11/02 (Martes).", "tl-PH", "2027-10-25T09:00:00+08:00"),
    ("您的訂單將於 12/4（一）寄出。", "zh-TW", NOV),
    ("환불은 12/1(금)까지 처리될 예정입니다.", "ko-KR", NOV),
])
def test_a_weekday_beside_the_date_settles_it(toolkit, text, locale, now):
    assert "ambiguous_date" not in codes(toolkit, text, locale, now=now)


def test_the_customers_own_reading_settles_a_date_without_a_year_when_the_other_is_months_off(toolkit):
    us = dict(region="US", now="2027-10-25T09:00:00-04:00")
    assert "ambiguous_date" not in codes(toolkit, "Estimated delivery: 11/03.", "en-US", **us)
    # the writer's day-first date, months off in the customer's reading: flagged
    assert "ambiguous_date" in codes(toolkit, "It should arrive by 05/12 at the latest.", "en-US",
                                     region="US", now=NOV)
    # both readings within weeks: flagged
    assert "ambiguous_date" in codes(toolkit, "We'll dispatch it on 11/12.", "en-GB", now=NOV)
    # a slash is no German way of writing a date: "9/7" stays ambiguous to a German customer
    assert "ambiguous_date" in codes(toolkit, "Die Abholung ist für den 9/7 eingeplant.", "de-DE",
                                     now="2027-06-01T09:00:00+02:00")
    # a country with a second calendar in numbers: still ambiguous
    assert "ambiguous_date" in codes(toolkit, "يُرجى إرسال المنتج قبل 01/12 لاستبداله.", "ar-SA", now=NOV)


def test_the_drafts_other_dates_and_the_date_written_out_settle_it(toolkit):
    assert "ambiguous_date" not in codes(toolkit, "Your refund posted on 11/10 and your order ships 11/15.",
                                         "en-US", region="US", now=NOV)
    assert "ambiguous_date" not in codes(toolkit, "Your refund will be issued on 04/12 (4 December).", "en-IE",
                                         now=NOV)
    assert "ambiguous_date" in codes(toolkit, "De nieuwe leverdatum van uw kast is 10/12.", "nl-NL", now=NOV)


@pytest.mark.parametrize("text, locale", [
    ("PostNord levererar paketet till dig lördag 18 november.", "sv-SE"),
    ("GLS leverer din nye støvsuger søndag den 26. november.", "da-DK"),
    ("Posten kommer med pakken din søndag 3. desember.", "nb-NO"),
    ("Posti toimittaa tilauksesi keskiviikkona 6. joulukuuta.", "fi-FI"),
    ("Kurýr PPL Vám zásilku doručí v pátek 17. listopadu.", "cs-CZ"),
    ("Η ACS θα παραδώσει το δέμα σας την Κυριακή 26 Νοεμβρίου.", "el-GR"),
    ("Curierul vă va livra coletul vineri, 1 decembrie.", "ro-RO"),
    ("Ihahatid po ng LBC ang inyong order sa Huwebes, Nobyembre 30.", "tl-PH"),
])
def test_promises_in_more_languages(toolkit, text, locale):
    assert "weekend_promise" in codes(toolkit, text, locale, now=NOV)


@pytest.mark.parametrize("text, locale", [
    ("Vi skickar ersättningen senast söndag 19 november.", "sv-SE"),
    ("Du kan returnere varen gratis indtil søndag den 26. november.", "da-DK"),
    ("Lageret vårt holder stengt lørdag 2. og søndag 3. desember.", "nb-NO"),
    ("Voit palauttaa tuotteen maksutta sunnuntaihin 26. marraskuuta asti.", "fi-FI"),
    ("V pátek 17. listopadu je státní svátek a sklad je zavřený.", "cs-CZ"),
    ("Μπορείτε να επιστρέψετε το προϊόν έως την Κυριακή 26 Νοεμβρίου.", "el-GR"),
    ("Vineri, 1 decembrie, este Ziua Națională și depozitul este închis.", "ro-RO"),
])
def test_deadlines_and_closures_in_more_languages(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale, now=NOV)


def test_a_regional_holiday_counts_where_the_draft_names_the_customers_city(toolkit):
    promise = "Hermes liefert sie am Mittwoch, 22. November, an Ihre Adresse in {}."
    assert "weekend_promise" in codes(toolkit, promise.format("Leipzig"), "de-DE", now=NOV)
    assert "weekend_promise" not in codes(toolkit, promise.format("Hamburg"), "de-DE", now=NOV)
    flags = lint_text(toolkit, promise.format("Leipzig"), "de-DE", now=NOV)
    assert any("Leipzig" in f.message for f in flags if f.code == "weekend_promise")
    # a state the holidays package knows by name
    assert "weekend_promise" in codes(toolkit, "Die Post stellt Ihr Paket am 8. Dezember in Luzern zu.",
                                      "de-CH", now=NOV)
    # the US is not listed: a state's day after Thanksgiving closes state offices, not the carriers
    assert "weekend_promise" not in codes(toolkit, "UPS will deliver it to your Dallas, Texas address on "
                                          "Friday, November 24.", "en-US", region="US", now=NOV)


def test_a_holiday_said_to_fall_on_the_day_is_no_promise(toolkit):
    text = "Eftersom Kristi himmelsfärdsdag infaller torsdag den 6 maj skickar vi din order fredag den 7 maj."
    assert "weekend_promise" not in codes(toolkit, text, "sv-SE", now="2027-05-03T09:00:00+02:00")
    # a name in apposition keeps the promise
    assert "weekend_promise" in codes(toolkit, "Le livreur passera chez vous le jeudi 6 mai (jour de "
                                      "l'Ascension).", "fr-FR", now="2027-05-03T09:00:00+02:00")


def test_a_delay_on_a_day_is_no_promise_of_it(toolkit):
    assert "weekend_promise" not in codes(toolkit, "12월 25일(월)은 성탄절이라 배송이 하루 늦어질 수 있습니다.",
                                          "ko-KR", now=NOV)


def test_an_ordinal_date_keeps_a_delivery_window_in_its_sentence(toolkit):
    text = "Die Spedition liefert Ihr Sofa am Donnerstag, 16. November, zwischen 8 und 12 Uhr."
    assert "time_without_timezone" not in codes(toolkit, text, "de-DE", team_timezone="Asia/Singapore", now=NOV)
    call = "Wir rufen Sie am Donnerstag, 16. November, um 10 Uhr an."
    assert "time_without_timezone" in codes(toolkit, call, "de-DE", team_timezone="Asia/Singapore", now=NOV)


RULE = """\
extends: {type}
message: "x"
{key}: {value}
description: A rule written for a test of the error paths, nothing more than that.
link: https://example.com
should_flag: ["x"]
should_pass: ["y"]
"""


@pytest.mark.parametrize("rule_type, key, value", [
    ("weekend_promise", "places", "[Leipzig]"),
    ("weekend_promise", "places", "{DE: [Leipzig]}"),
    ("ambiguous_date", "near", "-3"),
    ("ambiguous_date", "far", "many"),
])
def test_bad_new_keys_are_one_line_errors(tmp_path: Path, rule_type, key, value):
    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(RULE.format(type=rule_type, key=key, value=value), encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello 03/04", "en-US")
    assert "\n" not in str(info.value) and key in str(info.value)


@pytest.mark.parametrize("text, expected", [
    # a plain-text e-mail wrapped inside the sentence: the promise is one sentence still
    ("Hi Jessica,\n\nFedEx Ground will deliver\nit to your home on Monday, September 4.\n", True),
    ("Hi Jessica,\n\nFedEx Ground will deliver it to your home on Monday, September 4.\n", True),
    # a new line in capitals, or after a blank line, starts a new sentence
    ("We will deliver\n\nMonday, September 4 is Labor Day.\n", False),
])
def test_a_line_that_goes_on_in_lower_case_is_the_same_sentence(toolkit, text, expected):
    found = "weekend_promise" in codes(toolkit, text, "en-US", now="2028-08-16T09:00:00-04:00")
    assert found is expected
