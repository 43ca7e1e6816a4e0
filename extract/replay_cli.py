"""`planwatch replay DIR --port N [--faults FILE]`: serve a saved site on 127.0.0.1."""
from __future__ import annotations

import argparse

from planwatch.settings import add_arguments


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "replay", help="serve a saved portal site (or a bundled sample site) on loopback",
        description="Serve a saved county portal on 127.0.0.1 for tests and demos: static files "
                    "with ETag/Last-Modified, robots.txt, Hanweb dataproxy.jsp paging, and fault "
                    "rules from --faults. DIR is a site folder (site.toml + www/) or the name of a "
                    "bundled sample site (hanweb_chengwu, hanweb_juancheng, trs_zhangxi). "
                    "Prints the base URL and the list start URLs, then serves until interrupted.")
    p.add_argument("site", metavar="DIR", help="site folder, or a bundled sample site name")
    add_arguments(p, "replay_port", "replay_host", "replay_faults", "log_level")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import signal
    import sys
    from pathlib import Path

    from extract import sites
    from extract.faults import load_faults
    from extract.replay import ReplayServer
    from planwatch import settings as _settings
    from planwatch.exceptions import ConfigError

    cfg = _settings.load(args)
    site_dir = Path(args.site)
    if not site_dir.is_dir():
        try:
            site_dir = sites.site_path(args.site)
        except KeyError as exc:
            raise ConfigError(f"replay: {args.site} is neither a folder nor a sample site "
                              f"({', '.join(sites.SITES)})") from exc
    faults = load_faults(cfg.replay_faults) if cfg.replay_faults else []
    srv = ReplayServer(site_dir, host=cfg.replay_host, port=cfg.replay_port, faults=faults)
    try:
        srv.start()
    except OSError as exc:
        raise ConfigError(f"replay: cannot listen on {cfg.replay_host}:{cfg.replay_port}: {exc}") from exc
    info = srv.site.config
    print(f"planwatch replay: serving {site_dir} ({info.get('platform', 'static')}, "
          f"{info.get('county', '?')}) at {srv.base_url}", flush=True)
    for url in srv.start_urls:
        print(f"  list: {url}", flush=True)
    for rule in faults:
        print(f"  fault: {rule!r}", flush=True)

    def _term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _term)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.stop()
        print(f"planwatch replay: stopped after {len(srv.requests)} requests", file=sys.stderr,
              flush=True)
    return 0
