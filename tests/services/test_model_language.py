"""The workshop's language: its model's translation kept in the file, checked on open, changed in one
step that can be undone; JSON exports carry it; files made before it existed open in English."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from pem_desktop.export.json_export import dumps, workshop_document
from pem_desktop.maturity import ModelError
from pem_desktop.maturity.catalog import resolve_model_in
from pem_desktop.maturity.loader import model_hash
from pem_desktop.services import DamagedWorkshopError, InvalidInputError, Workshop
from pem_desktop.services.model_language import language_choices, model_in
from pem_desktop.services.transfer import ImportProblemError, import_workshop, import_workshop_file
from pem_desktop.store.workshop_file import HEAD_REVISION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def german(pe_model):
    return resolve_model_in("cncf-platform-engineering", "de")


def sql(path: Path, statement: str, *values):
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(statement, values).fetchall()
        connection.commit()
        return rows


def test_a_workshop_made_in_german_reopens_in_german_with_the_model_s_own_text_kept(tmp_path, german, pe_model):
    path = tmp_path / "de.pemw"
    Workshop.create(path, title="Plattform-Check", loaded_model=german, team_names=["Zahlungen"]).close()
    language, translation, translation_hash = sql(
        path, "SELECT language, model_translation_yaml, model_translation_sha256 FROM workshop_language"
    )[0]
    text, text_hash = sql(path, "SELECT model_yaml, model_sha256 FROM workshop")[0]
    assert language == "de"
    assert text == pe_model.text and text_hash == pe_model.sha256  # the original, as before
    assert translation_hash == model_hash(translation) and "language: de" in translation
    workshop = Workshop.open(path, read_only=True)
    try:
        assert workshop.info().language == "de"
        assert workshop.model.language == "de"
        assert workshop.model.aspect("investment").name == "Investition"
        assert [a.id for a in workshop.model.aspects] == [a.id for a in pe_model.model.aspects]
        assert workshop.loaded_model.original.aspect("investment").name == "Investment"
    finally:
        workshop.close()


def test_changing_the_language_keeps_every_placement_and_can_be_undone(workshop, german):
    team = workshop.teams()[0]
    workshop.place_team(team.id, "adoption", 2.4)
    workshop.add_action(aspect_id="adoption", team_id=team.id, target_level_id="optimizing", title="Open the repo")
    heard = []
    workshop.subscribe(heard.append)
    before = workshop.loaded_model
    english = workshop.set_model_language(model_in(workshop.loaded_model, _choice(workshop, "de")))
    assert english is before
    assert workshop.model.aspect("adoption").at(2).label == "Sog von innen"
    assert workshop.info().language == "de"
    assert "model" in heard[-1].kinds and "workshop" in heard[-1].kinds
    assert workshop.position_of(team.id, "adoption") == 2.4
    assert workshop.actions()[0].target_level_id == "optimizing"
    path = workshop.path
    reopened = Workshop.open(path, read_only=True)
    try:
        assert reopened.model.aspect("adoption").name == "Adoption"
        assert reopened.model.aspect("interfaces").name == "Schnittstellen"
    finally:
        reopened.close()
    workshop.set_model_language(english)  # the undo
    assert workshop.model.aspect("interfaces").name == "Interfaces"
    rows = sql(path, "SELECT language, model_translation_yaml, model_translation_sha256 FROM workshop_language")
    assert rows == [("en", "", "")]


def test_the_choices_are_the_model_s_own_language_and_its_translations(workshop, german):
    choices = language_choices(workshop.loaded_model)
    assert [(c.language, c.current, c.source) for c in choices][:2] == [("en", True, "model"), ("de", False, "bundled")]
    workshop.set_model_language(german)
    current = [c for c in language_choices(workshop.loaded_model) if c.current]
    assert [(c.language, c.source) for c in current] == [("de", "workshop")]
    assert model_in(workshop.loaded_model, current[0]) is workshop.loaded_model
    assert model_in(workshop.loaded_model, choices[0]).translation is None


def test_another_model_cannot_come_in_through_a_language_change(workshop, cn_model):
    with pytest.raises(InvalidInputError, match="not replaced"):
        workshop.set_model_language(cn_model)


def _choice(workshop, language):
    return next(c for c in language_choices(workshop.loaded_model) if c.language == language)


# -- a tampered file is refused ---------------------------------------------------------------------


@pytest.fixture
def german_file(tmp_path, german) -> Path:
    path = tmp_path / "de.pemw"
    Workshop.create(path, title="T", loaded_model=german).close()
    return path


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        (
            "UPDATE workshop_language "
            "SET model_translation_yaml = replace(model_translation_yaml, 'Investition', 'Geld')",
            "checksum",
        ),
        ("UPDATE workshop_language SET language = 'fr'", "into 'de', not the workshop's 'fr'"),
        ("UPDATE workshop_language SET language = 'Deutsch'", "not a language code"),
        (
            "UPDATE workshop_language SET model_translation_yaml = '', model_translation_sha256 = ''",
            "keeps no translation",
        ),
    ],
)
def test_a_tampered_language_or_translation_is_refused(german_file, statement, message):
    sql(german_file, statement)
    with pytest.raises(DamagedWorkshopError, match=message):
        Workshop.open(german_file, read_only=True)


def test_a_translation_that_does_not_fit_the_model_is_refused_even_with_a_right_hash(german_file):
    (text,) = sql(german_file, "SELECT model_translation_yaml FROM workshop_language")[0]
    broken = text.replace("  - id: measurement\n", "  - id: metrics\n")
    sql(
        german_file,
        "UPDATE workshop_language SET model_translation_yaml = ?, model_translation_sha256 = ?",
        broken,
        model_hash(broken),
    )
    with pytest.raises(
        DamagedWorkshopError, match=r"does not fit the model .*aspects\[4\]\.id: expected 'measurement'"
    ):
        Workshop.open(german_file, read_only=True)


# -- files of the first schema ---------------------------------------------------------------------


def test_a_first_schema_file_is_upgraded_after_a_backup_and_opens_in_english(tmp_path):
    copy = tmp_path / "old.pemw"
    shutil.copyfile(FIXTURES / "workshop-schema-0001.pemw", copy)
    workshop = Workshop.open(copy)
    try:
        assert workshop.info().language == "en"
        assert workshop.loaded_model.translation is None
        assert workshop.model.aspect("investment").name == "Investment"
        # its copy of the model is an earlier text (no guided questions): today's translations do not fit it
        with pytest.raises(ModelError, match=r"aspects\[0\]\.questions: the model has no questions here"):
            model_in(workshop.loaded_model, _choice(workshop, "de"))
        assert workshop.model.language == "en"
    finally:
        workshop.close()
    assert list(tmp_path.glob("old.pemw.before-upgrade-*.bak"))
    assert sql(copy, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert sql(copy, "SELECT count(*) FROM workshop_language") == [(0,)]  # its model's own language


# -- JSON ------------------------------------------------------------------------------------------


def test_json_export_and_import_keep_the_language_and_translation(tmp_path, german):
    source = Workshop.create(tmp_path / "de.pemw", title="T", loaded_model=german, team_names=["A"])
    try:
        document = workshop_document(source)
    finally:
        source.close()
    assert document["workshop"]["language"] == "de"
    assert document["model"]["title"] == "CNCF Platform Engineering Maturity Model"  # the model's own
    assert document["model"]["translation"]["language"] == "de"
    (tmp_path / "de.json").write_text(dumps(document), encoding="utf-8")
    imported = import_workshop_file(tmp_path / "de.json", tmp_path / "back.pemw")
    try:
        assert imported.model.aspect("operations").name == "Betrieb"
        assert dumps(workshop_document(imported)) == dumps(document)
    finally:
        imported.close()


@pytest.mark.parametrize("version", [1, 2])
def test_json_of_an_earlier_format_imports_in_the_model_s_own_language(tmp_path, demo_workshop, version):
    document = workshop_document(demo_workshop)
    document["schema_version"] = version
    del document["workshop"]["language"]
    del document["model"]["translation"]
    for key in ("snapshots", "action_reviews", "targets", "answers", "vote_answers"):  # the rest of format 3
        del document[key]
    for team in document["teams"]:
        del team["uid"]
    for action in document["actions"]:
        del action["carried_from"]
    if version == 1:
        for key in ("vote_participants", "vote_rounds", "votes"):
            document.pop(key, None)
    imported = import_workshop(document, tmp_path / "earlier.pemw")
    try:
        assert imported.info().language == "en" and imported.model.aspect("investment").name == "Investment"
    finally:
        imported.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["model"]["translation"].update(sha256="0" * 64),
            "model.translation: translation of the maturity model does not match its checksum",
        ),
        (lambda d: d["workshop"].update(language="fr"), "is not the workshop's language ('fr')"),
        (lambda d: d["model"].update(translation=None), "workshop.language: language 'de' is not its model's own"),
        (lambda d: d["model"]["translation"].update(extra=1), "model.translation.extra: unknown key"),
    ],
)
def test_json_with_a_wrong_translation_is_refused(tmp_path, german, change, message):
    source = Workshop.create(tmp_path / "de.pemw", title="T", loaded_model=german)
    try:
        document = json.loads(dumps(workshop_document(source)))
    finally:
        source.close()
    change(document)
    with pytest.raises(ImportProblemError, match=message.replace("(", r"\(").replace(")", r"\)")):
        import_workshop(document, tmp_path / "imported.pemw")
    assert not (tmp_path / "imported.pemw").exists()


def test_a_file_of_the_previous_schema_gains_its_language_when_it_changes(tmp_path):
    copy = tmp_path / "old.pemw"
    shutil.copyfile(FIXTURES / "workshop-schema-0001.pemw", copy)
    workshop = Workshop.open(copy)
    try:
        ours = _translation_for_its_older_text(workshop, "fr")
        workshop.set_model_language(ours)
        assert workshop.model.language == "fr"
    finally:
        workshop.close()
    assert sql(copy, "SELECT language FROM workshop_language") == [("fr",)]
    reopened = Workshop.open(copy, read_only=True)
    try:
        assert reopened.model.aspect("investment").name == "Investissement de test"
    finally:
        reopened.close()


def _translation_for_its_older_text(workshop, language):
    """A translation made for the workshop's own (older) model text: the bundled French one, with the
    texts its older model does not have taken out (it had no guided questions)."""
    import yaml

    from pem_desktop.maturity.catalog import bundled_translations
    from pem_desktop.maturity.translation import translate

    data = yaml.safe_load(bundled_translations("cncf-platform-engineering")[language].read_text(encoding="utf-8"))
    original = workshop.loaded_model.original
    for aspect, ours in zip(data["aspects"], original.aspects, strict=True):
        if not ours.questions:
            aspect.pop("questions", None)
        for entry, level in zip(aspect["levels"], ours.levels, strict=True):
            entry["characteristics"] = entry["characteristics"][: len(level.characteristics)]
            entry["characteristics"] += [
                f"({n})" for n in range(len(level.characteristics) - len(entry["characteristics"]))
            ]
            entry["scenarios"] = [f"({n})" for n in range(len(level.scenarios))]
            if not level.scenarios:
                entry.pop("scenarios")
    data["aspects"][0]["name"] = "Investissement de test"
    if original.description is None:
        data.pop("description", None)
    if original.credit is None:
        data.pop("credit", None)
    return translate(workshop.loaded_model, yaml.safe_dump(data, allow_unicode=True), "fr.yaml")


def test_a_file_of_the_answers_schema_opens_and_upgrades_after_a_backup(tmp_path):
    """A file of revision 0005 (answers, the revision before this one) gains the language table."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from pem_desktop.store import workshop_file

    copy = tmp_path / "targets.pemw"
    shutil.copyfile(FIXTURES / "workshop-schema-0001.pemw", copy)
    engine = create_engine(f"sqlite:///{copy}")
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(workshop_file._MIGRATIONS_DIR))
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()
    assert sql(copy, "SELECT version_num FROM alembic_version") == [("0005",)]
    uids = sql(copy, "SELECT uid FROM team ORDER BY id")
    workshop = Workshop.open(copy)
    try:
        assert workshop.info().language == "en" and len(workshop.teams()) == 6
    finally:
        workshop.close()
    assert sql(copy, "SELECT version_num FROM alembic_version") == [("0006",)] == [(HEAD_REVISION,)]
    assert sql(copy, "SELECT count(*) FROM workshop_language") == [(0,)]
    assert sql(copy, "SELECT uid FROM team ORDER BY id") == uids  # the teams' identities kept
    (backup,) = tmp_path.glob("targets.pemw.before-upgrade-*.bak")
    assert sql(backup, "SELECT version_num FROM alembic_version") == [("0005",)]


