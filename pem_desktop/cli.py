"""`pem-desktop`: no arguments (or a workshop file) opens the GUI; sub-commands work headless."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pem_desktop import APP_NAME, __version__
from pem_desktop.languages import LANGUAGES

PROG = "pem-desktop"


class CommandError(Exception):
    """A command failed for a reason the user can act on; printed as one line."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: run Platform Engineering Maturity workshops. "
        f"Run `{PROG}` alone for the app, `{PROG} FILE.pemw` to open a workshop in it, or a command below.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh copy of the demo workshop")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help=f"the app's interface language for this run ({', '.join(LANGUAGES)}); "
        "default: the one chosen in View > Language, else the system's",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help=f"with `{PROG} FILE.pemw`: open the workshop read-only (look and export; nothing is written)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate-model", help="check a maturity model YAML file and the translations beside it, or one translation"
    )
    validate.add_argument("file", type=Path)
    validate.add_argument(
        "--model",
        default=None,
        help="for a translation: the bundled model id or model file it translates "
        "(default: the model file its name is made from, else the bundled model it names)",
    )

    new = commands.add_parser("new", help="create a new workshop file")
    new.add_argument("file", type=Path)
    new.add_argument("--title", required=True)
    new.add_argument("--organisation", default="")
    new.add_argument("--date", type=_iso_date, default=None, help="workshop date, YYYY-MM-DD (default: today)")
    new.add_argument("--facilitator", default="")
    new.add_argument("--model", default=None, help="a bundled model id or a model YAML file")
    new.add_argument("--model-language", default=None, metavar="LANG", help=_LANGUAGE_HELP)
    new.add_argument("--team", action="append", default=[], help="a team name (repeat for more teams)")

    info = commands.add_parser("info", help="show a workshop: teams, placements, disagreements, actions")
    info.add_argument("file", type=Path)

    demo = commands.add_parser("demo", help="write a realistic demo workshop")
    demo.add_argument("file", type=Path)
    demo.add_argument("--model", default=None, help="a bundled model id or a model YAML file")
    demo.add_argument("--model-language", default=None, metavar="LANG", help=_LANGUAGE_HELP)

    commands.add_parser("models", help="list the bundled maturity models")

    export = commands.add_parser("export", help="export a workshop as a PDF roadmap, CSV tables, Markdown or JSON")
    export.add_argument("file", type=Path)
    export.add_argument(
        "--format",
        "-f",
        choices=("pdf", "csv", "md", "json"),
        default=None,
        help="default: from the -o file's suffix (.pdf, .zip for CSV, .md, .json), else pdf",
    )
    export.add_argument("-o", "--output", type=Path, default=None, help="the file to write (default: beside FILE)")
    export.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size (default: A4)")
    export.add_argument(
        "--language",
        metavar="LANG",
        default=None,
        help="the language of the roadmap and the Markdown summary: their words, dates and numbers, and the "
        "model's texts where it is translated into it (en, de, fr, es, pt_BR, ja, zh_CN); default: the "
        "workshop's language (File > Model language)",
    )
    export.add_argument(
        "--progress",
        action="store_true",
        help="print 'progress DONE TOTAL' lines while exporting (as the app reads them)",
    )

    import_ = commands.add_parser("import", help="create a workshop file from a JSON export")
    import_.add_argument("file", type=Path)
    import_.add_argument("-o", "--output", type=Path, required=True, help="the new workshop file (must not exist)")

    room = commands.add_parser(
        "room",
        help="open a room: participants vote from their phones on the local network (headless)",
        description="Serve a room for FILE until Ctrl+C: prints its address and join code, then takes commands "
        "on standard input: open ASPECT [TEAM], close, reveal, clear, status, results, quit.",
    )
    room.add_argument("file", type=Path)
    room.add_argument(
        "--bind",
        metavar="ADDR",
        default=None,
        help="the address to listen on (default: that of the network with the default route; "
        "127.0.0.1 for this computer only; 0.0.0.0 for every network)",
    )
    room.add_argument("--port", type=_port, default=None, help="the port (default: 8765, or the next free one)")
    room.add_argument("--open", metavar="ASPECT", default=None, help="open a vote on this aspect at once")
    room.add_argument("--max-participants", type=_positive, default=None, metavar="N", help="default 100")
    room.add_argument("--qr", action="store_true", help="also print the QR code in the terminal")

    # The app's room runs its server through this, in a process of its own (pem_desktop.room.process).
    server = commands.add_parser("room-server", help=argparse.SUPPRESS)
    server.add_argument("--bind", required=True)
    server.add_argument("--port", type=_port, default=None)

    follow_up = commands.add_parser(
        "follow-up",
        help="start a follow-up workshop: the same model, teams and targets, the open actions carried in, "
        "the earlier workshop kept inside as its history",
    )
    follow_up.add_argument("file", type=Path, help="the earlier workshop (only read)")
    follow_up.add_argument("-o", "--output", type=Path, required=True, help="the new workshop file (must not exist)")
    follow_up.add_argument("--title", default=None, help="the follow-up's title (default: the earlier one's)")
    follow_up.add_argument("--date", type=_iso_date, default=None, help="its date, YYYY-MM-DD (default: today)")
    follow_up.add_argument(
        "--cards",
        choices=("previous", "tray"),
        default="previous",
        help="where the teams start: at their previous positions (default) or in the tray",
    )
    follow_up.add_argument(
        "--upgrade-model",
        action="store_true",
        help="run it with the newer bundled version of the model, when there is one",
    )

    trend = commands.add_parser(
        "trend",
        help="positions over time across workshops of the same model (PDF, Markdown or CSV)",
        description="Compare workshops of the same model, oldest first: teams are matched by their identity "
        "(follow-ups keep it) or by name; --map names a team that goes by another name elsewhere.",
    )
    trend.add_argument("files", type=Path, nargs="+", metavar="FILE", help="the workshops (only read)")
    trend.add_argument("--format", "-f", choices=("pdf", "md", "csv"), default=None, help="default: from -o's suffix")
    trend.add_argument("-o", "--output", type=Path, required=True, help="the report to write")
    trend.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="NAME=OTHER",
        help="the team called NAME in one workshop is the team called OTHER in another (repeat for more)",
    )
    trend.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="PDF page size (default: A4)")

    backups = commands.add_parser("backups", help="list the backups of a workshop, newest first")
    backups.add_argument("file", type=Path)

    restore = commands.add_parser("restore", help="restore a backup of a workshop as a new workshop file")
    restore.add_argument("file", type=Path, help="the workshop whose backup to restore")
    restore.add_argument("-o", "--output", type=Path, required=True, help="the new workshop file (must not exist)")
    restore.add_argument(
        "--backup", type=int, default=1, metavar="N", help="which backup: 1 is the newest (default), as `backups` lists"
    )
    return parser


