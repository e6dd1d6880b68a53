"""Command line: ``screenaid`` opens the app; subcommands work without a display."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from screenaid import __version__
from screenaid.paths import bundled_data_dir

# The content, integrity and handout packages are imported where they are used, so that ``screenaid``
# without a command reaches the window's first paint without loading pydantic, cryptography or reportlab.
if TYPE_CHECKING:
    from screenaid.content import Library, LoadResult, Problem
    from screenaid.integrity import PackVerdict

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    def register(function: Command) -> Command:
        _COMMANDS[name] = function
        return function

    return register


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="screenaid",
        description="Recognise and respond to human trafficking at the point of care. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"ScreenAid {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser("validate", help="check the bundled data, or a clinic's own data folder")
    validate.add_argument("path", nargs="?", type=Path, help="a data folder (default: the bundled data)")
    validate.add_argument(
        "--clinic", action="store_true", help="treat PATH as a clinic's local resource folder"
    )

    dump = sub.add_parser("dump", help="print the whole validated library (for content review)")
    dump.add_argument("--json", action="store_true", required=True, help="as JSON (the only format)")

    search = sub.add_parser("search", help="search all content")
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="print results as JSON")
    search.add_argument("--limit", type=int, default=10, help="how many results (default 10)")
    search.add_argument("--country", help="rank as a clinic in this country would (ISO code, e.g. IE)")
    search.add_argument("--age", choices=["minor", "adult"], help="rank for a patient of this age")

    sub.add_parser(
        "selftest",
        help="check this installation: configuration, content, signatures, a handout in memory (writes nothing)",
    )

    handout = sub.add_parser("handout", help="write a referral handout PDF (nothing about a patient)")
    handout.add_argument("--country", default="US", help="ISO country code (default US)")
    handout.add_argument("--lang", default="en", help="handout language: en, es, fr, zh-Hans, vi")
    handout.add_argument(
        "--layout", choices=["page", "cards"], default="page", help="full page or wallet cards"
    )
    handout.add_argument(
        "--discreet", action="store_true", help="neutral health title instead of 'Where to get help'"
    )
    handout.add_argument("--paper", choices=["letter", "a4"], help="default: by country (Letter in US/CA)")
    handout.add_argument(
        "--resource",
        action="append",
        metavar="ID",
        help="a resource id (repeat; default: the national lines)",
    )
    handout.add_argument("-o", "--output", required=True, help="PDF file to write, or - for standard output")

    keygen = sub.add_parser("keygen", help="make an Ed25519 key pair for signing a clinic's resources")
    keygen.add_argument("--out", type=Path, required=True, help="folder for the private key (kept secret)")

    sign = sub.add_parser("sign-resources", help="write a signed manifest for a resource folder")
    sign.add_argument("folder", type=Path)
    sign.add_argument("--key", type=Path, required=True, help="the Ed25519 private key (PEM)")
    sign.add_argument("--version", type=int, required=True, help="pack version; raise it with every change")
    sign.add_argument("--verified-on", type=_date, required=True, help="YYYY-MM-DD the entries were checked")
    sign.add_argument("--expires", type=_date, required=True, help="YYYY-MM-DD after which the pack is stale")
    sign.add_argument("--pack", default="clinic-resources", help="a name for the pack")
    return parser


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def load_bundled() -> LoadResult:
    from screenaid.content import ContentRoot, Origin, load_library

    return load_library(ContentRoot(bundled_data_dir(), Origin.BUNDLED))


def report_problems(result: LoadResult, stream: TextIO) -> None:
    for problem in result.problems:
        print(problem, file=stream)


@command("validate")
def _validate(args: argparse.Namespace) -> int:
    from screenaid.content import ContentRoot, LoadResult, Origin, load_library

    folder: Path = args.path or bundled_data_dir()
    if not folder.is_dir():
        print(f"{folder}: folder not found", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.clinic:  # clinic resources may cite the bundled bibliography
        roots = [ContentRoot(bundled_data_dir(), Origin.BUNDLED), ContentRoot(folder, Origin.CLINIC)]
        result = load_library(roots)
    else:
        result = load_library(ContentRoot(folder, Origin.BUNDLED))
        pack = _resource_pack_verdict(folder)
        if pack is not None and pack.ok:
            print(f"resources: signed manifest OK, version {pack.version}, verified on {pack.verified_on}",
                  file=sys.stderr)  # fmt: skip
        elif pack is not None:
            result = LoadResult(result.library, (*result.problems, _pack_problem(pack)), result.files_read)
    report_problems(result, sys.stdout)
    counts = ", ".join(f"{n} {kind}" for kind, n in result.library.counts().items() if n)
    status = "OK" if result.ok else f"{len(result.problems)} problem(s)"
    print(f"{status}: {result.files_read} files, {len(result.library)} entries ({counts})", file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def _resource_pack_verdict(data_dir: Path) -> PackVerdict | None:
    """The signature check of a data folder's resource pack (None when it has no resources/ folder)."""
    from screenaid.integrity.app_content import RESOURCE_PACK, verify_bundled_pack

    if not (data_dir / RESOURCE_PACK).is_dir():
        return None
    return verify_bundled_pack(data_dir)


