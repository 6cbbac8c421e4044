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
