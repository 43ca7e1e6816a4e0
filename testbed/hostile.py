"""The replay portal's hostile modes: what a malicious or broken portal does to a crawler.

- `slowloris`: headers one line per interval, or a body one byte per interval (each read is
  quick, so per-read timeouts never fire);
- `unclosed_tags`: the normal answer plus thousands of unclosed `<a` and `<record` (quadratic for
  a lazy regex that rescans to the end for each);
- `deep_nesting`: the normal answer plus 100 000 nested `<div>` (quadratic in an HTML parser that
  walks the open-element stack for each tag);
- `huge_robots`: a robots.txt larger than the 512 KiB a crawler parses, its rules at the top;
- `link_flood`: the normal list page plus 100 000 detail links to pages that do not exist.

Used by `testbed.replay` (`FaultRule(pattern, mode, **params)`, see `testbed.faults`).
"""

from __future__ import annotations

import re
from typing import Any

from testbed.faults import FaultRule

_COLUMN = re.compile(r"/col/col(\d+)/")


def add_to_body(rule: FaultRule, body: bytes, path: str, params: dict[str, str], platform: str) -> bytes:
    """The body of a normal answer with the rule's hostile content added."""
    prm = rule.params
    if rule.mode == "unclosed_tags":
        n = int(prm.get("n", 20000))
        return body + b"<a href=x " * n + b"<datastore><record><![CDATA[" * min(n, 1000)
    if rule.mode == "deep_nesting":
        depth = int(prm.get("depth", 100000))
        return body + b"<div>" * depth + b"deep" + b"</div>" * depth
    if rule.mode == "link_flood":
        return _flood(body, int(prm.get("n", 100000)), path, params, platform)
    raise AssertionError(rule.mode)


def _flood(body: bytes, n: int, path: str, params: dict[str, str], platform: str) -> bytes:
    """`n` detail links to pages that do not exist: Hanweb records inside the datastore, TRS rows
    or plain links (`/art/…`, as the generic sample site's pattern wants) appended."""
    column = params.get("columnid") or (m.group(1) if (m := _COLUMN.search(path)) else "1")
    if platform == "hanweb" and b"</recordset>" in body:
        records = "".join(
            f'<record><![CDATA[<li><a href="/art/2020/1/1/art_{column}_{90000000 + i}.html" '
            f'title="flood {i}">flood {i}</a><span>2020-01-01</span></li>]]></record>\n'
            for i in range(n)
        )
        head, _, tail = body.partition(b"</recordset>")
        return head + records.encode() + b"</recordset>" + tail
    if platform == "trs":
        rows = "".join(
            f'<li><a href="./202001/t20200101_{90000000 + i}.html">flood {i}</a><span>2020-01-01</span></li>'
            for i in range(n)
        )
    else:
        rows = "".join(
            f'<li><a href="/art/2020/1/1/art_{column}_{90000000 + i}.html">flood {i}</a>'
            f"<span>2020-01-01</span></li>"
            for i in range(n)
        )
    return body + rows.encode()


def huge_robots(rule: FaultRule, rules: str) -> bytes:
    """A robots.txt past the 512 KiB parsing cap: a disallow and the site's rules first, then
    comments (a crawler that drops the whole file instead of truncating it allows everything)."""
    size = int(rule.params.get("size", 1 << 20))
    disallow = str(rule.params.get("disallow", "/manage/"))
    head = f"User-agent: *\nDisallow: {disallow}\n" + "\n".join(
        line for line in rules.splitlines() if not line.lower().startswith("user-agent")
    )
    body = (head + "\n").encode()
    filler = b"# " + b"x" * 76 + b"\n"
    return body + filler * max(0, (size - len(body)) // len(filler) + 1)


def slowloris(handler: Any, rule: FaultRule, head: bool) -> None:
    """Answer very slowly: each write is small and prompt, the whole never ends in time."""
    prm = rule.params
    interval = float(prm.get("interval_s", 1.0))
    duration = float(prm.get("duration_s", 30.0))
    stopping = handler.replay._stopping
    handler._commit(200, 0)
    handler.close_connection = True
    wfile = handler.wfile
    spent = 0.0
    if prm.get("phase", "body") == "headers":
        wfile.write(b"HTTP/1.1 200 OK\r\n")
        wfile.flush()
        i = 0
        while spent < duration and not stopping.wait(interval):
            spent += interval
            wfile.write(f"X-Slow-{i}: {'x' * 16}\r\n".encode())
            wfile.flush()
            i += 1
        return
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    wfile.flush()
    if head:
        return
    while spent < duration and not stopping.wait(interval):
        spent += interval
        wfile.write(b"<")
        wfile.flush()
