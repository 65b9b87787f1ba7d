"""Render the main window with the sample draft to PNG: light and dark, Russian, Chinese.

    python -m socialdesk.ui.shell.screenshots docs/screenshots

Runs offscreen with a throwaway SOCIALDESK_HOME, so it never touches the user's
settings or autosaves.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1440, 900)
SAMPLE_ACCOUNT = ("Aurora Coffee", "aurora_coffee")


def render(out_dir: Path) -> list[Path]:
    """main-light.png and main-dark.png in English, main-ru.png and main-zh_CN.png;
    history.png (File ▸ History…)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SOCIALDESK_HOME"] = tempfile.mkdtemp(prefix="socialdesk-screenshots-")
    from PySide6.QtWidgets import QApplication

    from socialdesk.ui.common.i18n import install_translators
    from socialdesk.ui.shell.app import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language, modes in (("en", ("light", "dark")), ("ru", ("light",)), ("zh_CN", ("light",))):
        install_translators(language)  # a window takes its texts when it is built
        window = _sample_window()
        for mode in modes:
            window.set_theme(mode)
            for _ in range(5):
                app.processEvents()
            cursor = window.master_editor.textCursor()
            cursor.setPosition(len("☕ Aurora Coffee is open in Berlin-Mitte!"))
            window.master_editor.setTextCursor(cursor)
            window.master_editor.setFocus()
            app.processEvents()
            name = f"main-{mode}.png" if language == "en" else f"main-{language}.png"
            target = out_dir / name
            if not window.grab().save(str(target)):
                raise SystemExit(f"cannot write {target}")
            written.append(target)
        window.close()
    install_translators("en")
    written.append(_history_dialog(out_dir, app))
    return written


def _history_dialog(out_dir: Path, app: object) -> Path:
    """history.png: File ▸ History… comparing a saved version of the sample with the
    draft after a few edits, at 1280×720."""
    from socialdesk.draft import Draft
    from socialdesk.resources import resource_path
    from socialdesk.ui.shell.main_window import MainWindow

    window = MainWindow(autosave_seconds=3600, features=["history"])
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    path = Path(tempfile.mkdtemp(prefix="socialdesk-history-")) / "aurora-launch.sdraft"
    Draft.load(resource_path("samples", "aurora-launch.sdraft")).save(path)
    window.open_draft(path)
    window._save_to(path)
    document = window.document
    document.set_master(
        document.draft.master.replace("this weekend 🎉", "all week 🎉 Bring a friend!")
    )
    window._save_to(path)
    document.set_master(document.draft.master.replace("8:00–19:00", "7:30–20:00"))
    window.history_action.trigger()  # type: ignore[attr-defined]
    dialog = window.history_dialog  # type: ignore[attr-defined]
    dialog.resize(1280, 720)
    dialog.versions.setCurrentRow(1)
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]
    target = out_dir / "history.png"
    if not dialog.grab().save(str(target)):
        raise SystemExit(f"cannot write {target}")
    dialog.close()
    window.close()
    return target


def _sample_window() -> object:
    from socialdesk.resources import resource_path
    from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

    # everything the app shows but the library dock, which would be empty here
    features = [f for f in ALL_FEATURES if f != "library"]
    window = MainWindow(autosave_seconds=3600, features=features)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    if not window.open_draft(resource_path("samples", "aurora-launch.sdraft")):
        raise SystemExit("cannot open the sample draft")
    for card in window.cards.values():
        card.set_account(*SAMPLE_ACCOUNT)
    window.select_platform("twitter")
    window.statusBar().clearMessage()
    window.resize(*SIZE)
    window.show()
    return window


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path("docs/screenshots")
    for path in render(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
