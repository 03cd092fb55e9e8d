"""The model's credit (CC BY 4.0: title, copyright holder, source, licence, changes) and its named
topics appear wherever the model's text is printed: the PDF roadmap and the Markdown summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from pem_desktop.export import export_workshop
from pem_desktop.maturity.credit import credit_lines
from pem_desktop.services import Workshop


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def cn_workshop(tmp_path: Path, cn_model):
    workshop = Workshop.create(tmp_path / "cn.pemw", title="Cloud native", loaded_model=cn_model, team_names=["Core"])
    core = workshop.teams()[0]
    workshop.place_team(core.id, "process", 1.5)  # heading toward Scale
    yield workshop
    workshop.close()


def test_the_credit_lines_name_everything_the_licence_asks_for(pe_model, cn_model):
    for loaded, title in ((pe_model, "Platform Engineering Maturity Model"), (cn_model, "Cloud Native Maturity Model")):
        text = "\n".join(credit_lines(loaded.model))
        assert title in text
        assert "© The CNCF Authors" in text
        assert loaded.model.source.url in text
        assert "CC BY 4.0" in text and "https://creativecommons.org/licenses/by/4.0/" in text
        assert "summar" in text and "changed" in text


def test_markdown_credits_the_model_and_names_topics(cn_workshop, tmp_path):
    text = export_workshop(cn_workshop, "md", tmp_path / "cn.md").read_text(encoding="utf-8")
    about = text[text.index("## About the model") :]
    assert "© The CNCF Authors" in about
    assert "(https://maturitymodel.cncf.io/)" in about
    assert "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)" in about
    assert "summarised and changed" in flat(about)
    section = text[text.index("### Toward Scale") :]
    scale = cn_workshop.model.aspect("process").at(2)
    for topic in (topic for topic, _ in scale.topical_characteristics):
        assert f"- **{topic.name}:** " in section
    assert "**CI/CD:** A centre of excellence" in section


def test_pdf_credits_the_model_and_names_topics(cn_workshop, tmp_path):
    path = export_workshop(cn_workshop, "pdf", tmp_path / "cn.pdf")
    pages = [flat(page.extract_text() or "") for page in PdfReader(path).pages]
    text = " ".join(pages)
    about = text[text.index(f"{cn_workshop.model.title}, version") :]
    assert "© The CNCF Authors" in about
    assert "https://maturitymodel.cncf.io/" in about
    assert "CC BY 4.0" in about and "https://creativecommons.org/licenses/by/4.0/" in about
    assert "summarised and changed" in about
    toward = text[text.index("Toward Scale") :]
    assert "Change control: Code quality is rising" in toward
    assert "CI/CD: A centre of excellence" in toward


def test_the_model_readme_credits_both_bundled_models(pe_model, cn_model):
    from pem_desktop.resources import data_path

    readme = flat(data_path("model", "README.md").read_text(encoding="utf-8"))
    credits = readme[readme.index("### Credits") : readme.index("## Schema")]
    assert credits.count("© The CNCF Authors") == 2
    for loaded in (pe_model, cn_model):
        assert loaded.model.source.url in credits
        assert loaded.model.source.title in credits
    assert credits.count("https://creativecommons.org/licenses/by/4.0/") == 2
    assert credits.count("summarised and changed") == 2
