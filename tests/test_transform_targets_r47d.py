"""Round 47d: targets, all fields right, on target-dense pages nobody tuned to.

- an unnumbered goals heading in brackets or before a colon (【工作目标】, 〔目标任务〕, 工作目标：) heads
  the prose lines under it: their figures are goals of no task, one figure each too
  (`goals.goals_heading`, `goals_heading_ends` in targets_goals.toml);
- a verb alone after 其中 counts its part of the whole the figure before 其中 counts ("筹集保障性
  租赁住房6万套，其中新建3.5万套" → 新建保障性租赁住房, in the whole's word order; `indicators.part_of_whole`, `part_verbs`,
  `whole_verbs`);
- a figure after a verb alone paired with a later one by 力争/确保 ("确保完成800户、力争完成1000户农村危房
  改造") counts what the later one counts (`indicators.noun_of_pair`, `pair_openers`);
- a total and a verb alone after the clause naming the thing after the same verb ("加快淘汰…柴油货车，累计
  淘汰3000辆以上") counts that thing (`borrowed.object_of_clause_before`);
- 开展 and 建立 are verbs whose object a figure after a verb alone counts ("开展隐患排查，每月至少组织1次");
- a count with no subject after a clause opened by 开展/组织 counts the work of that clause
  (`borrowed.work_opened_before`, `work_opens`);
- a traditional text read alone (extract_targets called on the text as printed) is read in its
  simplified working copy and its strings printed back (`targets.printed`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets import extract_targets
from transform.targets.goals import goals_heading


def _page(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).targets


def _one(text: str, value: float, **kw) -> dict:
    rows = [r for r in extract_targets(text, **kw) if r["value"] == value]
    assert len(rows) == 1, extract_targets(text, **kw)
    return rows[0]


# --- an unnumbered goals heading over prose lines


@pytest.mark.parametrize(
    "text",
    [
        # portal text: bracketed headings
        "新化县2026年森林防灭火工作方案\n【工作目标】\n全年森林火灾受害率控制在0.9‰以内。\n【重点任务】\n"
        "1.加强火源管控。设立森林防火检查站45个。（牵头单位：县林业局）\n",
        # tortoise-shell brackets, a news-style 工作要点
        "城关镇2026年安全生产工作要点\n〔目标任务〕\n全年生产安全事故死亡人数控制在3人以内。\n〔工作措施〕\n"
        "1.开展隐患排查。排查整治隐患800处。（牵头单位：镇应急办）\n",
        # a heading before a colon, PDF-like spacing
        "河西街道2026年人口监测工作方案\n工作目标：\n全年出生人口信息登记率达到 98%。\n【主要任务】\n"
        "1.完善信息登记。建成网格信息员队伍60人。（牵头单位：街道社会事务办）\n",
        # traditional
        "新化縣2026年森林防滅火工作方案\n【工作目標】\n全年森林火災受害率控制在0.9‰以內。\n【重點任務】\n"
        "1.加強火源管控。設立森林防火檢查站45個。（牽頭單位：縣林業局）\n",
    ],
)
def test_bracketed_goals_heading_heads_its_lines(text: str) -> None:
    goals = [r for r in _page(text) if r["task_id"] is None]
    assert len(goals) == 1, _page(text)
    assert goals[0]["year"] == 2026


def test_goals_heading_ends_at_next_heading() -> None:
    text = (
        "城关镇2026年人居环境整治工作方案\n【工作目标】\n全年农村生活垃圾无害化处理率稳定在95%以上。\n"
        "【保障措施】\n镇财政已拨付经费50万元。\n1.推进厕所革命。新建公共厕所4座。（牵头单位：镇农业服务中心）\n"
    )
    goals = [r for r in _page(text) if r["task_id"] is None]
    assert [r["value"] for r in goals] == [95.0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("【工作目标】", True),
        ("〔目标任务〕", True),
        ("工作目标：", True),
        ("【工作目標】", True),
        ("主要目标", False),  # a numbered section's heading reaches the rule without its number
        ("（二）主要目标", False),
        ("【重点任务】", False),
        ("【2026年工作目标完成情况】", False),
    ],
)
def test_goals_heading(line: str, expected: bool) -> None:
    assert goals_heading(line) is expected


# --- a part of a whole after 其中


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "全年筹集保障性租赁住房6万套（间），其中新建3.5万套（间）、存量房屋改建2.5万套（间）。",
            3.5,
            "新建保障性租赁住房",
        ),
        ("筹集保障性租赁住房2万套，其中新建1.2万套，改建0.8万套。", 0.8, "改建保障性租赁住房"),
        ("高标准农田面积累计达到50万亩，其中新建8万亩、改造提升6万亩。", 6, "高标准农田面积改造提升"),
        ("建设高标准农田15万亩，其中新建8万亩、改造提升7万亩。", 7, "高标准农田改造提升"),
        ("2025年，全市新建、改建城市公厕120座，其中新建40座、改建80座。", 40, "新建城市公厕"),
        ("改造老旧小区120个，其中完成改造80个。", 80, "完成改造老旧小区"),
        (
            "| 1 | 住房保障 | 筹集保障性租赁住房5000套，其中新建3000套 | 县住建局 |",
            3000,
            "新建保障性租赁住房",
        ),
        ("筹集保障性租赁住房1.2萬套，其中新建8000套。", 8000, "新建保障性租赁住房"),
    ],
)
def test_part_after_qizhong_names_the_whole(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("两年共安排改造资金1.2亿元，其中2026年安排7000万元。", 7000, "改造资金"),
        ("新建学校8所，其中：新建小学5所、初中3所。", 5, "小学"),
        ("新增城镇就业5000人，其中新增高校毕业生就业2000人。", 2000, "高校毕业生就业"),
    ],
)
def test_part_with_its_own_noun_keeps_it(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


def test_part_in_another_unit_is_no_part() -> None:
    # (the whole counts 套, the part 亿元: 投资 is no share of the houses)
    assert _one("筹集保障性租赁住房6000套，其中完成投资3亿元。", 3)["indicator"] != "完成投资保障性租赁住房"


# --- a traditional text read alone


@pytest.mark.parametrize(
    ("text", "value", "unit", "indicator"),
    [
        ("新建公共停車場8座，新增停車位1200個。", 1200, "個", "停車位"),
        ("改造老舊社區15個，加裝電梯60部。", 15, "個", "改造老舊社區"),
        ("新建污水管網12條、共計35公里。", 12, "條", "污水管網"),
        ("建設長者日間照顧中心5間。", 5, "間", "長者日間照顧中心"),
        ("完成道路維修80公里，更換路燈1500盞。", 1500, "盞", "更換路燈"),
        ("植樹2萬棵，新增綠地50公頃。", 2, "萬棵", "植樹"),
        ("新增床位1,500張。", 1500, "張", "床位"),
    ],
)
def test_traditional_measure_words_read_alone(text: str, value: float, unit: str, indicator: str) -> None:
    row = _one(text, value)
    assert (row["unit"], row["indicator"]) == (unit, indicator)


@pytest.mark.parametrize(
    ("text", "value", "comparator", "change", "baseline", "indicator"),
    [
        ("碳排放量較2005年減少50%以上。", 50, ">=", "decrease", 2005, "碳排放量"),
        ("全年醫療衛生支出增長8%左右。", 8, "~", "increase", None, "醫療衛生支出"),
        ("每年舉辦職業培訓課程不少於40班。", 40, ">=", None, None, "舉辦職業培訓課程"),
        ("護理人員較上年增加兩成。", 2, "=", "increase", 2025, "護理人員"),
    ],
)
def test_traditional_comparators_read_alone(
    text: str, value: float, comparator: str, change: str | None, baseline: int | None, indicator: str
) -> None:
    row = _one(text, value, annual_year=2026)
    assert (row["comparator"], row["change"], row["baseline_year"]) == (comparator, change, baseline)
    assert row["indicator"] == indicator


def test_traditional_strings_printed_back() -> None:
    row = _one("到2027年，人均公園綠地面積達到15平方米。", 15)
    assert row["indicator"] == "人均公園綠地面積"
    assert row["text"].endswith("人均公園綠地面積達到15平方米")
    assert row["year"] == 2027
    assert _one("孕產婦死亡率低於十萬分之十二。", 12)["unit"] == "/10萬"


def test_simplified_text_untouched() -> None:
    row = _one("新增停车位1200个。", 1200)
    assert (row["unit"], row["indicator"]) == ("个", "停车位")


# --- 确保…、力争… pairs: the noun after the later figure


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("确保完成800户、力争完成1000户农村危房改造。", 800, "完成农村危房改造"),
        ("确保建成15个、力争建成20个美丽乡村示范村。", 15, "建成美丽乡村示范村"),
        ("全年确保完成800户，力争完成1000户农村危房改造。", 800, "完成农村危房改造"),
        ("確保完成800戶、力爭完成1000戶農村危房改造。", 800, "完成農村危房改造"),
    ],
)
def test_pair_takes_the_later_noun(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


def test_pair_in_another_unit_takes_nothing() -> None:
    assert _one("确保完成800户、力争完成10亿元农村危房改造投资。", 800)["indicator"] == "完成"


# --- a total and a verb alone after the clause that names the thing


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "加快淘汰国三及以下排放标准营运柴油货车,累计淘汰3000辆以上。",
            3000,
            "国三及以下排放标准营运柴油货车",
        ),
        ("持续整治农村黑臭水体，累计整治45条。", 45, "农村黑臭水体"),
        ("2.淘汰落后产能。加快关停小散乱污企业，累计关停120家。（牵头单位：县工信局）", 120, "小散乱污企业"),
        (
            "加快淘汰國三及以下排放標準營運柴油貨車，累計淘汰3000輛以上。",
            3000,
            "國三及以下排放標準營運柴油貨車",
        ),
    ],
)
def test_total_after_clause_counts_its_object(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("加快淘汰落后产能，淘汰3000辆以上。", 3000, "淘汰"),  # no total word: read as before
        ("淘汰老旧车辆500辆，累计淘汰3000辆。", 3000, "淘汰"),  # a figure in the clause before
    ],
)
def test_total_without_its_shape_reads_as_before(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


# --- 开展 / 建立 name what the clause before does


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        ("推动企业主要负责人带头开展隐患排查，每月至少组织1次。", 1, "隐患排查"),
        ("建立外资企业圆桌会议制度，每季度至少召开1次。", 1, "外资企业圆桌会议制度"),
        ("3.强化巡查。开展秸秆禁烧巡查，全年完成120次。（牵头单位：县农业农村局）", 120, "秸秆禁烧巡查"),
        ("開展隱患排查，每月至少組織1次。", 1, "隱患排查"),
    ],
)
def test_kaizhan_jianli_name_the_work_before(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


# --- a count with no subject after a clause opened by a verb of work


@pytest.mark.parametrize(
    ("text", "value", "indicator"),
    [
        (
            "8.加强宣传引导。开展“厕所革命”进村入户宣传活动，全年不少于20场次。",
            20,
            "“厕所革命”进村入户宣传活动",
        ),
        ("（三）强化技术服务。组织技术人员进村入场开展指导服务，全年不少于40场次。", 40, "指导服务"),
        ("開展防詐騙宣傳活動，全年不少於30場次。", 30, "防詐騙宣傳活動"),
    ],
)
def test_count_after_work_clause_counts_the_work(text: str, value: float, indicator: str) -> None:
    assert _one(text, value)["indicator"] == indicator


def test_share_after_work_clause_is_not_the_work() -> None:
    assert _one("开展专项整治，整改率达到100%。", 100)["indicator"] == "整改率"
