"""Triage's concept pairs (issue 18): a concept (the customer's own data, a public channel) with an act of
the same reason anywhere in the sentence, within the reason's ``window`` of words, the act not negated."""
from __future__ import annotations

import pytest

from xborder import Toolkit
from xborder.errors import DataError
from xborder.policy.triage import _words
from xborder.policy.triage_lexicon import vocabulary

_PAIRS = """language: en
negation: ["not|won't|never"]
reasons:
  privacy:
    window: 4
    concepts: ["my (?:zork|glim)|the glim"]
    acts: ["blorp\\\\w*|who frobbed|grab the"]
    not: ["quux"]
"""


def _folder(tmp_path, text: str) -> Toolkit:
    folder = tmp_path / "culture_rules" / "triage"
    folder.mkdir(parents=True)
    (folder / "en.yaml").write_text(text, encoding="utf-8")
    return Toolkit(data_dirs=[tmp_path])


def test_a_concept_pairs_with_its_act_in_either_order_within_the_window(tmp_path):
    toolkit = _folder(tmp_path, _PAIRS)
    assert toolkit.triage("Please blorp all of my zork").reasons == ("privacy",)
    assert toolkit.triage("My zork: please blorp it").reasons == ("privacy",)
    hit = toolkit.triage("who frobbed you my glim?").hits[0]
    assert (hit.kind, hit.matched) == ("concept+act", ("my glim", "who frobbed"))
    # sharing a word: "grab the" + "the glim"
    assert toolkit.triage("grab the glim").reasons == ("privacy",)
    # five words apart: beyond the window of four
    assert not toolkit.triage("my zork is in that list you keep, blorp it").escalate
    # another sentence, an exception in the sentence, a negated act, a concept alone
    assert not toolkit.triage("It's my zork. Blorp the rest.").escalate
    assert not toolkit.triage("blorp the quux and my zork stays").escalate
    assert not toolkit.triage("I will not blorp my zork").escalate
    assert not toolkit.triage("I never changed my zork").escalate


def test_a_negation_before_the_concept_is_the_grievance_not_the_act(tmp_path):
    toolkit = _folder(tmp_path, _PAIRS.replace("who frobbed", "who frobbed|where did you get"))
    assert toolkit.triage("I never frobbed you my glim, where did you get it").reasons == ("privacy",)


@pytest.mark.parametrize("window", ["0", "two", "true", "[3]"])
def test_a_window_must_be_a_positive_whole_number(tmp_path, window):
    toolkit = _folder(tmp_path, _PAIRS.replace("window: 4", f"window: {window}"))
    with pytest.raises(DataError, match="'privacy.window' must be a whole number of words"):
        vocabulary(toolkit, "en")


def test_words_count_in_every_script():
    assert _words(" you have on ") == 3
    assert _words(" আপনাদের কাছে আছে ") == 3         # vowel signs end no word
    assert _words("をすべて") == 2                     # two characters a word where none are spaced


@pytest.mark.parametrize("text, reason", [
    ("آپ کے پاس میرا کیا ڈیٹا ہے بتائیں اور سب ڈیلیٹ کریں", "privacy"),
    ("Tell me exactly what personal information your company is storing about me and then get rid of all of it",
     "privacy"),
    ("Whoever you passed my phone number to keeps ringing me, who was it?", "privacy"),
    ("Ich will wissen, welche Daten Sie über mich gespeichert haben, und danach alles löschen", "privacy"),
    ("Quiero saber qué datos míos tienen guardados y que los borren todos", "privacy"),
    ("我想知道你们存了我哪些个人信息，然后全部删除", "privacy"),
    ("Je vais raconter toute l'histoire sur Facebook pour que tout le monde soit prévenu", "public_exposure"),
    ("Расскажу об этом в чате нашего дома, чтобы никто у вас не покупал", "public_exposure"),
    ("Putting your company on blast in my neighbourhood WhatsApp group", "public_exposure"),
])
def test_concepts_found_apart_from_their_acts(toolkit, text, reason):
    assert reason in toolkit.triage(text).reasons


@pytest.mark.parametrize("text", [
    "Delete the duplicate item from my cart please",
    "Can I delete my saved card from the account myself?",
    "Could you remove my old phone number and add the new one?",
    "Tell me what info you have on file for me so I can check my delivery address is right",
    "Kann ich eine Bewertung schreiben? Bin sehr zufrieden",
    "Напишу отзыв, когда получу",
    "I won't leave a bad review, just tell me when it ships",
    "Loved the dress so much I posted it on Instagram and tagged you!",
    "Les comparto mi número de teléfono para que el repartidor me llame",
])
def test_look_alikes_of_the_concepts_do_not_escalate(toolkit, text):
    assert not toolkit.triage(text).escalate


