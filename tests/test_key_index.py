"""``text.KeyIndex``: the positions filed under any key looked up, in order, each once; nothing for keys no one filed."""
from __future__ import annotations

from audit.text import KeyIndex


def test_candidates_are_the_positions_filed_under_any_key_looked_up_in_order_each_once():
    index = KeyIndex()
    index.file(2, ["last roe", "key jane roe"])
    index.file(0, ["last roe"])
    index.file(1, ["last doe"])
    assert index.candidates(["last roe", "key jane roe"]) == [0, 2]
    assert index.candidates(["last doe"]) == [1]
    assert index.candidates(["last poe"]) == []
    assert index.candidates([]) == []
