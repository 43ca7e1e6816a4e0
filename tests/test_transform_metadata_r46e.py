"""Round 46e: portal pages, metadata and is_plan on pages nobody tuned to.

- a <title> that is only a development zone's or park's committee ("某经济技术开发区管理委员会",
  "某高新区管委会") names the site: the headline is read elsewhere (lexicon `site_suffixes`);
- a 信息公开 block whose lines are 印发日期 / 公开日期 / 发文单位 / 文件编号 / 文件名称 opens at its
  "发文单位：": `html_parts.first_label`;
- a news headline whose 《》 shortens the plan's name ("某县印发《2026年…方案》") takes the full name
  its report's opening gives ("印发《某县2026年…方案》"): `metadata_top.fuller_reported_name`;
- a rule in force for N years from the day it takes effect ("本办法自2026年6月1日起施行，有效期5年")
  covers the years to its last day: `planyears.validity_years`;
- a report of results or a summary of work done whose heading of work ahead names no year, but the
  line under it does ("三、下一步工作打算" / "2026年，我局将重点抓好以下工作："), plans that year:
  `plan_judging.work_ahead_year`.
"""

from __future__ import annotations

import pytest

from transform import html_parts
from transform.document import parse_document
from transform.headings import site_only
from transform.metadata_top import fuller_reported_name
from transform.plan_judging import summary_only, work_ahead_year
from transform.planyears import validity_years

BODY = (
    "<p>一、推进道路改造。完成背街小巷改造12条。（牵头单位：县住房和城乡建设局）</p>"
    "<p>二、加强垃圾分类。新增垃圾分类示范小区8个。（牵头单位：县城市管理局）</p>"
)
FOOT = '<div class="footer">主办单位：某县人民政府办公室　网站标识码：4300000001</div>'


def _doc(page: str, name: str = "p.html") -> dict:
    if name.endswith(".txt"):
        return parse_document(page.encode("utf-8"), source=name, is_text=True).document
    return parse_document(page.encode("utf-8"), source=name, content_type="text/html; charset=utf-8").document


# --- a <title> naming only a zone's committee


@pytest.mark.parametrize(
    "title",
    ["云岭经济技术开发区管理委员会", "柳湾高新区管委会", "石川工业园区管理委员会"],
)
def test_committee_title_is_site_only(title: str) -> None:
    assert site_only(title)


@pytest.mark.parametrize(
    "title",
    [
        "关于调整云岭经济技术开发区管理委员会内设机构的通知",
        "云岭经济技术开发区2026年招商引资工作方案",
    ],
)
def test_document_title_naming_a_committee_is_not_site_only(title: str) -> None:
    assert not site_only(title)


@pytest.mark.parametrize(
    ("tag", "headline"),
    [
        ("云岭经济技术开发区管理委员会", "云岭经开区2026年安全生产专项整治工作方案"),
        ("柳湾高新区管委会", "柳湾高新区科技企业孵化培育三年行动计划（2026—2028年）（试行）"),
        ("石川工业园区管理委员会", "石川工业园区2026年亩均效益提升行动方案"),
    ],
)
def test_committee_site_title_gives_way_to_headline(tag: str, headline: str) -> None:
    page = (
        f'<html><head><meta charset="utf-8"><title>{tag}</title></head><body>'
        f'<div class="top">{tag}　首页 | 园区概况 | 政务公开</div>'
        '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 管委会文件</div>'
        f'<h1 class="t">{headline}</h1><div class="info">发布日期：2026-01-29</div>'
        f'<div class="body">{BODY}</div>{FOOT}</body></html>'
    )
    assert _doc(page)["title"] == headline


def test_committee_tail_after_a_headline_is_dropped() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>云岭经开区2026年营商环境工作要点-云岭经济技术开发区管理委员会'
        '</title></head><body><div class="crumb">当前位置：首页 &gt; 政务公开</div>'
        f'<div class="info">发布日期：2026-02-02</div><div class="body">{BODY}</div>{FOOT}</body></html>'
    )
    assert _doc(page)["title"] == "云岭经开区2026年营商环境工作要点"


# --- 发文单位： opens the block


_WJXX = (
    '<div class="wjxx"><p><span>印发日期：</span>2026年02月27日　<span>公开日期：</span>2026年03月02日</p>'
    "<p><span>发文单位：</span>某市安全生产委员会办公室　<span>文件编号：</span>某安办〔2026〕4号</p>"
    "<p><span>文件名称：</span>关于印发《某市2026年安全生产工作要点》的通知</p></div>"
)


