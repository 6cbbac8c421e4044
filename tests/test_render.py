"""Rendering: every template in every locale, formats, plurals, bidi, fallbacks, overrides."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from xborder import Toolkit
from xborder.errors import DataError, LocaleError, TemplateNotFoundError, VariableError
from xborder.render.state import FSI, PDI

SHIPPED = ["en", "es", "es-MX", "pt-BR", "fr", "de", "it", "nl", "pl", "tr", "ru", "ar", "ja", "ko",
           "zh-CN", "zh-TW"]
NOW = "2026-11-23T09:00:00+00:00"


def test_sixteen_locales_ship(toolkit):
    assert set(SHIPPED) - {"en"} <= set(toolkit.available_locales())


def test_at_least_thirteen_templates(toolkit):
    assert len(toolkit.template_names()) >= 13


@pytest.mark.parametrize("locale", SHIPPED)
def test_every_template_renders_complete_in_every_locale(toolkit, locale):
    for name in toolkit.template_names():
        spec = toolkit.template(name)
        reply = toolkit.render(name, locale=locale, context=spec.examples(), now=NOW)
        assert reply.text.strip()
        assert not [f for f in reply.flags if f.code in ("untranslated", "locale_fallback")], (name, reply.flags)
        assert "{{" not in reply.text and "%(" not in reply.text
        assert toolkit.template_status(name)[locale] == "complete"


def test_untranslated_text_differs_from_english(toolkit):
    en = toolkit.render("order_delayed", locale="en", context=toolkit.template("order_delayed").examples())
    for locale in SHIPPED[1:]:
        other = toolkit.render("order_delayed", locale=locale, context=toolkit.template("order_delayed").examples())
        assert other.text != en.text, locale


@pytest.mark.parametrize("locale, expected", [
    ("en", "December 3, 2026"),
    ("de", "3. Dezember 2026"),
    ("fr", "3 décembre 2026"),
    ("es", "3 de diciembre de 2026"),
    ("ja", "2026年12月3日"),
])
def test_dates_follow_the_locale(toolkit, locale, expected):
    ctx = toolkit.template("order_delayed").examples()
    assert expected in toolkit.render("order_delayed", locale=locale, context=ctx).text


@pytest.mark.parametrize("locale, expected", [
    ("en", "€1,234.50"),
    ("de", "1.234,50\xa0€"),
    ("fr", "1\u202f234,50\xa0€"),
    ("pt-BR", "€\xa01.234,50"),
    ("ja", "€1,234.50"),
])
def test_currency_follows_the_locale(toolkit, locale, expected):
    ctx = toolkit.template("refund_issued").examples()
    assert expected in toolkit.render("refund_issued", locale=locale, context=ctx).text


def test_money_in_the_customers_currency(toolkit):
    ctx = dict(toolkit.template("refund_issued").examples(), refund_amount="1500 JPY")
    assert "￥1,500" in toolkit.render("refund_issued", locale="ja", context=ctx).text


def _return_sentence(toolkit, locale, days):
    ctx = dict(toolkit.template("return_instructions").examples(), return_days=days)
    text = toolkit.render("return_instructions", locale=locale, context=ctx).text
    return text.split("\n\n")[2]


@pytest.mark.parametrize("days, form", [(0, 0), (1, 1), (2, 2), (3, 3), (5, 3), (11, 4), (22, 4), (99, 4),
                                        (100, 5), (102, 5), (103, 3), (111, 4)])
def test_arabic_plural_forms(toolkit, days, form):
    """CLDR's six Arabic categories: zero, one, two, few (3-10), many (11-99), other (100-102)."""
    messages = toolkit.messages("ar")
    assert messages.num_plurals == 6
    assert messages.plural_index(days) == form
    forms = messages.plural["You can return any item within %(count)s calendar day of delivery."]
    assert _return_sentence(toolkit, "ar", days) == forms[form] % {"count": f"{FSI}{days}{PDI}"}


