"""Round 41d: metadata and is_plan on renderings not yet written.

- a policy card's title field "政策名称：" / "政策标题：" (a mini program's or a policy library's
  page) names the page (`lexicons/metadata_labels.toml`);
- a print page's toolbar of bracketed buttons above the headline ("【打印本页】　【关闭窗口】",
  "[打印本页] [关闭窗口]") is no part of it (`lexicons/byline_toolbar_words.txt`);
- a red header's 文号 spread over two lines ("某县政办发" / "〔2026〕12号") and a notice's number in
  the year on a line of its own ("（2026年第3号）") are the 文号 (`metadata._doc_number_split`);
- a title whose season or year runs into the next, printed by the next year's last two digits
  ("2026/27年度榨季", "2026-27学年"), covers both years (`planyears._into_next_year`); a single
  year before a season ("2025年冬春季") stays one year, as the committed audit gold reads it;
- a repost's 原标题 that is itself news of a plan made ("原标题：《某市出台三年行动计划》") names no
  plan: the plan is the one the report names in 《》 (`metadata._news_headline`);
- a headline that says 今年 / 明年 / 今明两年 ("某省明确今年…十项重点任务") is news, not a plan's own
  title: the plan is the one the report names in 《》, if any (`metadata._RELATIVE_YEAR`);
- a reading platform's name as the <title> ("学习强国") names no document (`lexicons/site_page_titles.txt`),
  and the source and the date under the headline in elements of their own, one after the other
  (`<div class="…-resource">来源：…</div><div class="…-time">2026-06-11</div>`), date the page
  (`html_parts.headline_meta`);
- a <title> that is an <h1> printed outside the body with the channel and the site after it
  ("…《…方案》--四川频道--人民网") gives way to the <h1> (`metadata_top.headline_in_tag`);
- a time element printing the year apart from the month and the day (`<span class="year">2026</span>
  <span class="day">11/03</span>`, a news portal's `header-time`) dates the page
  (`html_parts.publish_time`);
- a traditional mirror's toolbar ("列印本頁　關閉視窗") is no part of the headline
  (`lexicons/byline_toolbar_words.txt`);
- a microblog post under its "2026-3-15 09:12 来自 …" stamp is titled by the 【headline】 it opens
  with, after its #topics# (`metadata_tags.microblog_headline`);
- a headline ending with a news verb ("某县…工作方案出台") is news of the plan: the plan is the one
  the report names in 《》, if any (`metadata._NEWS_ENDS`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import _toolbar_line
from transform.planyears import plan_years

ITEMS = "一、开展排查整治。（牵头单位：县应急管理局）\n二、加强宣传引导。（牵头单位：县委宣传部）\n"


def _doc(text: str, source: str = "n.txt") -> dict:
    return parse_document(text, source=source, is_text=True).document


# ---- a policy card's title field


@pytest.mark.parametrize(
    "label",
    ["政策名称：", "政策标题：", "政策名稱："],
)
def test_policy_title_field(label):
    text = (
        "政策详情\n"
        f"{label}关于印发《某县2026年稳就业若干措施》的通知\n"
        "发文字号：某政办发〔2026〕3号\n发布日期：2026年01月26日\n"
        "现将《某县2026年稳就业若干措施》印发给你们。\n某县2026年稳就业若干措施\n" + ITEMS
    )
    doc = _doc(text)
    assert doc["title"] == "关于印发《某县2026年稳就业若干措施》的通知"
    assert doc["plan_title"] == "某县2026年稳就业若干措施"


@pytest.mark.parametrize(
    "text, want",
    [
        # a sentence naming a policy is no field
        (
            "某县2026年稳就业若干措施\n发布日期：2026-01-26\n政策名称和适用对象见附件。\n" + ITEMS,
            "某县2026年稳就业若干措施",
        ),
        # a plain 标题 field still reads
        (
            "标题：某县2026年燃气安全整治方案\n发布日期：2026-01-26\n" + ITEMS,
            "某县2026年燃气安全整治方案",
        ),
    ],
)
def test_policy_title_field_not_read(text, want):
    assert _doc(text)["title"] == want


# ---- a print page's bracketed toolbar


@pytest.mark.parametrize(
    "bar",
    ["【打印本页】　【关闭窗口】", "[打印本页] [关闭窗口]", "【打印此页】 【关闭本页】"],
)
def test_bracketed_toolbar_over_headline(bar):
    text = f"{bar}\n某市2026年秋冬季大气污染防治攻坚行动方案\n某市人民政府　2026-09-18\n" + ITEMS
    doc = _doc(text)
    assert doc["title"] == "某市2026年秋冬季大气污染防治攻坚行动方案"
    assert doc["plan_title"] == "某市2026年秋冬季大气污染防治攻坚行动方案"


def test_bracketed_tag_before_headline_stays():
    title = "【政策解读】《某市2026年优化营商环境工作要点》解读"
    text = f"{title}\n发布日期：2026-04-02\n一、制定背景\n为优化营商环境，制定本要点。\n"
    assert _doc(text)["title"] == title


@pytest.mark.parametrize("line", ["【打印】 某市2026年燃气安全整治方案", "【通知公告】 【政策文件】"])
def test_bracketed_words_not_a_toolbar(line):
    assert not _toolbar_line(line)


# ---- a 文号 over two lines, a notice's number in the year


@pytest.mark.parametrize(
    "head, want",
    [
        ("某县人民政府办公室文件\n潭县政办发\n〔2026〕12号\n签发人：刘某\n", "潭县政办发〔2026〕12号"),
        ("某市人民政府文件\n某政函\n[2026] 41号\n", "某政函[2026]41号"),
        ("关于开展燃气安全排查整治的通知\n（2026年第3号）\n", "2026年第3号"),
        ("某县安委会办公室公告\n2026年 第 12 号\n", "2026年第12号"),
    ],
)
def test_split_doc_number(head, want):
    text = (
        head
        + "关于印发《某县2026年燃气安全整治方案》的通知\n发布日期：2026-11-12\n某县2026年燃气安全整治方案\n"
        + ITEMS
    )
    assert _doc(text)["doc_number"] == want


@pytest.mark.parametrize(
    "text",
    [
        # a gazette's issue number is no 文号
        "某县人民政府公报\n（2026年第3期）\n某县2026年燃气安全整治方案\n发布日期：2026-11-12\n" + ITEMS,
        # a year and number in a sentence, and a bracketed year after a sentence
        "某县2026年燃气安全整治方案\n发布日期：2026-11-12\n根据县政府常务会议纪要\n〔2026〕12号精神，制定本方案。\n"
        + ITEMS,
    ],
)
def test_split_doc_number_not_read(text):
    assert _doc(text)["doc_number"] is None


# ---- a season or year running into the next


@pytest.mark.parametrize(
    "title, want",
    [
        ("扶绥县2026/27年度榨季甘蔗生产工作方案", (2026, 2027)),
        ("某县2026-27学年中小学教学工作计划", (2026, 2027)),
        ("某县2026—27年度冬春农田水利基本建设实施方案", (2026, 2027)),
        ("某县2026／27年度榨季糖料蔗收购工作方案", (2026, 2027)),
    ],
)
def test_into_next_year(title, want):
    assert plan_years(title) == want


@pytest.mark.parametrize(
    "title, want",
    [
        ("某县2026年春季森林防火工作方案", (2026, 2026)),
        ("某县2026/28年度方案", (None, None)),  # not the next year's digits
        ("2026/2/27 某县燃气安全整治方案", (None, None)),  # a date
        ("某县2026年秋冬季大气污染防治方案", (2026, 2026)),
        ("某县2025年冬春季农村人居环境整治提升行动方案", (2025, 2025)),  # one year printed
    ],
)
def test_into_next_year_not_read(title, want):
    assert plan_years(title) == want


# ---- a repost's 原标题 that is itself news; a headline that says 今年


@pytest.mark.parametrize(
    "original",
    [
        "原标题：《嘉兴出台三年行动计划》",
        "原标题：某市印发行动计划 推进低空经济发展",
        "（原标题：某市发布三年行动计划）",
    ],
)
def test_original_news_headline_names_no_plan(original):
    text = (
        "某市出台三年行动计划 打造低空经济高地\n2026-05-08 17:32　来源：某某新闻\n"
        "近日，某市人民政府办公室印发《某市低空经济高质量发展三年行动计划（2026—2028年）》，提出重点任务。\n"
        f"{original}\n"
    )
    doc = _doc(text)
    assert doc["plan_title"] == "某市低空经济高质量发展三年行动计划（2026—2028年）"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2026, 2028)


@pytest.mark.parametrize(
    "original, want",
    [
        ("原标题：关于印发《某市2026年燃气安全整治方案》的通知", "某市2026年燃气安全整治方案"),
        ("原标题：某市2026年燃气安全整治方案", "某市2026年燃气安全整治方案"),
    ],
)
def test_original_title_still_names_the_plan(original, want):
    text = f"某市部署燃气安全整治\n发布时间：2026-03-02　来源：某市应急管理局\n{original}\n" + ITEMS
    assert _doc(text)["plan_title"] == want


@pytest.mark.parametrize(
    "headline, name",
    [
        ("贵州明确今年数字乡村建设十项重点任务", "贵州省2026年数字乡村建设工作要点"),
        ("我市部署明年民生实事工作安排", "某市2027年民生实事项目实施方案"),
        ("某县今明两年重点推进的十项措施", "某县2026—2027年稳增长若干措施"),
    ],
)
def test_relative_year_headline_names_the_reported_plan(headline, name):
    text = (
        f"{headline}\n2026-04-14 10:15:22　来源：某某网\n"
        f"记者从有关部门获悉，日前印发《{name}》，部署重点任务。\n据介绍，将加快推进各项工作。\n"
    )
    assert _doc(text)["plan_title"] == name


@pytest.mark.parametrize(
    "text, want",
    [
        # a plan's own title with its year in digits stays
        (
            "某县2026年重点工作任务\n发布日期：2026-02-01\n根据《某市2026年重点工作任务》，制定本任务。\n"
            + ITEMS,
            "某县2026年重点工作任务",
        ),
        # 今年 in a headline with no plan named in 《》: the headline stays
        ("某县今年重点工作任务\n发布日期：2026-02-01\n" + ITEMS, "某县今年重点工作任务"),
    ],
)
def test_relative_year_rule_not_fired(text, want):
    assert _doc(text)["plan_title"] == want


# ---- HTML: a platform's name as <title>, the source and the date in elements of their own, a
# <title> naming the channel beside an <h1> outside the body

_BODY = (
    "<p>一、完善养老服务设施布局。（牵头单位：县民政局）</p>"
    "<p>二、发展普惠托育服务。（牵头单位：县卫生健康局；配合单位：县教育局）</p>"
)


def _html(page: str) -> dict:
    return parse_document(page.encode("utf-8"), source="p.html").document


@pytest.mark.parametrize(
    "cls, src, when",
    [
        ("render-detail", "来源：某县民政局", "2026-06-11"),
        ("art", "信息来源：某县民政局", "2026年06月11日"),
        ("news", "某县融媒体中心", "2026-06-11 08:30"),
    ],
)
def test_source_then_date_elements(cls, src, when):
    page = (
        f'<html><head><meta charset="utf-8"><title>学习强国</title></head><body>'
        f'<div class="{cls}-title">某县2026年“一老一小”服务能力提升行动方案</div>'
        f'<div class="{cls}-resource">{src}</div><div class="{cls}-time">{when}</div>'
        f'<div class="{cls}-content">{_BODY}</div></body></html>'
    )
    doc = _html(page)
    assert doc["title"] == "某县2026年“一老一小”服务能力提升行动方案"
    assert str(doc["publish_date"])[:10] == "2026-06-11"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2026, 2026)


@pytest.mark.parametrize(
    "second",
    [
        "<p>为提升服务能力，2026年3月起开展专项行动，制定本方案。</p>",  # prose with a date: no info line
        "<div>责任编辑：李华</div>",  # no date at all
    ],
)
def test_source_then_date_elements_not_read(second):
    page = (
        '<html><head><meta charset="utf-8"><title>某县2026年养老服务行动方案</title></head><body>'
        '<div class="art-title">某县2026年养老服务行动方案</div>'
        f'<div class="art-resource">来源：某县民政局</div>{second}'
        f'<div class="art-content">{_BODY}</div></body></html>'
    )
    assert _html(page)["publish_date"] is None


@pytest.mark.parametrize(
    "tag",
    [
        "四川省印发《四川省2026年县域商业体系建设工作方案》--四川频道--人民网",
        "四川省印发《四川省2026年县域商业体系建设工作方案》-四川频道-人民网",
        "四川省印发《四川省2026年县域商业体系建设工作方案》|四川频道|人民网",
    ],
)
def test_channel_in_title_tag_gives_way_to_h1(tag):
    page = (
        f'<html><head><meta charset="gb2312"><title>{tag}</title></head><body>'
        "<h1>四川省印发《四川省2026年县域商业体系建设工作方案》</h1>"
        "<div>2026年05月20日08:31 | 来源：人民网－四川频道</div>"
        '<div class="rm_txt_con"><p>近日，四川省商务厅等部门印发《四川省2026年县域商业体系建设工作方案》，'
        "提出重点工作。</p><p>方案明确，将支持县城商业设施改造升级。</p></div></body></html>"
    )
    assert _html(page)["title"] == "四川省印发《四川省2026年县域商业体系建设工作方案》"


def test_title_tag_longer_than_h1_stays():
    # the <h1> is a shortened headline, not the <title> with a site's name beside it
    page = (
        '<html><head><meta charset="utf-8"><title>四川省2026年县域商业体系建设工作方案（2026年第3号）</title></head>'
        "<body><h1>四川省2026年县域商业体系建设工作方案</h1>"
        f'<div class="rm_txt_con">{_BODY}</div></body></html>'
    )
    assert _html(page)["title"] != "四川省2026年县域商业体系建设工作方案"


# ---- a time element printing the year apart from the month and the day


def _news_page(time_div: str) -> str:
    return (
        '<html><head><meta charset="utf-8"><title>甘肃部署今年冬春农田水利建设-新华网</title></head><body>'
        '<div class="head-line"><h1><span class="title">甘肃部署今年冬春农田水利建设</span></h1>'
        f"{time_div}</div>"
        '<div id="detail"><p>新华网兰州电　甘肃省水利厅近日印发《甘肃省2026—2027年度冬春农田水利基本建设实施方案》，'
        "要求各地加快建设。</p><p>方案提出，各地要统筹做好要素保障。</p></div></body></html>"
    )


@pytest.mark.parametrize(
    "time_div",
    [
        '<div class="header-time left"><span class="year"><em> 2026</em></span>'
        '<span class="day"><em> 11</em>/<em>03</em></span><span class="time"> 09:40:15</span></div>',
        '<div class="header-time"><span>2026</span> <span>11/03</span></div>',
        '<div class="pubtime"><b>2026</b><i>11</i>/<i>3</i></div>',
    ],
)
def test_year_apart_from_day(time_div):
    assert str(_html(_news_page(time_div))["publish_date"])[:10] in ("2026-11-03",)


@pytest.mark.parametrize(
    "time_div",
    [
        '<div class="header-time"><span>2026</span> <span>11/03/2025</span></div>',  # a slashed date after
        '<div class="header-time"><span>浏览 2026</span> <span>次</span></div>',  # a count
    ],
)
def test_year_apart_from_day_not_read(time_div):
    assert _html(_news_page(time_div))["publish_date"] is None


# ---- a traditional mirror's toolbar; a microblog post's 【headline】; a headline ending "…出台"


@pytest.mark.parametrize("bar", ["列印本頁　關閉視窗", "【列印】 【關閉】", "列印 關閉"])
def test_traditional_toolbar_over_headline(bar):
    text = f"{bar}\n澧縣2026年城鄉生活垃圾分類工作方案\n發布日期：2026-05-06\n" + ITEMS
    doc = _doc(text)
    assert doc["title"] == "澧縣2026年城鄉生活垃圾分類工作方案"
    assert doc["plan_title"] == "澧縣2026年城鄉生活垃圾分類工作方案"


_POST = "近日，某县人民政府办公室印发《某县2026年油茶产业提质增效工作方案》，明确重点工作。\n转发 5　评论 1　赞 18\n"


@pytest.mark.parametrize(
    "stamp, opening, want",
    [
        (
            "2026-4-8 16:20 来自 微博网页版",
            "#某县政务# 【某县2026年油茶产业提质增效工作方案出台】",
            "某县2026年油茶产业提质增效工作方案出台",
        ),
        (
            "2026-3-15 09:12 来自 微博 weibo.com",
            "【某县印发2026年油茶产业提质增效工作方案】",
            "某县印发2026年油茶产业提质增效工作方案",
        ),
        (
            "26-4-8 16:20 来自 iPhone客户端",
            "#油茶# #乡村振兴# 【某县部署油茶产业提质增效】",
            "某县部署油茶产业提质增效",
        ),
    ],
)
def test_microblog_headline(stamp, opening, want):
    doc = _doc(f"某县发布\n{stamp}\n{opening}{_POST}")
    assert doc["title"] == want
    assert doc["plan_title"] == "某县2026年油茶产业提质增效工作方案"


@pytest.mark.parametrize(
    "text",
    [
        # no post stamp: a page's bracketed tag stays as the page reads it
        "某县发布\n发布时间：2026-04-08\n【某县2026年油茶产业工作方案】近日，印发方案。\n",
        # a stamp without 来自 is a byline, not a post
        "某县发布\n2026-4-8 16:20 某县融媒体中心\n【某县2026年油茶产业工作方案】近日，印发方案。\n",
    ],
)
def test_microblog_headline_not_read(text):
    assert _doc(text)["title"] == "某县发布"


@pytest.mark.parametrize(
    "head",
    [
        "标题：某县2026年油茶产业提质增效工作方案出台\n发布时间：2026-04-08",
        "文件标题：某县油茶产业提质增效方案出炉\n发布时间：2026-04-08",
        "某县发布\n2026-4-8 16:20 来自 微博网页版\n【某县2026年油茶产业提质增效工作方案印发】",
    ],
)
def test_news_end_headline_names_the_reported_plan(head):
    # (a title read from a field or a post, not the page's own heading)
    assert _doc(f"{head}\n{_POST}")["plan_title"] == "某县2026年油茶产业提质增效工作方案"


@pytest.mark.parametrize(
    "headline, want",
    [
        # no plan named in 《》: the headline stays
        ("某县2026年油茶产业提质增效工作方案出台", "某县2026年油茶产业提质增效工作方案出台"),
        # a plan's own title that ends in a kind
        ("某县2026年政策发布工作方案", "某县2026年政策发布工作方案"),
    ],
)
def test_news_end_headline_not_fired(headline, want):
    text = f"{headline}\n发布时间：2026-04-08　　来源：某县融媒体中心\n" + ITEMS
    assert _doc(text)["plan_title"] == want
