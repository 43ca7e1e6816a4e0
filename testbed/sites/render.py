"""Rendering shared by the replay server (dynamic answers) and the site builder (static files).

Both the Hanweb column page's embedded first page and the ``dataproxy.jsp`` answers are made
from the same ``records.json`` through these functions, so they always agree.
"""

from __future__ import annotations

import html
import json
import os
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

TRUNCATE_AT = 28  # list titles longer than this are cut with "..." (the full one is in @title)


def short_title(title: str, limit: int = TRUNCATE_AT) -> str:
    return title if len(title) <= limit else title[:limit] + "..."


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """Records of one column/channel, newest first: dicts with path, title, date (YYYY-MM-DD)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def atomic_write(path: str | Path, data: bytes) -> None:
    """Replace a file in one step, so a server reading it meanwhile sees the old or the new
    bytes, never half of them (add_notices runs while the replay portal serves the site)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def save_records(path: str | Path, records: list[dict[str, Any]]) -> None:
    atomic_write(path, (json.dumps(records, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


# --- Hanweb --------------------------------------------------------------------------------


def hanweb_li(rec: dict[str, Any], style: str = "span") -> str:
    """One list item as Hanweb renders it: full title in @title, cut text, the date in a
    ``<span>`` (style "span") or, as in portal_samples/05, ``<li class="clearfix">`` with the
    date in ``<b>`` (style "clearfix")."""
    href, title = html.escape(rec["path"]), html.escape(rec["title"])
    text = html.escape(short_title(rec["title"]))
    if style == "clearfix":
        return (
            f'<li class="clearfix">    <a target="_blank" href="{href}" title="{title}">{text}</a>'
            f"    <b>{rec['date']}</b></li>"
        )
    return f'<li><a href="{href}" title="{title}" target="_blank">{text}</a><span>{rec["date"]}</span></li>'


def hanweb_webname_param(webname: str) -> str:
    # Hanweb double-encodes webname in nextgroup links (see portal_samples/05).
    return quote(quote(webname, safe=""), safe="")


def hanweb_nextgroup(proxy_path: str, *, webid: int, columnid: int, unitid: int, webname: str) -> str:
    return (
        f'<a href="{proxy_path}?page=1&appid=1&webid={webid}&path=/&columnid={columnid}'
        f'&unitid={unitid}&webname={hanweb_webname_param(webname)}&permissiontype=0"></a>'
    )


def hanweb_datastore(
    records: list[dict[str, Any]],
    *,
    nextgroup: str,
    total: int | None = None,
    perpage: int = 15,
    indent: str = "",
    style: str = "span",
) -> str:
    """A ``<datastore>`` document; with ``total`` it carries ``<totalrecord>``/``<totalpage>``."""
    lines = [
        f"{indent}<datastore>",
        f"{indent}<nextgroup><![CDATA[{nextgroup}]]></nextgroup>",
        f"{indent}<recordset>",
    ]
    for rec in records:
        lines.append(f"{indent}<record><![CDATA[\n{indent}{hanweb_li(rec, style)}]]></record>")
    lines.append(f"{indent}</recordset>")
    if total is not None:
        pages = max(1, -(-total // perpage))
        lines.append(f"{indent}<totalrecord>{total}</totalrecord>")
        lines.append(f"{indent}<totalpage>{pages}</totalpage>")
    lines.append(f"{indent}</datastore>")
    return "\n".join(lines)


# --- Hanweb jcms1 "jact" data call (a JS answer the ~4 KB column shell loads) ---------------

JACT_PATH = "/jact/front/datacall/showJsContent.do"


def _js(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')


def jact_js(records: list[dict[str, Any]], *, iid: int, page: int, perpage: int) -> str:
    """``showJsContent.do?iid=&page=``: the list page as ``document.write("…")`` lines, HTML
    escaped inside JS strings, with a 下一页 link while there are more pages."""
    pages = max(1, -(-len(records) // perpage))
    chunk = records[(page - 1) * perpage : page * perpage] if 1 <= page <= pages else []
    out = [
        "var jactList_" + str(iid) + ' = "";',
        'document.write("<div class=\\"jact-list\\"><ul class=\\"news-list\\">");',
    ]
    for rec in chunk:
        li = (
            f'<li><a href="{html.escape(rec["path"])}" title="{html.escape(rec["title"])}" target="_blank">'
            f'{html.escape(short_title(rec["title"], 32))}</a><span class="date">{rec["date"]}</span></li>'
        )
        out.append(f'document.write("{_js(li)}");')
    pager = [f"<span>共{len(records)}条 {page}/{pages}页</span>"]
    if page > 1:
        pager.append(f'<a href="{JACT_PATH}?iid={iid}&amp;page={page - 1}">上一页</a>')
    if page < pages:
        pager.append(f'<a href="{JACT_PATH}?iid={iid}&amp;page={page + 1}">下一页</a>')
    out.append(
        f'document.write("{_js("</ul><div class=" + chr(34) + "jact-page" + chr(34) + ">" + " ".join(pager) + "</div></div>")}");'
    )
    return "\n".join(out) + "\n"
