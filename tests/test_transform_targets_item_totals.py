"""A total of the plan's own items closing the sentence that names them is no target
("…分为类别、任务内容、责任单位等方面，共149项。"), as a part of such a list counted alone is not
(transform/targets/items.py, `_subset`); a total that commits or a clause that names no item stays."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text, default_year=2024)]


@pytest.mark.parametrize(
    "text",
    [
        "任务分解采用表格形式，分为类别、任务内容、责任单位3个方面的内容，共86项。",  # an explainer
        "附件所列重点事项由各牵头单位负责推进，合计23件。",  # a notice's closing line
        "清单逐项明确了工作内容、牵头单位和完成时限，共计41项；",  # a news report
        "本方案细化为具体举措，总计57项。",
    ],
)
def test_total_of_named_items_is_no_target(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全面完成年度目标任务，共30项以上。", 30.0),  # a bound: the clause commits
        ("确保重点任务按期完成，共完成30项。", 30.0),  # a verb before the count
        ("实施城市更新改造工程，共15项。", 15.0),  # no item noun names a list of the plan's items
        ("全年新建农村公路120公里，共12项。", 12.0),
    ],
)
def test_totals_that_commit_stay(text: str, value: float) -> None:
    assert value in _values(text)


def test_total_in_a_traditional_page() -> None:
    page = (
        "某縣人民政府辦公室關於印發2024年重點工作任務分解方案的通知\n"
        "各鄉鎮人民政府：\n現將任務分解方案印發給你們，任務清單列明工作內容和完成時限，共計52項。\n"
        "一、重點任務\n1.新建農村公路120公里。（牽頭單位：縣交通運輸局）\n"
    )
    doc = parse_document(page, source="t.txt", is_text=True)
    values = sorted(t["value"] for t in doc.targets)
    assert 52.0 not in values
    assert 120.0 in values
