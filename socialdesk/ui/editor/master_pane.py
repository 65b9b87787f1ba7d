"""The Master tab of the editor pane: the draft's title, which platform's rules mark the
text, the master text editor, and under it the count against that platform's limit and
the master language. The strings keep the MainWindow context of the translations."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from socialdesk.platforms import PLATFORM_IDS, Platform, get_platform
from socialdesk.platforms.base import Check
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.widgets import AMBER, RED, CounterRing, SteadyLabel, set_style, set_text
from socialdesk.ui.editor.draft_editor import DraftEditor


class MasterPane(QWidget):
    platform_chosen = Signal(str)  # platform id picked in "Check against"

    def __init__(self, platform: Platform, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = DraftEditor(platform)
        self.editor.setObjectName("MasterEditor")
        self.editor.setAccessibleName(translate("MainWindow", "Master text"))
        self.editor.setPlaceholderText(
            translate(
                "MainWindow",
                "Write the post once. #hashtags, @mentions and links are highlighted; "
                "the cards show it as each platform will.",
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(12, 8, 12, 8)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(translate("MainWindow", "Draft title"))
        self.title_edit.setFrame(False)
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title_edit.setFont(font)
        header.addWidget(self.title_edit, 1)
        header.addWidget(QLabel(translate("MainWindow", "Check against")))
        self.platform_selector = QComboBox()
        for pid in PLATFORM_IDS:
            self.platform_selector.addItem(get_platform(pid).name, pid)
        self.platform_selector.setToolTip(
            translate(
                "MainWindow",
                "The platform whose limit marks the master text red, and whose entities are highlighted",
            )
        )
        self.platform_selector.activated.connect(
            lambda i: self.platform_chosen.emit(self.platform_selector.itemData(i))
        )
        header.addWidget(self.platform_selector)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 6, 12, 6)
        self.ring = CounterRing()
        footer.addWidget(self.ring)
        self.count = SteadyLabel()
        footer.addWidget(self.count)
        footer.addStretch(1)
        self.language = QLabel()
        footer.addWidget(self.language)
        layout.addLayout(footer)

    def show_title(self, title: str, *, from_start: bool = False) -> None:
        if self.title_edit.text() != title:
            self.title_edit.setText(title)
            if from_start:
                self.title_edit.home(False)  # a long title shows its start, not its last words

    def show_language(self, code: str) -> None:
        set_text(
            self.language, translate("MainWindow", "Master language: {code}").format(code=code)
        )

    def add_below_editor(self, widget: QWidget) -> None:
        """A feature's strip right under the editor (proofing findings)."""
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.editor) + 1, widget)  # type: ignore[attr-defined]

    def select_platform(self, platform: Platform) -> None:
        index = self.platform_selector.findData(platform.id)
        if index != self.platform_selector.currentIndex():
            self.platform_selector.setCurrentIndex(index)
        self.editor.highlighter.set_platform(platform)

    def show_check(self, name: str, check: Check, own_text: bool = False) -> None:
        """Show the count of the platform's final text against `name`'s limit: the master,
        marked where it goes over, or the platform's `own_text` (a translation)."""
        self.editor.set_over_index(None if own_text else check.over_at)
        if own_text:
            name = translate("MainWindow", "{name} (its own text)").format(name=name)
        self.ring.set_count(check.count, check.limit, check.near_limit)
        over = (
            translate("MainWindow", " — {over:,} over").format(over=check.over_by)
            if check.over_by
            else ""
        )
        set_text(self.count, f"{name}: {check.count:,} / {check.limit:,}{over}")
        colour = {"over": RED, "near": AMBER}.get(self.ring.state, "")
        set_style(self.count, f"color: {colour};" if colour else "")
