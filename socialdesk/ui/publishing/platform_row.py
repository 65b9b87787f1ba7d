"""One platform in the Publish dialog: its account, exact text (an X thread as its
numbered posts), pictures, schedule time, problems and notes, then its progress and
outcome with a link to the post."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from socialdesk.platforms import get_platform
from socialdesk.platforms.twitter.thread import thread_as_text
from socialdesk.publishing import Outcome, PlatformPlan
from socialdesk.ui.common.core_texts import core_message

STATUS_TEXT = {
    "published": ("✓", QT_TRANSLATE_NOOP("PlatformRow", "Published"), "#1E7F3C"),
    "scheduled": ("✓", QT_TRANSLATE_NOOP("PlatformRow", "Scheduled"), "#1E7F3C"),
    "outbox": ("✓", QT_TRANSLATE_NOOP("PlatformRow", "Saved to the Outbox"), "#1E7F3C"),
    "skipped": ("·", QT_TRANSLATE_NOOP("PlatformRow", "Not sent again"), "#5F6368"),
    "failed": ("✗", QT_TRANSLATE_NOOP("PlatformRow", "Failed"), "#B3261E"),
    "unknown": ("?", QT_TRANSLATE_NOOP("PlatformRow", "Unknown"), "#B26A00"),
    "queued": ("◷", QT_TRANSLATE_NOOP("PlatformRow", "Queued on this computer"), "#1E7F3C"),
    "by_hand": ("✓", QT_TRANSLATE_NOOP("PlatformRow", "Ready to post by hand"), "#1E7F3C"),
    "held": ("✗", QT_TRANSLATE_NOOP("PlatformRow", "Not sent"), "#B3261E"),
}
_LINK = re.compile(r"https://[^\s,<>&\"']*[^\s,<>&\"'.]")


class PlatformRow(QFrame):
    """One platform in the confirmation: account, exact text, problems, then the result."""

    def __init__(self, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pid = pid
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        name = QLabel(get_platform(pid).name)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        head.addWidget(name)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Account")))
        self.account_combo = QComboBox()
        self.account_combo.setMinimumWidth(260)
        head.addWidget(self.account_combo)
        layout.addLayout(head)
        when = QHBoxLayout()
        self.time_edit = QDateTimeEdit()
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setToolTip(self.tr("This platform's time, in the zone shown beside it"))
        self.zone_label = QLabel()
        self.zone_label.setStyleSheet("color: #5F6368;")
        when.addWidget(self.time_edit)
        when.addWidget(self.zone_label, 1)
        self.when_row = QWidget()
        self.when_row.setLayout(when)
        when.setContentsMargins(0, 0, 0, 0)
        self.when_row.hide()
        layout.addWidget(self.when_row)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setMaximumHeight(80)
        layout.addWidget(self.text_view)
        self.images_label = QLabel()
        self.images_label.setWordWrap(True)
        self.images_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.images_label)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #B3261E;")
        layout.addWidget(self.problems_label)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #5F6368;")
        layout.addWidget(self.notes_label)
        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.progress.hide()
        status.addWidget(self.progress)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setOpenExternalLinks(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        status.addWidget(self.status_label, 1)
        layout.addLayout(status)

    def show_plan(self, plan: PlatformPlan) -> None:
        # an X thread: its posts, numbered, as they go out
        self.text_view.setPlainText(
            plan.text if plan.thread is None else thread_as_text(plan.thread)
        )
        self.images_label.setText(self.images_text(plan))
        self.images_label.setVisible(bool(plan.media))
        self.problems_label.setText("\n".join(f"✗ {core_message(p)}" for p in plan.problems))
        self.problems_label.setVisible(bool(plan.problems))
        self.notes_label.setText("\n".join(f"· {core_message(n)}" for n in plan.notes))
        self.notes_label.setVisible(bool(plan.notes))

    def images_text(self, plan: PlatformPlan) -> str:
        """Every picture this platform gets; those from outside the draft's folder by path."""
        outside = {image.found.number: image.real_path for image in plan.outside}
        lines = [self.tr("Pictures: %n", "", len(plan.media))]
        for found in plan.media:
            if found.number in outside:
                lines.append(
                    self.tr("{number}. {path} ⚠ outside the draft's folder").format(
                        number=found.number, path=outside[found.number]
                    )
                )
            else:
                lines.append(f"{found.number}. {found.path.name}")
        return "\n".join(lines)

    def set_sending(self) -> None:
        self.progress.show()
        self.status_label.setText(self.tr("Sending…"))

    def show_outcome(self, outcome: Outcome) -> None:
        self.progress.hide()
        symbol, word, colour = STATUS_TEXT[outcome.status]
        parts = [f'<span style="color:{colour}"><b>{symbol} {self.tr(word)}</b></span>']
        if outcome.url:
            label = {
                "outbox": self.tr("Open the file"),
                "by_hand": self.tr("Open the composer"),
            }.get(outcome.status, self.tr("Open the post"))
            parts.append(f'<a href="{html.escape(outcome.url, quote=True)}">{label}</a>')
        if outcome.message and outcome.status != "outbox":
            # a thread's message names the posts already live: their links open them
            parts.append(_LINK.sub(r'<a href="\g<0>">\g<0></a>', html.escape(outcome.message)))
        self.status_label.setText(" — ".join(parts))
