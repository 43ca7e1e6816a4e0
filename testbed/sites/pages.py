"""HTML templates of the sample sites: Hanweb JCMS column/detail pages, TRS WCM list/detail pages.

The chrome (navigation, scripts, footers) imitates real county portals so detail pages weigh
60–90 KB like the real ones, and parsers meet the clutter they meet outside. A document is a
dict (see ``testbed.sites.content``): title, date, issuer, metadata and ``blocks`` — a list of
``(kind, text)`` with kind ``p`` (paragraph), ``h`` (bold heading paragraph), ``c`` (centred),
``r`` (right-aligned signature/date), ``table`` (rows of cells) or ``br`` (a list of lines printed
in one paragraph with ``<br />`` breaks, as some portals do).

What a page shows of its title and date: ``page_title`` / ``page_date`` (default ``title`` /
``date``, which the lists and URL paths use); ``None`` leaves them off the page (no heading, no
``<meta>``, no 信息公开 row). ``sparse`` TRS pages print only the 信息公开 fields they know.

Long module: HTML templates of two CMS families.
"""

from __future__ import annotations

import hashlib
import html
import random
from typing import Any
from urllib.parse import quote

from testbed.sites import render
from testbed.sites.renderings import body_html, line_html

esc = html.escape

# --- shared filler ------------------------------------------------------------------------

_DEPTS = [
    "县委办公室",
    "县政府办公室",
    "县发展和改革局",
    "县教育和体育局",
    "县科技局",
    "县工业和信息化局",
    "县公安局",
    "县民政局",
    "县司法局",
    "县财政局",
    "县人力资源和社会保障局",
    "县自然资源和规划局",
    "县住房和城乡建设局",
    "县交通运输局",
    "县水务局",
    "县农业农村局",
    "县商务局",
    "县文化和旅游局",
    "县卫生健康局",
    "县退役军人事务局",
    "县应急管理局",
    "县审计局",
    "县市场监督管理局",
    "县统计局",
    "县医疗保障局",
    "县城市管理局",
    "县行政审批服务局",
    "县信访局",
    "县大数据中心",
    "县融媒体中心",
]
_MENUS = {
    "首页": [],
    "走进{c}": [
        "{c}概况",
        "历史沿革",
        "行政区划",
        "自然地理",
        "人口民族",
        "经济发展",
        "文化旅游",
        "名优特产",
    ],
    "政务公开": [
        "政府信息公开指南",
        "政府信息公开制度",
        "法定主动公开内容",
        "政府信息公开年报",
        "政策文件",
        "政策解读",
        "通知公告",
        "人事信息",
        "财政预决算",
        "重点领域信息公开",
        "建议提案办理",
        "政府会议",
    ],
    "政务服务": [
        "网上办事大厅",
        "办事指南",
        "便民服务",
        "证照查询",
        "公共资源交易",
        "不动产登记",
        "社保查询",
        "公积金查询",
        "户籍办理",
        "出入境办理",
    ],
    "互动交流": ["县长信箱", "在线访谈", "意见征集", "12345热线", "调查征集", "常见问题", "网上调查"],
    "专题专栏": [
        "优化营商环境",
        "乡村振兴",
        "绿色低碳高质量发展",
        "安全生产",
        "扫黑除恶",
        "疫情防控",
        "文明城市创建",
        "法治政府建设",
        "人大代表建议",
        "政协委员提案",
    ],
}
_LINKS = [
    "中国政府网",
    "山东省人民政府",
    "菏泽市人民政府",
    "江西省人民政府",
    "宜春市人民政府",
    "国务院办公厅",
    "国家发展改革委",
    "教育部",
    "科技部",
    "工业和信息化部",
    "公安部",
    "民政部",
    "财政部",
    "人力资源社会保障部",
    "自然资源部",
    "生态环境部",
    "住房城乡建设部",
    "交通运输部",
    "水利部",
    "农业农村部",
    "商务部",
    "文化和旅游部",
    "国家卫生健康委",
    "应急管理部",
    "审计署",
    "国家市场监管总局",
    "国家统计局",
]


def _nav(county: str, rng: random.Random) -> str:
    out = ['<div class="nav"><ul class="nav-list">']
    for i, (menu, subs) in enumerate(_MENUS.items()):
        name = menu.format(c=county)
        out.append(
            f'<li class="nav-item nav-item-{i}"><a href="/col/col{21700 + i}/index.html" '
            f'target="_self" title="{esc(name)}">{esc(name)}</a>'
        )
        if subs:
            out.append('<div class="subnav"><ul>')
            for j, sub in enumerate(subs):
                s = sub.format(c=county)
                out.append(
                    f'<li><a href="/col/col{21800 + i * 20 + j}/index.html" target="_blank" '
                    f'title="{esc(s)}">{esc(s)}</a></li>'
                )
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ul></div>")
    return "\n".join(out)


