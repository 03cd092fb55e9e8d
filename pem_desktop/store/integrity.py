"""The strict check a workshop file passes before anything else reads it: schema, values, sizes.

A `.pemw` file is input from a stranger (it comes by e-mail or on a USB stick), so it is opened only
when it is exactly what this app's migrations make: the expected tables, columns, types, keys and
indexes and nothing else (no triggers, no views, no unknown objects; no CHECK, COLLATE, DEFAULT or
ON CONFLICT clause a hostile author could slip into a table's definition), and every value of every
row of the kind its column holds (whole numbers, finite positions on the model's continuum, ISO
dates, `#RRGGBB` colours, ids that point at a row, text of bounded length without control
characters). The check runs over plain sqlite3 on a read-only connection and never writes: SQLite
first bounds the sizes (row counts, text lengths) so that nothing oversized is ever read, then one
query per table reads every row, and each value is checked by a small function of its column's kind.

What each revision of the schema holds is described in `pem_desktop.store.expected_schema`, with the
kind of value of each column (the classes below). A file that fails raises `UntrustedFileError`,
whose message names the table, the row and the column, and says the file has not been changed.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Iterable, Sequence
from datetime import date

MAX_ID = 2**31 - 1  # ids and orders travel through Qt signals as C ints
MAX_SHOWN = 40  # characters of a bad value quoted in a message


# The records below are collections.namedtuple classes rather than typing.NamedTuple or dataclasses:
# those compile their annotations or generate code when the module is imported, which would cost the
# app's start-up (this module is imported before the first paint) some ten milliseconds.


class Facts(
    namedtuple(
        "Facts", "level_count aspect_ids level_ids model_id model_version questions", defaults=("", "", frozenset())
    )
):
    """What the value check needs to know about the workshop's model: its number of levels, the
    frozensets of its aspect and level ids, its id and version, and the frozenset of its guided
    questions as (aspect id, question id) pairs."""

    __slots__ = ()


# -- kinds of values -------------------------------------------------------------------------------


class Kind:
    """The kind of value a column holds.

    Most kinds are checked by SQLite: `bad(column, facts)` is an SQL condition true for a value the
    column must not hold, so a whole table is checked in one query without a value entering Python.
    Dates (whose calendar SQLite does not check) are read and checked in Python (`all_valid`, `valid`);
    text is checked as described under Text.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)})"

    def bad(self, column: str, facts: Facts | None) -> str | None:
        return None

    def all_valid(self, values: Sequence, facts: Facts | None) -> bool:
        """Whether every value of a column read into Python is valid (kinds without `bad`)."""
        return all(map(self.valid, values))

    def valid(self, value: object) -> bool:
        raise NotImplementedError

    def explain(self, facts: Facts | None) -> str:
        raise NotImplementedError


def _nullable(condition: str, column: str, nullable: bool) -> str:
    return f"{column} IS NOT NULL AND ({condition})" if nullable else f"{column} IS NULL OR {condition}"


class Key(Kind):
    """A row's own id: a whole number from 1 to MAX_ID."""

    __slots__ = ()

    def bad(self, column, facts):
        return f"typeof({column}) != 'integer' OR {column} < 1 OR {column} > {MAX_ID}"

    def explain(self, facts):
        return f"is not an id (a whole number from 1 to {MAX_ID})"


class Ref(Kind):
    """The id of a row of another table (or NULL when `nullable`)."""

    __slots__ = ("nullable", "table")

    def __init__(self, table: str, nullable: bool = False):
        self.table = table
        self.nullable = nullable

    def bad(self, column, facts):
        present = f"EXISTS (SELECT 1 FROM {self.table} AS target WHERE target.id = {column})"
        return _nullable(f"typeof({column}) != 'integer' OR NOT {present}", column, self.nullable)

    def explain(self, facts):
        return f"does not point at a row of the table {self.table}"


