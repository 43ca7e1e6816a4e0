"""The one URL policy (extract/urlpolicy.py): what may be fetched, read as urllib3 reads it."""
from __future__ import annotations

import pytest

from extract import urlpolicy
from extract.exceptions import UnsafeURL


@pytest.mark.parametrize("url,why", [
    ("http://127.0.0.1:8001\\@www.a.gov.cn/x", "backslash"),
    ("http://www.a.gov.cn\\@127.0.0.1/", "backslash"),
    ("http://user:pw@www.a.gov.cn/", "userinfo"),
    ("http://@www.a.gov.cn/", "userinfo"),
    ("http://www.a.gov.cn/\x00x", "control"),
    ("http://www.a.gov.cn\x1b/", "control"),
    ("http://www.a%2egov.cn/", "percent"),
    ("ftp://www.a.gov.cn/", "scheme"),
    ("javascript:alert(1)", "scheme"),
    ("//www.a.gov.cn/x", "absolute"),
    ("http:/www.a.gov.cn/x", "absolute"),
    ("http://www.a.gov.cn:99999/", "port"),
    ("http://[::1/", "invalid"),
    ("http://a b.gov.cn/", "unparsable"),
    ("http://" + "a" * 5000 + ".cn/", "longer"),
])
def test_unsafe_urls_are_refused_with_a_reason(url, why):
    problem = urlpolicy.problem(urlpolicy.clean(url))
    assert problem and why in problem, problem
    with pytest.raises(UnsafeURL):
        urlpolicy.target(urlpolicy.clean(url))


@pytest.mark.parametrize("url,host,port", [
    ("http://www.a.gov.cn/art/2023/7/31/art_1_2.html", "www.a.gov.cn", 80),
    ("HTTPS://WWW.A.GOV.CN:8443/x?y=1#z", "www.a.gov.cn", 8443),
    ("http://[::1]:8080/x", "::1", 8080),
    ("http://127.0.0.1:5/x?sign=abc&token=def", "127.0.0.1", 5),
    ("http://政府.cn/x", "xn--mxtq1m.cn", 80),
    ("http://www.a.gov.cn./x", "www.a.gov.cn.", 80),
])
def test_safe_urls_read_as_the_connection_reads_them(url, host, port):
    from urllib3.util import parse_url

    t = urlpolicy.target(url)
    assert (t.host, t.port) == (host, port)
    parsed = parse_url(url)
    assert parsed.host.strip("[]").lower() == t.host
    assert urlpolicy.netloc_key(t.host, t.port) == t.netloc


def test_browsers_drop_tabs_and_newlines_in_links():
    assert urlpolicy.clean(" http://www.a.gov.cn/art/\n2023/\t1.html ") == "http://www.a.gov.cn/art/2023/1.html"


def test_evidence_keeps_the_trick_readable_and_real_credentials_out():
    trick = urlpolicy.evidence("http://127.0.0.1:9\\@www.a.gov.cn/x")
    assert trick == "http://127.0.0.1:9%5C%40www.a.gov.cn/x"
    from planwatch.redact import redact_text

    assert redact_text(trick) == trick                            # redaction does not swallow it
    assert urlpolicy.evidence("http://me:pw@www.a.gov.cn/x") == "http://***@www.a.gov.cn/x"
    assert urlpolicy.evidence("http://a.cn/\x07") == "http://a.cn/%07"


def test_ipv6_hosts_in_allowed_hosts_and_start_urls():
    from extract.sources import default_hosts, expand_hosts, host_allowed

    start = ["http://[::1]:8080/list"]
    assert default_hosts(start) == ["[::1]:8080"]
    allowed = expand_hosts(["[::1]:8080", "::2", "[::3]"], start)
    assert allowed >= {"[::1]:8080", "[::2]:80", "[::3]:443"}
    assert host_allowed("http://[::1]:8080/x", allowed)
    assert not host_allowed("http://[::1]:8081/x", allowed)
    assert not host_allowed("http://[::1]:8080\\@x/", allowed)
