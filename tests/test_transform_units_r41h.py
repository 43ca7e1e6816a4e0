"""Round 41h: units in prose, second batch (整改 lists, 招商 协调, 督察 交办, 防汛, 会同 sentences).

- 牵头整改 (a rectification list) leads, 配合整改 takes part: names without a level (局党组, 人事科) too.
- 依职责配合 (依职责分工配合, 按照职责配合), 配合办理 and 服务保障 take part; 负责办理, 负责整改 and
  对接 (a 招商 list: "市商务局对接，高新区管委会服务保障") are responsible.
- 责成X限期治理 (依法查处, 限期整改): a matter handed to X, who leads.
- a short clause that closes the sentence with a body that oversees the work ("，县自然资源局督办。",
  lexicon `oversee_tails`) is no unit of the task.
- "…工作由X具体负责" (任务由, 事项由) opens the names as 此项工作由 does.
- 会同 sentences with 发布/出台/修订… (lexicon `joint_sentence_work`): "县气象局会同县自然资源局发布预警信息".
- "X负责…，Y做好…": a body's own share after a 负责 piece of the same sentence is responsible (both
  lead), after 牵头 it takes part; alone ("县财政局要做好资金保障。") it names none.
"""

from __future__ import annotations

import pytest

from transform.units import extract_units


def _units(text: str) -> tuple[list[str], list[str]]:
    u = extract_units(text)
    return list(u.lead), list(u.participating)


# --- 牵头整改 / 配合整改 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "落实意识形态工作责任制不到位。由局党组牵头整改，办公室、人事科配合。",
            ["局党组"],
            ["办公室", "人事科"],
        ),
        ("项目资金监管不严。由财务科牵头整改，规划建设科配合。", ["财务科"], ["规划建设科"]),
        ("食堂管理不规范问题。总务处牵头整改，后勤服务中心配合整改。", ["总务处"], ["后勤服务中心"]),
        ("幹部隊伍建設存在短板。由人事科牽頭整改，機關黨委配合。", ["人事科"], ["機關黨委"]),
    ],
)
def test_rectify_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "建立问题清单，实行台账管理，牵头整改的单位要按期报送进展。",
        "对反馈问题逐项牵头整改到位，确保件件有着落。",
    ],
)
def test_rectify_words_in_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- 依职责配合, 配合办理, 服务保障, 负责办理, 对接 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "强化危险化学品监管。市应急管理局牵头，市交通运输局、市公安局依职责配合。",
            ["市应急管理局"],
            ["市交通运输局", "市公安局"],
        ),
        (
            "开展重大事故隐患动态清零。市安委办牵头抓总，各区人民政府属地负责，市直有关部门依职责配合。",
            ["市安委办"],
            ["各区人民政府", "市直有关部门"],
        ),
        ("妥善处理信访诉求。由县信访局负责办理，县公安局配合办理。", ["县信访局"], ["县公安局"]),
        (
            "新能源电池材料项目。市投资促进局对接，市自然资源和规划局、市生态环境局服务保障，力争三季度开工。",
            ["市投资促进局"],
            ["市自然资源和规划局", "市生态环境局"],
        ),
        ("冷链物流园项目。市商务局对接，高新区管委会服务保障。", ["市商务局"], ["高新区管委会"]),
        ("整治占道经营问题。县城管局负责整改，城关镇人民政府配合整改。", ["县城管局"], ["城关镇人民政府"]),
    ],
)
def test_new_role_verbs(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "加强与省级部门对接，争取更多政策支持。",
        "积极开展项目对接，做好服务保障。",
        "健全部门依职责配合的工作机制。",
        "建立行业部门对接、属地服务保障的工作机制。",
    ],
)
def test_new_role_verbs_in_prose(text: str) -> None:
    assert _units(text) == ([], [])


# --- 责成X限期治理; a closing clause of a body that oversees --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "督促隐患治理。对排查发现的隐患点，责成县交通运输局限期治理，县自然资源局督办。",
            ["县交通运输局"],
            [],
        ),
        ("查处违规排污行为。责成县生态环境分局依法查处，县政府督查室跟踪督办。", ["县生态环境分局"], []),
        ("整治城区违建。由县住建局牵头，县财政局配合，县纪委监委监督。", ["县住建局"], ["县财政局"]),
        ("督促隱患治理。責成縣交通運輸局限期治理，縣自然資源局督辦。", ["縣交通運輸局"], []),
        ("解决噪声扰民问题。由区生态环境局负责，区政府督查室督办。", ["区生态环境局"], []),
    ],
)
def test_oversee_tail_is_no_unit(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # the overseeing body leads when its verb is a lead verb
        ("开展专项督导。县纪委监委牵头督导，县财政局配合。", ["县纪委监委"], ["县财政局"]),
        # everyone does the work: no unit
        ("加强巡查。各有关单位负责，县督查室督办。", [], []),
        # a 督办 clause that does not close the sentence is left as before
        ("县住建局负责，县财政局配合，确保按期完成。", ["县住建局"], ["县财政局"]),
    ],
)
def test_oversee_tail_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- …工作由X负责 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "改善小区公共设施。加装电梯和充电桩工作由街道城建办具体负责，街道财政所配合。",
            ["街道城建办"],
            ["街道财政所"],
        ),
        ("做好春耕备耕。化肥调运任务由县供销社负责，县交通运输局配合。", ["县供销社"], ["县交通运输局"]),
        (
            "保障群眾出行。公交線路調整事項由縣交通運輸局負責，縣公安局交警大隊配合。",
            ["縣交通運輸局"],
            ["縣公安局交警大隊"],
        ),
    ],
)
def test_work_by_opens(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "推动监管方式转变，确保工作由被动应对变为主动防范。",
        "这是一项长期而艰巨的系统性全面性综合性很强的基础工作由县里统一负责。",
    ],
)
def test_work_by_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- 会同 sentences with more work verbs -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("落实监测预警。县气象局会同县自然资源局发布预警信息。", ["县气象局"], ["县自然资源局"]),
        ("出台配套政策。市财政局会同市税务局出台实施细则。", ["市财政局"], ["市税务局"]),
        ("落實監測預警。縣氣象局會同縣自然資源局發布預警資訊。", ["縣氣象局"], ["縣自然資源局"]),
        ("健全长效机制。区城管局会同区住建局修订管理办法。", ["区城管局"], ["区住建局"]),
    ],
)
def test_joint_sentence_work(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    "text",
    [
        "各乡镇要会同有关部门发布通告。",
        "加强宣传。会同有关部门发布典型案例。",
    ],
)
def test_joint_sentence_work_not_fired(text: str) -> None:
    assert _units(text) == ([], [])