class Number(Kind):
    """A whole number from `low` to `high`."""

    __slots__ = ("high", "low")

    def __init__(self, low: int = 0, high: int = MAX_ID):
        self.low = low
        self.high = high

    def bad(self, column, facts):
        return f"typeof({column}) != 'integer' OR {column} < {self.low} OR {column} > {self.high}"

    def explain(self, facts):
        return f"is not a whole number from {self.low} to {self.high}"


_CONTROLS = "".join(chr(code) for code in (*range(32), 127))


@functools.cache
def _forbidden(allowed: str) -> Callable[[str], re.Match | None]:
    return re.compile("[" + re.escape("".join(ch for ch in _CONTROLS if ch not in allowed)) + "]").search


@functools.cache
def _forbidden_bytes(allowed: str) -> bytes:
    return "".join(ch for ch in _CONTROLS if ch not in allowed).encode("ascii")


class Text(Kind):
    """Text of at most `limit` characters, without control characters (a `line`: not even tabs or line breaks).

    SQLite checks the type and the length of every value before any is read; then a whole column is read
    at once, as one piece of text, to check its characters.
    """

    __slots__ = ("controls", "limit", "line", "required")

    def __init__(self, limit: int, line: bool = False, required: bool = False, controls: str | None = None):
        self.limit = limit
        self.line = line
        self.required = required
        self.controls = controls  # the control characters it may hold; by default tab and line feed, none in a line

    @property
    def allowed(self) -> str:
        return self.controls if self.controls is not None else ("" if self.line else "\t\n")

    def forbidden(self, text: str) -> re.Match | None:
        """The first control character in `text` this column may not hold, if any."""
        return _forbidden(self.allowed)(text)

    def clean(self, encoded: bytes) -> bool:
        """Whether UTF-8 bytes hold none of the control characters this column may not hold (a control
        character's byte never occurs inside the encoding of another character)."""
        return len(encoded.translate(None, _forbidden_bytes(self.allowed))) == len(encoded)

    def explain(self, facts):
        what = "one line of text" if self.line else "text"
        return f"is not {what} of {int(self.required)} to {self.limit} characters without control characters"


def _literals(values) -> str:
    quoted = ["'" + value.replace("'", "''") + "'" for value in sorted(values)]
    return ", ".join(quoted) if quoted else "NULL"


class Choice(Kind):
    """One of a few fixed words."""

    __slots__ = ("values",)

    def __init__(self, values: tuple[str, ...]):
        self.values = values

    def bad(self, column, facts):
        return f"{column} IS NULL OR typeof({column}) != 'text' OR {column} NOT IN ({_literals(self.values)})"

    def explain(self, facts):
        return f"is not one of {', '.join(self.values)}"


class Colour(Kind):
    """A colour like #1E88E5."""

    __slots__ = ()

    def bad(self, column, facts):
        return (
            f"typeof({column}) != 'text' OR length({column}) != 7 OR substr({column}, 1, 1) != '#' "
            f"OR substr({column}, 2) GLOB '*[^0-9A-Fa-f]*'"
        )

    def explain(self, facts):
        return "is not a colour like #1E88E5"


class Hex(Kind):
    """A checksum (or an identity, `what`): `length` lowercase hexadecimal digits."""

    __slots__ = ("length", "what")

    def __init__(self, length: int, what: str = "a checksum"):
        self.length = length
        self.what = what

    def bad(self, column, facts):
        return f"typeof({column}) != 'text' OR length({column}) != {self.length} OR {column} GLOB '*[^0-9a-f]*'"

    def explain(self, facts):
        return f"is not {self.what} of {self.length} hexadecimal digits"


_DAY = r"\d{4}-\d\d-\d\d"
_MOMENT = _DAY + r" (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{6})?"


def _all_match(values: Sequence, pattern: str) -> bool:
    """Every value is text matching `pattern` (which matches no line break): one regular expression for all."""
    if not values:
        return True
    if set(map(type, values)) != {str}:
        return False
    return re.fullmatch(f"(?:{pattern}\n)*{pattern}", "\n".join(values), re.ASCII) is not None


