"""Typography and Chinese-script findings of one editor, under it, with one-click fixes.

Checked a moment after typing stops (never on the keystroke). A fix is an edit of the
editor's text, so Edit ▸ Undo takes it back; "Fix all" is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socialdesk.proofing.checks import ProofingOptions, proof
from socialdesk.proofing.issues import ProofIssue
from socialdesk.ui.common.i18n import english_plural
from socialdesk.ui.editor.draft_editor import DraftEditor, utf16_offset

DELAY_MS = 300


class FindingsBar(QFrame):
    changed = Signal()  # the findings were checked again

    def __init__(self, editor: DraftEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProofingFindings")
        self.editor = editor
        self.language = ""
        self.options = ProofingOptions()
        self.issues: list[ProofIssue] = []
        self.current = 0
        outer = QVBoxLayout(self)  # the finding on its own line: the pane is narrow
        outer.setContentsMargins(12, 4, 12, 4)
        outer.setSpacing(2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        outer.addWidget(self.label)
        layout = QHBoxLayout()
        layout.addStretch(1)
        outer.addLayout(layout)
        self.fix_button = QPushButton(self.tr("Fix"))
        self.fix_button.clicked.connect(self.fix_current)
        layout.addWidget(self.fix_button)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(self.show_next)
        layout.addWidget(self.next_button)
        self.fix_all_button = QPushButton(self.tr("Fix All"))
        self.fix_all_button.clicked.connect(self.fix_all)
        layout.addWidget(self.fix_all_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        editor.textChanged.connect(self._timer.start)
        self.hide()

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.recheck()

    def set_options(self, options: ProofingOptions) -> None:
        self.options = options
        self.recheck()

    def recheck(self) -> None:
        self._timer.stop()
        text = self.editor.text()
        self.issues = proof(text, self.language, self.options) if self.language else []
        self.current = min(self.current, max(0, len(self.issues) - 1))
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        if not self.issues:
            self.hide()
            return
        issue = self.issues[self.current]
        count = len(self.issues)
        head = english_plural(self.tr("%n typography finding(s)", "", count), count)
        self.label.setText(f"{head}: {self.describe(issue)}")
        self.next_button.setVisible(count > 1)
        self.show()

    def describe(self, issue: ProofIssue) -> str:
        """⟨,⟩ → ⟨，⟩ — the rule, in the interface language."""
        rules = {
            "zh_punctuation": self.tr("full-width punctuation in Chinese"),
            "zh_spacing": self.tr("spacing between Chinese and Latin letters or digits"),
            "zh_script": self.tr("a character of the other Chinese script"),
            "ru_quotes": self.tr("«ёлочки» quotes in Russian"),
            "ru_dash": self.tr("an em dash instead of a hyphen"),
            "ru_dash_space": self.tr("a non-breaking space before the em dash"),
            "en_quotes": self.tr("the house style of quotes"),
        }
        shown = {"": "∅", " ": "␣", "\u00a0": "⍽"}
        before = "".join(shown.get(c, c) for c in issue.original) or shown[""]
        after = "".join(shown.get(c, c) for c in issue.replacement) or shown[""]
        return f"⟨{before}⟩ → ⟨{after}⟩ — {rules.get(issue.kind, issue.kind)}"

    def show_next(self) -> None:
        if self.issues:
            self.current = (self.current + 1) % len(self.issues)
            self._show()

    def fix_current(self) -> None:
        if self.issues:
            self._apply([self.issues[self.current]])

    def fix_all(self) -> None:
        self._apply(self.issues)

    def _apply(self, issues: list[ProofIssue]) -> None:
        """Edit the editor's text (one undo step); skip findings the text no longer has."""
        text = self.editor.text()
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        end_of_last = len(text) + 1
        for issue in sorted(issues, key=lambda i: (i.start, i.end), reverse=True):
            if text[issue.start : issue.end] != issue.original or issue.end > end_of_last:
                continue
            cursor.setPosition(utf16_offset(text, issue.start))
            cursor.setPosition(utf16_offset(text, issue.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(issue.replacement)
            end_of_last = issue.start
        cursor.endEditBlock()
        self.recheck()
