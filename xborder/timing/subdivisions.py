"""Subdivision -> time zone for the countries that span several zones.

No installed library maps ISO 3166-2 subdivisions to IANA zones (pytz knows
countries, phonenumbers knows dialling prefixes), so this is a hand table.
Source of every entry: the region comments of IANA tzdata ``zone.tab`` /
``zone1970.tab`` (shipped in pytz as ``zoneinfo/zone.tab``), e.g. "America/Boise
Mountain - ID (south), OR (east)"; subdivision codes are ISO 3166-2. The first
zone of an entry is the one most of the subdivision's people live in; further
zones are the parts of the subdivision that keep another clock, so a caller who
only knows the subdivision gets a guess with candidates there.

``PRIMARY_ZONE`` names the most populous zone of multi-zone countries whose
tzdata order would otherwise put a small zone first (pytz lists Canada from
St John's, Australia from Lord Howe, Brazil from Noronha, Russia from Kaliningrad).
"""
from __future__ import annotations

_US = {
    "AL": ("America/Chicago",), "AK": ("America/Anchorage", "America/Juneau", "America/Sitka",
                                        "America/Metlakatla", "America/Yakutat", "America/Nome",
                                        "America/Adak"),
    "AZ": ("America/Phoenix", "America/Denver"),          # Navajo Nation keeps DST
    "AR": ("America/Chicago",), "CA": ("America/Los_Angeles",), "CO": ("America/Denver",),
    "CT": ("America/New_York",), "DE": ("America/New_York",), "DC": ("America/New_York",),
    "FL": ("America/New_York", "America/Chicago"),        # panhandle west of the Apalachicola
    "GA": ("America/New_York",), "HI": ("Pacific/Honolulu",),
    "ID": ("America/Boise", "America/Los_Angeles"),       # north Idaho is Pacific
    "IL": ("America/Chicago",),
    "IN": ("America/Indiana/Indianapolis", "America/Chicago", "America/Indiana/Vincennes",
           "America/Indiana/Winamac", "America/Indiana/Marengo", "America/Indiana/Petersburg",
           "America/Indiana/Vevay", "America/Indiana/Tell_City", "America/Indiana/Knox"),
    "IA": ("America/Chicago",), "KS": ("America/Chicago", "America/Denver"),
    "KY": ("America/New_York", "America/Kentucky/Louisville", "America/Kentucky/Monticello",
           "America/Chicago"),
    "LA": ("America/Chicago",), "ME": ("America/New_York",), "MD": ("America/New_York",),
    "MA": ("America/New_York",), "MI": ("America/Detroit", "America/Menominee"),
    "MN": ("America/Chicago",), "MS": ("America/Chicago",), "MO": ("America/Chicago",),
    "MT": ("America/Denver",), "NE": ("America/Chicago", "America/Denver"),
    "NV": ("America/Los_Angeles", "America/Denver"),      # West Wendover keeps Mountain time
    "NH": ("America/New_York",), "NJ": ("America/New_York",), "NM": ("America/Denver",),
    "NY": ("America/New_York",), "NC": ("America/New_York",),
    "ND": ("America/Chicago", "America/Denver", "America/North_Dakota/Center",
           "America/North_Dakota/New_Salem", "America/North_Dakota/Beulah"),
    "OH": ("America/New_York",), "OK": ("America/Chicago",),
    "OR": ("America/Los_Angeles", "America/Boise"),       # Malheur County is Mountain
    "PA": ("America/New_York",), "RI": ("America/New_York",), "SC": ("America/New_York",),
    "SD": ("America/Chicago", "America/Denver"),
    "TN": ("America/Chicago", "America/New_York"),        # East Tennessee is Eastern
    "TX": ("America/Chicago", "America/Denver"),          # El Paso area is Mountain
    "UT": ("America/Denver",), "VT": ("America/New_York",), "VA": ("America/New_York",),
    "WA": ("America/Los_Angeles",), "WV": ("America/New_York",), "WI": ("America/Chicago",),
    "WY": ("America/Denver",),
    # Territories that ISO 3166-2:US also lists (each is its own ISO 3166-1 country too).
    "PR": ("America/Puerto_Rico",), "GU": ("Pacific/Guam",), "VI": ("America/St_Thomas",),
    "AS": ("Pacific/Pago_Pago",), "MP": ("Pacific/Saipan",),
}

_CA = {
    "AB": ("America/Edmonton",),
    "BC": ("America/Vancouver", "America/Edmonton", "America/Creston", "America/Dawson_Creek",
           "America/Fort_Nelson"),
    "MB": ("America/Winnipeg",), "NB": ("America/Moncton",),
    "NL": ("America/St_Johns", "America/Goose_Bay"),
    "NS": ("America/Halifax", "America/Glace_Bay"),
    "NT": ("America/Edmonton", "America/Inuvik"),
    "NU": ("America/Iqaluit", "America/Rankin_Inlet", "America/Resolute", "America/Cambridge_Bay",
           "America/Atikokan"),
    "ON": ("America/Toronto", "America/Winnipeg", "America/Atikokan"),
    "PE": ("America/Halifax",),
    "QC": ("America/Toronto", "America/Blanc-Sablon"),
    "SK": ("America/Regina", "America/Swift_Current", "America/Edmonton"),
    "YT": ("America/Whitehorse", "America/Dawson"),
}

