"""Round 39m: target years (short pass).

- a year right before 的 and a multiple (是2020年的1.4倍, 达到2021年末的2倍以上) is the base of the
  multiple: `baseline_year`, not the year of the target, which comes from the deadline around it
  (到2025年) or the annual plan's year; a year before 的 and any other figure stays a year;
- 每日, 每天 (每一天), 每个月, 每星期 recur as 每年 and 每月 do (year null), but a day recurs only in
  its own clause (每日洒水不少于4次，…落实率100%: the 100% keeps the plan's year); a recurring word whose
  phrase names a capacity or scale (每日处理能力达到500吨, 每天供水规模) is a rate, no recurrence; a
  frequency in 小时/分钟 before 的 (每天锻炼1小时以上的学生比例) says who is counted, as 次 did.
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["year"], r["baseline_year"]) for r in extract_targets(text, **kw)]


# --- the base year of a multiple


@pytest.mark.parametrize(
    ("text", "kw", "row"),
    [
        ("到2025年，全县地区生产总值是2020年的1.4倍。", {}, (1.4, "倍", 2025, 2020)),
        ("到2025年，规上工业产值力争达到2020年的1.5倍以上。", {}, (1.5, "倍", 2025, 2020)),
        ("到2027年，全市城乡居民人均可支配收入达到2022年末的1.3倍左右。", {}, (1.3, "倍", 2027, 2022)),
        ("到2025年，全縣地區生產總值是2020年的1.4倍。", {}, (1.4, "倍", 2025, 2020)),
        ("农产品加工产值达到2021年的2倍。", {"annual_year": 2024}, (2.0, "倍", 2024, 2021)),
        ("一、发展目标\n到2030年，数字经济核心产业增加值为2025年的 2 倍。", {}, (2.0, "倍", 2030, 2025)),
    ],
)
def test_the_year_before_a_multiple_is_its_base(text, kw, row):
    assert row in _rows(text, **kw)


@pytest.mark.parametrize(
    ("text", "kw", "row"),
    [
        ("2026年的目标是新建污水处理厂3座。", {}, (3.0, "座", 2026, None)),
        ("到2025年，比2020年增长1.5倍。", {}, (1.5, "倍", 2025, 2020)),
        ("力争2025年的新增造林面积达到1.5万亩。", {}, (1.5, "万亩", 2025, None)),
        ("2025年的粮食产量稳定在30万吨以上。", {"first_year": 2023}, (30.0, "万吨", 2025, None)),
    ],
)
def test_a_year_before_another_figure_stays_a_year(text, kw, row):
    assert row in _rows(text, **kw)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_the_multiple_base_reads_a_long_page(n):
    text = "到2025年，产值是2020年的1.4倍。" * n + "2020年的" * n
    rows = _rows(text)
    assert len(rows) == n
    assert all(r[2] == 2025 and r[3] == 2020 for r in rows)


# --- 每日 / 每天 recur as 每年 and 每月 do


def _years(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["year"]) for r in extract_targets(text, **kw)]


@pytest.mark.parametrize(
    ("text", "kw", "row"),
    [
        ("每日检测样品不少于200批次。", {"annual_year": 2024}, (200.0, "批次", None)),
        ("（二）扬尘管控。城区主干道每天洒水不少于4次。", {"annual_year": 2025}, (4.0, "次", None)),
        ("到2025年，主要路段每日清扫保洁不少于2次。", {}, (2.0, "次", None)),
        ("每日檢測樣品不少於200批次。", {"annual_year": 2024}, (200.0, "批次", None)),
        ("各镇街每个月开展安全隐患排查不少于1次。", {"annual_year": 2024}, (1.0, "次", None)),
        ("网格员每天入户走访不少于5户，全年排查隐患1200处。", {"annual_year": 2024}, (5.0, "户", None)),
    ],
)
def test_a_daily_target_recurs_and_has_no_year(text, kw, row):
    assert row in _years(text, **kw)


@pytest.mark.parametrize(
    ("text", "kw", "row"),
    [
        ("到2025年，每日处理生活垃圾能力达到500吨。", {}, (500.0, "吨", 2025)),
        ("污水处理厂日处理能力达到每日2万吨。", {"annual_year": 2024}, (2.0, "万吨", 2024)),
        ("每天锻炼1小时以上的学生比例达到90%。", {"annual_year": 2024}, (90.0, "%", 2024)),
        ("网格员每天入户走访不少于5户，全年排查隐患1200处。", {"annual_year": 2024}, (1200.0, "处", 2024)),
        ("到2026年，全市每天供水规模提高到30万立方米。", {}, (30.0, "万立方米", 2026)),
    ],
)
def test_a_daily_capacity_or_a_whole_year_keeps_its_year(text, kw, row):
    assert row in _years(text, **kw)


@pytest.mark.parametrize(
    ("text", "kw", "row"),
    [
        (
            "城区道路每日洒水不少于4次，建筑工地扬尘治理落实率100%。",
            {"annual_year": 2025},
            (100.0, "%", 2025),
        ),
        ("到2025年，每天巡查河道不少于2次，河湖“清四乱”整改率达到100%。", {}, (100.0, "%", 2025)),
        ("每日監測不少於3次，監測數據上傳率100%。", {"annual_year": 2024}, (100.0, "%", 2024)),
    ],
)
def test_a_day_recurs_in_its_own_clause_only(text, kw, row):
    assert row in _years(text, **kw)


@pytest.mark.parametrize(
    ("text", "kw", "row"),
    [
        ("每年举办技能培训不少于50场，培训人数5000人。", {"annual_year": 2024}, (5000.0, "人", None)),
        ("每日巡查不少于2次，每天上报巡查记录1份。", {"annual_year": 2024}, (1.0, "份", None)),
    ],
)
def test_a_year_or_a_day_named_again_still_recurs(text, kw, row):
    assert row in _years(text, **kw)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_daily_clauses_read_a_long_sentence(n):
    rows = _years("每日巡查2次，落实率100%，" * n + "每日处理能力达到500吨。", annual_year=2024)
    assert len(rows) == 2 * n + 1
    assert rows[0] == (2.0, "次", None) and rows[1] == (100.0, "%", 2024) and rows[-1] == (500.0, "吨", 2024)


# --- a deadline after the figure opened by 并于/于/在


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("改造老旧小区45个，并于2026年前完成。", (45.0, "个", 2026)),
        ("新建充电桩300个，于2025年底前建成。", (300.0, "个", 2025)),
        ("改造公屋3000套，並於2026年前完成。", (3000.0, "套", 2026)),
        ("实施农村公路提升工程80公里，并在2027年底前全部完成。", (80.0, "公里", 2027)),
    ],
)
def test_a_deadline_after_bing_yu_dates_the_figure(text, row):
    assert row in _years(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("改造老旧小区45个，并于2026年启动二期。", (45.0, "个", None)),
        ("改造老旧小区45个，并于2026年前完成其余20个。", (45.0, "个", None)),
        ("每年改造老旧小区10个，并于2026年前完成。", (10.0, "个", None)),
    ],
)
def test_a_year_after_bing_yu_that_is_no_deadline_stays_out(text, row):
    assert row in _years(text)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_deadlines_after_bing_yu_read_a_long_page(n):
    rows = _years("改造老旧小区45个，并于2026年前完成。" * n)
    assert len(rows) == n and all(r == (45.0, "个", 2026) for r in rows)
    near = _years("改造45个，并于2026年启动，" * n)  # no deadline: the first figure has no year
    assert len(near) == n and near[0] == (45.0, "个", None)
