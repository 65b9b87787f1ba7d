"""File ▸ Publish… (Ctrl+Shift+P, also on the toolbar) and Tools ▸ Accounts… in the main
window. Only the actions: the dialogs, and with them the publishing clients (requests)
and the keyring, load when the writer first opens one."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from socialdesk.settings import Settings
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.common.menu_entries import add_to_file_menu, open_window_dialog
from socialdesk.ui.publishing.identity import install_identities, show_identities


def install_publishing(window: Any) -> QAction:
    """Add File ▸ Publish… and Tools ▸ Accounts…; once per window."""
    existing = getattr(window, "publish_action", None)
    if isinstance(existing, QAction):
        return existing
    settings: Settings = getattr(window, "app_settings", None) or Settings.load()
    publish_action = QAction(translate("PublishActions", "&Publish…"), window)
    publish_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    publish_action.setStatusTip(
        translate("PublishActions", "Publish the post to every enabled platform")
    )

    def open_publish() -> None:
        from socialdesk.ui.publishing.dialog import PublishDialog

        dialog = PublishDialog(window.document, settings, parent=window)
        open_window_dialog(window, "publish_dialog", dialog)

    publish_action.triggered.connect(open_publish)
    accounts_action = QAction(translate("PublishActions", "&Accounts…"), window)
    accounts_action.setStatusTip(
        translate("PublishActions", "Your accounts on VK, Weibo, X and Facebook")
    )

    def open_accounts() -> None:
        from socialdesk.accounts import AccountStore
        from socialdesk.ui.publishing.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(AccountStore(settings), parent=window)
        dialog.finished.connect(lambda _code: show_identities(window, settings))
        open_window_dialog(window, "accounts_dialog", dialog)

    accounts_action.triggered.connect(open_accounts)
    add_to_file_menu(window, publish_action)
    window.menus["tools"].addAction(accounts_action)
    window.toolbar.addAction(publish_action)
    window.publish_action = publish_action
    window.accounts_action = accounts_action
    install_identities(window, settings)
    return publish_action


__all__ = ["install_publishing"]