@pytest.mark.parametrize("locale, days, form", [
    ("pl", 0, 2), ("pl", 1, 0), ("pl", 2, 1), ("pl", 3, 1), ("pl", 5, 2), ("pl", 11, 2), ("pl", 22, 1),
    ("pl", 100, 2), ("ru", 0, 2), ("ru", 1, 0), ("ru", 2, 1), ("ru", 3, 1), ("ru", 5, 2), ("ru", 11, 2),
    ("ru", 21, 0), ("ru", 22, 1), ("ru", 100, 2),
])
def test_polish_and_russian_plural_forms(toolkit, locale, days, form):
    """Three forms: one (1, 21…; Polish only 1), few (2-4, 22-24…), many (0, 5-20, 25…)."""
    messages = toolkit.messages(locale)
    assert messages.num_plurals == 3
    assert messages.plural_index(days) == form
    key = "You can return any item within %(count)s calendar day of delivery."
    # Polish replies default to the informal voice (culture_rules/voice_defaults.yaml).
    forms = messages.informal_plural.get(key) or messages.plural[key]
    assert _return_sentence(toolkit, locale, days) == forms[form] % {"count": days}


def test_russian_day_forms_read_right(toolkit):
    # "в течение" takes the genitive: 1 дня, 2 дней, 5 дней.
    assert "21 календарного дня" in _return_sentence(toolkit, "ru", 21)
    assert "5 календарных дней" in _return_sentence(toolkit, "ru", 5)
    assert "1 dnia" in _return_sentence(toolkit, "pl", 1)
    assert "5 dni" in _return_sentence(toolkit, "pl", 5)


def test_rtl_values_are_isolated(toolkit):
    ctx = toolkit.template("order_delayed").examples()
    reply = toolkit.render("order_delayed", locale="ar", context=ctx)
    assert reply.direction == "rtl"
    assert f"{FSI}A-10293{PDI}" in reply.text
    assert f"{FSI}https://track.example.com/A-10293{PDI}" in reply.text
    assert reply.text.count(FSI) == reply.text.count(PDI)


def test_ltr_values_are_not_isolated(toolkit):
    ctx = toolkit.template("order_delayed").examples()
    assert FSI not in toolkit.render("order_delayed", locale="de", context=ctx).text


def test_fallback_chain_is_reported(toolkit):
    ctx = toolkit.template("order_delayed").examples()
    assert toolkit.render("order_delayed", locale="es-MX", context=ctx).fallback_chain == ("es-MX", "es", "en")
    assert toolkit.render("order_delayed", locale="es_AR", context=ctx).fallback_chain == ("es-AR", "es", "en")
    assert toolkit.render("order_delayed", locale="es_CL", context=ctx).fallback_chain == ("es", "en")
    assert toolkit.render("order_delayed", locale="pt-PT", context=ctx).fallback_chain == ("pt-PT", "pt-BR", "en")
    pt = toolkit.render("order_delayed", locale="pt-AO", context=ctx)
    assert pt.fallback_chain == ("pt-BR", "en")
    assert [f.code for f in pt.flags if f.code == "locale_fallback"] == ["locale_fallback"]
    assert toolkit.render("order_delayed", locale="zh-HK", context=ctx).fallback_chain == ("zh-TW", "en")


def test_es_mx_formats_dates_and_money_the_mexican_way(toolkit):
    ctx = dict(toolkit.template("refund_issued").examples(), refund_amount="1234.5 MXN")
    assert "$1,234.50" in toolkit.render("refund_issued", locale="es-MX", context=ctx).text


