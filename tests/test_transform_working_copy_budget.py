"""Putting strings back as printed costs linear work on long pages read in a working copy.

A page in traditional characters, in full-width digits or with no-break spaces is read in a working
copy, and every output string is then looked for in the copy to print it as found. A string that is
no span of the copy (an indicator rebuilt from two pieces) was searched for in its task's span and
then in the whole copy: a long page with thousands of such strings in one long task scanned the copy
thousands of times (16 000 full-width lines took 16 s against 4 s). `WorkingCopy.locate` searches
the task's span, then near it, then the whole copy, within a budget of copies' lengths per page.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.normalize import _FAR_BUDGET, working_copy

pytestmark = pytest.mark.timeout(60)


def _copy(text: str):
    w = working_copy(text)
    assert w is not None  # the full-width digit calls for a copy
    return w


def test_locate_looks_in_the_span_then_near_it_then_anywhere() -> None:
    filler = "推进重点工作。" * 2000  # 14 000 characters
    text = "某县２０２５年任务\n甲乙丙丁" + filler + "戊己庚辛" + filler + "壬癸"
    w = _copy(text)
    mid = text.index("戊己庚辛")
    assert w.locate("戊己庚辛", mid - 10, mid + 10) == (mid, mid + 4)  # in the span
    assert w.locate("戊己庚辛", mid + 100, mid + 200) == (mid, mid + 4)  # within _NEAR before it
    assert w.locate("甲乙丙丁", mid, mid + 10) == (
        text.index("甲乙丙丁"),
        text.index("甲乙丙丁") + 4,
    )  # far: anywhere
    assert w.locate("子丑寅卯", mid, mid + 10) is None
    assert w.locate("", 0, None) is None


def test_locate_scans_at_most_its_budget_of_the_copy() -> None:
    text = "某县２０２５年任务\n" + "推进重点工作，完成投资。" * 20_000  # 240 000 characters
    w = _copy(text)
    n = len(w.text)
    found = [w.locate(f"不在文中的指标{i}", 10, n) for i in range(3_000)]  # each would scan the copy thrice
    assert found == [None] * 3_000
    assert w.scanned <= (_FAR_BUDGET + 3) * n  # the unbounded searches scanned ~9 000 copies' worth
    assert w.locate("推进重点工作", 10, n) is None  # past the budget nothing is searched any more


def test_a_long_full_width_page_is_printed_as_found() -> None:
    lines = "".join(f"{i + 1}．新建厂房１２个，增长５．５％。\n" for i in range(1_500))
    parsed = parse_document(("某县２０２５年重点工作任务\n" + lines).encode(), source="fw.txt", is_text=True)
    assert parsed.tasks[0]["title"] == "新建厂房１２个，增长５．５％"
    first = [t for t in parsed.targets if t["task_id"] == parsed.tasks[0]["task_id"]]
    assert [(t["value"], t["unit"], t["text"]) for t in first] == [
        (12.0, "个", "新建厂房１２个"),
        (5.5, "％", "增长５．５％"),
    ]
