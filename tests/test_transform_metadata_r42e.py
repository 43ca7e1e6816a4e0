"""Round 42e: metadata and plan judging on new renderings.

- an app's share prompt over the headline ("打开APP，阅读体验更佳", "打开客户端阅读全文") is no part of
  the title or of the plan's heading (`lexicons/site_app_prompts.txt`, `metadata_tags._account_chrome`);
- a PDF / OFD viewer's page counter with its toolbar ("第 2 页 / 共 2 页　　100%　　适合宽度") is a page
  mark, no first half of the plan's heading (`lexicons/page_viewer_tools.txt`, `page_marks._viewer_bar`);
- a 政务服务 guide (办事指南, 服务指南, 办理指南) is no plan: its numbered 申请材料 and 办理流程 are no
  tasks (`lexicons/non_plan_kinds.txt`); a field line whose value is a code or a count ("事项编码：
  1143…", "浏览次数：86") is no headline (`metadata._code_field`);
- English labels of a portal page or its structured data ("Title:", "Release date:", "Document No.:",
  "Issued by:", "datePublished: 2026-03-04T10:30:00+08:00") fill the fields (`lexicons/metadata_labels.toml`);
- a 信息公开 block printed as columns, a row of labels over one row of values ("索引号 | 发文机关 | 成文日期 |
  发布日期"), is read in pairs (`metadata._header_row_pairs`); not a list of documents under a 名称 column;
- a 考核细则 and a 重点项目表 are plans by their titles (`lexicons/plan_title_kinds.txt`);
- a reader's menu bar ("OFD阅读器　　文件　　视图　　帮助") and its toolbar with the page counter over the
  headline are no part of the title (`page_marks.viewer_chrome`, read over the page top too);
- an account's name printed twice under the headline ("双峰发布 双峰发布") is no headline
  (`metadata_tags._NAME_TWICE`);
- a 考核指标表 / 考核指标体系 names a plan's kind (`lexicons/plan_kinds.txt`): its heading over the
  table is the page's title ("江口县2024年度乡村振兴实绩考核指标表"); not 考核指标完成情况;
- a title ending with 工作重点 / 施政重点, 成员单位（工作）职责 or 推进安排 is the plan's own title
  (`lexicons/plan_title_kinds.txt`); not where more follows ("工作重点解读", "推进安排的通知");
- a headline with a news verb outside any 《》 ("市安委会印发安全生产十五条措施", "我县制定2026年…方案")
  is news of a plan: the plan is the one the report names in 《》 (`metadata._news_headline`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.page_marks import page_mark

ITEMS = "一、开展排查整治。（牵头单位：县应急管理局）\n二、加强宣传引导。（牵头单位：县委宣传部）\n"


def _doc(text: str, source: str = "n.txt") -> dict:
    return parse_document(text, source=source, is_text=True).document


# ---- an app's share prompt


@pytest.mark.parametrize(
    "prompt",
    ["打开APP，阅读体验更佳", "打开App 阅读全文", "在APP内打开", "打开客户端，查看全文"],
)
def test_app_prompt_is_no_part_of_the_headline(prompt):
    text = f"{prompt}\n云台县2026年重点项目建设攻坚行动方案\n来源：云台县人民政府　2026年3月2日\n" + ITEMS
    doc = _doc(text)
    assert doc["title"] == "云台县2026年重点项目建设攻坚行动方案"
    assert doc["plan_title"] == "云台县2026年重点项目建设攻坚行动方案"


def test_app_prompt_in_a_notice_page():
    text = (
        "打开APP，查看更多精彩内容\n关于印发《白沙镇2026年防汛工作方案》的通知\n发布时间：2026-04-01\n"
        "现将《白沙镇2026年防汛工作方案》印发给你们。\n白沙镇2026年防汛工作方案\n" + ITEMS
    )
    doc = _doc(text)
    assert doc["title"] == "关于印发《白沙镇2026年防汛工作方案》的通知"
    assert doc["plan_title"] == "白沙镇2026年防汛工作方案"


@pytest.mark.parametrize(
    "line",
    ["打开APP，领取新人红包后参加活动的说明", "打开客户端后扫码登记的操作指引"],
)
def test_a_line_that_only_starts_like_a_prompt_is_kept(line):
    from transform.metadata_tags import without_account_chrome

    assert without_account_chrome([line]) == [line]


# ---- a viewer's page counter with its toolbar


@pytest.mark.parametrize(
    "line",
    [
        "第 2 页 / 共 2 页　　100%　　适合宽度",
        "100%  适合页面  第3页",
        "第3页 共12页　　放大　缩小　　125%",
        "第 1 页，共 5 页    实际大小    打印",
    ],
)
def test_viewer_counter_is_a_page_mark(line):
    assert page_mark(line)


@pytest.mark.parametrize(
    "line",
    [
        "第2页　　临湘市2026年城区停车秩序整治方案",
        "100%　　适合宽度",
        "第二页的内容适合宽度",
        "完成率100%　　第3页　适合宽度的设计",
    ],
)
def test_not_a_viewer_counter(line):
    assert not page_mark(line)


def test_viewer_counter_over_the_plan_heading():
    text = (
        "某县人民政府办公室\n关于印发某县2026年城区停车秩序整治方案的通知\n"
        "现将《某县2026年城区停车秩序整治方案》印发给你们。\n某县人民政府办公室\n2026年2月27日\n"
        "第 2 页 / 共 2 页　　100%　　适合宽度\n某县2026年城区停车秩序整治方案\n" + ITEMS
    )
    assert _doc(text)["plan_title"] == "某县2026年城区停车秩序整治方案"


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_viewer_bar_scale(n):
    lines = ["第 2 页 / 共 2 页　　100%　　适合宽度", "第2页　　100%　适合宽度的设计"] * n
    assert sum(page_mark(ln) for ln in lines) == n


# ---- a 政务服务 guide


_GUIDE_BODY = (
    "一、受理条件\n申请人具有完全民事行为能力。\n二、申请材料\n1.登记申请书。\n2.身份证明。\n3.场所证明。\n"
    "三、办理流程\n1.申请。\n2.受理。\n3.审核决定。\n"
)


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("个体工商户设立登记办事指南", "事项编码：11430921MB0000000X4000117001"),
        ("城镇职工基本养老保险关系转移服务指南", "实施编码：11430100006178203P3430219002"),
        ("建筑工程施工许可证核发办理指南", "浏览次数：86"),
    ],
)
def test_service_guide_is_no_plan(title, field):
    text = f"当前位置：首页 > 办事服务 > 办事指南\n{title}\n{field}\n发布日期：2026-03-03\n" + _GUIDE_BODY
    parsed = parse_document(text, source="g.txt", is_text=True)
    assert parsed.document["title"] == title
    assert str(parsed.document["publish_date"]) == "2026-03-03"
    assert parsed.tasks == []


def test_a_plan_about_guides_keeps_its_tasks():
    text = "某县政务服务事项办事指南标准化工作方案\n发布日期：2026-03-03\n" + ITEMS
    parsed = parse_document(text, source="g.txt", is_text=True)
    assert parsed.document["title"] == "某县政务服务事项办事指南标准化工作方案"
    assert len(parsed.tasks) == 2


def test_a_labelled_headline_in_words_stays():
    text = "政策解读：《某县2026年促进消费若干措施》\n发布日期：2026-03-03\n一、出台背景\n为激发消费活力。\n"
    assert _doc(text)["title"] == "政策解读：《某县2026年促进消费若干措施》"


# ---- English labels


@pytest.mark.parametrize(
    ("block", "date"),
    [
        (
            "Title: 某区2026年消防安全专项整治方案\nIssued by: 某区人民政府办公室\nDocument No.: 某府办〔2026〕9号\n"
            "Release date: 2026-03-09\n",
            "2026-03-09",
        ),
        (
            "Title: 某区2026年消防安全专项整治方案\nDate of Release: 2026-03-10\nDocument No: 某府办〔2026〕9号\n",
            "2026-03-10",
        ),
        (
            "某区2026年消防安全专项整治方案\ndatePublished: 2026-03-04T10:30:00+08:00\n"
            "Document Number: 某府办〔2026〕9号\n",
            "2026-03-04",
        ),
        (
            "某区2026年消防安全专项整治方案\n发布时间：2026-03-11T08:00:00+08:00\n"
            "Doc. No.: 某府办〔2026〕9号\n",
            "2026-03-11",
        ),
    ],
)
def test_english_labels(block, date):
    doc = _doc(block + "某区2026年消防安全专项整治方案\n" + ITEMS)
    assert doc["title"] == "某区2026年消防安全专项整治方案"
    assert str(doc["publish_date"]) == date
    assert doc["doc_number"] == "某府办〔2026〕9号"


def test_english_words_in_prose_are_no_labels():
    text = (
        "某区2026年消防安全专项整治方案\n发布日期：2026-03-09\n一、开展宣传。Published 信息见官网。\n" + ITEMS
    )
    doc = _doc(text)
    assert str(doc["publish_date"]) == "2026-03-09"
    assert doc["doc_number"] is None


# ---- a block printed as columns


@pytest.mark.parametrize(
    "block",
    [
        "索引号 | 发文机关 | 成文日期 | 发布日期\n1143/2026-00031 | 某区人民政府办公室 | 2026-02-20 | 2026-02-25\n"
        "文号 | 某政办发〔2026〕4号 | 主题分类 | 综合政务\n",
        "| 发文字号 | 发布日期 |\n| 某政办发〔2026〕4号 | 2026-02-25 |\n",
        "發文機關 | 發佈日期 | 文號\n某區人民政府辦公室 | 2026-02-25 | 某政辦發〔2026〕4號\n",
    ],
)
def test_block_in_columns(block):
    doc = _doc(block + "某区2026年城乡供水保障工作方案\n" + ITEMS)
    assert str(doc["publish_date"]) == "2026-02-25"


@pytest.mark.parametrize(
    "block",
    [
        # a list of documents under its 名称 column
        "名称 | 索引号 | 发布日期\n关于印发某区2026年城乡供水保障工作方案的通知 | 1143/2026-00031 | 2026-02-25\n",
        # a list of several rows
        "索引号 | 发布机构 | 发布日期\n1143/2026-00031 | 某区水利局 | 2026-02-25\n1143/2026-00032 | 某区财政局 | 2026-02-26\n",
    ],
)
def test_list_in_columns_names_no_fields(block):
    doc = _doc(block + "某区2026年城乡供水保障工作方案\n" + ITEMS)
    assert doc["publish_date"] is None


# ---- plan titles: 考核细则, 重点项目表


@pytest.mark.parametrize(
    "title",
    [
        "云溪县2026年度河长制工作考核细则",
        "某镇2026年度村级综合考核细则",
        "某县2026年城建重点项目表",
        "东塘县2026年农业农村重点项目表",
        "某县2026年重大建设项目计划表",
    ],
)
def test_plan_titles_of_assessment_rules_and_project_tables(title):
    text = f"{title}\n一、河长履职情况。（责任单位：县河长办）\n二、水质达标情况。（责任单位：县水利局）\n"
    assert _doc(text)["plan_title"] == title


@pytest.mark.parametrize(
    "title",
    ["某县2026年度河长制工作考核细则解读", "某县2025年重点项目表完成情况"],
)
def test_not_plan_titles(title):
    text = f"{title}\n一、河长履职情况。（责任单位：县河长办）\n二、水质达标情况。（责任单位：县水利局）\n"
    assert _doc(text)["plan_title"] is None


# ---- a reader's menu and toolbar over the headline


@pytest.mark.parametrize(
    "chrome",
    [
        "OFD阅读器　　文件　　视图　　帮助\n适合宽度　　100%　　第 1 页 / 共 1 页\n",
        "适合宽度　　100%　　第 1 页 / 共 1 页\n",
        "PDF阅读器  文件  编辑  视图  窗口  帮助\n",
    ],
)
def test_reader_chrome_over_the_headline(chrome):
    text = chrome + "新邵县2026年城乡居民医保参保扩面工作方案\n新邵县医疗保障局\n2026年2月10日\n" + ITEMS
    doc = _doc(text)
    assert doc["title"] == "新邵县2026年城乡居民医保参保扩面工作方案"
    assert doc["plan_title"] == "新邵县2026年城乡居民医保参保扩面工作方案"


@pytest.mark.parametrize("line", ["文件", "文件　　视图的设计", "帮助企业纾困　视图"])
def test_not_reader_chrome(line):
    from transform.page_marks import viewer_chrome

    assert not viewer_chrome(line)


# ---- an account's name twice


@pytest.mark.parametrize(
    "account",
    ["双峰发布 双峰发布", "平安涟源　平安涟源", "湘乡融媒\t 湘乡融媒"],
)
def test_account_name_twice_is_no_headline(account):
    text = f"快讯｜双峰县2026年春季农村道路安全专项整治方案\n{account}\n2026年03月02日 21:05 湖南\n" + ITEMS
    assert _doc(text)["title"] == "快讯｜双峰县2026年春季农村道路安全专项整治方案"


@pytest.mark.parametrize("line", ["双峰发布 涟源发布", "加快加快 推进"])
def test_two_names_are_kept(line):
    from transform.metadata_tags import without_account_chrome

    assert without_account_chrome([line]) == [line]


# ---- a 考核指标表 heading over its table


_KAOHE_TABLE = (
    "\n\n| 序号 | 考核指标 | 分值 | 目标值 | 责任单位 |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 粮食播种面积 | 10 | 28.5万亩 | 县农业农村局 |\n| 2 | 农村生活污水治理率 | 8 | 40% | 县生态环境局 |\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "江口县2024年度乡村振兴实绩考核指标表",
        "金沙镇2024年度村级综合考核指标体系",
        "某县2026年高质量发展综合考核指标",
    ],
)
def test_kaohe_table_heading_is_the_title(title):
    assert _doc(title + _KAOHE_TABLE)["title"] == title


@pytest.mark.parametrize(
    "title",
    ["某县2025年度考核指标完成情况", "某县2025年度考核指标得分排名"],
)
def test_kaohe_results_are_no_plan_kind(title):
    from transform.plan_judging import PLAN_TITLE

    assert PLAN_TITLE.search(title) is None


# ---- 工作重点, 施政重点, 成员单位职责, 推进安排


_TWO_ITEMS = "一、加强源头治理。（牵头单位：市农业农村局）\n二、强化执法监管。（牵头单位：市市场监管局）\n"


@pytest.mark.parametrize(
    "title",
    [
        "2025年全市食品安全工作重点",
        "香洲區2025年施政重點",
        "彭阳县创建国家卫生县城成员单位工作职责",
        "興安縣2025年重點項目包保推進安排",
        "某镇2026年安全生产成员单位职责",
    ],
)
def test_priorities_and_duties_are_plan_titles(title):
    assert _doc(title + "\n" + _TWO_ITEMS)["plan_title"] == title


@pytest.mark.parametrize(
    "title",
    ["2025年全市食品安全工作重点解读", "关于印发2025年重点项目推进安排的通知有关事项的说明"],
)
def test_not_priorities_titles(title):
    assert _doc(title + "\n" + _TWO_ITEMS)["plan_title"] != title


# ---- a headline reporting a plan made


@pytest.mark.parametrize(
    ("headline", "plan"),
    [
        ("市安委会印发安全生产十五条措施", "宁州市安全生产治本攻坚十五条措施"),
        ("县委办县政府办印发农村人居环境整治方案", "某县农村人居环境整治提升五年行动方案（2026—2030年）"),
        ("市场监管局出台个体工商户扶持措施", "某市2026年个体工商户分型分类精准扶持措施"),
        ("我县制定2026年农村供水保障工作方案", "某县2026年农村供水保障工作方案"),
    ],
)
def test_news_headline_names_the_reported_plan(headline, plan):
    text = (
        f"{headline}\n来源：某某日报　发布时间：2026-03-14 09:12\n"
        f"近日，有关部门印发《{plan}》，对全年工作作出部署。主要内容如下：\n" + ITEMS
    )
    assert _doc(text)["plan_title"] == plan


@pytest.mark.parametrize(
    "title",
    ["关于印发某县2026年农村供水保障工作方案的通知", "某县2026年农村供水保障工作方案"],
)
def test_a_plan_or_notice_title_is_no_news(title):
    text = f"{title}\n发布时间：2026-03-14\n现将《某县2026年农村供水保障工作方案》印发给你们。\n" + ITEMS
    assert _doc(text)["plan_title"] == "某县2026年农村供水保障工作方案"
