"""File ▸ History…: the versions of the open draft with their time and cause, a
side-by-side comparison of any platform's text between two versions, and Restore
(itself one undoable step). A damaged history says so here and never blocks the draft."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from socialdesk.draft import Draft
from socialdesk.history import MASTER, History, HistoryStore, Version, diff_texts
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.ui.common.widgets import RED

CURRENT = -1  # "the draft as it is now" in the comparison chooser
REMOVED = "#FDE2E1"
ADDED = "#DDF4E4"
_CONTENT = ("title", "master", "source_language", "variants", "template", "fields", "media")


class HistoryDialog(QDialog):
    def __init__(self, store: HistoryStore, document: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.document = document
        self.history: History = store.load(document.draft.id)
        self.setWindowTitle(self.tr("History of “{title}”").format(title=document.display_name()))
        self.resize(1100, 620)
        self._build()
        self._fill()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {RED};")
        layout.addWidget(self.problem)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Versions</b> (newest first)")))
        self.versions = QListWidget()
        self.versions.setObjectName("HistoryVersions")
        self.versions.setWordWrap(True)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.versions.currentRowChanged.connect(lambda _row: self._compare())
        left_layout.addWidget(self.versions, 1)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        choosers = QHBoxLayout()
        choosers.addWidget(QLabel(self.tr("Text of")))
        self.platform = QComboBox()
        self.platform.addItem(self.tr("Master"), MASTER)
        for pid in PLATFORM_IDS:
            self.platform.addItem(get_platform(pid).name, pid)
        self.platform.currentIndexChanged.connect(lambda _i: self._compare())
        choosers.addWidget(self.platform)
        choosers.addSpacing(16)
        choosers.addWidget(QLabel(self.tr("compared with")))
        self.against = QComboBox()
        self.against.currentIndexChanged.connect(lambda _i: self._compare())
        choosers.addWidget(self.against, 1)
        right_layout.addLayout(choosers)

        heads = QHBoxLayout()
        self.old_head, self.new_head = QLabel(), QLabel()
        heads.addWidget(self.old_head, 1)
        heads.addWidget(self.new_head, 1)
        right_layout.addLayout(heads)
        panes = QHBoxLayout()
        self.old_text, self.new_text = QTextBrowser(), QTextBrowser()
        self.old_text.setObjectName("HistoryOld")
        self.new_text.setObjectName("HistoryNew")
        for pane in (self.old_text, self.new_text):
            pane.setOpenLinks(False)
            panes.addWidget(pane, 1)
        right_layout.addLayout(panes, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        right_layout.addWidget(self.summary)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setToolTip(
            self.tr("Put this version back in the editor; Edit ▸ Undo takes it back again")
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        self.problem.setText(self.history.problem or "")
        self.problem.setVisible(bool(self.history.problem))
        self.versions.clear()
        self.against.blockSignals(True)
        self.against.clear()
        self.against.addItem(self.tr("the draft now"), CURRENT)
        for version in reversed(self.history.versions):
            item = QListWidgetItem(
                f"{self.when(version)}\n{self.cause(version)}"
                + (f" — {version.title}" if version.title else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, version.number)
            self.versions.addItem(item)
            self.against.addItem(
                self.tr("version of {when}").format(when=self.when(version)), version.number
            )
        self.against.blockSignals(False)
        empty = not self.history.versions
        self.restore_button.setEnabled(not empty)
        if empty:
            self.summary.setText(
                self.tr(
                    "No versions yet. A version is kept each time you save, publish, "
                    "translate all cards or apply a template."
                )
            )
        else:
            self.versions.setCurrentRow(0)

    # -- words ----------------------------------------------------------------------------
    def when(self, version: Version) -> str:
        moment = version.when.astimezone()
        today = datetime.now().astimezone().date()
        if moment.date() == today:
            return self.tr("Today {time}").format(time=moment.strftime("%H:%M:%S"))
        return moment.strftime("%Y-%m-%d %H:%M")

    def cause(self, version: Version) -> str:
        detail = version.detail
        causes = {
            "save": self.tr("Saved"),
            "publish": self.tr("Published"),
            "translate": self.tr("Before translating all cards"),
            "template": self.tr("Before applying template “{name}”").format(name=detail),
            "restore": self.tr("Before restoring the version of {when}").format(when=detail),
        }
        return causes.get(version.cause, version.cause)

    # -- comparing ------------------------------------------------------------------------
    def selected(self) -> Version | None:
        item = self.versions.currentItem()
        if item is None:
            return None
        number = item.data(Qt.ItemDataRole.UserRole)
        return next((v for v in self.history.versions if v.number == number), None)

    def _text_now(self, pid: str) -> str:
        draft: Draft = self.document.draft
        return draft.master if pid == MASTER else draft.text_for(pid)

    def _compare(self) -> None:
        version = self.selected()
        if version is None:
            return
        pid = str(self.platform.currentData())
        other = self.against.currentData()
        old = self.history.text_at(version, pid)
        old_head = self.tr("Version of {when}").format(when=self.when(version))
        if other == CURRENT or other is None:
            new, new_head = self._text_now(pid), self.tr("The draft now")
        else:
            newer = next(v for v in self.history.versions if v.number == other)
            new, new_head = (
                self.history.text_at(newer, pid),
                self.tr("Version of {when}").format(when=self.when(newer)),
            )
        segments = diff_texts(old, new)
        self.old_head.setText(f"<b>{html.escape(old_head)}</b>")
        self.new_head.setText(f"<b>{html.escape(new_head)}</b>")
        self.old_text.setHtml(_side(segments, old=True))
        self.new_text.setHtml(_side(segments, old=False))
        removed = sum(len(s.old) for s in segments if s.tag in ("delete", "replace"))
        added = sum(len(s.new) for s in segments if s.tag in ("insert", "replace"))
        self.summary.setText(
            self.tr("The same text.")
            if not removed and not added
            else self.tr(
                "{removed:,} characters only on the left, {added:,} only on the right."
            ).format(removed=removed, added=added)
        )

    # -- restoring ------------------------------------------------------------------------
    def restore_selected(self) -> bool:
        version = self.selected()
        if version is None:
            return False
        restored = self.history.restored(version, self.document.draft)
        when = self.when(version)
        self.document.checkpoint.emit("restore", when)  # today's text stays a version too

        def change(draft: Draft) -> None:
            for name in _CONTENT:
                setattr(draft, name, getattr(restored, name))

        self.document.edit(
            change,
            master=True,
            fields=True,
            media=True,
            options=True,
            name=self.tr("Restore version of {when}").format(when=when),
        )
        self.history = self.store.load(self.document.draft.id)
        self._fill()
        return True


def _side(segments: list[Any], *, old: bool) -> str:
    """One side of the comparison as HTML: what only this side has is marked."""
    colour = REMOVED if old else ADDED
    parts = []
    for segment in segments:
        text = segment.old if old else segment.new
        if not text:
            continue
        escaped = html.escape(text).replace("\n", "<br>")
        if segment.tag == "equal":
            parts.append(escaped)
        else:
            decoration = "line-through" if old else "none"
            parts.append(
                f'<span style="background:{colour}; color:#1A1A1A; '
                f'text-decoration:{decoration}">{escaped}</span>'
            )
    return '<div style="white-space: pre-wrap">' + "".join(parts) + "</div>"
