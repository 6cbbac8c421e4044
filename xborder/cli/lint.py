"""``xborder lint``: check a reply against the cultural-sensitivity rules."""
from __future__ import annotations


import sys

import click

from .main import emit_json, pass_state


def read_text(source: str) -> str:
    """The text of FILE (``-`` for stdin), strictly UTF-8; InputError otherwise."""
    from ..errors import InputError

    try:
        if source == "-":
            stream = sys.stdin
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
        else:
            with open(source, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise InputError(f"cannot read '{source}': {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as exc:
        name = "standard input" if source == "-" else f"'{source}'"
        raise InputError(f"{name} is not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset "
                         f"{exc.start})") from None


class LineIndex:
    """1-based line and column of character offsets, by bisection over the line starts
    (counting newlines for each of 80,000 flags made printing them quadratic)."""

    def __init__(self, text: str) -> None:
        import re

        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def describe(text: str, flag, lines: LineIndex | None = None) -> str:
    """``3:14 warning informal_address 'du' — use 'Sie' to a customer in de-DE``."""
    if flag.span:
        line, col = (lines or LineIndex(text)).line_col(flag.span[0])
        quoted = text[flag.span[0]:flag.span[1]].replace("\n", " ")
        if len(quoted) > 40:
            quoted = quoted[:39] + "…"
        return f"{line}:{col} {flag.severity} {flag.code} '{quoted}' — {flag.message}"
    return f"{flag.severity} {flag.code} — {flag.message}"


@click.command()
@click.argument("source", metavar="[FILE|-]", default="-")
@click.option("--locale", required=True, help="The customer's locale (de-DE, es_MX…).")
@click.option("--region", help="The customer's region when the locale does not tell it (SA, US-CA).")
@click.option("--team-timezone", metavar="TZ", help="The support team's IANA zone; times are fine when the customer shares it.")
@click.option("--now", metavar="ISO8601", help="Resolve weekday names ('by Friday') from this instant (default: now).")
@click.option("--voice", type=click.Choice(["formal", "informal"]),
              help="The store's register for this customer (default: the store's, else the market's; docs/voice.md).")
@click.option("--store", "store_file", type=click.Path(dir_okay=False),
              help="Store profile (YAML): its 'voice:' for the locale applies when --voice is not given.")
@click.option("--customer-given-name", metavar="NAME", help="The customer's given name (name_order checks honorifics).")
@click.option("--customer-family-name", metavar="NAME", help="The customer's family name.")
@click.option("--json", "as_json", is_flag=True, help="Print {locale, flags} as JSON.")
@pass_state
def lint(state, source, locale, region, team_timezone, now, voice, store_file, customer_given_name,
         customer_family_name, as_json):
    """Check a reply (FILE, or - for stdin) for what a reviewer from the customer's market
    would object to. Exit status 1 when a flag is an error, else 0."""
    from ..i18n.locale import normalize

    text = read_text(source)
    tag = normalize(locale)
    flags = state.toolkit.lint(text, tag, region=region, team_timezone=team_timezone, now=now, voice=voice,
                               store=store_file, customer_given_name=customer_given_name,
                               customer_family_name=customer_family_name)
    if as_json:
        emit_json({"locale": tag, "flags": [f.to_dict() for f in flags]})
    else:
        lines = LineIndex(text)
        click.echo("\n".join(describe(text, flag, lines) for flag in flags), nl=bool(flags))
    if any(f.severity == "error" for f in flags):
        click.get_current_context().exit(1)
