"""Triage round 14, helper tb (issue 18, dev14b): requests that are no incident, jokes set aside, someone else's
accident told to ask about ours, names, an all-clear; and the police, payment-order and child-seat readings.
Rule-level readings only (hits whose kind is not "model"): the model is rebuilt after merges."""
from __future__ import annotations

import pytest

from xborder.policy import triage, triage_guards


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules read in ``text`` (the model's own readings left out)."""
    return {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")}


@pytest.mark.parametrize("text", [
    # a request to delete an account or data, or to leave a list, with an everyday reason and no grievance
    "Hello, could you close my account and erase my details? I don't use it anymore. Thanks",
    "Bitte löschen Sie mein Konto und meine Adresse, ich bin umgezogen und bestelle nicht mehr. Danke!",
    "Bonjour, merci de supprimer mon compte et mes données, je n'en ai plus besoin. Cordialement",
    "Hola, ¿me podéis borrar la cuenta y mis datos? Ya no la uso. Gracias",
    "Proszę usunąć moje konto i dane, już nie korzystam. Dziękuję",
    "Удалите, пожалуйста, мой профиль и данные, я переехал и больше не пользуюсь. Спасибо",
    "Vil I fjerne mit nummer fra jeres sms-liste? Jeg vil ikke have flere tilbud. Tak",
    "ممكن تحذفون حسابي؟ ما عدت أستخدمه. شكراً",
    "麻烦帮我删除账号和地址，以后不用了，谢谢",
    "회원 탈퇴 부탁드려요. 이제 안 써서 개인정보도 삭제해 주세요. 감사합니다.",
    "Kan ni radera mitt konto och mina uppgifter? Jag använder det inte längre. Tack",
    # a joke set aside after the threat, or told jokingly
    "Mio marito dice che vi denuncia se il panettone finisce subito 😂 scherzi a parte, ne prendo altri due.",
    "Meine Frau droht scherzhaft mit dem Anwalt, wenn die Schuhe nicht passen. Gibt es Größe 39?",
    "Жена в шутку грозится подать на вас в суд, если платье не подойдёт. Есть размер M?",
    "Svärmor hotar att stämma er om duken inte kommer innan jul 😂 skämt åsido, när skickas den?",
    # someone else's accident, told to ask about the shop's product
    "My aunt burned her hand on a cheap kettle from a market, so I'm asking: does yours have an auto shut-off?",
    "Mia sorella si è scottata con una piastra comprata al mercato: la vostra ha lo spegnimento automatico?",
    "Arkadaşımın ucuz ısıtıcısı yandı, sizinkinde aşırı ısınma koruması var mı?",
    # a name, and a relative's job told as context (verb-final)
    "Il nostro bar si chiama \"Il Tribunale\", fate tazzine personalizzate con il logo?",
    "برادر من در دادگاه کار می‌کند و سایت شما را معرفی کرد. کفش سایز ۴۲ دارید؟",
    # data given to the courier, all fine
    "Podałam kurierowi numer telefonu, żeby zadzwonił pod drzwiami, wszystko ok, dziękuję.",
    "I gave the driver my phone number so he could call from the gate, all good, parcel received.",
    # praise slang
    "Bhai ye sherwani toh aag laga degi shaadi me 🔥 ek size chhota milega?",
    # a firefighter's job or a youth fire brigade, told as context
    "Ayah saya anggota bomba, dia kata alat pemadam api dari kedai ni bagus. Ada saiz 6kg?",
    "Om saya petugas pemadam kebakaran, mau beli senter kepala yang terang. Ada rekomendasi?",
    "Ma fille fait partie des jeunes sapeurs-pompiers, on voudrait 12 gourdes gravées.",
    # a fire or heat rating on the label
    "这款暖风机外壳写着“阻燃”，放在卧室木地板上没问题吧。",
    "The rug says flame-retardant on the label. Fine under a wood stove.",
    # a child's bump that is no product's failure, told to ask for one
    "小孩不小心撞到桌角，额头撞出一个包，你们有卖防撞角吗？",
    # a relative's threat in a sentence after the relative, laughed at after it
    "Mummoni kysyi villasukkia. Hän sanoo, että jos niitä ei löydy, hän haastaa teidät oikeuteen 😂",
])
def test_look_alikes_read_by_no_rule(toolkit, text):
    assert _rules(toolkit, text) == set(), text


@pytest.mark.parametrize("text, reason", [
    # the request ignored, or a grievance with it: still privacy
    ("I asked you twice to delete my data and you still email me. I don't use the account anymore, thanks.", "privacy"),
    ("Jeg har bedt jer slette mine oplysninger, men I sender stadig mails. Jeg bruger ikke kontoen mere, tak.", "privacy"),
    ("Slet venligst min konto og mine data, jeg bruger den ikke mere. Jeg har aldrig givet samtykke til jeres "
     "reklamer. Tak", "privacy"),
    ("Удалите мои данные, я не давал согласия на рассылку и больше не пользуюсь сайтом.", "privacy"),
    # a joke set aside before the threat is serious
    ("Scherzi a parte: se non arriva il rimborso vi porto in tribunale.", "legal_threat"),
    # one's own burn with the shop's product
    ("I burned my hand on the kettle you sold me, does yours have an auto shut-off?", "safety"),
    # a report to the police or the cyber-crime cell after paying a vanished seller
    ("मैंने साइबर सेल में शिकायत दर्ज कर दी है, पैसे भेजने के बाद सेलर गायब है।", "legal_threat"),
    ("Nag-report na ako sa pulis, nagbayad ako tapos blinock ako ng seller.", "legal_threat"),
    ("Подала заяву до кіберполіції, продавець зник після оплати.", "legal_threat"),
    ("تقدمت ببلاغ لإدارة مكافحة الجرائم الإلكترونية بعد ما اختفى البائع.", "legal_threat"),
    # payment orders and enforcement
    ("Pokud nevrátíte peníze, podám návrh na platební rozkaz.", "legal_threat"),
    ("Jak nie oddacie pieniędzy, złożę wniosek o nakaz zapłaty.", "legal_threat"),
    ("If I don't have my refund by Friday I'll file a money claim against you.", "legal_threat"),
    # a child-seat buckle that opened, a fryer that ignited
    ("Oto koltuğunun kemer tokası kendiliğinden açıldı, oğlum öne savruldu.", "safety"),
    ("Sprzączka w foteliku rozpięła się sama w czasie jazdy, synek poleciał do przodu.", "safety"),
    ("Fritéza se při smažení vznítila, hasili jsme ji dekou.", "safety"),
    # a label that did not hold, a fire brigade that came
    ("标着防火阻燃，结果还是起火了，差点烧到窗帘。", "safety"),
    ("Charger terbakar malam tadi, bomba datang ke rumah saya.", "safety"),
    # a consumer authority called, a programme written to, the police told
    ("J'ai téléphoné à la DGCCRF hier, ils vont regarder vos pratiques.", "consumer_authority"),
    ("He llamado a la OMIC y me han dicho que reclame por escrito.", "consumer_authority"),
    ("Ho scritto a Mi manda Rai3 raccontando tutta la storia.", "public_exposure"),
    ("Jeg har anmeldt sælgeren til politiet, pengene er væk.", "legal_threat"),
    ("Am depus plângere la poliție, vânzătorul nu mai răspunde după plată.", "legal_threat"),
    ("Tumawag na ako sa pulis, nagbayad ako pero blinock ako ng seller.", "legal_threat"),
    # a newsroom, a paper or a programme written to; a Moroccan complaint; a small-claims filing
    ("Passiert bis Montag nichts, schreibe ich an die Redaktion von Plusminus.", "public_exposure"),
    ("地元紙の投書欄に今回の件を送りました。", "public_exposure"),
    ("درت شكاية فمندوبية حماية المستهلك على هاد الشي.", "consumer_authority"),
    ("이번 주까지 환불 없으면 소액사건심판 청구합니다.", "legal_threat"),
    # a child hurt when the product failed
    ("儿童自行车的车把松了，女儿摔下来额头磕破了。", "safety"),
])
def test_escalations_beside_them_still_read(toolkit, text, reason):
    assert reason in _rules(toolkit, text), (text, reason)


def test_the_cyber_crime_police_is_no_consumer_body(toolkit):
    reasons = _rules(toolkit, "قدمت بلاغ لإدارة مكافحة الجرائم الإلكترونية، حولت الفلوس والبائع اختفى.")
    assert reasons == {"legal_threat"}


@pytest.mark.parametrize("text, clear", [
    ("podałam adres kurierowi, wszystko ok.", True),
    ("gave the courier my number, all good, thanks!", True),
    ("wszystko ok? kurier ma mój adres", False),                       # asked, not told
    ("the courier read my number out to the whole queue. otherwise all good.", False),   # fine about the rest
    ("all good with the jacket, but the courier still has my number and keeps texting me", False),  # grievance
    ("all good. then your courier posted my address and door code on facebook for everyone to read, "
     "and my neighbours have been asking me about it all week long now", False),   # not the closing words
])
def test_all_clear_closes_the_message(toolkit, text, clear):
    view = triage_guards.guards(toolkit.resources).view(("pl", "en"))
    assert triage_guards.all_clear(view, text) is clear


def test_the_models_privacy_reading_is_held_to_an_all_clear(toolkit, monkeypatch):
    """The second reader's privacy reading is dropped when the message closes on an all-clear (whatever the
    model scores: the reading is forced here)."""
    def forced(hits, text, model, alone=None, held=frozenset()):
        out = dict(hits)
        out["privacy"] = triage.ReasonHit("privacy", "model", ("adres",), (0, len(text)), model=(0.99, ("adres",)))
        return out
    monkeypatch.setattr(triage, "second_reading", forced)
    monkeypatch.setattr(triage.triage_model, "ALONE", {"privacy": 0.5})
    fine = "Podałam mój adres kurierowi przez telefon, wszystko ok."
    worried = "Podałam mój adres kurierowi przez telefon, a teraz ktoś obcy do mnie pisze."
    assert "privacy" not in triage.assess(toolkit.resources, fine, ("pl", "en"))[0]
    assert "privacy" in triage.assess(toolkit.resources, worried, ("pl", "en"))[0]
