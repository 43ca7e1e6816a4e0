"""Metadata of plan pages served by Hanweb and TRS portals (信息公开 block, then the body), and of
portal pages without such a block."""
from __future__ import annotations

from datetime import date

from transform.document import parse_document

HANWEB_LIST_BLOCK = """<!DOCTYPE html><html><head>
<title>某市人民政府办公室关于印发某市2024年民生实事项目的通知-某省某市人民政府门户网站</title>
<meta name="SiteName" content="某市人民政府"></head><body>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/col/col9/">政府文件</a></div>
<div class="xxgk"><ul>
<li><span>信息索引号：</span>001122/2024-00017</li>
<li><span>发布机构：</span>某市人民政府办公室</li>
<li><span>成文日期：</span>2024-02-26</li>
<li><span>文　　号：</span>某政办发〔2024〕4号</li>
<li><span>信息名称：</span>某市人民政府办公室关于印发某市2024年民生实事项目的通知</li>
<li><span>公开日期：</span>2024-02-27</li>
</ul></div>
<h1>某市人民政府办公室关于印发某市2024年民生实事项目的通知</h1>
<div class="info">发布日期：2024-02-28 09:30 来源：市政府办公室 浏览次数：</div>
<div id="zoom">
<p>各县（市、区）人民政府，市政府各部门：</p>
<p>现将某市2024年民生实事项目印发给你们，请认真组织实施。</p>
<p style="text-align:right">某市人民政府办公室</p><p style="text-align:right">2024年2月26日</p>
<p>（此件公开发布）</p>
<p style="text-align:center">某市2024年民生实事项目</p>
<p>一、教育</p>
<p>1.新建公办幼儿园6所，新增学位1800个。（牵头单位：市教育局）</p>
<p>2.改扩建中小学校4所。（牵头单位：市教育局；配合单位：市财政局）</p>
<p>二、养老</p>
<p>3.新建社区养老服务站20个。（牵头单位：市民政局）</p>
</div></body></html>"""

TRS_TABLE_ANNEX = """<html><head><title>关于印发2023年某区重点工作任务分解方案的通知</title></head><body>
<table class="xxgk_table">
<tr><td>索 引 号</td><td>MB1234/2023-00088</td><td>主题分类</td><td>综合政务</td></tr>
<tr><td>发文机关</td><td>某区人民政府</td><td>成文日期</td><td>2023年02月10日</td></tr>
<tr><td>标　　题</td><td colspan="3">某区人民政府关于印发2023年某区重点工作任务分解方案的通知</td></tr>
<tr><td>发文字号</td><td>某区政发〔2023〕2号</td><td>发布日期</td><td>2023年02月14日</td></tr>
</table>
<div class="TRS_Editor">
<p>各街道办事处，区政府各部门：</p>
<p>现将《2023年某区重点工作任务分解方案》印发给你们，请遵照执行。</p>
<p>附件：2023年某区重点工作任务分解方案</p>
<p>某区人民政府</p><p>2023年2月10日</p>
<p>附件</p>
<p>2023年某区重点工作</p><p>任务分解方案</p>
<p>一、主要预期目标</p>
<p>1.地区生产总值增长6%左右。（牵头单位：区发改局）</p>
<p>2.城镇新增就业5000人以上。（牵头单位：区人社局）</p>
</div></body></html>"""

NO_BLOCK_NEWS = """<html><head><title>某县召开会议部署2022年民生实事</title></head><body>
<div class="nav">首页 &gt; 新闻中心 &gt; 本地新闻</div>
<div class="article">
<h2>某县2022年十件民生实事正式发布</h2>
<div class="source">时间：2022-01-20 来源：某县融媒体中心 作者：李某</div>
<div class="content">
<p>1月19日，某县第十八届人民代表大会第一次会议票决产生2022年十件民生实事，内容如下：</p>
<p>一、新建城区学校1所，新增学位1350个。</p>
<p>二、改造城区老旧管网25公里。</p>
<p>三、新增公共停车位1200个以上。</p>
</div></div></body></html>"""


def test_hanweb_list_block_with_ranked_dates_and_site_suffix():
    d = parse_document(HANWEB_LIST_BLOCK, source="h.html").document
    assert d["title"] == "某市人民政府办公室关于印发某市2024年民生实事项目的通知"
    assert d["plan_title"] == "某市2024年民生实事项目"
    assert d["doc_number"] == "某政办发〔2024〕4号"
    assert d["index_no"] == "001122/2024-00017"
    assert d["written_date"] == date(2024, 2, 26)
    assert d["publish_date"] == date(2024, 2, 28)       # 发布日期 over 公开日期
    assert (d["plan_start_year"], d["plan_end_year"]) == (2024, 2024)
    assert d["is_plan"] is True


def test_trs_table_with_the_plan_in_an_annex():
    p = parse_document(TRS_TABLE_ANNEX, source="t.html")
    d = p.document
    assert d["title"] == "某区人民政府关于印发2023年某区重点工作任务分解方案的通知"
    assert d["plan_title"] == "2023年某区重点工作任务分解方案"
    assert d["doc_number"] == "某区政发〔2023〕2号"
    assert d["publish_date"] == date(2023, 2, 14)
    assert (d["plan_start_year"], d["plan_end_year"]) == (2023, 2023)
    assert d["is_plan"] is True and p.tasks
    assert all(t["year"] == 2023 for t in p.targets if t["value"] in (6.0, 5000.0))


def test_portal_page_without_a_block_reads_headline_and_byline():
    p = parse_document(NO_BLOCK_NEWS, source="n.html")
    d = p.document
    assert d["publish_date"] == date(2022, 1, 20)
    assert (d["plan_start_year"], d["plan_end_year"]) == (2022, 2022)
    assert d["is_plan"] is True
    assert "<" not in (d["title"] or "") and "来源" not in (d["title"] or "")
