"""Round 43g: metadata and plan years, second batch.

- a 关于…的通知 line right above an issuer line that stands over the byline ("某县人民政府督查室" /
  "发布日期：…") is the page's title; the issuer line is no headline (`headings.page_title`);
"""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _doc(text: str) -> dict:
    return parse_document(text, source="t.txt", is_text=True).document


# --- the title above an issuer line that stands over the byline

ISSUER_UNDER_NOTICE = [
    (
        "关于对2026年第一季度重点工作开展督查的通知\n某县人民政府督查室\n发布日期：2026-01-08\n"
        "各乡镇人民政府，县直各部门：\n现将有关事项通知如下。\n1.推进城区道路改造。责任单位：县住建局\n",
        "关于对2026年第一季度重点工作开展督查的通知",
    ),
    (
        "关于做好2026年春季森林防火工作的通知\n某市林业局森林防火处\n来源：某市林业局  时间：2026-02-11\n"
        "各区林业部门：\n为做好春季森林防火工作，现通知如下。\n一、加强火源管控\n",
        "关于做好2026年春季森林防火工作的通知",
    ),
    (
        "关于开展2026年度农村人居环境整治专项检查的通知\n某镇农业综合服务站\n发布时间：2026年3月5日 10:20\n"
        "各村（社区）：\n根据县里安排，现就有关事项通知如下。\n",
        "关于开展2026年度农村人居环境整治专项检查的通知",
    ),
]

NOT_ISSUER_UNDER_NOTICE = [
    (  # a list of links above a news headline: the headline stays
        "关于做好2026年防汛工作的通知\n某县召开2026年防汛工作部署会\n发布日期：2026-04-02\n"
        "4月1日，某县召开防汛工作部署会，会议要求各乡镇压实责任。\n",
        "某县召开2026年防汛工作部署会",
    ),
    (  # a news headline ending in 会 under the notice line: no issuer line
        "关于做好2026年防汛工作的通知\n某县防汛抗旱指挥部召开防汛会商会\n发布日期：2026-05-12\n"
        "5月11日，某县防汛抗旱指挥部召开会商会，分析研判近期雨情汛情。\n",
        "某县防汛抗旱指挥部召开防汛会商会",
    ),
]


@pytest.mark.parametrize(("text", "title"), ISSUER_UNDER_NOTICE + NOT_ISSUER_UNDER_NOTICE)
def test_title_over_issuer_line(text: str, title: str) -> None:
    assert _doc(text)["title"] == title


# --- a page flattened onto one line: its title before the first item, its signature at the end

FLAT = [
    (
        "某县2026年农村饮水安全巩固提升工作方案 一、工作任务 1.改造供水管网。（牵头单位：县水利局）"
        " 2.建设净化消毒设施。（牵头单位：县水利局；配合单位：各乡镇） 3.开展水质检测。责任单位：县疾控中心"
        " 某县人民政府办公室 2026年2月9日",
        "某县2026年农村饮水安全巩固提升工作方案",
        "2026-02-09",
    ),
    (
        "某市2026年城市更新行动计划 一、老旧小区改造 （一）改造老旧小区30个。责任单位：市住建局"
        " （二）加装电梯50部。责任单位：市住建局 二、背街小巷整治 （一）整治背街小巷20条。责任单位：市城管局"
        " 某市城市更新工作领导小组办公室 2026年4月1日",
        "某市2026年城市更新行动计划",
        "2026-04-01",
    ),
    (
        "某镇2026年秸秆综合利用工作实施方案 一、目标任务 全镇秸秆综合利用率稳定在92%以上。 二、重点工作"
        " 1.推进秸秆还田。责任单位：镇农业服务中心 2.发展秸秆饲料化。责任单位：镇畜牧站"
        " 某镇人民政府 二〇二六年三月十日",
        "某镇2026年秸秆综合利用工作实施方案",
        "2026-03-10",
    ),
]