_LANGUAGE_HELP = (
    "the language of the model's texts, which becomes the workshop's language: the model's own or one it is "
    "translated into (de, fr, es, pt_BR, ja, zh_CN for the bundled models; see `models`); default: the model's own"
)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language, argv = _language_option(argv)
    if language is not None and language not in LANGUAGES:
        print(
            f"{PROG}: error: --language {_one_line(language)!r} is not one of the app's languages: "
            f"{', '.join(LANGUAGES)}",
            file=sys.stderr,
        )
        return 2
    read_only, argv = _read_only_option(argv)
    known = set(_COMMANDS)
    if not argv or (argv[0] not in known and not argv[0].startswith("-")):
        if len(argv) > 1:
            _parser().error(f"unknown command {argv[0]!r}")
        if read_only and not argv:
            _parser().error("--read-only goes with a workshop file: pem-desktop --read-only FILE.pemw")
        # the app starts without the parser
        return _run_gui(Path(argv[0]) if argv else None, language=language, read_only=read_only)
    parser = _parser()
    args = parser.parse_args(argv)
    if read_only:
        parser.error("--read-only goes with a workshop file: pem-desktop --read-only FILE.pemw")
    if args.demo:
        if args.command:
            parser.error("--demo opens the app; it does not go with a command")
        return _run_gui(None, demo=True, language=language)
    if language is not None and args.command:
        parser.error("--language is the app's interface language; it does not go with a command")
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return _COMMANDS[args.command](args)
    except CommandError as error:
        print(f"{PROG}: error: {_one_line(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug, not the user's doing: still one line, and a status of its own
        print(
            f"{PROG}: internal error: {type(error).__name__}: {_one_line(str(error))} "
            "(a bug in PEM Desktop: please report it)",
            file=sys.stderr,
        )
        return 70


def _language_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """`--language CODE` (or `--language=CODE`) taken out of the arguments, wherever it is: it goes with
    `pem-desktop`, `pem-desktop FILE` and `--demo`, which the fast path below starts without the parser.
    After a command's name it is that command's own (`export --language`, the export's language)."""
    for index, argument in enumerate(argv):
        if argument == "--" or argument in _COMMANDS:
            break
        if argument.startswith("--language="):
            return argument.partition("=")[2], argv[:index] + argv[index + 1 :]
        if argument == "--language":
            if index + 1 == len(argv):
                _parser().error("argument --language: expected a language code")
            return argv[index + 1], argv[:index] + argv[index + 2 :]
    return None, argv


def _read_only_option(argv: list[str]) -> tuple[bool, list[str]]:
    """`--read-only` taken out of the arguments before a command's name (it goes with `pem-desktop FILE`)."""
    for index, argument in enumerate(argv):
        if argument == "--" or argument in _COMMANDS:
            break
        if argument == "--read-only":
            return True, argv[:index] + argv[index + 1 :]
    return False, argv


def _one_line(text: str) -> str:
    """A message on one line, whatever a file's name or content put into it."""
    return " ".join(text.split())[:2000]


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from None


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (1 to 65535, or 0 for any free one)")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 1 to 10000")
    return value


