"""The bounded table that triage's plans and batch's remembered readings share."""
from __future__ import annotations

import pytest

from xborder.lru import LRU


def test_the_least_recently_used_entry_goes_first():
    table = LRU(2)
    table.put("thanks!", 1)
    table.put("where is my order", 2)
    assert table.get("thanks!") == 1          # now the most recently used
    table.put("refund pls", 3)
    assert "where is my order" not in table
    assert list(table) == ["thanks!", "refund pls"] and table.values() == [1, 3]
    assert table.get("where is my order", "gone") == "gone"


def test_putting_a_kept_key_again_refreshes_it():
    table = LRU(2)
    table.put("a", 1)
    table.put("b", 2)
    table.put("a", 10)
    table.put("c", 3)
    assert list(table) == ["a", "c"] and table.get("a") == 10 and len(table) == 2
    table.clear()
    assert len(table) == 0


def test_a_limit_below_one_is_refused():
    with pytest.raises(ValueError, match="at least 1"):
        LRU(0)