@pytest.mark.parametrize("locale, amount, expected", [
    ("es-MX", "1234.5 EUR", "EUR\xa01,234.50"),   # CLDR currencySpacing: letters next to a digit
    ("en", "1234.5 CHF", "CHF\xa01,234.50"),
    ("tr", "23.4 CHF", "CHF\xa023,40"),
    ("en", "1234.5 EUR", "€1,234.50"),             # a symbol touches the digits
    ("de", "1234.5 CHF", "1.234,50\xa0CHF"),       # the pattern already spaces it
    ("zh-CN", "23.4 USD", "US$23.40"),
])
def test_a_currency_written_in_letters_is_spaced_from_the_amount(toolkit, locale, amount, expected):
    ctx = dict(toolkit.template("refund_issued").examples(), refund_amount=amount)
    assert expected in toolkit.render("refund_issued", locale=locale, context=ctx).text


def test_currency_spacing_rule():
    from xborder.i18n.numbers import currency_spaced, format_money

    assert currency_spaced("EUR23.40", "EUR") == "EUR\xa023.40"
    assert currency_spaced("23.40EUR", "EUR") == "23.40\xa0EUR"
    assert currency_spaced("€23.40", "€") == "€23.40" and currency_spaced("23.40 €", "€") == "23.40 €"
    assert currency_spaced("US$23.40", "US$") == "US$23.40"
    assert format_money(23.4, "EUR", "es_MX", format_type="name") == "23.40 euros"


def test_fallback_chain_reads_only_the_requested_language_and_follows_aliases():
    from xborder.i18n.locale import fallback_chain

    available = ["ar", "de", "es", "es-MX", "pt-BR", "zh-CN", "zh-TW"]
    assert fallback_chain("es-AR", available) == ["es", "en"]
    assert fallback_chain("zh-HK", available) == ["zh-TW", "en"]
    assert fallback_chain("he", ["iw", "de"]) == ["he-IL", "en"]     # a folder named by the old code
    with pytest.raises(LocaleError, match=r"available: ar, de, es, es-MX, pt-BR, zh-CN, zh-TW, en"):
        fallback_chain("sv", available)


def test_strict_turns_fallback_into_error():
    strict = Toolkit(data_dirs=[], strict=True)
    with pytest.raises(LocaleError):
        strict.render("order_delayed", locale="pt-AO", context=strict.template("order_delayed").examples())


def test_unsupported_and_unknown_locales(toolkit):
    ctx = toolkit.template("order_delayed").examples()
    with pytest.raises(LocaleError, match="available: .*de"):
        toolkit.render("order_delayed", locale="sv", context=ctx)
    with pytest.raises(LocaleError, match="unknown locale"):
        toolkit.render("order_delayed", locale="xx-YY", context=ctx)
    with pytest.raises(LocaleError, match="malformed"):
        toolkit.render("order_delayed", locale="de DE", context=ctx)


def test_unknown_template_lists_close_names(toolkit):
    with pytest.raises(TemplateNotFoundError, match="did you mean order_delayed"):
        toolkit.render("order_delay", locale="en", context={})
    with pytest.raises(LookupError):
        toolkit.template("nope")


def test_missing_unknown_and_mistyped_variables(toolkit):
    ctx = toolkit.template("order_delayed").examples()
    with pytest.raises(VariableError, match="missing required variable.*new_delivery_date"):
        toolkit.render("order_delayed", locale="en", context={k: v for k, v in ctx.items() if k != "new_delivery_date"})
    with pytest.raises(VariableError, match="no variable 'shoe_size'"):
        toolkit.render("order_delayed", locale="en", context=dict(ctx, shoe_size=42))
    with pytest.raises(VariableError, match="new_delivery_date.*YYYY-MM-DD"):
        toolkit.render("order_delayed", locale="en", context=dict(ctx, new_delivery_date="tomorrow"))
    with pytest.raises(VariableError, match="ISO 4217"):
        toolkit.render("refund_issued", locale="en",
                       context=dict(toolkit.template("refund_issued").examples(), refund_amount="12 EURO"))
    with pytest.raises(VariableError, match="UTC offset"):
        toolkit.render("complaint_received", locale="en",
                       context=dict(toolkit.template("complaint_received").examples(),
                                    response_due="2026-11-26T10:00:00"))


