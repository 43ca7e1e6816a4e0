"""Round 41a: units of internal plans, task forces (专班), project lists and duty lists.

- 专班牵头单位 (专班牵头部门) is a lead label and 专班成员单位 (专班成员部门) a participating one:
  "专班牵头单位：市工信局；专班成员单位：市农业农村局、市商务局".
- 业主单位 (项目业主单位, 项目业主) names the body that owns and carries out a project: a responsible
  label, lead when the task names no 牵头 unit.
- a duty list item of every town ("各乡镇人民政府：负责…") names every town, as "县公安局：负责…" names
  the bureau; everyone ("各成员单位：负责…", "各有关部门：负责…") names none.
"""

from __future__ import annotations

import pytest

from transform.titles import task_title
from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- 专班 labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "食品加工产业链专班。专班牵头单位：市工业和信息化局；专班成员单位：市农业农村局、市商务局。",
            ["市工业和信息化局"],
            ["市农业农村局", "市商务局"],
        ),
        (
            "工业项目攻坚专班。专班牵头单位为县工业和信息化局，专班成员单位为县自然资源局、县生态环境局。",
            ["县工业和信息化局"],
            ["县自然资源局", "县生态环境局"],
        ),
        (
            "招商引资专班。（专班牵头部门：区商务局；专班成员部门：区发改局、区财政局）",
            ["区商务局"],
            ["区发改局", "区财政局"],
        ),
        (
            "文旅融合專班。專班牽頭單位：縣文旅廣體局；專班成員單位：縣交通運輸局",
            ["縣文旅廣體局"],
            ["縣交通運輸局"],
        ),
    ],
)
def test_task_force_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # no 专班 label: the members named in prose are no label
        ("组建工作专班。专班成员由县发改局、县财政局抽调人员组成。牵头单位：县发改局", ["县发改局"], []),
        ("建立专班推进机制。牵头单位：市住建局；配合单位：市城管局", ["市住建局"], ["市城管局"]),
    ],
)
def test_task_force_labels_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 业主单位 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "县第一中学教学综合楼建设项目。新建教学综合楼1栋。业主单位：县教育局；责任领导：张华",
            ["县教育局"],
            [],
        ),
        (
            "县第二人民医院门诊楼改扩建项目。业主单位：县第二人民医院；配合单位：县卫生健康局、县自然资源局",
            ["县第二人民医院"],
            ["县卫生健康局", "县自然资源局"],
        ),
        ("城东污水处理厂建设项目。（项目业主单位：市城投公司）", ["市城投公司"], []),
        (
            "工業園區標準廠房項目。牽頭單位：縣工業園管委會；業主單位：縣城投公司",
            ["縣工業園管委會"],
            ["縣城投公司"],
        ),
    ],
)
def test_project_owner_label(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # the owners' rights named in prose are no label
        ("保障业主单位合法权益。责任单位：县住建局", ["县住建局"], []),
        (
            "督促业主单位落实安全责任。牵头单位：县应急管理局；配合单位：县住建局",
            ["县应急管理局"],
            ["县住建局"],
        ),
    ],
)
def test_project_owner_label_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- duty lists of every town --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("各乡镇人民政府：负责农村道路交通安全劝导站建设。", ["各乡镇人民政府"]),
        ("各街道办事处：负责辖区内森林防火巡查。", ["各街道办事处"]),
        ("各鄉鎮人民政府：負責轄區內防汛物資儲備。", ["各鄉鎮人民政府"]),
        ("各镇人民政府、各街道办事处：负责组织本辖区人员转移避险。", ["各镇人民政府", "各街道办事处"]),
    ],
)
def test_duty_of_every_town(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    "text",
    [
        "各成员单位：负责按照职责分工做好本行业领域工作。",
        "各有关部门：负责做好本系统安全生产工作。",
        "各单位：负责落实本单位防火责任。",
    ],
)
def test_duty_of_everyone_names_none(text: str) -> None:
    assert _units(text) == ([], [])


