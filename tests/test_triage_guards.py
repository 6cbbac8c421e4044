"""Triage guards (issue 18): seven structures that take a hit away, in every language, and their data files."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xborder import Toolkit
from xborder.errors import DataError
from xborder.policy import triage_guards
from xborder.policy.triage_lexicon import fold


@pytest.mark.parametrize("text", [
    # 1. a question about compliance, registration or policy
    "Is your shop GDPR compliant? Just curious before I sign up.",
    "¿Están inscritos en la Profeco? Es solo una duda.",
    "Êtes-vous enregistrés auprès de la DGCCRF ? Simple question.",
    "貴社は個人情報保護法に準拠していますか？気になっただけです。",
    "Czy jesteście zarejestrowani w UOKiK? Tylko pytam.",
    # 2. a role held by someone, as context
    "My cousin is a solicitor and she adores the scarf you sent.",
    "Meine Schwester ist Anwältin und hat die Tasche geliebt.",
    "Mi amiga trabaja en la Profeco y me recomendó su tienda.",
    "Мой муж юрист, ему очень понравились часы.",
    "我妈妈是法官，她很喜欢这条围巾。",
    "Konen min er dommer og elsker vesken.",                 # a definite form, the possessive after it
    "Trabajo en el juzgado, ¿pueden enviar el paquete allí?",   # a work verb opens the clause, no subject
    "ร้านนี้จดทะเบียนกับ สคบ. ไหมคะ",                           # a question particle, no question mark
    # 3. a fraud check the customer approved
    "My bank flagged the payment as fraud, I approved it in the app, please charge it again.",
    "Die Bank hat die Zahlung als verdächtig blockiert, ich habe sie bestätigt, bitte erneut versuchen.",
    # 4. a name holding a body's
    "Is FTC Logistics the courier for my area? The tracking shows their name.",
    "Mandem para a Rua do Tribunal, 12, Porto.",
    # 5. past, another shop's, withdrawn or refused
    "Last time I had to report a shop to Trading Standards, but you were brilliant, thanks.",
    "Non ho nessuna intenzione di fare causa, voglio solo la taglia giusta.",
    "上次在别家店我去12315投诉过，你们服务很好。",
])
def test_look_alikes_do_not_escalate(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


@pytest.mark.parametrize("text, reason", [
    ("Are you even registered anywhere? I'm reporting you to the FTC.", "consumer_authority"),
    ("My cousin, who is a solicitor, will sue you for this.", "legal_threat"),
    ("Mein Bruder ist Anwalt und wird Sie verklagen.", "legal_threat"),
    ("My friend works at the ACCC and she told me to lodge a complaint with them, which I have done.",
     "consumer_authority"),
    ("The bank blocked it as fraud, it wasn't me, so I'm disputing the charge.", "chargeback"),
    ("I've filed a complaint with the FTC about your courier.", "consumer_authority"),
    ("Last time I let it go. This time I'm reporting you to Trading Standards.", "consumer_authority"),
    ("Last time a shop did this I took them to small claims, and I'll do the same with you.", "legal_threat"),
    ("Ich warte nicht länger und schalte meinen Anwalt ein.", "legal_threat"),
    ("Jobber ved tingretten og saksøker dere nå.", "legal_threat"),
    ("Trabajo en el juzgado y voy a demandarlos.", "legal_threat"),
])
def test_threats_beside_the_structures_still_escalate(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, (text, result.reasons)


def test_every_guard_list_loads_and_names_its_guard(toolkit):
    guards = triage_guards.guards(toolkit)
    assert guards is not None
    english = guards.view(("en",))
    for guard, keys in triage_guards.SHAPE.items():
        for key in keys:
            assert guards.sources[(guard, key)], (guard, key)
    # each language's words are read only in its own readings: Finnish "on" links nothing in English
    assert english.get("role", "links").fullmatch("on") is None
    assert guards.view(("fi",)).get("role", "links").fullmatch("on") is not None


def _folder(tmp_path: Path, name: str, text: str) -> Toolkit:
    (tmp_path / "culture_rules").mkdir(exist_ok=True)
    (tmp_path / "culture_rules" / name).write_text(text, encoding="utf-8")
    return Toolkit(data_dirs=[tmp_path])


@pytest.mark.parametrize("text, message", [
    ("role:\n  holders:\n    en: ['(unclosed']\n", "triage_guards.yaml:3:5: 'role.holders.en' holds an invalid pattern"),
    ("role:\n  owners:\n    en: ['my']\n", "triage_guards.yaml:2:3: unknown key 'owners'"),
    ("rolez: {}\n", "unknown key 'rolez'"),
    ("scope:\n  before:\n    en: 'last time'\n", "triage_guards.yaml:3:5: 'scope.before.en' must be a list"),
    ("settled:\n  resolved:\n    en: ['but (you']\n", "triage_guards.yaml:3:5: 'settled.resolved.en' holds an invalid pattern"),
    ("settled:\n  fixed:\n    en: ['sorted']\n", "triage_guards.yaml:2:3: unknown key 'fixed'"),
    ("target:\n  me:\n    en: ['(me']\n", "triage_guards.yaml:3:5: 'target.me.en' holds an invalid pattern"),
    ("target:\n  them:\n    en: ['they']\n", "triage_guards.yaml:2:3: unknown key 'them'"),
])
def test_bad_guard_files(tmp_path, text, message):
    toolkit = _folder(tmp_path, "triage_guards.yaml", text)
    with pytest.raises(DataError) as info:
        triage_guards.guards(toolkit)
    assert message in str(info.value)


def test_a_bad_guard_file_is_exit_2(tmp_path, run):
    _folder(tmp_path, "triage_guards.yaml", "role:\n  holders:\n    en: ['(unclosed']\n")
    result = run("--data-dir", str(tmp_path), "triage", "My brother is a lawyer and will sue you.")
    assert result.exit_code == 2 and "triage_guards.yaml:3" in result.stderr and "Traceback" not in result.stderr


# Issue 18, precision round (dev8b): a threat told as a joke and taken back, a relative's laughed at, an
# incident heard of (the news, someone else's product) told to ask about the shop's own.
@pytest.mark.parametrize("text", [
    "If it isn't here by Friday I'll sue you 😂 just kidding, when does it ship?",
    "Je vais vous attaquer en justice tellement c'est doux, je rigole, vous l'avez en M ?",
    "Подам на вас в суд 😂 шучу, когда доставка?",
    "Kalau telat lagi aku laporin ke YLKI wkwk bercanda kok, kapan sampai?",
    "Haha my husband says he'll take me to court if I buy one more lamp.",
    "Saw on the news that a power bank exploded on a train. Are yours certified?",
    "新闻上说有人的电动车电池起火了，你们的电池有3C认证吗？",
    "Đọc báo thấy có vụ lộ thông tin khách hàng của một sàn, shop có lưu số thẻ không ạ?",   # vi keeps its accents
    "Mon mari est huissier, vous pouvez livrer directement à son étude ?",                  # a one-word role
    "Years ago I disputed a charge with my bank over another shop, so: are you a registered company?",
    "我在写关于《个人信息保护法》的毕业论文，能采访一下你们的客服流程吗？",                  # one's studies
    "笑死，我妈说我再买就要把我告上法庭😂 再给我来两包零食",
])
def test_jokes_and_incidents_heard_of_do_not_escalate(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


@pytest.mark.parametrize("text, reason", [
    ("This is no joke: if the refund isn't here by Friday I'm taking you to small claims court.", "legal_threat"),
    ("Das ist kein Scherz mehr, ich verklage euch, wenn bis Montag kein Geld da ist.", "legal_threat"),
    ("Ist das ein Scherz? Ich verklage euch, wenn bis Montag kein Geld da ist.", "legal_threat"),
    ("冗談ではありません。返金がなければ弁護士に相談します。", "legal_threat"),
    ("Like the ones on the news, the power bank you sold me caught fire on my desk last night.", "safety"),
    ("My neighbour's kid got burned by the heater we bought from you and lent them.", "safety"),
])
def test_serious_threats_and_own_incidents_still_escalate(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, (text, result.reasons)


def test_the_any_language_list_is_read_in_every_view(toolkit):
    guards = triage_guards.guards(toolkit)
    assert guards.view(("fi",)).get("joke", "laughter").search("no 😂") is not None


# Issue 18, precision round 9 (fresh17's look-alikes, dev9b): a threat told with its settlement after it, a body's
# story seen in the news with a question, a joke with a re-order, the customer's own firm or job at a body,
# broadcasters, a complaint lodged with a body read as a legal one too.
@pytest.mark.parametrize("text", [
    "Two months ago I said I'd report you to Trading Standards, but you sorted it the next day. Now I'd like a receipt.",
    "Le mois dernier j'avais parlé du médiateur, mais vous avez tout réglé en deux jours. Il me faut une facture.",
    "Минулого разу я писала, що піду до суду, але ви швидко все вирішили. Тепер хочу ще один плед.",
    "上次说要去消协投诉，后来你们很快就处理了，谢谢。这次想问尺码。",
    "Chtěl jsem to řešit přes banku, ale vrátili jste mi peníze sami. Děkuji!",
    "Vi no jornal uma reportagem sobre o Procon multando lojas falsas. Vocês têm CNPJ?",
    "Ho visto al tg che l'Antitrust ha multato un sito. Le vostre recensioni sono vere?",
    "I'll sue you, these biscuits vanished in a day 😂 send me two more tins please",
    "Θα σας πάω στα δικαστήρια, τελείωσε σε μια μέρα 😂 στείλτε μου άλλα δύο",
    "Vi er et lille advokatfirma og skal bruge 3 skriveborde. Kan I fakturere firmaet?",
    "Saya staf BPKN, mau pesan kipas untuk rumah. Bisa COD?",
    "Avukatlık ofisimiz için 2 yazıcı almak istiyoruz, fatura kesiyor musunuz?",
    "Ich habe an Markt im WDR geschrieben, die fanden eure Lampen super.",
    "Bu hafta kargo gelmezse iptal edeceğim, haberiniz olsun.",
    "Estas zapatillas son puro fuego, me las llevo también en blanco.",                # fire as praise
    "الحين الجميع يعرف عنواني ورقم جوالي لأنكم أرسلتم الطلب للعنوان القديم، ليش؟",       # own data known: privacy's
    "My husband is a court clerk, can you deliver it to the county court's post room?",  # a court as an address
    "אשתי עובדת בבית המשפט, אפשר לשלוח לבית המשפט? יש שם עמדת דואר.",
])
def test_settled_heard_joked_and_own_firm_do_not_escalate(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


@pytest.mark.parametrize("text, reason", [
    ("You sorted my last order, but this one is three weeks late. I'm reporting you to Trading Standards today.",
     "consumer_authority"),
    ("Wenn das nicht bis Freitag gelöst ist, gehe ich zur Schlichtungsstelle.", "consumer_authority"),
    ("سأتوجه إلى المحكمة إذا لم يتم حل المشكلة.", "legal_threat"),
    ("Funny how you stopped answering 😂 See you in small claims court, I'm filing the claim tomorrow.", "legal_threat"),
    ("Saw on the news that the CMA fines shops like yours, so I've reported you to the CMA.", "consumer_authority"),
    ("mBank uruchomił procedurę chargeback, więc pieniądze już wróciły na moje konto", "chargeback"),
    ("We are lawyers acting for Ms Reyes and will issue proceedings against you on Monday.", "legal_threat"),
    ("He presentado una reclamación ante el ministerio y ya tengo número de expediente.", "consumer_authority"),
    ("بشتكي عليكم في الوزارة إذا ما رجعتوا فلوسي.", "consumer_authority"),
    ("El cargador se prendió fuego en la mesa y me quemé la mano.", "safety"),
    ("Where is my parcel? I'm taking you to court.", "legal_threat"),
])
def test_open_threats_beside_these_structures_still_escalate(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, (text, result.reasons)


@pytest.mark.parametrize("text, reasons", [
    ("Je porte plainte auprès de la DGCCRF pour pratique trompeuse.", ("consumer_authority",)),
    ("Presenterò denuncia all'Antitrust per pratiche scorrette.", ("consumer_authority",)),
    ("Je porte plainte auprès de la DGCCRF et je vous attaque aussi au tribunal.",
     ("legal_threat", "consumer_authority")),
])
def test_a_complaint_lodged_with_a_body_is_no_legal_threat_too(toolkit, text, reasons):
    assert set(toolkit.triage(text).reasons) == set(reasons)


# Issue 18, precision round 10 (fresh18's look-alikes, dev10b), by structure: the event set at another shop, brand
# or site with a question to this one; a public post the customer only read; the customer's employer as a body's
# whole name; a relative's joke threat with laughter (more kin words); settlement in Hindi, Chinese and Arabic;
# Greek ";" and Thai particles as questions.
@pytest.mark.parametrize("text", [
    "My cousin sued another online shop over a fridge that died in a week. What warranty do your fridges have?",
    "Una vecina denunció a otra tienda por un sofá roto. ¿Vosotros cuánto tiempo de garantía dais?",
    "Im Frühjahr hatte ich eine Rückbuchung bei einem anderen Shop, deshalb lieber Vorkasse. Geht das?",
    "Kolega złożył pozew przeciwko innemu sklepowi o telewizor. Ile macie gwarancji na telewizory?",
    "Geçen ay başka bir mağazadan aldığım ısıtıcı yandı, sizinkilerde aşırı ısınma koruması var mı?",
    "Έκανα αμφισβήτηση χρέωσης σε άλλο κατάστημα πέρσι. Δέχεστε πληρωμή με αντικαταβολή;",
    "别家买的充电宝炸了，你们的有过充保护吗？",
    "I read a one-star review on Google from someone whose parcel was late. Mine came fast. Do you sell gift cards?",
    "انا شغال في جهاز حماية المستهلك وعايز أطلب مكتب. ممكن فاتورة باسم الجهاز؟",
    "mama bet2ool hatrfa3 2adeya 3aleko 3ashan el 2amees na3em awy 😂 3andoko maqas tany?",
    "मैं उपभोक्ता फोरम जाने वाला था, लेकिन आपने पैसे वापस कर दिए। धन्यवाद!",
    "本来想去消协投诉，结果你们第二天就退款了，谢谢。",
    "Saw the news about a retailer getting hacked. Do you store card numbers?",
    "ปลั๊กนี้มี มอก. ไหมคะ เห็นข่าวไฟไหม้เพราะปลั๊กพ่วงเลยกลัว",
])
def test_elsewhere_read_employer_and_settled_do_not_escalate(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


@pytest.mark.parametrize("text, reason", [
    ("Another shop refunded me within a day. I'm reporting you to Trading Standards.", "consumer_authority"),
    ("Another shop ignored me for weeks once. If my refund isn't here by Friday I'm taking you to court, ok?",
     "legal_threat"),
    ("Your heater from this shop caught fire in my flat, unlike the other brand I had. What now?", "safety"),
    ("I'll post a 1-star review on Google today unless you reply.", "public_exposure"),
    ("Meine Nachbarin hat euch verklagt, und ich mache das jetzt auch, wenn bis Freitag kein Geld kommt.",
     "legal_threat"),
    ("ana ashtakeit le gehaz hemayet el mostahlek enaharda, mafish refund.", "consumer_authority"),
    ("Άνοιξα αμφισβήτηση χρέωσης στην τράπεζα, το δέμα δεν ήρθε ποτέ.", "chargeback"),
])
def test_threats_beside_round_10_structures_still_escalate(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, (text, result.reasons)


# Issue 18, precision round 11 (fresh19's look-alikes, dev11b), by structure: the message's frame is praise
# (praise with laughter or a re-order; a hazard told with laughter and a re-order); a body that asks the shop for
# a document or is the buyer or the address (an errand); the customer's own earlier threat reported and settled
# or followed by a re-order; a bank's check the customer approved, told without a block word; a dispute disclaimed
# ("no need to dispute"); a story told before a request ("please", "I just want").
@pytest.mark.parametrize("text", [
    "These cookies are criminal, so good I'm going to sue you for my waistline 😂",
    "Ce piment est dangereux tellement il est bon 🔥 je vais porter plainte pour addiction mdr",
    "Questa crema è talmente buona che vi denuncio, ne prendo altre due.",
    "Sambalnya pedas banget sampai mulut kebakaran 😂 pesan 2 botol lagi ya",
    "The county court's facilities team would like a quote for 30 chairs. Could you invoice the court directly?",
    "Das Amtsgericht braucht für die Versicherung die Rechnung vom Fernseher. Können Sie sie noch mal schicken?",
    "La policía municipal me pide la factura de la bici eléctrica para registrarla, ¿me la reenviáis?",
    "Last month I said I'd report you to the consumer council, but the refund came. I'd like two more mugs.",
    "Geçen ay tüketici hakem heyetine gideceğimi yazmıştım ama sorun kalmadı, iki tane daha istiyorum.",
    "Charged twice for the same order. No need to dispute it with my bank, just refund one of them please.",
    "Kemarin bank telepon untuk konfirmasi transaksi, sudah saya konfirmasi. Pesanannya sudah diproses?",
])
def test_round_11_structures_do_not_escalate(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


@pytest.mark.parametrize("text, reason", [
    ("These cookies are delicious but one had a piece of glass in it and cut my son's mouth. This is serious.",
     "safety"),
    ("I'll sue you, no joke. Send me the invoice and my lawyer will do the rest.", "legal_threat"),
    ("Last week I said I'd go to Trading Standards. Nothing has happened, so I've filed the complaint today.",
     "consumer_authority"),
    ("I told my bank it wasn't me and they opened a dispute over the charge.", "chargeback"),
    ("उपभोक्ता आयोग में केस दर्ज कर दिया है, अगली तारीख पर मिलेंगे।", "legal_threat"),
    ("Saya akan failkan tuntutan di Tribunal Tuntutan Pengguna minggu depan.", "legal_threat"),
])
def test_threats_beside_round_11_structures_still_escalate(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, (text, result.reasons)


@pytest.mark.parametrize("text, court", [
    ("Filed my case at the District Consumer Disputes Redressal Commission today.", True),
    ("consumer court me case daal diya hai", True),
    ("کنزیومر کورٹ میں درخواست دے دی ہے", True),
    ("I've complained to the National Consumer Helpline, docket number to follow.", False),
    ("Tüketici Hakem Heyeti'ne başvurdum.", False),
])
def test_a_consumer_court_that_decides_is_a_court(toolkit, text, court):
    """Issue 18, round 11: a consumer court, forum, commission or tribunal that adjudicates is legal_threat only;
    a helpline, regulator or arbitration board that does not decide stays consumer_authority."""
    reasons = set(toolkit.triage(text).reasons)
    assert reasons == ({"legal_threat"} if court else {"consumer_authority"}), (text, reasons)


# Issue 18, precision round 12 (fresh20's look-alikes, dev12a), by structure in every language: another order's
# complaint told with its settlement ("resolved", "closed", "sorted" in each vocabulary) or before a new order; a
# relative's job at a court told after the body (verb-final order: "consumer court mein clerk hai"), or named in
# an earlier sentence of a message that asks for a delivery there; a neighbour's past hazard before a question; a
# relative's threat aimed at the customer ("sue me"); food heat with a restock question; a theft's invoice for the
# police (privacy as well, unless the theft is of data).
@pytest.mark.parametrize("text", [
    "Geçen yıl başka bir sipariş için Ticaret Bakanlığına şikayet etmiştim, çözüldü. Şimdi yeniden sipariş vermek istiyorum.",
    "L'anno scorso ho fatto un reclamo all'Antitrust per un altro ordine, la pratica è chiusa. Vorrei ordinare di nuovo.",
    "Mijn vrouw is rechter en wil dezelfde bureaulamp. Kunnen jullie die direct bij de rechtbank bezorgen?",
    "Mere bhai ki wife consumer court mein clerk hai, usko bhi yahi kurta chahiye. Do piece aur bhej do.",
    "Hos grannen brann en laddare förra veckan. Har era laddare överhettningsskydd? Jag funderar fortfarande.",
    "Mein Mann droht, mich zu verklagen, wenn noch ein Paket Wolle kommt 😅 Gibt es die blaue noch?",
    "Sos cili ni pedas gila, mulut rasa terbakar 🔥 bila nak restock?",
    "Ukradli mi rower z piwnicy, policja potrzebuje faktury do zgłoszenia. Możecie przesłać ją jeszcze raz?",
    "Mein Handy wurde gestohlen und die Polizei braucht für die Anzeige die Rechnung. Bitte noch mal schicken.",
])
def test_round_12_structures_do_not_escalate(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


@pytest.mark.parametrize("text, reason", [
    ("Die Sache mit der alten Bestellung ist erledigt, aber wegen dieser hier habe ich mich heute bei der "
     "Verbraucherzentrale beschwert.", "consumer_authority"),
    ("سأتوجه إلى المحكمة إذا لم يتم حل المشكلة.", "legal_threat"),
    ("My husband is furious and says he'll sue you if the sofa isn't replaced 😡", "legal_threat"),
    ("A friend of mine is a solicitor and she's drafting a letter before action for me, expect it next week.",
     "legal_threat"),
    ("My neighbour saw the charger explode in my living room! Is it even certified?", "safety"),
    ("The chilli sauce jar exploded in my hands and burned my arm.", "safety"),
    ("You stole my money! I've filed a police report, send me the invoice now.", "legal_threat"),
    ("Me robaron los datos de la tarjeta después de comprar en vuestra web; la policía pide la factura. "
     "¿Quién tiene mis datos?", "privacy"),
    ("I've contacted the privacy commissioner about your staff reading my address out loud", "consumer_authority"),
])
def test_threats_beside_round_12_structures_still_escalate(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, (text, result.reasons)


_WORDS = ["court", "cour", "tribunal", "juge", "judge", r"\bon\b", "on", "rt", "ur", r"(?<!\w)la\b", "t r"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=4, unique=True),
       st.text(alphabet="courtjigeabn l", max_size=40), st.integers(0, 40), st.integers(0, 45))
def test_either_reads_as_the_ordered_alternation(words, text, pos, endpos):
    """Each language's list is compiled once, and a set of languages reads their patterns as one
    alternation would (issue 17): same span, same winner at a tie, in every method the guards call."""
    parts = tuple(re.compile(w, re.IGNORECASE) for w in words)
    either = triage_guards.Either(parts)
    joined = re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)
    span = lambda m: None if m is None else (m.start(), m.end(), m.group())   # noqa: E731
    for method in ("search", "match", "fullmatch"):
        assert span(getattr(either, method)(text, pos, endpos)) == span(getattr(joined, method)(text, pos, endpos))
    assert [span(m) for m in either.finditer(text, pos, endpos)] == [span(m) for m in joined.finditer(text, pos, endpos)]
    assert either.sub(" ", text) == joined.sub(" ", text)


def test_guard_lists_never_match_the_empty_string(toolkit):
    """Either.finditer moves on after each match, which is right only for lists of words."""
    guards = triage_guards.guards(toolkit)
    for (guard, key), by_language in guards.sources.items():
        for lang in by_language:
            pattern = guards.language_pattern(guard, key, lang)
            compiled = None if pattern is None else re.compile(pattern.pattern, re.IGNORECASE)
            assert compiled is None or compiled.search("") is None and compiled.search(" . ") is None, (guard, key, lang)


def test_a_guard_list_read_lazily_answers_as_compiled(toolkit):
    """A guard list with literals (issue 17) is compiled only for a text holding one of them, and reads every
    text as its compiled pattern does: the literals one of which each match holds, checked on the messages and
    sentences of the guards' own tests in every language the list has."""
    guards = triage_guards.guards(toolkit)
    texts = ["Estoy que echo humo, el cargador se incendio", "no 😂", "on", ""]
    for name in ("dev14a", "dev14b"):
        with open(Path(__file__).parent / "data" / "triage" / f"{name}.jsonl", encoding="utf-8") as handle:
            texts += [fold(json.loads(line)["text"]) for line in handle if line.strip()]
    span = lambda m: None if m is None else (m.start(), m.end())   # noqa: E731
    lazy = 0
    for (guard, key), by_language in guards.sources.items():
        for lang in by_language:
            pattern = guards.language_pattern(guard, key, lang)
            if not isinstance(pattern, triage_guards.Lazy):
                continue
            lazy += 1
            compiled = re.compile(pattern.pattern, re.IGNORECASE)
            for text in texts:
                found = compiled.search(text)
                assert span(pattern.search(text)) == span(found), (guard, key, lang, text)
                if found is not None:
                    assert [span(m) for m in pattern.finditer(text, 1)] == [span(m) for m in compiled.finditer(text, 1)]
                    assert span(pattern.match(text, found.start())) == span(found)
                    assert pattern.sub(" ", text) == compiled.sub(" ", text)
                else:
                    assert next(pattern.finditer(text), None) is None and pattern.sub(" ", text) == text
    assert lazy > 0.9 * len(guards.literals)