def _real_days(values: Iterable[str]) -> bool:
    """Each value starts with a date that exists (not 2026-02-30, not year 0); checked once per distinct date."""
    try:
        for day in {value[:10] for value in values}:
            date.fromisoformat(day)
    except ValueError:
        return False
    return True


class Day(Kind):
    """A date as SQLAlchemy stores it (2026-11-25), from year 1 to 9999."""

    __slots__ = ("nullable",)

    def __init__(self, nullable: bool = False):
        self.nullable = nullable

    def all_valid(self, values, facts):
        present = [value for value in values if value is not None] if self.nullable else values
        return _all_match(present, _DAY) and _real_days(present)

    def valid(self, value):
        return self.all_valid([value], None)

    def explain(self, facts):
        return "is not a date like 2026-11-25"


class Moment(Kind):
    """A date and time as SQLAlchemy stores it (2026-11-25 14:05:09.123456; the fraction optional), or NULL
    when `nullable`."""

    __slots__ = ("nullable",)

    def __init__(self, nullable: bool = False):
        self.nullable = nullable

    def all_valid(self, values, facts):
        present = [value for value in values if value is not None] if self.nullable else values
        return _all_match(present, _MOMENT) and _real_days(present)

    def valid(self, value):
        return self.all_valid([value], None)

    def explain(self, facts):
        return "is not a date and time like 2026-11-25 14:05:09"


class Position(Kind):
    """A finite number on the model's continuum, from 0 to its number of levels (or NULL when `nullable`)."""

    __slots__ = ("nullable",)

    def __init__(self, nullable: bool = False):
        self.nullable = nullable

    def bad(self, column, facts):
        top = facts.level_count if facts else 0
        wrong = f"typeof({column}) NOT IN ('real', 'integer') OR {column} < 0 OR {column} > {top}"
        return _nullable(wrong, column, self.nullable)

    def explain(self, facts):
        return f"is not a position on the continuum (a number from 0 to {facts.level_count if facts else 0})"


class AspectId(Kind):
    """The id of one of the model's aspects."""

    __slots__ = ()

    def bad(self, column, facts):
        ids = facts.aspect_ids if facts else ()
        return f"{column} IS NULL OR typeof({column}) != 'text' OR {column} NOT IN ({_literals(ids)})"

    def explain(self, facts):
        return "is not an aspect of the workshop's model"


class LevelId(Kind):
    """The id of one of the model's levels, or NULL."""

    __slots__ = ()

    def bad(self, column, facts):
        ids = facts.level_ids if facts else ()
        return f"{column} IS NOT NULL AND (typeof({column}) != 'text' OR {column} NOT IN ({_literals(ids)}))"

    def explain(self, facts):
        return "is not a level of the workshop's model"


class QuestionId(Kind):
    """The id of one of the guided questions of the aspect named in the row's `aspect_column`."""

    __slots__ = ("aspect_column",)

    def __init__(self, aspect_column: str = "aspect_id"):
        self.aspect_column = aspect_column

    def bad(self, column, facts):
        # Model ids never hold a space (maturity.loader.ID_PATTERN), so "aspect question" names one pair.
        pairs = {f"{aspect} {question}" for aspect, question in (facts.questions if facts else ())}
        pair = f"CAST({self.aspect_column} AS TEXT) || ' ' || {column}"
        return f"{column} IS NULL OR typeof({column}) != 'text' OR {pair} NOT IN ({_literals(pairs)})"

    def explain(self, facts):
        return "is not a guided question of its aspect in the workshop's model"


# -- the description of a schema -------------------------------------------------------------------


class Column(namedtuple("Column", "name type kind nullable primary_key references", defaults=(False, 0, None))):
    """A column as SQLite reports it and what it holds: `type` is the declared type (VARCHAR(200)),
    `kind` the Kind of its values, `primary_key` its place in the primary key (from 1; 0 when not part
    of it), `references` "table.id" for a foreign key with ON DELETE CASCADE."""

    __slots__ = ()


