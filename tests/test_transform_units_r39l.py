"""Round 39l: units on new genres (short pass).

- a scope word glued before a role label ("省直牵头单位：", "；省直配合单位：", "市直责任单位：") belongs to
  the label, not to the value before it: "牵头单位：省应急管理厅；省直配合单位：省公安厅" leads with
  省应急管理厅 alone, never with a unit "省直". A level word does the same ("市级牵头单位：市水利局；县级责任
  单位：各县人民政府": 县级 is no unit).
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- a scope word before a role label --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "强化危化品监管。省直牵头单位：省应急管理厅；省直配合单位：省交通运输厅、省公安厅",
            ["省应急管理厅"],
            ["省交通运输厅", "省公安厅"],
        ),
        (
            "推进城市更新。（市直牵头单位：市住房城乡建设局，市直配合单位：市财政局）",
            ["市住房城乡建设局"],
            ["市财政局"],
        ),
        (
            "加強礦山安全監管。省直牽頭單位：省應急管理廳；省直配合單位：省自然資源廳",
            ["省應急管理廳"],
            ["省自然資源廳"],
        ),
        (
            "优化纳税服务。县直牵头单位：县税务局　县直责任单位：县财政局",
            ["县税务局"],
            ["县财政局"],
        ),
        (
            "整治河道。【区直牵头单位】区水务局【区直配合单位】区城管局",
            ["区水务局"],
            ["区城管局"],
        ),
    ],
)
def test_scope_word_before_a_label_is_no_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 县直 opens a unit name here (县直各有关部门), after the label's colon: kept whole
        ("规范执法检查。责任单位：县司法局、县直各有关部门", ["县司法局", "县直各有关部门"], []),
        ("开展专项整治。牵头单位：县应急管理局；配合单位：县直有关单位", ["县应急管理局"], ["县直有关单位"]),
        # 省直 glued to a name before the label is no scope word of the label
        ("推进机关党建。牵头单位：省直机关工委；配合单位：省委组织部", ["省直机关工委"], ["省委组织部"]),
    ],
)
def test_scope_word_kept_where_it_opens_a_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "开展河湖健康评价。市级牵头单位：市水利局；县级责任单位：各县（市、区）人民政府",
            ["市水利局"],
            ["各县（市、区）人民政府"],
        ),
        (
            "推进幸福河湖建设。省级牵头单位：省水利厅、省文化和旅游厅，市级配合单位：各市水利局",
            ["省水利厅", "省文化和旅游厅"],
            ["各市水利局"],
        ),
        (
            "開展林業有害生物防治。縣級牽頭單位：縣林業局；鄉級責任單位：各鄉鎮人民政府",
            ["縣林業局"],
            ["各鄉鎮人民政府"],
        ),
        (
            "整治村容村貌。县级牵头单位：县农业农村局　镇级配合单位：各镇人民政府",
            ["县农业农村局"],
            ["各镇人民政府"],
        ),
    ],
)
def test_level_word_before_a_label_is_no_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a level word after the colon opens the value: kept as printed
        ("推进数据共享。牵头单位：县大数据中心；配合单位：县级各部门", ["县大数据中心"], ["县级各部门"]),
        ("建设救助站。牵头单位：市级救助管理站；配合单位：市民政局", ["市级救助管理站"], ["市民政局"]),
    ],
)
def test_level_word_kept_where_it_opens_a_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.timeout(30)
def test_scope_words_before_labels_at_scale() -> None:
    from transform.unit_labels import _label_matches

    text = "省直牵头单位：省应急管理厅；省直配合单位：省公安厅；" * 8000
    found = _label_matches(text)
    assert len(found) == 16000
    assert all(text[s : s + 2] == "省直" for s, _v, _k in found)
    near = "省直机关工委；配合单位省直：县；" * 8000
    assert _label_matches(near) == []
