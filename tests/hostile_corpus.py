"""A corpus of hostile workshop files, made from a genuine one with the sqlite3 module, as an attacker would.

Each case takes a copy of a real workshop file and changes it behind the app's back: triggers and
views, a schema that differs from what the migrations make (a missing or extra column, another type,
a CHECK or ON CONFLICT clause slipped into a definition), values of the wrong kind in every sort of
column (text, NULL or binary data where a position belongs, NaN, infinities, 1e308, positions off the
continuum, dates that are not ISO dates, ids that point nowhere, colours that are not #RRGGBB, text
too long or with control characters, bytes that are not UTF-8), oversized parts (a model snapshot of
3 MB, a model whose YAML aliases expand a thousandfold, a 100 MB title), and a crash journal of
another workshop beside it. `CASES` maps a name to the case; `WORDING` is what the refusal must say.

Run it as a script to write the whole corpus into a folder, to try it by hand:

    python tests/hostile_corpus.py /tmp/hostile
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Case:
    """One hostile file: how to make it from a genuine workshop, and words its refusal must contain."""

    category: str
    make: Callable[[Path], None]
    wording: str


def _sql(path: Path, *statements: str, arguments: tuple = ()) -> None:
    with closing(sqlite3.connect(path)) as connection:
        for statement in statements:
            connection.execute(statement, arguments if "?" in statement else ())
        connection.commit()


def _script(path: Path, script: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(script)
        connection.commit()


def _rewrite_definition(path: Path, table: str, old: str, new: str) -> None:
    """Change the CREATE statement SQLite keeps for a table, without rebuilding it (writable_schema)."""
    with closing(sqlite3.connect(path)) as connection:
        version = connection.execute("PRAGMA schema_version").fetchone()[0]
        connection.execute("PRAGMA writable_schema = ON")
        changed = connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?", (old, new, table)
        ).rowcount
        assert changed == 1, f"{table}: {old!r} not found"
        connection.execute(f"PRAGMA schema_version = {version + 1}")
        connection.execute("PRAGMA writable_schema = OFF")
        connection.commit()


def _force(path: Path, table: str, column: str, value: object, where: str = "rowid = (SELECT min(rowid) FROM {t})"):
    """Store `value` in a NOT NULL column (NULL included): drop the constraint, write, put it back."""
    declared = _declaration(path, table, column)
    _rewrite_definition(path, table, declared, declared.replace(" NOT NULL", ""))
    _sql(path, f"UPDATE {table} SET {column} = ? WHERE {where.format(t=table)}", arguments=(value,))
    _rewrite_definition(path, table, declared.replace(" NOT NULL", ""), declared)


def _declaration(path: Path, table: str, column: str) -> str:
    with closing(sqlite3.connect(path)) as connection:
        [(sql,)] = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchall()
    # One column per line, as CREATE TABLE writes them; a column added by ALTER TABLE follows the last one.
    found = re.search(rf"(?:^|,)\s*({re.escape(column)} [^,\n]*)", sql, re.MULTILINE)
    assert found is not None, f"no column {column} in {sql}"
    return found.group(1).rstrip()


def _set(table: str, column: str, value: object, where: str = "rowid = (SELECT min(rowid) FROM {t})"):
    return lambda path: _force(path, table, column, value, where)


def _set_model(text_of: Callable[[str], str]):
    """Replace the model snapshot, and fix up its checksum so that only the content is wrong."""

    def make(path: Path) -> None:
        with closing(sqlite3.connect(path)) as connection:
            [(text,)] = connection.execute("SELECT model_yaml FROM workshop").fetchall()
        new = text_of(text)
        digest = hashlib.sha256(new.encode("utf-8")).hexdigest()
        _sql(path, "UPDATE workshop SET model_yaml = ?, model_sha256 = ?", arguments=(new, digest))

    return make


def model_yaml(aspects: int = 5, levels: int = 4, *, shared_list: int = 0, text: str = "plain words") -> str:
    """A valid model YAML text with any number of aspects and levels.

    `shared_list`: the characteristics of every aspect's every level are one list of that many entries,
    written once under an anchor and referenced by alias everywhere else (an "alias bomb": small text,
    huge once expanded). `text` is put in every aspect's name and question (escapes allowed).
    """
    lines = [
        "format: pem-model/1",
        f"id: wide-{aspects}-by-{levels}",
        f"title: A model of {aspects} aspects",
        'version: "1"',
        "levels:",
    ]
    lines += [f"  - id: l{index}\n    name: Level {index}" for index in range(levels)]
    lines.append("aspects:")
    for aspect in range(aspects):
        lines += [
            f"  - id: a{aspect}",
            f'    name: "Aspect {aspect} {text}"',
            f'    question: "Why {text}?"',
            "    levels:",
        ]
        for level in range(levels):
            lines += [
                f"      - level: l{level}",
                f"        label: Label {level}",
                "        summary: One line.",
                "        meaning: What it means.",
            ]
            if not shared_list:
                lines.append("        characteristics: [one, two]")
            elif aspect == 0 and level == 0:
                lines.append(
                    "        characteristics: &shared [" + ", ".join(f"c{n}" for n in range(shared_list)) + "]"
                )
            else:
                lines.append("        characteristics: *shared")
    return "\n".join(lines) + "\n"


def _replace_model(text: str) -> Callable[[Path], None]:
    """Put another model in the workshop (with its id, version and a matching checksum)."""

    def make(path: Path) -> None:
        import yaml

        data = yaml.safe_load(text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        _sql(
            path,
            "UPDATE workshop SET model_yaml = ?, model_sha256 = ?, model_id = ?, model_version = ?",
            arguments=(text, digest, data["id"], data["version"]),
        )

    return make


def _with_foreign_journal(path: Path) -> None:
    """A crash journal from another workshop, placed beside this one (as a careless copy could)."""
    other = path.with_name("other-workshop.pemw")
    shutil.copyfile(path, other)
    _sql(other, "UPDATE workshop SET title = 'Another workshop'")
    journal = _hot_journal_of(other)
    shutil.copyfile(journal, path.with_name(f"{path.name}-journal"))
    other.unlink()
    journal.unlink()


def _hot_journal_of(path: Path) -> Path:
    """Leave a hot journal beside `path`: a child process starts a change and is killed before it commits."""
    import subprocess

    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode = DELETE'); c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE team SET name = name || ' (renamed)'\")\n"
        "c.execute(\"UPDATE workshop SET title = 'half-written', notes = hex(randomblob(20000))\")\n"
        "c.execute('DELETE FROM action')\n"
        "os._exit(0)\n"  # no commit, no rollback: the journal stays, hot
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    journal = path.with_name(f"{path.name}-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return journal


SIGNATURE = "cannot be opened safely"
CASES: dict[str, Case] = {
    # -- the schema ---------------------------------------------------------------------------------
    "trigger-on-placement": Case(
        "schema",
        lambda p: _script(
            p,
            "CREATE TRIGGER wipe AFTER UPDATE ON placement BEGIN DELETE FROM action; "
            "UPDATE team SET name = 'pwned' || id; END;",
        ),
        "trigger ('wipe' on the table 'placement')",
    ),
    "trigger-on-insert": Case(
        "schema",
        lambda p: _script(p, "CREATE TRIGGER t AFTER INSERT ON placement_move BEGIN DELETE FROM placement; END;"),
        "trigger",
    ),
    "view-with-instead-of-trigger": Case(
        "schema",
        lambda p: _script(
            p,
            "CREATE VIEW team_view AS SELECT * FROM team; "
            "CREATE TRIGGER swallow INSTEAD OF UPDATE ON team_view BEGIN SELECT 1; END;",
        ),
        "holds a",
    ),
    "view": Case("schema", lambda p: _script(p, "CREATE VIEW v AS SELECT 1;"), "view ('v')"),
    "unknown-table": Case("schema", lambda p: _script(p, "CREATE TABLE extra (x);"), "unknown table 'extra'"),
    "unknown-index": Case(
        "schema", lambda p: _script(p, "CREATE INDEX ix_extra ON team (name);"), "unknown index 'ix_extra'"
    ),
    "expression-index": Case(
        "schema",
        lambda p: _script(p, "DROP INDEX ix_action_aspect; CREATE INDEX ix_action_aspect ON action (lower(title));"),
        "index 'ix_action_aspect'",
    ),
    "autoincrement": Case(
        "schema",
        lambda p: _script(
            p, "CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT); INSERT INTO seq DEFAULT VALUES;"
        ),
        "unknown table",
    ),
    "missing-table": Case("schema", lambda p: _script(p, "DROP TABLE viewpoint;"), "the table viewpoint is missing"),
    "missing-column": Case(
        "schema", lambda p: _script(p, "ALTER TABLE action DROP COLUMN owner;"), "the table action has no column owner"
    ),
    "extra-column": Case(
        "schema",
        lambda p: _script(p, "ALTER TABLE team ADD COLUMN secret TEXT;"),
        "the table team has an unknown column 'secret'",
    ),
    "other-type": Case(
        "schema",
        lambda p: _rewrite_definition(p, "placement", "position FLOAT NOT NULL", "position TEXT NOT NULL"),
        "placement.position",
    ),
    "check-constraint": Case(
        "schema",
        lambda p: _rewrite_definition(
            p, "placement", "position FLOAT NOT NULL", "position FLOAT NOT NULL CHECK (position < 0)"
        ),
        "holds 'CHECK'",
    ),
    "on-conflict-replace": Case(
        "schema",
        lambda p: _rewrite_definition(p, "team", "name TEXT NOT NULL", "name TEXT NOT NULL ON CONFLICT REPLACE"),
        "holds 'CONFLICT'",
    ),
    "collate": Case(
        "schema",
        lambda p: _rewrite_definition(p, "team", "name TEXT NOT NULL", "name TEXT NOT NULL COLLATE NOCASE"),
        "holds 'COLLATE'",
    ),
    "default-literal": Case(
        "schema",
        lambda p: _rewrite_definition(p, "action", "owner TEXT NOT NULL", "owner TEXT NOT NULL DEFAULT 'me'"),
        "not declared as this app declares it",
    ),
    "no-foreign-key": Case(
        "schema",
        lambda p: _rewrite_definition(
            p, "placement", ", \n\tFOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE", ""
        ),
        "foreign keys of the table placement",
    ),
    "wal-mode": Case("schema", lambda p: _sql(p, "PRAGMA journal_mode = WAL"), "write-ahead-log mode"),
    # -- values -------------------------------------------------------------------------------------
    "position-text": Case("values", _set("placement", "position", "far right"), "column position: holds 'far right'"),
    "position-null": Case("values", _set("placement", "position", None), "position"),
    "position-blob": Case("values", _set("placement", "position", b"\x00\x01"), "binary data"),
    "position-infinite": Case("values", _set("placement", "position", float("inf")), "not a position"),
    "position-minus-infinite": Case("values", _set("viewpoint", "position", float("-inf")), "not a position"),
    "position-1e308": Case("values", _set("placement", "position", 1e308), "not a position"),
    "position-nan": Case("values", _set("viewpoint", "position", float("nan")), "viewpoint.position"),
    "position-below": Case("values", _set("placement", "position", -5.0), "holds -5.0"),
    "position-above": Case("values", _set("placement", "position", 99), "holds 99"),
    "resolved-position-above": Case(
        "values", _set("disagreement", "resolved_position", 4.5), "column resolved_position"
    ),
    "date-not-iso": Case("values", _set("action", "due_date", "25/12/2026"), "not a date like 2026-11-25"),
    "date-impossible": Case("values", _set("workshop", "workshop_date", "2026-02-30"), "not a date"),
    "date-year-zero": Case("values", _set("action", "due_date", "0000-01-01"), "not a date"),
    "date-number": Case("values", _set("action", "due_date", 20261125), "not a date"),
    "moment-not-iso": Case("values", _set("team", "created_at", "yesterday"), "not a date and time"),
    "moment-hour-25": Case("values", _set("placement_move", "moved_at", "2026-11-25 25:00:00"), "not a date and time"),
    "moment-with-t": Case("values", _set("action", "updated_at", "2026-11-25T10:00:00"), "not a date and time"),
    "team-id-nowhere": Case("values", _set("placement", "team_id", 999), "does not point at a row of the table team"),
    "action-team-nowhere": Case("values", _set("action", "team_id", 424242), "does not point at a row"),
    "viewpoint-disagreement-nowhere": Case(
        "values", _set("viewpoint", "disagreement_id", 77), "does not point at a row of the table disagreement"
    ),
    "id-too-large": Case("values", _set("team", "id", 2**40), "is not an id"),
    "id-text": Case("values", _set("action", "sort_order", "first"), "not a whole number"),
    "colour-name": Case("values", _set("team", "colour", "red"), "not a colour like #1E88E5"),
    "colour-short": Case("values", _set("team", "colour", "#12"), "not a colour"),
    "colour-css": Case("values", _set("team", "colour", "rgb(1,2,3)"), "not a colour"),
    "colour-null": Case("values", _set("team", "colour", None), "colour"),
    "aspect-unknown": Case("values", _set("placement", "aspect_id", "security"), "not an aspect"),
    "level-unknown": Case("values", _set("action", "target_level_id", "legendary"), "not a level"),
    "status-unknown": Case("values", _set("action", "status", "urgent"), "not one of"),
    "order-negative": Case("values", _set("team", "sort_order", -1), "not a whole number"),
    "title-empty": Case("values", _set("workshop", "title", ""), "column title"),
    "title-blob": Case("values", _set("workshop", "title", b"Acme"), "column title: holds binary data"),
    "title-escape-codes": Case(
        "values", _set("workshop", "title", "Acme \x1b]0;pwned\x07\x1b[2J"), "control character (U+001B)"
    ),
    "name-with-newline": Case("values", _set("team", "name", "Payments\nrm -rf"), "control character (U+000A)"),
    "name-not-utf8": Case("values", _set("team", "name", b"Z\xfcrich"), "column name"),
    "name-invalid-utf8-text": Case(
        "values",
        lambda p: _sql(p, "UPDATE team SET name = CAST(x'5aFC72696368' AS TEXT) WHERE id = 1"),
        "not valid UTF-8",
    ),
    "name-too-long": Case("values", _set("team", "name", "N" * 81), "longer than 80 characters"),
    "notes-too-long": Case("values", _set("workshop", "notes", "n" * 100_001), "longer than 100000"),
    "one-viewpoint": Case(
        "values",
        lambda p: _sql(
            p,
            "DELETE FROM viewpoint WHERE disagreement_id = (SELECT min(id) FROM disagreement) AND sort_order > 0",
        ),
        "fewer than two viewpoints",
    ),
    "two-workshops": Case(
        "values",
        lambda p: _sql(
            p,
            "INSERT INTO workshop SELECT id + 1, title, organisation, workshop_date, facilitator, "
            "participants, notes, created_at, updated_at, model_id, model_version, model_yaml, "
            "model_sha256 FROM workshop",
        ),
        "more than 1 row",
    ),
    "model-id-mismatch": Case("values", _set("workshop", "model_id", "cncf-cloud-native"), "names the model"),
    # -- sizes --------------------------------------------------------------------------------------
    "title-100-mb": Case("sizes", _set("workshop", "title", "T" * 100_000_000), "longer than 300 characters"),
    "snapshot-3-mb": Case("sizes", _set_model(lambda text: text + "\n# " + "padding " * 400_000 + "\n"), "model_yaml"),
    "snapshot-alias-bomb": Case("sizes", _replace_model(model_yaml(60, 4, shared_list=5000)), "aliases"),
    # -- journals -----------------------------------------------------------------------------------
    "foreign-journal": Case("journal", _with_foreign_journal, "so it was not replayed"),
    "journal-is-a-folder": Case(
        "journal", lambda p: p.with_name(f"{p.name}-journal").mkdir(), "which is not a journal file"
    ),
}


def make_case(name: str, source: Path, target: Path) -> Path:
    """Copy the genuine workshop `source` to `target` and make it the hostile file `name`."""
    shutil.copyfile(source, target)
    CASES[name].make(target)
    return target


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from pem_desktop.maturity.catalog import bundled_model
    from pem_desktop.services.demo import write_demo_workshop

    folder = Path(argv[0] if argv else "hostile-corpus")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "genuine.pemw"
    if not source.exists():
        write_demo_workshop(source, bundled_model("cncf-platform-engineering")).close()
    for name in CASES:
        case_folder = folder / name
        case_folder.mkdir(exist_ok=True)
        make_case(name, source, case_folder / f"{name}.pemw")
    print(f"wrote {len(CASES)} hostile workshop files under {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