# --- a line that opens with a whole label stays apart from the name before it ---------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "稳步推进城中村改造。\n牵头单位:区城中村改造工作专班\n责任单位:区自然资源和规划局、区财政局",
            ["区城中村改造工作专班"],
            ["区自然资源和规划局", "区财政局"],
        ),
        (
            "推进城中村改造。\n配合单位：区城中村改造工作专班\n牵头单位：区住建局",
            ["区住建局"],
            ["区城中村改造工作专班"],
        ),
        (
            "推进项目建设。\n牵头单位：县重点项目建设专班\n配合部门：县财政局",
            ["县重点项目建设专班"],
            ["县财政局"],
        ),
        (
            "推進城中村改造。\n牽頭單位：區城中村改造工作專班\n配合單位：區財政局",
            ["區城中村改造工作專班"],
            ["區財政局"],
        ),
    ],
)
def test_label_line_after_task_force(text: str, lead: list[str], part: list[str]) -> None:
    got = _units(text)
    assert got[0] == lead
    assert all(p in got[1] for p in part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a break inside a label is still taken out
        ("开展招商活动。牵头单\n位：县商务局；配合单位：县工信局", ["县商务局"], ["县工信局"]),
        ("推进厕所改造。（县农业农村局为责任\n主体，各乡镇配合）", ["县农业农村局"], ["各乡镇"]),
    ],
)
def test_label_cut_by_break_still_rejoined(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- 包案单位, 指标 labels and labels that name the other noun in brackets ---------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "某安置小区不动产登记问题。包案领导：唐伟；包案单位：市自然资源局；协办单位：浯溪街道办事处",
            ["市自然资源局"],
            ["浯溪街道办事处"],
        ),
        (
            "获得用水用气。指标牵头单位：县住房和城乡建设局；指标责任单位：县水务局、县燃气公司",
            ["县住房和城乡建设局"],
            ["县水务局", "县燃气公司"],
        ),
        (
            "政务服务。指标长单位：县行政审批服务局；指标专班成员单位：县数据资源中心、县司法局",
            ["县行政审批服务局"],
            ["县数据资源中心", "县司法局"],
        ),
        (
            "城区学校扩容项目。新增学位900个。责任单位（部门）：县教育局；配合单位（部门）：县住房和城乡建设局",
            ["县教育局"],
            ["县住房和城乡建设局"],
        ),
        (
            "城乡居民医保参保。（牵头单位（部门）：县医疗保障局；协同部门（单位）：县税务局、各乡镇人民政府）",
            ["县医疗保障局"],
            ["县税务局", "各乡镇人民政府"],
        ),
        ("某學校學位安排問題。包案領導：鄧芳；包案單位：市教育局", ["市教育局"], []),
    ],
)
def test_case_indicator_and_bracketed_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # an indicator named in prose, and a bracketed note that is no label
        ("提升营商环境指标排名。牵头单位：县发改局；配合单位：县统计局", ["县发改局"], ["县统计局"]),
        (
            "落实包案化解责任。包案领导：刘洋；责任单位：县信访局（县人民来访接待中心）",
            ["县信访局（县人民来访接待中心）"],
            [],
        ),
        ("推进单位（部门）整体支出绩效评价。责任单位：县财政局", ["县财政局"], []),
    ],
)
def test_case_indicator_and_bracketed_labels_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a title stops before a 主责/协同 label it ran into --------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "深化工程建设项目审批制度改革 主责单位：县住房和城乡建设局 协同单位：县自然资源局",
            "深化工程建设项目审批制度改革",
        ),
        ("推进惠企政策免申即享 主责单位：县发展和改革局", "推进惠企政策免申即享"),
        ("加强涉企收费监管　协同部门：县财政局", "加强涉企收费监管"),
        ("开展防汛演练 主办单位：县应急管理局", "开展防汛演练"),
    ],
)
def test_title_stops_before_label(text: str, title: str) -> None:
    assert task_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("落实主责主业：聚焦主责主业抓落实", "落实主责主业"),
        ("推进区域协同：加强与周边县市协同", "推进区域协同"),
    ],
)
def test_title_keeps_words_without_space(text: str, title: str) -> None:
    assert task_title(text) == title