def test_each_branch_of_a_concept_list_item_keeps_its_word_boundary(toolkit):
    """'ig' (Instagram) in a Swedish item ending in 'journalist\\w*' does not match 'igen' (again)."""
    from xborder.policy.triage_lexicon import branches

    assert branches(r"fb|insta(?:gram)?\w*|[|(]x|a\|b|(?:c|d)e") == ["fb", r"insta(?:gram)?\w*", "[|(]x", r"a\|b", "(?:c|d)e"]
    text = "Banken spärrade betalningen som misstänkt bedrägeri, jag har godkänt den, försök igen"
    assert "public_exposure" not in toolkit.triage(text).reasons
    assert "public_exposure" in toolkit.triage("Jag lägger ut hela historien på ig ikväll, alla ska få veta hur ni lurar folk").reasons


_OWNED = _PAIRS.replace('    not: ["quux"]\n', '    not: ["quux"]\n    owned: ["zork|glim"]\n    owners: ["my|of mine"]\n')


def test_an_owned_concept_counts_with_its_owner_near_it_either_side(tmp_path):
    toolkit = _folder(tmp_path, _OWNED.replace('concepts: ["my (?:zork|glim)|the glim"]', 'concepts: ["the glim"]'))
    assert toolkit.triage("Please blorp my old blue zork").reasons == ("privacy",)
    assert toolkit.triage("Please blorp the zork of mine").reasons == ("privacy",)
    hit = toolkit.triage("which zork of mine who frobbed").hits[0]
    assert (hit.kind, hit.matched) == ("concept+act", ("zork", "who frobbed"))
    # no owner, or the owner more than three words away
    assert not toolkit.triage("Please blorp the zork").escalate
    assert not toolkit.triage("my cat and the dog ate a zork, blorp").escalate
    # the act still governs: negated, or voided by the reason's exceptions
    assert not toolkit.triage("I will not blorp my zork").escalate
    assert not toolkit.triage("blorp the quux and my zork").escalate


def test_owned_concepts_must_be_patterns(tmp_path):
    toolkit = _folder(tmp_path, _OWNED.replace('owned: ["zork|glim"]', 'owned: ["zork("]'))
    with pytest.raises(DataError, match="'owned' item 1 is not a valid regular expression"):
        vocabulary(toolkit, "en")


@pytest.mark.parametrize("text", [
    "quais dados meus vocês têm? quero que apaguem todos os dados meus",
    "میرا کون سا ذاتی ڈیٹا آپ کے پاس ہے؟ بتائیں",
    "I'd like to know exactly which data of mine your company is holding",
    "Quali dati miei avete nel vostro database? Cancellateli",
])
def test_the_owner_may_follow_the_data_word_or_stand_words_away(toolkit, text):
    assert "privacy" in toolkit.triage(text).reasons


@pytest.mark.parametrize("text", [
    "mera dost lawyer hai",
    "Could I get my money back from my bank if a parcel never arrived? Asking generally, mine is fine",
    "Kann man bei der Bank Geld zurückholen, wenn ein Paket nie ankommt? Nur eine Frage",
    "Je veux juste me désabonner de la newsletter svp",
    "डिलीवरी के लिए आपको मेरी कौन सी जानकारी चाहिए?",
])
def test_calm_questions_and_friends_do_not_escalate(toolkit, text):
    assert not toolkit.triage(text).escalate


# Issue 18 (dev7b): escalations told without their usual words, as a concept with its act.
@pytest.mark.parametrize("text, reason", [
    ("Alright then, the judge can decide it, I'm finished with your chat", "legal_threat"),          # court decides
    ("Pak ať to rozsoudí soud, mně je to jedno", "legal_threat"),
    ("Niech sąd rozstrzygnie, kto ma rację", "legal_threat"),
    ("Someone else can now see my address and phone number in the tracking page", "privacy"),       # a third party
    ("Wer außer mir hat noch meine Adresse bekommen? Da stand sie auf einem fremden Paket", "privacy"),
    ("Кто ещё получил мои данные вместе с этим чеком?", "privacy"),
    ("We had to call an ambulance after the heater tipped over onto my son", "safety"),             # a consequence
    ("Tuvimos que llamar a los bomberos por el cargador", "safety"),
    ("Napisałam skargę do banku centralnego w sprawie tych opłat", "consumer_authority"),            # a role
])
def test_issue18_concepts_told_by_what_happened(toolkit, text, reason):
    assert reason in toolkit.triage(text).reasons


@pytest.mark.parametrize("text", [
    "The judge at the dog show will decide the winner, we need 12 rosettes",
    "Судья турнира решит, кто выиграл, пришлите кубки",
    "Someone else will pick up the parcel for me, is that ok?",
    "The fire brigade came for the village fete and loved your bunting",
    "The stitches on my son's backpack strap came apart after a week",
    "Does the central bank rate change affect my instalments with you?",
])
def test_issue18_look_alikes_do_not_escalate(toolkit, text):
    assert not toolkit.triage(text).escalate


