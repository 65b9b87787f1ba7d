"""Render proofing to PNG for the user guide: English and Russian misspellings with the
suggestions menu open, and a Chinese text converted to Taiwan's script for Facebook.

    python -m socialdesk.ui.shell.proofing_screenshots docs/screenshots

Offscreen, with a throwaway SOCIALDESK_HOME.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZE = (1280, 720)
ENGLISH = (
    "We're opening our second shop on Saturday! Come and recieve a free flat white, "
    "definately the best in Berlin. Bring a freind.\n\n"
    "#AuroraCoffee @aurora_berlin https://aurora-coffee.example/mitte"
)
RUSSIAN = (
    "Здраствуйте, друзья! В субботу открываем вторую кофейню - приходите за "
    'бесплатным флэт уайтом, это "лучший кофе" в Берлине.\n\n'
    "#кофе [club123456|Aurora Coffee] https://aurora-coffee.example/mitte"
)
CHINESE = (
    "我们的第二家店周六开业！下载我们的软件，用鼠标点一下就能预约，更多信息见官网。\n\n"
    "#柏林咖啡# @AuroraCoffee https://aurora-coffee.example/mitte"
)


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SOCIALDESK_HOME"] = tempfile.mkdtemp(prefix="socialdesk-screenshots-")
    from socialdesk.ui.common.i18n import install_translators
    from socialdesk.ui.shell.app import create_application
    from socialdesk.ui.shell.screenshots import seed_accounts

    app = create_application()
    seed_accounts()  # the cards show the café's accounts, as in make screenshots
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [_spelling(app, out_dir / "proofing-spelling-en.png", "en")]
    install_translators("ru")  # a window takes its texts when it is built
    written.append(_spelling(app, out_dir / "proofing-spelling-ru.png", "ru"))
    install_translators("zh_CN")
    written.append(_chinese(app, out_dir / "proofing-zh-tw.png"))
    install_translators("en")
    return written


def _window(app: Any, draft: Any) -> Any:
    from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

    window = MainWindow(autosave_seconds=3600, features=[f for f in ALL_FEATURES if f != "library"])
    window.ask_save_changes = lambda: "discard"
    window.document.replace(draft, None)
    window.resize(*SIZE)
    window.show()
    window.proofing.start()
    _settle(app, window)
    return window


def _settle(app: Any, window: Any) -> None:
    import time

    for _ in range(200):
        app.processEvents()
        if not any(b.is_busy() for b in window.proofing.bindings.values()):
            break
        time.sleep(0.02)
    for bar in window.proofing.bars.values():
        bar.recheck()
    for _ in range(10):
        app.processEvents()


def _with_menu(window: Any, editor: Any, word_at: int, target: Path) -> Path:
    """The window with the editor's right-click menu open over the word at `word_at`."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    cursor = editor.textCursor()
    cursor.setPosition(word_at)
    editor.setTextCursor(cursor)
    binding = next(b for b in window.proofing.bindings.values() if b.editor is editor)
    point = editor.cursorRect(cursor).center()
    menu = binding.menu_at(point)
    # open it below the text, so the marked words stay in view
    below = QPoint(point.x() + 120, editor.viewport().height() + 80)
    menu.popup(editor.viewport().mapToGlobal(below))
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.close()
    if not shot.save(str(target)):
        raise SystemExit(f"cannot write {target}")
    return target


def _spelling(app: Any, target: Path, language: str) -> Path:
    from socialdesk.draft import Draft

    if language == "en":
        window = _window(app, Draft(title="Second shop", master=ENGLISH, source_language="en"))
        editor = window.master_editor
        at = ENGLISH.index("recieve") + 2
    else:
        draft = Draft(title="Вторая кофейня", master=ENGLISH, source_language="en")
        draft.set_variant_text("vk", RUSSIAN)
        draft.variants["vk"].language = "ru"
        window = _window(app, draft)
        editor = window.open_variant_editor("vk").editor
        window.proofing._attach_panels()
        _settle(app, window)
        at = 3
    window.select_platform("vk" if language == "ru" else "twitter")
    _settle(app, window)
    path = _with_menu(window, editor, at, target)
    window.close()
    return path


def _chinese(app: Any, target: Path) -> Path:
    from socialdesk.draft import Draft

    draft = Draft(title="第二家店", master=CHINESE, source_language="zh-CN")
    window = _window(app, draft)
    window.proofing.convert_platform("facebook", "zh-TW")
    window.select_platform("facebook")
    _settle(app, window)
    if not window.grab().save(str(target)):
        raise SystemExit(f"cannot write {target}")
    window.close()
    return target


def main(argv: list[str]) -> int:
    for path in render(Path(argv[0]) if argv else Path("docs/screenshots")):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
