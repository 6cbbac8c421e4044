"""Synthetic helpdesk exports for `xborder batch` benchmarks, built from the project's own corpora.

Messages come from tests/data/detect (corpus and fresh: REGION<TAB>text) and tests/data/triage
(*.jsonl); each row gets a ticket id, a country (the message's own region cue when it has one,
else a market drawn by weight, else none), sometimes a phone number, an opening time spread
over 2026 with some markets growing, and a first reply 10 minutes to 4 days later. Half the
messages get an order number appended; most others are written a little differently, as
people retype the same complaint (a slip of two letters, no capitals, an emoji, "??"), so that
the corpus of a few thousand messages does not make a million-row export mostly copies: a
cache keyed by the text saves little more here than on a real export (bench_batch.py prints
the repeat rate). Written as a stream, so a million rows take no more memory than ten.

    python bench/make_export.py 100000 /tmp/export-100k.csv     # .csv, .jsonl or .parquet
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
MARKETS = {"US": 18, "DE": 10, "GB": 8, "FR": 7, "BR": 7, "MX": 6, "ES": 5, "JP": 5, "IT": 4, "NL": 3, "PL": 3,
           "SA": 2, "AE": 2, "KR": 2, "CN": 2, "TR": 2, "IN": 3, "SG": 2, "SE": 2, "CA": 3}
PHONES = {"DE": "+49 151 234567{:02d}", "BR": "+55 11 91234-56{:02d}", "MX": "+52 55 1234 56{:02d}",
          "US": "+1 415 555 01{:02d}"}
COLUMNS = ["ticket_id", "subject", "body", "created_at", "first_reply_at", "country", "phone", "channel"]


def messages() -> list[tuple[str | None, str]]:
    """(region cue or None, text) from the detection and triage corpora."""
    out = []
    for folder in ("corpus", "fresh"):
        for path in sorted((DATA / "detect" / folder).glob("*.tsv")):
            for line in path.read_text(encoding="utf-8").splitlines():
                region, _, text = line.partition("\t")
                if text:
                    out.append((None if region == "-" else region, text))
    for path in sorted((DATA / "triage").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append((None, json.loads(line)["text"]))
    return out


def rows(count: int, seed: int = 7):
    """``count`` export rows as dicts, deterministic for a seed."""
    rng = random.Random(seed)
    pool = messages()
    markets, weights = list(MARKETS), list(MARKETS.values())
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    variant = random.Random(seed + 1)   # its own stream: the rows' other choices stay as they were
    for i in range(count):
        region, text = pool[rng.randrange(len(pool))]
        country = (region.split("-")[0] if region and region != "EU" else
                   rng.choices(markets, weights)[0] if rng.random() < 0.8 else "")
        # Later in the year, more tickets from the growing markets (BR, IN, SA).
        day = int(364 * rng.random() ** (0.8 if country in ("BR", "IN", "SA") else 1.0))
        created = start + dt.timedelta(days=day, seconds=rng.randrange(86_400))
        reply = created + dt.timedelta(minutes=int(min(5760, 10 + rng.expovariate(1 / 600))))
        if rng.random() < 0.5:
            text = f"{text} #{rng.randrange(10_000, 99_999)}"
        else:
            text = retyped(text, variant)
        yield {"ticket_id": f"T{i:07d}", "subject": text[:40], "body": text,
               "created_at": created.isoformat().replace("+00:00", "Z"),
               "first_reply_at": reply.isoformat().replace("+00:00", "Z") if rng.random() < 0.9 else "",
               "country": country, "phone": PHONES[country].format(i % 10 * 7) if country in PHONES and i % 5 == 0 else "",
               "channel": rng.choice(["email", "chat", "web"])}


EMOJI = ("🙏", "😡", "😢", "🤔", "!!", "??", "...", " :(", " pls")


def retyped(text: str, rng: random.Random) -> str:
    """``text`` as someone retyping it might write it: usually with one small change."""
    roll = rng.random()
    if roll < 0.4:   # two neighbouring letters swapped in a longer word
        words = text.split(" ")
        long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if long:
            i = rng.choice(long)
            w = words[i]
            at = rng.randrange(1, len(w) - 2)
            words[i] = w[:at] + w[at + 1] + w[at] + w[at + 2:]
            return " ".join(words)
    if roll < 0.6:
        return text.lower() if text.lower() != text else text + rng.choice(EMOJI)
    if roll < 0.85:
        return text.rstrip(".!?") + rng.choice(EMOJI)
    return text


def write(path: Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` rows to ``path`` (format from the suffix)."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with open(path, "w", encoding="utf-8", newline="") as handle:
            out = csv.DictWriter(handle, COLUMNS)
            out.writeheader()
            out.writerows(rows(count, seed))
    elif suffix == ".jsonl":
        with open(path, "w", encoding="utf-8") as handle:
            for row in rows(count, seed):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([pa.field(c, pa.string()) for c in COLUMNS])
        with pq.ParquetWriter(path, schema) as writer:
            chunk = []
            for row in rows(count, seed):
                chunk.append(row)
                if len(chunk) == 50_000:
                    writer.write_table(pa.Table.from_pylist(chunk, schema))
                    chunk = []
            if chunk:
                writer.write_table(pa.Table.from_pylist(chunk, schema))
    else:
        sys.exit(f"unknown format '{suffix}': use .csv, .jsonl or .parquet")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write(args.out, args.rows, args.seed)


if __name__ == "__main__":
    main()