def test_a_complaint_to_the_central_bank_is_no_chargeback(toolkit):
    reasons = toolkit.triage("Ich habe mich bei der Bundesbank über die doppelte Abbuchung beschwert").reasons
    assert "consumer_authority" in reasons and "chargeback" not in reasons


# Issue 18 (dev8a): recall classes told by what happened, in several languages.
@pytest.mark.parametrize("text, reason", [
    ("Your courier saved my number and keeps texting me late at night.", "privacy"),
    ("快递员存了我的手机号，半夜给我发微信", "privacy"),
    ("Der Fahrer hat meinen Ausweis fotografiert, wozu?", "privacy"),
    ("Kuryeniz numaramı kaydetmiş, gece mesaj atıyor.", "privacy"),
    ("My daughter needed five stitches in her chin after the stool collapsed.", "safety"),
    ("유리 주전자가 깨져서 병원에서 다섯 바늘 꿰맸어요", "safety"),
    ("geyser me current aa raha tha, mummy ko jhatka laga", "safety"),
    ("Die Küche war voller Gas, wir mussten raus.", "safety"),
    ("Poprosiłem bank o anulowanie transakcji kartą.", "chargeback"),
    ("napisal v bank chtoby otmenili platezh", "chargeback"),
    ("Fine, the court can deal with it then.", "legal_threat"),
    ("これ以上は裁判所で話しましょう。", "legal_threat"),
    ("不给解决我就发抖音曝光你们。", "public_exposure"),
])
def test_issue18_recall_told_by_what_happened(toolkit, text, reason):
    assert reason in toolkit.triage(text).reasons


@pytest.mark.parametrize("text", [
    "The driver saved my number and called me when he was outside, very helpful.",
    "Can the courier text me at night if the parcel is late? I work evenings.",
    "衣服的缝线开了，能换一件吗？",
    "このヒーターには感電防止の安全装置が付いていますか？",
    "Beim Ausziehen vom Pulli gibt's kleine Stromschläge, statisch halt. Gibt's den auch aus Baumwolle?",
    "My bank texted to check the transaction was really me, I confirmed it.",
    "我发了条微博，你们的客服太好了！",
    "Kurirnya simpan nomor saya biar gampang kalau kirim lagi, makasih ya",
])
def test_issue18_recall_look_alikes_do_not_escalate(toolkit, text):
    assert not toolkit.triage(text).escalate


# Issue 18 (dev9a): privacy as one structure: the customer's data printed, photographed, read out or
# given away by the shop or its courier, in several languages; and the look-alikes that must stay calm.
@pytest.mark.parametrize("text", [
    "The delivery note had my full passport number printed on it and it was left on the doormat.",
    "Auf dem Paketaufkleber stand meine komplette Kreditkartennummer.",
    "Na etiqueta veio o meu CPF completo impresso.",
    "快递单上印着我的身份证号。",
    "Kargocu kimliğimin fotoğrafını çekti, neden?",
    "Le service client a donné mon adresse à un inconnu qui a appelé.",
    "В посылке была накладная другой женщины с её адресом.",
    "Since I ordered from you, loan companies keep calling and they know my name and address.",
    "Je n'ai jamais donné mon numéro pour de la prospection.",
    "A futár lefényképezte a személyi igazolványomat a telefonjával.",
    "Kuriiri otti kuvan henkilökortistani puhelimellaan.",
    "Obsługa klienta podała mój adres obcemu mężczyźnie przez telefon.",
])
def test_issue18_privacy_data_exposed(toolkit, text):
    assert "privacy" in toolkit.triage(text).reasons


@pytest.mark.parametrize("text", [
    "Kargom açılmış geldi ama içindekiler sağlam.",      # 'acil\w*' read 'açılmış' (ı/i fold)
    "Acil değil ama kargom ne zaman gelir?",
    "Can you put my tax number on the invoice please?",
    "Vocês precisam do meu CPF para emitir a nota fiscal?",
    "Il mio codice fiscale va scritto sulla fattura, grazie.",
    "Please update my address, I have moved.",
    "Mitt personnummer står på fakturan, är det rätt?",
    "Lefényképeztem a személyimet és elküldtem, ahogy kérték.",   # the customer's own photo, sent on request
    "Podałam mój adres kurierowi przez telefon, wszystko ok.",
])
def test_issue18_privacy_look_alikes_do_not_escalate(toolkit, text):
    # the rules' reading: what a model build scores on one sentence is measured on the corpus, not asserted here
    result = toolkit.triage(text)
    assert not [h for h in result.hits if h.kind not in ("model", "meaning")], [h.describe() for h in result.hits]
