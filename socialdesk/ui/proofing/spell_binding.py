"""Spell checking as you type in one editor.

The highlighter asks for a line's misspellings: a cached line costs a dictionary
lookup; an edited line is checked right there (a few lines per keystroke at most);
anything more — a loaded draft, a paste, another language, a changed word list — is
checked by a pool thread, and the editor re-marks itself when it is done.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from socialdesk.proofing.issues import ProofingError
from socialdesk.proofing.spelling import Misspelling, SpellChecker
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.editor.draft_editor import DraftEditor, Mark, utf16_offset

log = logging.getLogger(__name__)

# Tasks on pool threads, kept alive until they finish even if their editor closes first
_RUNNING: set[BackgroundTask] = set()
SYNC_BLOCKS = 4  # lines checked on the GUI thread per event-loop turn; more go to a thread
SUGGESTIONS = 6


def code_point_index(text: str, utf16: int) -> int:
    """The code point index in `text` of UTF-16 offset `utf16`."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _wavy(fmt: QTextCharFormat) -> None:
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor("#D93025"))


class SpellBinding(QObject):
    """Marks misspelt words in `editor` and offers fixes on right-click."""

    notice = Signal(str)  # a language has no dictionary: the window says so once
    words_changed = Signal(str)  # a word was added or ignored in this language
    checked = Signal()  # a whole-text check finished and the editor is re-marked
    problem = Signal(str)  # the personal word list could not be saved

    def __init__(self, editor: DraftEditor, checker: SpellChecker) -> None:
        super().__init__(editor)
        self.editor = editor
        self.checker = checker
        self.language = ""
        self.enabled = True
        self._task: BackgroundTask | None = None
        self._budget = SYNC_BLOCKS
        editor.highlighter.marks = self._marks
        editor.highlighter.unmarked = self._unmarked
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show_menu)

    # -- what to check ------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.refresh()

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.enabled = enabled
            if enabled:
                self.refresh()
            else:
                self.editor.highlighter.rehighlight()

    def is_busy(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Check the whole text on a pool thread, then re-mark the editor."""
        if not self.enabled or not self.language or self._task is not None:
            return
        language, checker = self.language, self.checker
        # the lines exactly as the highlighter will ask for them (a U+2028 stays inside)
        lines = []
        block = self.editor.document().firstBlock()
        while block.isValid():
            lines.append(block.text())
            block = block.next()

        def work(_report: object) -> tuple[str, str | None]:
            for line in lines:  # the first one loads the dictionary
                checker.check_block(line, language)
            return language, checker.missing_notice(language)

        task = BackgroundTask(work)
        task.signals.finished.connect(self._checked)
        task.signals.finished.connect(lambda _result: _RUNNING.discard(task))
        self._task = task
        _RUNNING.add(task)
        QThreadPool.globalInstance().start(task)

    def _checked(self, result: object) -> None:
        self._task = None
        if isinstance(result, Exception):
            log.warning("spell check failed: %s", result)
            return
        language, notice = result  # type: ignore[misc]
        if notice:
            self.notice.emit(language)
        if language != self.language:
            self.refresh()  # the language changed while checking
            return
        self._budget = SYNC_BLOCKS
        self.editor.highlighter.rehighlight()
        self.checked.emit()

    # -- marking ------------------------------------------------------------------------
    def _marks(self, block: str) -> list[Mark]:
        if not self.enabled or not self.language:
            return []
        found = self.checker.cached_block(block, self.language)
        if found is None:
            if self._task is not None:
                return []  # the thread's result re-marks this line
            if not self.checker.is_ready(self.language) or self._budget <= 0:
                QTimer.singleShot(0, self.refresh)
                return []
            if self._budget == SYNC_BLOCKS:
                QTimer.singleShot(0, self._reset_budget)
            self._budget -= 1
            found = self.checker.check_block(block, self.language)
        return [(m.start, m.end, _wavy) for m in found]

    def _unmarked(self, block: str) -> None:
        if self.language:
            self.checker.forget_block(block, self.language)

    def _reset_budget(self) -> None:
        self._budget = SYNC_BLOCKS

    # -- the right-click menu -----------------------------------------------------------
    def misspelling_at(self, position: int) -> tuple[int, Misspelling] | None:
        """The misspelt word at document position `position` (UTF-16), with its line's
        position; None if there is none."""
        if not self.enabled or not self.language:
            return None
        block = self.editor.document().findBlock(position)
        text = block.text()
        found = self.checker.cached_block(text, self.language)
        if found is None:
            found = self.checker.check_block(text, self.language)
        index = code_point_index(text, position - block.position())
        for m in found:
            if m.start <= index <= m.end:
                return block.position(), m
        return None

    def menu_at(self, pos: QPoint) -> QMenu:
        """The editor's context menu at viewport point `pos`, suggestions first."""
        menu = self.editor.createStandardContextMenu(pos)
        hit = self.misspelling_at(self.editor.cursorForPosition(pos).position())
        if hit is None:
            return menu
        block_position, word = hit
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.checker.suggest(word.word, self.language, SUGGESTIONS)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(partial(self.replace, block_position, word, suggestion))
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        menu.insertSeparator(first)
        add = QAction(self.tr("Add “{word}” to Dictionary").format(word=word.word), menu)
        add.triggered.connect(partial(self.add_word, word.word))
        menu.insertAction(first, add)
        ignore = QAction(self.tr("Ignore “{word}”").format(word=word.word), menu)
        ignore.triggered.connect(partial(self.ignore_word, word.word))
        menu.insertAction(first, ignore)
        menu.insertSeparator(first)
        return menu

    def _show_menu(self, pos: QPoint) -> None:
        menu = self.menu_at(pos)
        menu.exec(self.editor.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def replace(self, block_position: int, word: Misspelling, text: str) -> None:
        """Replace `word` by `text` as an edit the writer can undo."""
        block = self.editor.document().findBlock(block_position)
        line = block.text()
        if line[word.start : word.end] != word.word:
            return  # the line changed meanwhile
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(block_position + utf16_offset(line, word.start))
        cursor.setPosition(
            block_position + utf16_offset(line, word.end), QTextCursor.MoveMode.KeepAnchor
        )
        cursor.insertText(text)

    def add_word(self, word: str) -> None:
        try:
            self.checker.add_to_dictionary(word, self.language)
        except ProofingError as exc:
            self.problem.emit(str(exc))
            return
        self.words_changed.emit(self.language)

    def ignore_word(self, word: str) -> None:
        self.checker.ignore(word, self.language)
        self.words_changed.emit(self.language)
