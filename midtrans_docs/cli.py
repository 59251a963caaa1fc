"""`midtrans-docs`: the one command behind `make`, pre-commit and CI.

midtrans-docs new-page snap/some-feature "Some feature" --description "One sentence."
midtrans-docs diagrams          render new Mermaid diagrams to diagrams/*.svg, delete unused ones
midtrans-docs check             the fast source checks (what `make lint` and pre-commit run)
midtrans-docs check --all       every source check, toolchains included (samples, code blocks)
midtrans-docs check check_nav   named checks only
midtrans-docs bench [--quick …] performance figures (see midtrans_docs/bench)
midtrans-docs i18n status       Indonesian pages whose English page changed since they were translated
midtrans-docs i18n stamp FILE…  record that these translations match their English pages now
midtrans-docs i18n strings      write/update the string catalogs (openapi/i18n/id/*.yaml, data/errors.id.yml)
midtrans-docs mcp               MCP server over stdio for coding agents (search, pages, operations, checks)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import ROOT


def _check(args: argparse.Namespace) -> int:
    from .checks import SOURCE_CHECKS
    from .problems import report, use_root

    root = Path(args.root).resolve()
    use_root(root)
    unknown = [name for name in args.names if name not in SOURCE_CHECKS]
    if unknown:
        print(f"unknown check(s): {', '.join(unknown)}; known: {', '.join(sorted(SOURCE_CHECKS))}", file=sys.stderr)
        return 2
    selected = [(name, *SOURCE_CHECKS[name]) for name in sorted(args.names or SOURCE_CHECKS)]
    failed = 0
    for name, check, info in selected:
        if info.slow and not (args.all or args.names):
            continue
        problems = check(root)
        if problems:
            failed += 1
            print(f"{name} (checks/{info.module}.py): {len(problems)} problem(s)\n{report(problems)}", file=sys.stderr)
    return 1 if failed else 0


def _diagrams(args: argparse.Namespace) -> int:
    from .diagrams import update

    return update(Path(args.root).resolve())


def _i18n(args: argparse.Namespace) -> int:
    from . import i18n

    root = Path(args.root).resolve()
    if args.action == "strings":
        return _i18n_strings(root)
    if args.action == "stamp":
        for name in args.files:
            path = Path(name).resolve()
            if not i18n.is_translation(path) or not i18n.source_of(path).is_file():
                print(f"{name}: not a translation of an English page (docs/x.id.md)", file=sys.stderr)
                return 2
            print(f"{name}: translation_of {i18n.stamp(path)}")
        return 0
    stale = i18n.stale_translations(root)
    for path in stale:
        english = i18n.source_of(path).relative_to(root).as_posix()
        print(
            f"{path.relative_to(root).as_posix()}: {english} changed since it was translated "
            f"→ update the translation, then `midtrans-docs i18n stamp` it "
            f"(git diff <translation_of> HEAD:{english} shows what changed)"
        )
    print(f"{len(stale)} of {len(i18n.translations(root))} translations are behind their English page")
    return 0


def _i18n_strings(root: Path) -> int:
    from .sources import catalog

    for source in catalog.sources(root):
        added, stale, removed = catalog.write_skeleton(root, source)
        entries = catalog.read_catalog(root / source.catalog)
        untranslated = sum(1 for e in entries.values() if not e.text.strip())
        print(
            f"{source.catalog.as_posix()}: {len(entries)} strings, {untranslated} untranslated, "
            f"{added} new, {stale} stale, {removed} orphaned removed"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="midtrans-docs", description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("new-page", help="create a page and add it to the nav", add_help=False)
    diagrams = commands.add_parser("diagrams", help="render new Mermaid diagrams, delete unused SVGs")
    diagrams.add_argument("--root", default=str(ROOT), help="project folder (default: this checkout)")
    check = commands.add_parser("check", help="run the source checks; exit 1 on any problem")
    check.add_argument("names", nargs="*", help="only these checks (function names)")
    check.add_argument("--all", action="store_true", help="include the slow checks (toolchains)")
    check.add_argument("--root", default=str(ROOT), help="project folder (default: this checkout)")
    commands.add_parser("bench", help="performance figures (--help for options)", add_help=False)
    commands.add_parser("mcp", help="MCP server over stdio for coding agents (--help for options)", add_help=False)
    lang = commands.add_parser("i18n", help="translations: status (stale pages), stamp FILE…, strings (catalogs)")
    lang.add_argument("action", choices=["status", "stamp", "strings"])
    lang.add_argument("files", nargs="*", help="docs/x.id.md files to stamp")
    lang.add_argument("--root", default=str(ROOT), help="project folder (default: this checkout)")
    args, rest = parser.parse_known_args(argv)
    if args.command == "new-page":
        from .new_page import main as new_page

        return new_page(rest)
    if args.command == "bench":
        from .bench import main as bench

        return bench(rest)
    if args.command == "mcp":
        from .agents.server import main as mcp

        return mcp(rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command == "i18n":
        return _i18n(args)
    return _check(args) if args.command == "check" else _diagrams(args)


if __name__ == "__main__":
    sys.exit(main())
