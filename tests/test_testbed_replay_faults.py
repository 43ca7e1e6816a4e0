"""Every replay fault mode does what it says, over real HTTP (no mocks of requests)."""
from __future__ import annotations

import json
import zlib

import pytest
import requests

from planwatch.exceptions import ConfigError
from testbed import sites
from testbed.faults import FaultRule, load_faults
from testbed.replay import ReplayServer

COL = "/col/col39876/index.html"
DETAIL = "/art/2023/7/31/art_39880_10276002.html"
TRS_LIST = "/zwgk/tzgg/index.html"


@pytest.fixture(scope="module")
def srv():
    with ReplayServer(sites.site_path("hanweb_chengwu")) as s:
        yield s


@pytest.fixture
def faulty(srv):
    """Set faults for one test; always cleared afterwards."""
    def _set(*rules: FaultRule) -> ReplayServer:
        srv.set_faults(list(rules))
        srv.reset_log()
        return srv
    yield _set
    srv.set_faults([])


def test_5xx_burst_then_recovers(faulty):
    s = faulty(FaultRule("/col/", "5xx", count=2, status=502))
    codes = [requests.get(s.base_url + COL, timeout=5).status_code for _ in range(3)]
    assert codes == [502, 502, 200]
    assert [e.fault for e in s.requests] == ["5xx", "5xx", None]
    assert requests.get(s.base_url + DETAIL, timeout=5).status_code == 200  # pattern scoped


def test_count_none_means_every_request(faulty):
    s = faulty(FaultRule(r"\.html$", "5xx"))
    assert {requests.get(s.base_url + COL, timeout=5).status_code for _ in range(4)} == {503}


def test_429_with_retry_after(faulty):
    s = faulty(FaultRule("/col/", "429", count=1, retry_after=3))
    r = requests.get(s.base_url + COL, timeout=5)
    assert r.status_code == 429 and r.headers["Retry-After"] == "3"
    assert requests.get(s.base_url + COL, timeout=5).status_code == 200


def test_slow_answer_exceeds_client_timeout(faulty):
    s = faulty(FaultRule("/col/", "slow", count=1, delay_s=3))
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(s.base_url + COL, timeout=(2, 0.3))
    assert requests.get(s.base_url + COL, timeout=5).status_code == 200


def test_reset_log_forgets_answers_still_in_flight(faulty):
    import time

    s = faulty(FaultRule("/col/", "slow", count=1, delay_s=0.6))
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(s.base_url + COL, timeout=(2, 0.1))
    s.reset_log()
    time.sleep(0.9)  # the slow answer is written (to nobody) after the reset
    requests.get(s.base_url + DETAIL, timeout=5)
    assert [e.path for e in s.requests] == [DETAIL]


def test_reset_closes_abruptly(faulty):
    s = faulty(FaultRule("/col/", "reset", count=1))
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(s.base_url + COL, timeout=5)
    assert s.requests[0].status == 0 and s.requests[0].fault == "reset"
    assert requests.get(s.base_url + COL, timeout=5).status_code == 200


def test_truncate_promises_more_than_it_sends(faulty):
    s = faulty(FaultRule("/art/", "truncate", count=1))
    full = (sites.site_path("hanweb_chengwu") / "www" / DETAIL.lstrip("/")).read_bytes()
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(s.base_url + DETAIL, timeout=5)
    assert 0 < s.requests[0].bytes < len(full)
    assert requests.get(s.base_url + DETAIL, timeout=5).content == full


def test_wrong_charset_header_on_utf8_site(faulty):
    s = faulty(FaultRule("/art/", "wrong_charset"))
    r = requests.get(s.base_url + DETAIL, timeout=5)
    assert "charset=gbk" in r.headers["Content-Type"].lower()
    r.content.decode("utf-8")  # the bytes are still UTF-8: the header lies


def test_wrong_charset_header_on_gbk_site():
    rule = FaultRule("/zwgk/", "wrong_charset")
    with ReplayServer(sites.site_path("trs_zhangxi"), faults=[rule]) as s:
        r = requests.get(s.base_url + TRS_LIST, timeout=5)
    assert "charset=utf-8" in r.headers["Content-Type"].lower()
    with pytest.raises(UnicodeDecodeError):
        r.content.decode("utf-8")
    assert "通知公告" in r.content.decode("gbk")


def test_redirect_loop(faulty):
    s = faulty(FaultRule("/col/", "redirect_loop"))
    r = requests.get(s.base_url + COL, allow_redirects=False, timeout=5)
    assert r.status_code == 302 and r.headers["Location"] == s.base_url + COL
    with pytest.raises(requests.exceptions.TooManyRedirects):
        requests.get(s.base_url + COL, timeout=5)


def test_redirect_offhost(faulty):
    s = faulty(FaultRule("/col/", "redirect_offhost"))
    r = requests.get(s.base_url + COL, allow_redirects=False, timeout=5)
    assert r.status_code == 302 and r.headers["Location"].startswith("http://evil.example.com/")


def test_redirect_private_rotates_targets(faulty):
    s = faulty(FaultRule("/col/", "redirect_private"))
    locs = [requests.get(s.base_url + COL, allow_redirects=False, timeout=5).headers["Location"]
            for _ in range(3)]
    assert locs == ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
                    "http://169.254.169.254/latest/meta-data/"]


