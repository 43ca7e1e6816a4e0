"""Round 45g: units, second pass (role in brackets after a label, 设在 notes, 会同 cuts, sector rows …)."""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a role in brackets after a responsible label: 责任单位（牵头）： -----------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.推行企业开办集成办理。\n责任单位（牵头）：县市场监督管理局\n责任单位（配合）：县税务局、县人社局",
            ["县市场监督管理局"],
            ["县人社局", "县税务局"],
        ),
        (
            "（二）深化审批改革。责任单位（牵头）：市住建局；责任单位（配合）：市自然资源局、市发改委",
            ["市住建局"],
            ["市发改委", "市自然资源局"],
        ),
        (
            "3.加强知识产权保护。\n责任部门(牵头):区市场监管局  责任部门(参与):区公安分局、区法院",
            ["区市场监管局"],
            ["区公安分局", "区法院"],
        ),
        (
            "四、整治餐饮油烟。整改责任单位（主办）：镇综合执法队；整改责任单位（协同）：镇环保站",
            ["镇综合执法队"],
            ["镇环保站"],
        ),
    ],
)
def test_role_in_brackets_after_label(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a bracketed noun is no role: 责任单位（部门）： stays responsible
        ("3.规范涉企收费。\n责任单位（部门）：县发改局、县财政局", ["县发改局", "县财政局"], []),
        # a role after a name is the name's own mark, no label
        ("2.建设智慧停车场。责任单位：县城管局（牵头）、县公安局", ["县城管局"], ["县公安局"]),
        # an unknown word in the brackets makes no label
        ("5.开展宣传。责任单位（暂定）：县委宣传部", [], []),
    ],
)
def test_role_in_brackets_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a bracketed 设在 note inside a label's value -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "（一）举办促消费活动。\n牵头单位：市商务局（市促进消费联席会议办公室设在市商务局）；配合单位：市文旅局",
            ["市商务局"],
            ["市文旅局"],
        ),
        (
            "（三）加强安全监管。责任单位：县应急管理局（县安委会办公室设在县应急管理局）、县消防救援大队",
            ["县应急管理局", "县消防救援大队"],
            [],
        ),
        (
            "5.推进河湖长制。（牵头单位：區水務局(區河長制辦公室設在區水務局)；配合单位：各街道）",
            ["區水務局"],
            ["各街道"],
        ),
    ],
)
def test_sits_in_note_cut(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a bracket with no 设在 stays part of the name
        ("2.提升服务。牵头单位：县政务服务中心（县行政审批局）", ["县政务服务中心（县行政审批局）"], []),
        # 设在 outside a bracket in prose names no extra unit
        ("（一）加强领导。成立工作专班，专班办公室设在县住建局。牵头单位：县住建局", ["县住建局"], []),
    ],
)
def test_sits_in_note_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- "下一步，由X负责…": a short opener and a comma before 由; the share beside 由X负责 takes part -----


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一、城北片区改造项目。管网改造进度偏慢。下一步，由县住房和城乡建设局负责统筹施工，县燃气公司做好管道迁改。",
            ["县住房和城乡建设局"],
            ["县燃气公司"],
        ),
        (
            "二、城南片区。部分道路破损。下一步，由县城市管理局负责道路修复，县供电公司、县自来水公司配合做好管线迁改。",
            ["县城市管理局"],
            ["县供电公司", "县自来水公司"],
        ),
        ("（三）调解工作。今后，由镇综治中心负责矛盾纠纷排查化解。", ["镇综治中心"], []),
        (
            "三、养老服务。已完成主体工程。同时，由县民政局负责设施配套，各乡镇人民政府做好入住动员。",
            ["县民政局"],
            ["各乡镇人民政府"],
        ),
        ("4.提升服务。由县民政局负责设施配套，县财政局做好资金保障。", ["县民政局"], ["县财政局"]),
    ],
)
def test_lead_in_before_by(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a work word before the comma, no opener: the 由 piece is no sentence of its own
        ("5.推进改造。完成管网铺设，由县住建局负责统筹施工。", [], []),
        # no 由: a 负责 piece and a share are equals
        ("6.提升项目。县民政局负责设施配套，县财政局做好资金保障。", ["县民政局", "县财政局"], []),
        # the opener inside a sentence, not opening it
        ("7.加强衔接。做好工作的同时，由县住建局负责统筹施工。", [], []),
    ],
)
def test_lead_in_before_by_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a row of sector bodies without their level: 公安部门负责…；交通运输部门负责… --------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.整治占道经营。市场监管部门负责无照经营查处；公安部门负责交通秩序维护；交通运输部门负责客运站周边整治。",
            ["市场监管部门", "公安部门", "交通运输部门"],
            [],
        ),
        (
            "2.规范户外广告。住建部门负责广告设施安全检查，城管部门负责违规广告牌拆除。",
            ["住建部门", "城管部门"],
            [],
        ),
        (
            "1.強化農產品監管。農業農村部門負責農藥殘留監測；公安部門負責打擊食品犯罪。",
            ["農業農村部門", "公安部門"],
            [],
        ),
        (
            "（三）治理扬尘。生态环境部门负责扬尘污染执法，各镇街配合做好日常巡查。",
            ["生态环境部门"],
            ["各镇街"],
        ),
    ],
)
def test_sector_bodies_row(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # everyone, no sector: 有关部门, 相关部门 name no unit
        ("3.开展检查。有关部门负责隐患排查，相关部门负责督促整改。", [], []),
        # a sector word that is no department
        ("4.做好宣传。新闻媒体部门负责宣传报道，志愿服务部门负责组织活动。", [], []),
    ],
)
def test_sector_bodies_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a share piece's subject cut at 对/联合/会同: "会同县教育局对学校食堂…开展检查" ------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.开展校园食品安全检查。县市场监督管理局牵头，会同县教育局对学校食堂和校外供餐单位开展检查。",
            ["县市场监督管理局"],
            ["县教育局"],
        ),
        (
            "3.开展联合执法。严查露天焚烧。县生态环境局联合县公安局开展执法检查。",
            ["县生态环境局"],
            ["县公安局"],
        ),
        (
            "（二）排查隐患。请区卫生健康局牵头，会同区教育局对辖区托育机构和校外培训单位开展全覆盖检查。",
            ["区卫生健康局"],
            ["区教育局"],
        ),
    ],
)
def test_subject_cut_in_share(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 对 inside a name whose head is no body stays
        ("5.扩大外贸。县对外贸易服务中心负责开展外贸企业培训。", ["县对外贸易服务中心"], []),
        # no cut word: the names are read as before
        ("6.开展检查。县市场监管局牵头，县教育局配合开展学校食堂检查。", ["县市场监管局"], ["县教育局"]),
    ],
)
def test_subject_cut_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- an overseer after a 责任单位 sentence: "X作为整改责任单位，…，Y跟踪督办。" names no unit Y ----------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一、资金拨付滞后问题。县财政局作为整改责任单位，建立资金拨付台账，县纪委监委派驻纪检监察组跟踪督办。",
            ["县财政局"],
            [],
        ),
        (
            "1.公务用车管理不规范。县机关事务服务中心作为整改责任单位，建立用车台账，县纪委监委派驻纪检监察组跟踪督办。",
            ["县机关事务服务中心"],
            [],
        ),
        (
            "（二）招投标不规范。区住建局作为整改责任单位，完善制度，区政府督查室挂牌督办。",
            ["区住建局"],
            [],
        ),
    ],
)
def test_overseer_after_resp_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a helper after the 责任单位 sentence still takes part
        ("4.整改。县财政局作为整改责任单位，县审计局配合。", ["县财政局"], ["县审计局"]),
        # a 督办 label names no unit either way; the lead stays
        ("5.整改。牵头单位：县财政局；督办单位：县政府督查室", ["县财政局"], []),
    ],
)
def test_overseer_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- utility firms without their level in a share piece: 燃气公司做好… -----------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "一、城北片区。进度偏慢。下一步，由县住房和城乡建设局负责统筹施工，燃气公司做好燃气管道迁改。",
            ["县住房和城乡建设局"],
            ["燃气公司"],
        ),
        (
            "二、城南片区。道路破损。下一步，由县城市管理局负责道路修复，供电公司、自来水公司配合做好管线迁改。",
            ["县城市管理局"],
            ["供电公司", "自来水公司"],
        ),
        (
            "3.推进管网改造。镇村建办牵头，热力公司做好供热管网改造。",
            ["镇村建办"],
            ["热力公司"],
        ),
    ],
)
def test_utility_firm_share(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a firm alone names no lead
        ("4.做好保障。燃气公司做好供气保障。", [], []),
        # a firm kind the lexicon does not know stays none
        ("5.改造。县住建局负责管网改造，建筑公司做好施工。", ["县住建局"], []),
    ],
)
def test_utility_firm_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a qualifier before the bodies of a share piece: 涉及的乡镇人民政府做好… --------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "四、执法程序不规范问题。县司法局负责开展执法案卷评查，涉及的乡镇人民政府做好自查整改。",
            ["县司法局", "乡镇人民政府"],
            [],
        ),
        (
            "（二）资金问题。由县财政局负责资金清理，涉及的县卫生健康局做好资金退还。",
            ["县财政局"],
            ["县卫生健康局"],
        ),
        (
            "3.问题整改。县审计局牵头，所涉及的县教育局配合做好整改销号。",
            ["县审计局"],
            ["县教育局"],
        ),
    ],
)
def test_name_opener_in_share(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 涉及 as the verb of a sentence names no unit
        ("5.整改。县财政局牵头，所涉及问题要全部整改到位。", ["县财政局"], []),
        # no body after the qualifier
        ("6.整改。县财政局负责统筹，涉及的问题做好销号管理。", ["县财政局"], []),
    ],
)
def test_name_opener_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- _ANY_UNIT_WORD narrowed: 化解 -> 就地化解 (负责化解 and 调处化解 hold 负责/调处); output unchanged ------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("（三）纠纷调处。镇综治中心就地化解。", ["镇综治中心"], []),
        ("4.信访积案。由城关镇人民政府负责化解，县农业农村局给予政策指导。", ["城关镇人民政府"], []),
        ("（一）矛盾排查。县司法局牵头，各乡镇就地化解。", ["县司法局"], ["各乡镇"]),
        # 化解 as a plain work word names no unit
        ("5.化解风险。防范化解重大风险。", [], []),
        ("3.化解矛盾。持续化解矛盾纠纷，维护社会稳定。", [], []),
    ],
)
def test_any_unit_word_jiudi_huajie(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))