_AU = {
    "ACT": ("Australia/Sydney",), "NSW": ("Australia/Sydney", "Australia/Broken_Hill", "Australia/Lord_Howe"),
    "NT": ("Australia/Darwin",), "QLD": ("Australia/Brisbane", "Australia/Lindeman"),
    "SA": ("Australia/Adelaide",), "TAS": ("Australia/Hobart", "Antarctica/Macquarie"),
    "VIC": ("Australia/Melbourne",), "WA": ("Australia/Perth", "Australia/Eucla"),
}

_BR = {
    "AC": ("America/Rio_Branco",), "AL": ("America/Maceio",), "AP": ("America/Belem",),
    "AM": ("America/Manaus", "America/Eirunepe"), "BA": ("America/Bahia",),
    "CE": ("America/Fortaleza",), "DF": ("America/Sao_Paulo",), "ES": ("America/Sao_Paulo",),
    "GO": ("America/Sao_Paulo",), "MA": ("America/Fortaleza",), "MT": ("America/Cuiaba",),
    "MS": ("America/Campo_Grande",), "MG": ("America/Sao_Paulo",),
    "PA": ("America/Belem", "America/Santarem"), "PB": ("America/Fortaleza",),
    "PR": ("America/Sao_Paulo",), "PE": ("America/Recife", "America/Noronha"),
    "PI": ("America/Fortaleza",), "RJ": ("America/Sao_Paulo",), "RN": ("America/Fortaleza",),
    "RS": ("America/Sao_Paulo",), "RO": ("America/Porto_Velho",), "RR": ("America/Boa_Vista",),
    "SC": ("America/Sao_Paulo",), "SP": ("America/Sao_Paulo",), "SE": ("America/Maceio",),
    "TO": ("America/Araguaina",),
}

_MX = {
    "AGU": ("America/Mexico_City",), "BCN": ("America/Tijuana",), "BCS": ("America/Mazatlan",),
    "CAM": ("America/Merida",), "CHP": ("America/Mexico_City",),
    "CHH": ("America/Chihuahua", "America/Ciudad_Juarez", "America/Ojinaga"),
    "CMX": ("America/Mexico_City",), "COA": ("America/Monterrey", "America/Matamoros"),
    "COL": ("America/Mexico_City",), "DUR": ("America/Monterrey",), "GUA": ("America/Mexico_City",),
    "GRO": ("America/Mexico_City",), "HID": ("America/Mexico_City",), "JAL": ("America/Mexico_City",),
    "MEX": ("America/Mexico_City",), "MIC": ("America/Mexico_City",), "MOR": ("America/Mexico_City",),
    "NAY": ("America/Mazatlan", "America/Bahia_Banderas"),
    "NLE": ("America/Monterrey", "America/Matamoros"), "OAX": ("America/Mexico_City",),
    "PUE": ("America/Mexico_City",), "QUE": ("America/Mexico_City",), "ROO": ("America/Cancun",),
    "SLP": ("America/Mexico_City",), "SIN": ("America/Mazatlan",), "SON": ("America/Hermosillo",),
    "TAB": ("America/Mexico_City",), "TAM": ("America/Monterrey", "America/Matamoros"),
    "TLA": ("America/Mexico_City",), "VER": ("America/Mexico_City",), "YUC": ("America/Merida",),
    "ZAC": ("America/Mexico_City",),
}

_ID_WIB = ("AC", "BB", "BE", "BT", "JA", "JB", "JI", "JK", "JT", "KR", "LA", "RI", "SB", "SS", "SU", "YO")
_ID_WITA = ("BA", "GO", "KI", "KS", "KU", "NB", "NT", "SA", "SG", "SN", "SR", "ST")
_ID_WIT = ("MA", "MU", "PA", "PB", "PD", "PE", "PS", "PT")
_ID = {**{c: ("Asia/Jakarta",) for c in _ID_WIB}, **{c: ("Asia/Pontianak",) for c in ("KB", "KT")},
       **{c: ("Asia/Makassar",) for c in _ID_WITA}, **{c: ("Asia/Jayapura",) for c in _ID_WIT}}

# Russia: federal subjects by zone (tzdata: "MSK+00 - Moscow area", "MSK+02 - Urals", ...).
_RU_MOSCOW = ("MOW", "SPE", "MOS", "LEN", "AD", "ARK", "BEL", "BRY", "VLA", "VLG", "VOR", "IVA", "KB",
              "KL", "KLU", "KR", "KO", "KOS", "KDA", "KRS", "LIP", "ME", "MO", "MUR", "NEN", "NIZ", "NGR",
              "ORL", "PNZ", "PSK", "ROS", "RYA", "SE", "SMO", "STA", "TAM", "TA", "TVE", "TUL", "CE", "CU",
              "YAR", "IN", "DA", "KC")
