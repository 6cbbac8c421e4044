"""A check tool for speed work on triage and classify: this code's JSON output against an older
copy's, text by text, on every text the project has and a synthetic export.

    git archive main | (mkdir -p /tmp/xb-main && tar -x -C /tmp/xb-main)
    python bench/check_identical.py --baseline /tmp/xb-main            # 20,000 export rows
    python bench/check_identical.py --baseline /tmp/xb-main --rows 2000

Texts: tests/data/triage and tests/data/intents (*.jsonl), tests/data/detect (*.tsv, each also
with its region as the country signal), the drafts of tests/data/lint, the exports of
tests/data/batch, and ``--rows`` rows of a ``bench/make_export.py`` export (seed 7, with their
country and phone). Each text goes through ``Toolkit.triage`` (``to_dict()``), ``Toolkit.classify``
(``to_dict()``, entities included) and ``Toolkit.classify`` as ``xborder batch`` calls it (told
the detected language, no entities), in a fresh process per copy; the JSON lines must be equal
byte for byte. Exit status 1 on any difference (the first few are printed).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import corpus_texts

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def texts(export: Path | None):
    """(label, text, signals) for every text of the project's corpora and the export's rows."""
    yield from corpus_texts()
    import yaml

    for path in sorted((DATA / "lint").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for i, draft in enumerate(data.get("drafts", []) if isinstance(data, dict) else []):
            if isinstance(draft, dict) and isinstance(draft.get("text"), str):
                yield f"{path.relative_to(DATA)}:{i}", draft["text"], {}
    for path in sorted((DATA / "batch").glob("*")):
        if path.suffix == ".jsonl":
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        elif path.suffix == ".csv":
            with open(path, encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
        else:
            continue
        for i, row in enumerate(rows):
            for key, value in _strings(row):
                if len(value) > 12:
                    yield f"{path.relative_to(DATA)}:{i}:{key}", value, {}
    if export is not None:
        with open(export, encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                yield f"export:{i}", row["body"], {k: row[k] for k in ("country", "phone") if row.get(k)}


def _strings(value, key=""):
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, f"{key}.{k}" if key else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _strings(v, f"{key}[{i}]")


def worker(export: str, out: str) -> None:
    """Inside a fresh process, the code under test first on sys.path: one JSON line per text."""
    from xborder import Toolkit
    from xborder.intents.classify import language_hint

    toolkit = Toolkit()
    with open(out, "w", encoding="utf-8") as handle:
        for label, text, signals in texts(Path(export) if export else None):
            triaged = toolkit.triage(text, **signals)
            detection = triaged.detection
            record = {"label": label, "triage": triaged.to_dict(),
                      "classify": toolkit.classify(text, region=detection.region).to_dict(),
                      "batch_intent": toolkit.classify(text, language=language_hint(detection.language),
                                                       region=detection.region, entities=False).to_dict()}
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n")


def run(code: Path, export: str, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", export, str(out)],
                   env=env, check=True, cwd=str(code))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="a checkout of the older code (required)")
    parser.add_argument("--rows", type=int, default=20_000, help="export rows (0: none)")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return
    if args.baseline is None:
        parser.error("--baseline DIR is required")
    with tempfile.TemporaryDirectory() as folder:
        export = ""
        if args.rows:
            sys.path.insert(0, str(ROOT / "bench"))
            from make_export import write

            export = str(write(Path(folder) / "export.csv", args.rows))
        old, new = Path(folder) / "old.jsonl", Path(folder) / "new.jsonl"
        run(args.baseline.resolve(), export, old)
        run(ROOT, export, new)
        a = old.read_text(encoding="utf-8").splitlines()
        b = new.read_text(encoding="utf-8").splitlines()
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    print(f"{len(a)} texts (baseline) / {len(b)} (this code); {len(differ)} differ; "
          f"{3 * min(len(a), len(b))} records compared (triage, classify, classify as batch)")
    for x, y in differ[:5]:
        print("-", x[:600], "\n+", y[:600])
    sys.exit(1 if differ or len(a) != len(b) else 0)


if __name__ == "__main__":
    main()