def _dept_links(county: str) -> str:
    out = ['<div class="bmlj"><h3>部门网站</h3><ul>']
    for i, d in enumerate(_DEPTS):
        name = d.replace("县", county, 1) if d.startswith("县") else d
        out.append(
            f'<li><a href="/col/col{22000 + i}/index.html" target="_blank" title="{esc(name)}">'
            f"{esc(name)}</a></li>"
        )
    out.append("</ul></div>")
    return "\n".join(out)


def _link_select(rng: random.Random) -> str:
    out = [
        '<div class="yqlj"><select onchange="javascript:window.open(this.options[this.selectedIndex].value)">',
        '<option value="">----政府网站----</option>',
    ]
    for i, name in enumerate(_LINKS):
        out.append(f'<option value="http://www{i}.example.gov.cn/">{esc(name)}</option>')
    out.append("</select></div>")
    return "\n".join(out)


def _filler_script(seed: str, kb: int) -> str:
    """A minified-looking inline script of about ``kb`` KB (portals inline a lot of JS)."""
    rng = random.Random(seed)
    words = [
        "function",
        "var",
        "return",
        "document",
        "window",
        "jQuery",
        "getElementById",
        "length",
        "push",
        "style",
        "display",
        "none",
        "block",
        "this",
        "prototype",
        "call",
        "apply",
        "attr",
        "addClass",
        "removeClass",
        "hover",
        "click",
        "each",
        "find",
        "parent",
        "children",
    ]
    parts, size = [], 0
    while size < kb * 1024:
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 3)))
        body = ";".join(
            f"{rng.choice(words)}.{rng.choice(words)}({rng.randint(0, 999)})"
            for _ in range(rng.randint(3, 9))
        )
        piece = f"{name}=function(e,t,n){{{body};return e}},"
        parts.append(piece)
        size += len(piece)
    return '<script type="text/javascript">!function(){var ' + "".join(parts).rstrip(",") + "}();</script>"


_CSS = """<style type="text/css">
body{margin:0;padding:0;font-family:"Microsoft YaHei","微软雅黑",SimSun;font-size:14px;color:#333;background:#f4f4f4}
ul,li{list-style:none;margin:0;padding:0}a{color:#333;text-decoration:none}a:hover{color:#c00}
.head{width:1200px;margin:0 auto;height:180px;background:url(/images/head_bg.jpg) no-repeat}
.nav{width:1200px;margin:0 auto;background:#b70f0f;height:50px}.nav-item{float:left;width:16.6%;text-align:center}
.nav-item a{color:#fff;font-size:18px;line-height:50px}.subnav{display:none;position:absolute;background:#fff}
.position{width:1200px;margin:10px auto;font-size:14px}.main{width:1200px;margin:0 auto;background:#fff;padding:30px 0}
.xxgk_table{width:1100px;margin:0 auto;border-collapse:collapse;border:1px solid #ddd}
.xxgk_table td{border:1px solid #ddd;padding:6px 10px;line-height:24px}.xxgk_table .td_title{background:#f5f5f5;width:110px;font-weight:bold}
.xxgk_mobile{display:none}.article{width:1100px;margin:0 auto}.article h1{font-size:26px;text-align:center;color:#b70f0f;line-height:40px}
#zoom{font-size:16px;line-height:32px;padding:20px 0}#zoom p{text-indent:2em;margin:0}
.fujian{border-top:1px dashed #ccc;padding:10px 0}.foot{width:1200px;margin:0 auto;background:#9c0c0c;color:#fff;text-align:center;padding:20px 0}
@media screen and (max-width:768px){.xxgk_table{display:none}.xxgk_mobile{display:block}.nav,.head{width:100%}}
</style>"""


def _cn_date(d: str) -> str:
    y, m, dd = d.split("-")
    return f"{y} 年 {m} 月 {dd} 日"


def page_title(doc: dict[str, Any]) -> str | None:
    """The title the detail page shows (``None``: none; the lists still use ``doc['title']``)."""
    return doc.get("page_title", doc["title"])


def page_date(doc: dict[str, Any]) -> str | None:
    """The date (YYYY-MM-DD) the detail page shows (``None``: none; URL and lists use ``date``)."""
    return doc.get("page_date", doc["date"])


def _cell_html(cell: str) -> str:
    """A table cell; lines within it (several units, one a line) are kept with ``<br />``."""
    return "<br />".join(esc(part) for part in cell.split("\n"))