# -- follow-ups ------------------------------------------------------------------------------------


def test_a_follow_up_of_a_german_workshop_is_in_german_and_reopens_so(tmp_path, german):
    from pem_desktop.services.follow_up import start_follow_up

    source = Workshop.create(
        tmp_path / "de.pemw", title="Plattform-Check", loaded_model=german, team_names=["Zahlungen"]
    )
    try:
        follow_up = start_follow_up(source, tmp_path / "folge.pemw")
        assert follow_up.model.language == "de"
        follow_up.close()
    finally:
        source.close()
    assert sql(tmp_path / "folge.pemw", "SELECT language FROM workshop_language") == [("de",)]
    reopened = Workshop.open(tmp_path / "folge.pemw", read_only=True)
    try:
        assert reopened.info().language == "de" and reopened.model.aspect("investment").name == "Investition"
    finally:
        reopened.close()


def test_a_follow_up_on_a_newer_version_no_translation_fits_is_in_the_model_s_own_language(tmp_path, german, pe_model):
    from pem_desktop.maturity import load_model_text
    from pem_desktop.services.follow_up import start_follow_up

    text = pe_model.text.replace(f'version: "{pe_model.model.version}"', 'version: "1.1.0"', 1)
    newer = load_model_text(text[: text.index("  - id: measurement")], "newer.yaml")  # one aspect fewer
    source = Workshop.create(
        tmp_path / "de.pemw", title="Plattform-Check", loaded_model=german, team_names=["Zahlungen"]
    )
    try:
        follow_up = start_follow_up(source, tmp_path / "folge.pemw", model=newer)
        assert follow_up.model.language == "en" and follow_up.model.version == "1.1.0"
        follow_up.close()
    finally:
        source.close()
    reopened = Workshop.open(tmp_path / "folge.pemw", read_only=True)
    try:
        assert reopened.info().language == "en" and reopened.model.aspect("investment").name == "Investment"
    finally:
        reopened.close()
