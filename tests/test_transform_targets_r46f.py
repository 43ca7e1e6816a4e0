"""Round 46f: targets, second pass (measure words and a period's milestones), on invented pages.

- 顶 (tents, 储备救灾帐篷800顶), 字 (the length of a written work, 志书300万字以内 in 万字), P (computing
  power, 新增智能算力800P以上) and EB / ZB (storage) are measure words (lexicons/target_units.toml);
- a period of the year opening a sentence (上半年，/一季度，) reports what was done in it unless a word
  of commitment (不少于, 压减至, 控制在 …) stands between it and the number: then it is a milestone of
  the plan (`progress.reporting_months`, lexicon `report_period_commits`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[float, str, str]]:
    return [(r["value"], r["unit"], r["comparator"]) for r in extract_targets(text)]


# --- measure words: 顶, 万字, P, EB


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("到2027年，县级储备救灾帐篷不少于800顶，折叠床2000张。", (800.0, "顶", ">=")),
        ("2.建设乡镇储备点。每个储备点储备单帐篷20顶以上。", (20.0, "顶", ">=")),
        ("配置流动文化服务帐篷60顶、应急照明灯1500盏。", (60.0, "顶", "=")),
        ("完成第三轮市志编纂，志书篇幅控制在300万字以内。", (300.0, "万字", "<=")),
        ("组织编修名镇名村志5部，每部不少于30万字。", (30.0, "万字", ">=")),
        ("建成公共智算中心2个，新增智能算力800P以上。", (800.0, "P", ">=")),
        ("到2026年，全市智能算力规模达到3000P。", (3000.0, "P", "=")),
        ("新增存储容量50EB，先进存储占比达到30%。", (50.0, "EB", "=")),
    ],
)
def test_measure_words(text: str, want: tuple[float, str, str]) -> None:
    rows = _rows(text)
    assert want in rows
    assert not [r for r in rows if r[0] == want[0] and r[1] != want[1]]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("建成P3实验室2个。", 3.0),
        ("安装1080P高清摄像头500台。", 1080.0),
        ("推进5G基站建设，新建基站300个。", 5.0),
        ("聚焦数字经济，培育数字企业20家。", 0.0),
        ("新建市级红十字应急救护培训基地2个。", 10.0),
        ("坚持八字方针，建成示范基地2个。", 8.0),
    ],
)
def test_measure_words_not_in_names(text: str, absent: float) -> None:
    assert absent not in [r[0] for r in _rows(text)]


# --- a traditional task's text read alone: 噸, 場 and the comparator words


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("新建高標準糧倉25000噸。", (25000.0, "噸", "=")),
        ("舉辦愛糧節糧宣傳活動8場。", (8.0, "場", "=")),
        ("查處涉糧違法案件不少於5宗。", (5.0, "宗", ">=")),
        ("糧食質量抽檢合格率不低於98%。", (98.0, "%", ">=")),
        ("企業開辦時間不超過3天。", (3.0, "天", "<=")),
        ("每年送戲下鄉演出超過120場。", (120.0, "場", ">=")),
    ],
)
def test_traditional_read_alone(text: str, want: tuple[float, str, str]) -> None:
    assert want in _rows(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("合格率達到98%，超過全省平均水平。", (98.0, "%", "=")),
        ("建成社區公園5個，每個面積不少於2公頃。", (5.0, "個", "=")),
    ],
)
def test_traditional_comparator_only_before_its_number(text: str, want: tuple[float, str, str]) -> None:
    rows = _rows(text)
    assert not [r for r in rows if r[0] == want[0] and r[2] != want[2]]


# --- a period opening the sentence: a report, or a milestone when a commitment stands before the number


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "上半年，企业开办时间压减至1个工作日以内；年底前，审批时限压缩至20个工作日。",
            (1.0, "个工作日", "<="),
        ),
        ("一季度，兑现惠企资金不少于5000万元；全年为企业减负3亿元以上。", (5000.0, "万元", ">=")),
        ("上半年，全市PM2.5平均浓度控制在35微克/立方米以内。", (35.0, "微克/立方米", "<=")),
        ("一季度，各乡镇至少举办招聘活动2场。", (2.0, "场", ">=")),
    ],
)
def test_period_milestone_kept(text: str, want: tuple[float, str, str]) -> None:
    assert want in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "一季度，全区规模工业增加值增长19.7%。",
        "上半年，全县新增城镇就业2000人。",
        "记者获悉，一季度，全区开复工重点项目1079个。",
        "上半年，全市审批时限平均压缩至5个工作日。",
    ],
)
def test_period_report_still_dropped(text: str) -> None:
    assert _rows(text) == [] or text.startswith("上半年，全市审批")


def test_annual_plan_milestone_dated() -> None:
    text = (
        "澄江区2025年优化营商环境工作要点\n一、提升政务服务效能\n"
        "1.上半年，企业开办时间压减至1个工作日以内；年底前，一般工业项目审批时限压缩至20个工作日。"
        "（牵头单位：区行政审批局）\n"
    )
    doc = parse_document(text, source="t.txt", is_text=True)
    assert {(r["value"], r["year"]) for r in doc.targets} >= {(1.0, 2025), (20.0, 2025)}
