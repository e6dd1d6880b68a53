"""Command line: ``screenaid`` opens the app; subcommands work without a display."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from screenaid import __version__
from screenaid.paths import bundled_data_dir

# The content, integrity and handout packages are imported where they are used, so that ``screenaid``
# without a command reaches the window's first paint without loading pydantic, PyNaCl or reportlab.
if TYPE_CHECKING:
    from screenaid.content import Library, LoadResult, Problem

DEVELOPMENT_BUILD_WARNING = (
    "DEVELOPMENT build: it trusts the development key, which is public, so the signature on its content "
    "proves nothing against anyone who has read the repository. Do not use it with patients."
)
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
    validate.add_argument(
        "--public-key",
        help="with --clinic: the base64 key that signs PATH (default: clinic_public_key of the settings)",
    )

    dump = sub.add_parser("dump", help="print the whole validated library (for content review)")
    dump.add_argument("--json", action="store_true", required=True, help="as JSON (the only format)")
    dump.add_argument(
        "--jurisdiction",
        metavar="CODE",
        help="as a clinician there sees it: US, US-TX, CA, GB-SCT, AU, IE, ...",
    )

    note = sub.add_parser(
        "note",
        help="print the note the app composes for checked items (for content review; nothing is saved)",
    )
    note.add_argument("items", nargs="+", metavar="ITEM_ID", help="checklist item ids, e.g. ind-cannot-leave")
    note.add_argument(
        "--answer",
        action="append",
        default=[],
        type=_answer,
        metavar="QUESTION=ANSWER",
        help="a pathway answer, e.g. pq-age=minor (repeat)",
    )
    note.add_argument("--json", action="store_true", help="the note, its blanks and left-out items as JSON")

    search = sub.add_parser("search", help="search all content")
    search.add_argument("query")
    search.add_argument("--json", action="store_true", help="print results as JSON")
    search.add_argument("--limit", type=int, default=10, help="how many results (default 10)")
    search.add_argument("--country", help="rank as a clinic in this country would (ISO code, e.g. IE)")
    search.add_argument("--age", choices=["minor", "adult"], help="rank for a patient of this age")

    selftest = sub.add_parser(
        "selftest",
        help="check this installation: configuration, content, signatures, a handout in memory (writes nothing)",
    )
    selftest.add_argument("--json", action="store_true", help="print the report as JSON on standard output")

    from screenaid.handout.options import Layout, MissingText  # small: the enums the choices come from

    handout = sub.add_parser("handout", help="write a referral handout PDF (nothing about a patient)")
    handout.add_argument("--country", default="US", help="ISO country code (default US)")
    handout.add_argument("--lang", default="en", help="handout language (see --list-languages)")
    handout.add_argument(
        "--list-languages",
        action="store_true",
        help="list the handout languages, who translated each and whether a native speaker reviewed it",
    )
    handout.add_argument(
        "--layout",
        choices=[layout.value for layout in Layout],
        default=Layout.PAGE.value,
        help="full page, wallet cards, or hide-away slips (85 x 25 mm, always discreet)",
    )
    handout.add_argument(
        "--discreet",
        action="store_true",
        help="neutral title and neutral line names; numbers only, no web addresses",
    )
    handout.add_argument(
        "--missing",
        choices=[choice.value for choice in MissingText],
        default=MissingText.REFUSE.value,
        help="lines with no text in --lang: refuse (default, names them), omit them, or print number-only",
    )
    handout.add_argument("--paper", choices=["letter", "a4"], help="default: by country (Letter in US/CA)")
    handout.add_argument(
        "--resource",
        action="append",
        metavar="ID",
        help="a resource id (repeat; default: the national lines, police lines never by default)",
    )
    handout.add_argument(
        "--preset",
        metavar="ID",
        help="an audience preset's lines for --country, as the Refer page chooses them (e.g. preset-adult-work); "
        "default: every national line but police lines",
    )
    handout.add_argument("-o", "--output", help="PDF file to write, or - for standard output")

    keygen = sub.add_parser("keygen", help="make an Ed25519 key pair for signing a clinic's resources")
    keygen.add_argument("--out", type=Path, required=True, help="folder for the private key (kept secret)")

    release = sub.add_parser(
        "release-check",
        help="for release builds: refuse the development key, and check DIR is signed by the release key",
    )
    release.add_argument("--public-key", required=True, help="the release public key (base64)")
    release.add_argument("path", nargs="?", type=Path, help="the data folder (default: the bundled data)")

    sign = sub.add_parser("sign-resources", help="write a signed manifest for a resource folder")
    sign.add_argument("folder", type=Path)
    sign.add_argument("--key", type=Path, required=True, help="the Ed25519 private key (PEM)")
    sign.add_argument("--version", type=int, required=True, help="pack version; raise it with every change")
    sign.add_argument("--verified-on", type=_date, required=True, help="YYYY-MM-DD the entries were checked")
    sign.add_argument("--expires", type=_date, required=True, help="YYYY-MM-DD after which the pack is stale")
    sign.add_argument("--pack", default="clinic-resources", help="a name for the pack")
    return parser


def _answer(text: str) -> tuple[str, str]:
    question, sep, answer = text.partition("=")
    if not sep or not question.strip() or not answer.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not QUESTION=ANSWER (e.g. pq-age=minor)")
    return question.strip(), answer.strip()


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
    if not _is_dir(folder):
        print(f"{folder}: folder not found", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.clinic:  # clinic resources may cite the bundled bibliography
        roots = [ContentRoot(bundled_data_dir(), Origin.BUNDLED), ContentRoot(folder, Origin.CLINIC)]
        result = load_library(roots)
    else:
        result = load_library(ContentRoot(folder, Origin.BUNDLED))
    signed = _signature_problems(folder, args)
    if signed:
        result = LoadResult(result.library, (*signed, *result.problems), result.files_read, result.notes)
    report_problems(result, sys.stdout)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    counts = ", ".join(f"{n} {kind}" for kind, n in result.library.counts().items() if n)
    status = "OK" if result.ok else f"{len(result.problems)} problem(s)"
    print(f"{status}: {result.files_read} files, {len(result.library)} entries ({counts})", file=sys.stderr)
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _signature_problems(folder: Path, args: argparse.Namespace) -> list[Problem]:
    """A folder with a signed manifest is checked against it: every added, changed or missing file is named."""
    from screenaid.content import Problem
    from screenaid.integrity import MANIFEST_NAME
    from screenaid.integrity.app_content import verify_bundled_tree
    from screenaid.integrity.keys import KeyFileError, public_key_from_base64
    from screenaid.integrity.manifest import manifest_differences, verify_pack

    if not (folder / MANIFEST_NAME).exists():
        if args.clinic or args.path is not None:  # a draft folder need not be signed yet
            print(f"signature: none ({MANIFEST_NAME} not found); content checked only", file=sys.stderr)
            return []
        return [
            Problem(folder.name, None, None, f"no signed {MANIFEST_NAME}: run scripts/sign-bundled-resources")
        ]
    if args.clinic:
        key_text = args.public_key
        if key_text is None:
            from screenaid.config import load_config

            key_text = load_config().config.clinic_public_key
        if key_text is None:
            verdict = None
        else:
            try:
                verdict = verify_pack(folder, public_key_from_base64(key_text))
            except KeyFileError as error:
                return [Problem(folder.name, None, None, f"the clinic key is unusable: {error}")]
    else:
        verdict = verify_bundled_tree(folder)
    problems = [
        Problem(f"{folder.name}/{name}", None, None, why)
        for name, why in (
            verdict.bad_files if verdict is not None and verdict.trusted else manifest_differences(folder)
        )
    ]
    if verdict is None:
        print(
            "signature: not checked (no clinic key given); files compared with the manifest", file=sys.stderr
        )
    elif not verdict.trusted or verdict.expired:
        problems.insert(
            0, Problem(f"{folder.name}/{MANIFEST_NAME}", None, None, f"rejected: {verdict.reason}")
        )
    elif not problems:
        print(
            f"signed manifest OK: version {verdict.version}, verified on {verdict.verified_on}, "
            f"{len(verdict.files)} files",
            file=sys.stderr,
        )
    return problems


@command("keygen")
def _keygen(args: argparse.Namespace) -> int:
    from nacl.signing import SigningKey

    from screenaid.integrity.keys import private_key_pem, public_key_to_base64

    path = args.out / "screenaid-resources-key.pem"
    key = SigningKey.generate()
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        # O_EXCL never overwrites (not even through a dangling symlink); O_NOFOLLOW never follows one.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        descriptor = os.open(path, flags, 0o600)
    except FileExistsError:
        print(f"{path}: already exists; not overwritten", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as error:
        print(f"{path}: cannot create the key file ({error.strerror or error})", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(private_key_pem(key))
    except OSError as error:
        path.unlink(missing_ok=True)
        print(f"{path}: cannot write the key ({error.strerror or error})", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"private key: {path} (keep it secret, off the workstations)")
    print(f'clinic_public_key = "{public_key_to_base64(key.verify_key)}"')
    return EXIT_OK


@command("release-check")
def _release_check(args: argparse.Namespace) -> int:
    """Used by scripts/build-bundle --release and scripts/build-deb --release before they write the key."""
    from screenaid.integrity.keys import DEVELOPMENT_PUBLIC_KEY, KeyFileError, public_key_from_base64
    from screenaid.integrity.manifest import fingerprint, verify_pack

    text = args.public_key.strip()
    if text == DEVELOPMENT_PUBLIC_KEY:
        print(
            "release-check: refused: this is the development key, whose private half is in the repository; "
            "a release build must use the offline release key",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    try:
        key = public_key_from_base64(text)
    except KeyFileError as error:
        print(f"release-check: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    folder: Path = args.path or bundled_data_dir()
    verdict = verify_pack(folder, key)
    if not verdict.ok:
        print(f"release-check: {folder} is not ready for release: {verdict.reason}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"release key {fingerprint(key)}: {folder} signed, version {verdict.version}, "
          f"verified on {verdict.verified_on}, {len(verdict.files)} files")  # fmt: skip
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
    except (KeyFileError, ValueError, OSError) as error:  # a ManifestError says "<field>: <what>"
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        print(f"sign-resources: {message}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"signed {len(manifest.files)} files in {args.folder}: version {manifest.version}, "
          f"verified on {manifest.verified_on}, expires {manifest.expires}")  # fmt: skip
    return EXIT_OK


@command("dump")
def _dump(args: argparse.Namespace) -> int:
    from screenaid.training.summary import training_summary

    result = load_bundled()
    library = result.library
    jurisdiction: dict[str, object] | None = None
    if args.jurisdiction is not None:
        from screenaid.content.jurisdiction_dump import jurisdiction_summary, with_local_resources
        from screenaid.content.jurisdiction_view import library_for_jurisdiction

        try:
            library = with_local_resources(
                library_for_jurisdiction(library, args.jurisdiction), args.jurisdiction
            )
        except ValueError as error:
            print(f"--jurisdiction: {error}", file=sys.stderr)
            return EXIT_USAGE
        jurisdiction = jurisdiction_summary(result.library, args.jurisdiction)
    from screenaid.content.plain import plain_data

    by_kind: dict[str, list[object]] = {kind: [] for kind in library.counts()}
    for entry_id, entry in library.entries.items():
        record = plain_data(entry)
        record["_file"] = library.files[entry_id]
        record["_origin"] = library.origins[entry_id].value
        by_kind[library.kind_of(entry_id) or "unknown"].append(record)
    document = {
        "version": __version__,
        **({"jurisdiction": jurisdiction} if jurisdiction is not None else {}),
        "counts": library.counts(),
        "training": training_summary(library),
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
    library = result.library
    if args.country:  # what a clinic there sees: that jurisdiction's law, routes and steps (as the app does)
        from screenaid.content.jurisdiction_view import library_for_jurisdiction

        library = library_for_jurisdiction(library, args.country.upper())
    context = SearchContext(country=args.country.upper() if args.country else None, age=args.age)
    hits = SearchIndex(library).search(args.query, limit=args.limit, context=context)
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


@command("note")
def _note(args: argparse.Namespace) -> int:
    """The Document place's note, through the same core function (``compose_note``) for the same state."""
    from screenaid.screening import ScreeningState, compose_note, left_out_of_note, unfilled_blanks

    result = load_bundled()
    report_problems(result, sys.stderr)
    library = result.library
    known = {indicator.id for indicator in library.indicators}
    unknown = [item for item in args.items if item not in known]
    if unknown:
        print(f"screenaid note: unknown item id(s): {', '.join(unknown)}", file=sys.stderr)
        return EXIT_USAGE
    questions = {q.id: q for q in library.pathway_questions if q.derived_from is None}
    answers = dict(args.answer)
    for question_id, answer_id in answers.items():
        question = questions.get(question_id)
        if question is None or answer_id not in {a.id for a in question.answers}:
            print(f"screenaid note: unknown answer {question_id}={answer_id}", file=sys.stderr)
            return EXIT_USAGE
    state = ScreeningState(frozenset(args.items), answers)
    text = compose_note(library, state)
    if args.json:
        document = {
            "items": sorted(state.checked),
            "answers": answers,
            "note": text,
            "blanks": unfilled_blanks(text),
            "left_out": [indicator.id for indicator in left_out_of_note(library, state)],
        }
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text)
    return EXIT_OK


