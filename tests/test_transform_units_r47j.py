"""Round 47j: units in prose, third batch (a meeting's lead-in before 由, a heading line over a lead
clause, a 专班's members after its lead).

- A meeting's lead-in (会议明确，会议议定，会议要求，…: units_roles sentence_lead_ins) before "由X负责…" opens the
  sentence as 下一步， does (`unit_objects._lead_in_before`): "会议议定，由县城投公司负责…，Y配合做好…".
- A heading line of the text ("招商运营组") is no name waiting for the verb of the next line when that line names
  bodies of its own (`unit_clauses.find_clauses`): "招商运营组\\n县投资促进中心牵头负责" -> 县投资促进中心 alone.
- The members of a 专班 after its lead ("成员单位包括A、B", lexicon units_member_openers) take part.
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a meeting's lead-in before 由 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # minutes item: 会议议定 then 由X负责 and a 配合 piece
        (
            "会议议定，由县城投公司负责公共停车场建设，县自然资源局、县住建局配合做好用地和规划保障。",
            ["县城投公司"],
            ["县住建局", "县自然资源局"],
        ),
        # 会议明确 with a share after the lead
        (
            "会议明确，由县文旅局负责景区提质改造，县财政局予以资金保障。",
            ["县文旅局"],
            ["县财政局"],
        ),
        # minutes matter heading over the line (关于…)
        (
            "关于新建公共停车场\n会议决定，由县城投公司负责项目建设，城关镇配合做好征收工作。",
            ["县城投公司"],
            ["城关镇"],
        ),
        # traditional
        (
            "會議議定，由縣城投公司負責公共停車場建設，縣住建局配合做好規劃保障。",
            ["縣城投公司"],
            ["縣住建局"],
        ),
    ],
)
def test_meeting_lead_in_before_by(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a heading line over a lead clause --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a working group's heading line
        (
            "招商运营组\n县投资促进中心牵头负责，县发改局、县商务局共同参与，负责片区招商引资和运营。",
            ["县投资促进中心"],
            ["县发改局", "县商务局"],
        ),
        # traditional
        (
            "規劃設計組\n縣住建局牽頭負責，縣交通運輸局共同參與，負責片區規劃編制。",
            ["縣住建局"],
            ["縣交通運輸局"],
        ),
    ],
)
def test_heading_line_is_no_waiting_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_names_over_a_bare_verb_still_wait() -> None:
    # round 42a: the body on the line above its verb ("县农业农村局\n牵头，…") still leads
    assert _units("县农业农村局\n牵头，县财政局配合。") == (["县农业农村局"], ["县财政局"])


# --- a 专班's members after its lead -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # portal text: members, then the group's work after a comma
        (
            "专班由县自然资源局牵头，成员单位包括县住建局、县司法局、城西街道办事处，负责片区征地拆迁和安置工作。",
            ["县自然资源局"],
            ["县司法局", "县住建局", "城西街道办事处"],
        ),
        # 成员单位有, no work after
        (
            "县应急管理局牵头，成员单位有县消防救援大队、县林业局。",
            ["县应急管理局"],
            ["县林业局", "县消防救援大队"],
        ),
        # traditional
        (
            "專班由縣商務局牽頭，成員單位包括縣交通運輸局、縣發改局，負責項目推進。",
            ["縣商務局"],
            ["縣交通運輸局", "縣發改局"],
        ),
        # news
        (
            "据介绍，该专班由市工信局牵头，成员单位包括市发改委、市科技局，实行周调度。",
            ["市工信局"],
            ["市发改委", "市科技局"],
        ),
    ],
)
def test_members_after_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a project's or a reported matter's heading over the prose (round 47j, second part) ---------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a project heading (…项目) over a 牵头 piece with its work and a 配合 piece
        (
            "冷链物流园项目\n县商务局牵头组建专班，县交通运输局、县发改局配合推进。",
            ["县商务局"],
            ["县交通运输局", "县发改局"],
        ),
        # a matter reported by a firm (…反映…) over a 通报's finding and the bodies charged
        (
            "企业反映水电报装时间长\n经核查，情况部分属实。由县供电公司、县水务公司分别负责压缩报装时限，县住建局配合做好协调。",
            ["县供电公司", "县水务公司"],
            ["县住建局"],
        ),
        # traditional
        (
            "冷鏈物流園項目\n縣商務局牽頭組建專班，縣交通運輸局配合推進。",
            ["縣商務局"],
            ["縣交通運輸局"],
        ),
    ],
)
def test_matter_heading_over_prose(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


def test_topic_heading_over_lone_lead_names_none() -> None:
    # a section's topic heading over a lone lead still names none (round 45b); a project's names it
    assert _units("起草背景\n县农业农村局牵头起草了方案初稿。") == ([], [])
    assert _units("冷链物流园项目\n县商务局牵头组建专班。") == (["县商务局"], [])


# --- a zone's managing committee ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "县商务局牵头组建专班，县交通运输局、高新区管委会配合推进。",
            ["县商务局"],
            ["县交通运输局", "高新区管委会"],
        ),
        ("市工信局牵头，经开区管理委员会配合做好要素保障。", ["市工信局"], ["经开区管理委员会"]),
        ("縣商務局牽頭組建專班，工業園區管委會配合推進。", ["縣商務局"], ["工業園區管委會"]),
    ],
)
def test_zone_committee_is_a_body(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- a deadline between a request's bodies and the work -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a 通报: 责成 with a month's end
        (
            "责成县财政局于5月底前完成欠款清偿，县工信局配合做好企业沟通工作。",
            ["县财政局"],
            ["县工信局"],
        ),
        # a notice: 请 … 会同 … with a day
        (
            "请县水利局会同县应急管理局、县自然资源局于4月30日前完成隐患点排查。",
            ["县水利局"],
            ["县应急管理局", "县自然资源局"],
        ),
        # traditional, a request before 牵头
        (
            "請縣應急管理局於5月15日前牽頭修訂應急預案。",
            ["縣應急管理局"],
            [],
        ),
        # minutes: 会议要求 with 在…前
        ("会议要求县城投公司在6月底前完成安置房主体施工。", ["县城投公司"], []),
    ],
)
def test_deadline_ends_request_bodies(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- 、 inside angle brackets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a PDF's 〈〉 for （）: "各县〈市、区〉" is one name (47i_25)
        (
            "开展送戏下乡。（牵头单位：市文化馆；配合单位：各县〈市、区〉文化广电旅游局）",
            ["市文化馆"],
            ["各县〈市、区〉文化广电旅游局"],
        ),
        # traditional, in prose
        (
            "由市文化館牽頭，各縣〈市、區〉文化廣電旅遊局配合。",
            ["市文化館"],
            ["各縣〈市、區〉文化廣電旅遊局"],
        ),
    ],
)
def test_angle_brackets_keep_a_name_whole(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))
