"""Hostile JSON documents for `pem-desktop import`: refused with a one-line message, no file made, never a
traceback; the export itself always validates against the published JSON Schema."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from pem_desktop.cli import main
from pem_desktop.export.json_export import dumps, workshop_document
from pem_desktop.services.transfer import (
    MAX_JSON_BYTES,
    ImportProblemError,
    import_workshop,
    import_workshop_file,
    json_schema,
)


@pytest.fixture
def document(demo_workshop) -> dict:
    return json.loads(dumps(workshop_document(demo_workshop)))


def test_the_export_validates_against_the_published_schema(document):
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(document))
    assert errors == []


def test_the_schema_is_found_where_the_wheel_and_the_frozen_build_put_it():
    from pem_desktop.resources import data_path

    assert data_path("docs", "workshop-v1.schema.json").is_file()


HOSTILE = {
    "id beyond 64 bits": (
        lambda d: d["teams"][0].update(id=2**70),
        r"teams\[0\]\.id: 1180591620717411303424 is outside the range of ids",
    ),
    "order of 10^400": (lambda d: d["actions"][0].update(order=10**400), r"actions\[0\]\.order: a 401-digit number"),
    "position 1e400": (lambda d: d["placements"][0].update(position=float("inf")), r"placements\[0\]\.position"),
    "position -0.5": (lambda d: d["placements"][0].update(position=-0.5), "is outside the continuum"),
    "year 9999 with an offset": (
        lambda d: d["moves"][0].update(moved_at="9999-12-31T23:59:59-05:00"),
        r"moves\[0\]\.moved_at: '9999-12-31T23:59:59-05:00' is out of the range of dates",
    ),
    "year 1 with an offset": (
        lambda d: d["workshop"].update(created_at="0001-01-01T00:00:00+05:00"),
        "out of the range of dates",
    ),
    "a date that is no date": (lambda d: d["workshop"].update(date="2026-13-45"), "is not a date like 2026-11-25"),
    "a title of 10 MB": (lambda d: d["workshop"].update(title="t" * 10_000_000), "is longer than 300 characters"),
    "a lone surrogate": (lambda d: d["teams"][0].update(name="\udc80"), None),
    "a number as a name": (lambda d: d["teams"][0].update(name=7), r"teams\[0\]\.name: must be text"),
    "a colour that is not": (lambda d: d["teams"][0].update(colour="javascript:"), "is not a colour like #1E88E5"),
    "an unknown status": (lambda d: d["actions"][0].update(status="urgent"), "'urgent' is not one of"),
    "an unknown key": (lambda d: d["workshop"].update(evil=1), r"workshop\.evil: unknown key"),
    "a missing key": (lambda d: d["workshop"].pop("title"), r"workshop\.title: missing"),
    "a model of 3 MB": (lambda d: d["model"].update(yaml="x" * 3_000_000), "longer than 2000000"),
    "an object for a list": (lambda d: d.update(teams={}), "teams: must be a list"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_document_is_refused_with_where_and_why(document, tmp_path, name):
    change, message = HOSTILE[name]
    change(document)
    target = tmp_path / "x.pemw"
    if message is None:  # cleaned as typed text is: the import works, the surrogate is gone
        workshop = import_workshop(document, target)
        assert "\udc80" not in workshop.teams()[0].name
        workshop.close()
        return
    with pytest.raises(ImportProblemError, match=message) as raised:
        import_workshop(document, target)
    assert len(str(raised.value)) < 400
    assert not target.exists()


def test_the_cli_says_it_in_one_line(document, tmp_path, capsys):
    document["teams"][0]["id"] = 10**400
    source = tmp_path / "big.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "x.pemw")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "401-digit number" in err and "Traceback" not in err


def test_deep_nesting_and_too_many_digits_are_not_json_it_reads(tmp_path):
    for name, text in (("deep.json", "[" * 100_000 + "]" * 100_000), ("digits.json", "1" * 5000)):
        path = tmp_path / name
        path.write_text(text, encoding="ascii")
        with pytest.raises(ImportProblemError, match=r"not valid JSON|not a PEM Desktop workshop export"):
            import_workshop_file(path, tmp_path / "x.pemw")


def test_a_document_larger_than_the_limit_is_not_read(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_JSON_BYTES + 1)  # sparse: no need to write 64 MB
    with pytest.raises(ImportProblemError, match="larger than 64 MB"):
        import_workshop_file(path, tmp_path / "x.pemw")


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_only_regular_files_are_read(tmp_path, kind):
    if kind == "fifo":
        source = tmp_path / "pipe.json"
        os.mkfifo(source)
        waiting = threading.Timer(5, lambda: open(source, "w").close())  # unblocks a reader that would wait
        waiting.start()
    elif kind == "device":
        source = Path("/dev/zero")
    else:
        source = tmp_path
    try:
        with pytest.raises(ImportProblemError, match="not a regular file"):
            import_workshop_file(source, tmp_path / "x.pemw")
    finally:
        if kind == "fifo":
            waiting.cancel()
