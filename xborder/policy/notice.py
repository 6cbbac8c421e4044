"""The legal notice of statutory facts (defined in the core layer, :mod:`xborder.notice`)."""

from ..notice import NOTICE

__all__ = ["NOTICE"]
