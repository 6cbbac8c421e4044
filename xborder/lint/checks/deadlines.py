"""Words around a day or date that make it no promise of that day: deadlines and greetings.

"By Saturday", "bis zum 12. Dezember", "12月12日（土）までに" set the latest day: a
delivery the day before keeps them, so a weekend or holiday there promises nobody's
work. "Frohe Weihnachten" names a holiday to greet the customer. The words are the
rule file's (``deadline_before``, ``deadline_after``, ``greetings``), in every language
the lint covers.
"""
from __future__ import annotations

import re

from ..patterns import lazy_compile

# Latin and Cyrillic words need a word edge before a deadline word; Thai and CJK have no spaces.
_EDGE = r"(?<![A-Za-zÀ-ɏЀ-ӿ'’])"
# A weekday in brackets or after a comma may stand between a date and the word after it.
_AFTER_GAP = r"[\s,，、）)]*(?:[（(][^）)\n]{1,6}[）)])?[\s,，、]*"
# Lower-case letters (Latin, Greek, Cyrillic): a line that starts with one goes on the sentence
# of the line before, wrapped in a plain-text e-mail ("FedEx will deliver\nit on Monday").
_LOWER = "".join(ch for ch in map(chr, range(0x61, 0x530)) if ch.isalpha() and ch.islower())
# A full stop after a digit is an ordinal ("26. Dezember"), not a sentence's end, nor is one after a
# title or a common abbreviation ("Conform solicitării dvs., livrarea …", "Mr. Tan", "bzw.", "ca."); a line
# break is one unless the next line goes on in lower case.
_ABBREVIATED = "".join(rf"(?<!\b(?i:{words}))" for words in (  # one look-behind per length
    "mr|ms|dr|sr|hr|nr|ca|vs", "dvs|mrs|sra|mme|hrn|bzw|ggf|tel", "inkl|evtl|zzgl|resp", "approx"))
_SENTENCE_END = lazy_compile(rf"[!?。！？]|\n(?![ \t]*[{_LOWER}])|(?<![0-9]){_ABBREVIATED}\.")
_REACH = 40  # characters searched before a day for a deadline word


class Deadlines:
    """The deadline and greeting words of one rule, compiled on first use."""

    def __init__(self, rule_type, before_key: str, after_key: str, greetings_key: str, between_key: str,
                 closures_key: str | None = None) -> None:
        before = rule_type.strings(before_key)
        after = rule_type.strings(after_key)
        greetings = rule_type.strings(greetings_key)
        between = rule_type.strings(between_key)
        closures = rule_type.strings(closures_key) if closures_key else ()
        flags = re.IGNORECASE
        # Up to two ``between`` words may stand between a deadline word and the day ("hasta el
        # domingo", "najpóźniej w niedzielę 20 grudnia").
        gap = rf"[\s,]*(?:(?:{'|'.join(f'(?:{w})' for w in between)})[\s,.]*){{0,2}}" if between else r"[\s,]*"
        self.before = (rule_type.compile(rf"{_EDGE}(?:{'|'.join(f'(?:{b})' for b in before)}){gap}$",
                                         before_key, flags) if before else None)
        self.after = (rule_type.compile(rf"{_AFTER_GAP}(?:{'|'.join(f'(?:{a})' for a in after)})",
                                        after_key, flags) if after else None)
        self.greetings = (rule_type.compile(rf"(?<![\w])(?:{'|'.join(f'(?:{g})' for g in greetings)})",
                                            greetings_key, flags) if greetings else None)
        self.closures = (rule_type.compile(rf"{_EDGE}(?:{'|'.join(f'(?:{c})' for c in closures)})",
                                           closures_key, flags) if closures else None)

    def deadline(self, text: str, start: int, end: int) -> bool:
        """True when a deadline word comes right before ``text[start:end]`` or right after it."""
        if self.before is not None and self.before.search(text, max(0, start - _REACH), start):
            return True
        return self.after is not None and self.after.match(text, end) is not None

    def greeting(self, text: str, start: int, end: int) -> bool:
        """True when the sentence around ``text[start:end]`` greets (merry, frohe, 快乐, مبارك…)."""
        return self.greetings is not None and _in_sentence(self.greetings, text, start, end)

    def closure(self, text: str, start: int, end: int, bounds: tuple[int, int] | None = None) -> bool:
        """True when the sentence around ``text[start:end]`` (or ``bounds``, a part of it) says
        the team or the carrier does not work then ("we are closed from 24 to 26 December",
        "nieczynne", "休業", "放假")."""
        if self.closures is None:
            return False
        if bounds is None:
            return _in_sentence(self.closures, text, start, end)
        return self.closures.search(text, *bounds) is not None


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(left, right) of the sentence around ``text[start:end]``, at most 120 characters either side."""
    left = start
    while left > 0 and not _SENTENCE_END.match(text, left - 1) and start - left < 120:
        left -= 1
    m = _SENTENCE_END.search(text, end, min(len(text), end + 120))
    right = m.start() if m else min(len(text), end + 120)
    return left, right


def _in_sentence(pattern, text: str, start: int, end: int) -> bool:
    """True when ``pattern`` occurs in the sentence around ``text[start:end]``."""
    left, right = sentence_bounds(text, start, end)
    return pattern.search(text, left, right) is not None