@pytest.mark.parametrize(
    "block",
    [
        _WJXX,
        '<ul class="info"><li>印发日期：2026-02-27</li><li>公开日期：2026-03-02</li>'
        "<li>发文单位：某市安全生产委员会办公室</li><li>文件编号：某安办〔2026〕4号</li>"
        "<li>文件名称：关于印发《某市2026年安全生产工作要点》的通知</li></ul>",
        '<table class="wj"><tr><td>公开日期：</td><td>2026-03-02</td><td>发文单位：</td>'
        "<td>某市安全生产委员会办公室</td></tr><tr><td>文件编号：</td><td>某安办〔2026〕4号</td>"
        "<td>文件名称：</td><td>关于印发《某市2026年安全生产工作要点》的通知</td></tr></table>",
    ],
)
def test_block_opening_at_fawen_danwei(block: str) -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>某市应急管理局</title></head><body>'
        '<div class="crumb">您所在的位置：首页 &gt; 政务公开 &gt; 文件通知</div>'
        f'{block}<div class="detail"><p>现将《某市2026年安全生产工作要点》印发给你们。</p>'
        '<p style="text-align:right">某市安全生产委员会办公室</p><p style="text-align:right">2026年2月27日</p>'
        f"{BODY}</div>{FOOT}</body></html>"
    )
    doc = _doc(page)
    assert doc["doc_number"] == "某安办〔2026〕4号"
    assert str(doc["publish_date"]) == "2026-03-02"
    assert doc["title"] == "关于印发《某市2026年安全生产工作要点》的通知"


@pytest.mark.parametrize(
    "html",
    [
        "<p>各发文单位要严格执行公文处理办法。</p>",
        "<div>发文单位和承办单位应当加强沟通。</div>",
    ],
)
def test_fawen_danwei_in_prose_opens_no_block(html: str) -> None:
    assert html_parts.first_label(f"<html><body>{html}</body></html>") == -1


def test_block_opening_at_index_keeps_its_start() -> None:
    html = "<table><tr><td>索引号：</td><td>0001/2026-00012</td><td>发文单位：</td><td>某局</td></tr></table>"
    assert html_parts.first_label(html) == html.index("索引号")


# --- a news headline shortening the plan's name in its 《》


@pytest.mark.parametrize(
    ("title", "opening", "full"),
    [
        (
            "锦屏县印发《2026年优化营商环境攻坚行动方案》",
            "近日，锦屏县人民政府办公室印发《锦屏县2026年优化营商环境攻坚行动方案》，全文如下：",
            "锦屏县2026年优化营商环境攻坚行动方案",
        ),
        (
            "我市出台《促进低空经济发展若干措施》",
            "日前，市政府办公室出台《临川市促进低空经济发展若干措施》，提出十条举措。",
            "临川市促进低空经济发展若干措施",
        ),
        (
            "石门区发布《2026年全民健身工作计划》",
            "记者从区文体局获悉，石门区发布《石门区2026年全民健身工作计划》。",
            "石门区2026年全民健身工作计划",
        ),
    ],
)
def test_fuller_reported_name(title: str, opening: str, full: str) -> None:
    named = title[title.index("《") + 1 : title.index("》")]
    assert fuller_reported_name(title, named, [title, "2026-03-09 来源：某县融媒体中心", opening]) == full


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        # a notice keeps the name it prints in its own 《》
        (
            "关于印发《2026年优化营商环境攻坚行动方案》的通知",
            "现将锦屏县人民政府办公室印发《锦屏县2026年优化营商环境攻坚行动方案》转发给你们。",
        ),
        # the opening names another plan: not the headline's, made longer
        (
            "锦屏县印发《2026年优化营商环境攻坚行动方案》",
            "此前，县政府印发《锦屏县2026年招商引资工作方案》。",
        ),
    ],
)
def test_fuller_reported_name_keeps_the_printed_name(title: str, opening: str) -> None:
    named = title[title.index("《") + 1 : title.index("》")]
    assert fuller_reported_name(title, named, [title, opening]) == named


def test_news_repost_page_takes_full_plan_name() -> None:
    page = (
        "锦屏融媒 首页 新闻 政务\n锦屏县印发《2026年优化营商环境攻坚行动方案》\n"
        "2026-03-09 10:23:11 来源：锦屏县人民政府办公室\n"
        "近日，锦屏县人民政府办公室印发《锦屏县2026年优化营商环境攻坚行动方案》，全文如下：\n"
        "锦屏县2026年优化营商环境攻坚行动方案\n"
        "一、提升政务服务效能。企业开办时间压缩至1个工作日以内。（牵头单位：县政务服务中心）\n"
        "二、强化要素保障。全年新增工业用地供应500亩。（牵头单位：县自然资源局）\n"
    )
    doc = _doc(page, "p.txt")
    assert doc["title"] == "锦屏县印发《2026年优化营商环境攻坚行动方案》"
    assert doc["plan_title"] == "锦屏县2026年优化营商环境攻坚行动方案"


