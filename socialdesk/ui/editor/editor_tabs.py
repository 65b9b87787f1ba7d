"""The editor pane's tabs: the master text first (it cannot be closed), then a tab for
each platform text the writer opened to edit on its own (a VariantPanel). The tab title
"Master" keeps the MainWindow context of the translations."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from socialdesk.platforms import get_platform
from socialdesk.platforms.base import Check
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.editor.variant_panel import VariantPanel


class EditorTabs(QTabWidget):
    def __init__(
        self,
        master_page: QWidget,
        document: Any,
        check_for: Callable[[str, str], Check | None],
    ) -> None:
        super().__init__()
        self.document = document  # the window's DraftDocument
        self.check_for = check_for  # the window's: reuses what the cards counted
        self.panels: dict[str, VariantPanel] = {}
        self.dark = False
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.addTab(master_page, translate("MainWindow", "Master"))
        self.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        self.tabCloseRequested.connect(self._close_tab)
        self.currentChanged.connect(self._tab_changed)

    def open_variant(self, pid: str) -> VariantPanel:
        """Show (creating if needed) the tab where the writer edits `pid`'s own text."""
        panel = self.panels.get(pid)
        if panel is None:
            panel = VariantPanel(get_platform(pid))
            panel.editor.highlighter.set_dark(self.dark)
            panel.text_edited.connect(lambda p, text: self.document.set_variant_text(p, text))
            panel.revert_requested.connect(self.document.revert_variant)
            self.panels[pid] = panel
            self.addTab(panel, get_platform(pid).name)
            panel.editor.set_text(self.document.draft.text_for(pid))
            self.show_state(pid)
            self.show_check(pid)
        self.setCurrentWidget(panel)
        panel.editor.setFocus()
        return panel

    def show_state(self, pid: str) -> None:
        panel = self.panels.get(pid)
        if panel is not None:
            draft = self.document.draft
            variant = draft.variants[pid]
            panel.set_state(
                variant.origin, variant.inherits, draft.master_changed_since(pid), variant.language
            )

    def show_text(self, pid: str) -> None:
        """Bring an open panel up to date with the draft."""
        panel = self.panels.get(pid)
        if panel is not None:
            panel.editor.set_text(self.document.draft.text_for(pid))
            self.show_check(pid)

    def show_check(self, pid: str) -> None:
        panel = self.panels.get(pid)
        if panel is None:
            return
        check = self.check_for(pid, self.document.draft.text_for(pid))
        if check is not None:
            panel.show_check(check)

    def show_all_checks(self) -> None:
        for pid in self.panels:
            self.show_check(pid)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        for panel in self.panels.values():
            panel.editor.highlighter.set_dark(dark)

    def close_variant(self, pid: str) -> None:
        panel = self.panels.pop(pid, None)
        if panel is not None:
            self.removeTab(self.indexOf(panel))
            panel.deleteLater()

    def close_all(self) -> None:
        for pid in list(self.panels):
            self.close_variant(pid)

    def _tab_changed(self, index: int) -> None:
        # a panel that inherits the master is brought up to date when it is shown
        widget = self.widget(index)
        if isinstance(widget, VariantPanel) and widget.pid in self.panels:
            self.show_text(widget.pid)

    def _close_tab(self, index: int) -> None:
        widget = self.widget(index)
        if isinstance(widget, VariantPanel):
            self.close_variant(widget.pid)
