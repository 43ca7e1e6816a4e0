"""`planwatch init`: a commented starter `sources.toml` and `planwatch.toml` in this folder.

Nothing watches a real portal until the user writes one in: the starter sources file has only
a commented example, and commands read `./sources.toml` (never the repository's own list).
Existing files are never overwritten.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planwatch.settings import DEFAULT_CONFIG, DEFAULT_SOURCES

SOURCES_STARTER = """\
# The portals planwatch watches: one [[source]] table per list of notices.
#   planwatch sources check         says what is wrong, and on which line
#   planwatch sources test ID       fetches one list page of a source and shows the links found
#   planwatch crawl                 one run now (reads ./sources.toml and ./planwatch.toml)
# To try planwatch on a local sample portal instead, let the replay portal write this file:
#   planwatch replay hanweb_chengwu --port 8000 --sources-out sources.toml
#
# Uncomment and edit (one table per portal list; the keys below are all there is):
#
# [[source]]
# id = "mycounty"                # stable key: lower-case letters, digits, '_' or '-'
# county = "某某县"               # place name, copied into every document
# platform = "hanweb"            # hanweb | trs | generic: the portal's CMS family
# start_urls = ["http://www.example.gov.cn/col/col1234/index.html"]   # its list pages
# allowed_hosts = ["www.example.gov.cn"]   # hosts that may be fetched; default: those of start_urls
# min_interval_s = 2.0           # seconds between two requests to one host: be polite
# enabled = true                 # false keeps the entry and skips the source
# allow_loopback = false         # true only for a portal on 127.0.0.1 (tests, demo)
# max_pages = 200                # hard stop on list pages per start URL
# notes = ""                     # free text
#
# platform = "generic" also needs the pattern of a detail link (a regex on the absolute URL):
# link_pattern = "/art/\\\\d{4}/\\\\d+/\\\\d+/art_\\\\d+_\\\\d+\\\\.html"
# date_pattern = "(\\\\d{4})-(\\\\d{2})-(\\\\d{2})"   # optional: the list date near a link
"""

CONFIG_STARTER = """\
# planwatch settings for the commands run in this folder. Every key is also a flag
# (`warehouse` is --warehouse) and an environment variable (PLANWATCH_WAREHOUSE); a flag beats
# the environment, which beats this file. All keys: the README's CLI reference.
[planwatch]
sources = "sources.toml"
warehouse = "warehouse_data"     # a folder, or s3://bucket/prefix (then storage_options)
min_interval_s = 2.0             # default pause between two requests to one host
# contact_url = "https://your-team.example.org/planwatch"   # sent in the User-Agent: say who crawls
# alert = ["json://alerts.example.org/hook"]           # a new or changed plan (Apprise URLs)
# ops_alert = ["mailtos://ops:PASSWORD@example.org"]   # a source starts failing or recovers, a run fails
# log_level = "INFO"                                   # WARNING (default) is quiet

# Finer plan alerts: one [[alert]] table per rule.
# [[alert]]
# urls = ["dingtalk://TOKEN"]
# sources = ["mycounty"]         # default: every source
# notices = "plans"              # "plans" (default) or "all"
# keywords = ["行动计划", "实施方案"]
"""

FILES = ((DEFAULT_SOURCES, SOURCES_STARTER), (DEFAULT_CONFIG, CONFIG_STARTER))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "init",
        help="write a commented starter sources.toml and planwatch.toml here",
        description="Write a commented starter sources.toml (no portal in it until you add "
        "one) and planwatch.toml (warehouse, politeness, alerts) in the current folder. "
        "Existing files are left as they are.",
    )
    p.set_defaults(func=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    for name, text in FILES:
        path = Path(name)
        if path.exists():
            print(f"{name}: exists, left as it is")
            continue
        path.write_text(text, encoding="utf-8")
        print(f"{name}: written")
    print(
        "next: add your portals to sources.toml, then `planwatch sources check`, "
        "`planwatch sources test ID` and `planwatch crawl`"
    )
    return 0