# --- a rule in force for N years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("第六条　本办法自2026年6月1日起施行，有效期5年。", (2026, 2031)),
        ("本细则自2026年1月1日起施行，有效期为三年。", (2026, 2028)),
        ("本规定自2025年3月15日起实施，有效期2年。", (2025, 2027)),
    ],
)
def test_valid_for_years(text: str, years: tuple[int, int]) -> None:
    assert validity_years(text, 2026) == years


@pytest.mark.parametrize(
    "text",
    [
        "本办法有效期5年。",  # no day it takes effect
        "本办法自印发之日起施行。",  # no period of validity
    ],
)
def test_valid_for_needs_day_and_period(text: str) -> None:
    assert validity_years(text, 2026) == (None, None)


def test_guifan_page_in_force_for_five_years() -> None:
    page = (
        "当前位置：首页 > 政务公开 > 规范性文件\n某县人民政府关于印发《某县农村公路养护管理办法》的通知\n"
        "发布日期：2026-05-06\n现将《某县农村公路养护管理办法》印发给你们，请认真遵照执行。\n"
        "某县人民政府\n2026年4月28日\n某县农村公路养护管理办法\n"
        "第一条　为加强农村公路养护管理，制定本办法。\n"
        "第二条　县交通运输局主管全县农村公路养护管理工作。\n"
        "第三条　本办法自2026年6月1日起施行，有效期5年。\n"
    )
    doc = _doc(page, "p.txt")
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2026, 2031)


# --- the year of work ahead named on the line under its heading


_SUMMARY = "一、2025年工作开展情况\n（一）全年新增经营主体6800户。\n二、存在的问题\n监管力量不足。\n"


@pytest.mark.parametrize(
    ("title", "ahead"),
    [
        ("某县市场监督管理局2025年工作总结", "三、下一步工作打算\n2026年，我局将重点抓好以下工作：\n"),
        ("某镇2025年工作总结", "三、下一步工作计划\n\n2026年，全镇将围绕以下重点开展工作。\n"),
        (
            "某县自然资源局2025年度法治政府建设情况报告",
            "三、下一步工作安排\n2026年，我局将持续推进依法行政。\n",
        ),
    ],
)
def test_work_ahead_year_from_line_under_heading(title: str, ahead: str) -> None:
    assert work_ahead_year(title, _SUMMARY + ahead + "（一）深化商事制度改革。\n") == 2026


@pytest.mark.parametrize(
    ("title", "ahead"),
    [
        # the line under the heading opens with the summary's own year: work done, no year ahead
        (
            "某县市场监督管理局2025年工作总结",
            "三、下一步工作打算\n2025年，我局虽然取得一定成绩，但仍有不足。\n",
        ),
        # a plan's own title: no report, no year ahead read
        ("某县2026年市场监管工作要点", "三、下一步工作打算\n2027年，我局将继续推进。\n"),
    ],
)
def test_work_ahead_year_needs_next_year_and_report(title: str, ahead: str) -> None:
    assert work_ahead_year(title, _SUMMARY + ahead) is None


def test_summary_page_plans_year_ahead() -> None:
    page = (
        "当前位置：首页 > 政务公开 > 计划总结\n丰原县市场监督管理局2025年工作总结\n发布时间：2026-01-12\n"
        + _SUMMARY
        + "三、下一步工作打算\n2026年，我局将重点抓好以下工作：\n"
        "（一）深化商事制度改革，进一步提升企业开办便利度。\n"
        "（二）守牢食品安全底线，完成食品安全抽检3200批次以上。\n"
    )
    doc = _doc(page, "p.txt")
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2026, 2026)


# --- a heading of work ahead read on its own line (the blanks around its mark bounded)


@pytest.mark.parametrize(
    "body",
    [
        "一、2025年工作情况\n（一）完成抽检3100批次。\n\n\n\n三、下一步工作打算\n（一）深化改革。\n",
        "一、2025年工作情况\n\u3000\u3000三、2026年工作计划\n（一）深化改革。\n",
        "一、2025年工作情况\n三、\n下一步工作安排\n（一）深化改革。\n",
    ],
)
def test_summary_heading_of_work_ahead_found(body: str) -> None:
    assert not summary_only("某局2025年工作总结", body)


@pytest.mark.parametrize(
    "body",
    [
        "一、2025年工作开展情况\n" + "\n" * 400 + "（一）完成抽检3100批次。\n",
        "一、2025年工作情况\n二、存在的问题\n\u3000\u3000人员偏少。\n",
    ],
)
def test_summary_without_work_ahead_is_summary_only(body: str) -> None:
    assert summary_only("某局2025年工作总结", body)
