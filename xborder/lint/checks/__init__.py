"""The rule types that need code rather than a pattern list, by ``extends:`` name."""
from __future__ import annotations

from .address import InformalAddress
from .calques import Calque
from .clock import TimeWithoutTimezone
from .currency import WrongCurrencyFormat
from .dates import AmbiguousDate
from .fasting import DuringRamadan
from .given_names import HonorificName
from .minor_units import CurrencyMinorUnits
from .names import NameOrder
from .numbers import TabooNumber
from .observances import ObservanceClash
from .weekend import WeekendPromise

CHECKS = {
    "informal_address": InformalAddress,
    "ambiguous_date": AmbiguousDate,
    "wrong_currency_format": WrongCurrencyFormat,
    "time_without_timezone": TimeWithoutTimezone,
    "taboo_number": TabooNumber,
    "weekend_promise": WeekendPromise,
    "name_order": NameOrder,
    "currency_minor_units": CurrencyMinorUnits,
    "honorific_name": HonorificName,
    "observance_clash": ObservanceClash,
    "calque": Calque,
    "during_ramadan": DuringRamadan,
}
