"""``python -m xborder.intents.rebuild``: rebuild the shipped cue index and model
(:data:`xborder.intents.model.SHIPPED`) from the bundled cue files."""
from __future__ import annotations

from .model import SHIPPED


def main() -> None:
    """``python -m xborder.intents.rebuild``: rebuild the shipped cue index and model from the bundled cue files."""
    from ..resources import Resources
    from .classify import build_model, data_digest

    resources = Resources(data_dirs=[])
    built = build_model(resources, data_digest(resources))
    import msgpack

    SHIPPED.write_bytes(msgpack.packb(built, use_bin_type=True))
    print(f"{SHIPPED}: {len(built['cues'])} cues, {built['model']['keys'].count(chr(31)) + 1} features")


if __name__ == "__main__":
    main()
