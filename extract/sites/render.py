"""Rendering shared by the replay server (dynamic answers) and the site builder (static files).

Both the Hanweb column page's embedded first page and the ``dataproxy.jsp`` answers are made
from the same ``records.json`` through these functions, so they always agree.
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

TRUNCATE_AT = 28  # list titles longer than this are cut with "..." (the full one is in @title)


def short_title(title: str, limit: int = TRUNCATE_AT) -> str:
    return title if len(title) <= limit else title[:limit] + "..."


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """Records of one column/channel, newest first: dicts with path, title, date (YYYY-MM-DD)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def save_records(path: str | Path, records: list[dict[str, Any]]) -> None:
    Path(path).write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- Hanweb --------------------------------------------------------------------------------

def hanweb_li(rec: dict[str, Any]) -> str:
    """One list item as Hanweb renders it: full title in @title, cut text, date in a span."""
    return (f'<li><a href="{html.escape(rec["path"])}" title="{html.escape(rec["title"])}" '
            f'target="_blank">{html.escape(short_title(rec["title"]))}</a>'
            f'<span>{rec["date"]}</span></li>')


def hanweb_webname_param(webname: str) -> str:
    # Hanweb double-encodes webname in nextgroup links (see portal_samples/05).
    return quote(quote(webname, safe=""), safe="")


def hanweb_nextgroup(proxy_path: str, *, webid: int, columnid: int, unitid: int,
                     webname: str) -> str:
    return (f'<a href="{proxy_path}?page=1&appid=1&webid={webid}&path=/&columnid={columnid}'
            f'&unitid={unitid}&webname={hanweb_webname_param(webname)}&permissiontype=0"></a>')


def hanweb_datastore(records: list[dict[str, Any]], *, nextgroup: str,
                     total: int | None = None, perpage: int = 15, indent: str = "") -> str:
    """A ``<datastore>`` document; with ``total`` it carries ``<totalrecord>``/``<totalpage>``."""
    lines = [f"{indent}<datastore>",
             f"{indent}<nextgroup><![CDATA[{nextgroup}]]></nextgroup>",
             f"{indent}<recordset>"]
    for rec in records:
        lines.append(f"{indent}<record><![CDATA[\n{indent}{hanweb_li(rec)}]]></record>")
    lines.append(f"{indent}</recordset>")
    if total is not None:
        pages = max(1, -(-total // perpage))
        lines.append(f"{indent}<totalrecord>{total}</totalrecord>")
        lines.append(f"{indent}<totalpage>{pages}</totalpage>")
    lines.append(f"{indent}</datastore>")
    return "\n".join(lines)
