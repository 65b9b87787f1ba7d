"""The editor column keeps the master editor at least MIN_LINES lines tall: the panels
under it (template, fields, images) sit in sections that fold to their title bar, and
fold by themselves, last first, when the window is too short for them and the editor.
The writer unfolds one with a click; it folds again only when the window shrinks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MIN_LINES = 8
QWIDGETSIZE_MAX = 16777215


class FoldingSection(QWidget):
    """`body` under a title bar that folds it away; a folded section is its title bar."""

    folded_changed = Signal(bool)

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self._folded = False
        self.toggle = QToolButton()  # flat, no style sheet: it follows the theme's palette
        self.toggle.setText(title)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFont(self.toggle.font())
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.clicked.connect(lambda: self.set_folded(not self._folded))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        # a short window scrolls the panel rather than squeezing the editor above it
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)
        self._folding = False
        body.installEventFilter(self)
        self._show_arrow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Another part showing or hiding the body (templates swap the fields panel for
        their form) shows or hides the whole section; folded, the body stays hidden."""
        if watched is self.body and not self._folding:
            if event.type() == QEvent.Type.HideToParent:
                self.hide()
            elif event.type() == QEvent.Type.ShowToParent:
                self.show()
                if self.folded:
                    self._set_body_visible(False)
        return False

    def _set_body_visible(self, visible: bool) -> None:
        self._folding = True
        try:
            self.body.setVisible(visible)
        finally:
            self._folding = False

    @property
    def folded(self) -> bool:
        return self._folded

    def set_folded(self, folded: bool) -> None:
        if folded == self._folded:
            return
        self._folded = folded
        self._set_body_visible(not folded)
        self.scroll.setVisible(not folded)
        self.setMaximumHeight(self.toggle.sizeHint().height() if folded else QWIDGETSIZE_MAX)
        self._show_arrow()
        self.folded_changed.emit(folded)

    def header_height(self) -> int:
        return self.toggle.sizeHint().height()

    def preferred_height(self) -> int:
        if self.folded:
            return self.header_height()
        return self.header_height() + self.body.sizeHint().height()

    def minimumSizeHint(self) -> QSize:
        # the same folded or not: folding must not move the column's splitter
        return QSize(self.toggle.minimumSizeHint().width(), self.header_height())

    def _show_arrow(self) -> None:
        arrow = Qt.ArrowType.RightArrow if self.folded else Qt.ArrowType.DownArrow
        self.toggle.setArrowType(arrow)


class EditorColumn(QObject):
    """Keeps `splitter`'s first pane (the editor tabs) at least MIN_LINES of text tall,
    folding the sections below it when they do not fit."""

    def __init__(self, splitter: QSplitter, editor: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.splitter = splitter
        self.editor = editor
        self.sections: list[FoldingSection] = []
        self.auto_folded: set[FoldingSection] = set()  # folded by fit(), not by the writer
        self._fitting = False
        self._pending = False
        splitter.installEventFilter(self)

    def wrap(self, widget: QWidget, title: str) -> FoldingSection:
        """Put `widget` (a pane of the splitter) in a folding section in its place."""
        index = self.splitter.indexOf(widget)
        hidden = widget.isHidden()
        placeholder = QWidget()
        self.splitter.replaceWidget(index, placeholder)  # takes `widget` out of the splitter
        section = FoldingSection(title, widget)
        self.splitter.replaceWidget(index, section)
        placeholder.deleteLater()
        widget.show()
        section.setVisible(not hidden)
        self.sections.append(section)
        section.folded_changed.connect(lambda _folded, s=section: self._writer_folded(s))
        self.splitter.setCollapsible(index, False)
        return section

    def editor_minimum(self) -> int:
        """The editor tabs' height with MIN_LINES of the editor's text showing."""
        lines = self.editor.fontMetrics().lineSpacing() * MIN_LINES
        frame = self.editor.height() - self.editor.viewport().height()
        chrome = self.splitter.widget(0).height() - self.editor.height()
        return lines + max(frame, 4) + max(chrome, 0) + 8

    def _fit_pending(self) -> None:
        self._pending = False
        self.fit()

    def _writer_folded(self, section: FoldingSection) -> None:
        if not self._fitting:
            self.auto_folded.discard(section)  # the writer's choice from now on
            QTimer.singleShot(0, self.fit)  # give an unfolded panel its room

    def fit(self) -> None:
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        available = self.splitter.height()
        if available <= 0:
            return
        wanted = min(self.editor_minimum(), available)
        self.splitter.widget(0).setMinimumHeight(wanted)
        shown = [s for s in self.sections if not s.isHidden()]
        handles = self.splitter.handleWidth() * len(shown)

        def needed() -> int:
            return wanted + handles + sum(s.preferred_height() for s in shown)

        # sections folded for want of room unfold when there is room again (first first)
        for section in shown:
            if section in self.auto_folded:
                section.set_folded(False)
                if needed() > available:
                    section.set_folded(True)
                    break
                self.auto_folded.discard(section)
        for section in reversed(shown):
            if needed() <= available:
                break
            if not section.folded:
                section.set_folded(True)
                self.auto_folded.add(section)
        sizes = [0] * self.splitter.count()
        for section in shown:
            index = self.splitter.indexOf(section)
            sizes[index] = section.preferred_height()
        sizes[0] = max(wanted, available - handles - sum(sizes[1:]))
        self.splitter.setSizes(sizes)

    @staticmethod
    def _minimum(widget: QWidget) -> int:
        if widget.isHidden():
            return 0
        return max(widget.minimumSizeHint().height(), widget.minimumHeight())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() in (QEvent.Type.Resize, QEvent.Type.Show)
        # after the splitter has spread the new size itself, which would undo ours
        if watched is self.splitter and resized and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._fit_pending)
        return False


def pane_index(splitter: QSplitter, widget: QWidget) -> int:
    """Where `widget` is among the panes of `splitter`: a pane itself, or the body of a
    folding section that is one (its parent is then the section's scroll viewport); -1
    if neither."""
    for index in range(splitter.count()):
        pane = splitter.widget(index)
        if pane is widget or (isinstance(pane, FoldingSection) and pane.body is widget):
            return index
    return -1


def install_editor_column(window: Any) -> EditorColumn:
    """Fold the template, fields and images panels under the master editor (called once
    the features have put them there)."""
    existing = getattr(window, "editor_column", None)
    if isinstance(existing, EditorColumn):
        return existing
    from socialdesk.ui.common.i18n import translate

    column = EditorColumn(window.editor_splitter, window.master_editor, window)
    titles = {
        "templates_form": translate("EditorColumn", "Template"),
        "fields_panel": translate("EditorColumn", "Fields"),
    }
    for name, title in titles.items():
        widget = getattr(window, name, None)
        if isinstance(widget, QWidget) and window.editor_splitter.indexOf(widget) > 0:
            column.wrap(widget, title)
    media = getattr(window, "media", None)
    panel = getattr(media, "panel", None)
    if isinstance(panel, QWidget) and window.editor_splitter.indexOf(panel) > 0:
        column.wrap(panel, translate("EditorColumn", "Images"))
    window.editor_column = column
    return column