# Issue 18, precision round 13 (fresh21's look-alikes, dev13a): the kinds round 12's guards read, filled in every
# language (relatives, laughs, interns, a body's own settling, school projects, a bank that asked), a body or a
# programme cited as a source, anger told as fire or smoke, a smoke alarm as the product. Paraphrases, not dev13a's.
@pytest.mark.parametrize("text", [
    "Mi abuela dice que os va a denunciar si se vuelve a agotar el turrón de yema 😂 ¿Tendréis más antes de Navidad?",
    "Moje teściowa mówi, że poda was do sądu, jak znowu zabraknie makowca 😄 Będzie jeszcze przed świętami?",
    "Mon beau-père dit qu'il va vous traîner au tribunal si le saucisson est encore en rupture mdr. "
    "Vous en aurez la semaine prochaine ?",
    "Sono così furioso che mi esce il fumo dalle orecchie, il pacco è fermo da una settimana. Potete controllare?",
    "Kulaklarımdan duman çıkıyor resmen, siparişim hâlâ kargoya verilmedi. Lütfen kontrol eder misiniz?",
    "Ich koche vor Wut, das Paket liegt seit fünf Tagen im Verteilzentrum. Können Sie bitte nachfragen?",
    "Mi sobrina es becaria en el juzgado y me recomendó vuestra tienda. ¿Hacéis envíos a Mallorca?",
    "Mój bratanek jest stażystą w sądzie rejonowym i polecił mi wasz sklep. Czy wysyłacie do Gdańska?",
    "Min bank ringde och frågade om en betalning på 1 200 kr hos er. Det var jag, jag godkände i appen. "
    "Har ordern gått igenom?",
    "Ma banque m'a téléphoné au sujet d'un paiement de 129 € chez vous. C'était bien moi, j'ai confirmé. "
    "La commande est validée ?",
    "Mein Sohn hat in der Schule ein Referat über Datenschutz und möchte wissen, welche Kundendaten Sie speichern. "
    "Dürfte er Ihnen Fragen schicken?",
    "Im Test der Stiftung Warentest war dieser Wasserkocher Testsieger, deshalb habe ich ihn gekauft. "
    "Ist der Kalkfilter herausnehmbar?",
    "В передаче про мошенников показывали поддельные магазины. Как мне убедиться, что это ваш настоящий сайт?",
    "Bij de buren is een e-bike uit een andere winkel in brand gevlogen. Ik wil graag weten of jullie lader "
    "automatisch uitschakelt.",
    "Nasza stara czujka dymu piszczy co noc, czy nowa ma baterię w zestawie?",
    "Die Schlichtungsstelle hatte unseren Fall letztes Jahr geklärt, alles gut. Jetzt bräuchte ich einen neuen Korb.",
])
def test_round_13_structures_do_not_escalate(toolkit, text):
    result = toolkit.triage(text)
    assert not result.escalate, (text, result.reasons)