_RU_URALS = ("SVE", "CHE", "KGN", "TYU", "KHM", "YAN", "ORE", "BA", "PER")
_RU = {
    **{c: ("Europe/Moscow",) for c in _RU_MOSCOW},
    **{c: ("Asia/Yekaterinburg",) for c in _RU_URALS},
    "KGD": ("Europe/Kaliningrad",), "KIR": ("Europe/Kirov",), "VGG": ("Europe/Volgograd",),
    "AST": ("Europe/Astrakhan",), "SAR": ("Europe/Saratov",), "ULY": ("Europe/Ulyanovsk",),
    "SAM": ("Europe/Samara",), "UD": ("Europe/Samara",), "OMS": ("Asia/Omsk",),
    "NVS": ("Asia/Novosibirsk",), "TOM": ("Asia/Tomsk",), "ALT": ("Asia/Barnaul",), "AL": ("Asia/Barnaul",),
    "KEM": ("Asia/Novokuznetsk",), "KYA": ("Asia/Krasnoyarsk",), "TY": ("Asia/Krasnoyarsk",),
    "KK": ("Asia/Krasnoyarsk",), "IRK": ("Asia/Irkutsk",), "BU": ("Asia/Irkutsk",),
    "ZAB": ("Asia/Chita",), "AMU": ("Asia/Yakutsk",),
    "SA": ("Asia/Yakutsk", "Asia/Khandyga", "Asia/Ust-Nera", "Asia/Srednekolymsk"),
    "PRI": ("Asia/Vladivostok",), "KHA": ("Asia/Vladivostok",), "YEV": ("Asia/Vladivostok",),
    "MAG": ("Asia/Magadan",), "SAK": ("Asia/Sakhalin", "Asia/Srednekolymsk"),
    "KAM": ("Asia/Kamchatka",), "CHU": ("Asia/Anadyr",),
}

# Outlying parts of otherwise one-clock countries (tzdata: "Canary Islands", "Azores", ...).
_OTHER = {
    "ES": {"CN": ("Atlantic/Canary",), "GC": ("Atlantic/Canary",), "TF": ("Atlantic/Canary",),
           "CE": ("Africa/Ceuta",), "ML": ("Africa/Ceuta",)},
    "PT": {"20": ("Atlantic/Azores",), "30": ("Atlantic/Madeira",)},
    "EC": {"W": ("Pacific/Galapagos",)},
}

SUBDIVISION_ZONES: dict[str, dict[str, tuple[str, ...]]] = {
    "US": _US, "CA": _CA, "AU": _AU, "BR": _BR, "MX": _MX, "ID": _ID, "RU": _RU, **_OTHER,
}

PRIMARY_ZONE: dict[str, str] = {
    "US": "America/New_York", "CA": "America/Toronto", "AU": "Australia/Sydney",
    "BR": "America/Sao_Paulo", "MX": "America/Mexico_City", "RU": "Europe/Moscow",
    "ID": "Asia/Jakarta", "ES": "Europe/Madrid", "PT": "Europe/Lisbon", "EC": "America/Guayaquil",
    "CL": "America/Santiago", "AR": "America/Argentina/Buenos_Aires", "KZ": "Asia/Almaty",
    "CN": "Asia/Shanghai", "DE": "Europe/Berlin", "NZ": "Pacific/Auckland", "UA": "Europe/Kyiv",
    "CD": "Africa/Kinshasa", "MN": "Asia/Ulaanbaatar", "MY": "Asia/Kuala_Lumpur",
    "UZ": "Asia/Tashkent", "GL": "America/Nuuk", "PG": "Pacific/Port_Moresby", "CY": "Asia/Nicosia",
    "PF": "Pacific/Tahiti", "KI": "Pacific/Tarawa", "FM": "Pacific/Pohnpei", "MH": "Pacific/Majuro",
    "PS": "Asia/Gaza", "DK": "Europe/Copenhagen", "NL": "Europe/Amsterdam", "FR": "Europe/Paris",
    "GB": "Europe/London", "NO": "Europe/Oslo", "CO": "America/Bogota",
}


# Countries whose every subdivision is listed; elsewhere an unlisted subdivision keeps
# the country's main clock (ES-MD is Europe/Madrid, only ES-CN differs).
COMPLETE = frozenset({"US", "CA", "AU", "BR", "MX", "ID", "RU"})


def subdivision_zones(country: str, subdivision: str) -> tuple[str, ...] | None:
    """The zones of one subdivision, main zone first; ``None`` when the table has no entry."""
    zones = SUBDIVISION_ZONES.get(country, {}).get(subdivision)
    if zones is None and country in SUBDIVISION_ZONES and country not in COMPLETE:
        return (PRIMARY_ZONE[country],)
    return zones


def known_subdivisions(country: str) -> tuple[str, ...]:
    """Every subdivision code of ``country`` when the table is complete for it, else empty."""
    return tuple(sorted(SUBDIVISION_ZONES[country])) if country in COMPLETE else ()
