"""The level detail names each characteristic's topic, and "+ action" on one drafts it unchanged."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from pem_desktop.ui.level_detail import LevelDetailPanel
from pem_desktop.ui.theme import LIGHT


def test_topical_characteristics_are_shown_under_their_topic_names(qtbot, cn_model):
    panel = LevelDetailPanel(cn_model.model, LIGHT)
    qtbot.addWidget(panel)
    process = cn_model.model.aspect("process")
    panel.show_level(process, 0)
    text = " ".join(panel.toPlainText().split())
    for topic, item in process.at(0).topical_characteristics:
        assert f"{topic.name}: {' '.join(item.split())}" in text
    drafted = []
    panel.draftActionRequested.connect(lambda level, title: drafted.append((level, title)))
    panel.anchorClicked.emit(QUrl("draft:2"))
    assert drafted == [(0, process.at(0).characteristics[2])]  # the text only, not the topic's name


def test_characteristics_without_topics_are_shown_as_before(qtbot, pe_model):
    panel = LevelDetailPanel(pe_model.model, LIGHT)
    qtbot.addWidget(panel)
    investment = pe_model.model.aspect("investment")
    panel.show_level(investment, 1)
    text = " ".join(panel.toPlainText().split())
    assert " ".join(investment.at(1).characteristics[0].split()) in text
    assert ": The team" not in text