def test_customer_values_are_data_not_template_code(toolkit):
    ctx = dict(toolkit.template("order_delayed").examples(), customer_name="{{ 7*7 }}",
               order_id="{% for x in range(3) %}X{% endfor %}")
    text = toolkit.render("order_delayed", locale="de", context=ctx).text
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "{% for x in range(3) %}X{% endfor %}" in text


def test_datetime_shown_in_customer_zone_with_zone_name(toolkit):
    ctx = dict(toolkit.template("complaint_received").examples(), response_due="2026-11-26T09:00:00Z")
    tokyo = toolkit.render("complaint_received", locale="ja", context=ctx, timezone="Asia/Tokyo").text
    assert "18:00（日本時間）" in tokyo  # the short local name, not CLDR's long 日本標準時
    berlin = toolkit.render("complaint_received", locale="de", context=ctx, region="DE").text
    assert "10:00 Uhr (MEZ)" in berlin and "Mitteleuropäische Normalzeit" not in berlin


def test_customer_time_reported(toolkit):
    reply = toolkit.render("order_delayed", locale="de", region="DE", now="2026-11-23T07:30:00Z",
                           context=toolkit.template("order_delayed").examples())
    assert reply.customer_time["timezone"] == "Europe/Berlin"
    assert reply.customer_time["local_time"].startswith("2026-11-23T08:30:00+01:00")


def test_reply_is_frozen(toolkit):
    reply = toolkit.render("order_delayed", locale="en", context=toolkit.template("order_delayed").examples())
    with pytest.raises(Exception):
        reply.text = "changed"  # type: ignore[misc]
    assert set(reply.to_dict()) >= {"template", "locale", "text", "detection", "flags", "policy_notes",
                                    "customer_time", "machine_translated", "fallback_chain"}


def test_japanese_override_adapts_structure(toolkit):
    text = toolkit.render("order_delayed", locale="ja", context=toolkit.template("order_delayed").examples()).text
    assert text.startswith("Maria 様")


def _copy_templates(tmp_path):
    user = tmp_path / "data"
    (user / "templates").mkdir(parents=True)
    return user


def test_user_folder_overrides_bundled_template(tmp_path, toolkit):
    user = _copy_templates(tmp_path)
    bundled = toolkit.data.find("templates/order_delayed.yaml")
    shutil.copy(bundled, user / "templates" / "order_delayed.yaml")
    (user / "templates" / "order_delayed.txt").write_text("Custom: {{ order_id }}\n", encoding="utf-8")
    custom = Toolkit(data_dirs=[user])
    reply = custom.render("order_delayed", locale="de", context=custom.template("order_delayed").examples())
    assert reply.text == "Custom: A-10293\n"
    # Other templates still come from the bundled data.
    assert "refund_issued" in custom.template_names()


def test_xborder_data_environment_variable(tmp_path, monkeypatch, toolkit):
    user = _copy_templates(tmp_path)
    shutil.copy(toolkit.data.find("templates/order_delayed.yaml"), user / "templates" / "hello.yaml")
    (user / "templates" / "hello.txt").write_text("{% trans %}Hello{% endtrans %}\n", encoding="utf-8")
    monkeypatch.setenv("XBORDER_DATA", str(user))
    assert "hello" in Toolkit().template_names()


def test_broken_user_template_reports_file_and_line(tmp_path, toolkit):
    user = _copy_templates(tmp_path)
    shutil.copy(toolkit.data.find("templates/order_delayed.yaml"), user / "templates" / "order_delayed.yaml")
    (user / "templates" / "order_delayed.txt").write_text("ok\n{% trans %}Hi {{ order_id }\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"order_delayed\.txt:2"):
        Toolkit(data_dirs=[user]).render("order_delayed", locale="en",
                                         context=toolkit.template("order_delayed").examples())


def test_broken_user_po_reports_file_and_line(tmp_path, toolkit):
    user = tmp_path / "data"
    po = user / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\nmsgid "x"\nmsgstr "y\n',
                  encoding="utf-8")
    with pytest.raises(DataError, match=r"xborder\.po:\d+"):
        Toolkit(data_dirs=[user]).render("order_delayed", locale="de",
                                         context=toolkit.template("order_delayed").examples())


