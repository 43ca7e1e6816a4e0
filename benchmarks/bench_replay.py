"""Replay portal throughput: the test portal must never be what makes crawl tests slow.

Measures requests per second over keep-alive sessions for detail pages (60–90 KB), 304
answers, and Hanweb dataproxy.jsp pages, with 1 and 4 client threads. Goal: well above what a
polite crawler asks for (min_interval_s=0 in tests), i.e. >= 100 requests/s on this shared 2-core machine.
"""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import requests

from testbed import sites
from testbed.replay import ReplayServer


def _rate(fn, n: int, threads: int) -> float:
    t0 = time.perf_counter()
    per = max(1, n // threads)
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(lambda _: fn(per), range(threads)))
    return per * threads / (time.perf_counter() - t0)


def run(quick: bool = False) -> list[dict]:
    n = 120 if quick else 600
    site = sites.site_path("hanweb_chengwu")
    paths = sites.expected_documents(site)
    form = {"col": 1, "appid": 1, "webid": 1, "path": "/", "columnid": 39876, "sourceContentType": 1,
            "unitid": 65432, "webname": "成武县人民政府", "permissiontype": 0}
    rows = []
    with ReplayServer(site) as srv:
        etags = {p: requests.get(srv.base_url + p, timeout=5).headers["ETag"] for p in paths}

        def details(k: int) -> None:
            with requests.Session() as s:
                for i in range(k):
                    _ = s.get(srv.base_url + paths[i % len(paths)], timeout=5).content

        def not_modified(k: int) -> None:
            with requests.Session() as s:
                for i in range(k):
                    p = paths[i % len(paths)]
                    assert s.get(srv.base_url + p, headers={"If-None-Match": etags[p]}, timeout=5).status_code == 304

        def proxy(k: int) -> None:
            with requests.Session() as s:
                for i in range(k):
                    start = 1 + (i % 3) * 15
                    _ = s.post(srv.base_url + f"/module/web/jpage/dataproxy.jsp?startrecord={start}"
                               f"&endrecord={start + 14}&perpage=15", data=form, timeout=5).content

        for name, fn, goal in (("detail 200", details, 100), ("detail 304", not_modified, 100),
                               ("dataproxy", proxy, 100)):
            for threads in (1, 4):
                rate = _rate(fn, n, threads)
                rows.append({"benchmark": "replay", "measure": f"{name}, {threads} client(s)",
                             "value": round(rate, 1), "unit": "req/s", "goal": f">= {goal}",
                             "ok": rate >= goal})
    return rows


if __name__ == "__main__":
    for row in run(quick=True):
        print(row)
