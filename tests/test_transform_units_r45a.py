"""Round 45a: units of whole plans in new genres (次中心, 校外培训, 社区矫正, 非遗, 预制菜 …).

- An unknown generic office with no level of its own, glued after a name with one, is that body's own
  office (transform/gazetteer.py `_own_office`): "县司法局社区矫正管理局" is one name; "县司法局县公安局",
  "县财政局行政审批服务局" (a known department) and "县司法局各司法所" are still cut.
- 设在 is a prose word (lexicon units_prose_words): "…统筹推进，办公室设在县妇联" names no unit "办公室设在县妇联";
  "布设在线监测设备300台。市大数据中心牵头" still reads its units.
- More role labels (units_roles.toml [labels]): 主抓单位/主推单位/牵头抓总单位 lead; 推进单位 and 具体负责 are
  responsible; 配合推进单位/协同推进单位/协调配合单位 take part. In prose without a colon ("主抓单位要落实责任") they
  name no unit. (A role in brackets after the label, 责任单位（牵头）：, is left open: a label ending with a bracket
  hides the bracketed nouns of 责任单位（部门）：.)
"""

from __future__ import annotations

import pytest

from transform.gazetteer import split_glued
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return sorted(u.lead), sorted(u.participating)


# --- a body's own office glued after it -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "1.严格执行交付接收。报到率达到100%。\n责任部门：县司法局社区矫正管理局；协同部门：县人民法院、县公安局",
            ["县司法局社区矫正管理局"],
            ["县人民法院", "县公安局"],
        ),
        (
            "（三）推进养老服务。建设社区嵌入式养老服务站5个。（牵头单位：市民政局养老服务管理中心；配合单位：市财政局）",
            ["市民政局养老服务管理中心"],
            ["市财政局"],
        ),
        (
            "3、开展就业帮扶。帮扶就业200人。责任单位：区人力资源和社会保障局就业服务管理中心、各街道办事处",
            ["区人力资源和社会保障局就业服务管理中心", "各街道办事处"],
            [],
        ),
    ],
)
def test_own_office_stays_one_name(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("piece", "names"),
    [
        ("县司法局社区矫正管理局", ["县司法局社区矫正管理局"]),
        ("镇司法所人民调解工作委员会", ["镇司法所人民调解工作委员会"]),
        # a name with its own level, a known department or a collective after it: still cut
        ("县司法局县公安局", ["县司法局", "县公安局"]),
        ("县财政局行政审批服务局", ["县财政局", "行政审批服务局"]),
        ("县司法局各司法所", ["县司法局", "各司法所"]),
        ("政府办公室行政审批服务局", ["政府办公室", "行政审批服务局"]),
    ],
)
def test_split_glued_own_office(piece: str, names: list[str]) -> None:
    assert split_glued(piece) == names


# --- where a body's office sits (设在) is prose ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "（一）加强组织领导。市妇女儿童工作委员会统筹推进儿童友好城市建设，办公室设在市妇联。",
        "1.健全机制。县残疾人工作委员会统筹推进，办公室设在县残联。",
        "3.加强组织保障。县科普工作联席会议统筹推进全民科学素质行动，办公室设在县科协。",
        "（一）加强领导。县红十字会理事会统筹推进，办公室设在县红十字会",
    ],
)
def test_office_seat_is_no_unit(text: str) -> None:
    assert _units(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "8.建设智慧监测平台。布设在线监测设备300台（套）。市大数据中心、市住房和城乡建设局牵头，市水务局配合。",
            ["市住房和城乡建设局", "市大数据中心"],
            ["市水务局"],
        ),
        ("2.推进托育服务。新增托位300个。（县卫健局、县妇联）", ["县卫健局", "县妇联"], []),
        ("（二）强化宣传。开展科普活动20场。县科协、县妇联", ["县妇联", "县科协"], []),
    ],
)
def test_units_beside_office_seat(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


# --- more role labels: 主抓 / 主推 / 牵头抓总, 推进单位, 具体负责, a role in brackets after the label ----------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3.建设站点。新建站点5个。（主抓单位：县农业农村局；协作单位：县水利局、县林业局）",
            ["县农业农村局"],
            ["县水利局", "县林业局"],
        ),
        ("（二）完善机制。建立联席会议制度。牵头抓总单位：市商务局；配合单位：市财政局", ["市商务局"], ["市财政局"]),
        ("2、推进改造。改造管网20公里。（推进单位：区住建局；配合推进单位：区城管局、各街道）", ["区住建局"], ["区城管局", "各街道"]),
        ("13.整治占道。整治点位30处。（具体负责：县城管局；支持单位：县交通运输局）", ["县城管局"], ["县交通运输局"]),
        (
            "4.培育品牌。培育品牌5个。（主抓部门：县市场监管局；配合推进部门：县商务局、县农业农村局）",
            ["县市场监管局"],
            ["县商务局", "县农业农村局"],
        ),
        ("（五）拓展渠道。举办活动10场。主推单位：县商务局；协调配合单位：县财政局", ["县商务局"], ["县财政局"]),
    ],
)
def test_more_role_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    "text",
    [
        "（三）压实责任。主抓单位要落实责任，每月报送工作进度。",
        "2.开展验收。项目完工后，由推进单位自行组织验收，验收合格率达到100%。",
        "（四）强化协调。各协调配合单位要加强沟通，形成合力。",
        "6.完善台账。建立台账。具体负责人：县民政局副局长王五",
    ],
)
def test_role_words_in_prose_name_no_unit(text: str) -> None:
    assert _units(text) == ([], [])


# --- a name a line break cut after 城乡 (乡 looks like a town's ending) ---------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "3. 推进路长制。设立路长320名。\n牵头单位：县交通运输局\n配合单位：县委组织部、县财政局、县住房和城乡\n建设局、各乡镇人民政府",
            ["县交通运输局"],
            ["县委组织部", "县财政局", "县住房和城乡建设局", "各乡镇人民政府"],
        ),
        ("2.整治环境。整治村庄50个。责任单位：区住房和城乡\n建设局、区城管局", ["区住房和城乡建设局", "区城管局"], []),
        (
            "5.推进改造。改造100户。（牵头单位：市住房和城乡\n建设局；配合单位：市财政局）",
            ["市住房和城乡建设局"],
            ["市财政局"],
        ),
    ],
)
def test_name_cut_after_chengxiang(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (sorted(lead), sorted(part))


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # a whole known name on its line and a town after it: two names
        ("4.建设站点。新建站点5个。责任单位：县自然资源局\n东风镇", ["县自然资源局", "东风镇"]),
        # a town named whole before the break, its own body after it: not joined into one name
        ("6.修复道路。修复道路5公里。责任单位：县交通运输局、石桥乡\n县公路事务中心", ["县交通运输局", "石桥乡", "县公路事务中心"]),
    ],
)
def test_whole_names_across_a_break_stay_apart(text: str, lead: list[str]) -> None:
    assert _units(text)[0] == sorted(lead)
