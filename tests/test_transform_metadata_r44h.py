"""Round 44h: metadata and plan judging, a short pass.

- a page rendered from markdown ("**某镇…方案**" over "## 一、…") gives the plan's heading without
  its marks and without the section under it: `metadata.heading_lines`;
- a list of a year's projects as a title's last words ("某县2026年城乡建设重点项目安排") names a
  plan (`plan_kinds.txt`);
- a plan naming only its horizon (到2028年) and dated only by its signature at the end runs from the
  signed year: `document._metadata`;
- a year the plan pledges to reach ("确保2026年成功创建…", "力争…") is its horizon, not an annual
  plan's year: `planyears._count_years`.
"""

from __future__ import annotations

import pytest

from transform import headings as H
from transform.document import parse_document
from transform.metadata import heading_lines
from transform.planyears import years_in_text

ITEMS = "1.推进厕所革命。完成农村户厕改造200户。（牵头单位：镇农业服务中心）\n2.治理生活污水。新建污水处理站2座。（牵头单位：镇村建办）\n"


def _doc(text: str) -> dict:
    return parse_document(
        text.encode("utf-8"), source="p.txt", content_type="text/plain; charset=utf-8"
    ).document


# --- markdown around the plan's heading


@pytest.mark.parametrize(
    "page",
    [
        "**青石镇2026年人居环境整治提升工作方案**\n\n## 一、主要任务\n\n" + ITEMS,
        "**龙泉街道2025年背街小巷整治行动计划**\n## （一）重点任务\n" + ITEMS,
        "# 桂阳县2025年全民健身工作计划\n\n### 一、健身设施建设\n" + ITEMS,
        "**白水县2026年农村供水保障工作要点**\n**一、主要任务**\n" + ITEMS,
    ],
)
def test_markdown_heading_is_the_plan_title(page: str) -> None:
    want = page.split("\n")[0].strip("*# ")
    assert H.plan_heading(heading_lines(page.split("\n"))) == want
    assert _doc(page)["plan_title"] == want


@pytest.mark.parametrize(
    "lines",
    [
        ["某县2026年工作方案", "一、主要任务", "1.实现**亿元"],  # no markdown near the top: unchanged
        ["某县2026年工作方案", "#1机组改造", "一、主要任务"],  # a number sign, not a heading's hashes
    ],
)
def test_plain_lines_pass_unchanged(lines: list[str]) -> None:
    assert heading_lines(lines) == lines


# --- 项目安排 as a plan's kind


@pytest.mark.parametrize(
    "title",
    ["东安县2026年城乡建设重点项目安排", "冷江市2025年重点项目安排", "某镇2026年民生项目建设安排"],
)
def test_project_list_is_a_plan_heading(title: str) -> None:
    page = [title, "一、产业项目　开工建设工业项目20个。（责任单位：市工信局）"]
    assert H.plan_heading(page) == title


@pytest.mark.parametrize(
    "title",
    ["关于某县2026年重点项目安排情况的报告", "某县2026年重点项目安排资金使用情况"],
)
def test_project_list_mid_title_is_no_plan_kind(title: str) -> None:
    page = [title, "一、产业项目　开工建设工业项目20个。（责任单位：市工信局）"]
    assert H.plan_heading(page) is None


# --- a horizon and the signed year


SIGNED = (
    "{title}\n各县（市、区）人民政府，市直各单位：\n为加快建设，现提出如下意见。\n一、总体目标\n"
    "{goal}\n二、重点任务\n（一）发展农村电商。由市商务局牵头，培育农村电商示范站点100个。\n"
    "{signer}\n{date}\n{note}"
)


@pytest.mark.parametrize(
    ("goal", "date", "note", "want"),
    [
        ("到2028年，建成数字乡村示范村50个。", "2025年3月18日", "（此件公开发布）", (2025, 2028)),
        ("到2027年，全市跨境电商进出口额突破500亿元。", "2024年4月30日", "", (2024, 2027)),
        ("到2026年底，建成示范基地12个。", "2026年1月5日", "（此件主动公开）", (2026, 2026)),
    ],
)
def test_signed_year_starts_a_horizon_plan(goal: str, date: str, note: str, want: tuple[int, int]) -> None:
    page = SIGNED.format(
        title="云溪市人民政府关于推进数字乡村建设的实施意见",
        goal=goal,
        signer="云溪市人民政府",
        date=date,
        note=note,
    )
    doc = _doc(page)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == want


@pytest.mark.parametrize(
    ("goal", "date", "want"),
    [
        ("到2023年，建成示范基地12个。", "2025年3月18日", (None, 2023)),  # a later copy: the horizon is past
        (
            "2025年建成示范基地12个。到2027年，建成示范村50个。",
            "2024年3月1日",
            (2025, 2027),
        ),  # a year of its own
    ],
)
def test_signed_year_leaves_other_years(goal: str, date: str, want: tuple[int | None, int]) -> None:
    page = SIGNED.format(
        title="云溪市人民政府关于推进数字乡村建设的实施意见",
        goal=goal,
        signer="云溪市人民政府",
        date=date,
        note="",
    )
    doc = _doc(page)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == want


# --- a pledged year is a horizon


@pytest.mark.parametrize(
    "text",
    [
        "为加快推进义务教育优质均衡发展，确保2025年通过国家督导评估，特制定本方案。",
        "确保2025年成功创建国家生态文明建设示范县。",
        "力争2025年创成省级全域旅游示范区。",
        "力爭2025年成功創建省級全域旅遊示範區。",
    ],
)
def test_pledged_year_is_a_horizon(text: str) -> None:
    assert years_in_text(text, 2024) == (2024, 2025)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2025年，全县新建示范村12个，确保2025年底前全部建成。", (2025, 2025)),  # a year of its own
        ("2025年全县新建示范村12个。", (2025, 2025)),  # no pledge
        ("确保2025年通过国家督导评估。", (2025, 2025)),  # issued in its horizon's year
    ],
)
def test_pledge_leaves_annual_years(text: str, want: tuple[int, int]) -> None:
    issued = 2025 if text.startswith("确保") else 2024
    assert years_in_text(text, issued) == want