@command("handout")
def _handout(args: argparse.Namespace) -> int:
    from screenaid.handout.wording import HandoutWordingMissing

    try:
        return _write_handout(args)
    except HandoutWordingMissing as error:  # the bundled data failed its check: say so, print nothing
        print(f"handout: {error}. Nothing was printed: reinstall ScreenAid.", file=sys.stderr)
        return EXIT_PROBLEMS


def _write_handout(args: argparse.Namespace) -> int:
    from screenaid.handout import (
        HANDOUT_LANGUAGES,
        MissingLanguageError,
        national_resources,
        paper_for_country,
        render_handout,
    )
    from screenaid.handout.resource_choice import chosen_resources
    from screenaid.handout.wording import all_wording, use_library_wording
    from screenaid.integrity.app_content import load_app_content

    if args.list_languages:
        wording = all_wording()
        for tag in HANDOUT_LANGUAGES:
            entry = wording[tag]
            print(f"{tag}\t{entry.language_name}\t{entry.review_status}\t{entry.translated_by}")
        return EXIT_OK
    if not args.output:
        print("handout: -o/--output is required (a PDF file, or - for standard output)", file=sys.stderr)
        return EXIT_USAGE
    if args.lang not in HANDOUT_LANGUAGES:
        print(
            f"no handout wording in {args.lang!r}; available: {', '.join(HANDOUT_LANGUAGES)}", file=sys.stderr
        )
        return EXIT_USAGE
    country = args.country.upper()
    content = load_app_content(country=country)  # a rejected resource list is never printed
    result = content.result
    use_library_wording(result.library)  # checked as it was loaded: the handout does not check it again
    report_problems(result, sys.stderr)
    for notice in content.notices:
        print(notice, file=sys.stderr)
    if args.resource:
        resources, unknown = chosen_resources(result.library, args.resource)
        if unknown:
            print(f"unknown resource id(s): {', '.join(unknown)}", file=sys.stderr)
            return EXIT_USAGE
    elif args.preset:
        from screenaid.presets import handout_lines, presets_of

        preset = next((p for p in presets_of(result.library) if p.id == args.preset), None)
        if preset is None:
            known = ", ".join(p.id for p in presets_of(result.library))
            print(f"unknown preset {args.preset!r}; known: {known}", file=sys.stderr)
            return EXIT_USAGE
        resources = handout_lines(preset, result.library.resources, result.library.origins, country)
    else:
        resources = national_resources(result.library.resources, country)
    if not resources:
        print(f"no national resources for {country}: name some with --resource", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        pdf = render_handout(
            resources,
            language=args.lang,
            layout=args.layout,
            title_style="discreet" if args.discreet else "plain",
            paper=args.paper or paper_for_country(country),
            verified_on=content.pack.verified_on if content.pack.ok else None,
            missing=args.missing,
        )
    except MissingLanguageError as error:
        print(f"handout: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except ValueError as error:
        print(f"handout: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.output == "-":
        if sys.stdout is None:
            print("standard output is closed: nothing written", file=sys.stderr)
            return EXIT_PROBLEMS
        sys.stdout.flush()
        sys.stdout.buffer.write(pdf)
        sys.stdout.buffer.flush()
    else:
        try:
            Path(args.output).write_bytes(pdf)
        except OSError as error:
            print(f"{args.output}: cannot write ({error.strerror or error})", file=sys.stderr)
            return EXIT_PROBLEMS
    return EXIT_OK


@command("selftest")
def _selftest(args: argparse.Namespace) -> int:
    """For clinic IT after installing or updating: exit 0 only when the app would start with everything."""
    import time

    from screenaid.config import effective_jurisdiction, effective_paper_size, load_config
    from screenaid.integrity.app_content import load_app_content

    started = time.perf_counter()
    out = io.StringIO() if args.json else sys.stdout
    settings = load_config()
    config = settings.config
    failures = [f"config: {problem}" for problem in settings.problems]
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    print(f"ScreenAid {__version__}{frozen}", file=out)
    print(f"config files: {', '.join(map(str, settings.files_read)) or 'none (built-in defaults)'}", file=out)
    print(
        f"country {config.country}, handout {config.handout_language}/{config.handout_layout}, "
        f"paper {effective_paper_size(config)}, idle wipe {config.idle_wipe_minutes} min",
        file=out,
    )
    print(
        f"jurisdiction {effective_jurisdiction(config)} (law, reporting, routes and coding shown)", file=out
    )
    content = load_app_content(
        country=config.country,
        clinic_dir=config.local_resources_dir,
        clinic_public_key=config.clinic_public_key,
        clinic_min_version=config.clinic_min_version,
    )
    if content.build == "development":
        print(f"build: {DEVELOPMENT_BUILD_WARNING}", file=out)
    else:
        print("build: release", file=out)
    print(f"trusted keys: {', '.join(content.key_fingerprints)}", file=out)
    library = content.result.library
    failures += [f"content: {problem}" for problem in content.result.problems]
    print(
        f"content: {content.result.files_read} files, {len(library)} entries from {bundled_data_dir()}",
        file=out,
    )
    if content.result.notes:
        print(f"notes for reviewers: {len(content.result.notes)} (e.g. {content.result.notes[0]})", file=out)
    if content.result.from_snapshot:
        print("content: read from its validated snapshot", file=out)
    elif content.result.snapshot_problem:
        print(f"content: {content.result.snapshot_problem}", file=out)
    tree = content.tree
    if tree is not None and tree.trusted and tree.manifest is not None:
        print(
            f"bundled data: signed, version {tree.version}, verified on {tree.verified_on}, "
            f"expires {tree.manifest.expires}",
            file=out,
        )
    elif tree is not None:
        failures.append(f"bundled data rejected: {tree.reason}")
    for label, verdict in (("bundled resources", content.pack), ("clinic resources", content.clinic)):
        if verdict is None:
            continue
        if verdict.ok:
            print(f"{label}: signed, version {verdict.version}, verified on {verdict.verified_on}", file=out)
        else:
            failures.append(f"{label} rejected: {verdict.reason}")
    if config.local_resources_dir is not None:
        if not _is_dir(config.local_resources_dir):
            failures.append(f"clinic resource folder not found: {config.local_resources_dir}")
        elif config.clinic_public_key is None:
            print("clinic resources: NOT signed (no clinic_public_key is configured)", file=out)
    paper = effective_paper_size(config)
    failures += _selftest_handouts(library, config.country, config.handout_language, paper, out)
    from screenaid.window_system import window_system_report

    window_lines, window_failures = window_system_report()
    for line in window_lines:
        print(line, file=out)
    failures += window_failures
    elapsed = time.perf_counter() - started
    if args.json:
        manifest = tree.manifest if tree is not None else None
        report = {
            "ok": not failures,
            "version": __version__,
            "build": content.build,
            "jurisdiction": effective_jurisdiction(config),
            "trusted_key_fingerprints": list(content.key_fingerprints),
            "manifest": None
            if manifest is None
            else {
                "pack": manifest.pack,
                "version": manifest.version,
                "verified_on": manifest.verified_on.isoformat(),
                "signed_on": manifest.signed_on.isoformat() if manifest.signed_on else None,
                "expires": manifest.expires.isoformat(),
                "trusted": bool(tree and tree.trusted),
                "files": len(manifest.files),
            },
            "resources_verified": content.pack.ok,
            "entries": library.counts(),
            "files_read": content.result.files_read,
            "from_snapshot": content.result.from_snapshot,
            "notes": len(content.result.notes),
            "notices": list(content.notices),
            "window_system": window_lines,
            "failures": failures,
            "seconds": round(elapsed, 2),
        }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print(f"selftest {'FAILED' if failures else 'OK'} in {elapsed:.2f} s", file=sys.stderr)
    return EXIT_PROBLEMS if failures else EXIT_OK


def _selftest_handouts(
    library: Library, country: str, language: str, paper: str, out: TextIO | None = None
) -> list[str]:
    """Render every handout language in every layout, in memory; return what failed."""
    from screenaid.handout import HANDOUT_LANGUAGES, Layout, national_resources, render_handout

    failures = []
    if language not in HANDOUT_LANGUAGES:
        failures.append(f"handout: no wording in the configured language {language!r}")
    resources = national_resources(library.resources, country)
    if not resources:
        print(f"handout: no national resources for {country}; testing the renderer with others", file=out)
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
    print(
        f"handouts: {len(sizes)} rendered in memory, {min(sizes, default=0)}-{max(sizes, default=0)} bytes",
        file=out,
    )
    return failures


def _open_app() -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "ScreenAid needs a graphical desktop (no DISPLAY or WAYLAND_DISPLAY is set). "
            "Without one, use a command: screenaid --help",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    from screenaid.ui.app import run_app

    return int(run_app())


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""C0 controls but tab and newline, DEL and C1 controls (ESC and CSI start terminal escape sequences)."""


class _SafeText(io.TextIOBase):
    """A text stream that shows control characters (terminal escape codes from data or arguments) as U+FFFD
    instead of passing them to the terminal, and never fails to encode a character."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self.buffer = getattr(stream, "buffer", None)

    def write(self, text: str) -> int:
        self._stream.write(_UNSAFE.sub("\ufffd", text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._stream.encoding


def _safe_streams() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None or isinstance(stream, _SafeText):
            continue
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # e.g. a file name that is not UTF-8
        setattr(sys, name, _SafeText(stream))


def main(argv: Sequence[str] | None = None) -> int:
    from screenaid.crash_privacy import disable_core_dumps

    disable_core_dumps()
    saved = sys.stdout, sys.stderr
    _safe_streams()
    try:
        return _run(argv)
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                if stream is not None:
                    stream.flush()
            except (OSError, ValueError):
                pass
        sys.stdout, sys.stderr = saved


def _run(argv: Sequence[str] | None) -> int:
    if not (sys.argv[1:] if argv is None else argv):
        # No command: straight to the window. Building the parser imports the handout options (and with them
        # pydantic, the configuration and the content models), which cost about 0.3 s before the first paint.
        return _open_app()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _open_app()
    try:
        return _COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as error:  # e.g. standard output is a full disk (ENOSPC) or was closed (EBADF)
        _silence_stdout()
        with contextlib.suppress(OSError, ValueError):
            print(f"screenaid: cannot write the output ({error.strerror or error})", file=sys.stderr)
        return EXIT_PROBLEMS


def _silence_stdout() -> None:
    """Point standard output at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass
