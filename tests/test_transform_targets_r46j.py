"""Round 46j: targets, third pass, on pages nobody tuned to.

- a count after a floor word of its clause (每个区至少与2家三级医院建立转诊协作关系，…达到98%) is a
  commitment, never the base of a later share (`framing.denominator`, `denominator_floor_words`);
- a count with no subject right after a clause that serves someone with a work (为特殊困难老年人家庭
  实施居家适老化改造，每年不少于300户) counts that work (`borrowed.work_of_clause_before`).
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str, value: float) -> list[dict]:
    return [r for r in extract_targets(text) if r["value"] == value]


# --- a floor word before a count: no denominator


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("每个区至少与2家三级医院建立转诊协作关系，危重孕产妇救治成功率达到98%以上。", 2),
        ("每个区域养老服务中心至少与1家医疗机构签约，签约率达到100%。", 1),
        ("每所学校不少于3名专职心理教师，心理健康筛查覆盖率达到100%。", 3),
        ("每個鄉鎮至少與2家企業結對，結對率達到100%。", 2),
    ],
)
def test_floor_count_is_no_denominator(text: str, value: float) -> None:
    rows = _rows(text, value)
    assert len(rows) == 1, extract_targets(text)
    assert rows[0]["comparator"] == ">="


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全港约600个黑点，目标到2025年消除至少75%。", 600),
        ("全县现有12家养老机构，护理型床位占比达到60%。", 12),
    ],
)
def test_plain_count_before_share_stays_denominator(text: str, value: float) -> None:
    assert _rows(text, value) == []


# --- the work of the clause before


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("为特殊困难老年人家庭实施居家适老化改造，每年不少于300户。", 300, "居家适老化改造"),
        ("为全市孕妇免费实施产前筛查，全年不少于2.6万人次。", 2.6, "产前筛查"),
        ("为偏远村卫生室实施标准化改造，全年不少于6个。", 6, "标准化改造"),
        ("为农村留守儿童开展心理辅导，年内不少于1200人次。", 1200, "心理辅导"),
        ("3 养老服务 为困难老年人家庭实施适老化改造，全年不少于500户", 500, "适老化改造"),
        ("为辖区小微企业提供上门指导服务，全年不少于500家次。", 500, "上门指导服务"),
    ],
)
def test_work_of_clause_before(text: str, value: float, indicator: str) -> None:
    rows = _rows(text, value)
    assert len(rows) == 1, extract_targets(text)
    assert rows[0]["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        # the figure's clause names its own measure
        ("为困难老年人家庭实施适老化改造，完成家庭养老床位建设不少于300张。", 300, "家庭养老床位建设"),
        # the clause before says a purpose, no work
        ("为确保汛期安全，全年不少于4次。", 4, None),
        # no beneficiary opens the clause before
        ("加快实施城市更新行动，全年不少于20个。", 20, None),
    ],
)
def test_work_of_clause_before_not(text: str, value: float, indicator: str | None) -> None:
    rows = _rows(text, value)
    assert rows, extract_targets(text)
    if indicator is None:
        assert all(not r["indicator"] for r in rows)
    else:
        assert rows[0]["indicator"] == indicator


# --- traditional 萬 / 億 when a task's text is read alone


@pytest.mark.parametrize(
    ("text", "value", "unit", "value_std"),
    [
        ("糧食總產量達到2.5萬噸以上。", 2.5, "萬噸", 25000.0),
        ("完成固定資產投資1.8億元。", 1.8, "億元", 1.8e8),
        ("完成投資1.8億元。", 1.8, "億元", 1.8e8),
    ],
)
def test_traditional_scale_alone(text: str, value: float, unit: str, value_std: float) -> None:
    rows = _rows(text, value)
    assert len(rows) == 1, extract_targets(text)
    assert (rows[0]["unit"], rows[0]["value_std"]) == (unit, value_std)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("建成3个萬噸級糧庫。", [3.0]),  # 萬噸 names a class of the things counted
        ("培育億元以上企業5家。", [5.0]),  # 億元 with no figure: a class
    ],
)
def test_traditional_scale_not_a_figure(text: str, values: list[float]) -> None:
    assert [r["value"] for r in extract_targets(text)] == values


# --- a cap or floor word before a long reference and 的


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("租金不高于同地段同品质市场租赁住房租金的90%。", 90, "<="),
        ("救助标准不低于当地城乡居民最低生活保障标准的1.3倍。", 1.3, ">="),
        ("物业服务收费不超过同区域同类普通商品住宅小区收费标准的80%。", 80, "<="),
        # near-misses: no cap or floor word, or a clause break before the reference
        ("租金达到同地段同品质市场租赁住房租金的90%。", 90, "="),
        ("租金不高于规定标准，占同地段同品质市场租金的90%。", 90, "="),
    ],
)
def test_long_reference(text: str, value: float, comparator: str) -> None:
    rows = _rows(text, value)
    assert len(rows) == 1, extract_targets(text)
    assert rows[0]["comparator"] == comparator
