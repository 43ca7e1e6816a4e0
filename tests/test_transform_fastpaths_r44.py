"""Round 44's speed fix held equal to the code it replaced: `unit_objects.object_shares` tests its
share hints and givers with one regex search each instead of one substring test a word."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transform import unit_objects as U

_PIECES = [*U._ALSO_HINT, *U._GIVERS, "县", "局", "，", "。", "发", "展", "做", "加", "强", "开", "牵", "头"]


def _reference(view: str, words: tuple[str, ...], start: int, stop: int) -> bool:
    return any(w in view[start:stop] for w in words)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 60), st.integers(0, 60))
@example(["加强"], 0, 1)  # a hint cut by the range's end is no hint
@example(["县", "牵头", "，"], 1, 3)
def test_hint_searches_equal_substring_tests(parts: list[str], a: int, b: int) -> None:
    view = "".join(parts)
    start, stop = min(a, b, len(view)), min(max(a, b), len(view))
    assert (U._ALSO_RE.search(view, start, stop) is not None) == _reference(view, U._ALSO_HINT, start, stop)
    assert (U._GIVERS_RE.search(view, start, stop) is not None) == _reference(view, U._GIVERS, start, stop)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("由县住建局负责，县财政局加强资金保障", True),
        ("县水利局牵头，各乡镇开展河道清理", True),
        ("加强宣传引导，营造良好氛围", False),  # a share hint, nobody gives the work
        ("县教育局负责", False),  # a giver, no share after it
    ],
)
def test_object_shares_gate(text: str, found: bool) -> None:
    assert bool(U.object_shares(text, text)) is found