def _run_gui(path: Path | None, *, demo: bool = False, language: str | None = None, read_only: bool = False) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            f"{PROG}: error: no display to open the app on (DISPLAY is not set); the commands work headless, "
            f"see `{PROG} --help`",
            file=sys.stderr,
        )
        return 1
    from pem_desktop.ui.app import run

    return run(path, demo=demo, language=language, read_only=read_only)


def _guarded(function):
    """Turn the errors users can cause into CommandError (one clear line, non-zero exit)."""

    def wrapper(args):
        from pem_desktop.export import ExportError
        from pem_desktop.maturity import ModelError
        from pem_desktop.room.limits import RoomError
        from pem_desktop.services import InvalidInputError
        from pem_desktop.store.workshop_file import WorkshopFileError

        try:
            return function(args)
        except ModelError as error:
            first = error.problems[0]
            more = len(error.problems) - 1
            suffix = f" (and {more} more problem{'s' if more > 1 else ''}; see `{PROG} validate-model`)" if more else ""
            raise CommandError(f"{first}{suffix}") from None
        except (WorkshopFileError, InvalidInputError, ExportError, RoomError) as error:
            raise CommandError(str(error)) from None
        except OSError as error:
            raise CommandError(f"{error.filename or ''}: {error.strerror or error}".lstrip(": ")) from None

    return wrapper


def _validate_model(args) -> int:
    from pem_desktop.maturity import ModelError, load_model_file
    from pem_desktop.maturity.translation import is_translation_file_name, translations_beside

    if _declares_translation(args.file) or (args.model and is_translation_file_name(args.file)):
        try:
            return _validate_translation(args)
        except ModelError as error:
            return _invalid(args.file, "translation", error)
    try:
        loaded = load_model_file(args.file)
    except ModelError as error:
        return _invalid(args.file, "model", error)
    model = loaded.model
    print(
        f"{args.file}: valid — {model.title} {model.version}: "
        f"{len(model.aspects)} aspects, {model.level_count} levels ({', '.join(level.name for level in model.levels)})"
    )
    status = 0
    for language, path in translations_beside(args.file).items():
        status |= _report_translation(path, loaded, language)
    return status


def _declares_translation(path: Path) -> bool:
    from pem_desktop.maturity.translation import is_translation_text

    return is_translation_text(_head(path))


def _head(path: Path) -> str:
    """The first few KB of a file, to look at its top-level keys before it is read in full."""
    try:
        with path.open("rb") as stream:
            return stream.read(8192).decode("utf-8", "replace")
    except OSError:
        return ""  # reported by the loader, which says why


