"""The business-hours spec and YAML form, and business-time SLA arithmetic (frozen instants)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import pytz

from xborder.errors import DataError, InputError
from xborder.timing import load_business_hours, parse_spec
from xborder.timing.business_hours import MAX_SLA_HOURS, check_sla_hours

DATA = Path(__file__).parent / "data" / "time"


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def local(instant: dt.datetime, zone: str) -> str:
    tz = pytz.timezone(zone)
    return tz.normalize(instant.astimezone(tz)).isoformat()


# -- parsing ------------------------------------------------------------------------------
def test_spec_with_split_shifts_saturday_zone_and_holidays():
    hours = parse_spec("Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-14:00 @Asia/Shanghai holidays=CN")
    assert hours.zone == "Asia/Shanghai" and hours.holidays == "CN"
    assert hours.weekly[0] == ((540, 720), (780, 1080))
    assert hours.weekly[5] == ((600, 840),) and hours.weekly[6] == ()
    assert hours.to_dict()["hours"]["mon"] == ["09:00-12:00", "13:00-18:00"]


@pytest.mark.parametrize("spec, weekday, ranges", [
    ("Sun-Thu 08:00-16:00 @Asia/Riyadh", 6, ((480, 960),)),          # a week that wraps
    ("Fri-Mon 10:00-11:00 @UTC", 0, ((600, 660),)),
    ("Mon, Wed 09:00-10:00, 11:00-12:00 @UTC", 2, ((540, 600), (660, 720))),   # spaces after commas
    ("Daily 00:00-24:00 @UTC", 3, ((0, 1440),)),
    ("Fri 22:00-02:00 @UTC", 4, ((1320, 1560),)),                   # runs past midnight
    ("Mon 09:00-12:00 Mon 11:00-13:00 @UTC", 0, ((540, 780),)),      # overlapping ranges merge
    ("weekdays 09:00-17:00; Sun closed @UTC", 6, ()),
])
def test_spec_variants(spec, weekday, ranges):
    assert parse_spec(spec).weekly[weekday] == ranges


@pytest.mark.parametrize("spec, column, words", [
    ("Mon-Fri 9-18 @Asia/Riyadh", 9, "'9-18' is not a time range"),
    ("Mon-Fri 09:00-25:00 @UTC", 15, "'25:00' is not a time of day"),
    ("Mon-Fry 09:00-18:00 @UTC", 5, "'Fry' is not a day"),
    ("Mnday 09:00-18:00 @UTC", 1, "'Mnday' is not a day"),
    ("Mon-Fri 09:00-18:00 @Asia/Shangai", 22, "did you mean Asia/Shanghai"),
    ("Mon-Fri 09:00-18:00 @UTC holidays=XX", 35, "no public-holiday calendar for 'XX'"),
    ("Mon-Fri 09:00-18:00 @UTC closed=2026-02-30", 33, "'2026-02-30' is not a date"),
    ("Mon-Fri 09:00-18:00 @UTC lunch=12:00", 26, "unknown option 'lunch='"),
    ("09:00-18:00 @UTC", 1, "has no day before it"),
    ("Mon-Fri 09:00-09:00 @UTC", 9, "is empty"),
    ("Mon-Fri 09:00-18:00", 20, "no team time zone"),
    ("Mon-Fri 09:00-18:00; Sat @UTC", 22, "without a time range"),
])
def test_malformed_spec_points_at_the_bad_token(spec, column, words):
    with pytest.raises(InputError) as info:
        parse_spec(spec)
    message = str(info.value)
    assert f"column {column}:" in message and words in message, message
    assert "\n" not in message


@pytest.mark.parametrize("spec", ["Mon-Fri closed @UTC", "Sat closed; Sun closed @UTC"])
def test_spec_without_open_time_is_refused(spec):
    with pytest.raises(InputError, match="no open time at all"):
        parse_spec(spec)


def test_yaml_form():
    hours = load_business_hours(str(DATA / "team_berlin.yaml"))
    assert hours.zone == "Europe/Berlin" and hours.holidays == "DE-BY"
    assert hours.weekly[4] == ((540, 720), (780, 1020)) and hours.weekly[5] == ((600, 840),)
    assert hours.to_dict()["exceptions"] == {"2026-12-24": ["09:00-12:00"], "2026-12-27": ["10:00-12:00"],
                                             "2026-12-31": "closed"}


@pytest.mark.parametrize("name, where, words", [
    ("bad_unknown_key.yaml", ":4:1:", "unknown key 'holiday'"),
    ("bad_range.yaml", ":4:3:", "'25:00' is not a time of day"),
    ("bad_no_open_time.yaml", ":2:1:", "no open time at all"),
    ("bad_unquoted_time.yaml", ":3:3:", "is not a quoted range"),
    ("bad_zone.yaml", ":1:1:", "unknown time zone 'Europe/Berlinn'"),
    ("bad_exception_date.yaml", ":5:3:", "'2026-02-30' is not a date"),
    ("bad_syntax.yaml", ":4:1:", "YAML syntax error"),
])
def test_broken_yaml_files_name_file_line_column(name, where, words):
    with pytest.raises(DataError) as info:
        load_business_hours(str(DATA / name))
    message = str(info.value)
    assert f"{name}{where}" in message and words in message, message


def test_missing_yaml_file():
    with pytest.raises(InputError, match="not found"):
        load_business_hours("no_such_team.yaml")


# -- arithmetic ------------------------------------------------------------------------------
def test_24_business_hours_from_friday_17_shanghai_lands_on_tuesday():
    hours = parse_spec("Mon-Fri 09:00-21:00 @Asia/Shanghai holidays=CN")
    due = hours.add(at("2026-03-06T17:00:00+08:00"), 24)     # Friday
    # Friday 17-21 (4 h) + Monday 09-21 (12 h) + Tuesday 09-17 (8 h)
    assert local(due, "Asia/Shanghai") == "2026-03-10T17:00:00+08:00"
    assert due.weekday() == 1


def test_split_shift_and_saturday_count_only_open_time():
    hours = parse_spec("Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-14:00 @Asia/Shanghai holidays=CN")
    due = hours.add(at("2026-03-06T17:00:00+08:00"), 24)
    # Fri 1 h + Sat 4 h + Mon 8 h + Tue 8 h + Wed 09-12 (3 h)
    assert local(due, "Asia/Shanghai") == "2026-03-11T12:00:00+08:00"


def test_sla_over_a_german_public_holiday_skips_it():
    start = at("2026-05-13T15:00:00+02:00")                  # Wednesday before Ascension Day
    with_holidays = parse_spec("Mon-Fri 09:00-17:00 @Europe/Berlin holidays=DE")
    without = parse_spec("Mon-Fri 09:00-17:00 @Europe/Berlin")
    # Wed 2 h, Thu 14 May is Ascension Day, Fri 8 h, Mon 6 h
    assert local(with_holidays.add(start, 16), "Europe/Berlin") == "2026-05-18T15:00:00+02:00"
    assert local(without.add(start, 16), "Europe/Berlin") == "2026-05-15T15:00:00+02:00"
    assert with_holidays.ranges_on(dt.date(2026, 5, 14)) == ((), "holiday: Ascension Day")


def test_team_holiday_calendar_with_subdivision_and_exceptions():
    hours = load_business_hours(str(DATA / "team_berlin.yaml"))
    # Monday 16:00; Tuesday 6 Jan is Epiphany in Bavaria; Wednesday 09-12 finishes it.
    assert local(hours.add(at("2026-01-05T16:00:00+01:00"), 4), "Europe/Berlin") == "2026-01-07T12:00:00+01:00"
    # Christmas Eve closes at noon, 25 and 26 Dec are holidays, Sunday 27 Dec opens by exception.
    assert local(hours.add(at("2026-12-24T11:00:00+01:00"), 3), "Europe/Berlin") == "2026-12-27T12:00:00+01:00"
    assert hours.ranges_on(dt.date(2026, 12, 31)) == ((), "closed (exception)")


def test_closed_dates_in_the_spec():
    hours = parse_spec("Mon-Fri 09:00-17:00 @Europe/Berlin closed=2026-03-09,2026-03-10")
    assert local(hours.next_opening(at("2026-03-07T12:00:00+01:00")), "Europe/Berlin") == \
        "2026-03-11T09:00:00+01:00"


def test_open_now_and_next_opening():
    hours = parse_spec("Mon-Fri 09:00-18:00 @Europe/Berlin")
    assert hours.is_open(at("2026-03-06T17:59:00+01:00"))
    assert not hours.is_open(at("2026-03-06T18:00:00+01:00"))
    opening = hours.next_opening(at("2026-03-06T18:00:00+01:00"))
    assert local(opening, "Europe/Berlin") == "2026-03-09T09:00:00+01:00"
    # while open, the next opening is now
    now = at("2026-03-06T10:00:00+01:00")
    assert hours.next_opening(now) == now


def test_sla_ending_at_closing_time_stays_on_that_day():
    hours = parse_spec("Mon-Fri 09:00-17:00 @Europe/Berlin")
    assert local(hours.add(at("2026-03-02T09:00:00+01:00"), 8), "Europe/Berlin") == "2026-03-02T17:00:00+01:00"
    assert local(hours.add(at("2026-03-01T12:00:00+01:00"), 0), "Europe/Berlin") == "2026-03-02T09:00:00+01:00"


def test_overnight_range_counts_across_midnight():
    hours = parse_spec("Fri 22:00-02:00 @UTC")
    assert hours.add(at("2026-03-06T23:00:00+00:00"), 2) == at("2026-03-07T01:00:00+00:00")
    # 23:00-02:00 gives 3 h; the fourth is the next Friday 22:00-23:00.
    assert hours.add(at("2026-03-06T23:00:00+00:00"), 4) == at("2026-03-13T23:00:00+00:00")
    assert hours.is_open(at("2026-03-07T01:30:00+00:00"))


def test_business_hours_are_real_hours_across_dst():
    spring = parse_spec("Daily 01:00-04:00 @America/New_York")
    # 01:00 EST to 04:00 EDT is two real hours; the third comes the next night.
    assert local(spring.add(at("2026-03-08T01:00:00-05:00"), 3), "America/New_York") == "2026-03-09T02:00:00-04:00"
    autumn = parse_spec("Daily 01:00-04:00 @Europe/Berlin")
    # 01:00 CEST to 04:00 CET is four real hours.
    assert local(autumn.add(at("2026-10-25T01:00:00+02:00"), 4), "Europe/Berlin") == "2026-10-25T04:00:00+01:00"


def test_opening_is_built_with_localize_not_lmt():
    """With ``tzinfo=pytz.timezone('Asia/Shanghai')`` Monday 09:00 would be 00:54 UTC (LMT +08:06)."""
    hours = parse_spec("Mon-Fri 09:00-18:00 @Asia/Shanghai")
    opening = hours.next_opening(at("2026-03-08T12:00:00+08:00"))    # Sunday
    assert opening == dt.datetime(2026, 3, 9, 1, 0, tzinfo=pytz.utc)


@pytest.mark.parametrize("value", [-1, "-0.5", MAX_SLA_HOURS + 1, "1e9", "nan", "inf", "soon", True])
def test_negative_or_absurd_sla_is_refused(value):
    with pytest.raises(InputError, match="invalid SLA"):
        check_sla_hours(value)


def test_reasonable_sla_values():
    assert check_sla_hours("4.5") == 4.5 and check_sla_hours(0) == 0 and check_sla_hours(MAX_SLA_HOURS) == MAX_SLA_HOURS


def test_sla_that_never_ends_is_an_error():
    hours = parse_spec("Mon 09:00-09:01 @UTC")
    with pytest.raises(InputError, match=re.escape("does not end within")):
        hours.add(at("2026-03-02T09:00:00+00:00"), 8000)


def test_team_works_chinese_make_up_saturday():
    with_calendar = parse_spec("Mon-Fri 09:00-18:00 @Asia/Shanghai holidays=CN")
    without = parse_spec("Mon-Fri 09:00-18:00 @Asia/Shanghai")
    start = at("2026-02-13T17:00:00+08:00")                    # Friday before the make-up Saturday
    assert local(with_calendar.add(start, 10), "Asia/Shanghai") == "2026-02-14T18:00:00+08:00"
    assert local(without.add(start, 10), "Asia/Shanghai") == "2026-02-16T18:00:00+08:00"
    # Spring Festival: closed 16-20 Feb and Monday 23 Feb (in exchange for Saturdays 14 and 28 Feb).
    assert local(with_calendar.next_opening(at("2026-02-16T10:00:00+08:00")), "Asia/Shanghai") == \
        "2026-02-24T09:00:00+08:00"
    assert with_calendar.ranges_on(dt.date(2026, 2, 28)) == (((540, 1080),), None)


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/Santiago", "Asia/Beirut", "Australia/Lord_Howe",
                                  "America/St_Johns", "Africa/Casablanca", "Asia/Kolkata"])
def test_days_away_from_clock_changes_give_what_localize_gives(zone):
    """Intervals are built by subtraction on days with no clock change near them: every day of two
    years, clock-change days and overnight ranges included, must equal localize()'s."""
    from xborder.timing.business_hours import BusinessHours
    from xborder.timing.zones import get_zone, localize

    weekly = (((0, 90), (9 * 60, 18 * 60), (22 * 60, 26 * 60)),) * 7
    hours = BusinessHours(zone=zone, weekly=weekly)
    tz = get_zone(zone)
    for k in range(730):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=k)
        midnight = dt.datetime.combine(day, dt.time())
        expected = []
        for start, end in weekly[0]:
            begin, finish = (localize(tz, midnight + dt.timedelta(minutes=m))[0].astimezone(pytz.utc)
                             for m in (start, end))
            if finish > begin:
                expected.append((begin, finish))
        assert hours.intervals_on(day) == tuple(expected), day
