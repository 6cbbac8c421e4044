"""``xborder time``: the customer's local time, weekend, holiday, team hours and SLA."""
from __future__ import annotations

import click

from .main import emit_json, pass_state


@click.command("time")
@click.argument("where")
@click.option("--at", "at", metavar="ISO8601",
              help="The instant (2026-03-06T09:00+03:00), or a wall time in the customer's zone "
                   "(2026-03-06T09:00). Default: now.")
@click.option("--business-hours", "business_hours", metavar="SPEC|FILE",
              help="Team hours: 'Mon-Fri 09:00-18:00 @Europe/Berlin holidays=DE' or a YAML file "
                   "(see docs/time.md).")
@click.option("--sla", "sla", metavar="HOURS",
              help="Reply promise in business hours (elapsed hours without --business-hours).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@pass_state
def time_command(state, where, at, business_hours, sla, as_json):
    """Local time, greeting, weekend, holiday and quiet hours for WHERE, and the team's promise.

    WHERE is a region or subdivision (SA, US-CA, AU-NSW), an IANA zone (Asia/Tokyo),
    a phone number (+1 212 555 0100), a city (Chicago) or a locale naming its country
    (pt-BR: Brazil). Notes (a guessed zone, a
    wall time moved out of a DST gap) go to stderr.
    """
    report = state.toolkit.time(where, at=at, business_hours=business_hours, sla_hours=sla)
    for note in report.notes:
        click.echo(f"note: {note}", err=True)
    if as_json:
        emit_json(report.to_dict())
        return
    for label, value in _lines(report):
        click.echo(f"{label:<14}{value}")


def _lines(report):
    local = report.local_time
    offset = f"{local:%z}"
    yield "Customer time", f"{local:%Y-%m-%d %H:%M} {local:%A} {report.timezone} (UTC{offset[:3]}:{offset[3:]})"
    choice = report.zone_choice
    if choice.guessed:
        basis = "" if choice.source in ("guess", "default") else f" (from the {choice.source})"
        yield "Zone", f"a guess{basis} among {len(choice.candidates) or 1}: {', '.join(choice.candidates[:4])}" + \
            (" …" if len(choice.candidates) > 4 else "")
    yield "Greeting", report.greeting_period
    off = report.day_off
    yield "Weekend", ", ".join(report.weekend) + (f"; today: {off}" if off else "")
    yield "Holiday", report.holiday or "-"
    window = report.quiet_window
    quiet = "yes" if report.quiet_hours else "no"
    yield "Quiet hours", f"{quiet} ({window.to_dict()['start']}-{window.to_dict()['end']}, {window.source})"
    if report.is_business_hours is not None:
        state = "open now" if report.is_business_hours else \
            f"closed; opens {report.next_opening:%Y-%m-%d %H:%M} customer time"
        yield "Team", state
    if report.sla_due_team is not None:
        yield "SLA due", (f"{report.sla_due_customer:%a %Y-%m-%d %H:%M} customer time "
                          f"({report.sla_due_team:%a %Y-%m-%d %H:%M} {report.sla_due_team.tzinfo.zone})")
