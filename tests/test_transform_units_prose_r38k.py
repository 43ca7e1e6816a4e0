"""Round 38k: units stated in prose, dashes between units, working groups.

- a dash between two unit names ("县发改局—县财政局") separates them like a 、;
- a bare level stuttered before its own body ("县、县发改局") is no unit; one that ends a list cut
  off with the page ("责任单位：市") stays as printed;
- a body set up by the text ("县级成立工作专班", "县政府组建工作组") is prose, no unit;
- "。X负责，Y具体落实。": the 落实 clause closing the sentence takes part, the post that carries it
  out ("村级管水员", "护林员") is no unit but the 负责 clause still names the lead;
- "，X负责，Y具体落实。" after a comma: X leads, Y takes part;
- "。X要会同Y做好…" (no role verb): X leads, Y takes part.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.unit_names import split_units
from transform.units import extract_units


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("区行政审批局—区大数据中心", ["区行政审批局", "区大数据中心"]),
        ("县住建局—县水务集团—县燃气公司", ["县住建局", "县水务集团", "县燃气公司"]),
        ("镇应急办－镇市场监管所", ["镇应急办", "镇市场监管所"]),
        ("县农业农村局——各乡镇人民政府", ["县农业农村局", "各乡镇人民政府"]),
        ("市商务局-市财政局、市税务局", ["市商务局", "市财政局", "市税务局"]),
    ],
)
def test_dash_between_units_splits(value: str, expected: list[str]) -> None:
    assert split_units(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("中国—东盟博览会秘书处", ["中国—东盟博览会秘书处"]),  # the pieces are no units
        ("镇林业站—刘洋", ["镇林业站"]),  # a person after the dash
        ("县发改局—项目建设", ["县发改局—项目建设"]),
    ],
)
def test_dash_inside_a_name_or_before_a_person_stays(value: str, expected: list[str]) -> None:
    assert split_units(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("县、县发改局", ["县发改局"]),
        ("县教体局、县、县财政局", ["县教体局", "县财政局"]),
        ("区、区直各部门", ["区直各部门"]),
        ("市、市住建局、市城管局", ["市住建局", "市城管局"]),
    ],
)
def test_bare_level_stuttered_before_its_body_is_dropped(value: str, expected: list[str]) -> None:
    assert split_units(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("区财政局、区", ["区财政局", "区"]),  # a list cut off with the page
        ("省、市、县三级人民政府", ["省、市、县三级人民政府"]),
        ("各县、市、区政府", ["各县、市、区政府"]),
    ],
)
def test_bare_level_elsewhere_stays(value: str, expected: list[str]) -> None:
    assert split_units(value) == expected


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


@pytest.mark.parametrize(
    "text",
    [
        "加强组织领导。县级成立工作专班，由分管副县长任组长。",
        "强化组织领导。县政府成立民生实事工作领导小组，统筹协调推进。",
        "加强组织领导。区级成立就业创业工作专班，统筹推进就业工作。",
        "健全工作机制。市政府组建专项工作组，定期调度。",
    ],
)
def test_body_set_up_by_the_text_is_no_unit(text: str) -> None:
    assert _units(text) == ([], [])


def test_unit_named_last_still_read() -> None:
    assert _units("健全工作推进机制。建立月度例会制度。县委改革办、县发改局") == (
        ["县委改革办", "县发改局"],
        [],
    )


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("稳定粮食生产。落实播种面积。镇农业服务中心负责，各村具体落实。", ["镇农业服务中心"], ["各村"]),
        (
            "推进和美乡村建设。开展村庄清洁行动。镇村建办、镇环卫站负责，各村具体落实。",
            ["镇村建办", "镇环卫站"],
            ["各村"],
        ),
        (
            "自建房安全整治。开展经营性自建房排查。镇规划建设办、镇国土所负责，各村（社区）具体落实。",
            ["镇规划建设办", "镇国土所"],
            ["各村（社区）"],
        ),
        (
            "开展水源地保护。划定水源保护范围。乡水利站、各村（居）委会负责，村级管水员具体落实。",
            ["乡水利站", "各村（居）委会"],
            [],
        ),
        (
            "落实网格化管理。将责任落实到山头地块。镇林业站、各村（居）委会负责，护林员具体落实。",
            ["镇林业站", "各村（居）委会"],
            [],
        ),
    ],
)
def test_responsible_sentence_then_carried_out(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "提升村容村貌。开展庭院美化行动，乡妇联、乡团委负责，各村具体落实。",
            ["乡妇联", "乡团委"],
            ["各村"],
        ),
        (
            "保护饮用水源。开展问题排查整治，区生态环境分局、区水利局负责，各街道具体落实。",
            ["区生态环境分局", "区水利局"],
            ["各街道"],
        ),
        ("改造老旧管网。更换老旧管道，县住建局负责，各乡镇抓好落实。", ["县住建局"], ["各乡镇"]),
    ],
)
def test_comma_clause_then_carried_out(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "明确工作责任。各部门负责，确保任务落实。",  # everyone: a closing formula
        "加强禁烧监管。各乡镇要落实属地责任，县直有关部门要加强指导。",
        "整治背街小巷。实行县级领导包抓、部门牵头、乡镇落实的工作机制。",
        "明确工作责任。责任单位按职责分工负责，确保任务落实。",
    ],
)
def test_prose_duties_name_no_unit(text: str) -> None:
    assert _units(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "治理河道环境。开展河道清淤保洁。县水利局要会同县生态环境分局做好河道日常巡查。",
            ["县水利局"],
            ["县生态环境分局"],
        ),
        (
            "开展校园食品安全守护行动。市教育局要会同市市场监管局加强学校食堂监管。",
            ["市教育局"],
            ["市市场监管局"],
        ),
        (
            "加强职业技能培训。区人社局会同区总工会、区妇联等部门开展技能培训。",
            ["区人社局"],
            ["区总工会", "区妇联"],
        ),
        ("保护文物。县红十字会应会同县文旅局做好宣传。", ["县红十字会"], ["县文旅局"]),
    ],
)
def test_body_working_with_others(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "加强监管。各乡镇要会同有关部门做好排查。",  # no body named
        "加强监管。要会同县财政局做好资金保障。",  # no subject
        "推进改革。会同相关单位研究制定办法。",
    ],
)
def test_working_with_others_needs_named_bodies(text: str) -> None:
    assert _units(text) == ([], [])


def test_dash_before_a_body_without_level_stays() -> None:
    # round 39b: a whole body after the dash is a unit of its own (市水利局, 黄河河务局); a branch stays
    assert split_units("市水利局-黄河河务局") == ["市水利局", "黄河河务局"]
    assert split_units("县公安局-交警大队") == ["县公安局-交警大队"]


def test_body_working_with_others_to_coordinate() -> None:
    text = "加大资金投入。旗财政局要会同旗农牧局统筹整合涉农资金。"
    assert _units(text) == (["旗财政局"], ["旗农牧局"])


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("强化资金保障。县财政局负责统筹安排项目资金。", ["县财政局"]),
        ("强化经费保障。街道财政所负责落实工作经费。", ["街道财政所"]),
        ("严格督查考核。镇督查办负责每月督查通报。", ["镇督查办"]),
        ("强化要素保障。州、州财政局负责统筹安排资金。", ["州财政局"]),
    ],
)
def test_bodies_opening_a_sentence_with_a_duty(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    [
        "落实责任。县发改局负责人要亲自抓。",  # a person
        "落实责任。各部门负责落实本行业安全责任。",  # everyone
        "加强领导。实行党政主要负责同志包抓制度。",
        "完善机制。对县委县政府负责，定期报告工作进展。",
    ],
)
def test_duty_sentence_needs_named_bodies(text: str) -> None:
    assert _units(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("城市管网更新。区水务局、区城投公司负责，年底前完成主体工程。", ["区水务局", "区城投公司"]),
        ("完善管护机制。镇水利站负责，汛前完成设施检修。", ["镇水利站"]),
        ("推进道路改造。县交通运输局负责，10月底前完工。", ["县交通运输局"]),
    ],
)
def test_duty_sentence_with_a_comma_after_fuze(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    [
        # a 负责 clause inside a sentence after 由, or a whole role verb: left to the clause rules
        # (round 39a: "…制度，区城市更新办负责日常协调。", a body and 负责 with its work, now leads:
        # tests/test_transform_units_r39a.py)
        "由县发改局负责统筹，县教体局负责落实，确保按期完成。",
        "由县发改局负责组织实施，各镇街抓好落实。",
        "区商务局负责的重点工作",  # attributive: a heading's
    ],
)
def test_duty_clause_inside_a_sentence_is_not_read(text: str) -> None:
    assert _units(text) == ([], [])


def test_body_working_with_every_town() -> None:
    text = "加强建后管护。县农业农村局要会同各乡镇建立管护机制。"
    assert _units(text) == (["县农业农村局"], ["各乡镇"])


@pytest.mark.parametrize(
    "text",
    [
        "组织保障\n各街道、区直各部门要按照职责分工抓好落实，区生态环境分局负责统筹调度。",
        "保障措施\n县财政局负责落实工作经费。",
        "工作要求\n县财政局要会同县发改局统筹整合资金。",
    ],
)
def test_prose_under_a_heading_line_names_no_unit(text: str) -> None:
    assert _units(text) == ([], [])


def test_section_of_prose_duties_is_no_task() -> None:
    page = (
        "东湖区2025年生态环境保护工作要点\n\n一、重点任务\n1.推进工业污染治理。区生态环境分局负责。\n"
        "2.加强扬尘管控。区住建局、区城管局负责。\n三、组织保障\n"
        "各街道、区直各部门要按照职责分工抓好落实，区生态环境分局负责统筹调度。\n"
    )
    parsed = parse_document(page, source="x.txt")
    assert [tuple(t["path"]) for t in parsed.tasks] == [("一", "1"), ("一", "2")]