def test_broken_template_spec_reports_file_and_line(tmp_path, toolkit):
    user = _copy_templates(tmp_path)
    (user / "templates" / "x.txt").write_text("x\n", encoding="utf-8")
    (user / "templates" / "x.yaml").write_text("description: x\nvariables:\n  a: {type: colour, example: 1}\n",
                                               encoding="utf-8")
    with pytest.raises(DataError, match=r"x\.yaml:3:\d+: variable 'a': unknown type 'colour'"):
        Toolkit(data_dirs=[user]).template("x")


def test_toolkit_is_safe_to_share_between_threads():
    from concurrent.futures import ThreadPoolExecutor

    shared = Toolkit(data_dirs=[])
    jobs = [(name, loc) for name in shared.template_names() for loc in ("de", "ar", "ja", "pl")]

    def work(job):
        name, loc = job
        return shared.render(name, locale=loc, context=shared.template(name).examples(), now=NOW).text

    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(work, jobs))
    assert parallel == [work(j) for j in jobs]


def test_catalog_cache_never_serves_a_stale_translation(tmp_path, monkeypatch, toolkit):
    """The parsed-PO cache is keyed by the file's digest: an edit shows in the next Toolkit."""
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path / "cache"))
    user = tmp_path / "data"
    po = user / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
    po.parent.mkdir(parents=True)
    shutil.copy(toolkit.data.find("locales/de/LC_MESSAGES/xborder.po"), po)
    ctx = toolkit.template("order_delayed").examples()
    first = Toolkit(data_dirs=[user]).render("order_delayed", locale="de", context=ctx).text
    assert list((tmp_path / "cache" / "catalogs").glob("*.json"))
    assert Toolkit(data_dirs=[user]).render("order_delayed", locale="de", context=ctx).text == first
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Guten Tag %(name)s,"',
                                                         'msgstr "Hallo %(name)s,"'), encoding="utf-8")
    assert Toolkit(data_dirs=[user]).render("order_delayed", locale="de", context=ctx).text.startswith("Hallo Maria,")


def test_checks_can_be_skipped_for_a_preview(toolkit):
    ctx = dict(toolkit.template("return_instructions").examples(), return_days=7)
    full = toolkit.render("return_instructions", locale="de", region="DE", context=ctx, now=NOW)
    assert "policy_conflict" in [f.code for f in full.flags] and full.policy_notes
    preview = toolkit.render("return_instructions", locale="de", region="DE", context=ctx, now=NOW, checks=False)
    assert preview.text == full.text and not preview.flags and not preview.policy_notes


def test_promised_date_on_a_saudi_weekend_is_flagged(toolkit):
    ctx = dict(toolkit.template("order_delayed").examples(), new_delivery_date="2026-12-04")  # a Friday
    flags = toolkit.render("order_delayed", locale="ar", region="SA", context=ctx, now=NOW).flags
    assert "weekend_promise" in [f.code for f in flags]
    uae = toolkit.render("order_delayed", locale="ar", region="AE", context=ctx, now=NOW).flags
    assert "weekend_promise" not in [f.code for f in uae]


def test_a_value_ending_in_a_full_stop_does_not_double_the_sentences():
    from xborder.render.render import tidy

    assert tidy("Ожидаемая дата доставки: 3 декабря 2026 г..") == "Ожидаемая дата доставки: 3 декабря 2026 г.\n"
    assert tidy("Bitte warten... Danke. Siehe a..b") == "Bitte warten... Danke. Siehe a..b\n"