_HANWEB_ZOOM = """<div id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body}
<!--ZJEG_RSS.content.end--><meta name="ContentEnd">
</div>"""
_TRS_EDITOR = """<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}
</style>
<div class="Custom_UnionStyle">
{body}
</div></div>"""


def _container(doc: dict[str, Any], cms: str) -> str:
    """The body in its CMS container, or in another one (``doc['container']``, see
    ``testbed.sites.renderings``)."""
    container = doc.get("container") or "cms"
    if container == "cms":
        return cms
    from testbed.sites.renderings import container_html

    body = _blocks_html(doc["blocks"], doc.get("style"))
    return container_html(body, container, cms)


def _head_title(doc: dict[str, Any], site: dict[str, Any], joiner: str) -> str:
    """The page's <title>: the title and the site name (``joiner`` between, as each CMS does), or
    as ``doc['head_title']`` says: ``name`` (the site name only), ``dash`` ("title - site")."""
    title, how = page_title(doc), doc.get("head_title") or "site"
    if not title or how == "name":
        return site["site_name"]
    return f"{title}{' - ' if how == 'dash' else joiner}{site['site_name']}"


def _blocks_html(blocks: list[tuple[str, Any]], style: str | None = None) -> str:
    if style and style != "p":
        return body_html(blocks, style)
    out = []
    for kind, text in blocks:
        if kind == "br":
            out.append(line_html("p", "<br />".join(esc(line) for line in text)))
        elif kind == "table":
            rows = []
            for r, row in enumerate(text):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{_cell_html(c)}</{tag}>" for c in row) + "</tr>")
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;'
                'width:100%;">' + "".join(rows) + "</table>"
            )
        elif kind == "a":  # (href, text): a link to the plan's own page
            out.append(f'<p style="text-indent:2em;">附件：<a href="{esc(text[0])}">{esc(text[1])}</a></p>')
        else:
            out.append(line_html(kind, esc(text)))
    return "\n".join(out)


def downfile_href(filename: str, showname: str) -> str:
    return f"/module/download/downfile.jsp?classid=0&filename={quote(filename)}&showname={quote(showname)}"


# --- Hanweb -------------------------------------------------------------------------------


