"""Triage round 17, helper pf5 (issue 18, precision after dev17c): everyday traffic in the words of escalations
(a good review or a collaboration offered, a past matter settled by agreement, the shop's refund on its way at the
bank, a fake page reported to the platform, a carrier's case number, a court as a landmark, a drama's lawyer), each
beside an escalation of the same words that must still count. Rule-level readings only (hits whose kind is neither
"model" nor "meaning"): the model is rebuilt after merges."""
from __future__ import annotations

import pytest


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules read in ``text`` (the model's and the meaning reader's left out)."""
    return {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")}


@pytest.mark.parametrize("text", [
    "Fem stjerner fra meg, skal skrive en god anmeldelse på Trustpilot i kveld!",
    "Kjempefornøyd med sofaen, jeg skriver en anmeldelse på Facebook-gruppa vår.",
    "Ni är grymma, jag ger er fem stjärnor på Google och skriver om er i föräldragruppen.",
    "Nagyon gyorsak voltatok, ötcsillagos értékelést írok a Facebookon is.",
    "Hi! I'm a content creator with 60k followers on TikTok, would you be open to a collab? I'd post an honest review.",
    "Olá, tenho 30 mil seguidores no Instagram e gostaria de propor uma parceria: posto um vídeo com o produto.",
    "Tengo 40 mil seguidores y os propongo una colaboración pagada: subiría un vídeo a TikTok con vuestro producto.",
    "Ich bin Content Creatorin mit 50k Followern und hätte eine Kooperationsanfrage, ich würde ein Video auf Instagram posten.",
    "สวัสดีครับ ผมทำช่อง YouTube มีผู้ติดตาม 200k อยากขอส่งสินค้ามาให้รีวิวครับ",
    "Kak aku mau ajak kerja sama endorse, aku bikin video di TikTok, followers 80rb.",
])
def test_good_review_or_collaboration_stays_quiet(toolkit, text):
    assert "public_exposure" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "I have 60k followers on TikTok and I'm posting the whole story tonight unless you refund me.",
    "Tenho 30 mil seguidores e vou expor vocês no Instagram hoje mesmo, todo mundo vai saber.",
    "Aku punya 80rb followers, kalau nggak direfund aku viralin di TikTok.",
])
def test_follower_count_with_a_post_still_counts(toolkit, text):
    assert "public_exposure" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "À l'époque j'avais saisi le conciliateur de justice pour le canapé, on a trouvé un arrangement et tout s'est bien terminé. Je voudrais le fauteuil.",
    "上次空调的事我表姐都帮我找好律师了，后来你们补发了就没去。这次想买个风扇。",
    "Mi ero già rivolto al mio avvocato per la lavatrice, poi abbiamo trovato un accordo. Ora vorrei l'asciugatrice.",
    "Last year my lawyer sent you a letter about the fridge, but we reached an agreement and it all ended well. Ordering the freezer now.",
])
def test_past_matter_settled_by_agreement_stays_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"legal_threat", "consumer_authority"}


@pytest.mark.parametrize("text", [
    "Mein Anwalt ist eingeschaltet, eine Einigung gibt es nicht: wir sehen uns vor Gericht.",
    "Je saisis le conciliateur de justice : aucun arrangement n'a été trouvé avec vous.",
    "我已经请了律师，下周起诉你们。",
])
def test_matter_not_settled_still_counts(toolkit, text):
    assert _rules(toolkit, text) & {"legal_threat", "consumer_authority"}


@pytest.mark.parametrize("text", [
    "Pengarna från returen ligger som reserverade hos Nordea, ska vara inne inom 3 bankdagar.",
    "O reembolso aparece pendente no Nubank, disseram 5 dias úteis. Tudo certo.",
    "Die Rückerstattung ist bei der Sparkasse schon vorgemerkt, danke für die schnelle Abwicklung.",
    "El reembolso sale como pendiente en BBVA, me dicen de 3 a 5 días hábiles.",
    "退款显示处理中，招商银行说3-5个工作日到账。",
    "پیامک واریز اومد، بانک ملت گفته تا ۴۸ ساعت کاری میاد.",
])
def test_refund_on_its_way_at_the_bank_stays_quiet(toolkit, text):
    # dev17c's were read as a bank without a cue, confirmed by the model (kind "term+model"); these guard the class
    assert "chargeback" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Ich habe bei der Sparkasse die Rückbuchung beantragt, die Ware kam nie an.",
    "Já pedi ao Nubank para contestar a compra, nunca recebi o produto.",
    "Jag har bestridit köpet hos Swedbank, varan kom aldrig.",
])
def test_dispute_with_the_bank_still_counts(toolkit, text):
    assert "chargeback" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Achei um perfil falso usando a marca de vocês, já denunciei pro Instagram. Só pra avisar.",
    "There's a fake account using your logo, I reported it to Facebook, thought you should know.",
    "Hay una cuenta falsa con vuestro nombre, la he denunciado a Instagram, por si acaso.",
    "Sahte bir hesap logonuzu kullanıyor, Instagram'a şikayet ettim, bilginiz olsun.",
])
def test_fake_page_reported_to_the_platform_stays_quiet(toolkit, text):
    assert "public_exposure" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Vou denunciar vocês no Instagram, todo mundo vai saber.",
    "I'll report you on Facebook so everyone sees what you did.",
])
def test_post_on_the_platform_still_counts(toolkit, text):
    assert "public_exposure" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Saya dah buat report dengan SPX pasal parcel hilang, diorang bagi nombor kes.",
    "I filed a report with J&T about the missing parcel and they gave me a case number.",
])
def test_report_to_a_carrier_stays_quiet(toolkit, text):
    assert "consumer_authority" not in _rules(toolkit, text)


def test_report_to_a_body_still_counts(toolkit):
    assert "consumer_authority" in _rules(toolkit, "Saya dah buat aduan ke KPDN pasal parcel hilang, tak ada refund.")


@pytest.mark.parametrize("text", [
    "A Báthory utcai bíróság melletti házba kérem a szállítást, már kétszer eltévedt a futár.",
    "A bíróság melletti sárga házba kérem a kiszállítást, a futár már kétszer rossz helyre ment.",
    "Veljeni valmistui juuri poliisiammattikorkeakoulusta, joka oli hänen unelmansa. Saako lahjapaperin?",
    "剧里那个律师一直戴的手表，请问有同款吗？",
])
def test_court_as_landmark_or_drama_lawyer_stays_quiet(toolkit, text):
    assert "legal_threat" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "A bíróságon fogom érvényesíteni a jogaimat, kérem a pénzemet vissza a szállítás miatt.",
    "Teen rikosilmoituksen poliisille, jos rahoja ei palauteta.",
    "Olen jo ottanut yhteyttä lakimieheen.",
])
def test_court_or_police_as_the_act_still_counts(toolkit, text):
    assert "legal_threat" in _rules(toolkit, text)


def test_offers_list_stop_stays_quiet(toolkit):
    assert "privacy" not in _rules(toolkit, "Sáquenme de la lista de ofertas de WhatsApp porfa, me llegan cinco al día.")


def test_offers_list_stop_with_a_grievance_still_counts(toolkit):
    text = "Sáquenme de la lista de WhatsApp, ya os pedí tres veces y seguís mandando ofertas. ¿De dónde sacaron mi número?"
    assert "privacy" in _rules(toolkit, text)


def test_one_of_two_orders_is_no_stranger(toolkit):
    assert "privacy" not in _rules(toolkit, "İki kere sipariş vermişim, birini iptal eder misiniz? Numaralar mailde.")


def test_stranger_ordering_in_my_name_still_counts(toolkit):
    assert "privacy" in _rules(toolkit, "Biri benim adıma sipariş vermiş, adresimi ve telefonumu biliyor. Nasıl oldu?")


# recall (dev17c's missed escalations, by class): bank dispute wording, mediation centres, local press and
# consumer TV shows, data on printed matter

@pytest.mark.parametrize("text", [
    "楽天カードに連絡して、身に覚えのない請求について異議を申し立てました。",
    "He pedido al Sabadell que devuelva los recibos de la suscripción que nunca di de alta.",
    "kalemt CIB w e3tarad 3ala el 3amaleya di, el flos ra7et w mafeesh order.",
])
def test_bank_dispute_wording_counts(toolkit, text):
    assert "chargeback" in _rules(toolkit, text)


def test_card_company_named_to_pay_stays_quiet(toolkit):
    assert "chargeback" not in _rules(toolkit, "三菱UFJニコスのカードで払いたいのですが、使えますか？")


@pytest.mark.parametrize("text", [
    "Pedi mediação no CICAP por causa da máquina de lavar que vocês não trocam.",
    "Weil Sie in Polen sitzen, habe ich das Europäische Verbraucherzentrum eingeschaltet.",
])
def test_mediation_centre_or_cross_border_centre_counts(toolkit, text):
    assert "consumer_authority" in _rules(toolkit, text)


def test_relative_at_a_consumer_centre_stays_quiet(toolkit):
    text = "Meine Schwester arbeitet bei der Verbraucherzentrale und hat mir Ihren Shop empfohlen."
    assert "consumer_authority" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Saya dah hantar semua gambar kepada wartawan Berita Harian.",
    "Ipapadala ko na kay Raffy Tulfo ang lahat ng screenshots kung wala pa ring refund.",
    "Holnap kijön a videó a YouTube-csatornámon a szétesett székről.",
    "Publiquei as fotos no grupo do bairro no Facebook, já tem 50 comentários.",
    "ساری ویڈیوز کے ساتھ سرعام کی ٹیم کو ای میل کر دی ہے۔",
])
def test_press_show_or_post_counts(toolkit, text):
    assert "public_exposure" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Ise-send ko po lahat ng receipts mamaya.",
    "Paki-send na lang po lahat ng resibo sa email ko.",
    "مجھے نیا ٹی وی بھیج دیں، پرانا خراب ہے۔",
    "Amei a bolsa! Vou postar no Instagram e marcar vocês.",
])
def test_sending_receipts_or_praise_stays_quiet(toolkit, text):
    assert "public_exposure" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "The packing slip printed my diagnosis from the pharmacy order, and the courier could read it.",
    "Auf dem Lieferschein stand sichtbar 'Inkasso-Kunde', das hat der Nachbar gesehen.",
])
def test_sensitive_data_on_printed_matter_counts(toolkit, text):
    assert "privacy" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "The invoice shows my billing address, thanks, all good.",
    "Potete stampare il codice fiscale sulla fattura? Grazie.",
])
def test_ordinary_invoice_data_stays_quiet(toolkit, text):
    assert "privacy" not in _rules(toolkit, text)


def test_cybercrime_police_report_counts(toolkit):
    assert "legal_threat" in _rules(toolkit, "ha3mel balagh fel mabahes law el flos ma rege3etsh, 3 asabee3 mafeesh rad.")


@pytest.mark.parametrize("text, expected", [
    ("Tolong berhentikan emel promosi ya, tapi akaun jangan padam, saya masih nak beli.", True),
    ("Please stop the promo emails but keep my account, I still shop here. Thanks!", True),
    ("Tolong stop kirim email promo ya, tapi akunnya jangan dihapus, aku masih mau belanja.", True),
    ("Tolong berhentikan emel promosi, saya dah minta tiga kali, dari mana dapat emel saya?", False),
    ("Please stop the promo emails, I already asked twice, where did you get my email?", False),
])
def test_marketing_stop_with_the_account_kept_is_a_request(toolkit, text, expected):
    """The model's privacy reading is held to this as the rules' hits are (triage._cleared)."""
    from xborder.policy import triage_guards
    from xborder.policy.triage import normalize_text
    from xborder.policy.triage_lexicon import fold
    view = triage_guards.guards(toolkit.resources).view(("ms", "id", "en"))
    assert triage_guards.request_only(view, fold(normalize_text(text))) is expected