@pytest.mark.parametrize(("text", "title", "date"), FLAT)
def test_flat_page_title_and_signature(text: str, title: str, date: str) -> None:
    doc = _doc(text)
    assert doc["title"] == title
    assert str(doc["publish_date"])[:10] == date


NOT_FLAT = [
    (  # a date at the end of a sentence, no signature
        "某县2026年春耕备耕工作方案\n一、工作任务\n1.储备化肥5000吨。责任单位：县供销社\n"
        "2.检修农机具。责任单位：县农机中心 各乡镇要在 2026年3月20日\n",
        None,
    ),
    (  # a closing remark before the date: no issuer name
        "某县2026年春耕备耕工作方案 一、工作任务 1.储备化肥5000吨。责任单位：县供销社"
        " 2.检修农机具。责任单位：县农机中心 请认真抓好落实。 2026年3月2日",
        None,
    ),
]


@pytest.mark.parametrize(("text", "date"), NOT_FLAT)
def test_no_flat_signature(text: str, date: str | None) -> None:
    assert _doc(text)["publish_date"] == date


# --- `--explain` names the rule that gave the title


def _title_source(content: str, is_text: bool) -> tuple[str, str]:
    from transform.explain_report import explain_document

    _, events = explain_document(content, source="t.txt" if is_text else "p.html", is_text=is_text)
    meta = {e["field"]: e for e in events if e.get("kind") == "metadata"}
    return meta["title"]["value"], meta["title"]["source"]


H1_PAGE = (
    "<html><head><meta charset='utf-8'><title>某县人民政府</title></head><body>"
    "<h1>某县人民政府办公室<br>关于印发某县2026年夏粮收购工作方案的通知</h1>"
    "<div id='zoom'><p>关于印发某县2026年夏粮收购工作方案的通知</p><p>各乡镇人民政府：</p>"
    "<p>一、收购任务</p><p>1.收购夏粮2万吨。（牵头单位：县粮食局）</p></div></body></html>"
)


@pytest.mark.parametrize(
    ("content", "is_text", "source"),
    [
        (H1_PAGE, False, "<h1>"),
        (FLAT[0][0], True, "flattened"),
        (ISSUER_UNDER_NOTICE[0][0], True, "关于…的通知 line"),
    ],
)
def test_explain_names_the_title_rule(content: str, is_text: bool, source: str) -> None:
    value, named = _title_source(content, is_text)
    assert value and source in named


# --- the plan's period wrapped onto the line under its heading: the plan's years (the title stays
# the heading line, as the audit corpus labels it)

PERIOD_WRAPPED = [
    (
        "某市电梯安全筑底三年行动实施方案\n（2024—2027年）\n某市监发〔2024〕16号\n"
        "为提升电梯安全水平，制定本方案。\n一、工作目标\n到2027年，电梯应急救援平均到达时间缩短至20分钟以内。\n"
        "二、重点任务\n1.排查电梯隐患。牵头单位：市市场监管局\n",
        "某市电梯安全筑底三年行动实施方案",
        (2024, 2027),
    ),
    (
        "某区园林绿化提质三年行动方案\n(2024-2027年)\n一、行动目标\n三年内，全区建成区绿地率达到38.5%。到2027年，公园服务半径覆盖率达到90%。\n"
        "二、重点任务\n1.建设口袋公园。新建口袋公园35个以上。（牵头单位：区城市管理局）\n",
        "某区园林绿化提质三年行动方案",
        (2024, 2027),
    ),
    (
        "某县乡村建设两年行动实施方案\n（2026－2028年）\n发布日期：2026-01-10\n一、主要目标\n到2028年，农村危房全部完成改造。\n二、主要任务\n"
        "1.改造农村公路80公里。责任单位：县交通运输局\n",
        "某县乡村建设两年行动实施方案",
        (2026, 2028),
    ),
]

