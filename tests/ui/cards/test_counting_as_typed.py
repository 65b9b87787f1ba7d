"""Typing recounts only the paragraph the keystroke changed, and every card still shows
exactly the count a from-scratch check gives — Chinese without spaces and links included."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from window_helpers import type_text

from socialdesk.draft import Draft
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.ui.shell.main_window import MainWindow

PARAGRAPH = "精选云南咖啡豆https://aurora-coffee.de/berlin每天清晨烘焙。www.example.com/menu欢迎"


def test_a_keystroke_recounts_one_paragraph_and_counts_right(
    qtbot: QtBot, window: MainWindow
) -> None:
    draft = Draft(master="\n".join(f"{i}. {PARAGRAPH}" for i in range(40)))
    window.document.replace(draft, None)
    editor = window.master_editor
    cursor = editor.textCursor()
    cursor.setPosition(draft.master.index("7. 精选") + len("7. 精选"))
    editor.setTextCursor(cursor)
    x = get_platform("twitter")
    counted: list[str] = []
    atoms = x.atoms

    def counting_atoms(normalized: str) -> object:
        counted.append(normalized)
        return atoms(normalized)

    x.atoms = counting_atoms  # type: ignore[method-assign]
    try:
        type_text(qtbot, editor, "好")
    finally:
        del x.atoms
    text = window.document.draft.master
    assert "7. 精选好云南" in text
    # X counted the edited paragraph anew (with the line break before it), no other
    assert set(counted) == {f"\n7. 精选好{PARAGRAPH[2:]}"}
    for pid in PLATFORM_IDS:
        card = window.cards[pid]
        if card.isHidden() or card.preview is None:
            continue
        assert card.preview.check == get_platform(pid).check(text, draft.limit_for(pid)), pid
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, editor, " t.co/abc")
    text = window.document.draft.master
    assert window.cards["twitter"].preview is not None
    assert window.cards["twitter"].preview.check == x.check(text, draft.limit_for("twitter"))
