"""The per-batch function: one batch of input rows in, the same rows with ``xb_*`` columns out.

Every executor (worker processes, Dask, Ray, Spark) runs :func:`annotate_partition` or the
:class:`Annotator` behind it; it never knows where it runs. A row whose ``xb_error`` is
already set by the reader (it could not read the row) passes through unannotated.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from ..errors import InputError, XborderError
from ..intents.classify import language_hint
from ..lru import LRU
from .columns import Columns, resolve
from .readers import NOT_READ
from .sla import business_hours_between, customer_hours, customer_zone, local_iso, parse_instant

MAX_TEXT = 20_000   # characters read of a message; triage reads the start too (threats come early)
# What a worker remembers across batches, the most recently used first (exports repeat texts:
# "thanks!", form texts, resent messages): readings by text and signals, intents by text and
# language. Bounded, so memory does not grow with the input; long texts (which rarely repeat)
# are not kept.
READS_KEPT = 20_000
INTENTS_KEPT = 20_000
KEPT_TEXT = 1_000   # characters, at most, of a text kept in those tables
XB_COLUMNS = ("xb_language", "xb_region", "xb_intent", "xb_escalate", "xb_reasons", "xb_timezone",
              "xb_local_time", "xb_first_reply_hours", "xb_sla_met", "xb_error")

# The same columns as a Spark DDL string, for ``DataFrame.mapInArrow`` (see docs/batch.md).
XB_DDL = ("xb_language string, xb_region string, xb_intent string, xb_escalate boolean, "
          "xb_reasons array<string>, xb_timezone string, xb_local_time string, "
          "xb_first_reply_hours double, xb_sla_met boolean, xb_error string")


def xb_schema():
    """The Arrow types of the added columns."""
    import pyarrow as pa

    types = {"xb_escalate": pa.bool_(), "xb_reasons": pa.list_(pa.string()),
             "xb_first_reply_hours": pa.float64(), "xb_sla_met": pa.bool_()}
    return pa.schema([pa.field(name, types.get(name, pa.string())) for name in XB_COLUMNS])

# One everyday support message per supported language (and script), run once per process so
# that the language models and word lists are loaded before the work starts (and, with
# forked workers, loaded once and shared).
WARM_TEXTS = (
    "طلبي لم يصل بعد", "Dobrý den, kde je moje objednávka?", "Hej, hvor er min pakke?",
    "Hallo, wo bleibt meine Bestellung?", "Γεια σας, πού είναι η παραγγελία μου;", "Hi, where is my order?",
    "Hola, mi pedido no ha llegado", "سلام، سفارش من کجاست؟", "Hei, missä tilaukseni on?",
    "Bonjour, je n'ai pas reçu ma commande", "שלום, איפה ההזמנה שלי?", "नमस्ते, मेरा ऑर्डर कहाँ है?",
    "Jó napot, hol van a rendelésem?", "Halo, pesanan saya belum sampai", "Ciao, il mio ordine non è arrivato",
    "注文した商品がまだ届きません", "주문한 상품이 아직 안 왔어요", "Hai, pesanan saya belum sampai lagi",
    "Hei, hvor er bestillingen min?", "Hallo, waar blijft mijn bestelling?", "Dzień dobry, gdzie jest moja paczka?",
    "Olá, meu pedido ainda não chegou", "Bună ziua, unde este comanda mea?", "Здравствуйте, где мой заказ?",
    "Hej, var är min beställning?", "สวัสดีค่ะ พัสดุยังไม่มาถึงเลย", "Merhaba, siparişim hâlâ gelmedi",
    "Добрий день, де моє замовлення?", "Xin chào, đơn hàng của tôi chưa đến", "你好，我的订单还没到",
    "您好，我的訂單還沒收到",
)


@dataclass(frozen=True)
class Settings:
    """What a run annotates with: the column mapping, the SLA and whose business hours count.

    ``business_hours``: a team's spec (``Mon-Fri 09:00-18:00 @Europe/Berlin holidays=DE``);
    ``None`` measures in the customer's own working hours.
    """

    columns: Columns
    sla_hours: float = 24.0
    business_hours: str | None = None
    data_dirs: tuple[str, ...] | None = None

    def to_dict(self) -> dict:
        return {"columns": self.columns.to_dict(), "sla_hours": self.sla_hours,
                "business_hours": self.business_hours, "data_dirs": list(self.data_dirs or ())}


@dataclass
class Annotator:
    """A warmed Toolkit and the settings; ``annotate(get, n, errors)`` does one batch."""

    settings: Settings
    toolkit: Any = None
    _team_hours: Any = field(default=None, init=False, repr=False)
    _reads: LRU = field(default_factory=lambda: LRU(READS_KEPT), init=False, repr=False)
    _intents: LRU = field(default_factory=lambda: LRU(INTENTS_KEPT), init=False, repr=False)

    def __post_init__(self) -> None:
        if self.toolkit is None:
            from ..toolkit import Toolkit

            self.toolkit = Toolkit(list(self.settings.data_dirs) if self.settings.data_dirs is not None else None)
        if self.settings.business_hours:
            from ..timing.business_hours import load_business_hours

            self._team_hours = load_business_hours(self.settings.business_hours)
        from ..timing.business_hours import check_sla_hours

        check_sla_hours(self.settings.sla_hours)

    def warm(self) -> None:
        """Load detectors, models and word lists for every supported language once, before the
        first batch (models otherwise load on first use, per language, in every worker)."""
        _word_tables(self.toolkit.resources)
        for text in WARM_TEXTS:
            self._read(text, dict.fromkeys(_SIGNAL_NAMES))   # triage and classify

    def preload(self) -> None:
        """Before forking workers: what :meth:`warm` leaves to the first rows, though no row's
        content decides it: the triage model, langdetect's profiles (long texts), every
        triage list compiled, and the working hours
        (zone, holidays) of each region with its own locale. The workers then share one copy
        instead of each loading or compiling its own during their first batches and, for rarer
        languages, much later (memory that grew with the input's size)."""
        from ..detect.ensemble import langdetect_of
        from ..policy import triage, triage_meaning, triage_model

        resources = self.toolkit.resources
        triage_model.model(resources)
        meaning = triage_meaning.reader(resources)
        if meaning is not None:
            meaning.warm()
        triage.preload(resources)
        langdetect_of(resources)
        _word_tables(resources)
        for tag in self.toolkit.available_locales():
            region = tag.partition("-")[2].upper()
            zone = customer_zone(region) if region else None
            if zone:
                customer_hours(region, zone)

    def annotate(self, get: Callable[[str], Sequence[Any]], n: int,
                 errors: Sequence[str | None] | None = None) -> dict[str, list]:
        """The ``xb_*`` columns for ``n`` rows; ``get(column)`` returns an input column's values.

        Rows with the same text and signals (helpdesk exports repeat "thanks!", form texts,
        resent messages) are read once, across batches (see ``READS_KEPT``); each still gets its
        own clock."""
        cols = self.settings.columns
        values = {name: _reader(get, column, n) for name, column in cols.to_dict().items() if column}
        out: dict[str, list] = {name: [None] * n for name in XB_COLUMNS}
        seen = self._reads
        for i in range(n):
            read_error = errors[i] if errors is not None else None
            if read_error and read_error.endswith(NOT_READ):
                out["xb_error"][i] = read_error
                continue
            row = {name: reader(i) for name, reader in values.items()}
            notes: list[str] = []
            try:
                text, signals = _message(row)
                key = (text, *signals.values())
                found = seen.get(key)
                if found is None:
                    found = self._read(text, signals)
                    _keep(seen, key, found, text)
                language, region, escalate, reasons, intent, country, note = found
                out["xb_language"][i], out["xb_region"][i], out["xb_intent"][i] = language, region, intent
                out["xb_escalate"][i], out["xb_reasons"][i] = escalate, list(reasons)
                if note:
                    notes.append(note)
                try:
                    self._clock(row, region or country, out, i)
                except XborderError as exc:
                    notes.append(str(exc))
            except XborderError as exc:
                notes.append(str(exc))
            if read_error:   # read, with a problem (a field too many, undecodable bytes): say so first
                notes.insert(0, read_error)
            if notes:
                out["xb_error"][i] = "; ".join(notes)
        return out

    def _read(self, text: str, signals: dict) -> tuple:
        """(language, region, escalate, reasons, intent, country signal used, note) for one message:
        triage, then the intent told the detected language (no second detection, no entities;
        remembered by text and language, see ``INTENTS_KEPT``)."""
        note = None
        try:
            result = self.toolkit.triage(text, **signals, evidence=False)
        except XborderError as exc:   # a malformed signal: annotate without it, and say so
            result, signals, dropped = self._without_bad_signal(text, signals)
            note = f"{exc} (annotated without the row's {dropped})"
        detection = result.detection
        key = (text, detection.language)   # without entities, the region does not change the intent
        intent = self._intents.get(key, _MISSING)
        if intent is _MISSING:
            intent = self.toolkit.classify(text, language=language_hint(detection.language), region=detection.region,
                                           entities=False).intent
            _keep(self._intents, key, intent, text)
        return (detection.language, detection.region, bool(result.escalate), tuple(result.reasons), intent,
                signals["country"], note)

    def _without_bad_signal(self, text: str, signals: dict) -> tuple[Any, dict, str]:
        for name, label in _SIGNAL_NAMES.items():
            if signals[name] is not None:
                fewer = {**signals, name: None}
                try:
                    return self.toolkit.triage(text, **fewer, evidence=False), fewer, label
                except XborderError:
                    continue
        return self.toolkit.triage(text, evidence=False), dict.fromkeys(signals), "country, phone, language and e-mail"

    def _clock(self, row: dict, region: str | None, out: dict, i: int) -> None:
        created = parse_instant(row.get("created"))
        if created is None or not region:
            return
        zone = customer_zone(region.upper())
        if zone is None:
            return
        out["xb_timezone"][i] = zone
        out["xb_local_time"][i] = local_iso(created, zone)
        replied = parse_instant(row.get("first_reply"))
        minutes = row.get("first_reply_minutes")
        if replied is None and minutes not in (None, ""):
            try:
                replied = created + _minutes(minutes)
            except ValueError:
                raise InputError(f"first reply minutes: not a number: {str(minutes)[:40]!r}") from None
        if replied is None:
            return
        if replied < created:
            raise InputError("first reply is earlier than the ticket's creation")
        if (replied - created).days > 366:
            raise InputError("first reply more than a year after the ticket's creation")
        hours = self._team_hours or customer_hours(region.upper(), zone)
        elapsed = business_hours_between(hours, created, replied)
        out["xb_first_reply_hours"][i] = round(elapsed, 3)
        out["xb_sla_met"][i] = elapsed <= self.settings.sla_hours


_MISSING = object()


def _word_tables(resources) -> None:
    """Every language's word-frequency table as its dictionary, built now: a batch soon asks
    each table more than ``FrequencyList.DICT_AFTER`` words, and the warm-up's words, looked up
    one by one in the list's bytes first, cost more than building the dictionaries."""
    from ..detect.ensemble import wordfreq_of
    from ..detect.languages import SUPPORTED
    from ..detect.voters import FrequencyList

    voter = wordfreq_of(resources)
    for _ in range(2):   # the second call swaps in each table's dictionary, built on the first
        voter.log_likelihoods([""] * (FrequencyList.DICT_AFTER + 1), SUPPORTED)


def _keep(table: LRU, key: Any, value: Any, text: str) -> None:
    """``table[key] = value``, unless ``text`` is longer than ``KEPT_TEXT`` (long texts rarely repeat)."""
    if len(text) <= KEPT_TEXT:
        table.put(key, value)


def _message(row: dict) -> tuple[str, dict[str, str | None]]:
    """A row's text (cut to ``MAX_TEXT``) and signals; InputError when it has no text."""
    text = row.get("text")
    if text is not None and not isinstance(text, str):
        text = str(text)
    if not text or not text.strip():
        raise InputError("empty text")
    return text[:MAX_TEXT], {"country": _text(row.get("country")), "phone": _text(row.get("phone")),
                             "accept_language": _text(row.get("language")), "email": _text(row.get("email"))}


_SIGNAL_NAMES = {"phone": "phone", "country": "country", "accept_language": "language", "email": "e-mail"}


def _minutes(value):
    import datetime as dt

    return dt.timedelta(minutes=float(value))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _reader(get: Callable[[str], Sequence[Any]], column: str, n: int) -> Callable[[int], Any]:
    """Row i's value of ``column``; ``a.b.0.c`` walks into a nested (or JSON-text) value."""
    head, _, path = column.partition(".")
    try:
        values = get(column)
        path = ""
    except KeyError:
        values = get(head)
    if not path:
        return values.__getitem__
    keys = path.split(".")

    def walk(i: int) -> Any:
        value = values[i]
        for key in keys:
            if isinstance(value, str):
                try:
                    value = json.loads(value)
                except ValueError:
                    return None
            if isinstance(value, Mapping):
                value = value.get(key)
            elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
                value = value[int(key)]
            else:
                return None
        return value
    return walk


# -- the library entry for Dask, Ray and Spark users --------------------------------------------
_ANNOTATORS: dict[Any, Annotator] = {}
_LOCK = threading.Lock()


def annotator_for(settings: Settings) -> Annotator:
    """One warmed :class:`Annotator` per settings per process (workers reuse it across batches)."""
    key = json.dumps(settings.to_dict(), sort_keys=True)
    with _LOCK:
        if key not in _ANNOTATORS:
            annotator = Annotator(settings)
            annotator.warm()
            _ANNOTATORS[key] = annotator
        return _ANNOTATORS[key]


def annotate_partition(batch, *, columns: Columns | Mapping[str, str] | None = None, preset: str | None = None,
                       sla_hours: float = 24.0, business_hours: str | None = None,
                       data_dirs: Sequence[str] | None = None, settings: Settings | None = None):
    """Annotate one batch: a pandas DataFrame, a pyarrow RecordBatch or Table.

    Returns the same kind of object with its columns kept and ``xb_*`` columns added
    (replacing any already there). ``columns`` maps fields to column names
    (``{"text": "body", "created": "opened"}``), else ``preset`` or the default names are used.
    """
    import pyarrow as pa

    is_pandas = not isinstance(batch, (pa.RecordBatch, pa.Table))
    table = pa.Table.from_pandas(batch, preserve_index=False) if is_pandas else batch
    if settings is None:
        if not isinstance(columns, Columns):
            columns = resolve(table.schema.names, columns, preset)
        settings = Settings(columns, sla_hours, business_hours, tuple(data_dirs) if data_dirs else None)
    result = annotate_arrow(table, annotator_for(settings))
    if not is_pandas:
        return result
    frame = result.to_pandas()
    frame.index = batch.index   # a Dask or pandas caller keeps its index
    return frame


def annotate_arrow(batch, annotator: Annotator):
    """A RecordBatch or Table with the ``xb_*`` columns added (replacing earlier ones); rows the
    reader marked in its ``READ_ERROR`` column get that error and no annotation."""
    import pyarrow as pa

    from .readers import READ_ERROR

    names = batch.schema.names
    errors = batch.column(READ_ERROR).to_pylist() if READ_ERROR in names else None
    cache: dict[str, list] = {}

    def get(column: str) -> list:
        if column not in names:
            raise KeyError(column)
        if column not in cache:
            cache[column] = batch.column(column).to_pylist()
        return cache[column]

    added = annotator.annotate(get, batch.num_rows, errors)
    keep = [n for n in names if n not in XB_COLUMNS and n != READ_ERROR]
    schema = pa.schema([batch.schema.field(n) for n in keep] + list(xb_schema()), metadata=batch.schema.metadata)
    arrays = [batch.column(n) for n in keep] + [pa.array(added[f.name], type=f.type) for f in xb_schema()]
    if isinstance(batch, pa.Table):
        return pa.Table.from_arrays(arrays, schema=schema)
    return pa.RecordBatch.from_arrays(arrays, schema=schema)
