"""``xborder policy``: statutory facts by region, side by side, against a store's policy, and audited."""
from __future__ import annotations

import datetime as dt

import click

from ..policy.notice import NOTICE
from .main import emit_json, pass_state


def _notice() -> None:
    click.echo(f"\n{NOTICE}")


@click.group()
def policy():
    """Statutory return, guarantee and privacy facts by region, each with its source."""


@policy.command()
@click.argument("region")
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON (the DESIGN contract).")
@pass_state
def show(state, region, as_json):
    """Show REGION's profile: every fact with its value, source and review date."""
    from ..policy import get_profile
    from ..policy.schema import FACTS
    from ..policy.tables import cell, format_table

    profile = get_profile(state.toolkit, region)
    if as_json:
        emit_json(profile.to_dict())
        return
    inherited = f" (inherits {' -> '.join(profile.chain[1:])})" if len(profile.chain) > 1 else ""
    click.echo(f"{profile.region} — {profile.name}{inherited}")
    click.echo(f"currency {profile.currency or '-'}; weekend {cell(profile.weekend)}; "
               f"time zones {cell(profile.timezones[:6])}{' …' if len(profile.timezones) > 6 else ''}")
    rows = []
    for key in FACTS:
        fact = profile.facts.get(key)
        if fact is None:
            continue
        value = cell(fact.value) if fact.value is not None else f"- ({fact.note})"
        rows.append((key, value, fact.source or "-", fact.last_reviewed.isoformat(),
                     "" if fact.stated_in == profile.region else fact.stated_in))
    click.echo(format_table(("fact", "value", "source", "reviewed", "from"), rows, max_width=60))
    for note in profile.notes:
        click.echo(f"note: {note}")
    _notice()


@policy.command()
@click.argument("regions", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one profile object per region.")
@pass_state
def compare(state, regions, as_json):
    """Compare the facts of REGIONS side by side (two or more codes)."""
    from ..errors import InputError
    from ..policy import get_profile
    from ..policy.schema import FACTS
    from ..policy.tables import format_table

    if len(regions) < 2:
        raise InputError("policy compare needs at least two regions, e.g. 'policy compare DE FR BR'")
    profiles = [get_profile(state.toolkit, r) for r in regions]
    if as_json:
        emit_json({"regions": [p.region for p in profiles], "profiles": [p.to_dict() for p in profiles],
                   "notice": NOTICE})
        return
    rows = [(key, *[p.value(key) for p in profiles]) for key in FACTS
            if any(p.facts.get(key) is not None for p in profiles)]
    rows.append(("currency", *[p.currency for p in profiles]))
    rows.append(("weekend", *[p.weekend for p in profiles]))
    click.echo(format_table(("fact", *[p.region for p in profiles]), rows, max_width=36))
    click.echo("('-' = not stated or not verified; 'policy show REGION' gives sources and notes)")
    _notice()


@policy.command()
@click.option("--store", "store_file", required=True, metavar="FILE",
              help="The store's policy (YAML: return_days, return_starts, return_shipping_paid_by, "
                   "restocking_fee_percent, warranty_months, data_request_days).")
@click.option("--regions", "regions_spec", required=True, metavar="R1,R2|all",
              help="Regions to check, comma-separated, or 'all'.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--fail", "fail_on_shortfall", is_flag=True, help="Exit 1 when any region's minimum is not met.")
@pass_state
def check(state, store_file, regions_spec, as_json, fail_on_shortfall):
    """Check a store policy against each region's statutory minimum: where it falls short, why, and the law."""
    from ..policy.store import check_store, load_store_policy, parse_regions

    store = load_store_policy(store_file)
    regions = parse_regions(state.toolkit, regions_spec)
    results = check_store(state.toolkit, store, regions)
    short = [r for r in results if r.meets is False]
    unverified = [r for r in results if r.meets is None]
    if as_json:
        emit_json({"store": store.to_dict(), "regions": [r.to_dict() for r in results],
                   "falls_short_in": [r.region for r in short],
                   "unverified_in": [r.region for r in unverified], "notice": NOTICE})
    else:
        if short:
            click.echo(f"The store policy falls short in {len(short)} of {len(results)} regions: "
                       f"{', '.join(r.region for r in short)}")
        elif unverified:
            click.echo(f"No shortfall found, but some terms could not be checked in {len(unverified)} of "
                       f"{len(results)} regions: {', '.join(r.region for r in unverified)}")
        else:
            click.echo(f"The store policy meets the stated statutory minimum in all {len(results)} regions.")
        for result in short:
            click.echo(f"\n{result.region} ({result.name})")
            for f in result.shortfalls:
                click.echo(f"  {f.field}: {f.message}")
                click.echo(f"    law: {f.source}")
        conditions = [(r.region, f) for r in results for f in r.findings if f.status == "condition"]
        if conditions:
            click.echo("\nconditions:")
            for region, f in conditions:
                click.echo(f"  {region} {f.field}: {f.message}")
        checked = [(r.region, f) for r in results for f in r.unverified]
        if checked:
            click.echo("\nunverified (no statutory number could be checked; see 'policy show'):")
            for region, f in checked:
                click.echo(f"  {region} {f.field}: {f.message}")
        _notice()
    if fail_on_shortfall and short:
        click.get_current_context().exit(1)


@policy.command()
@click.option("--months", default=6, show_default=True, type=click.IntRange(min=0),
              help="A fact reviewed longer ago than this is stale.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Audit as of this date (default: today).")
@click.option("--unverified", is_flag=True, help="Also list facts stated as null (not verified).")
@click.option("--undated", is_flag=True, help="Also list each fact whose source date is not recorded.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (every finding, info included).")
@pass_state
def audit(state, months, as_of, unverified, undated, as_json):
    """List facts without a source, predating a recorded amendment, missing a fact an amendment adds,
    or reviewed more than --months ago, and pending changes (exit 1 on any error)."""
    from ..errors import InputError
    from ..policy.audit import audit_profiles
    from ..policy.tables import format_table

    today = None
    if as_of:
        try:
            today = dt.date.fromisoformat(as_of)
        except ValueError:
            raise InputError(f"--as-of must be a date YYYY-MM-DD, not {as_of!r}") from None
    findings = audit_profiles(state.toolkit, months=months, today=today, include_unverified=unverified)
    errors = [f for f in findings if f.severity == "error"]
    if as_json:
        emit_json({"months": months, "ok": not errors, "findings": [f.to_dict() for f in findings]})
    else:
        shown = [f for f in findings if undated or f.problem != "undated_source"]
        if shown:
            rows = [(f"{f.path}:{f.line}", f.region, f.fact, f.severity, f.problem, f.message) for f in shown]
            click.echo(format_table(("where", "region", "fact", "severity", "problem", "message"), rows,
                                    max_width=110))
        hidden = len(findings) - len(shown)
        if hidden:
            click.echo(f"{hidden} stated facts carry no source_date (the date of the law's version or page); "
                       "--undated lists them")
        if not errors:
            click.echo(f"no errors: every stated fact has a source, none predates a recorded amendment, "
                       f"and no pending change has commenced (review window {months} months)")
    if errors:
        click.get_current_context().exit(1)