def _validate_translation(args) -> int:
    """`validate-model` of a translation file: checked against the model it translates."""
    from pem_desktop.maturity import ModelError, ModelProblem
    from pem_desktop.maturity.catalog import resolve_model
    from pem_desktop.maturity.translation import named_model, translation_file_parts

    parts = translation_file_parts(args.file)
    model = args.model
    if model is None:
        beside = args.file.with_name(f"{parts[0]}{args.file.suffix}") if parts else None
        model = str(beside) if beside is not None and beside.is_file() else named_model(_head(args.file))
    if model is None:
        problem = "missing: the translation does not name its model (or give it with --model)"
        raise ModelError([ModelProblem(str(args.file), None, "model", problem)])
    return _report_translation(args.file, resolve_model(model), parts[1] if parts else None)


def _report_translation(path: Path, loaded, language: str | None) -> int:
    from pem_desktop.languages import language_name
    from pem_desktop.maturity import ModelError
    from pem_desktop.maturity.translation import load_translation_file

    try:
        translated = load_translation_file(path, loaded)
    except ModelError as error:
        return _invalid(path, "translation", error)
    if language is not None and translated.language != language:
        print(f"{path}: language: the file says '{translated.language}', its name says '{language}'", file=sys.stderr)
        print(f"{PROG}: error: {path} is not a valid translation (1 problem)", file=sys.stderr)
        return 1
    model = translated.model
    print(
        f"{path}: valid — {language_name(model.language)} ({model.language}) translation of {loaded.model.id} "
        f"{model.version}: {model.title}"
    )
    return 0


def _invalid(path: Path, what: str, error) -> int:
    for problem in error.problems:
        print(problem, file=sys.stderr)
    count = len(error.problems)
    print(
        f"{PROG}: error: {path} is not a valid {what} ({count} problem{'s' if count > 1 else ''})",
        file=sys.stderr,
    )
    return 1


@_guarded
def _new(args) -> int:
    from pem_desktop.maturity.catalog import resolve_model_in
    from pem_desktop.services import Workshop

    path = _pemw(args.file)
    workshop = Workshop.create(
        path,
        title=args.title,
        loaded_model=resolve_model_in(args.model, args.model_language),
        organisation=args.organisation,
        workshop_date=args.date or date.today(),
        facilitator=args.facilitator,
        team_names=args.team,
    )
    teams = len(workshop.teams())
    workshop.close()
    print(f"created {path} ({teams} team{'s' if teams != 1 else ''})")
    return 0


@_guarded
def _demo(args) -> int:
    from pem_desktop.maturity.catalog import resolve_model_in
    from pem_desktop.services.demo import write_demo_workshop

    path = _pemw(args.file)
    workshop = write_demo_workshop(path, resolve_model_in(args.model, args.model_language))
    workshop.close()
    print(f"wrote the demo workshop to {path}")
    return 0


@_guarded
def _info(args) -> int:
    from pem_desktop.services.follow_up import opened_for_reading

    with opened_for_reading(args.file) as workshop:
        print(_describe(workshop))
    return 0


def _describe(workshop) -> str:
    from pem_desktop.export.since import since_label
    from pem_desktop.services import model_language
    from pem_desktop.services.history import change_between, previous_positions, read_history

    model = workshop.model
    info = workshop.info()
    teams = workshop.teams()
    names = {team.id: team.name for team in teams}
    lines = [
        info.title,
        f"  organisation: {info.organisation or '-'}",
        f"  date:         {info.workshop_date.isoformat() if info.workshop_date else '-'}",
        f"  facilitator:  {info.facilitator or '-'}",
        f"  model:        {model.title} {model.version} ({model.level_count} levels)",
        f"  language:     {info.language} — {model_language.describe(workshop.loaded_model)}",
        f"  teams ({len(teams)}): {', '.join(team.name for team in teams) or '-'}",
    ]
    history = read_history(workshop)
    before = previous_positions(workshop) if history.previous else {}
    if history.previous is not None:
        count = len(history.snapshots)
        reviewed = sum(1 for review in history.reviews_here if review.reviewed)
        lines.append(
            f"  history:      follow-up of {history.previous.title} ({since_label(history.previous)}); "
            f"{count} earlier workshop{'s' if count != 1 else ''}; "
            f"{reviewed} of {len(history.reviews_here)} carried actions reviewed"
        )
    placements = workshop.placements()
    disagreements = workshop.disagreements()
    actions = workshop.actions()
    width = max((len(team.name) for team in teams), default=0)
    for aspect in model.aspects:
        here = {p.team_id: p.position for p in placements if p.aspect_id == aspect.id}
        lines.append(f"{aspect.name}:")
        for team in teams:
            if team.id in here:
                standing = model.standing(here[team.id])
                toward = f"toward {standing.heading_toward.name}" if standing.heading_toward else "the highest level"
                line = f"  {team.name:<{width}}  {standing.position:5.2f}  {standing.words}, {toward}"
                if (team.id, aspect.id) in before:
                    earlier = before[team.id, aspect.id]
                    line += f" (last time {earlier:.2f}: {change_between(earlier, standing.position).short()})"
                lines.append(line)
            else:
                lines.append(f"  {team.name:<{width}}     -   not placed")
        open_count = sum(1 for d in disagreements if d.aspect_id == aspect.id and d.is_open)
        action_count = sum(1 for a in actions if a.aspect_id == aspect.id)
        lines.append(f"  disagreements open: {open_count}; actions: {action_count}")
    if actions:
        lines.append("Actions:")
        for action in actions:
            target = model.level(action.target_level_id).name if action.target_level_id else "-"
            team = names.get(action.team_id, "whole organisation")
            due = action.due_date.isoformat() if action.due_date else "no date"
            lines.append(
                f"  [{action.status}] {model.aspect(action.aspect_id).name} -> {target}: {action.title} "
                f"({team}; {action.owner or 'no owner'}; {due})"
            )
    return "\n".join(lines)


