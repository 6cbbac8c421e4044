"""Lint speed work must not change answers: lint, suggest and reply output of this checkout against an older xborder.

Run: python bench/check_lint_identical.py --baseline DIR [--current DIR] [--every 3]
     (DIR: an xborder installed with ``pip install --no-deps --target DIR``, or a source tree)

Each version runs in its own process (``PYTHONPATH=DIR``; this checkout's ``xborder`` without
``--current``) and writes JSON lines:

- the flags (``to_dict``) of every draft under tests/data/lint (every folder), linted whole
  (``Toolkit.lint``, the draft's own options) and as a rendered reply paragraph by paragraph
  (``lint_reply``), and whole again for a customer in two other regions (DE, MX);
- ``Toolkit.suggest`` (``to_dict``) of every ``--every``-th message of tests/data/intents,
  without a region and with one of a rotating list, at a fixed instant;
- ``Toolkit.render`` of every template with its example values in eight locales.

The current version runs twice, first with an empty cache folder (every lint gate worked out)
and then with the folder the first run filled (gates read back), so both paths are compared.
The files must be byte-identical; the first differing record is printed and the exit status is 1.
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
NOW = "2026-12-05T10:00:00+00:00"
REGIONS = [None, "MX", "DE", "US", "ES", "FR", "GB", "BR", "JP", "SA", "IN", "TR"]
LOCALES = ["en-US", "de-DE", "es-MX", "fr-FR", "pt-BR", "ja-JP", "ar-SA", "tr-TR"]

CHILD = r"""
import json, sys
from pathlib import Path
from xborder import Toolkit
from xborder.lint.engine import lint_reply
from xborder.lint.evaluate import load_corpus

root, every, regions, locales, now = Path(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4]), sys.argv[5]
out = open(sys.argv[6], "w", encoding="utf-8")
tk = Toolkit(data_dirs=[])
res = getattr(tk, "resources", None) or getattr(tk, "_resources", None) or tk

def write(*record):
    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n")

def safe(kind, key, call):
    try:
        write(kind, key, call())
    except Exception as exc:  # an error is an answer too: it must be the same
        write(kind, key, "error", type(exc).__name__, str(exc))

for folder in sorted(p for p in (root / "tests" / "data" / "lint").iterdir() if p.is_dir()):
    for d in load_corpus(folder):
        opts = dict(region=d.region, team_timezone=d.team_timezone, now=d.now, voice=d.voice,
                    customer_given_name=d.customer_given_name, customer_family_name=d.customer_family_name)
        key = f"{folder.name}/{d.id}"
        safe("lint", key, lambda: [f.to_dict() for f in tk.lint(d.text, d.locale, **opts)])
        safe("reply", key, lambda: [f.to_dict() for f in lint_reply(res, d.text, d.locale, region=d.region,
                                                                     now=d.now or now, voice=d.voice)])
        for region in ("DE", "MX"):
            safe("lint@" + region, key, lambda: [f.to_dict() for f in tk.lint(d.text, d.locale, region=region, now=now)])
items = []
for path in sorted((root / "tests" / "data" / "intents").glob("*.jsonl")):
    items += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
for i, text in enumerate(items[::every]):
    region = regions[i % len(regions)]
    safe("suggest", f"{i}|{region}", lambda: tk.suggest(text, region=region, now=now).to_dict())
for name in tk.template_names():
    for locale in locales:
        def render():
            spec = tk.template(name)
            return tk.render(name, locale=locale, context=spec.examples(), now=now,
                             region=locale.split("-")[-1]).to_dict()
        safe("render", f"{name}|{locale}", render)
out.close()
"""


def dump(tree: str | None, out: Path, cache: str, every: int) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["XBORDER_CACHE_DIR"] = cache
    if tree:
        env["PYTHONPATH"] = tree
    else:
        env.pop("PYTHONPATH", None)
    subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(every), json.dumps(REGIONS), json.dumps(LOCALES),
                    NOW, str(out)], env=env, check=True, cwd=tempfile.gettempdir())


def compare(a: Path, b: Path, label: str) -> bool:
    with a.open(encoding="utf-8") as fa, b.open(encoding="utf-8") as fb:
        n = 0
        for n, (x, y) in enumerate(zip(fa, fb), 1):
            if x != y:
                print(f"{label}: record {n} differs\n  baseline: {x[:600]}\n  current:  {y[:600]}")
                return False
        rest = fa.read() or fb.read()
        if rest:
            print(f"{label}: one file has more records after {n}")
            return False
    print(f"{label}: {n} records identical")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--current", default=None)
    parser.add_argument("--every", type=int, default=3, help="suggest every N-th intents message (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        dump(args.baseline, t / "base.jsonl", str(t / "cache-base"), args.every)
        dump(args.current, t / "cold.jsonl", str(t / "cache-cur"), args.every)
        dump(args.current, t / "warm.jsonl", str(t / "cache-cur"), args.every)
        ok = compare(t / "base.jsonl", t / "cold.jsonl", "empty cache folder")
        ok = compare(t / "base.jsonl", t / "warm.jsonl", "cache folder filled") and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
