"""General fixes found with tests/data/lint/dev11a and fresh10 (issue 15): the customer's own choice
and the carrier or store working that day as clause concepts in every language, promises whose
verb is in no list, wrapped paragraphs, the customer's city anywhere in the draft, holidays the
``holidays`` package files as de facto, numeric dates beside their weekday, shop hours, date cues."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.errors import DataError
from xborder.lint import lint_text
from xborder.lint.checks.weekend import unwrap

JAN = "2029-01-03T09:00:00+01:00"  # a Wednesday
JUN = "2029-05-30T09:00:00+08:00"  # a Wednesday


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


@pytest.mark.parametrize("text, locale", [
    ("You chose Saturday delivery at checkout, so FedEx will bring your coffee maker on Saturday, January 13.",
     "en-US"),
    ("Elegiste entrega en domingo al pagar, así que tu pedido llega el domingo 14 de enero.", "es-MX"),
    ("Wybrałeś dostawę w sobotę, więc kurier przyjedzie w sobotę 13 stycznia.", "pl-PL"),
    ("Du valde lördagsleverans i kassan, så budet kommer lördag 13 januari.", "sv-SE"),
])
def test_the_customers_own_choice_anywhere_in_the_sentence_is_no_fault(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale, now=JAN)


@pytest.mark.parametrize("text, locale", [
    ("Royal Mail delivers on Saturdays, so your replacement lamp will reach you on Saturday 13 January.", "en-GB"),
    ("PostNL bezorgt in jouw regio ook op zondag. Je pakket komt op zondag 14 januari.", "nl-NL"),
    ("顺丰周末正常派送，您的电视机预计1月13日（周六）送达。", "zh-CN"),
    ("Zásilkovna doručuje i o víkendu, takže balík budete mít v sobotu 13. ledna.", "cs-CZ"),
    ("Our Leeds showroom is open on Sunday, and the team will have your sofa ready on Sunday 14 January.",
     "en-GB"),
])
def test_a_carrier_or_store_that_works_that_day_is_no_fault(toolkit, text, locale):
    assert "weekend_promise" not in codes(toolkit, text, locale, now=JAN)


def test_a_denied_working_day_is_still_no_licence(toolkit):
    text = "Our couriers do not deliver on weekends, but the driver will come on Sunday 14 January."
    assert "weekend_promise" in codes(toolkit, text, "en-GB", now=JAN)


@pytest.mark.parametrize("text, locale", [
    ("GLS afleverer din pakke søndag den 14. januar.", "da-DK"),
    ("Posti tuo pakettisi lauantaina 13. tammikuuta.", "fi-FI"),
    ("Η ACS φέρνει το δέμα σας το Σάββατο 13 Ιανουαρίου.", "el-GR"),
    ("USPS Priority Mail gets it to your door on Monday, January 15.", "en-US"),
])
def test_a_promise_whose_verb_is_in_no_list_is_found_by_what_it_moves(toolkit, text, locale):
    assert "weekend_promise" in codes(toolkit, text, locale, now=JAN)


def test_a_sentence_without_parcel_or_verb_promises_nothing(toolkit):
    assert "weekend_promise" not in codes(toolkit, "Heads-up: the clocks change on Sunday, January 14.", "en-US",
                                          now=JAN)


def test_a_wrapped_paragraph_is_read_as_one_even_before_a_capital(toolkit):
    text = ("Yth. Bapak Agus,\n\nJadwal pemasangan AC di rumah Bapak sudah kami konfirmasi: teknisi kami akan datang pada\n"
            "Jumat, 1 Juni 2029, pukul 10.00 WIB.\n\nHormat kami,\nTim Layanan")
    assert len(unwrap(text)) == len(text) and "Hormat kami,\nTim" in unwrap(text)
    assert "weekend_promise" in codes(toolkit, text, "id-ID", now=JUN)


@pytest.mark.parametrize("place, expected", [("Parramatta", True), ("Fremantle", False)])
def test_the_customers_suburb_anywhere_in_the_draft_brings_its_state_holidays(toolkit, place, expected):
    text = f"Couriers Please will get it to your unit in {place} on Monday 11 June."
    assert ("weekend_promise" in codes(toolkit, text, "en-AU", now=JUN)) is expected
    address = f"Hermes stellt das Paket am Donnerstag, 31. Mai, zu.\n\nLieferadresse: Hauptstr. 1, {{}}"
    assert ("weekend_promise" in codes(toolkit, address.format("90762 Fürth"), "de-DE", now=JUN)) is True
    assert ("weekend_promise" in codes(toolkit, address.format("20095 Hamburg"), "de-DE", now=JUN)) is False


def test_a_city_in_the_sign_off_is_the_teams_not_the_customers(toolkit):
    # Melbourne Cup Day (Tuesday 6 November 2029) is Victoria's alone: the team's Melbourne brings it no more
    # than an unnamed customer's place does (the King's Birthday, kept by most states, counts either way)
    text = "Hi Ruby,\n\nCouriers Please will get it to you on Tuesday 6 November.\n\nCheers,\nTom, Melbourne team"
    assert "weekend_promise" not in codes(toolkit, text, "en-AU", now=JUN)


def test_a_de_facto_holiday_counts_where_the_rule_lists_its_category(toolkit):
    assert "weekend_promise" in codes(toolkit, "Budet levererar din soffa fredag 22 juni.", "sv-SE", now=JUN)


def test_a_numeric_date_without_a_year_beside_its_weekday_is_that_day(toolkit):
    # Thursday 5 October 2028 is Sukkot; "Thursday" alone would be 28 September
    text = "המקרר החדש יגיע אליך ביום חמישי, 5.10, בין 8:00 ל-12:00."
    assert "weekend_promise" in codes(toolkit, text, "he-IL", now="2028-09-25T09:00:00+03:00")


def test_a_day_said_to_be_off_is_no_promise(toolkit):
    text = "Our Leeds delivery partner is off on Monday 1 January, so your parcel will arrive on Tuesday 2 January."
    assert "weekend_promise" not in codes(toolkit, text, "en-GB", now="2028-12-27T09:00:00+00:00")


def test_a_shops_own_hours_need_no_zone(toolkit):
    shop = "Notre boutique de Lyon est ouverte le dimanche 10 juin : votre commande y sera prête dès 10 h."
    assert "time_without_timezone" not in codes(toolkit, shop, "fr-FR", now=JUN, team_timezone="Asia/Singapore")
    call = "Un conseiller vous rappellera lundi 4 juin vers 15 h."
    assert "time_without_timezone" in codes(toolkit, call, "fr-FR", now=JUN, team_timezone="Asia/Singapore")


@pytest.mark.parametrize("text, locale", [
    ("Sofaen din blir levert innen 11/10, og sjåføren ringer deg dagen før.", "nb-NO"),
    ("Zwrot pieniędzy otrzymasz do 11/10.", "pl-PL"),
])
def test_by_words_of_more_languages_cue_a_date_without_a_year(toolkit, text, locale):
    assert "ambiguous_date" in codes(toolkit, text, locale, now="2028-09-25T09:00:00+02:00")


RULE = """extends: {type}
message: "x"
{key}: {value}
description: x
link: https://example.com
should_flag: ["x"]
should_pass: ["y"]
"""


@pytest.mark.parametrize("value", ["[de_facto]", "{SE: de_facto}"])
def test_bad_holiday_categories_are_one_line_errors(tmp_path: Path, value):
    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(RULE.format(type="weekend_promise", key="holiday_categories", value=value),
                                     encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello", "en-US")
    assert "\n" not in str(info.value) and "holiday_categories" in str(info.value)
