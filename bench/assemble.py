"""Join bench/results/*.md into bench/RESULTS.md (render first, then alphabetical)."""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    sections = sorted((HERE / "results").glob("*.md"), key=lambda p: (p.stem != "render", p.stem))
    body = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sections)
    text = ("# Benchmark results\n\nLatest figures of every benchmark; how to run them is in "
            "bench/README.md.\n\n" + body + "\n")
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'} from {len(sections)} section(s)")


if __name__ == "__main__":
    main()
