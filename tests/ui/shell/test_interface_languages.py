"""The interface in Russian and Simplified Chinese: every visible string of the main window
and its dialogs is translated (no English word left but names), and the language follows
the OS or the Settings choice."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from socialdesk.interface_language import effective_language, from_preferences, normalize
from socialdesk.platforms import PLATFORM_IDS
from socialdesk.platforms.chrome import CARD_LANGUAGES, chrome
from socialdesk.settings import Settings
from socialdesk.translation import languages
from socialdesk.ui.common.i18n import current_language, install_translators
from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow
from socialdesk.ui.shell.tour import start_tour

SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "aurora-launch.sdraft"

# Names that stay as they are in every language (platforms, services, formats, keys)
NAMES = set(
    re.findall(
        r"\S+",
        """
        VK Weibo Facebook X SocialDesk Premium Google MyMemory LibreTranslate DeepL Microsoft
        Translator Yandex Baidu Papago Qt Python MIT OAuth API ID URL PDF CSV JSON HTML
        Markdown Zip ZIP JPEG PNG GIF WebP GPS XMP Ctrl Shift OK tweet write wall pages manage
        posts consumer key secret vk com club templates deleted Aurora Coffee
        """,
    )
)
LANGUAGE_CODES = {languages.primary(code) for code in languages.NAMES if code != languages.AUTO}
WORD = re.compile(r"[A-Za-z]{2,}")
# a feed's own words in the preview (VK's "только что", X's "now", its action bar): the
# platform's, in the audience language, not ours
PLATFORM_CHROME = sorted(
    {
        *(chrome(pid).details(lang) for pid in PLATFORM_IDS for lang in CARD_LANGUAGES),
        *(
            words
            for pid in PLATFORM_IDS
            for lang in CARD_LANGUAGES
            for words in (
                chrome(pid).word("your_name", lang),
                *(a.label for a in chrome(pid).actions(lang)),
            )
        ),
    },
    key=len,
    reverse=True,  # longest first: "Just now · 🌐" before "now"
)


def builtin_template_fields() -> set[str]:
    """The built-in templates' field names: identifiers, shown as they are."""
    names: set[str] = set()
    for path in (SAMPLE.parents[1] / "templates").glob("*.sdtemplate"):
        header = re.search(r"\{#\s*(\{.*?\})\s*#\}", path.read_text("utf-8"), re.S)
        assert header is not None, path
        names |= set(json.loads(header[1])["fields"])
    return names


TEMPLATE_FIELDS = builtin_template_fields()
# what the sample draft's writer wrote: its file name and the handle on the cards
CONTENT_WORDS = {"aurora", "launch", "sdraft", "yourpage", *TEMPLATE_FIELDS}


def english_words(text: str) -> list[str]:
    """Latin words in `text` that are not names, codes, identifiers, links or file patterns.
    Words with letters beyond ASCII (Torstraße, Köhler) are names, not English."""
    text = re.sub(r"<[^>]+>|&\w+;", " ", text)  # rich-text markup
    text = re.sub(
        r"\b[a-z]{2}-[A-Z][A-Za-z]{1,3}\b"  # language codes: zh-CN
        r"|\w+://\S+|[\w.-]+@[\w.-]+|/[\w/.-]+"  # links, mentions, paths
        r"|\*?\.\w+\b|\(\*[^)]*\)"  # file patterns: *.png, .txt
        r"|\b\w+_\w+\b"  # identifiers: aurora_coffee, pages_manage_posts
        r"|\b[A-Z]{3}\b",  # currency codes: EUR
        " ",
        text.replace("&", ""),
    )
    words = []
    for word in re.findall(r"[^\W\d_]+", text):
        if not WORD.fullmatch(word) or word in NAMES or word in CONTENT_WORDS:
            continue
        if word in LANGUAGE_CODES:  # the language chips: en, ru
            continue
        words.append(word)
    return words


def visible_texts(root: QWidget, skip: Callable[[QWidget], bool]) -> Iterator[tuple[str, str]]:
    """(where, text) for every string a person can read in `root`: titles, labels,
    buttons, menus and actions, tooltips, placeholders, tabs, group boxes, headers."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if skip(widget):
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        if widget.isWindow() or isinstance(widget, QDockWidget):
            yield f"{name}.windowTitle", widget.windowTitle()
        yield f"{name}.toolTip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield f"{name}.text", widget.text()
        elif isinstance(widget, QGroupBox):
            yield f"{name}.title", widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{name}.placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            yield f"{name}.current", widget.currentText()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}.tab{i}", widget.tabText(i)
        elif isinstance(widget, QMenu):
            yield f"{name}.title", widget.title()
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header_view = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for column in range(header_view.count()):
                header = widget.model().headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield f"{name}.header{column}", header
        for action in widget.actions():
            yield f"{name}.action", action.text()
            if action.toolTip() != action.text().replace("&", "").rstrip("…"):
                yield f"{name}.action.toolTip", action.toolTip()
            yield f"{name}.action.statusTip", action.statusTip()
            if action.menu() is not None:
                yield f"{name}.submenu", action.menu().title()


def untranslated(root: QWidget, skip: Callable[[QWidget], bool] = lambda w: False) -> list[str]:
    found = []
    for where, text in visible_texts(root, skip):
        plain = re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")
        for words in PLATFORM_CHROME:
            plain = plain.replace(words, "")
        words = english_words(plain)
        if words:
            found.append(f"{where}: {text!r} ({', '.join(words)})")
    return sorted(set(found))


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    code = request.param
    assert install_translators(code) == code, f"the {code} translation did not load"
    yield code
    install_translators("en")


@pytest.fixture
def captured_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Dialogs shown without blocking: exec() and open() record and show them."""
    shown: list[QDialog] = []

    def show(self: QDialog) -> int:
        shown.append(self)
        self.show()
        return 0

    monkeypatch.setattr(QDialog, "exec", show)
    monkeypatch.setattr(QDialog, "open", show)
    monkeypatch.setattr(QMessageBox, "exec", show)
    return shown


