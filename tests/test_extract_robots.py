"""robots.txt matching (RFC 9309): groups, longest match, allow on ties, * and $, Crawl-delay."""
from __future__ import annotations

from extract.robots import RobotsParser, rules_from_response

ROBOTS = """
# comment
User-agent: Baiduspider
Disallow: /

User-agent: *
Disallow: /manage/
Disallow: /*.jsp$
Disallow: /module/*/search
Allow: /module/web/jpage/dataproxy.jsp
Crawl-delay: 1

User-agent: planwatch
User-agent: otherbot
Disallow: /private/
Allow: /private/open/
Crawl-delay: 5
"""


def test_group_for_our_token_wins_over_star():
    p = RobotsParser(ROBOTS)
    assert not p.can_fetch("planwatch/0.1.0", "http://x/private/a.html")
    assert p.can_fetch("planwatch/0.1.0", "http://x/private/open/a.html")      # longer allow wins
    assert p.can_fetch("planwatch/0.1.0", "http://x/manage/")                   # star group not used
    assert p.crawl_delay("planwatch") == 5.0


def test_star_group_wildcards_and_end_anchor():
    p = RobotsParser(ROBOTS)
    ua = "somebot"
    assert not p.can_fetch(ua, "http://x/manage/login")
    assert not p.can_fetch(ua, "http://x/a/b/show.jsp")
    assert p.can_fetch(ua, "http://x/a/b/show.jsp?id=1")                        # $ anchors the end
    assert not p.can_fetch(ua, "http://x/module/xxgk/search?q=1")
    assert p.can_fetch(ua, "http://x/module/web/jpage/dataproxy.jsp")          # allow longer than /*.jsp$
    assert p.can_fetch(ua, "http://x/art/2023/7/31/art_1_2.html")
    assert p.can_fetch(ua, "http://x/robots.txt")


def test_fetch_outcomes_map_to_rules():
    assert rules_from_response(404, b"").allows("planwatch", "http://x/anything")
    assert not rules_from_response(503, b"").allows("planwatch", "http://x/anything")
    assert rules_from_response(None, None, "Connection refused").error
    assert not rules_from_response(200, b"User-agent: *\nDisallow: /\n").allows("planwatch", "http://x/a")
    assert rules_from_response(200, b"User-agent: *\nDisallow:\n").allows("planwatch", "http://x/a")
