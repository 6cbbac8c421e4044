"""Issue 15, fixer l-gen7b: the content codes as concepts across languages — an observance named and
what it forbids beside it, English idioms calqued word for word, and policy conflicts phrased as
agents phrase them (store credit "only", delivery costs kept, business orders)."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.errors import DataError
from xborder.lint import lint_text


def codes(toolkit, text, locale, **options):
    return {f.code for f in lint_text(toolkit, text, locale, **options)}


@pytest.mark.parametrize("text, locale, expected", [
    ("Ramadan Kareem! This month only, our lunch-hour deal gets you two burgers.", "en-AE", True),
    ("Ramadan Kareem! Our iftar boxes are delivered after sunset.", "en-AE", False),
    ("Eid Mubarak! To celebrate, enjoy 15% off our bacon hampers.", "en-GB", True),
    ("Eid Mubarak! Your halal lamb box will arrive on Thursday.", "en-GB", False),
    ("Ramazan ayı boyunca öğle yemeği menümüzde %25 indirim var.", "tr-TR", True),
    ("Hayırlı Ramazanlar! İftar için hurma setlerimizde %20 indirim var.", "tr-TR", False),
    ("Happy Hanukkah! We've included a pork sausage sampler with your order.", "en-US", True),
    ("Happy Hanukkah! We've included a box of sufganiyot with your order.", "en-US", False),
    ("Since you're keeping Passover, we've added a sourdough loaf to your order.", "en-US", True),
    ("Chag Pesach Sameach! Your kosher-for-Passover matzah box shipped today.", "en-US", False),
    ("Happy Qing Ming! Celebrate with our party pack of balloons.", "en-SG", True),
    ("In view of Qing Ming, our outlet will close early this Friday.", "en-SG", False),
    ("Our warehouse is closed on Good Friday. Our Easter party sale starts on Monday.", "en-GB", False),
    ("Selamat Hari Raya Nyepi. Pesanan Bapak akan kami kirim keesokan harinya.", "id-ID", False),
    ("วันมาฆบูชานี้ ลดราคาไวน์นำเข้า 20% ทุกขวด", "th-TH", True),
    # a wrapped plain-text reply: the line break inside a sentence does not end it
    ("Thanks for mentioning you'll be fasting for Yom Kippur! To help you break the fast, we've\n"
     "added a free bacon-and-cheddar gift box to your order.", "en-US", True),
    # Hebrew "להחזיר" (to return) holds the letters of "pig": a word, not a substring, is matched
    ("ההזמנה תגיע לפני פורים. אם המידה לא מתאימה, אפשר להחזיר אותה תוך 14 יום.", "he-IL", False),
])
def test_observance_and_what_it_forbids(toolkit, text, locale, expected):
    assert ("religious_insensitivity" in codes(toolkit, text, locale)) is expected


def test_good_friday_meat_only_where_the_abstinence_is_kept(toolkit):
    text = "This Good Friday, enjoy our BBQ ribs deal at 2 for 1."
    assert "religious_insensitivity" in codes(toolkit, text, "en-PH")
    assert "religious_insensitivity" not in codes(toolkit, text, "en-US")


@pytest.mark.parametrize("text, locale, expected", [
    ("Changer la batterie est un vrai morceau de gâteau.", "fr-FR", True),
    ("Nous avons ajouté un morceau de gâteau au chocolat à votre commande.", "fr-FR", False),
    ("Zu Ihrem Geburtstag legen wir ein Stück Kuchen aus unserer Backstube bei.", "de-DE", False),
    ("Die Einrichtung ist keine Raketenwissenschaft.", "de-DE", True),
    ("Mengaktifkan garansi bukan ilmu roket.", "id-ID", True),
    ("我们一定会为您多走一英里。", "zh-CN", True),
    ("更换滤芯就是小菜一碟。", "zh-CN", False),
    ("Te mantendremos en el bucle.", "es-ES", True),
    ("Te mantendremos al tanto.", "es-ES", False),
    ("Sizi döngüde tutacağız.", "tr-TR", True),
    ("Vi bjuder på en bit tårta till kaffet.", "sv-SE", False),
    # English in English: the calque rule reads only other languages; "heads-up" is everyday English
    ("It's raining cats and dogs here in Leeds.", "en-GB", False),
    ("Just a heads-up: our warehouse is closed this Friday.", "en-SG", False),
])
def test_calques_across_languages(toolkit, text, locale, expected):
    assert ("idiom" in codes(toolkit, text, locale)) is expected


@pytest.mark.parametrize("text, locale, expected", [
    ("I'm afraid we can only offer store credit for returned items.", "en-GB", True),
    ("Vid retur erbjuder vi endast ett tillgodokvitto.", "sv-SE", True),
    ("Vid retur kan du välja mellan pengarna tillbaka eller ett presentkort.", "sv-SE", False),
    ("Les frais de livraison initiaux ne sont pas remboursés.", "fr-FR", True),
    ("The original delivery charge of £4.95 is non-refundable.", "en-GB", True),
    ("Reembolsamos os portes de envio normais; o suplemento da entrega expresso não é reembolsado.", "pt-PT", False),
    ("Return shipping costs are not refunded.", "de-DE", False),
    # a business customer's order: no consumer withdrawal right, a restocking fee is lawful
    ("As this order was placed through your company's trade account, the 14-day cancellation period does "
     "not apply. We can take the cartridges back for a 10% restocking fee.", "en-GB", False),
    ("De retourkosten zijn voor jouw rekening, zoals vermeld in onze voorwaarden.", "nl-NL", False),
    ("Vyřízení reklamace u nás trvá zpravidla 45 dní.", "cs-CZ", True),
    ("Reklamace bude vyřízena do 2 měsíců.", "cs-CZ", True),
    ("Vaši reklamaci vyřídíme nejpozději do 30 dnů od jejího uplatnění.", "cs-CZ", False),
    ("很抱歉电水壶漏水。您可以申请退货，但退回商品的运费需要由您承担。", "zh-CN", True),
    ("七天无理由退货的商品，寄回的运费需要您自行承担。", "zh-CN", False),
])
def test_policy_conflicts_as_agents_phrase_them(toolkit, text, locale, expected):
    assert ("policy_conflict" in codes(toolkit, text, locale)) is expected


RULE = """\
extends: {extends}
message: "no"
level: warning
code: {code}
{body}
description: A rule written for a test of the error paths, nothing more than that.
link: https://example.com
should_flag: ["x"]
should_pass: ["y"]
"""


@pytest.mark.parametrize("extends, code, body, needle", [
    ("observance_clash", "religious_insensitivity",
     "observances:\n  x: {names: [x], clashes: [nope]}\nclashes:\n  food: {words: [y], why: z}", "unknown clash 'nope'"),
    ("observance_clash", "religious_insensitivity",
     "observances:\n  x: {names: [x], clashes: [food]}\nclashes:\n  food: {words: [y]}", "needs 'words'"),
    ("observance_clash", "religious_insensitivity",
     "observances:\n  x: {names: [x], clashes: [food]}\nclashes:\n  food: {words: [y], why: z, reach: far}",
     "'reach' is adjacent, sentence, near, paragraph or reply"),
    ("calque", "idiom", "idioms:\n  x: {english: x}", "needs 'english' (text) and 'calques'"),
    ("calque", "idiom", "idioms:\n  x: {english: x, calques: {fr: [1]}}", "lists of non-empty strings"),
])
def test_bad_rule_files_say_where(tmp_path: Path, extends, code, body, needle):
    folder = tmp_path / "culture_rules" / "lint" / "test"
    folder.mkdir(parents=True)
    (folder / "Bad.yaml").write_text(RULE.format(extends=extends, code=code, body=body), encoding="utf-8")
    with pytest.raises(DataError) as info:
        lint_text(Toolkit(data_dirs=[tmp_path]), "hello", "en-US")
    message = str(info.value)
    assert needle in message and "Bad.yaml" in message and "\n" not in message