def _models(_args) -> int:
    from pem_desktop.maturity.catalog import bundled_models, languages_of

    for loaded in bundled_models():
        model = loaded.model
        print(
            f"{model.id:<28} {model.title} {model.version} ({len(model.aspects)} aspects, {model.level_count} levels)"
        )
        print(f"{'':<28} languages: {', '.join(languages_of(model.id))}")
    return 0


@_guarded
def _export(args) -> int:
    from pem_desktop import i18n
    from pem_desktop.export import FORMATS, export_workshop
    from pem_desktop.maturity.translation import untranslated
    from pem_desktop.services import model_language
    from pem_desktop.services.follow_up import opened_for_reading

    format_name = args.format or _format_of(args.output)
    output = args.output or args.file.with_suffix(FORMATS[format_name].suffix)
    if output.exists() and output.resolve() == args.file.resolve():
        raise CommandError(f"{output} is the workshop itself; choose another output file")
    if args.language is not None and not i18n.has_catalog(args.language):
        raise CommandError(
            f"the exports are not available in {args.language[:40]!r} (available: {', '.join(_export_languages())})"
        )
    with opened_for_reading(args.file) as workshop:
        if args.language is not None:  # the model's texts too, for this export only (the file is not changed)
            workshop.loaded_model = model_language.in_language(untranslated(workshop.loaded_model), args.language)
        language = args.language or workshop.model.language
        if not i18n.has_catalog(language):
            print(
                f"note: the exports have no texts in '{language}' yet: their words, dates and numbers are in English "
                f"(--language chooses one of {', '.join(_export_languages())})",
                file=sys.stderr,
            )
        export_workshop(
            workshop,
            format_name,
            output,
            page_size=args.page_size,
            progress=_print_progress if args.progress else None,
            language=language,
        )
    print(f"wrote {output}")
    return 0


def _export_languages() -> list[str]:
    from pem_desktop import i18n
    from pem_desktop.languages import ENGLISH, sort_key

    return sorted([ENGLISH, *i18n.catalog_languages()], key=sort_key)


def _format_of(output: Path | None) -> str:
    """The export format an output file's name asks for (.csv asks for CSV, which export refuses to name so)."""
    suffix = output.suffix.lower() if output is not None else ""
    return {".zip": "csv", ".csv": "csv", ".md": "md", ".markdown": "md", ".json": "json"}.get(suffix, "pdf")


def _print_progress(done: int, total: int) -> None:
    if sys.stdout is not None:  # None in a windowed program started without pipes
        print(f"progress {done} {total}", flush=True)


@_guarded
def _import(args) -> int:
    from pem_desktop.services.transfer import import_workshop_file
    from pem_desktop.wording import counted

    output = _pemw(args.output)
    workshop = import_workshop_file(args.file, output)
    teams, actions = len(workshop.teams()), len(workshop.actions())
    workshop.close()
    print(f"created {output} from {args.file} ({counted(teams, 'team')}, {counted(actions, 'action')})")
    return 0


