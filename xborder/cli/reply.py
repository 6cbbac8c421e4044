"""``xborder reply``: render a template for one customer."""
from __future__ import annotations

import click

from .main import emit_json, pass_state
from .params import KeyValue, echo_flags, read_json_object


@click.command()
@click.argument("template")
@click.option("--message", help="The customer's message: its language (and region) pick the locale.")
@click.option("--locale", help="Reply locale (es-MX, pt_BR…); overrides detection.")
@click.option("--region", help="Customer region (ISO 3166: MX, US-CA); overrides detection.")
@click.option("--timezone", "timezone", help="Customer time zone (IANA name); default from the region.")
@click.option("--country", help="Country the support system knows for the customer.")
@click.option("--phone", help="Customer phone number (E.164), a region signal.")
@click.option("--accept-language", help="The customer's Accept-Language header.")
@click.option("--var", "variables", type=KeyValue(), multiple=True, help="A template variable (repeatable).")
@click.option("--vars", "vars_file", metavar="FILE", help="Template variables as a JSON object (- for stdin).")
@click.option("--examples", is_flag=True, help="Fill variables not given with the template's example values.")
@click.option("--now", help="Render as of this instant (ISO 8601 with offset).")
@click.option("--translate-missing", is_flag=True,
              help="If the locale has no catalog, machine-translate the English reply (see docs/translate.md).")
@click.option("--no-disclosure", is_flag=True, help="With --translate-missing: leave out the line saying so.")
@click.option("--romanized-reply", metavar="native|romanized|LOCALE",
              help="Reply to a romanized message (Hinglish, Arabizi…) in the native script, the romanized "
                   "form, or a second language such as en; default: the store profile's, else per language.")
@click.option("--voice", type=click.Choice(["formal", "informal"]),
              help="Brand voice; default: the store's voice for the locale, else the market's (docs/voice.md).")
@click.option("--store", "store_file", metavar="FILE",
              help="Store profile (YAML): its 'voice:' per locale and 'romanized_reply' apply.")
@click.option("--rate", "rates", multiple=True, metavar="FROM:TO=RATE",
              help="Exchange rate (repeatable), e.g. EUR:MXN=20.1: amounts in EUR to a customer who pays "
                   "in MXN show the local equivalent too (docs/values.md).")
@click.option("--business-hours", metavar="SPEC|FILE",
              help="The team's business hours ('Mon-Fri 09:00-18:00 @Europe/Berlin' or a YAML file): "
                   "promised times fall when the team is open and outside the customer's night.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole result as JSON.")
@pass_state
def reply(state, template, message, locale, region, timezone, country, phone, accept_language,
          variables, vars_file, examples, now, translate_missing, no_disclosure, romanized_reply, voice,
          store_file, rates, business_hours, as_json):
    """Render TEMPLATE in the customer's language; the text on stdout, flags on stderr."""
    toolkit = state.toolkit
    context = {}
    if examples:
        context.update(toolkit.template(template).examples())
    if vars_file:
        context.update(read_json_object(vars_file))
    context.update(dict(variables))
    setting = None
    if store_file:
        from ..detect.romanized import store_setting

        setting = store_setting(store_file) or None
    if romanized_reply:
        from ..detect.romanized import parse_setting

        setting = {**(setting or {}), **parse_setting(romanized_reply)}
        if "default" in setting and len(setting) > 1:  # the option overrides the profile for every language
            setting = {"default": setting["default"]}
    make_reply = toolkit.reply
    if rates or business_hours:
        if translate_missing:
            raise click.UsageError("--rate and --business-hours do not combine with --translate-missing")
        from functools import partial

        from ..render.values import Rates

        make_reply = partial(make_reply, rates=Rates.parse(rates) if rates else None,
                             business_hours=business_hours)
    if voice or store_file:
        if translate_missing:
            raise click.UsageError("--voice and --store do not combine with --translate-missing")
        from functools import partial

        from ..policy.store import load_store_policy

        make_reply = partial(make_reply, voice=voice, store=load_store_policy(store_file) if store_file else None)
    if translate_missing:
        from functools import partial

        from ..translate import reply_translating_missing

        make_reply = partial(reply_translating_missing, toolkit, disclosure=not no_disclosure)
    result = make_reply(template, message=message, locale=locale, region=region, context=context,
                        now=now, timezone=timezone, country=country, phone=phone,
                        accept_language=accept_language, romanized_reply=setting)
    if as_json:
        emit_json(result.to_dict())
    else:
        click.echo(result.text, nl=False)
        echo_flags(result.flags)
