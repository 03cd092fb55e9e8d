"""The roadmap and the Markdown summary in the workshop's language: every catalog complete, the demo workshop
exported in each of the seven languages and read back (headings, a level word, a date in the locale's form),
CJK headings in a visible bold, and `export --language` on the command line."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from pypdf import PdfReader

from pem_desktop import i18n
from pem_desktop.cli import main
from pem_desktop.export import export_workshop
from pem_desktop.languages import LANGUAGES
from pem_desktop.maturity.catalog import bundled_model
from pem_desktop.resources import data_path
from pem_desktop.services import model_language
from pem_desktop.services.demo import write_demo_workshop

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = data_path(*i18n.CATALOG_FOLDER)
TRANSLATED = [code for code in LANGUAGES if code != "en"]
DAY = date(2026, 11, 25)
PLACEHOLDER = re.compile(r"\{(\w*)\}")
FORMS = {"de": 2, "fr": 2, "es": 2, "pt_BR": 2, "ja": 1, "zh_CN": 1}  # gettext's plural forms (ja, zh: one)


def flat(text: str) -> str:
    return " ".join(text.split())


def source_messages() -> dict[str, tuple[str, ...]]:
    """Every text the code translates (as Babel extracts it), by its msgid: (msgid,) or (msgid, plural)."""
    found: dict[str, tuple[str, ...]] = {}
    keywords = {"_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
    for folder in ("pem_desktop/export", "pem_desktop/maturity", "pem_desktop"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / folder,
            method_map=[("**.py", "python")] if folder != "pem_desktop" else [("i18n.py", "python")],
            keywords=keywords,
        ):
            key = message if isinstance(message, str) else message[0]
            found[key] = (message,) if isinstance(message, str) else tuple(message)
    return found


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_the_catalogs_are_the_six_languages_besides_english():
    assert i18n.catalog_languages() == sorted(TRANSLATED)


@pytest.mark.parametrize("code", i18n.catalog_languages())
def test_every_catalog_translates_every_text_with_its_placeholders(code):
    with (CATALOGS / f"{code}.po").open("rb") as handle:
        catalog = read_po(handle)
    assert catalog.num_plurals == FORMS.get(code, catalog.num_plurals)
    messages = {
        message.id if isinstance(message.id, str) else message.id[0]: message for message in catalog if message.id
    }
    source = source_messages()
    assert sorted(set(source) - set(messages)) == [], "texts of the code missing from the catalog"
    assert sorted(set(messages) - set(source)) == [], "texts of the catalog the code no longer has"
    for key, ids in source.items():
        message = messages[key]
        assert not message.fuzzy, key
        if len(ids) == 1:
            assert isinstance(message.string, str) and message.string.strip(), key
            assert placeholders(message.string) == placeholders(key), (key, message.string)
            continue
        forms = message.string
        assert isinstance(forms, tuple) and len(forms) == catalog.num_plurals, key
        assert all(form.strip() for form in forms), key
        known = placeholders(ids[0]) | placeholders(ids[1])
        assert all(placeholders(form) <= known for form in forms), (key, forms)
        assert placeholders(forms[-1]) == placeholders(ids[1]), (key, forms[-1])  # the form most numbers take


def test_plurals_and_numbers_follow_each_language():
    counts = {}
    for code in ("en", *TRANSLATED):
        with i18n.speaking(code):
            counts[code] = [i18n.ngettext("{count} team", "{count} teams", n).format(count=n) for n in (1, 2)]
            counts[code].append(i18n.decimal(1.355))
            counts[code].append(i18n.long_date(DAY))
    assert counts["en"] == ["1 team", "2 teams", "1.35", "25 November 2026"]
    assert counts["de"] == ["1 Team", "2 Teams", "1,35", "25. November 2026"]
    assert counts["fr"] == ["1 équipe", "2 équipes", "1,35", "25 novembre 2026"]
    assert counts["ja"] == ["1 チーム", "2 チーム", "1.35", "2026年11月25日"]
    assert counts["zh_CN"][:2] == ["1 个团队", "2 个团队"]
    assert i18n.current().code == "en"  # the block is left: the interface's language again


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[str, tuple]:
    """The demo workshop in each language (model and words), exported once to PDF and Markdown."""
    folder = tmp_path_factory.mktemp("languages")
    english = bundled_model()
    out = {}
    for code in LANGUAGES:
        loaded = english if code == "en" else model_language.in_language(english, code)
        workshop = write_demo_workshop(folder / f"demo-{code}.pemw", loaded, today=DAY)
        try:
            info, model = workshop.info(), workshop.model
            due = max(action.due_date for action in workshop.actions() if action.due_date)
            pdf = export_workshop(workshop, "pdf", folder / f"demo-{code}.pdf", today=DAY)
            markdown = export_workshop(workshop, "md", folder / f"demo-{code}.md", today=DAY)
        finally:
            workshop.close()
        out[code] = (info, model, PdfReader(pdf), markdown.read_text(encoding="utf-8"), due)
    return out


def words(code: str, message: str) -> str:
    with i18n.speaking(code):
        return i18n.gettext(message)


def test_spanish_joins_with_e_before_the_sound_of_i():
    from pem_desktop.export.summary import join_names

    with i18n.speaking("es"):
        assert join_names(["Medición", "Interfaces"]) == "Medición e Interfaces"
        assert join_names(["Pagos", "Búsqueda", "Hipotecas"]) == "Pagos, Búsqueda e Hipotecas"
        assert join_names(["Adopción", "Operaciones"]) == "Adopción y Operaciones"
        assert join_names(["Agua", "hielo"]) == "Agua y hielo"  # the i glides into the vowel after it
        assert join_names(["Cobre", "iodo"]) == "Cobre y iodo"
    with i18n.speaking("en"):
        assert join_names(["Payments", "Identity"]) == "Payments and Identity"
    with i18n.speaking("pt_BR"):
        assert join_names(["Pagamentos", "Identidade"]) == "Pagamentos e Identidade"


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_roadmap_is_in_the_workshop_s_language(exported, code):
    info, model, reader, _markdown, due = exported[code]
    assert info.language == code and model.language == code
    pages = [flat(page.extract_text() or "") for page in reader.pages[:4]]
    cover, summary, contents = pages[0], pages[1], " ".join(pages[2:4])
    locale = "en_GB" if code == "en" else code
    assert words(code, "MATURITY ROADMAP") in cover
    assert format_date(info.workshop_date, "long", locale=locale) in cover  # the locale's long form
    assert format_date(DAY, "long", locale=locale) in cover  # the export date
    assert flat(words(code, "Executive summary")) in summary
    assert flat(words(code, "What to do next")) in summary
    assert flat(words(code, "Where the organisation stands")) in summary
    assert flat(words(code, "Contents")) in contents
    assert flat(words(code, "Action register")) in contents
    assert model.aspects[0].name in contents  # the model's texts in the same language
    early = words(code, "early {level}")
    assert any(flat(early.format(level=level.name)) in summary for level in model.levels), "no level word"
    text = " ".join(flat(page.extract_text() or "") for page in reader.pages)
    assert format_date(due, "medium", locale=locale) in text  # a due date as tables write it
    if code == "en":
        assert words(code, "Page {page} of {total}") == "Page {page} of {total}"
        assert "Page 2 of " in summary
    assert reader.trailer["/Root"]["/Lang"] == ("en-GB" if code == "en" else code.replace("_", "-"))


@pytest.mark.parametrize("code", ["ja", "zh_CN"])
def test_cjk_headings_are_drawn_bold(exported, code):
    """Droid Sans Fallback has no bold face: bold CJK text is filled and stroked (text render mode 2)."""
    _info, _model, reader, _markdown, _due = exported[code]
    fonts = reader.pages[1]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert any("DroidSansFallback" in name for name in names)
    content = reader.pages[1].get_contents().get_data().decode("latin-1")
    assert " 2 Tr " in content and " 0 Tr " in content
    title = content.index(" 2 Tr ")
    assert content.index(" 0 Tr ", title) > title  # the stroke is switched off again after the bold run


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_markdown_summary_is_in_the_workshop_s_language(exported, code):
    info, model, _reader, markdown, due = exported[code]
    locale = "en_GB" if code == "en" else code
    assert f"## {words(code, 'Executive summary')}" in markdown
    assert f"### {words(code, 'What to do next')}" in markdown
    assert f"## {words(code, 'Contents')}" in markdown
    assert f"## {words(code, 'Action register')}" in markdown
    assert format_date(info.workshop_date, "long", locale=locale) in markdown
    assert format_date(due, "medium", locale=locale) in markdown
    early = words(code, "early {level}")
    assert any(early.format(level=level.name) in markdown for level in model.levels)
    if code == "en":
        assert "early " in markdown and "| Aspect | Lowest | Median | Highest | Target | Gap |" in markdown


def test_csv_and_json_keep_their_machine_names(tmp_path):
    """Column names and JSON keys are the same in every language (the JSON import reads any of them)."""
    import json
    import zipfile

    from pem_desktop.services.transfer import import_workshop_file

    def keys(value, path="") -> set[str]:
        if isinstance(value, dict):
            return {f"{path}/{key}" for key in value} | {
                k for key, v in value.items() for k in keys(v, f"{path}/{key}")
            }
        if isinstance(value, list):
            return {k for item in value for k in keys(item, f"{path}[]")}
        return set()

    english = bundled_model()
    found = {}
    for code in ("en", "de"):
        loaded = english if code == "en" else model_language.in_language(english, code)
        workshop = write_demo_workshop(tmp_path / f"{code}.pemw", loaded, today=DAY)
        try:
            tables = export_workshop(workshop, "csv", tmp_path / f"{code}.zip", today=DAY)
            document = export_workshop(workshop, "json", tmp_path / f"{code}.json", today=DAY)
        finally:
            workshop.close()
        with zipfile.ZipFile(tables) as archive:
            heads = {name: archive.read(name).decode("utf-8-sig").splitlines()[0] for name in archive.namelist()}
        found[code] = (heads, keys(json.loads(document.read_text(encoding="utf-8"))), document)
    assert found["de"][0] == found["en"][0]
    extra = found["de"][1] - found["en"][1]  # a translated workshop also carries its model's translation
    assert found["en"][1] <= found["de"][1] and all(key.startswith("/model/translation") for key in extra)
    imported = import_workshop_file(found["de"][2], tmp_path / "imported.pemw")
    try:
        assert imported.info().language == "de"
    finally:
        imported.close()


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_language_overrides_the_workshop_s_for_one_export(tmp_path, capsys):
    path = tmp_path / "demo.pemw"
    write_demo_workshop(path, bundled_model(), today=DAY).close()
    code, out, err = run(capsys, "export", path, "-o", tmp_path / "de.md", "--language", "de")
    assert (code, err) == (0, "")
    text = (tmp_path / "de.md").read_text(encoding="utf-8")
    assert "## Management Summary" in text and "Investition" in text  # German words and the German model
    code, out, err = run(capsys, "info", path)
    assert "language:     en" in out  # the workshop itself is unchanged
    code, out, err = run(capsys, "export", path, "-o", tmp_path / "it.md", "--language", "it")
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "pem-desktop: error: the exports are not available in 'it' (available: en, de, fr, es, pt_BR, ja, zh_CN)"
    ]
    assert not (tmp_path / "it.md").exists()


def test_the_trend_report_is_in_its_model_s_language(tmp_path):
    from pem_desktop.export.trend_report import export_trend
    from pem_desktop.services.trend import compare_files

    german = model_language.in_language(bundled_model(), "de")
    paths = []
    for number, day in enumerate((DAY, date(2027, 3, 1))):
        paths.append(tmp_path / f"w{number}.pemw")
        write_demo_workshop(paths[-1], german, today=day).close()
    trend = compare_files(paths, {})
    text = export_trend(trend, "md", tmp_path / "trend.md").read_text(encoding="utf-8")
    assert text.startswith("# Verlauf: ") and "## Positionen im Zeitverlauf" in text
    assert "- 1. März 2027: " in text
    reader = PdfReader(export_trend(trend, "pdf", tmp_path / "trend.pdf"))
    assert "Verlauf" in reader.pages[0].extract_text() and reader.trailer["/Root"]["/Lang"] == "de"


def test_the_interface_language_also_sets_the_words_outside_qt(qapp):
    from pem_desktop.ui.interface_language import current_interface_language, install_interface_language

    before = current_interface_language()
    model = model_language.in_language(bundled_model(), "de").model
    try:
        install_interface_language("de")
        assert model.describe_position(1.2) == "früh in Operativ"
        with i18n.speaking("fr"):  # an export speaks its workshop's language whatever the interface's
            assert model.describe_position(1.2) == "début du niveau Operativ"
    finally:
        install_interface_language(before)
    assert i18n.current().code == before
