"""The window holds its shape at 1280×720, 1440×900 and 1920×1080 in English, Russian and
Chinese: the master editor shows at least 8 lines, no card scrolls inside itself, card
header buttons show whole words, the Library panel never squeezes a card below its
minimum width, and nothing is pushed off the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from socialdesk.ui.common.i18n import install_translators
from socialdesk.ui.editor.folding import MIN_LINES
from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "aurora-launch.sdraft"
SIZES = [(1280, 720), (1440, 900), (1920, 1080)]
LANGUAGES = ["en", "ru", "zh_CN"]


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    assert install_translators(request.param) == request.param
    yield request.param
    install_translators("en")


@pytest.fixture
def sample_window(qtbot: QtBot, language: str) -> Iterator[MainWindow]:
    # every feature but link cards (no network in tests; they have their own tests)
    features = [f for f in ALL_FEATURES if f != "linkcards"]
    window = MainWindow(autosave_seconds=3600, features=features)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_draft(SAMPLE)
    yield window
    window.close()


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def check_geometry(window: MainWindow, size: tuple[int, int]) -> None:
    assert (window.width(), window.height()) == size, "the window takes the size it is given"
    editor = window.master_editor
    lines = editor.viewport().height() // editor.fontMetrics().lineSpacing()
    assert lines >= MIN_LINES, (size, lines)
    for card in window.cards.values():
        if not card.isVisible():
            continue
        view = card.text_view
        assert not view.verticalScrollBar().isVisible(), card.pid
        assert view.height() >= view.document().size().height() - 1, card.pid
        assert card.width() >= card.minimumWidth(), card.pid
        for button in (b for b in card.header.buttons if b.isVisible()):
            needed = button.fontMetrics().horizontalAdvance(button.text())
            assert button.width() >= needed, (card.pid, button.text())
        assert card.edit_button.isVisible(), card.pid
    # the editor column's panels fit under the editor, folded if need be
    column = window.editor_splitter
    assert column.geometry().bottom() <= window.centralWidget().height()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_layout_holds_at_each_size(
    qtbot: QtBot, sample_window: MainWindow, size: tuple[int, int]
) -> None:
    sample_window.resize(*size)
    settle()
    check_geometry(sample_window, size)
    # a template brings its fields: still 8 lines of editor
    form = sample_window.templates_form  # type: ignore[attr-defined]
    form.choose(form.library.entries()[0].id)
    settle()
    check_geometry(sample_window, size)


def test_library_panel_does_not_squeeze_the_cards(qtbot: QtBot, sample_window: MainWindow) -> None:
    sample_window.resize(1280, 720)
    sample_window.library_dock.show()  # type: ignore[attr-defined]
    settle()
    for card in sample_window.cards.values():
        if card.isVisible():
            assert card.width() >= card.minimumWidth(), card.pid
            # a narrow header moves buttons to its ⋯ menu rather than cutting their words
            for button in (b for b in card.header.buttons if b.isVisible()):
                needed = button.fontMetrics().horizontalAdvance(button.text())
                assert button.width() >= needed, (card.pid, button.text())
            assert card.edit_action in card.menu.actions() or card.edit_button.isVisible()
    assert sample_window.library_dock.isVisible()  # type: ignore[attr-defined]