@pytest.mark.parametrize("text, reason", [
    ("Ich koche vor Wut: das Ladegerät hat gebrannt und die Steckdose ist verkohlt!", "safety"),
    ("Our smoke alarm went off because your charger caught fire in the hallway.", "safety"),
    ("Czujka dymu zawyła w nocy, bo ładowarka od was zaczęła się palić i dymić.", "safety"),
    ("Die Schlichtungsstelle hat unseren Fall noch nicht geklärt; wenn Sie nicht zahlen, reiche ich dort eine "
     "neue Beschwerde ein.", "consumer_authority"),
    ("Mój bratanek pracuje w sądzie i pomoże mi złożyć pozew przeciwko wam, jeśli nie oddacie pieniędzy.",
     "legal_threat"),
    ("Min bank ringde om en betalning hos er som jag aldrig gjort. Jag har bestridit den och begärt återbetalning.",
     "chargeback"),
    ("Wenn Sie nicht bis Montag erstatten, wende ich mich an die Verbraucherzentrale und die Sendung Marktcheck.",
     "consumer_authority"),
    ("Das Ladegerät, das Sie mir verkauft haben, hat gebrannt, die Nachbarin hat die Feuerwehr gerufen.", "safety"),
])
def test_threats_beside_round_13_structures_still_escalate(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, (text, result.reasons)


def test_round_13_kinds_are_filled_in_every_language(toolkit):
    """The kinds fresh21's look-alikes lacked are filled for the kind, not for one wording: every language of
    the relatives list holds more than its core family, and the new lists cover the vocabularies' languages."""
    guards = triage_guards.guards(toolkit)
    for guard, key in (("hearsay", "source"), ("hearsay", "study"), ("idiom", "anger"), ("idiom", "devices"),
                       ("question", "requests"), ("role", "works")):
        languages = set(guards.sources[(guard, key)])
        assert len(languages) >= 33, (guard, key, len(languages))
    for lang in ("hu", "el", "it", "ru", "tr", "sv", "pl", "cs", "ko", "ja", "zh", "ar-Latn", "ms"):
        holders = guards.language_pattern("role", "holders", lang)
        assert holders is not None and len(holders.pattern) > 60, lang


def test_an_idiom_frame_is_read_again(toolkit):
    """The idiom guard blanks the idiom out and reads the sentence again (the role guard's way)."""
    g = triage_guards.guards(toolkit).view(("es", "es"))
    sentence = "Estoy que echo humo, el cargador se incendio"
    assert triage_guards._idiom(g, sentence, (10, 19)) == (0, 19)
    assert triage_guards._idiom(g, sentence, (34, 43)) is None


def test_the_guards_file_rejects_an_unknown_idiom_list(tmp_path):
    bad = tmp_path / "guards.yaml"
    bad.write_text("idiom:\n  rage:\n    en: [\"fuming\"]\n", encoding="utf-8")
    with pytest.raises(DataError):
        triage_guards.load(bad)
