"""Every branch of every template (each value of its choice and boolean variables, and
without its optional variables) renders in every shipped locale: translated, lint-clean."""
from __future__ import annotations

import itertools

import pytest

from xborder import Toolkit

from test_lint_templates import LOCALES, NOW, region_of

_TOOLKIT = Toolkit(data_dirs=[])


def variants(spec) -> list[dict]:
    """The examples with every combination of the branch-selecting values, plus the
    examples without any optional variable."""
    base = spec.examples()
    axes = [(v.name, list(v.choices) if v.type == "choice" else [True, False])
            for v in spec.variables.values() if v.type in ("choice", "boolean")]
    out = [dict(base, **dict(zip([n for n, _ in axes], combo)))
           for combo in itertools.product(*[values for _, values in axes])]
    # deadline_date stays: the region's policy data fills it only where it states a deadline
    out.append({k: v for k, v in base.items() if spec.variables[k].required or k == "deadline_date"})
    return out


def test_variants_cover_the_branches():
    spec = _TOOLKIT.template("product_question")
    seen = {(v["topic"], v.get("fit"), v.get("compatible")) for v in variants(spec)}
    assert ("compatibility", "runs_small", False) in seen and ("back_in_stock", "true_to_size", True) in seen
    assert {v["already_shipped"] for v in variants(_TOOLKIT.template("address_change"))} == {True, False}


# Findings about the data, not the templates or catalogs: the spec's example dates fall on
# a public holiday of the locale's country (1 Dec in PT, 7 Dec 2026 in AR), and Canada's
# privacy-law fact has no French short name (PIPEDA federally, Loi 25 in Quebec: which one
# applies depends on the province).
DATA_GAPS = {("pt-PT", "weekend_promise"), ("es-AR", "weekend_promise"), ("fr-CA", "law_name_fallback")}


@pytest.mark.parametrize("tag", LOCALES)
def test_every_branch_renders_translated_and_lint_clean(toolkit, tag):
    problems = []
    for name in toolkit.template_names():
        spec = toolkit.template(name)
        for context in variants(spec):
            # A consent the customer's region requires is given (refusal is tested in test_locales_variants).
            context.update({v.name: True for v in spec.variables.values()
                            if (region_of(tag) or "") in v.true_required_in})
            reply = toolkit.render(name, locale=tag, context=context, region=region_of(tag), now=NOW)
            label = f"{name} {({k: context.get(k) for k, v in spec.variables.items() if v.type in ('choice', 'boolean')})}"
            assert "{{" not in reply.text and "%(" not in reply.text, label
            assert "None" not in reply.text, label  # an optional variable printed inside a message
            for flag in reply.flags:
                if (tag, flag.code) in DATA_GAPS:
                    continue
                if flag.code in ("currency_not_local", "promise_moved"):
                    continue  # the examples' EUR amounts and CET deadline, shown to every market
                problems.append(f"{label}: {flag.code} {reply.text[flag.span[0]:flag.span[1]] if flag.span else ''!r}"
                                f" — {flag.message}")
    assert not problems, "\n".join(problems)


def test_a_changed_branch_changes_the_reply():
    spec = _TOOLKIT.template("address_change")
    shipped = _TOOLKIT.render("address_change", locale="de", context=dict(spec.examples(), already_shipped=True))
    pending = _TOOLKIT.render("address_change", locale="de", context=dict(spec.examples(), already_shipped=False))
    assert "bereits versendet" in shipped.text and "bereits versendet" not in pending.text


@pytest.mark.parametrize("kind, expected", [("cpf", "CPF"), ("pccc", "개인통관고유부호"), ("cn_resident_id", "身份证")])
def test_customs_id_names_the_id_in_the_customers_language(kind, expected):
    for tag, region in [("pt-BR", "BR"), ("ko", "KR"), ("zh-CN", "CN"), ("de", "DE")]:
        ctx = dict(_TOOLKIT.template("customs_id_request").examples(), id_kind=kind)
        text = _TOOLKIT.render("customs_id_request", locale=tag, context=ctx, region=region, now=NOW).text
        assert expected in text, (tag, text)


def test_shipping_info_names_the_country_in_the_reply_language():
    ctx = dict(_TOOLKIT.template("shipping_info").examples(), destination="BR")
    assert "Brasilien" in _TOOLKIT.render("shipping_info", locale="de", context=ctx, now=NOW).text
    assert "ブラジル" in _TOOLKIT.render("shipping_info", locale="ja", context=ctx, now=NOW).text


def test_shipping_info_refuses_a_destination_that_is_not_a_country_code():
    from xborder.errors import VariableError

    ctx = dict(_TOOLKIT.template("shipping_info").examples(), destination="Narnia")
    with pytest.raises(VariableError, match="ISO 3166-1"):
        _TOOLKIT.render("shipping_info", locale="de", context=ctx, now=NOW)


def test_cli_reply_with_a_boolean_variant(run):
    result = run("reply", "cancel_order", "--examples", "--var", "already_shipped=true", "--locale", "fr",
                 "--region", "FR", "--now", NOW, "--json")
    assert result.exit_code == 0, result.stderr
    import json

    reply = json.loads(result.stdout)
    assert reply["flags"] == [] and reply["fallback_chain"] == ["fr", "en"]
    assert "refuser le colis" in reply["text"]
    bad = run("reply", "cancel_order", "--examples", "--var", "already_shipped=perhaps", "--locale", "fr")
    assert bad.exit_code == 2 and "already_shipped" in bad.stderr and "Traceback" not in bad.stderr