PERIOD_NOT_WRAPPED = [
    (  # a date under the heading, no period
        "某县2026年春季植树造林工作方案\n（2026年2月28日）\n一、工作任务\n1.新增造林面积3000亩。责任单位：县林业局\n",
        "某县2026年春季植树造林工作方案",
        (2026, 2026),
    ),
    (  # a revision note with its year under the heading
        "某县2026年重点项目建设方案\n（2025—2026年修订）\n一、工作任务\n1.开工项目30个。责任单位：县发改局\n",
        "某县2026年重点项目建设方案",
        (2026, 2026),
    ),
]


@pytest.mark.parametrize(("text", "title", "years"), PERIOD_WRAPPED)
def test_period_under_the_heading(text: str, title: str, years: tuple[int, int]) -> None:
    doc = _doc(text)
    assert doc["title"] == doc["plan_title"] == title
    assert (doc["plan_start_year"], doc["plan_end_year"]) == years


@pytest.mark.parametrize(("text", "title", "years"), PERIOD_NOT_WRAPPED)
def test_no_period_under_the_heading(text: str, title: str, years: tuple[int, int]) -> None:
    doc = _doc(text)
    assert doc["title"] == title
    assert (doc["plan_start_year"], doc["plan_end_year"]) == years


# --- the months a campaign runs date a plan whose title and text name no other year

CAMPAIGN_PERIOD = [
    (
        "某县城乡环境卫生“百日攻坚”行动方案\n为改善城乡环境，县政府决定于2026年5月至8月开展百日攻坚行动。\n"
        "一、攻坚任务\n（一）清理积存垃圾。（牵头单位：县城市管理局）\n（二）整治河塘沟渠。（牵头单位：县水利局）\n",
        (2026, 2026),
    ),
    (
        "某镇燃气安全专项整治行动方案\n一、整治时间\n2026年6月至10月。\n二、整治任务\n"
        "1.排查餐饮场所燃气隐患。（牵头单位：镇应急办）\n2.更换老化燃气软管。（牵头单位：镇建设办）\n",
        (2026, 2026),
    ),
    (
        "某县冬春农田水利建设攻坚行动方案\n行动自2025年11月中旬至2026年3月，分三个阶段推进。\n"
        "一、重点任务\n1.清淤山塘。（牵头单位：县水利局）\n2.配套渠系。（牵头单位：县水利局）\n",
        (2025, 2026),
    ),
]

NO_CAMPAIGN_PERIOD = [
    # a report of a past period: what was done then
    "某县安全生产专项整治工作情况\n2025年3月至6月，全县累计排查企业1200家，整改隐患3000处。\n",
    # a comparison's period
    "某县旅游市场综合整治工作方案\n旅游人数比2025年5月至8月增长较快，市场秩序问题增多。\n"
    "一、整治任务\n1.整治不合理低价游。（牵头单位：县文旅局）\n",
]


@pytest.mark.parametrize(("text", "years"), CAMPAIGN_PERIOD)
def test_campaign_months_date_the_plan(text: str, years: tuple[int, int]) -> None:
    doc = _doc(text)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == years


@pytest.mark.parametrize("text", NO_CAMPAIGN_PERIOD)
def test_no_campaign_period(text: str) -> None:
    doc = _doc(text)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (None, None)


# --- the heading over a page that is only an indicator table

INDICATOR_PAGES = [
    (
        "附件2\n某县畜牧业高质量发展主要指标（2026—2028年）\n指标 | 单位 | 2026年 | 2027年 | 2028年\n"
        "生猪出栏 | 万头 | 62 | 65 | 68\n畜禽粪污综合利用率 | % | 80 | 82 | 85\n",
        "某县畜牧业高质量发展主要指标（2026—2028年）",
        (2026, 2028),
    ),
    (
        "某市公共文化服务体系建设主要指标（2026—2028年）\n"
        "指标名称                  单位      基期值（2025年）   目标值（2028年）   属性\n"
        "人均公共文化设施面积        平方米    0.38              0.45              预期性\n",
        "某市公共文化服务体系建设主要指标（2026—2028年）",
        (2026, 2028),
    ),
    (
        "附件\n某县“十五五”节水与供水保障主要指标\n指标                 单位     2026年    2028年    2030年\n"
        "农村自来水普及率      %        92        95        98\n",
        "某县“十五五”节水与供水保障主要指标",
        (2026, 2030),
    ),
]

