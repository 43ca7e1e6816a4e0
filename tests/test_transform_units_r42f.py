"""Round 42f: unit labels met in whole plans of new genres.

- A 机关 or 主体 label joined to its names by a copula, without a colon: "主辦機關為社會工作局，協辦機關為衛生局",
  "责任主体为县教育局" (transform/unit_labels.py).
- 主管机关 is a responsible label ("主管機關：衛生局"), like 主管单位 (units_roles.toml [labels]).
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- 机关 / 主体 labels with a copula -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "擴展長者日間護理服務。新增服務名額120個。主辦機關為社會工作局，協辦機關為衛生局。",
            ["社會工作局"],
            ["衛生局"],
        ),
        (
            "推廣健康評估。全年評估不少於8000人。主辦機關為衛生局，協辦機關為社會工作局、體育局。",
            ["衛生局"],
            ["社會工作局", "體育局"],
        ),
        ("推动长者持续进修。开办进修课程200班次。主办机关为教育及青年发展局。", ["教育及青年发展局"], []),
        ("加强师德师风建设。开展专题教育。责任主体为县教育局。", ["县教育局"], []),
        ("加强招生监管。公开招生计划。责任主体为县教育局；配合单位为县公安局。", ["县教育局"], ["县公安局"]),
        ("规范收费行为。（责任主体是县市场监督管理局）", ["县市场监督管理局"], []),
    ],
)
def test_copula_organ_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "落实企业主体责任。企业是安全生产的责任主体，要建立健全制度。",  # the label words as a subject
        "明确责任主体为关键，要层层压实责任。",  # no unit after the copula
        "加强机关建设。主办机关为落实单位提供指导。",  # prose after the copula
    ],
)
def test_copula_organ_labels_not_fired(text: str) -> None:
    lead, part = _units(text)
    assert not any("主体" in u or "机关" in u or "落实" in u for u in lead + part)
    assert lead == []


# --- 主管机关 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "推動認知障礙症早期篩查。全年篩查人數達到3000人。\n主管機關：衛生局\n協辦機關：社會工作局",
            ["衛生局"],
            ["社會工作局"],
        ),
        ("優化養老金發放服務。發放率達到100%。\n主管機關：社會保障基金", ["社會保障基金"], []),
        ("规范登记管理。（主管机关：县民政局；配合单位：县公安局）", ["县民政局"], ["县公安局"]),
        ("加强监管。牵头单位：县市场监管局；主管机关：县商务局", ["县市场监管局"], ["县商务局"]),
    ],
)
def test_zhuguan_jiguan(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "加强登记管理。由主管机关依法审查后予以登记。",
        "主管机关要切实履行监管职责，加强日常检查。",
    ],
)
def test_zhuguan_jiguan_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- a 整改 责任主体 beside a body that oversees it (open from round 42a) ---------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("整改责任主体为县教育局，县财政局履行监管责任。", ["县教育局"], ["县财政局"]),
        (
            "压实管党治党责任。每年研究2次。整改责任主体为各中小学校，县教育局履行监管责任。",
            ["各中小学校"],
            ["县教育局"],
        ),
        (
            "加强招生监管。责任主体为县教育局，县纪委监委驻县教育局纪检监察组履行监督责任。",
            ["县教育局"],
            ["县纪委监委驻县教育局纪检监察组"],
        ),
    ],
)
def test_zhengai_zhuti_copula(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("piece", ["；主办机关为社会工作局", "，主办机关为关键", "，责任主体是"])
def test_copula_labels_hostile_scale(piece: str) -> None:
    extract_units(piece * 8000)


# --- a label inside a bracket the value opened ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "完善平台。\n牵头单位：区司法局（公共法律服务管理科 负责人：刘洋）\n配合单位：各街道办事处",
            ["区司法局"],
            ["各街道办事处"],
        ),
        (
            "完善平台。\n牵头单位：区司法局（公共法律服务管理科，责任人：刘洋）\n配合单位：区法院",
            ["区司法局"],
            ["区法院"],
        ),
        (
            "推进改造。责任单位：县住建局（城建股　分管领导：王强）；配合单位：县财政局",
            ["县住建局"],
            ["县财政局"],
        ),
        (
            "強化監管。\n牽頭單位：縣市場監管局（食品科 聯繫人：李明）\n配合單位：縣公安局",
            ["縣市場監管局"],
            ["縣公安局"],
        ),
    ],
)
def test_label_inside_open_bracket(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "完善平台。\n牵头单位：区司法局（公共法律服务管理科）\n配合单位：区法院",
            ["区司法局（公共法律服务管理科）"],
            ["区法院"],
        ),
        (
            "推进建设。\n牵头单位：各县（市、区）人民政府\n配合单位：市财政局",
            ["各县（市、区）人民政府"],
            ["市财政局"],
        ),
        ("推进建设。责任单位：各县（市、区", ["各县（市、区"], []),  # a bracket open at the end of the text
    ],
)
def test_label_inside_open_bracket_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "piece", ["牵头单位：区司法局（综合科 负责人：刘洋）\n", "（（区司法局", "牵头单位：区司法局（综合科"]
)
def test_open_bracket_hostile_scale(piece: str) -> None:
    extract_units(piece * 8000)
