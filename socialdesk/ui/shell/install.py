"""What wraps the editor into an app: the icon, the interface language, the smoke-test
exit and the first-run tour (`ui/shell/app.py` calls these), and the Help and Settings
entries in the window's menus (`MainWindow.install_features` calls `install_shell`)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow

from socialdesk.ui.common.i18n import install_translators
from socialdesk.ui.shell.app_icon import app_icon
from socialdesk.ui.shell.smoke import arm_smoke_exit

_PREPARED = "socialdeskPrepared"


def prepare_application(app: QApplication) -> None:
    """Once per application: the window icon and the translations."""
    if app.property(_PREPARED):
        return
    app.setProperty(_PREPARED, True)
    app.setWindowIcon(app_icon())
    install_translators()


def after_show(window: QMainWindow) -> None:
    """After the main window is shown at start-up."""
    if arm_smoke_exit(window):
        return
    from socialdesk.ui.shell.tour import maybe_start_tour

    maybe_start_tour(window)


def install_shell(window: QMainWindow) -> None:
    """Help ▸ User guide / Report a problem / Tour / About, Tools ▸ Settings."""
    if getattr(window, "settings_action", None) is not None:
        return  # installed already
    from socialdesk.ui.shell.help_menu import install_help
    from socialdesk.ui.shell.settings_dialog import install_settings

    install_settings(window)
    install_help(window)
