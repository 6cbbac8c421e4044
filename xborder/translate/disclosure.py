"""The line that tells a customer a reply was machine-translated.

The wording is a hand table because it must be right without a translation
service (the reply is machine-translated precisely because no catalog exists for
its language). Written for xborder in plain, neutral register; not yet reviewed by
native speakers of every language: corrections welcome, like catalog fixes.
A language not listed gets the English line, and the result says so.
"""
from __future__ import annotations

from dataclasses import dataclass

ENGLISH = "This message was machine-translated."

DISCLOSURES: dict[str, str] = {
    "ar": "تمت ترجمة هذه الرسالة آليًا.",
    "bg": "Това съобщение е преведено автоматично.",
    "ca": "Aquest missatge s'ha traduït automàticament.",
    "cs": "Tato zpráva byla přeložena strojově.",
    "da": "Denne besked er maskinoversat.",
    "de": "Diese Nachricht wurde maschinell übersetzt.",
    "el": "Αυτό το μήνυμα μεταφράστηκε αυτόματα.",
    "en": ENGLISH,
    "es": "Este mensaje se ha traducido automáticamente.",
    "et": "See sõnum on masintõlgitud.",
    "fi": "Tämä viesti on konekäännetty.",
    "fr": "Ce message a été traduit automatiquement.",
    "he": "הודעה זו תורגמה באופן אוטומטי.",
    "hi": "इस संदेश का मशीनी अनुवाद किया गया है।",
    "hr": "Ova je poruka strojno prevedena.",
    "hu": "Ez az üzenet gépi fordítással készült.",
    "id": "Pesan ini diterjemahkan secara otomatis.",
    "it": "Questo messaggio è stato tradotto automaticamente.",
    "ja": "このメッセージは機械翻訳されています。",
    "ko": "이 메시지는 기계 번역되었습니다.",
    "lt": "Šis pranešimas išverstas automatiškai.",
    "ms": "Mesej ini diterjemahkan secara automatik.",
    "nb": "Denne meldingen er maskinoversatt.",
    "nl": "Dit bericht is automatisch vertaald.",
    "pl": "Ta wiadomość została przetłumaczona maszynowo.",
    "pt": "Esta mensagem foi traduzida automaticamente.",
    "ro": "Acest mesaj a fost tradus automat.",
    "ru": "Это сообщение переведено автоматически.",
    "sk": "Táto správa bola preložená strojovo.",
    "sl": "To sporočilo je bilo strojno prevedeno.",
    "sv": "Det här meddelandet har maskinöversatts.",
    "th": "ข้อความนี้ได้รับการแปลโดยอัตโนมัติ",
    "tr": "Bu mesaj otomatik olarak çevrilmiştir.",
    "uk": "Це повідомлення перекладено автоматично.",
    "vi": "Tin nhắn này đã được dịch tự động.",
    "zh-Hans": "此消息为机器翻译。",
    "zh-Hant": "此訊息為機器翻譯。",
}


@dataclass(frozen=True)
class Disclosure:
    """The line to add and the language it is written in."""

    text: str
    language: str

    @property
    def localized(self) -> bool:
        return self.language != "en"


def disclosure_for(tag: str) -> Disclosure:
    """The disclosure line for a locale: its language's wording, else English."""
    from ..i18n.locale import likely_script, parse

    loc = parse(tag)
    keys = [f"{loc.language}-{likely_script(loc)}", loc.language]
    if loc.language == "no":  # macrolanguage code: Bokmål wording
        keys.append("nb")
    for key in keys:
        if key in DISCLOSURES:
            return Disclosure(DISCLOSURES[key], key)
    return Disclosure(ENGLISH, "en")
