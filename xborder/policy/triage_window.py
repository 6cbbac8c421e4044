"""Message-level triage reading (issue 18, round 10): a reason told across neighbouring sentences.

Triage reads one sentence at a time; customers often tell an incident in two: "The handlebar came
off on the hill. Face first into the pavement, split lip." A window of up to ``window`` sentences
gives a reason when one sentence holds a ``cause`` (a product's part failing, the order's data held
by the wrong person) and one (the same or another) a ``harm`` (an injury, the data's use), no
sentence of the window holds a ``guard`` (a hypothetical, another shop's past), the harm's sentence
holds no ``not`` ("nobody was hurt") and neither is a question. The lists are in
``culture_rules/triage_windows.yaml``, per reason and language.

Cost: the message is searched once with the union of the candidate languages' ``harm`` lists (each
language's compiled once and read together as their alternation, :class:`~.triage_factors.Joined`, behind
their literals); only a message with a harm is split and read further.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .triage_factors import absent, alternation, file_literals, key_of

WINDOWS_FILE = "culture_rules/triage_windows.yaml"
PARTS = ("cause", "harm", "not", "guard")
_QUESTION = re.compile(r"[\s!]{0,3}[?\u061f\uff1f]")


@dataclass(frozen=True)
class Windows:
    """The window lists: ``rules[reason][language][part]`` holds one pattern source."""

    window: int
    spaced: frozenset[str]
    rules: dict[str, dict[str, dict[str, str]]]
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)
    _sets: dict = field(default_factory=dict, compare=False, repr=False)   # per message's set of languages: shared ones
    # a part's source -> its literals (:func:`~.triage_factors.file_literals`), when known
    literals: dict = field(default_factory=dict, compare=False, repr=False)

    def source(self, lists: dict[str, str], lang: str, part: str) -> str:
        """One language's list of a part (cause, harm, ...) as a part of the joined pattern."""
        return rf"(?<!\w)(?:{lists[part]})" if lang in self.spaced else f"(?:{lists[part]})"

    def sources(self) -> list[str]:
        """Every list of every reason and language (see :meth:`source`)."""
        return [self.source(lists, lang, part) for by_lang in self.rules.values() for lang, lists in by_lang.items()
                for part in lists]

    def languages(self, reason: str) -> frozenset[str]:
        """Languages with both a cause and a harm list for ``reason`` (remembered)."""
        key = ("*languages*", reason)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = frozenset(
                lang for lang, parts in self.rules.get(reason, {}).items() if "cause" in parts and "harm" in parts)
        return found

    def preload(self) -> None:
        """Compile every language's lists now, with their literals (see :func:`.triage.preload`): a set of
        languages only joins them."""
        for reason, by_lang in self.rules.items():
            for lang, parts in by_lang.items():
                for part in parts:
                    self.pattern(reason, part, (lang,))

    def pattern(self, reason: str, part: str, languages: tuple[str, ...]) -> re.Pattern | None:
        """``part`` of ``reason`` in ``languages`` as one pattern (None if none has it), cached: each language's
        list compiled once, several read as their alternation (:class:`~.triage_factors.Joined`)."""
        key = (reason, part, languages)
        found = self._sets.get(key, _MISSING)
        if found is not _MISSING:
            return found
        by_lang = self.rules.get(reason, {})
        # one pattern per set of languages that have the part (message sets differing only by others share it)
        having = ("*having*", reason, part, tuple(lang for lang in languages if by_lang.get(lang, {}).get(part)))
        found = self._compiled.get(having, _MISSING)
        if found is _MISSING:
            items = [self.source(by_lang[lang], lang, part) for lang in having[3]]
            known = [self.literals.get(item, _MISSING) for item in items]
            found = alternation(items, re.IGNORECASE, None if any(k is _MISSING for k in known) else known) if items else None
            _bounded(self._compiled)[having] = found
        _bounded(self._sets)[key] = found
        return found


_MISSING = object()
_KEPT = 4_096   # patterns kept (past that, forgotten all at once and made again)


def _bounded(table: dict) -> dict:
    """``table``, emptied first when it holds :data:`_KEPT` entries."""
    if len(table) >= _KEPT:
        table.clear()
    return table