class Index(namedtuple("Index", "name columns unique", defaults=(False,))):
    """An index the migrations make: its name, the tuple of its columns, whether it is unique."""

    __slots__ = ()


class Rule(namedtuple("Rule", "sql message")):
    """A condition over a whole table: `sql` selects the rowid of each row that breaks it; `message`
    completes "table T, row N: ..."."""

    __slots__ = ()


class Table(namedtuple("Table", "name columns indexes rules constraint_names max_rows", defaults=((), (), (), None))):
    """A table: its Columns in order, its Indexes, Rules over its rows, the names SQLAlchemy or Alembic
    gave constraints in its CREATE TABLE, and the most rows it may have (None: no limit)."""

    __slots__ = ()

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)


class Schema(namedtuple("Schema", "revision tables")):
    """Every table of one schema revision."""

    __slots__ = ()

    def table(self, name: str) -> Table:
        return next(table for table in self.tables if table.name == name)

    def revised(
        self,
        revision: str,
        *,
        add_tables: Sequence[Table] = (),
        add_columns: dict[str, Sequence[Column]] | None = None,
        add_indexes: dict[str, Sequence[Index]] | None = None,
        drop_tables: Sequence[str] = (),
    ) -> Schema:
        """The next revision: this one with the tables, columns and indexes a migration adds."""
        add_columns, add_indexes = add_columns or {}, add_indexes or {}
        tables = []
        for table in self.tables:
            if table.name in drop_tables:
                continue
            columns = table.columns + tuple(add_columns.get(table.name, ()))
            indexes = table.indexes + tuple(add_indexes.get(table.name, ()))
            tables.append(Table(table.name, columns, indexes, table.rules, table.constraint_names, table.max_rows))
        return Schema(revision, (*tables, *add_tables))


class UntrustedFileError(Exception):
    """The file is not exactly what this app writes; `detail` says what is wrong (table, row, column)."""

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(detail)


# -- the structure ---------------------------------------------------------------------------------

# The words a CREATE TABLE or CREATE INDEX made by our migrations may contain, besides the names of
# its tables, columns, indexes and constraints. Anything else (CHECK, COLLATE, DEFAULT, GENERATED,
# ON CONFLICT, AUTOINCREMENT, WITHOUT ROWID, a text literal...) would change what SQLite does with
# the data, so a file whose schema holds it is refused. A migration that needs another word adds it here.
SQL_WORDS = frozenset(
    (
        *("CREATE", "TABLE", "INDEX", "UNIQUE", "ON", "NOT", "NULL", "PRIMARY", "KEY", "FOREIGN", "REFERENCES"),
        *("DELETE", "CASCADE", "CONSTRAINT", "INTEGER", "TEXT", "VARCHAR", "FLOAT", "DATE", "DATETIME"),
    )
)
_SQL_TOKEN = re.compile(
    r"""(?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])|(?P<literal>'(?:[^']|'')*')|(?P<word>[A-Za-z_][A-Za-z0-9_$]*)"""
    r"""|(?P<number>\d+)|(?P<punctuation>[(),])|(?P<space>\s+)|(?P<other>.)""",
    re.DOTALL,
)


def check_structure(connection: sqlite3.Connection, schema: Schema) -> None:
    """Raise UntrustedFileError unless the file's schema is exactly `schema` (read-only)."""
    expected = {table.name: table for table in schema.tables}
    objects = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table_name, _sql in objects:
        if kind == "trigger":
            raise UntrustedFileError(
                f"it holds a trigger ({_quoted(name)} on the table {_quoted(table_name)}), which could change or "
                "delete data behind the app's back"
            )
        if kind == "view":
            raise UntrustedFileError(f"it holds a view ({_quoted(name)})")
        if kind not in ("table", "index"):
            raise UntrustedFileError(f"it holds an unknown {kind} {_quoted(name)}")
        if kind == "table" and name not in expected:
            raise UntrustedFileError(f"it holds an unknown table {_quoted(name)}")
        if kind == "index" and table_name not in expected:
            raise UntrustedFileError(f"it holds an index {_quoted(name)} on an unknown table {_quoted(table_name)}")
    tables = {name: sql for kind, name, _table, sql in objects if kind == "table"}
    for table in schema.tables:
        if table.name not in tables:
            raise UntrustedFileError(f"the table {table.name} is missing")
        _check_table(connection, table)
        _check_sql(tables[table.name], table, f"the table {table.name}")
    for kind, name, table_name, sql in objects:
        if kind == "index" and sql is not None:
            _check_sql(sql, expected[table_name], f"the index {_quoted(name)}")


