"""``informal_address``: the familiar "you" where the support register is the polite one.

Pronouns and verb forms come from the rule file (``swap`` with the polite
form to suggest, or plain ``tokens``). Some languages mark politeness in the
grammar of the sentence ending rather than in a pronoun; ``grammar`` turns on
an analysis for them:

- ``japanese_plain_form``: a sentence ending in the plain form (だ, だよ, 〜る,
  〜た, ありがとう…) instead of です／ます (teineigo). Numbered and bulleted
  list items are exempt: plain form is normal there.
- ``korean_banmal``: a sentence ending in 반말 (해, 했어, 할게, 한다…) instead
  of 해요체 or 합쇼체 (-요, -니다).
- ``thai_polite_particle``: a Thai reply with no polite particle (ครับ, ค่ะ,
  คะ) anywhere.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..base import Hit, Target
from ..patterns import lazy_compile
from ..vale import Substitution, keep_case

# -- Japanese -------------------------------------------------------------------------
_JA_SENTENCE = lazy_compile(r"[^。！？!?\n]+")
_JA_TRAIL = lazy_compile(r"[\s」』）)】〕\]〜~ｗw笑…‥・、,♪☆★♡♥:：;；ー]+$|"
                       r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+[\s\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]*$")
_JA_LIST_ITEM = lazy_compile(r"^\s*(?:[・•*\-※■□◆◇●○▶︎→]|\d+[.)．、]|[①-⑳]|[（(]\d+[)）])")
_KANA = lazy_compile(r"[\u3041-\u309f]")
_JA_POLITE = lazy_compile(
    r"(?:です|ます|ました|ません|でした|でしょう|ましょう|ください|下さい|ございます|ござる|ませ|まし|"
    r"存じます|申し上げます)(?:か|ね|よ|よね|が|けど|けれど|けれども|ので|から|し|な)*$"
    r"|(?:ありがとうございます|お願い(?:いた)?します|おります|参ります)$"
    # Set phrases whose last word looks plain but which are fixed polite formulas.
    r"|(?:どうぞ|(?:どうぞ|何卒|なにとぞ|今後とも|引き続き)[、,]?(?:よろしく|宜しく)|(?:よろしく|宜しく)どうぞ|お気をつけて|"
    r"お大事に|お元気で|お疲れ(?:様|さま)|ご自愛を|(?:良い|よい)お年を|ご遠慮なく|(?:では|それでは)[、,]?また)$")
_JA_PLAIN = lazy_compile(
    r"(?:だ|だよ|だね|だよね|だった|だったね|だろ|だろう|じゃん|じゃない|なんだ|んだ|のだ|だから|だけど|"
    r"かな|かも|よね|ってね|てね|てよ|ちゃった|ちゃう|じゃった|ね|よ|わ|ぞ|ぜ|っす|でしょ|だし|ちょうだい|"
    r"ありがとう|ごめん|ごめんね|よろしく|よろしくね|おはよう|了解|オッケー|"
    r"(?:ない|なかった|たい|しい|かった|いい|よい|良い|[るたうくすつぬぶむぐ])(?:よ|ね|よね|な|わ|ぞ|ぜ|さ|の)?|"
    r"(?:って|んで|いて|して|きて|えて|けて|せて|べて|めて|れて|ちて|みて|いで))$")
# Compound particles that end in て but close a heading, not a request ("返品について").
_JA_TE_PARTICLES = lazy_compile(r"(?:について|として|に関して|に対して|において|によって|にとって|をもって|"
                              r"にあたって|に際して|を通して|につきまして)$")


# A line a helpdesk wrapped mid-sentence ("ご指定いただいた\n8月14日にお届けいたします。") runs on into
# the next line: it has no sentence mark and does not end as a sentence would, plain or polite.
_JA_WRAP = lazy_compile(r"(?<=[^\s。！？!?])[ \t\u3000]*\n(?=[ \t\u3000]*\S)")
_JA_LINE_END = lazy_compile(r"(?:よ|ね|わ|ぞ|ぜ|さ|な|の|かな|かも|じゃん|ありがとう|ごめん|よろしく|おはよう|了解|オッケー|"
                            r"だ|です|ます|ました|ません|でした|ください|ございます|[:：」』）)】])[ \t\u3000]*$")


def _japanese_unwrapped(text: str) -> str:
    """``text`` with each wrapped line joined to the next (the break read as a space, offsets kept)."""
    if "\n" not in text:
        return text

    def join(m: re.Match) -> str:
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start:m.start()]
        following = text[m.end():text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
        if _JA_LINE_END.search(line) or _JA_LIST_ITEM.match(line) or _JA_LIST_ITEM.match(following):
            return m.group()
        return m.group().replace("\n", "\u3000")
    return _JA_WRAP.sub(join, text)


def japanese_plain_form(text: str) -> Iterator[tuple[int, int]]:
    text = _japanese_unwrapped(text)
    for m in _JA_SENTENCE.finditer(text):
        sentence = m.group()
        if _JA_LIST_ITEM.match(sentence) or not _KANA.search(sentence):
            continue
        trail = _JA_TRAIL.search(sentence)
        core = sentence[:trail.start()] if trail else sentence
        core_end = m.start() + len(core)
        if len(core.strip()) < 2 or _JA_POLITE.search(core) or _JA_TE_PARTICLES.search(core):
            continue
        plain = _JA_PLAIN.search(core)
        if plain:
            # Quote a few characters before a one-kana ending, so "する" reads as "お届けする".
            start = m.start() + max(plain.start() - 3, len(core) - len(core.lstrip()))
            yield start, core_end


# -- Korean ---------------------------------------------------------------------------
_KO_SENTENCE = lazy_compile(r"[^.!?~。！？\n]+([.!?~。！？]+)?")
_KO_TRAIL = lazy_compile(r"[\sㅋㅎㅠㅜ^;:,)\]\"'”’]+$|[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+[\s\U0001F000-\U0001FFFF"
                       r"\u2600-\u27BF\uFE0F]*$")
_KO_POLITE = lazy_compile(r"(?:요|니다|니까|시오|십시오|죠|네요|군요)$")
# 반말 endings; 다 only where it is the plain declarative (했다, 한다), not 합니다.
_KO_BANMAL = lazy_compile(r"(?:[어아야해줘봐돼와워써래냐지자게걸군데]|거든|잖아|구나|[^니]다)$")
_HANGUL = lazy_compile(r"[\uac00-\ud7a3]")


def korean_banmal(text: str) -> Iterator[tuple[int, int]]:
    for m in _KO_SENTENCE.finditer(text):
        sentence = m.group()
        body = sentence[:m.start(1) - m.start()] if m.group(1) else sentence
        trail = _KO_TRAIL.search(body)
        emoji_end = bool(trail and re.search(r"[\U0001F000-\U0001FFFF\u2600-\u27BF]", trail.group()))
        core = body[:trail.start()] if trail else body
        if not _HANGUL.search(core):
            continue
        words = core.split()
        if not words:
            continue
        last = words[-1]
        # A label or a signature ("고객지원팀 담당자") has no sentence mark; a sentence does.
        if not (m.group(1) or emoji_end) or last == "네" or _KO_POLITE.search(last):
            continue
        if _KO_BANMAL.search(last):
            end = m.start() + len(core)
            yield end - len(last), end


# -- Thai -----------------------------------------------------------------------------
_THAI_LETTERS = lazy_compile(r"[\u0e01-\u0e2e]")
_THAI_POLITE = lazy_compile(r"ครับ|ค่ะ|คะ|ค่า|คร้าบ|ขา|ฮะ")
_THAI_RUN = lazy_compile(r"[\u0e00-\u0e7f][\u0e00-\u0e7f\s\d.,!?]*")


def thai_missing_particle(text: str) -> Iterator[tuple[int, int]]:
    if len(_THAI_LETTERS.findall(text)) < 30 or _THAI_POLITE.search(text):
        return
    runs = list(_THAI_RUN.finditer(text))
    if runs:  # point at the closing, where the particle is most missed
        last = runs[-1]
        yield last.start(), last.start() + len(last.group().rstrip())


GRAMMARS = {
    "japanese_plain_form": (japanese_plain_form, "〜です／〜ます"),
    "korean_banmal": (korean_banmal, "-요 / -습니다"),
    "thai_polite_particle": (thai_missing_particle, "ครับ / ค่ะ"),
}


# Quoted words, in each script's marks (at most a long sentence; never across a blank line).
_QUOTED = lazy_compile(r"„[^“”\n]{1,80}[“”]|“[^”\n]{1,80}”|‚[^‘’\n]{1,80}[‘’]|«[^»\n]{1,80}»|‹[^›\n]{1,80}›|"
                       r"「[^」\n]{1,120}」|『[^』\n]{1,120}』|\"[^\"\n]{1,80}\"")
_QUOTE_MARK = lazy_compile(r"[„“«‹「『\"]")


def _blank_quote(m: re.Match) -> str:
    """A quote with its words replaced by ＿ (the marks and the length kept)."""
    quote = m.group()
    return quote[0] + "＿" * (len(quote) - 2) + quote[-1]


_MIXED = ("'{match}' is the formal register, but the store writes informally to customers in {locale}"
          "{mixed}: write '{suggestion}'")


class InformalAddress(Substitution):
    """Familiar pronouns (``swap`` or ``tokens``) and, optionally, a ``grammar`` analysis.

    The draft is checked against the store's voice (``Target.voice``: the caller's,
    else the market's default): in the formal voice the familiar forms are flagged;
    in the informal voice they are what the store writes, and the unambiguous formal
    markers (``formal``: polite form -> familiar form) are flagged instead — when the
    caller chose that voice, or when the draft mixes both registers (under the
    market's default voice a draft formal throughout is a polite store's choice).
    Either way the message says when the draft mixes both registers (``{mixed}``).
    ``chosen`` (familiar form -> polite form) lists the familiar forms casual stores write by default
    (Indonesian "kamu"): flagged only in a formal voice the caller or the store chose.
    """

    KEYS = ("swap", "tokens", "grammar", "ignorecase", "exceptions", "nonword", "formal", "familiar", "chosen",
            "mixed_only")
    DEFAULT_CODE = "informal_address"
    FIELDS = ("mixed",)

    def __init__(self, rule) -> None:
        super(Substitution, self).__init__(rule)
        self.regex, self.replacements = self.compile_swap(required=False)
        self.tokens = self.compile_tokens("tokens")
        grammar = self.option("grammar")
        if grammar is not None and grammar not in GRAMMARS:
            raise self.fail("grammar", f"unknown grammar {grammar!r} (known: {', '.join(sorted(GRAMMARS))})")
        self.grammar = GRAMMARS.get(grammar)
        self.whole_text = grammar == "thai_polite_particle"  # one particle anywhere in the reply is enough
        if self.regex is None and self.tokens is None and self.grammar is None:
            raise self.fail("extends", "an informal_address rule needs 'swap', 'tokens' or 'grammar'")
        formal = self.option("formal")
        if formal is not None and (not isinstance(formal, dict) or not formal or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in formal.items())):
            raise self.fail("formal", "'formal' must be a mapping of formal form: familiar form")
        self.formal = self.pattern_set(list(formal), "formal") if formal else None
        # Familiar forms a casual store may write by default (Indonesian "kamu"): flagged only when the
        # caller or the store chose the formal voice, not under the market's default.
        chosen = self.option("chosen")
        if chosen is not None and (not isinstance(chosen, dict) or not chosen or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in chosen.items())):
            raise self.fail("chosen", "'chosen' must be a mapping of familiar form: polite form")
        self.chosen = self.pattern_set(list(chosen), "chosen") if chosen else None
        self.chosen_replacements = list(chosen.values()) if chosen else []
        self.familiar = list(formal.values()) if formal else []
        # Familiar markers that are not pronouns (a first-name greeting: "Ciao Davide,"): they make
        # a draft informal for the mixing test, and are never flagged themselves.
        self.greetings = self.compile_tokens("familiar")
        # Mixing is a property of the whole draft (an informal greeting above a formal body).
        self.whole_text = self.whole_text or self.formal is not None
        # ``mixed_only``: where stores write either register (Hungarian webshops' tegezés), the familiar
        # forms under the market's default voice are flagged only beside a formal marker ("Tisztelt Szabó
        # Úr! … a rendelésed"); a formal voice the caller or the store chose flags them anyway.
        self.mixed_only = bool(self.option("mixed_only", False))
        if self.mixed_only and self.formal is None:
            raise self.fail("mixed_only", "'mixed_only' needs the 'formal' markers to find the other register")

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        """The hits of ``_find``, except those inside quotation marks: the customer's own words quoted
        back, a product's or a book's title ("das Set „Gönn dir was“", «Ты сможешь», 「いつもありがとう」)."""
        quoted = None
        for hit in self._find(text, target):
            if quoted is None:
                quoted = [m.span() for m in _QUOTED.finditer(text)]
            if not any(lo < hit.start and hit.end <= hi for lo, hi in quoted):
                yield hit

    def _find(self, text: str, target: Target) -> Iterator[Hit]:
        if target.voice == "informal":
            yield from self._formal_markers(text, mixed_only=target.voice_default)
            return
        mixed = None
        if self.mixed_only and target.voice_default and self._first_formal(text) is None:
            return  # familiar throughout, under the market's default: a casual store's own register
        if self.regex is not None:
            for index, m in self.regex.finditer(text):
                if mixed is None:
                    mixed = self._mixed(text, self._first_formal(text), "formal")
                yield Hit(m.start(), m.end(), keep_case(m.group(), self.replacements[index]), mixed)
        if self.chosen is not None and not target.voice_default:
            for index, m in self.chosen.finditer(text):
                if mixed is None:
                    mixed = self._mixed(text, self._first_formal(text), "formal")
                yield Hit(m.start(), m.end(), keep_case(m.group(), self.chosen_replacements[index]), mixed)
        if self.tokens is not None:
            for _, m in self.tokens.finditer(text):
                yield Hit(m.start(), m.end())
        if self.grammar is not None:
            analyse, polite = self.grammar
            # quoted words are blanked (offsets kept), so a quote's own sentence marks split nothing
            for start, end in analyse(_QUOTED.sub(_blank_quote, text) if _QUOTE_MARK.search(text) else text):
                yield Hit(start, end, polite)

    def _first_formal(self, text: str):
        if self.formal is None:
            return None
        return next((m for _, m in self.formal.finditer(text) if not self.excepted(text, m.start(), m.end())),
                    None)

    @staticmethod
    def _mixed(text: str, other, register: str) -> dict[str, str]:
        """The ``{mixed}`` field: empty, or where the draft also writes the other register."""
        if other is None:
            return {"mixed": ""}
        return {"mixed": f" (this draft mixes registers: it also writes the {register} '{other.group()}')"}

    def _formal_markers(self, text: str, mixed_only: bool = False) -> Iterator[Hit]:
        """Formal markers in an informal voice. Under the market's default voice (no store chose it)
        a draft formal throughout is a polite store's own register, not a fault: only mixing is."""
        if self.formal is None:
            return
        familiar = None
        if self.regex is not None:
            familiar = next((m for _, m in self.regex.finditer(text)
                             if not self.excepted(text, m.start(), m.end())), None)
        if familiar is None and self.greetings is not None:
            familiar = next((m for _, m in self.greetings.finditer(text)), None)
        if mixed_only and familiar is None:
            return
        mixed = f" and this draft also writes '{familiar.group()}'" if familiar else ""
        for index, m in self.formal.finditer(text):
            yield Hit(m.start(), m.end(), keep_case(m.group(), self.familiar[index]),
                      {"message": _MIXED, "mixed": mixed})


__all__ = ["GRAMMARS", "InformalAddress"]
