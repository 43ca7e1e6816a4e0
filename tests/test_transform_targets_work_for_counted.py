"""What is counted and the work done for it: "为5000户困难重度残疾人家庭进行无障碍改造" counts the
households and names the work after 进行 (indicator 困难重度残疾人家庭无障碍改造, as the gold reads
"为5000名适龄农村妇女免费进行“两癌”检查" → 适龄农村妇女免费“两癌”检查); a verb of putting into
service names the work before the noun ("更新投运500辆新能源公交车" → 更新投运新能源公交车)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _indicators(text: str) -> list[str | None]:
    return [r["indicator"] for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of practical projects for the people
        ("为5000户困难重度残疾人家庭进行无障碍改造。", ["困难重度残疾人家庭无障碍改造"]),
        ("为5000名适龄农村妇女免费进行“两癌”检查。", ["适龄农村妇女免费“两癌”检查"]),
        # a plan's task
        ("对28个老旧小区进行改造，对10座桥梁进行加固。", ["老旧小区改造", "桥梁加固"]),
        # a news report: what is counted before a longer clause
        ("今年将为300名困境儿童进行心理辅导，年底前完成。", ["困境儿童心理辅导"]),
        # putting into service
        ("更新投运500辆无障碍低地板新能源公交车。", ["更新投运无障碍低地板新能源公交车"]),
        ("全年更新200辆新能源公交车。", ["更新新能源公交车"]),
    ],
)
def test_work_named_with_what_is_counted(text: str, expected: list) -> None:
    assert _indicators(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 进行 without a preposition before the number: the noun alone, as before
        ("全年完成20个小区改造。", ["完成小区改造"]),
        # no 进行: the noun runs on as before
        ("为100栋高层公房实施消防设施改造。", ["高层公房实施消防设施改造"]),
        # 建成投运 stays one verb of its own
        ("建成投运污水处理厂2座。", ["污水处理厂"]),
    ],
)
def test_unchanged(text: str, expected: list) -> None:
    assert _indicators(text) == expected


def test_traditional_list() -> None:
    text = (
        "2025年重點工作任務\n1.辦好民生實事。2025年為5000戶困難重度殘疾人家庭進行無障礙改造,"
        "更新投運500輛新能源公交車。\n"
    )
    got = parse_document(text, source="x.txt", is_text=True).targets
    assert [t["indicator"] for t in got] == ["困難重度殘疾人家庭無障礙改造", "更新投運新能源公交車"]