# --- X负责…，Y做好… ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "加强隐患排查。镇水利站负责河道、山塘水库巡查，镇自然资源所做好地质灾害隐患点监测。",
            ["镇水利站", "镇自然资源所"],
            [],
        ),
        (
            "做好物资储备。镇应急办负责抢险物资采购和调配，镇财政所做好资金保障。",
            ["镇应急办", "镇财政所"],
            [],
        ),
        (
            "落实转移避险。各村（社区）负责组织危险区群众转移，镇派出所做好转移过程中的秩序维护。",
            ["各村（社区）", "镇派出所"],
            [],
        ),
        ("推进管网改造。由县住建局牵头，县财政局做好资金保障。", ["县住建局"], ["县财政局"]),
        ("推进管网改造。县城管局牵头做好规划，县财政局做好资金保障。", ["县城管局"], ["县财政局"]),
    ],
)
def test_own_share_after_duty(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("保障资金。县财政局要做好资金保障。", [], []),
        ("县水利局要加强水库调度，各乡镇要做好灌溉用水管理。", [], []),
        # a full stop between: the second sentence is a body's own, no clause
        ("推进建设。县住建局负责项目建设。县财政局做好资金保障。", ["县住建局"], []),
        # a guiding tail stays none
        ("防范山洪。各乡镇人民政府负责，县水利局做好技术指导。", ["各乡镇人民政府"], []),
    ],
)
def test_own_share_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- hang guard -----------------------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "piece",
    [
        "镇水利站负责河道巡查，镇财政所做好资金保障，",
        "责成县交通运输局限期治理，县自然资源局督办，",
        "加装电梯工作由街道城建办具体负责，",
        "县气象局会同县自然资源局发布预警信息，",
        "县气象局会同县自然资源局",
    ],
)
def test_large_text(piece: str) -> None:
    extract_units("推进工作。" + piece * 2000 + "。")


# --- a 做好 share beside a lead any rule found ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        (
            "畜禽养殖污染。县农业农村局负责整改，县生态环境分局做好执法监管。",
            ["县农业农村局", "县生态环境分局"],
            [],
        ),
        (
            "畜禽養殖污染。縣農業農村局負責整改，縣生態環境分局做好執法監管。",
            ["縣農業農村局", "縣生態環境分局"],
            [],
        ),
        (
            "加强教师队伍建设。县教育局会同县人社局修订教师招聘办法，县财政局做好经费保障。",
            ["县教育局"],
            ["县人社局", "县财政局"],
        ),
    ],
)
def test_share_beside_found_lead(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # the share is in the next sentence
        ("畜禽养殖污染。县农业农村局负责整改。县生态环境分局做好执法监管。", ["县农业农村局"], []),
        # everyone before the share is prose
        ("清理违建。区城管局负责巡查，各有关单位做好宣传发动。", ["区城管局"], []),
        # a guiding share stays none
        ("防治病虫害。各乡镇人民政府负责，县农业农村局做好技术指导。", ["各乡镇人民政府"], []),
    ],
)
def test_share_beside_found_lead_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


# --- a share beside a bare 负责: the body that carries the whole task leads, the share supports it ------


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        ("电子产业园二期。由县经开区管委会负责，县投促中心做好招商服务。", ["县经开区管委会"], ["县投促中心"]),
        ("清理违建。区城管局负责，各街道配合，区财政局做好经费保障。", ["区城管局"], ["各街道", "区财政局"]),
        ("乡村旅游提升。由县文旅局具体负责，县财政局做好资金保障。", ["县文旅局"], ["县财政局"]),
        ("家庭医生签约。县卫生健康局负责，县医保局做好政策衔接。", ["县卫生健康局"], ["县医保局"]),
    ],
)
def test_share_beside_bare_duty(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)


@pytest.mark.parametrize(
    ("text", "lead", "part"),
    [
        # the 负责 piece names its own work: a share of equals
        ("河道保洁。镇水利站负责河道巡查，镇财政所做好经费保障。", ["镇水利站", "镇财政所"], []),
        ("乡村旅游提升。县文旅局负责线路策划，县财政局做好资金保障。", ["县文旅局", "县财政局"], []),
    ],
)
def test_share_beside_bare_duty_not_fired(text: str, lead: list[str], part: list[str]) -> None:
    assert _units(text) == (lead, part)