def _check_table(connection: sqlite3.Connection, table: Table) -> None:
    name = table.name
    listed = connection.execute("SELECT type, ncol, wr, strict FROM pragma_table_list WHERE name = ?", (name,))
    row = listed.fetchone()
    if row is not None and (row[0] != "table" or row[2] or row[3]):
        raise UntrustedFileError(f"the table {name} is not an ordinary table")
    actual = connection.execute(
        'SELECT name, upper(type), "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid',
        (name,),
    ).fetchall()
    wanted = [(c.name, c.type.upper(), int(not c.nullable), None, c.primary_key, 0) for c in table.columns]
    actual_names = [column[0] for column in actual]
    for column in table.columns:
        if column.name not in actual_names:
            raise UntrustedFileError(f"the table {name} has no column {column.name}")
    for column in actual:
        if column[0] not in {c.name for c in table.columns}:
            raise UntrustedFileError(f"the table {name} has an unknown column {_quoted(column[0])}")
    if actual_names != [c.name for c in table.columns]:
        raise UntrustedFileError(f"the columns of the table {name} are not in the expected order")
    for got, want in zip(actual, wanted, strict=True):
        if got != want:
            raise UntrustedFileError(f"the column {name}.{want[0]} is not declared as this app declares it")
    keys = connection.execute(
        'SELECT "from", "table", "to", on_update, on_delete, "match" FROM pragma_foreign_key_list(?) ORDER BY id, seq',
        (name,),
    ).fetchall()
    wanted_keys = [
        (c.name, *c.references.split("."), "NO ACTION", "CASCADE", "NONE") for c in table.columns if c.references
    ]
    if sorted(keys) != sorted(wanted_keys):
        raise UntrustedFileError(f"the foreign keys of the table {name} are not what this app makes")
    indexes = {
        index: (bool(unique), origin, bool(partial))
        for index, unique, origin, partial in connection.execute(
            'SELECT name, "unique", origin, partial FROM pragma_index_list(?)', (name,)
        )
    }
    wanted_indexes = {index.name: (index.unique, "c", False) for index in table.indexes}
    keys_in_pk = [c for c in table.columns if c.primary_key]
    if len(keys_in_pk) > 1 or (keys_in_pk and keys_in_pk[0].type.upper() != "INTEGER"):
        wanted_indexes[f"sqlite_autoindex_{name}_1"] = (True, "pk", False)
    if indexes != wanted_indexes:
        unknown = sorted(set(indexes) - set(wanted_indexes))
        what = f"an unknown index {_quoted(unknown[0])}" if unknown else "indexes other than this app's"
        raise UntrustedFileError(f"the table {name} has {what}")
    for index in table.indexes:
        columns = connection.execute(
            'SELECT cid, name, coll, "desc" FROM pragma_index_xinfo(?) WHERE key ORDER BY seqno', (index.name,)
        ).fetchall()
        if [(column_name, coll.upper(), order) for _cid, column_name, coll, order in columns] != [
            (column, "BINARY", 0) for column in index.columns
        ]:
            raise UntrustedFileError(f"the index {_quoted(index.name)} is not what this app makes")