def test_waf_412_ruishu(faulty):
    s = faulty(FaultRule("/art/", "waf_412"))
    r = requests.get(s.base_url + DETAIL, timeout=5)
    assert r.status_code == 412 and "$_ts" in r.text and "ZJEG_RSS" not in r.text


def test_waf_521_jiasule(faulty):
    s = faulty(FaultRule("/art/", "waf_521"))
    r = requests.get(s.base_url + DETAIL, timeout=5)
    assert r.status_code == 521 and "__jsl_clearance" in r.text
    assert "__jsluid_h" in r.cookies


@pytest.mark.parametrize("kind,marker", [("rs", "$_ts"), ("jsl", "__jsl_clearance")])
def test_waf_200_challenge_body(faulty, kind, marker):
    s = faulty(FaultRule("/art/", "waf_200", kind=kind))
    r = requests.get(s.base_url + DETAIL, timeout=5)
    assert r.status_code == 200 and marker in r.text and "xxgk_table" not in r.text


def test_huge_body_streams_past_the_cap(faulty):
    cap = 20 * 1024 * 1024
    s = faulty(FaultRule("/art/", "huge", size=cap + 1024 * 1024))
    got = 0
    with requests.get(s.base_url + DETAIL, stream=True, timeout=5) as r:
        assert "Content-Length" not in r.headers  # the size is only known by reading
        for chunk in r.iter_content(1 << 16):
            got += len(chunk)
    assert got == cap + 1024 * 1024


def test_huge_body_with_declared_length(faulty):
    s = faulty(FaultRule("/art/", "huge", size=30 << 20, declare_length=True))
    with requests.get(s.base_url + DETAIL, stream=True, timeout=5) as r:
        assert int(r.headers["Content-Length"]) == 30 << 20
        assert len(next(r.iter_content(1 << 16))) > 0


def test_gzip_bomb_is_small_on_the_wire(faulty):
    s = faulty(FaultRule("/art/", "gzip_bomb", size=24 << 20))
    with requests.get(s.base_url + DETAIL, stream=True, timeout=5) as r:
        assert r.headers["Content-Encoding"] == "gzip"
        wire = r.raw.read(decode_content=False)
    assert len(wire) < 1 << 20
    inflated = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(wire)
    assert len(inflated) == 24 << 20


def test_probability_is_seeded_and_reproducible(srv):
    def run() -> list[int]:
        srv.set_faults([FaultRule("/col/", "5xx", probability=0.5, seed=42)])
        try:
            return [requests.get(srv.base_url + COL, timeout=5).status_code for _ in range(12)]
        finally:
            srv.set_faults([])
    first, second = run(), run()
    assert first == second and {200, 503} == set(first)


def test_fault_rules_from_toml_and_json(tmp_path):
    t = tmp_path / "f.toml"
    t.write_text('[[fault]]\npattern = "/col/"\nmode = "429"\ncount = 1\nretry_after = 7\n'
                 '[[fault]]\npattern = "dataproxy"\nmode = "5xx"\nstatus = 500\n', encoding="utf-8")
    rules = load_faults(t)
    assert [(r.mode, r.count, r.params) for r in rules] == [("429", 1, {"retry_after": 7}),
                                                           ("5xx", None, {"status": 500})]
    j = tmp_path / "f.json"
    j.write_text(json.dumps({"faults": [{"pattern": "/art/", "mode": "reset", "count": 2}]}))
    (rule,) = load_faults(j)
    assert rule.mode == "reset" and rule.count == 2
    with ReplayServer(sites.site_path("hanweb_chengwu"), faults=rules) as s:
        assert requests.get(s.base_url + COL, timeout=5).headers["Retry-After"] == "7"


@pytest.mark.parametrize("text", ['[[fault]]\npattern = "x"\nmode = "explode"\n',
                                  '[[fault]]\nmode = "5xx"\n',
                                  '[[fault]]\npattern = "("\nmode = "5xx"\n',
                                  '[[fault]]\npattern = "x"\nmode = "5xx"\nprobability = 2\n'])
def test_bad_fault_files_say_what_is_wrong(tmp_path, text):
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.toml: fault #1"):
        load_faults(f)


def test_truncate_and_wrong_charset_apply_to_dynamic_answers(faulty):
    form = {"col": 1, "appid": 1, "webid": 1, "path": "/", "columnid": 39876, "sourceContentType": 1,
            "unitid": 65432, "webname": "成武县人民政府", "permissiontype": 0}
    url = "/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=45&perpage=15"
    s = faulty(FaultRule("dataproxy", "truncate", count=1))
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.post(s.base_url + url, data=form, timeout=5)
    ok = requests.post(s.base_url + url, data=form, timeout=5)
    assert ok.status_code == 200 and "</datastore>" in ok.text
    s = faulty(FaultRule("dataproxy", "wrong_charset"))
    r = requests.post(s.base_url + url, data=form, timeout=5)
    assert "charset=gbk" in r.headers["Content-Type"].lower()
    assert "</datastore>" in r.content.decode("utf-8")


def test_shipped_example_faults_file_loads(repo_root):
    rules = load_faults(repo_root / "testbed" / "sites" / "faults_example.toml")
    assert {r.mode for r in rules} == {"5xx", "429", "slow", "waf_412", "huge"}
    with ReplayServer(sites.site_path("hanweb_chengwu"), faults=rules) as s:
        assert requests.get(s.base_url + "/col/col39880/index.html", timeout=5).status_code == 429
        assert requests.get(s.base_url + "/col/col39880/index.html", timeout=5).status_code == 200