def full_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(autosave_seconds=3600, features=ALL_FEATURES)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_draft(SAMPLE)
    return window


def not_content(window: MainWindow) -> Callable[[QWidget], bool]:
    """Skip what the writer wrote: the template fields' names are the template's own."""
    field_names = set(window.document.draft.fields)

    def skip(widget: QWidget) -> bool:
        return isinstance(widget, QLabel) and widget.text() in field_names

    return skip


@pytest.mark.parametrize("language", ["ru", "zh_CN"], indirect=True)
def test_the_main_window_has_no_english_left(
    language: str, qtbot: QtBot, captured_dialogs: list[QDialog]
) -> None:
    window = full_window(qtbot)
    try:
        problems = untranslated(window, not_content(window))
        assert not problems, "\n".join(problems)
        # a built-in template's form: its name, field labels, hints and placeholders
        window.ask_replace_text = lambda: True  # type: ignore[attr-defined]
        window.templates_form.ask_replace_text = lambda: True
        assert window.templates_form.choose("event")
        problems = untranslated(window.templates_form)
        assert not problems, "\n".join(problems)
        assert (
            window.templates_form.template_combo.currentText()
            == ({"ru": "Мероприятие", "zh_CN": "活动"}[language])
        )
        assert window.menus["file"].title() == {"ru": "&Файл", "zh_CN": "文件(&F)"}[language]
        # the tour, step by step
        tour = start_tour(window)
        for _ in tour.steps:
            problems = untranslated(tour)
            assert not problems, "\n".join(problems)
            tour.next()
    finally:
        window.shutdown()


DIALOG_ACTIONS = [
    "settings_action",
    "user_guide_action",
    "report_action",
    "publish_action",
    "accounts_action",
    "export_action",
    "templates_action",
]


@pytest.mark.parametrize("language", ["ru", "zh_CN"], indirect=True)
def test_every_dialog_of_the_window_has_no_english_left(
    language: str, qtbot: QtBot, captured_dialogs: list[QDialog]
) -> None:
    window = full_window(qtbot)
    try:
        for name in DIALOG_ACTIONS:
            getattr(window, name).trigger()
        controller = window.translation
        controller.settings_action.trigger()
        controller.glossary_action.trigger()
        about = next(a for a in window.menus["help"].actions() if a.menuRole().name == "AboutRole")
        about.trigger()
        window.ask_save_changes = type(window).ask_save_changes.__get__(window)  # type: ignore[method-assign]
        window.ask_save_changes()
        titles = [d.windowTitle() for d in captured_dialogs]
        assert len(captured_dialogs) == len(DIALOG_ACTIONS) + 4, titles
        problems = []
        for dialog in captured_dialogs:
            problems += untranslated(dialog)  # texts, not their contents: rows, guide, report
        assert not problems, "\n".join(problems)
    finally:
        for dialog in captured_dialogs:
            dialog.close()
        window.shutdown()


# == choosing the language ==============================================================
@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        (["ru-RU", "en-US"], "ru"),
        (["de-DE", "zh-Hans-CN"], "zh_CN"),
        (["zh-TW"], "zh_CN"),
        (["de-DE", "fr-FR"], "en"),
        ([], "en"),
    ],
)
def test_the_interface_follows_the_os_languages(preferred: list[str], expected: str) -> None:
    assert from_preferences(preferred) == expected


def test_the_settings_choice_wins_over_the_os_and_the_environment_over_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings.load()
    assert effective_language(["ru-RU"], settings) == "ru"
    settings.set("interface", "language", "zh_CN")
    assert effective_language(["ru-RU"], settings) == "zh_CN"
    monkeypatch.setenv("SOCIALDESK_LANGUAGE", "en")
    assert effective_language(["ru-RU"], settings) == "en"
    settings.set("interface", "language", "klingon")
    monkeypatch.delenv("SOCIALDESK_LANGUAGE")
    assert effective_language(["ru-RU"], settings) == "ru"  # a bad value falls back
    assert normalize("zh_Hans_CN") == "zh_CN" and normalize("pt-BR") is None


def test_russian_plural_forms_and_back_to_english(qtbot: QtBot) -> None:
    from socialdesk.ui.library.panel import LibraryPanel

    try:
        install_translators("ru")
        assert QLocale().name() == "ru_RU"
        panel = LibraryPanel(parent=None, settings=Settings.load())
        qtbot.addWidget(panel)
        texts = [panel.tr("%Ln draft(s)", "", n) for n in (1, 3, 5, 21)]
        assert texts == ["1 черновик", "3 черновика", "5 черновиков", "21 черновик"]
        panel.shutdown()
    finally:
        install_translators("en")
    assert current_language() == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_every_builtin_template_text_is_marked_for_translation() -> None:
    from socialdesk.ui.templates.texts import MARKED, builtin_texts

    assert set(builtin_texts()) == set(MARKED), "run: python -m socialdesk.ui.templates.texts"
