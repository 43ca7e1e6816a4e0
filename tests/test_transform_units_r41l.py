"""Round 41l: units of meeting minutes and joint work, the tail of round 41.

- a sentence opened by 由 whose 负责 clause stands alone before the work ("由市财政局负责，统筹安排
  资金。", "三、由镇农业服务中心负责，组织…") names the lead, as "，县住建局负责，" does between commas.
- 会议责成 is a meeting's lead-in ("会议责成区公安分局负责，区教育局协助做好错峰放学。"), and 责成, like 由,
  introduces the names of a clause ("会议责成县住建局负责，县城管局配合": no 会议责成 in the name).
- 推行 is a work verb of a joint sentence ("县卫生健康局会同县医保局推行按病种付费改革").
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 由 opens the sentence, the work follows the comma
        ("由市财政局负责，统筹安排专项资金。", ["市财政局"], []),
        ("由區交通運輸局負責，年內完成改造。", ["區交通運輸局"], []),
        ("会议决定：由县住建局负责，年底前完成老旧小区改造。", ["县住建局"], []),
        ("三、由镇农业服务中心负责，组织开展春耕培训。", ["镇农业服务中心"], []),
        ("县发改委牵头制定方案。由县财政局负责，做好资金保障。", ["县财政局"], []),
        # 会议责成
        ("会议责成区公安分局负责，区教育局协助做好错峰放学。", ["区公安分局"], ["区教育局"]),
        ("会议责成县住建局负责，县城管局配合，年内完成。", ["县住建局"], ["县城管局"]),
        ("會議責成縣衛生健康局負責，縣醫保局配合做好結算工作。", ["縣衛生健康局"], ["縣醫保局"]),
        (
            "市政府责成市交通运输局负责，市公安局交警支队配合，限期整改。",
            ["市交通运输局"],
            ["市公安局交警支队"],
        ),
        # 推行 after 会同
        ("县卫生健康局会同县医保局推行按病种付费改革。", ["县卫生健康局"], ["县医保局"]),
        ("市人社局会同市财政局推行就业补贴“直补快办”。", ["市人社局"], ["市财政局"]),
        ("鎮農業服務中心會同鎮財政所推行土地托管服務。", ["鎮農業服務中心"], ["鎮財政所"]),
    ],
)
def test_fires(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        # 由 before a person or a pronoun: no unit
        "由分管副县长负责，定期调度。",
        "由其负责，按月调度进展。",
        # 责成 before everyone, a person, a pronoun
        "会议责成有关部门负责，抓紧落实。",
        "会议责成相关责任人负责整改。",
        "对失职人员，责成其作出书面检查。",
        # 推行 without 会同, or everyone after 会同
        "县卫生健康局要推行分级诊疗制度。",
        "各地会同有关部门推行网格化管理。",
    ],
)
def test_does_not_fire(text: str) -> None:
    assert _units(text) == ([], [])


def test_a_lead_clause_keeps_its_roles() -> None:
    assert _units("由县住建局牵头，县财政局负责，做好保障。") == (["县住建局"], ["县财政局"])


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "piece", ["会议责成区公安分局负责，区教育局协助。", "由市财政局负责，统筹安排", "责成责成由由"]
)
def test_hostile_scale(piece: str) -> None:
    extract_units(piece * 2000)


# --- 共同配合 and 各自负责 after a lead clause (units_roles.toml [verbs]) ---------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("县发展改革委牵头，县财政局共同配合，做好项目储备。", ["县发展改革委"], ["县财政局"]),
        ("市住建局牵头，市城管局、市公安局共同配合，年底前完成。", ["市住建局"], ["市城管局", "市公安局"]),
        ("（鎮政府牽頭，鎮財政所共同配合）", ["鎮政府"], ["鎮財政所"]),
        (
            "县卫生健康局牵头，县财政局、县医保局各自负责，抓好落实。",
            ["县卫生健康局"],
            ["县财政局", "县医保局"],
        ),
        (
            "由区教育局牵头，区财政局、区人社局各自负责，确保按期完成。",
            ["区教育局"],
            ["区财政局", "区人社局"],
        ),
        ("（市发改委牵头，市统计局、市财政局各自负责）", ["市发改委"], ["市统计局", "市财政局"]),
    ],
)
def test_shared_roles_after_a_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("各单位要各自负责，抓好落实。", []),
        ("各部门共同配合，形成合力。", []),
        ("群众共同配合，营造良好氛围。", []),
        ("县卫生健康局牵头，各成员单位各自负责，抓好落实。", ["县卫生健康局"]),
    ],
)
def test_shared_roles_of_everyone(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])