# --- 建设单位 builds the project, 监管单位 only supervises it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "城东片区老旧小区改造项目。改造小区14个。建设单位：县城市建设投资有限公司；监管单位：县住房和城乡建设局",
            ["县城市建设投资有限公司"],
            [],
        ),
        (
            "城西片区燃气管网改造项目。建设单位：县燃气公司；监管单位：县住房和城乡建设局、县应急管理局",
            ["县燃气公司"],
            [],
        ),
        (
            "城北片区配套设施建设项目。建设单位：县城投公司；配合单位：龙潭街道办事处",
            ["县城投公司"],
            ["龙潭街道办事处"],
        ),
        ("城南污水管网項目。建設單位：縣水務投資有限公司；監管單位：縣住建局", ["縣水務投資有限公司"], []),
    ],
)
def test_builder_and_supervisor_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # 建设单位 in prose is no label; a 牵头 unit still leads beside a builder
        ("督促建设单位落实质量安全责任。责任单位：县住建局", ["县住建局"], []),
        ("学校扩建项目。牵头单位：县教育局；建设单位：县城投公司", ["县教育局"], ["县城投公司"]),
    ],
)
def test_builder_and_supervisor_labels_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- any label may name another noun in brackets before its colon ----------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("城区学校扩容。责任单位(部门):县教育局;配合单位(部门):县住建局", ["县教育局"], ["县住建局"]),
        ("降低院感发生率。责任单位（科室）：院感科；配合科室：护理部", ["院感科"], ["护理部"]),
        (
            "规范中介服务。牵头部门(单位)：县发改局；协办单位（部门）：县市场监管局",
            ["县发改局"],
            ["县市场监管局"],
        ),
        (
            "穩定糧食生產。責任單位（部門）：縣農業農村局；配合單位（部門）：各鄉鎮",
            ["縣農業農村局"],
            ["各鄉鎮"],
        ),
    ],
)
def test_label_with_bracketed_noun(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # a bracket that is no noun of a label, or a bracketed noun after no label
        ("完善考核办法（试行）：修订细则。责任单位：县财政局", ["县财政局"], []),
        ("开展部门（单位）整体绩效评价。责任单位：县财政局", ["县财政局"], []),
        (
            "落实。牵头单位：县委办（县委机要保密局）；配合单位：县政府办",
            ["县委办（县委机要保密局）"],
            ["县政府办"],
        ),
    ],
)
def test_label_with_bracketed_noun_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- "X为指标长单位", "X为专班牵头单位", "Y为专班成员单位": the label as a verb after the names ---------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "完善机制。由县委常委、常务副县长王某担任指标长，县发改局为指标长单位，县财政局为配合单位。",
            ["县发改局"],
            ["县财政局"],
        ),
        (
            "办理建筑许可。县住建局为指标牵头单位，县自然资源局、县行政审批局为指标配合单位。",
            ["县住建局"],
            ["县自然资源局", "县行政审批局"],
        ),
        (
            "组建招商专班。县商务局为专班牵头单位，县工信局、县发改局为专班成员单位。",
            ["县商务局"],
            ["县工信局", "县发改局"],
        ),
        ("開辦企業。縣市場監管局為指標長單位，縣稅務局為配合單位。", ["縣市場監管局"], ["縣稅務局"]),
    ],
)
def test_label_verbs_after_names(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("完善机制。各地要明确指标长单位，落实工作责任。牵头单位：县发改局", ["县发改局"], []),
        ("完善机制。专班成员单位要各司其职。牵头单位：县商务局", ["县商务局"], []),
        (
            "发展新能源产业。（牵头单位：县发改局；责任单位：全县新能源、新材料产业专班成员单位）",
            ["县发改局"],
            ["全县新能源、新材料产业专班成员单位"],
        ),
    ],
)
def test_label_verbs_after_names_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- the short labels of a bureau's internal plan: 牵头股, 配合股, 配合科 ---------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("规范执法。（责任股：法规股；配合股：办公室）", ["法规股"], ["办公室"]),
        ("加强监管。牵头股：法规股；配合股：办公室、财务股", ["法规股"], ["办公室", "财务股"]),
        ("降低院感。责任科室：院感科；配合科：护理部", ["院感科"], ["护理部"]),
        ("推廣農技。牽頭站：農技站；配合站：農機站", ["農技站"], ["農機站"]),
    ],
)
def test_short_internal_labels(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # the words inside names or prose, with no colon, are no labels
        ("做好配合股室工作。责任股室：办公室", ["办公室"], []),
        ("建立牵头科负责制度。牵头科室：医务科；配合科室：护理部", ["医务科"], ["护理部"]),
    ],
)
def test_short_internal_labels_not(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- offices inside a body joined by 和/及 are two names -------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("开展综合素质评价。责任部门：教务处、学生处和团委", ["教务处", "学生处", "团委"]),
        ("规范财务管理。责任股室：办公室和财务室", ["办公室", "财务室"]),
        ("加强干部培训。责任处室：人事处及机关党委", ["人事处", "机关党委"]),
        ("起草改革文件。责任单位：县委政策研究室和县委改革办", ["县委政策研究室", "县委改革办"]),
    ],
)
def test_offices_joined_by_he(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("推进保障房建设。责任单位：县住房和城乡建设局", ["县住房和城乡建设局"]),
        ("推进数据共享。责任单位：市政务服务和大数据管理局", ["市政务服务和大数据管理局"]),
    ],
)
def test_offices_joined_by_he_not(text: str, lead: list[str]) -> None:
    assert _units(text) == (lead, [])