def _pack_problem(pack: PackVerdict) -> Problem:
    from screenaid.content import Problem

    name = f"{pack.folder.parent.name}/{pack.folder.name}"
    return Problem(
        name, None, None, f"resource pack rejected: {pack.reason}; the app will show the built-in fallback"
    )


@command("keygen")
def _keygen(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from screenaid.integrity.keys import private_key_pem, public_key_to_base64

    path = args.out / "screenaid-resources-key.pem"
    if path.exists():
        print(f"{path}: already exists; not overwritten", file=sys.stderr)
        return EXIT_PROBLEMS
    key = Ed25519PrivateKey.generate()
    args.out.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.write_bytes(private_key_pem(key))
    print(f"private key: {path} (keep it secret, off the workstations)")
    print(f'clinic_public_key = "{public_key_to_base64(key.public_key())}"')
    return EXIT_OK


@command("sign-resources")
def _sign_resources(args: argparse.Namespace) -> int:
    from screenaid.integrity import sign_pack
    from screenaid.integrity.keys import KeyFileError, read_private_key

    try:
        key = read_private_key(args.key)
        manifest = sign_pack(
            args.folder,
            key,
            pack=args.pack,
            version=args.version,
            verified_on=args.verified_on,
            expires=args.expires,
        )
    except (KeyFileError, ValueError, OSError) as error:
        print(f"sign-resources: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"signed {len(manifest.files)} files in {args.folder}: version {manifest.version}, "
          f"verified on {manifest.verified_on}, expires {manifest.expires}")  # fmt: skip
    return EXIT_OK


@command("dump")
def _dump(args: argparse.Namespace) -> int:
    result = load_bundled()
    library = result.library
    by_kind: dict[str, list[object]] = {kind: [] for kind in library.counts()}
    for entry_id, entry in library.entries.items():
        record = entry.model_dump(mode="json")
        record["_file"] = library.files[entry_id]
        record["_origin"] = library.origins[entry_id].value
        by_kind[library.kind_of(entry_id) or "unknown"].append(record)
    document = {
        "version": __version__,
        "counts": library.counts(),
        "problems": [problem.as_dict() for problem in result.problems],
        "entries": by_kind,
    }
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK if result.ok else EXIT_PROBLEMS


@command("search")
def _search(args: argparse.Namespace) -> int:
    from screenaid.search import SearchIndex
    from screenaid.search.context import SearchContext

    if args.limit < 1:
        print("--limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    result = load_bundled()
    report_problems(result, sys.stderr)
    context = SearchContext(country=args.country.upper() if args.country else None, age=args.age)
    hits = SearchIndex(result.library).search(args.query, limit=args.limit, context=context)
    if args.json:
        json.dump([hit.as_dict() for hit in hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for hit in hits:
            place = f"  ({hit.place})" if hit.place else ""
            print(f"{hit.score:6.2f}  {hit.kind:<16} {hit.id:<40} {hit.title}{place}")
        if not hits:
            print("no results", file=sys.stderr)
    return EXIT_OK


@command("handout")
def _handout(args: argparse.Namespace) -> int:
    from screenaid.handout import HANDOUT_LANGUAGES, national_resources, paper_for_country, render_handout
    from screenaid.handout.resource_choice import chosen_resources
    from screenaid.integrity.app_content import load_app_content

    country = args.country.upper()
    content = load_app_content(country=country)  # a rejected resource list is never printed
    result = content.result
    report_problems(result, sys.stderr)
    for notice in content.notices:
        print(notice, file=sys.stderr)
    if args.resource:
        resources, unknown = chosen_resources(result.library, args.resource)
        if unknown:
            print(f"unknown resource id(s): {', '.join(unknown)}", file=sys.stderr)
            return EXIT_USAGE
    else:
        resources = national_resources(result.library.resources, country)
    if not resources:
        print(f"no national resources for {country}: name some with --resource", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.lang not in HANDOUT_LANGUAGES:
        print(
            f"no handout wording in {args.lang!r}; available: {', '.join(HANDOUT_LANGUAGES)}", file=sys.stderr
        )
        return EXIT_USAGE
    pdf = render_handout(
        resources,
        language=args.lang,
        layout=args.layout,
        title_style="discreet" if args.discreet else "plain",
        paper=args.paper or paper_for_country(country),
        verified_on=content.pack.verified_on if content.pack.ok else None,
    )
    if args.output == "-":
        sys.stdout.buffer.write(pdf)
        sys.stdout.flush()
    else:
        try:
            Path(args.output).write_bytes(pdf)
        except OSError as error:
            print(f"{args.output}: cannot write ({error.strerror})", file=sys.stderr)
            return EXIT_PROBLEMS
    return EXIT_OK


@command("selftest")
def _selftest(args: argparse.Namespace) -> int:
    """For clinic IT after installing or updating: exit 0 only when the app would start with everything."""
    import time

    from screenaid.config import effective_paper_size, load_config
    from screenaid.integrity.app_content import load_app_content

    started = time.perf_counter()
    settings = load_config()
    config = settings.config
    failures = [f"config: {problem}" for problem in settings.problems]
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    print(f"ScreenAid {__version__}{frozen}")
    print(f"config files: {', '.join(map(str, settings.files_read)) or 'none (built-in defaults)'}")
    print(
        f"country {config.country}, handout {config.handout_language}/{config.handout_layout}, "
        f"paper {effective_paper_size(config)}, idle wipe {config.idle_wipe_minutes} min"
    )
    content = load_app_content(
        country=config.country,
        clinic_dir=config.local_resources_dir,
        clinic_public_key=config.clinic_public_key,
    )
    library = content.result.library
    failures += [f"content: {problem}" for problem in content.result.problems]
    print(f"content: {content.result.files_read} files, {len(library)} entries from {bundled_data_dir()}")
    for label, verdict in (("bundled resources", content.pack), ("clinic resources", content.clinic)):
        if verdict is None:
            continue
        if verdict.ok:
            print(f"{label}: signed, version {verdict.version}, verified on {verdict.verified_on}")
        else:
            failures.append(f"{label} rejected: {verdict.reason}")
    if config.local_resources_dir is not None:
        if not config.local_resources_dir.is_dir():
            failures.append(f"clinic resource folder not found: {config.local_resources_dir}")
        elif config.clinic_public_key is None:
            print("clinic resources: NOT signed (no clinic_public_key is configured)")
    paper = effective_paper_size(config)
    failures += _selftest_handouts(library, config.country, config.handout_language, paper)
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"selftest {'FAILED' if failures else 'OK'} in {elapsed:.2f} s", file=sys.stderr)
    return EXIT_PROBLEMS if failures else EXIT_OK


def _selftest_handouts(library: Library, country: str, language: str, paper: str) -> list[str]:
    """Render every handout language in both layouts, in memory; return what failed."""
    from screenaid.handout import HANDOUT_LANGUAGES, Layout, national_resources, render_handout

    failures = []
    if language not in HANDOUT_LANGUAGES:
        failures.append(f"handout: no wording in the configured language {language!r}")
    resources = national_resources(library.resources, country)
    if not resources:
        print(f"handout: no national resources for {country}; testing the renderer with others")
        resources = [resource for resource in library.resources if resource.handout][:3]
    sizes = []
    for handout_language in HANDOUT_LANGUAGES:
        for layout in Layout:
            where = f"handout {handout_language}/{layout}"
            try:
                pdf = render_handout(
                    resources, language=handout_language, layout=layout, title_style="plain", paper=paper
                )
            except Exception as error:  # a self-test reports any failure, e.g. a module missing from a bundle
                failures.append(f"{where}: {type(error).__name__}: {error}")
                continue
            if not (pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")):
                failures.append(f"{where}: the output is not a PDF")
            sizes.append(len(pdf))
    print(f"handouts: {len(sizes)} rendered in memory, {min(sizes, default=0)}-{max(sizes, default=0)} bytes")
    return failures


def _open_app() -> int:
    from screenaid.ui.app import run_app

    return int(run_app())


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_app()
    try:
        return _COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
