"""Editing one platform's own text: its editor, highlighting, counter and revert."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socialdesk.platforms import Platform
from socialdesk.platforms.base import Check
from socialdesk.ui.cards.card_parts import STATE_LABELS
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.widgets import AMBER, RED, CounterRing, set_style, set_text
from socialdesk.ui.editor.draft_editor import DraftEditor


class VariantPanel(QWidget):
    """A tab of the editor pane: the platform's text, edited independently of the master."""

    text_edited = Signal(str, str)  # platform id, text
    revert_requested = Signal(str)

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self.pid = platform.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 8)
        self.state_label = QLabel()
        bar.addWidget(self.state_label, 1)
        self.revert_button = QPushButton(self.tr("Revert to master"))
        self.revert_button.setToolTip(
            self.tr("Drop {name}'s own text; it inherits the master").format(name=platform.name)
        )
        self.revert_button.clicked.connect(lambda: self.revert_requested.emit(self.pid))
        bar.addWidget(self.revert_button)
        layout.addLayout(bar)

        self.editor = DraftEditor(platform)
        self.editor.setPlaceholderText(self.tr("{name}'s own text").format(name=platform.name))
        self.editor.text_edited.connect(lambda text: self.text_edited.emit(self.pid, text))
        layout.addWidget(self.editor, 1)

        footer = QHBoxLayout()
        footer.setContentsMargins(12, 6, 12, 6)
        self.ring = CounterRing()
        footer.addWidget(self.ring)
        self.count_label = QLabel()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        layout.addLayout(footer)

    def set_state(self, origin: str, inherits: bool, master_changed: bool, language: str) -> None:
        label = STATE_LABELS["master"] if inherits else STATE_LABELS.get(origin, origin)
        state = translate("PlatformCard", label)
        if master_changed:
            state += self.tr(" — the master changed since; review this text")
        where = f" · {language}" if language else ""
        self.state_label.setText(f"<b>{self.platform.name}</b>{where} · {state}")
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.revert_button.setEnabled(not inherits)

    def add_below_editor(self, widget: QWidget) -> None:
        """A feature's strip right under the editor (proofing findings)."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.editor) + 1, widget)  # type: ignore[attr-defined]

    def show_check(self, check: Check) -> None:
        self.ring.set_count(check.count, check.limit, check.near_limit)
        colour = {"over": RED, "near": AMBER}.get(self.ring.state, "")
        suffix = self.tr(" — {over:,} over").format(over=check.over_by) if check.over_by else ""
        set_text(self.count_label, f"{check.count:,} / {check.limit:,}{suffix}")
        set_style(self.count_label, f"color: {colour};" if colour else "")
        self.editor.set_over_index(check.over_at)