def load(path: Path) -> Windows:
    """Validate and read the windows file; a malformed one is a ``file:line`` error (exit 2)."""
    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("the triage windows file must map 'window' and 'reasons'", path, 1)
    check_keys(data, ("window", "spaced_start", "reasons"), path, "triage windows file")
    window = data.get("window", 3)
    if not isinstance(window, int) or not 1 <= window <= 5:
        raise DataError("'window' must be a number of sentences from 1 to 5", path, *data.where("window"))
    reasons = data.get("reasons")
    if not isinstance(reasons, Node):
        raise DataError("'reasons' must map reasons to their parts", path, 1)
    rules: dict[str, dict[str, dict[str, str]]] = {}
    for reason, parts in reasons.items():
        if not isinstance(parts, Node):
            raise DataError(f"'{reason}' must map {', '.join(PARTS)} to languages", path, *reasons.where(reason))
        check_keys(parts, PARTS, path, f"window reason '{reason}'")
        for part, languages in parts.items():
            if not isinstance(languages, Node):
                raise DataError(f"'{reason}.{part}' must map languages to lists of patterns", path, *parts.where(part))
            for lang, source in language_sources(languages, path, f"{reason}.{part}").items():
                rules.setdefault(str(reason), {}).setdefault(lang, {})[str(part)] = source
    return Windows(window, frozenset(map(str, data.get("spaced_start") or ())), rules)


def language_sources(languages: Node, path: Path, label: str) -> dict[str, str]:
    """Each language's list of patterns (``languages``: language -> list) as one alternation, checked:
    a list that is not one of non-empty strings, or that does not compile, is a ``file:line`` error."""
    out = {}
    for lang, items in languages.items():
        line, col = languages.where(lang)
        if not isinstance(items, list) or not all(isinstance(p, str) and p.strip() for p in items):
            raise DataError(f"'{label}.{lang}' must be a list of non-empty patterns", path, line, col)
        source = "|".join(f"(?:{p})" for p in items)
        try:
            re.compile(source)
        except re.error as exc:
            raise DataError(f"'{label}.{lang}' holds an invalid pattern: {exc}", path, line, col) from None
        out[str(lang)] = source
    return out


def windows(resources) -> Windows | None:
    """The windows of the data folders (a user folder's file replaces the bundled one); None without one."""
    def build() -> Windows | None:
        path = resources.data.find(WINDOWS_FILE)
        if path is None:
            return None
        found = load(path)
        found.literals.update(file_literals(resources, path, found.sources(), re.IGNORECASE))
        return found
    return resources.cached("policy:triage_windows", build)


def _in(pattern: re.Pattern | None, text: str, span: tuple[int, int]) -> bool:
    return pattern is not None and pattern.search(text, *span) is not None


def read(w: Windows, text: str, spans: list[tuple[int, int]], languages: tuple[str, ...], reasons: tuple[str, ...]
         ) -> dict[str, tuple[tuple[str, str], tuple[int, int]]]:
    """Per reason of ``reasons`` found by a window of ``text`` (the folded message, split into ``spans``):
    the cause's and the harm's words and the harm's sentence span."""
    out: dict[str, tuple[tuple[str, str], tuple[int, int]]] = {}
    key = key_of(text)      # the literal prefilter: a part none of whose literals the text holds matches nowhere
    for reason in reasons:
        langs = tuple(sorted(w.languages(reason).intersection(languages)))
        harm = w.pattern(reason, "harm", langs) if langs else None
        if harm is None or absent(harm, key) or harm.search(text) is None:      # the gate: most messages stop here
            continue
        cause, negated, guard = (w.pattern(reason, part, langs) for part in ("cause", "not", "guard"))
        if cause is None or absent(cause, key):
            continue
        negated, guard = (None if p is None or absent(p, key) else p for p in (negated, guard))
        live = [s for s in spans if text[s[0]:s[1]].strip()]
        asked = [_QUESTION.match(text, s[1]) is not None for s in live]
        guarded = [_in(guard, text, s) for s in live]
        for i, (lo, hi) in enumerate(live):
            if asked[i] or guarded[i] or _in(negated, text, (lo, hi)):
                continue
            harms = list(harm.finditer(text, lo, hi))
            if not harms:
                continue
            around = range(max(0, i - w.window + 1), min(len(live), i + w.window))
            for j in around:
                if asked[j] or guarded[j] or any(guarded[k] for k in range(min(i, j), max(i, j) + 1)):
                    continue
                for c in cause.finditer(text, *live[j]) if cause is not None else ():
                    h = next((m for m in harms if m.start() >= c.end() or m.end() <= c.start()), None)
                    if h is not None:
                        out[reason] = ((c.group(0).strip(), h.group(0).strip()), (lo, hi))
                        break
                if reason in out:
                    break
            if reason in out:
                break
    return out
