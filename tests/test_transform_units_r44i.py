"""Round 44i: units, a short pass (为主 leads; a body's own share with 开展/协调; 由 before 各X with a
调处/化解 verb; "——X局" after prose without a full stop; a list ending with 市属国有企业; 测算 ends the names
after 会同; a dash after the work clears the prose waiting before it)."""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- 为主: the body that takes the main part leads ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("一、做实家庭医生签约。县卫健局为主，县医保局配合，推进重点人群签约。", ["县卫健局"], ["县医保局"]),
        ("（市城管局为主，各区人民政府配合）", ["市城管局"], ["各区人民政府"]),
        ("县农业农村局为主、县财政局配合，完成高标准农田建设。", ["县农业农村局"], ["县财政局"]),
        ("坚持以县委宣传部为主，各乡镇配合。", ["县委宣传部"], ["各乡镇"]),
        ("（一）推動居家養老。區民政局為主，區衞生健康局配合。", ["區民政局"], ["區衞生健康局"]),
        # no unit before 为主
        ("坚持预防为主，防治结合。", [], []),
        ("以政府投入为主，社会资本参与。", [], []),
        ("构建以县人民医院为主、乡镇卫生院为辅的救治体系。", [], []),
        ("市场主体以中小企业为主。", [], []),
    ],
)
def test_main_part_leads(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a body's own share: 开展, 每月开展, 定期开展, 协调 -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("镇综治中心牵头，各村调解委员会每月开展一次拉网式排查。", ["镇综治中心"], ["各村调解委员会"]),
        ("县水利局牵头，县财政局开展绩效评价。", ["县水利局"], ["县财政局"]),
        ("區民政局牽頭，各街道辦事處定期開展食品安全自查。", ["區民政局"], ["各街道辦事處"]),
        (
            "县供电公司负责赛事用电保障，县工业和信息化局协调通信运营商做好通信保障。",
            ["县供电公司", "县工业和信息化局"],
            [],
        ),
        ("县公安局负责赛场治安，县交通运输局协调客运企业做好疏运。", ["县交通运输局", "县公安局"], []),
        # no body before the verb, or no other piece that names one
        ("积极开展宣传，协调各方力量。", [], []),
        ("县卫健局协调各医院做好救治。", [], []),
        ("县教育局负责校舍改造，同时开展师资培训。", ["县教育局"], []),
    ],
)
def test_own_share(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 由 before the bodies: 各X with a 调处/化解 verb ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("邻里纠纷由各村调解委员会就地调处，镇司法所加强业务指导。", ["各村调解委员会"], []),
        ("物业纠纷由各社区居委会就地化解。", ["各社区居委会"], []),
        ("疑难复杂纠纷由街道综治中心调处化解。", ["街道综治中心"], []),
        ("投訴事項由各街道辦事處就地化解，區民政局加強指導。", ["各街道辦事處"], []),
        # no body, or the verb as a noun
        ("坚持矛盾纠纷就地调处。", [], []),
        ("做好调处化解工作。", [], []),
        ("坚持就地化解矛盾纠纷。", [], []),
    ],
)
def test_by_settles(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- "——X局" after prose without a full stop ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("1.推行企业开办“一日办结”。整合企业开办环节，实现全程网办——区行政审批局", ["区行政审批局"], []),
        ("压缩审批时限，推行并联审批——县行政审批局、县住建局", ["县住建局", "县行政审批局"], []),
        ("2.推进不动产登记。压缩登记时限——区自然资源局", ["区自然资源局"], []),
        # no government body after the dash
        ("建设两区——高新区和经开区", [], []),
        ("坚持一个目标——打造县域经济强县", [], []),
        ("建设一刻钟服务圈。坚持一个目标——群众办事不出社区", [], []),
    ],
)
def test_dash_after_prose(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


def test_dash_after_work_clears_waiting_prose() -> None:
    text = "3.推行惠企资金直达。建设惠企政策平台，实现资金直达快享——区财政局牵头，区发改局配合"
    assert _units(text) == (["区财政局"], ["区发改局"])
    assert _units("推进全程网办——区行政审批局负责") == (["区行政审批局"], [])
    # names before a comma still wait for the verb
    assert _units("县发改局、县财政局，县统计局牵头") == (["县发改局", "县统计局", "县财政局"], [])


# --- a list that ends with 市属国有企业; 测算 after 会同 ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.开展数据资产入表试点。市财政局牵头，市国资委、市属国有企业参与。",
            ["市财政局"],
            ["市国资委", "市属国有企业"],
        ),
        ("县财政局牵头，县国资委、县属国有企业配合。", ["县财政局"], ["县国资委", "县属国有企业"]),
        ("县财政局牵头，县统计局和区属国企配合。", ["县财政局"], ["区属国企", "县统计局"]),
        ("三、做好资金保障。区发改局牵头，会同区财政局测算补助标准。", ["区发改局"], ["区财政局"]),
        ("县医保局牵头，会同县卫健局测算支付标准。", ["县医保局"], ["县卫健局"]),
        # prose in the list, or no body after 会同
        ("县财政局牵头，开展绩效评价、县属国有企业配合。", ["县财政局"], []),
        ("会同有关部门测算。", [], []),
    ],
)
def test_lists_and_joint_stops(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.timeout(30)
def test_hostile_scale() -> None:
    for n in (500, 2000, 8000):
        assert extract_units("实现全程网办——" * n + "区行政审批局") is not None
        assert extract_units("坚持以县委宣传部为主，" * n) is not None
        assert extract_units("邻里纠纷由各村就地调处，" * n) is not None
