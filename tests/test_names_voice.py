"""Structured names, forms of address, brand voice and the privacy law's local name (issue 15)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.errors import DataError, InputError, VariableError
from xborder.render.names import polish_vocative

BUNDLED = Path(__file__).resolve().parents[1]
NOW = "2026-11-20T10:00:00+00:00"


def first_line(toolkit, locale, template="thanks_closing", **names):
    context = toolkit.template(template).examples()
    context.pop("customer_name")
    context.update(names)
    return toolkit.render(template, locale=locale, context=context, now=NOW, voice="formal").text.split("\n")[0]


@pytest.mark.parametrize("locale, names, greeting", [
    ("de", dict(customer_given_name="Maria", customer_family_name="García", customer_title="ms"),
     "Guten Tag Frau García,"),
    ("de", dict(customer_given_name="Jonas", customer_family_name="Weber", customer_title="mr"),
     "Guten Tag Herr Weber,"),
    ("de", dict(customer_given_name="Maria", customer_family_name="García", customer_title="none"),
     "Guten Tag Maria García,"),
    ("de", dict(customer_given_name="Maria"), "Guten Tag,"),  # no family name: no polite form, neutral
    ("en-US", dict(customer_given_name="Maria", customer_family_name="García", customer_title="ms"),
     "Hello Ms. García,"),  # American usage writes the period, British does not
    ("en-GB", dict(customer_given_name="Maria", customer_family_name="García", customer_title="ms"),
     "Hello Ms García,"),
    ("ja", dict(customer_given_name="花子", customer_family_name="山田", customer_title="ms"), "山田 様"),
    ("ja", dict(customer_given_name="Hanako"), "Hanako 様"),
    ("ko", dict(customer_given_name="민지", customer_family_name="김"), "안녕하세요, 김민지 고객님."),
    ("ko", dict(customer_family_name="김"), "안녕하세요, 고객님."),
    ("pl", dict(customer_given_name="Maria", customer_family_name="Kowalska", customer_title="ms"),
     "Dzień dobry, Pani Mario!"),
    ("pl", dict(customer_given_name="Piotr", customer_family_name="Nowak", customer_title="mr"),
     "Dzień dobry, Panie Piotrze!"),
    ("pl", dict(customer_given_name="Piotr", customer_family_name="Nowak"), "Dzień dobry!"),
    ("es", dict(customer_given_name="María", customer_family_name="García", customer_title="ms"),
     "Hola, Sra. García:"),
    ("fr", dict(customer_given_name="Jean", customer_family_name="Dupont", customer_title="mr"),
     "Bonjour Monsieur Dupont,"),
    ("it", dict(customer_given_name="Giulia", customer_family_name="Rossi", customer_title="ms"),
     "Gentile Sig.ra Rossi,"),
    ("nl", dict(customer_given_name="Sanne", customer_family_name="de Vries", customer_title="ms"),
     "Beste mevrouw de Vries,"),
    ("pt-BR", dict(customer_given_name="Ana", customer_family_name="Souza", customer_title="ms"),
     "Olá, Sra. Souza,"),
    # European Portuguese: the formal greeting word agrees with the title; no title, the given name
    # (the body stays in the third person), and the neutral "Olá," when only the family name is known
    ("pt-PT", dict(customer_given_name="Ana", customer_family_name="Silva", customer_title="ms"),
     "Cara Sr.ª Silva,"),
    ("pt-PT", dict(customer_given_name="João", customer_family_name="Silva", customer_title="mr"),
     "Caro Sr. Silva,"),
    ("pt-PT", dict(customer_given_name="Ana", customer_family_name="Silva"), "Olá, Ana,"),
    ("pt-PT", dict(customer_given_name="Ana", customer_family_name="Silva", customer_title="none"), "Olá, Ana,"),
    ("pt-PT", dict(customer_family_name="Silva"), "Olá,"),
    ("zh-CN", dict(customer_given_name="芳", customer_family_name="王", customer_title="ms"), "尊敬的王女士，您好！"),
    ("zh-CN", dict(customer_given_name="芳", customer_family_name="王"), "尊敬的王芳，您好！"),
    ("tr", dict(customer_given_name="Ayşe", customer_family_name="Yılmaz", customer_title="ms"),
     "Merhaba Ayşe Hanım,"),
    ("ru", dict(customer_given_name="Мария", customer_family_name="Иванова", customer_title="ms"),
     "Здравствуйте, Мария!"),
    ("en", dict(customer_given_name="Maria", customer_family_name="García", customer_title="ms"),
     "Hello Ms García,"),
])
def test_greeting_follows_the_locale_convention(toolkit, locale, names, greeting):
    assert first_line(toolkit, locale, **names) == greeting


def test_pt_pt_informal_greets_by_given_name_and_bad_salutations_are_errors(toolkit, tmp_path):
    context = {**toolkit.template("thanks_closing").examples(), "customer_given_name": "Ana",
               "customer_family_name": "Silva", "customer_title": "ms"}
    context.pop("customer_name")
    reply = toolkit.render("thanks_closing", locale="pt-PT", context=context, now=NOW, voice="informal")
    assert reply.text.startswith("Olá, Ana!") and reply.voice == "informal"
    forms = (BUNDLED / "culture_rules" / "address_forms.yaml").read_text(encoding="utf-8")
    (tmp_path / "culture_rules").mkdir()
    (tmp_path / "culture_rules" / "address_forms.yaml").write_text(
        forms.replace('salutations: {ms: "Cara", mr: "Caro"}', 'salutations: {ms: "Cara"}'), encoding="utf-8")
    with pytest.raises(DataError, match="pt-PT.salutations' must give 'ms' and 'mr'"):
        Toolkit(data_dirs=[tmp_path]).render("thanks_closing", locale="pt-PT", context=context, now=NOW)


def test_arabic_uses_the_honorific_with_the_name_as_given(toolkit):
    line = first_line(toolkit, "ar", customer_given_name="ليلى", customer_family_name="حداد", customer_title="ms")
    assert "السيدة" in line and "ليلى حداد" in line


def test_customer_name_still_works_and_structured_parts_replace_it(toolkit):
    context = toolkit.template("order_delayed").examples()
    assert toolkit.render("order_delayed", locale="de", context=context, now=NOW).text.startswith("Guten Tag Maria,")
    context.pop("customer_name")
    with pytest.raises(VariableError, match="customer_name"):
        toolkit.render("order_delayed", locale="de", context=context, now=NOW)
    context.update(customer_family_name="García", customer_title="ms")
    assert toolkit.render("order_delayed", locale="de", context=context, now=NOW).text.startswith(
        "Guten Tag Frau García,")


def test_agent_name_parts_sign_the_reply(toolkit):
    context = toolkit.template("thanks_closing").examples()
    context.pop("agent_name")
    context.update(agent_given_name="Kenji", agent_family_name="Sato")
    assert "\nKenji Sato\n" in toolkit.render("thanks_closing", locale="de", context=context, now=NOW).text
    assert "担当：Sato" in toolkit.render("thanks_closing", locale="ja", context=context, now=NOW).text


def test_an_unknown_title_is_an_error(toolkit, run):
    context = {**toolkit.template("thanks_closing").examples(), "customer_title": "dr"}
    with pytest.raises(VariableError, match="customer_title.*ms, mr, none"):
        toolkit.render("thanks_closing", locale="de", context=context, now=NOW)
    result = run("reply", "thanks_closing", "--locale", "de", "--examples", "--var", "customer_title=dr")
    assert result.exit_code == 2 and "customer_title" in result.stderr and "Traceback" not in result.stderr


def test_a_title_the_language_has_no_form_for_is_an_error(tmp_path, run):
    forms = (BUNDLED / "culture_rules" / "address_forms.yaml").read_text(encoding="utf-8")
    start = forms.index("\n  de:\n")
    end = forms.index("\n  es:\n")
    (tmp_path / "culture_rules").mkdir()
    (tmp_path / "culture_rules" / "address_forms.yaml").write_text(forms[:start] + forms[end:], encoding="utf-8")
    toolkit = Toolkit(data_dirs=[tmp_path])
    context = {**toolkit.template("thanks_closing").examples(), "customer_family_name": "García",
               "customer_title": "ms"}
    with pytest.raises(VariableError, match="no form of address.*'de'"):
        toolkit.render("thanks_closing", locale="de", context=context, now=NOW)
    context["customer_title"] = "none"  # no title: fine
    assert toolkit.render("thanks_closing", locale="de", context=context, now=NOW).text
    result = run("--data-dir", str(tmp_path), "reply", "thanks_closing", "--locale", "de", "--examples",
                 "--var", "customer_family_name=García", "--var", "customer_title=mr")
    assert result.exit_code == 2 and "no form of address" in result.stderr


def test_a_malformed_forms_file_names_file_and_line(tmp_path):
    (tmp_path / "culture_rules").mkdir()
    (tmp_path / "culture_rules" / "address_forms.yaml").write_text(
        "languages:\n  de:\n    titles: {ms: Frau, mr: Herr}\n    formal: ['{surname}']\n    informal: ['{given}']\n"
        "    source: x\n", encoding="utf-8")
    toolkit = Toolkit(data_dirs=[tmp_path])
    with pytest.raises(DataError, match=r"address_forms.yaml:2.*unknown field"):
        toolkit.render("thanks_closing", locale="de", context=toolkit.template("thanks_closing").examples(),
                       now=NOW)


@pytest.mark.parametrize("given, title, vocative", [
    ("Maria", "ms", "Mario"), ("Anna", None, "Anno"), ("Kasia", "ms", "Kasiu"), ("Ola", "ms", "Olu"),
    ("Ingrid", "ms", "Ingrid"), ("Piotr", "mr", "Piotrze"), ("Tomasz", "mr", "Tomaszu"), ("Marek", "mr", "Marku"),
    ("Paweł", "mr", "Pawle"), ("Michał", "mr", "Michale"), ("Robert", "mr", "Robercie"), ("Adam", "mr", "Adamie"),
    ("Jerzy", "mr", "Jerzy"), ("Anna-Maria", "ms", "Anna-Maria"),
])
def test_polish_vocative(given, title, vocative):
    assert polish_vocative(given, title) == vocative


# -- voice ---------------------------------------------------------------------------------

def render(toolkit, template, locale, **options):
    return toolkit.render(template, locale=locale, context=toolkit.template(template).examples(), now=NOW,
                          **options)


@pytest.mark.parametrize("locale, hello", [("nl", "Hoi Maria,"), ("it", "Ciao Maria,"), ("pt-BR", "Oi, Maria!"),
                                           ("es", "¡Hola, Maria!"), ("es-MX", "¡Hola, Maria!"),
                                           ("pl", "Cześć, Mario!")])
def test_informal_markets_default_to_the_informal_voice(toolkit, locale, hello):
    reply = render(toolkit, "thanks_closing", locale)
    assert reply.voice == "informal" and reply.text.startswith(hello)
    assert not reply.flags
    formal = render(toolkit, "thanks_closing", locale, voice="formal")
    assert formal.voice == "formal" and not formal.text.startswith(hello)


@pytest.mark.parametrize("locale, count, expected", [
    ("pl", 1, "do 1 dnia roboczego"), ("pl", 3, "do 3 dni roboczych"), ("pl", 22, "do 22 dni roboczych"),
    ("es", 1, "1 día hábil en reflejarse en tu extracto"), ("es", 5, "5 días hábiles en reflejarse en tu"),
    ("es", 1000000, "1.000.000 de días hábiles"), ("it", 1000000, "1.000.000 di giorni lavorativi"),
    ("pt-BR", 1, "1 dia útil"), ("nl", 2, "2 werkdagen duren voordat het bedrag op je"),
    ("pt-PT", 1, "até 1 dia útil a aparecer no teu extrato"), ("pt-PT", 1000000, "000 de dias úteis a aparecer no teu"),
])
def test_informal_plurals_follow_the_catalog_header(toolkit, locale, count, expected):
    context = {**toolkit.template("refund_issued").examples(), "processing_days": count}
    reply = toolkit.render("refund_issued", locale=locale, context=context, now=NOW, voice="informal")
    assert reply.voice == "informal" and expected in reply.text


def test_formal_markets_and_explicit_choice(toolkit):
    assert render(toolkit, "thanks_closing", "de").voice == "formal"
    assert render(toolkit, "thanks_closing", "de", voice="informal").voice == "formal"  # no informal de catalog
    assert [f.code for f in render(toolkit, "thanks_closing", "de", voice="informal").flags] == ["voice_unavailable"]


def test_a_template_without_a_full_informal_variant_stays_formal(tmp_path):
    import io

    from babel.messages.pofile import read_po, write_po

    # Every bundled template has its informal variants: drop one message's from a copy of nl.
    with open(BUNDLED / "locales" / "nl" / "LC_MESSAGES" / "xborder.po", "rb") as fh:
        catalog = read_po(fh)
    catalog.delete("The code had already expired when the order was placed.", context="informal")
    target = tmp_path / "locales" / "nl" / "LC_MESSAGES" / "xborder.po"
    target.parent.mkdir(parents=True)
    buf = io.BytesIO()
    write_po(buf, catalog)
    target.write_bytes(buf.getvalue())
    toolkit = Toolkit(data_dirs=[tmp_path])
    quiet = render(toolkit, "promo_code", "nl")  # the market default: no flag
    assert quiet.voice == "formal" and not [f for f in quiet.flags if f.code == "voice_unavailable"]
    assert render(Toolkit(data_dirs=[]), "promo_code", "nl").voice == "informal"  # the bundled catalog
    asked = render(toolkit, "promo_code", "nl", voice="informal")
    assert asked.voice == "formal" and "voice_unavailable" in [f.code for f in asked.flags]
    assert " je " not in asked.text  # never a mix of registers


def test_store_profile_sets_the_voice_per_locale(toolkit, tmp_path, run):
    store = tmp_path / "store.yaml"
    store.write_text("return_days: 30\nvoice: {nl: formal, pl: informal}\n", encoding="utf-8")
    assert render(toolkit, "thanks_closing", "nl", store=str(store)).voice == "formal"
    assert render(toolkit, "thanks_closing", "nl", store=str(store), voice="informal").voice == "informal"
    result = run("reply", "thanks_closing", "--locale", "nl", "--examples", "--store", str(store), "--json")
    assert result.exit_code == 0 and '"voice": "formal"' in result.stdout
    result = run("reply", "thanks_closing", "--locale", "nl", "--examples", "--voice", "formal")
    assert result.exit_code == 0 and result.stdout.startswith("Beste Maria,")


def test_bad_voice_input(toolkit, tmp_path, run):
    with pytest.raises(InputError, match="unknown voice 'casual'"):
        render(toolkit, "thanks_closing", "nl", voice="casual")
    assert run("reply", "thanks_closing", "--locale", "nl", "--examples", "--voice", "casual").exit_code == 2
    store = tmp_path / "store.yaml"
    store.write_text("voice:\n  nl: chatty\n", encoding="utf-8")
    result = run("reply", "thanks_closing", "--locale", "nl", "--examples", "--store", str(store))
    assert result.exit_code == 2 and f"{store}:2" in result.stderr and "formal or informal" in result.stderr
    result = run("reply", "thanks_closing", "--locale", "nl", "--examples", "--voice", "formal", "--translate-missing")
    assert result.exit_code == 2 and "--translate-missing" in result.stderr
    store.write_text("voice: informal\n", encoding="utf-8")
    result = run("reply", "thanks_closing", "--locale", "nl", "--examples", "--store", str(store))
    assert result.exit_code == 2 and "'voice' must map locales" in result.stderr


def test_informal_variants_survive_update_and_compile(tmp_path, run):
    root = tmp_path / "data"
    shutil.copytree(BUNDLED / "templates", root / "templates")
    (root / "locales").mkdir()
    shutil.copy(BUNDLED / "locales" / "xborder.pot", root / "locales" / "xborder.pot")
    shutil.copytree(BUNDLED / "locales" / "nl", root / "locales" / "nl")
    po = root / "locales" / "nl" / "LC_MESSAGES" / "xborder.po"
    before = po.read_text(encoding="utf-8").count('msgctxt "informal"')
    assert before >= 7
    assert run("--data-dir", str(root), "locales", "update", "nl").exit_code == 0
    assert po.read_text(encoding="utf-8").count('msgctxt "informal"') == before
    assert run("--data-dir", str(root), "locales", "compile", "nl").exit_code == 0
    toolkit = Toolkit(data_dirs=[root])
    assert str(toolkit.messages("nl").path).endswith(".mo")
    assert render(toolkit, "thanks_closing", "nl").text.startswith("Hoi Maria,")


# -- lint against the voice --------------------------------------------------------------------

def test_lint_checks_the_draft_against_the_chosen_voice(toolkit, run):
    informal = "Hoi Sanne, bedankt voor je bericht. Heb je het pakket al ontvangen?"
    assert [f.code for f in toolkit.lint(informal, "nl", voice="formal")] == ["informal_address"] * 2
    assert not toolkit.lint(informal, "nl")  # bol.com writes je: the market default (issue 15)
    assert not toolkit.lint(informal, "nl", voice="informal")
    formal = "Beste Sanne, bedankt voor uw bericht. Heeft u het pakket al ontvangen?"
    assert not toolkit.lint(formal, "nl", voice="formal")
    flags = toolkit.lint(formal, "nl", voice="informal")
    assert [formal[f.span[0]:f.span[1]] for f in flags] == ["uw", "u"]
    assert "writes informally" in flags[0].message and "also writes" not in flags[0].message
    mixed = toolkit.lint("Bedankt voor je bericht. Heeft u het pakket al?", "nl", voice="informal")
    assert len(mixed) == 1 and "also writes 'je'" in mixed[0].message
    result = run("lint", "-", "--locale", "es-MX", "--voice", "informal", input="Te enviamos tu guía mañana.")
    assert result.exit_code == 0 and not result.stdout.strip()
    assert run("lint", "-", "--locale", "nl", "--voice", "loose", input="x").exit_code == 2
    with pytest.raises(InputError):
        toolkit.lint("x", "nl", voice="loose")


# -- the privacy law's local name ----------------------------------------------------------------

@pytest.mark.parametrize("locale, region, name", [
    ("de", "DE", "DSGVO"), ("fr", "FR", "RGPD"), ("nl", "NL", "AVG"), ("pl", "PL", "RODO"), ("pt-BR", "BR", "LGPD"),
    ("tr", "TR", "KVKK"), ("ru", "RU", "152-ФЗ"), ("es-MX", "MX", "LFPDPPP"), ("es", "ES", "RGPD"),
    ("pt-PT", "PT", "RGPD"), ("en", "GB", "UK GDPR"),
])
def test_privacy_law_short_name_comes_from_the_region(toolkit, locale, region, name):
    reply = toolkit.render("privacy_request", locale=locale, region=region, now=NOW,
                           context=toolkit.template("privacy_request").examples())
    assert name in reply.text and not reply.flags
    if name != "UK GDPR":
        assert "GDPR" not in reply.text


def test_privacy_law_fallback_and_override(toolkit):
    context = toolkit.template("privacy_request").examples()
    reply = toolkit.render("privacy_request", locale="ja", region="DE", now=NOW, context=context)
    assert [f.code for f in reply.flags] == ["law_name_fallback"] and "DSGVO" not in reply.text
    reply = toolkit.render("privacy_request", locale="de", region="DE", now=NOW,
                           context={**context, "law_name": "BDSG"})
    assert "BDSG" in reply.text and "DSGVO" not in reply.text
    assert "GDPR" not in toolkit.render("privacy_request", locale="de", now=NOW, context=context).text


def test_short_names_are_validated(tmp_path, run):
    (tmp_path / "culture_rules" / "regions").mkdir(parents=True)
    source = (BUNDLED / "culture_rules" / "regions" / "PL.yaml").read_text(encoding="utf-8")
    (tmp_path / "culture_rules" / "regions" / "PL.yaml").write_text(
        source.replace('short_names: {pl: "RODO"', 'short_names: {Polish: "RODO"'), encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "policy", "show", "PL")
    assert result.exit_code == 2 and "PL.yaml:" in result.stderr and "short_names" in result.stderr


# -- every template, every locale, with structured names -----------------------------------------

def test_every_template_renders_with_structured_names_in_every_locale(toolkit):
    from test_lint_templates import LOCALES, region_of
    from test_template_variants import DATA_GAPS

    names = {"customer_given_name": "Maria", "customer_family_name": "Kowalska", "customer_title": "ms",
             "agent_given_name": "Alex", "agent_family_name": "Meyer", "agent_title": "none"}
    problems = []
    for tag in LOCALES:
        for name in toolkit.template_names():
            context = {k: v for k, v in toolkit.template(name).examples().items()
                       if k not in ("customer_name", "agent_name")}
            reply = toolkit.render(name, locale=tag, region=region_of(tag), now=NOW, context={**context, **names})
            if "Kowalsk" not in reply.text and "Mari" not in reply.text:
                problems.append(f"{tag} {name}: no name in {reply.text[:40]!r}")
            problems += [f"{tag} {name}: {f.code} {f.message}" for f in reply.flags
                         if f.code not in ("law_name_fallback", "currency_not_local", "promise_moved")
                         and (tag, f.code) not in DATA_GAPS]
    assert not problems, "\n".join(problems[:20])


# -- translator notes ------------------------------------------------------------------------------

def test_every_placeholder_has_a_one_line_translator_note():
    import re

    from babel.messages.pofile import read_po

    with open(BUNDLED / "locales" / "xborder.pot", "rb") as fh:
        catalog = read_po(fh)
    missing = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        note = " ".join(message.auto_comments)
        for name in dict.fromkeys(re.findall(r"%\((\w+)\)", " ".join(ids))):
            if name == "num":
                continue
            if f"{name}:" not in note:
                missing.append(f"{message.locations[0][0]}: {name} in {ids[0][:40]!r}")
    assert not missing, "\n".join(missing)
    for path in sorted((BUNDLED / "templates").glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "{# TRANSLATORS:" in line:
                assert line.rstrip().endswith("#}"), f"{path.name}:{number}: a translator note must be one line"


@pytest.mark.parametrize("voice, names, greeting", [
    # one field, formal: the nominative given name ("Dzień dobry, Maria!") mixes registers, and
    # Pani/Pan needs the title: a neutral greeting, or the vocative with the title
    ("formal", dict(customer_name="Maria"), "Dzień dobry!"),
    ("formal", dict(customer_name="Maria", customer_title="ms"), "Dzień dobry, Pani Mario!"),
    ("formal", dict(customer_name="Piotr Nowak", customer_title="mr"), "Dzień dobry, Panie Piotrze!"),
    ("informal", dict(customer_name="Maria"), "Cześć, Mario!"),
    # informal with a full name: the vocative of the given name, never "Cześć, Maria Kowalska!"
    ("informal", dict(customer_name="Maria Kowalska"), "Cześć, Mario!"),
    ("informal", dict(customer_name="Piotr Nowak"), "Cześć, Piotrze!"),
    ("informal", dict(customer_name="Kowalska"), "Cześć!"),
])
def test_polish_greeting_from_one_name_field(toolkit, voice, names, greeting):
    context = dict(toolkit.template("order_delayed").examples(), **names)
    for key in ("customer_given_name", "customer_family_name"):
        context.pop(key, None)
    if "customer_title" not in names:
        context.pop("customer_title", None)
    text = toolkit.render("order_delayed", locale="pl", context=context, now=NOW, voice=voice).text
    assert text.split("\n")[0] == greeting


def test_european_portuguese_informal_voice_is_tu_in_every_template(toolkit):
    """pt-PT's informal variant (a store's choice; the market default stays formal): European
    "tu" forms throughout, never Brazilian "você" nor the formal "a sua"."""
    assert render(toolkit, "thanks_closing", "pt-PT").voice == "formal"
    for name in toolkit.template_names():
        reply = render(toolkit, name, "pt-PT", voice="informal")
        assert reply.voice == "informal", name
        assert not re.search(r"\b(?:você|sua|seu|suas|seus|lhe)\b", reply.text), (name, reply.text)
        assert not [f for f in reply.flags if f.code in ("informal_address", "voice_unavailable")], name
