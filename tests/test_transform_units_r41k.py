"""Round 41k: whole plans in new genres (医共体, 城市体检, 低空经济, 银发经济, 耕地非粮化, 农村供水,
消防, 文物, 网络安全, 县域商业).

- an adverb after a list of bodies ("县医保局、县融媒体中心分别负责…", "县财政局、县审计局共同负责…",
  "各自") ends the list: it is no part of the last name (lexicon units_tails [adverbs]).
- a letter-spaced label of a PDF conversion ("牵 头 单 位：县商务局", "配　合　单　位：") is read with
  its spaces taken out.
- a bullet mark before a label or after a name ("▲牵头单位：县卫健局；▲参与单位：…", "■", "◆") is no
  part of a name.
"""

from __future__ import annotations

import pytest

from transform.unit_names import split_value
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "加强宣传引导。县医保局、县融媒体中心分别负责政策解读和宣传报道，全年开展集中宣传活动不少于20场。",
            ["县医保局", "县融媒体中心"],
        ),
        (
            "强化资金监管。县财政局、县审计局共同负责项目资金监管，确保专款专用。",
            ["县财政局", "县审计局"],
        ),
        (
            "推進適老化改造。縣民政局、縣殘聯分別負責改造對象認定和工程驗收，全年改造1000戶。",
            ["縣民政局", "縣殘聯"],
        ),
        (
            "做好应急保障。区应急管理局、区消防救援大队各自负责本系统应急物资储备。",
            ["区应急管理局", "区消防救援大队"],
        ),
    ],
)
def test_adverb_after_bodies_ends_the_list(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("县发改局、县工信局分别", ("县发改局", "县工信局")),
        ("市住建局、市城管局共同", ("市住建局", "市城管局")),
        ("縣水務局、縣財政局分別", ("縣水務局", "縣財政局")),
    ],
)
def test_split_value_drops_adverb(value: str, names: tuple[str, ...]) -> None:
    assert split_value(value)[0] == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # an adverb inside a name, or a name of its own, is kept
        ("县共同富裕促进中心、县发改局", ("县共同富裕促进中心", "县发改局")),
        ("县发改局、县财政局", ("县发改局", "县财政局")),
    ],
)
def test_split_value_keeps_names(value: str, names: tuple[str, ...]) -> None:
    assert split_value(value)[0] == names


def test_separate_duties_unchanged() -> None:
    text = "加强宣传引导。县医保局负责政策解读，县融媒体中心负责宣传报道。"
    assert _units(text) == (["县医保局", "县融媒体中心"], [])


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_adverb_tail_scale(n: int) -> None:
    split_value("县发改局、县工信局分别" * n)
    split_value("县发改局分别、" * n)


# --- letter-spaced labels ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.建设县域医疗次中心。建成县域医疗次中心2个。\n牵 头 单 位：县卫生健康局\n配 合 单 位：县医保局、县财政局",
            ["县卫生健康局"],
            ["县医保局", "县财政局"],
        ),
        (
            "2.发展低空物流。开通无人机物流航线30条。\n责\u3000任\u3000单\u3000位：市邮政管理局、市商务局",
            ["市邮政管理局", "市商务局"],
            [],
        ),
        (
            "3.發展老年旅遊。開發銀髮旅遊線路10條。（牽 頭 單 位：縣文化和旅遊局；配 合 單 位：縣交通運輸局）",
            ["縣文化和旅遊局"],
            ["縣交通運輸局"],
        ),
        (
            "4.整治危旧房屋。完成解危治理。\n牵 头 单 位 ：市住房和城乡建设局",
            ["市住房和城乡建设局"],
            [],
        ),
    ],
)
def test_spaced_label(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        # spaced words that are no label, before a colon
        "1.开展宣传活动。活动主题为 我 们 的 节 日：春节，全年开展活动20场。",
        # a spaced heading without a colon
        "2.建设养老设施。新增社区养老服务设施8处。\n牵 头 单 位 县民政局",
    ],
)
def test_spaced_non_label(text: str) -> None:
    assert _units(text) == ([], [])


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_spaced_label_scale(n: int) -> None:
    extract_units("1.建设。建成2个。" + "牵 头 单 位：县卫生健康局；" * n)
    extract_units("1.建设。建成2个。" + "牵 头 单 元 ：" * n)


# --- bullet marks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("1.建设。建成2个。\n▲牵头单位：县卫健局；▲参与单位：县医保局", ["县卫健局"], ["县医保局"]),
        ("1.建设。建成2个。\n■责任单位：县文旅局 ■配合单位：县公安局", ["县文旅局"], ["县公安局"]),
        ("1.建设。建成2个。\n◆牵头单位：区数据局◆协同部门：区委网信办", ["区数据局"], ["区委网信办"]),
        ("1.建设。建成2个。\n责任单位：区财政局、区发改局▲", ["区财政局", "区发改局"], []),
    ],
)
def test_bullet_marks(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a star after a name marks the lead, as before
        ("1.建设。建成2个。（责任单位：区财政局★、区发改局）", ["区财政局"], ["区发改局"]),
        ("1.建设。建成2个。\n牵头单位：县卫健局；配合单位：县医保局", ["县卫健局"], ["县医保局"]),
    ],
)
def test_marks_unchanged(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)