@_guarded
def _room(args) -> int:
    from pem_desktop.room.headless import run_room

    return run_room(
        args.file,
        bind=args.bind,
        port=args.port,
        open_aspect=args.open,
        max_participants=args.max_participants,
        qr=args.qr,
        say=lambda line: print(line, flush=True),
    )


def _room_server(args) -> int:
    from pem_desktop.room.process import serve_for_parent

    return serve_for_parent(args)


@_guarded
def _follow_up(args) -> int:
    from pem_desktop.services.follow_up import newer_bundled_model, opened_for_reading, start_follow_up

    output = _pemw(args.output)
    with opened_for_reading(args.file) as source:
        upgrade = newer_bundled_model(source.model)
        workshop = start_follow_up(
            source,
            output,
            title=args.title,
            workshop_date=args.date,
            cards_at_previous=args.cards == "previous",
            model=upgrade.newer if upgrade is not None and args.upgrade_model else None,
        )
    carried = sum(1 for action in workshop.actions() if action.carried_from is not None)
    teams = len(workshop.teams())
    version = workshop.model.version
    workshop.close()
    print(
        f"created {output}: follow-up of {args.file.name} ({teams} team{'s' if teams != 1 else ''}, "
        f"{carried} open action{'s' if carried != 1 else ''} carried in for review; model version {version})"
    )
    if upgrade is not None and not args.upgrade_model:
        print(
            f"note: version {upgrade.newer.model.version} of {upgrade.newer.model.title} is bundled; "
            "--upgrade-model runs the follow-up with it: " + " ".join(upgrade.changes[1:])
        )
    return 0


@_guarded
def _trend(args) -> int:
    from pem_desktop.export.trend_report import TREND_FORMATS, export_trend
    from pem_desktop.services.trend import compare_files

    fmt = args.format or next(
        (name for name, suffix in TREND_FORMATS.items() if args.output.suffix.lower() == suffix), None
    )
    if fmt is None:
        raise CommandError(
            f"say which format to write with --format (pdf, md or csv); {args.output} has no suffix for one"
        )
    name_map = {}
    for pair in args.map:
        name, separator, other = pair.partition("=")
        if not separator or not name.strip() or not other.strip():
            raise CommandError(f"--map {pair!r}: write it as NAME=OTHER")
        name_map[name.strip()] = other.strip()
    for path in args.files:
        if args.output.exists() and path.exists() and args.output.resolve() == path.resolve():
            raise CommandError(f"{args.output} is one of the workshops; choose another output file")
    trend = compare_files(args.files, name_map)
    written = export_trend(trend, fmt, args.output, page_size=args.page_size)
    points, teams = len(trend.points), len(trend.teams)
    print(f"wrote {written} ({points} workshop{'s' if points != 1 else ''}, {teams} team{'s' if teams != 1 else ''})")
    return 0


@_guarded
def _backups(args) -> int:
    from pem_desktop.services.backups import backup_folder, list_backups

    found = list_backups(args.file)
    if not found:
        print(f"no backups of {args.file} yet (they are kept in {backup_folder(args.file)})")
        return 0
    for number, backup in enumerate(found, start=1):
        print(f"{number:>3}  {backup.made_at:%Y-%m-%d %H:%M:%S}  {backup.size // 1024:>6} KB  {backup.path}")
    return 0


@_guarded
def _restore(args) -> int:
    from pem_desktop.services.backups import list_backups, restore_backup

    found = list_backups(args.file)
    if not found:
        raise CommandError(f"there are no backups of {args.file}")
    if not 1 <= args.backup <= len(found):
        raise CommandError(f"there is no backup {args.backup}: {args.file} has {len(found)} (1 is the newest)")
    chosen = found[args.backup - 1]
    output = restore_backup(chosen.path, _pemw(args.output))
    print(f"restored the backup of {chosen.made_at:%Y-%m-%d %H:%M:%S} to {output}")
    return 0


def _pemw(path: Path) -> Path:
    return path if path.suffix else path.with_suffix(".pemw")


_COMMANDS = {
    "validate-model": _validate_model,
    "new": _new,
    "info": _info,
    "demo": _demo,
    "models": _guarded(_models),
    "export": _export,
    "import": _import,
    "room": _room,
    "room-server": _room_server,
    "follow-up": _follow_up,
    "trend": _trend,
    "backups": _backups,
    "restore": _restore,
}
