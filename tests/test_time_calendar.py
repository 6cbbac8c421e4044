"""Weekends from CLDR (Babel), holidays from the holidays package, and day_off()."""
from __future__ import annotations

import datetime as dt

import holidays
import pytest
from babel import Locale

from xborder.errors import InputError
from xborder.timing import day_off, holiday_name, weekend_days, weekend_keys
from xborder.timing.daysoff import holiday_calendar

FRIDAY = dt.date(2026, 3, 6)
SATURDAY = dt.date(2026, 3, 7)
SUNDAY = dt.date(2026, 3, 8)
TUESDAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize("country, keys", [
    ("SA", ["fri", "sat"]), ("IL", ["fri", "sat"]), ("AE", ["sat", "sun"]), ("DE", ["sat", "sun"]),
    ("IN", ["sun"]), ("IR", ["fri"]), ("AF", ["thu", "fri"]), ("EG", ["fri", "sat"]),
])
def test_weekends_come_from_cldr(country, keys):
    assert weekend_keys(country) == keys
    babel = Locale.parse(f"und_{country}")
    assert weekend_days(country)[0] == babel.weekend_start and weekend_days(country)[-1] == babel.weekend_end


def test_territory_without_a_locale_gets_the_world_weekend():
    assert weekend_keys("AQ") == ["sat", "sun"] and weekend_keys(None) == ["sat", "sun"]


def test_saudi_friday_is_weekend_emirati_friday_is_not():
    assert day_off("SA", FRIDAY) == "weekend (Friday)"
    assert day_off("AE", FRIDAY) is None
    assert day_off("AE", SATURDAY) == "weekend (Saturday)"
    assert day_off("IL", SATURDAY) == "weekend (Saturday)" and day_off("IL", SUNDAY) is None
    assert day_off("US", TUESDAY) is None


def test_chinese_new_year_2027_is_a_holiday_in_cn():
    spring_festival = dt.date(2027, 2, 6)
    assert spring_festival in holidays.country_holidays("CN", years=2027)
    assert "Chinese New Year" in day_off("CN", spring_festival)
    assert "Chinese New Year" in holiday_name("CN", spring_festival)


def test_holidays_know_subdivisions():
    epiphany = dt.date(2026, 1, 6)
    assert day_off("DE-BY", epiphany) == "Epiphany"
    assert day_off("DE", epiphany) is None
    assert day_off("DE", epiphany, subdivision="BY") == "Epiphany"
    assert day_off("US-CA", dt.date(2026, 3, 31)) == "Cesar Chavez Day"
    assert day_off("US-MA", dt.date(2026, 4, 20)) == "Patriots' Day"
    assert day_off("US-CA", dt.date(2026, 4, 20)) is None
    assert day_off("CA-QC", dt.date(2026, 6, 24)) is not None          # Fête nationale
    assert day_off("CA-ON", dt.date(2026, 6, 24)) is None


def test_holiday_beats_weekend_and_names_are_english():
    christmas_on_friday = dt.date(2026, 12, 25)
    assert day_off("DE", christmas_on_friday) == "Christmas Day"
    assert day_off("SA", dt.date(2026, 9, 23)) == "National Day Holiday"


def test_no_region_no_holidays():
    assert holiday_name(None, dt.date(2026, 1, 1)) is None
    assert day_off("AQ", SATURDAY) == "weekend (Saturday)"


def test_unknown_holiday_subdivision_keeps_the_national_calendar():
    assert day_off("MX-JAL", dt.date(2026, 9, 16)) is not None   # Independence Day, national


def test_calendars_are_cached_per_country_and_year():
    first = holiday_calendar("FR", None, 2026)
    assert holiday_calendar("FR", None, 2026) is first
    assert holiday_calendar("FR", None, 2027) is not first


def test_day_off_accepts_datetimes_and_rejects_garbage():
    assert day_off("SA", dt.datetime(2026, 3, 6, 23, 0)) == "weekend (Friday)"
    with pytest.raises(InputError):
        day_off("SA", "2026-03-06")
    with pytest.raises(InputError, match="invalid region"):
        day_off("Saudi", FRIDAY)


def test_chinese_make_up_saturday_is_a_working_day():
    """Around Spring Festival 2026 China works Saturday 14 Feb and takes Friday 20 Feb off."""
    assert day_off("CN", dt.date(2026, 2, 14)) is None
    assert day_off("CN", dt.date(2026, 2, 21)) == "weekend (Saturday)"
    assert "substituted" in day_off("CN", dt.date(2026, 2, 20))


EASTER_MONDAY_2027 = dt.date(2027, 3, 29)


def test_a_gb_customer_without_a_nation_gets_the_bank_holidays_most_of_the_uk_has():
    # The holidays package's UK-wide calendar leaves out Easter Monday and the Summer bank
    # holiday; England, Wales and Northern Ireland have both, Scotland neither.
    assert EASTER_MONDAY_2027 not in holidays.country_holidays("GB", years=2027)
    assert day_off("GB", EASTER_MONDAY_2027) == "Easter Monday"
    assert day_off("GB-WLS", EASTER_MONDAY_2027) == "Easter Monday"
    assert day_off("GB-SCT", EASTER_MONDAY_2027) is None
    assert day_off("GB", dt.date(2027, 8, 30)) is not None          # England's late-August holiday
    assert day_off("GB", dt.date(2027, 8, 2)) is None               # Scotland's early-August one
    assert day_off("GB", dt.date(2027, 12, 27)) is not None         # UK-wide holidays stay


def test_the_gb_assumption_is_said_in_the_reply_and_drives_weekend_promise(toolkit):
    from xborder.timing import customer_time

    gb = customer_time(toolkit, region="GB", now="2027-03-29T10:00:00+00:00")
    assert gb["holiday"] == "Easter Monday" and any("Scotland" in n for n in gb["notes"])
    sct = customer_time(toolkit, region="GB-SCT", now="2027-03-29T10:00:00+00:00")
    assert sct["holiday"] is None and not any("Scotland" in n for n in sct["notes"])
    promise = "We will deliver your parcel on Monday 29 March 2027."
    now = "2027-03-20T10:00:00+00:00"
    assert [f.code for f in toolkit.lint(promise, "en-GB", region="GB", now=now)] == ["weekend_promise"]
    assert toolkit.lint(promise, "en-GB", region="GB-SCT", now=now) == ()
