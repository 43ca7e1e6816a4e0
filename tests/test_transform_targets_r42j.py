"""Round 42j: targets, second batch (committed misses and new forms).

- a scope word right after a verb of completing (完成辖区3个老旧小区改造) names what the work completes:
  the count is a target, not scope;
- an aid verb opening its clause after a time word (年内资助不少于30条生产线) counts what it pays for.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [r["value"] for r in extract_targets(text)]


# --- a scope word after a verb of completing


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("完成辖区3个老旧小区雨污分流改造。", 3),
        ("年底前建成全县5个村级养老服务站。", 5),
        ("确保完成全镇12个行政村生活污水治理。", 12),
        ("9月底前完成全区8个农贸市场提升改造。", 8),
    ],
)
def test_scope_after_done_verb_is_target(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全县13个供电所开展安全用电宣传。", 13),
        ("在全区8个街道推广垃圾分类。", 8),
        ("覆盖辖区6个社区开展志愿服务。", 6),
    ],
)
def test_scope_without_done_verb_stays_scope(text: str, value: float) -> None:
    assert value not in _values(text)


# --- an aid verb after a time word


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("资助企业设立智能生产线。年内资助不少于30条生产线。", 30),
        ("推广新能源公交。全年补贴新能源公交车50台。", 50),
        ("帮扶困难企业。今年资助不少于20家小微企业。", 20),
        ("扶持家庭农场。每年奖补示范家庭农场15家以上。", 15),
    ],
)
def test_aid_count_after_time_word_is_target(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("鼓励企业技改。年内补助不超过200万元。", 200),
        ("支持设备更新。全年对每条生产线给予奖励30万元。", 30),
        ("扶持家庭农场。每年给予示范家庭农场奖补5万元。", 5),
    ],
)
def test_aid_money_after_time_word_stays_incentive(text: str, value: float) -> None:
    assert value not in _values(text)


# --- a month deadline makes a line of a notice without numbered items commit to its figures


def _page(text: str) -> list[float]:
    res = parse_document(text, source="p.txt", is_text=True)
    rows = [t if isinstance(t, dict) else t.__dict__ for t in res.targets]
    return sorted(t["value"] for t in rows)


_NOTICE = "关于2026年{what}的通知\n各乡镇人民政府：\n根据上级安排，为切实做好{what}，加强统筹调度，压实各方责任，确保各项工作按期保质完成，现将有关事项通知如下。\n各地要提高认识，加强领导，把此项工作列入重要议事日程，认真组织实施。\n{line}\n县农业农村局\n2026年3月2日\n"


@pytest.mark.parametrize(
    ("what", "line", "value"),
    [
        ("高标准农田建设任务", "请各地于12月底前完成建设任务，亩均投入不低于3000元。", 3000),
        ("农村公路养护任务", "请各乡镇在10月底前完成农村公路养护里程120公里。", 120),
        ("春季造林任务", "各地要于4月底前完成春季造林面积2万亩以上。", 2),
    ],
)
def test_month_deadline_line_is_goal(what: str, line: str, value: float) -> None:
    assert value in _page(_NOTICE.format(what=what, line=line))


@pytest.mark.parametrize(
    ("what", "line", "value"),
    [
        ("高标准农田建设任务", "去年各地亩均投入为3000元，群众反映良好。", 3000),
        ("农村公路养护任务", "全县农村公路总里程达1200公里，路网逐步完善。", 1200),
    ],
)
def test_line_without_cue_is_no_goal(what: str, line: str, value: float) -> None:
    assert value not in _page(_NOTICE.format(what=what, line=line))


# --- a scope word alone before the count is no indicator: the noun after it names what is counted


def _indicator(text: str, value: float) -> str:
    return next(r["indicator"] for r in extract_targets(text) if r["value"] == value)


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("完成辖区3个老旧小区雨污分流改造。", 3, "老旧小区雨污分流改造"),
        ("年内完成辖区内2个农贸市场提升改造。", 2, "农贸市场提升改造"),
        ("年底前建成辖区4个社区食堂。", 4, "社区食堂"),
        ("9月底前建成全街道2个标准化农贸市场。", 2, "标准化农贸市场"),
    ],
)
def test_alone_scope_gives_noun_after(text: str, value: float, noun: str) -> None:
    ind = _indicator(text, value)
    assert noun in ind and "辖区" not in ind and "全街道" not in ind


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("辖区污水管网新建里程达到12公里。", 12, "辖区污水管网新建里程"),
        ("走访慰问全市不低于120名困境儿童。", 120, "走访慰问困境儿童"),
        ("全街道新增就业岗位300个。", 300, "全街道新增就业岗位"),
    ],
)
def test_scope_inside_indicator_kept(text: str, value: float, indicator: str) -> None:
    assert _indicator(text, value) == indicator