NOT_INDICATOR_PAGES = [
    (  # a plan's section of indicators: the plan's heading is the title
        "某县2026年农业农村工作要点\n一、主要指标\n指标 | 单位 | 目标值\n粮食产量 | 万吨 | 45\n",
        "某县2026年农业农村工作要点",
    ),
    (  # a news headline naming indicators over prose, no table
        "某县发布2026年经济社会发展主要指标\n发布日期：2026-02-01\n"
        "记者从县统计局获悉，今年全县地区生产总值预期增长6%左右，单位GDP能耗下降2%。\n",
        "某县发布2026年经济社会发展主要指标",
    ),
]


@pytest.mark.parametrize(("text", "title", "years"), INDICATOR_PAGES)
def test_indicator_table_page_title(text: str, title: str, years: tuple[int, int]) -> None:
    doc = _doc(text)
    assert doc["title"] == title
    assert (doc["plan_start_year"], doc["plan_end_year"]) == years


@pytest.mark.parametrize(("text", "title"), NOT_INDICATOR_PAGES)
def test_not_an_indicator_table_page(text: str, title: str) -> None:
    assert _doc(text)["title"] == title


# --- a 年度安排 section states the plan's goals year by year: its targets are kept as goals


def _parsed(text: str):
    return parse_document(text, source="t.txt", is_text=True)


ANNUAL_SCHEDULE = [
    (
        "某市城市更新三年行动方案\n一、主要目标\n3年内，全市累计改造城镇老旧小区600个。\n二、年度安排\n"
        "2026年改造老旧小区220个，2027年改造老旧小区200个，2028年改造老旧小区180个。\n三、保障措施\n加强资金保障。\n",
        {(220, 2026), (200, 2027), (180, 2028)},
    ),
    (
        "某县农村公路提质行动方案（2026—2027年）\n一、工作目标\n两年改造农村公路300公里。\n"
        "二、重点任务\n1.实施窄路拓宽。（牵头单位：县交通运输局）\n三、年度安排\n"
        "2026年，完成提质改造160公里；2027年，完成提质改造140公里。\n",
        {(160, 2026), (140, 2027)},
    ),
    (
        "某区口袋公园建设行动方案\n一、年度安排\n2026年新建口袋公园15个，2027年新建口袋公园20个。\n"
        "二、重点任务\n1.选址规划。（牵头单位：区城市管理局）\n",
        {(15, 2026), (20, 2027)},
    ),
]


@pytest.mark.parametrize(("text", "kept"), ANNUAL_SCHEDULE)
def test_annual_schedule_targets_are_goals(text: str, kept: set[tuple[int, int]]) -> None:
    rows = _parsed(text).targets
    got = {(int(float(t["value"])), t["year"]) for t in rows if t["task_id"] is None}
    assert kept <= got


NOT_ANNUAL_SCHEDULE = [
    # numbered items naming units under 年度安排 stay tasks
    "某县2026年重点工作方案\n一、年度安排\n1.新建学校2所。（牵头单位：县教育局）\n2.改造危桥5座。（牵头单位：县交通运输局）\n",
    # a heading naming the schedule of a work ("重点项目年度安排") over work with its unit stays a task
    "某县2026年教育工作方案\n一、工作目标\n全年新增学位3000个。\n二、重点项目年度安排\n"
    "新建城南学校，由县教育局负责。\n三、保障措施\n加强组织领导。\n",
]


@pytest.mark.parametrize("text", NOT_ANNUAL_SCHEDULE)
def test_not_an_annual_schedule(text: str) -> None:
    assert _parsed(text).tasks
