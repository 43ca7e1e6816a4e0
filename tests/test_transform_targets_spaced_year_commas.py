"""The year of a target printed by a PDF's text layer, with a space before 年 and the comma of the
phrase right after it ("到 2025 年,"): 年 and its comma end the year mention as they do in "到2025年,",
so the figures after it are held by that year (transform/targets/years.py)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _years(text: str, **kw) -> list[tuple[float, int | None]]:
    return [(t["value"], t["year"]) for t in extract_targets(text, **kw)]


@pytest.mark.parametrize(
    "text",
    [
        "到 2025 年，全县新能源汽车产量达到 5 万辆",
        "到2025 年，全县新能源汽车产量达到5万辆",
        "到 2025 年, 全县新能源汽车产量达到 5 万辆",
        "到\u30002025 年，全县新能源汽车产量达到 5 万辆",
        "力争到 2025 年底，全县新能源汽车产量达到 5 万辆",
    ],
)
def test_a_spaced_horizon_before_a_comma_dates_the_figure(text):
    assert _years(text) == [(5.0, 2025)]


def test_a_spaced_year_of_work_before_a_comma():
    text = "2024 年，全区新建改建农村公路 50 公里，改造危桥 6 座。"
    assert _years(text) == [(50.0, 2024), (6.0, 2024)]


def test_a_spaced_horizon_ends_with_a_point_of_a_converted_text():
    text = "到 2027 年. 全市森林覆盖率达到 65%"
    assert _years(text) == [(65.0, 2027)]


def test_the_same_year_printed_without_spaces_reads_the_same():
    for text in ("到2026年，城镇新增就业达到3000人", "到 2026 年，城镇新增就业达到 3000 人"):
        assert _years(text) == [(3000.0, 2026)]


def test_a_spaced_baseline_stays_a_baseline():
    rows = extract_targets("到 2025 年，单位地区生产总值能耗比 2020 年下降 13.5%")
    assert [(r["value"], r["year"], r["baseline_year"]) for r in rows] == [(13.5, 2025, 2020)]


def test_a_date_after_a_spaced_year_is_no_horizon_of_its_own():
    # "2025 年 6 月底前" names a month: the rule reads only a year whose 年 ends the phrase
    assert _years("2025 年 6 月底前完成老旧小区改造 20 个", default_year=2024) == _years(
        "2025年6月底前完成老旧小区改造20个", default_year=2024
    )


def test_a_number_after_the_comma_is_no_part_of_the_year():
    # "2025年,5…": the comma and the digit after it are a list, not a year of five digits
    rows = extract_targets("分别在2023年、2024年、2025 年,5 个乡镇完成改造")
    assert all(r["year"] != 20255 for r in rows)


def test_a_converted_plan_dates_its_goals_and_tasks():
    text = "\n".join(
        [
            "某县制造业提升行动方案",
            "一、主要目标",
            "到 2025 年，全县规模以上工业增加值达到 120 亿元，新增规上工业企业 30 家以上。",
            "二、重点任务",
            "1. 壮大新能源汽车产业。到 2025 年，新能源汽车产量达到 5 万辆。（牵头单位：县工信局）",
            "2. 推进技术改造。2024 年，实施技术改造项目 30 个以上。（牵头单位：县工信局）",
        ]
    )
    doc = parse_document(text + "\n", source="t.txt", is_text=True)
    paths = {t["task_id"]: tuple(t["path"]) for t in doc.tasks}
    got = {(paths.get(t["task_id"], ()), t["value"]): t["year"] for t in doc.targets}
    assert got[((), 120.0)] == 2025
    assert got[((), 30.0)] == 2025
    assert got[(("二", "1"), 5.0)] == 2025
    assert got[(("二", "2"), 30.0)] == 2024