@functools.lru_cache(maxsize=64)
def _check_sql(sql: str | None, table: Table, what: str) -> None:
    """Every word of a CREATE statement is a known keyword or a name of this table's schema.

    Remembered for the statements that pass: every genuine file of a revision has the same ones."""
    if sql is None:
        raise UntrustedFileError(f"{what} has no definition")
    names = {table.name.upper(), *(c.name.upper() for c in table.columns), *(i.name.upper() for i in table.indexes)}
    names |= {name.upper() for name in table.constraint_names}
    names |= {part.upper() for c in table.columns if c.references for part in c.references.split(".")}
    for match in _SQL_TOKEN.finditer(sql):
        group = match.lastgroup
        if group in ("space", "punctuation", "number", "quoted"):
            continue
        token = match.group()
        if group == "word" and (token.upper() in SQL_WORDS or token.upper() in names):
            continue
        shown = "a text literal" if group == "literal" else _quoted(token)
        raise UntrustedFileError(
            f"the definition of {what} holds {shown}, which this app's schema never has "
            "(it could change what is stored)"
        )


# -- the values ------------------------------------------------------------------------------------


def check_values(
    connection: sqlite3.Connection, schema: Schema, facts: Facts | None, *, tables: Sequence[str] | None = None
) -> None:
    """Raise UntrustedFileError at the first value that is not of its column's kind (read-only).

    Row counts and text lengths are checked by SQLite first, so no oversized value is ever read.
    `tables` limits the check to some tables (the workshop's own row is checked before its model is
    read, without `facts`).
    """
    chosen = [table for table in schema.tables if tables is None or table.name in tables]
    for table in chosen:
        _check_sizes(connection, table)
        _check_texts(connection, table, facts)
        _check_by_sqlite(connection, table, facts)
        _check_in_python(connection, table, facts)
    for table in chosen:
        for rule in table.rules:
            broken = connection.execute(f"{rule.sql} LIMIT 1").fetchone()
            if broken is not None:
                raise UntrustedFileError(f"table {table.name}, row {broken[0]}: {rule.message}")


def _check_sizes(connection: sqlite3.Connection, table: Table) -> None:
    if table.max_rows is not None:
        count = connection.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table.name} LIMIT ?)", (table.max_rows + 1,))
        if count.fetchone()[0] > table.max_rows:
            raise UntrustedFileError(f"the table {table.name} has more than {table.max_rows} row(s)")


def _check_texts(connection: sqlite3.Connection, table: Table, facts: Facts) -> None:
    """Text columns: type, length and emptiness by SQLite; then the characters of the whole column at once."""
    texts = [column for column in table.columns if isinstance(column.kind, Text)]
    if not texts:
        return
    conditions = []
    for column in texts:
        empty = f" OR {column.name} = ''" if column.kind.required else ""
        conditions.append(f"(typeof({column.name}) != 'text' OR length({column.name}) > {column.kind.limit}{empty})")
    row = connection.execute(
        f"SELECT rowid, {', '.join(conditions)} FROM {table.name} WHERE {' OR '.join(conditions)} LIMIT 1"
    ).fetchone()
    if row is not None:
        column = next(column for column, flag in zip(texts, row[1:], strict=True) if flag)
        kind, length = connection.execute(
            f"SELECT typeof({column.name}), length({column.name}) FROM {table.name} WHERE rowid = ?", (row[0],)
        ).fetchone()
        if kind == "text" and length > column.kind.limit:
            problem = f"is longer than {column.kind.limit} characters"
        else:
            problem = column.kind.explain(facts)
        raise UntrustedFileError(
            f"table {table.name}, row {row[0]}, column {column.name}: "
            f"{_shown(connection, table.name, column.name, row[0])} {problem}"
        )
    joined = ", ".join(f"CAST(group_concat(CAST({c.name} AS BLOB), ' ') AS BLOB)" for c in texts)
    for column, content in zip(texts, connection.execute(f"SELECT {joined} FROM {table.name}").fetchone(), strict=True):
        if content is None:
            continue
        content = bytes(content)
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            raise UntrustedFileError(_bad_characters(connection, table, column)) from None
        if not column.kind.clean(content):
            raise UntrustedFileError(_bad_characters(connection, table, column))


