"""Speed work must not change answers: detection and batch annotation of this checkout against an older xborder, record by record.

Run: python bench/check_same_output.py --baseline DIR [--rows 20000]
     (DIR: an older checkout, e.g. ``git archive main | tar -x -C DIR``)

Each version runs in its own process and writes JSON lines: ``Toolkit.detect`` (the whole
``to_dict``: answer, confidences, evidence) of every text in tests/data (each tsv/txt line and
its first column, each jsonl ``text``), once without signals and once with one of a rotating
set of country / phone / Accept-Language / e-mail signals; then every row of a generated export
(bench/make_export.py, ``--rows``) through the batch annotator, with the customer's business
hours and with a team's; then the helpdesk samples in tests/data/batch. The two files must be
byte-identical; the first differing record is printed and the exit status is 1.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SIGNALS = [{"country": "DE"}, {"country": "MX", "phone": "+52 55 1234 5600"}, {"accept_language": "pt-BR,pt;q=0.9"},
           {"email": "ana@example.com.br"}, {"country": "US", "accept_language": "es-US"},
           {"phone": "+91 98765 43210"}, {"country": "sg"}, {"country": "IN"}, {"country": "CN"},
           {"accept_language": "zh-TW"}]
TEAM_HOURS = "Mon-Fri 09:00-18:00 @Europe/Berlin holidays=DE"


def texts() -> list[str]:
    """Every message of the test data, once each, in a fixed order."""
    out = []
    for path in sorted(DATA.rglob("*")):
        if path.suffix in (".tsv", ".txt"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line:
                    out += [line.split("\t")[-1], line.split("\t")[0]]
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    out.append(record["text"])
    return list(dict.fromkeys(out))


def dump(out_path: str, export: str) -> None:
    """Write this process's xborder's answers (the child's work)."""
    from xborder.batch.annotate import Annotator, Settings, annotate_arrow
    from xborder.batch.columns import resolve
    from xborder.batch.readers import open_source
    from xborder.toolkit import Toolkit

    toolkit = Toolkit()
    with open(out_path, "w", encoding="utf-8") as out:
        def write(*record) -> None:
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")

        for i, text in enumerate(texts()):
            for signals in ({}, SIGNALS[i % len(SIGNALS)]):
                try:
                    found = toolkit.detect(text, **signals).to_dict()
                except Exception as exc:   # noqa: BLE001 - an error must be the same error too
                    found = {"error": repr(exc)}
                write("detect", text, signals, found)
        for hours in (None, TEAM_HOURS):
            source = open_source(Path(export))
            annotator = Annotator(Settings(resolve(source.names), business_hours=hours))
            annotator.warm()
            for batch in source.batches(500):
                for row in annotate_arrow(batch, annotator).to_pylist():
                    write("row", hours, row)
        for path in sorted((DATA / "batch").glob("*")):
            try:
                source = open_source(path)
                annotator = Annotator(Settings(resolve(source.names)))
                for batch in source.batches(100):
                    for row in annotate_arrow(batch, annotator).to_pylist():
                        write("file", path.name, row)
            except Exception as exc:   # noqa: BLE001
                write("file", path.name, repr(exc))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", help="the older xborder's source folder")
    parser.add_argument("--rows", type=int, default=20_000, help="rows of the generated export")
    parser.add_argument("--dump", nargs=2, metavar=("OUT", "EXPORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        dump(*args.dump)
        return
    if not args.baseline:
        parser.error("--baseline DIR is required")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_export import write as write_export

    with tempfile.TemporaryDirectory() as folder:
        export = write_export(Path(folder) / "export.csv", args.rows)
        files = {}
        for name, source in (("baseline", Path(args.baseline).resolve()), ("this checkout", ROOT)):
            files[name] = Path(folder) / f"{name.replace(' ', '-')}.jsonl"
            env = dict(os.environ, PYTHONPATH=str(source))
            code = ("import sys, runpy; sys.argv = sys.argv[1:]; import xborder; "
                    "print('xborder from', xborder.__file__, file=sys.stderr); runpy.run_path(sys.argv[0], run_name='__main__')")
            subprocess.run([sys.executable, "-c", code, __file__, "--dump", str(files[name]), str(export)],
                           env=env, cwd=folder, check=True)
        old = files["baseline"].read_text(encoding="utf-8").splitlines()
        new = files["this checkout"].read_text(encoding="utf-8").splitlines()
    for n, (a, b) in enumerate(zip(old, new), start=1):
        if a != b:
            print(f"record {n} differs:\n  baseline:      {a[:1000]}\n  this checkout: {b[:1000]}")
            sys.exit(1)
    if len(old) != len(new):
        print(f"record counts differ: baseline {len(old):,}, this checkout {len(new):,}")
        sys.exit(1)
    detections = sum(1 for record in new if record.startswith('["detect"'))
    print(f"identical: {len(new):,} records ({detections:,} detections, {len(new) - detections:,} batch rows)")


if __name__ == "__main__":
    main()
