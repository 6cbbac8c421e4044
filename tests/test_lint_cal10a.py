"""Calendar and clock checks after fresh13 (issue 15, tests/data/lint/dev14a): whose clock a time is
on when the customer's town names the zone, and the day named as the reason for another day."""
from __future__ import annotations

import pytest

from xborder.lint import lint_text

APR = "2031-04-07T09:00:00+02:00"  # a Monday; 14 April 2031 is Easter Monday


def codes(toolkit, text, locale, team="Europe/Berlin", now=APR):
    return {f.code for f in lint_text(toolkit, text, locale, now=now, team_timezone=team)}


@pytest.mark.parametrize("text, locale, team, fires", [
    # Spain's mainland keeps the Berlin team's clock; the Canaries do not
    ("Nuestro técnico te llamará mañana a las 11:00 para revisar la instalación.", "es-ES", "Europe/Berlin", False),
    ("Nuestro técnico te llamará mañana a las 11:00 para revisar tu termo en Las Palmas.", "es-ES",
     "Europe/Berlin", True),
    # the customer's town sets the zone in a country of several zones
    ("One of our technicians will call you tomorrow at 10 am about your place in Fremantle.", "en-AU",
     "Asia/Singapore", False),
    ("One of our technicians will call you tomorrow at 10 am about your place in Parramatta.", "en-AU",
     "Asia/Singapore", True),
    # Nordic and Greek clock words, and zone words in those languages
    ("Asiantuntijamme soittaa sinulle torstaina klo 14.", "fi-FI", "Europe/Berlin", True),
    ("Vi ringer dig på torsdag kl. 14.", "sv-SE", "Europe/London", True),
    ("η παρουσίαση ξεκινά την Τετάρτη στις 19:00 ώρα Ελλάδας.", "el-GR", "Europe/Berlin", False),
    ("Our engineer will call you on Wednesday at 2pm Irish time.", "en-IE", "Europe/Berlin", False),
    # a restaurant's hours are its town's
    ("قسيمة لوجبة غداء من أحد مطاعم شركائنا في الرياض، صالحة يوميًا من الساعة 12 ظهرًا حتى 3 عصرًا.", "ar-SA",
     "Europe/Berlin", False),
])
def test_whose_clock(toolkit, text, locale, team, fires):
    assert ("time_without_timezone" in codes(toolkit, text, locale, team)) is fires


@pytest.mark.parametrize("keys, what", [
    ("places: {ES: [Tenerife]}\n", "places"),
    ("main_zone: [ES]\n", "main_zone"),
])
def test_bad_clock_keys_are_data_errors(tmp_path, keys, what):
    from test_lint_errors import error_of, user_rule

    rule = ("extends: time_without_timezone\nmessage: x\nlevel: warning\ndescription: A rule for a test.\n"
            "link: https://example.com\nshould_flag: [x]\nshould_pass: [y]\ntokens: ['[0-9]+ Uhr']\nzones: [MEZ]\n"
            + keys)
    message = error_of(user_rule(tmp_path, rule))
    assert "Bad.yaml:" in message and what in message


def promised(toolkit, text, locale, now=APR):
    return "weekend_promise" in {f.code for f in lint_text(toolkit, text, locale, now=now)}


@pytest.mark.parametrize("text, locale, promise", [
    # the holiday named as the reason for another, working day (a state's or province's holiday too)
    ("As Monday 14 April is Easter Monday, DPD will deliver it on Tuesday 15 April instead.", "en-GB", False),
    ("Eftersom torsdagen den 1 maj är en helgdag levererar PostNord ditt paket fredagen den 2 maj.", "sv-SE", False),
    ("Como el día 13 cae en domingo, el reparto está previsto para el martes 15 de abril.", "es-ES", False),
    # a carrier said to work that day, in the sentence before the promise
    ("FedEx Home Delivery operates on Memorial Day. Your grill is scheduled to arrive on Monday, May 26.", "en-US",
     False),
    ("Unser Speditionspartner arbeitet auch am Ostermontag. Ihr Kühlschrank wird am Montag, 14. April, geliefert.",
     "de-DE", False),
    # a regional holiday of the customer's town (Madrid's 2 May, Ontario's Victoria Day)
    ("Lo recibirás en Getafe el viernes 2 de mayo.", "es-ES", True),
    ("Lo recibirás en Zaragoza el viernes 2 de mayo.", "es-ES", False),
    ("Tracking shows delivery to your home in Kitchener on Monday, May 19.", "en-CA", True),
    # the day is the subject of a copula naming its holiday; an apposition keeps the promise
    ("เนื่องจากวันที่ 14 เมษายนเป็นวันสงกรานต์ Kerry Express จะจัดส่งในวันพฤหัสบดีที่ 17 เมษายนค่ะ", "th-TH", False),
    ("We will deliver on Monday 14 April, Easter Monday.", "en-GB", True),
    # the carrier's promise on the holiday itself still fires
    ("DPD will deliver your parcel on Easter Monday, 14 April.", "en-GB", True),
])
def test_the_day_named_and_the_town(toolkit, text, locale, promise):
    assert promised(toolkit, text, locale) is promise


def test_a_date_across_the_turn_of_the_year_is_last_years(toolkit):
    text = "Your order (delivered 21 December) can be exchanged for store credit."
    assert not promised(toolkit, text, "en-GB", now="2030-01-03T09:00:00+01:00")