def _hanweb_head(site: dict[str, Any], title: str, extra_meta: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="SiteName" content="{esc(site["site_name"])}">
<meta name="SiteDomain" content="{esc(site["host"])}">
<meta name="SiteIDCode" content="{esc(site.get("site_code", ""))}">
{extra_meta}<link rel="stylesheet" type="text/css" href="/images/2020/css/common.css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script type="text/javascript" src="/module/jslib/urite/urite.min.js"></script>
<script type="text/javascript" src="/script/0/2011251546445543.js"></script>
{_CSS}
</head>"""


def _hanweb_header(site: dict[str, Any], rng: random.Random) -> str:
    county = site["county"]
    return f"""<body>
<div class="top"><div class="top-in"><span class="date"><script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>
<a href="javascript:void(0)" id="jcms_wza">无障碍浏览</a> | <a href="/col/col21790/index.html">长者模式</a> | <a href="http://m.{esc(site["host"])}/">手机版</a></div></div>
<div class="head"><a href="/"><img src="/images/2020/logo.png" alt="{esc(site["site_name"])}" /></a>
<div class="search"><form action="/jrobot/search.do" method="get" target="_blank"><input type="hidden" name="webid" value="{site.get("webid", 1)}" /><input type="text" name="q" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
{_nav(county, rng)}"""


def _hanweb_footer(site: dict[str, Any], rng: random.Random, seed: str, script_kb: int = 16) -> str:
    return f"""<div class="links">{_link_select(rng)}{_dept_links(site["county"])}</div>
<div class="foot">
<p><a href="/col/col21795/index.html">网站地图</a> | <a href="/col/col21796/index.html">联系我们</a> | <a href="/col/col21797/index.html">隐私声明</a></p>
<p>主办单位：{esc(site["site_name"])}办公室 承办单位：{esc(site["county"])}大数据中心</p>
<p>网站标识码：{esc(site.get("site_code", ""))} {esc(site.get("icp", ""))} <a href="http://www.beian.gov.cn/">{esc(site.get("police", ""))}</a></p>
<p><script id="_jiucuo_" sitecode="{esc(site.get("site_code", ""))}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
<p><span id="_ideConac"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=1234567890" target="_blank"><img src="/images/2020/red.png" alt="党政机关" /></a></span></p>
</div>
{_filler_script(seed, script_kb)}
<script type="text/javascript">var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?{hashlib.md5(seed.encode()).hexdigest()}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
<script type="text/javascript" src="/module/visitcount/visit.js"></script>
</body>
</html>
"""


def hanweb_xxgk(doc: dict[str, Any]) -> str:
    """The 信息公开 metadata table (desktop) plus its mobile twin, from the doc's fields."""
    fields = [
        ("索 引 号", doc.get("index_no")),
        ("分  类", doc.get("category")),
        ("发布机构", doc.get("issuer")),
        ("成文日期", doc.get("written") and _cn_date(doc["written"])),
        ("标  题", page_title(doc)),
        ("发布日期", _cn_date(shown) if (shown := page_date(doc)) else None),
        ("文  号", doc.get("doc_number")),
        ("内容概述", doc.get("summary")),
        ("效力状态", doc.get("validity")),
    ]
    rows: list[tuple[str, str]] = [(k, v) for k, v in fields if v is not None]
    if doc.get("xxgk_fields"):
        rows = [(k, v) for k, v in rows if k.replace(" ", "") in doc["xxgk_fields"]]
    trs, pair = [], []
    for k, v in rows:
        pair.append(f'<td class="td_title">{esc(k)}:</td><td class="td_value">{esc(v)}</td>')
        if len(pair) == 2 or k.startswith("标"):
            colspan = ' colspan="3"' if len(pair) == 1 else ""
            if colspan:
                pair[0] = pair[0].replace('<td class="td_value">', f'<td class="td_value"{colspan}>')
            trs.append("<tr>" + "".join(pair) + "</tr>")
            pair = []
    if pair:
        trs.append("<tr>" + "".join(pair) + "</tr>")
    mobile = "".join(f"<li><span>{esc(k)}:</span>{esc(v)}</li>" for k, v in rows)
    return (
        f'<div class="xxgk_box"><table class="xxgk_table" cellspacing="0" cellpadding="0">'
        f'{"".join(trs)}</table>\n<ul class="xxgk_mobile">{mobile}</ul></div>'
    )


def hanweb_detail(site: dict[str, Any], column: dict[str, Any], doc: dict[str, Any]) -> str:
    seed = f"{site['name']}/{doc['id']}"
    rng = random.Random(seed)
    title, shown = page_title(doc), page_date(doc)
    meta = (
        f'<meta name="ColumnName" content="{esc(column["name"])}">\n'
        f'<meta name="ColumnDescription" content="{esc(column["name"])}">\n'
        f'<meta name="ColumnKeywords" content="{esc(column["name"])}">\n'
        f'<meta name="ColumnType" content="{esc(column["name"])}">\n'
        + (f'<meta name="ArticleTitle" content="{esc(title)}">\n' if title else "")
        + (f'<meta name="PubDate" content="{shown} {doc.get("time", "10:30")}">\n' if shown else "")
        + f'<meta name="ContentSource" content="{esc(doc.get("source") or doc.get("issuer") or "")}">\n'
        f'<meta name="Keywords" content="{esc(doc.get("keywords", ""))}">\n'
        f'<meta name="Author" content="{esc(doc.get("issuer") or "")}">\n'
        f'<meta name="Description" content="{esc(doc.get("summary") or title or "")}">\n'
        f'<meta name="Url" content="http://{esc(site["host"])}{esc(doc["path"])}">\n'
    )
    attachments = ""
    if doc.get("attachments"):
        items = "".join(
            f'<li><a href="{esc(downfile_href(fn, show))}" target="_blank">{esc(show)}</a></li>'
            for fn, show in doc["attachments"]
        )
        attachments = f'<div class="fujian"><span>相关下载</span><ul>{items}</ul></div>'
    title_html = "<br />".join(esc(t) for t in doc.get("title_lines", [title])) if title else ""
    page = _hanweb_detail_page(site, column, doc, seed, rng, meta, attachments, title_html, 1)
    # pad the inline script so the page weighs 62-88 KB, like real Hanweb detail pages
    want = random.Random(seed).randint(62, 88) * 1024
    extra_kb = max(1, (want - len(page.encode("utf-8"))) // 1024)
    return _hanweb_detail_page(
        site, column, doc, seed, random.Random(seed), meta, attachments, title_html, extra_kb
    )


def _hanweb_detail_page(site, column, doc, seed, rng, meta, attachments, title_html, script_kb: int) -> str:
    head_title = _head_title(doc, site, " ")
    return f"""{_hanweb_head(site, head_title, meta)}
{_hanweb_header(site, rng)}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col21702/index.html">政务公开</a> &gt; <a href="/col/col{column["columnid"]}/index.html">{esc(column["name"])}</a> &gt; 正文内容</div>
<div class="main">
{hanweb_xxgk(doc) if not doc.get("no_xxgk") else ""}
<div class="article">
{"" if doc.get("no_h1") or not title_html else f'<h1 class="title">{title_html}</h1>'}
<div class="info"><span>字号:<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
<span>浏览量:<script language="javascript" src="/module/visitcount/articlehits.jsp?colid={column["columnid"]}&amp;artid={doc["id"]}"></script></span></div>
{_container(doc, _HANWEB_ZOOM.format(body=_blocks_html(doc["blocks"], doc.get("style"))))}
{attachments}
<div class="print"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
<div class="ewm">扫一扫在手机打开当前页<div id="qrcode"></div></div>
</div>
</div>
{_hanweb_footer(site, rng, seed, script_kb)}"""


def hanweb_column(
    site: dict[str, Any],
    column: dict[str, Any],
    records: list[dict[str, Any]],
    proxy_path: str = "/module/web/jpage/dataproxy.jsp",
) -> str:
    """Column page with the first ``perpage`` records embedded as ``<datastore>``."""
    perpage = int(site.get("perpage", 15))
    rng = random.Random(f"{site['name']}/col{column['columnid']}")
    unitid, columnid, webid = column["unitid"], column["columnid"], site.get("webid", 1)
    nextgroup = render.hanweb_nextgroup(
        proxy_path, webid=webid, columnid=columnid, unitid=unitid, webname=site["site_name"]
    )
    store = render.hanweb_datastore(
        records[:perpage], nextgroup=nextgroup, style=site.get("li_style", "span")
    )
    meta = (
        f'<meta name="ColumnName" content="{esc(column["name"])}">\n'
        f'<meta name="ColumnType" content="{esc(column["name"])}">\n'
    )
    return f"""{_hanweb_head(site, column["name"] + " " + site["site_name"], meta)}
{_hanweb_header(site, rng)}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col21702/index.html">政务公开</a> &gt; <a href="/col/col{columnid}/index.html">{esc(column["name"])}</a></div>
<div class="main"><div class="list_left"><h2>政务公开</h2><ul class="left_nav">
{"".join(f'<li><a href="/col/col{c["columnid"]}/index.html">{esc(c["name"])}</a></li>' for c in site.get("columns", []))}
</ul></div>
<div class="list_right"><div class="bt"><span>{esc(column["name"])}</span></div>
<div class="list_con"><div id="{unitid}"><script type="text/xml">
{store}
</script><script language="javascript" src="/module/web/jpage/jpage.js"></script>
<script>$(document).ready(function(){{$('#{unitid}').jpage({{dataStore:getDataStore('{unitid}'),proxyUrl:'{proxy_path}',perPage:{perpage},totalRecord:{len(records)},groupSize:3,barPosition:'bottom',dataBefore:'<ul class="list">',dataAfter:'</ul>',ajaxParam:{{col:1,appid:1,webid:{webid},path:'/',columnid:{columnid},sourceContentType:1,unitid:{unitid},webname:'{esc(site["site_name"])}',permissiontype:0}}}});}});</script>
</div></div></div></div>
{_hanweb_footer(site, rng, f"{site['name']}/col{columnid}")}"""


# --- TRS WCM ------------------------------------------------------------------------------

_PAGER_JS = """<script language="javascript">
<!--
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt)
{
//tita 翻页函数
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0)
		document.write("首页&nbsp;&nbsp;上一页&nbsp;&nbsp;");
	else{
		document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a>&nbsp;&nbsp;");
		if(nCurrIndex == 1)
			document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">上一页</a>&nbsp;&nbsp;");
		else
			document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\\">上一页</a>&nbsp;&nbsp;");
	}
	if(nCurrIndex == _nPageCount-1)
		document.write("下一页&nbsp;&nbsp;尾页");
	else{
		document.write("<a href=\\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\\">下一页</a>&nbsp;&nbsp;");
		document.write("<a href=\\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\\">尾页</a>");
	}
	document.write("&nbsp;&nbsp;共" + _nPageCount + "页");
} //WCM置标
-->
</script>"""


def _trs_ssi_header(site: dict[str, Any]) -> str:
    """The SSI-included header: a second full HTML document inside a div, as in portal_samples/06."""
    county = site["county"]
    rng = random.Random(site["name"])
    marquee = "".join(
        f'<li><a href="../../xwzx/gzdt/" target="_blank">{esc(county)}召开{w}</a>'
        f"<span>{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}</span></li>"
        for w in [
            "全县经济工作会议",
            "安全生产专题会议",
            "招商引资推进会",
            "乡村振兴现场会",
            "县政府常务会议",
            "防汛工作部署会",
        ]
    )
    return f"""<div><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>页头嵌套</title>
</head>
<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="150" background="/images/zgzstop_01.jpg"><img src="/images/logo.png" alt="{esc(site["site_name"])}" /></td></tr>
<tr><td height="40" class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xwzx/">新闻中心</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjzx/">走进{esc(county)}</a></td></tr>
<tr><td><form action="http://search.{esc(site["host"].removeprefix("www."))}:8082/was5/web/search" method="get" target="_blank"><input type="hidden" name="channelid" value="251664" /><input name="searchword" type="text" /><input type="submit" value="搜索" /></form></td></tr>
<tr><td><marquee direction="left" scrollamount="3"><ul class="gg">{marquee}</ul></marquee></td></tr>
</table>
</body>
</html></div>"""


def _trs_footer(site: dict[str, Any]) -> str:
    return f"""<div><table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="118" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="33" colspan="3" align="center"><a href="/lxwm/" target="_blank">联系我们</a> | <a href="javascript:this.style.behavior='url(#default#homepage)';this.setHomePage(document.location.href);">设为首页</a> | <a href="http://{esc(site["host"])}:9000/wcm/" target="_blank">后台管理</a></td></tr>
        <tr>
          <td width="23%" height="83" align="center"><script id="_jiucuo_" sitecode='{esc(site.get("site_code", ""))}' src='/images/jiucuo.js'></script></td>
          <td width="50%" align="center"><p>主办：{esc(site["site_name"])} 承办：{esc(site["county"])}信息中心<br />
            {esc(site["site_name"])}版权所有<br />{esc(site.get("icp", ""))}</p></td>
          <td width="27%" align="center">&nbsp;</td>
        </tr>
      </table></td>
  </tr>
</table></div>"""


def trs_list(
    site: dict[str, Any], channel: dict[str, Any], records: list[dict[str, Any]], index: int, count: int
) -> str:
    """One list page (``index.html`` or ``index_N.html``): nested-table rows, ``MM-DD`` dates,
    relative ``./YYYYMM/tYYYYMMDD_ID.html`` links, titles cut with "..." (no @title)."""
    rows = []
    base = channel["path"]
    for rec in records:
        rel = "./" + rec["path"][len(base) :] if rec["path"].startswith(base) else rec["path"]
        rows.append(f"""              <tr valign="center" style="padding:0 3px; marign:0 3px;">
              <td width="3%" height="25" align="center"><img src="../../images/zgzszy01_07.jpg" width="6" height="7" /></td>
                <td width="87%" height="25" align="left" class="STYLE25 STYLE26"><a href="{esc(rel)}" target="_blank"><span class="STYLE25">{esc(render.short_title(rec["title"], 30))}</span></a></td>
                <td width="10%"><span class="STYLE12">{rec["date"][5:]}</span></td>
              </tr>
""")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(channel["name"])}</title>
<link href="../../images/zgzs.css" rel="stylesheet" type="text/css" />
</head>

<body style="margin:0; padding:0;">
{_trs_ssi_header(site)}
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="25"><strong>您的当前位置：</strong><a href="../../" title="首页" class="CurrChnlCls">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="../" title="政务公开" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&gt;&nbsp;<a href="./" title="{esc(channel["name"])}" class="CurrChnlCls">{esc(channel["name"])}</a></td>
  </tr>
  <tr>
    <td width="770" valign="top"><table width="99%" border="0" cellspacing="0" cellpadding="0">
      <tr><td height="34" class="STYLE8">{esc(channel["name"])}</td></tr>
      <tr>
        <td valign="top"><table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr>
            <td height="600" align="center" valign="top"><table width="99%" border="0" cellspacing="0" cellpadding="0">
{"".join(rows)}              <tr><td>
                </td>
              </tr>
            </table></td>
          </tr>
          <tr><td><table width="100%" cellpadding="0" cellspacing="0">
              <tr>
                <td width="100%" height="25" align="center" style="font-size:12px">{_PAGER_JS}
<script>createPageHTML({count}, {index}, "index", "html");</script></td>
                </tr>
                </table></td></tr>
        </table></td>
      </tr>
    </table></td>
  </tr>
</table>
{_trs_footer(site)}
</body>
</html>
"""


def trs_detail(site: dict[str, Any], channel: dict[str, Any], doc: dict[str, Any]) -> str:
    # Long function: an HTML template.
    """A TRS detail page. ``doc['meta_charset']``: "gb2312" (declared), "" (none) or a lie."""
    cs = doc.get("meta_charset", "gb2312")
    charset_meta = f'<meta http-equiv="Content-Type" content="text/html; charset={cs}" />\n' if cs else ""
    atts = ""
    if doc.get("attachments"):
        atts = "<p>附件：</p>" + "".join(
            f'<p><a href="./{esc(fn)}" OLDSRC="/protect/P0{esc(fn[2:])}" OLDID="{doc["id"] + 1}">{esc(show)}</a></p>'
            for fn, show in doc["attachments"]
        )
    top = ""
    if doc.get("sparse") and not doc.get("no_xxgk"):
        top = trs_xxgk_sparse(doc)
    elif not doc.get("no_xxgk"):
        top = f"""<div class="top"><div class="top-l">
<p><strong>索引号</strong>：{esc(doc.get("index_no") or "")}</p>
<p><strong>发布机构</strong>：{esc(doc.get("issuer") or "")}</p>
<p><strong>名称</strong>：{esc(doc["title"])}</p>
<p><strong>文号</strong>：{esc(doc.get("doc_number") or "无")}</p>
</div><div class="top-r">
<p><strong>主题分类</strong>：{esc(doc.get("category") or "")}</p>
<p><strong>发布日期</strong>：{doc["date"]}</p>
<!--<p><strong>成文日期</strong>：{doc.get("written") or ""}</p>-->
<!--<p><strong>有效期</strong>：</p>-->
</div></div>"""
    title, shown = page_title(doc), page_date(doc)
    y, m, d = (shown or "--").split("-")
    pub_line = f"发布时间：{shown} &nbsp; " if shown else ""
    if doc.get("source") or not doc.get("sparse"):
        pub_line += f"来源：{esc(doc.get('source') or '')} &nbsp; "
    title_meta = f'<meta name="ArticleTitle" content="{esc(title)}">\n' if title else ""
    pub_meta = f'<meta name="PubDate" content="{y}年{m}月{d}日">\n' if shown else ""
    date_meta = f'<meta name="publishdate" content="{shown}">\n' if shown else ""
    h2_row = (
        ""
        if not title or doc.get("no_h1")
        else f'<tr><td align="center" class="title"><h2>{esc(title)}</h2></td></tr>\n'
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta}<title>{esc(_head_title(doc, site, "_"))}</title>
<meta name="SiteName" content="{esc(site["site_name"])}">
<meta name="SiteDomain" content="{esc(site["host"])}">
<meta name="SiteIDCode" content="{esc(site.get("site_code", ""))}">
<meta name="ColumnName" content="{esc(channel["name"])}">
{title_meta}{pub_meta}<meta name="ContentSource" content="{esc(doc.get("source") or "")}">
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="{channel["catalog"]}">
<meta name="contentid" content="{doc["id"]}">
{date_meta}<meta name="author" content="">
<meta name="source" content="{esc(doc.get("source") or "")}">
<link href="../../../images/zgzs.css" rel="stylesheet" type="text/css" />
</head>
<body>
{_trs_ssi_header(site)}
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="25"><strong>您的当前位置：</strong><a href="../../../">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="../../">政务公开</a>&nbsp;&gt;&gt;&nbsp;<a href="../">{esc(channel["name"])}</a></td></tr>
<tr><td>{top}</td></tr>
{h2_row}<tr><td align="center">{pub_line}【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
<tr><td{"" if doc.get("container") == "layout" else ' id="zoom"'}>
{_container(doc, _TRS_EDITOR.format(body=_blocks_html(doc["blocks"], doc.get("style"))))}
{atts}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table>
<div class="xglj">{_link_select(random.Random(doc["id"]))}{_dept_links(site["county"])}</div>
{_trs_footer(site)}
{_filler_script(str(doc["id"]), random.Random(doc["id"]).randint(14, 30))}
</body>
</html>
"""


def trs_xxgk_sparse(doc: dict[str, Any]) -> str:
    """The TRS 信息公开 block with only the fields the document knows (成文日期 shown, not
    commented out): for pages built from real excerpts, where an unknown field is left out."""
    left = [("索引号", doc.get("index_no")), ("发布机构", doc.get("issuer")), ("名称", page_title(doc))]
    left.append(("文号", doc.get("doc_number")))
    right = [
        ("主题分类", doc.get("category")),
        ("发布日期", page_date(doc)),
        ("成文日期", doc.get("written")),
    ]

    def rows(pairs: list[tuple[str, str | None]]) -> str:
        return "".join(f"<p><strong>{k}</strong>：{esc(v)}</p>\n" for k, v in pairs if v)

    return f'<div class="top"><div class="top-l">\n{rows(left)}</div><div class="top-r">\n{rows(right)}</div></div>'


def _countpage_js(count: int, index: int, total: int) -> str:
    """The other TRS pager (portal_samples/01): variables, then a script writing the links."""
    return f"""<script language="javascript">
    var countnum= {total};
    var currentPage={index};
    var prevPage=currentPage-1
    var nextPage=currentPage+1
    var countPage={count}
    var endPage=countPage-1
    document.write("<a href=\\"index.html\\" target=\\"_self\\" >首页</a>&nbsp;&nbsp;");
    if(countPage>1&&currentPage!=0&&currentPage!=1)
        document.write("<a  href=\\"index"+"_"+prevPage+"."+"html\\" target=\\"_self\\">上一页</a>&nbsp;&nbsp;");
    else if(countPage>1&&currentPage!=0&&currentPage==1)
        document.write("<a  href=\\"index.html\\" target=\\"_self\\">上一页</a>&nbsp;&nbsp;");
    else
        document.write("<span class='bg'>上一页</span>&nbsp;&nbsp;");
    if(countPage>1&&currentPage!=(countPage-1))
        document.write("<a href=\\"index"+"_"+nextPage+"."+"html\\" target=\\"_self\\">下一页</a>&nbsp;&nbsp;");
    else
        document.write("<span class='bg'>下一页</span>&nbsp;&nbsp;");
    if(countPage==1)
        document.write("<a  href=\\"index.html\\" target=\\"_self\\">尾页</a>");
    else if(countPage>1)
        document.write("<a  href=\\"index_"+endPage+".html\\" target=\\"_self\\">尾页</a>");
</script>"""


def trs_list_xxgk(
    site: dict[str, Any],
    channel: dict[str, Any],
    records: list[dict[str, Any]],
    index: int,
    count: int,
    total: int,
) -> str:
    """A 信息公开 catalogue list (portal_samples/01): 名称/索引号/发布机构/发布日期 table, full
    title in @title, ``var countPage`` pager instead of createPageHTML."""
    base = channel["path"]
    rows = []
    for rec in records:
        rel = "./" + rec["path"][len(base) :] if rec["path"].startswith(base) else rec["path"]
        rows.append(f"""
                        <tr>
                            <td height="35"><a href="{esc(rel)}" title="{esc(rec["title"])}">
                                {esc(rec["title"])}
                            </a></td>
                            <td height="35">{esc(rec.get("index_no", ""))}</td>
                            <td height="35">{esc(rec.get("issuer", ""))}</td>
                            <td height="35">{rec["date"]}</td>
                        </tr>
""")
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(channel["name"])}_{esc(site["site_name"])}</title>
<link href="../../images/xxgk.css" rel="stylesheet" type="text/css" />
</head>
<body>
{_trs_ssi_header(site)}
<div class="xxgk-main">
<div class="position">当前位置：<a href="../../">首页</a> &gt; <a href="../">政府信息公开</a> &gt; <a href="./">{esc(channel["name"])}</a></div>
            <ul class="sx-c1-list list1" style="display:block;">
                <div class="szbmtclb fl clearfix" style="width:100%;">
                    <table>
                        <tbody><tr>
                            <th width="47%" height="35">名称</th>
                            <th width="21%" height="35">索引号</th>
                            <th width="19%" height="35">发布机构</th>
                            <th width="12%" height="35">发布日期</th>
                        </tr>
{"".join(rows)}
                        </tbody></table>
                </div>
            </ul>
                        <div class="clear"></div>
                        <div class="page_box">
                            <div class="page">
                                {_countpage_js(count, index, total)}
                            </div>
                        </div>