def _bad_characters(connection: sqlite3.Connection, table: Table, column: Column) -> str:
    """Which row of a text column holds text that is not UTF-8, or a control character."""
    for rowid, value in connection.execute(f"SELECT rowid, CAST({column.name} AS BLOB) FROM {table.name}"):
        where = f"table {table.name}, row {rowid}, column {column.name}"
        try:
            text = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return f"{where}: holds text that is not valid UTF-8"
        found = column.kind.forbidden(text)
        if found is not None:
            return f"{where}: holds a control character (U+{ord(found.group()):04X}), which this app never stores"
    return f"the column {table.name}.{column.name} holds text this app never stores"


def _check_by_sqlite(connection: sqlite3.Connection, table: Table, facts: Facts | None) -> None:
    """The kinds SQLite checks: one pass over the table for all of them; a second query names a bad row."""
    # Each column by its table's name too, so that a reference into a table with a column of the same name
    # (action.carried_from -> snapshot_action, which has a carried_from of its own) is the outer row's.
    checked = [(column, column.kind.bad(f"{table.name}.{column.name}", facts)) for column in table.columns]
    checked = [(column, condition) for column, condition in checked if condition is not None]
    if not checked:
        return
    flags = connection.execute(
        f"SELECT {', '.join(f'max({condition})' for _column, condition in checked)} FROM {table.name}"
    ).fetchone()
    for (column, condition), flag in zip(checked, flags, strict=True):
        if flag:
            (rowid,) = connection.execute(f"SELECT rowid FROM {table.name} WHERE {condition} LIMIT 1").fetchone()
            _refuse(connection, table, column, rowid, facts)


def _check_in_python(connection: sqlite3.Connection, table: Table, facts: Facts | None) -> None:
    """The kinds read into Python (dates): a column at a time, and row by row only to name a bad one."""
    columns = [c for c in table.columns if not isinstance(c.kind, Text) and c.kind.bad(c.name, facts) is None]
    if not columns:
        return
    rows = connection.execute(f"SELECT rowid, {', '.join(c.name for c in columns)} FROM {table.name}").fetchall()
    if not rows:
        return
    values = list(zip(*rows, strict=True))
    for column, column_values in zip(columns, values[1:], strict=True):
        if not column.kind.all_valid(column_values, facts):
            rowid = next(
                rowid for rowid, value in zip(values[0], column_values, strict=True) if not column.kind.valid(value)
            )
            _refuse(connection, table, column, rowid, facts)


def _refuse(connection: sqlite3.Connection, table: Table, column: Column, rowid: int, facts: Facts | None):
    raise UntrustedFileError(
        f"table {table.name}, row {rowid}, column {column.name}: "
        f"{_shown(connection, table.name, column.name, rowid)} {column.kind.explain(facts)}"
    )


def _shown(connection: sqlite3.Connection, table: str, column: str, rowid: int) -> str:
    """The bad value, for the message: its type, and the start of it."""
    kind, start, size = connection.execute(
        f"SELECT typeof({column}), CASE WHEN typeof({column}) IN ('text', 'blob') "
        f"THEN substr(CAST({column} AS BLOB), 1, {MAX_SHOWN * 4}) ELSE {column} END, "
        f"length(CAST({column} AS BLOB)) FROM {table} WHERE rowid = ?",
        (rowid,),
    ).fetchone()
    if kind == "null":
        return "is empty (NULL), which"
    if kind == "blob":
        return f"holds binary data ({size} bytes), which"
    if kind == "text":
        start = bytes(start or b"")
        text = start.decode("utf-8", "replace")
        shown = text[:MAX_SHOWN] + ("…" if size > len(start) or len(text) > MAX_SHOWN else "")
        return f"holds {shown!r}{f' ({size} bytes)' if size > MAX_SHOWN * 4 else ''}, which"
    return f"holds {start!r}, which"


def _quoted(name: object) -> str:
    text = str(name)
    return repr(text[:MAX_SHOWN] + ("…" if len(text) > MAX_SHOWN else ""))