</div>
{_trs_footer(site)}
</body>
</html>
"""


# --- jcms1 / jact shell ---------------------------------------------------------------------


def jact_shell(site: dict[str, Any], lst: dict[str, Any]) -> str:
    """The ~4 KB column shell of newer Hanweb sites: no links, the list comes from a script."""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(lst["name"])}_{esc(site["site_name"])}</title>
<meta name="SiteName" content="{esc(site["site_name"])}">
<meta name="SiteDomain" content="{esc(site["host"])}">
<meta name="ColumnName" content="{esc(lst["name"])}">
<link rel="stylesheet" href="/jcms/jcms_files/jcms1/web1/site/css/common.css">
<script src="/jcms/jcms_files/jcms1/web1/site/script/jquery.min.js"></script>
</head>
<body>
<div id="header"><a href="/"><img src="/jcms/jcms_files/jcms1/web1/site/images/logo.png" alt="{esc(site["site_name"])}"></a></div>
<div class="container">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{lst["columnid"]}/index.html">{esc(lst["name"])}</a></div>
<div class="list-box">
<script type="text/javascript" src="/jact/front/datacall/showJsContent.do?iid={lst["iid"]}&amp;page=1"></script>
</div>
</div>
<div id="footer"><p>主办：{esc(site["site_name"])}办公室 网站标识码：{esc(site.get("site_code", ""))} {esc(site.get("icp", ""))}</p></div>
</body>
</html>
"""
