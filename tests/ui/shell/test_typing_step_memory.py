"""A burst of typing is one undo step, and it costs one step's memory however many keys
it took: the window typed into all day must not grow with every keystroke."""

from __future__ import annotations

import gc
from pathlib import Path

from pytestqt.qtbot import QtBot

from socialdesk.draft import Draft
from socialdesk.ui.shell.document import DraftDocument
from socialdesk.undo import DraftChange

START = "Aurora Coffee opens today in Berlin. "


def type_keys(document: DraftDocument, keys: str) -> None:
    for key in keys:
        document.set_master(document.draft.master + key)


def live_steps() -> int:
    gc.collect()
    return sum(isinstance(o, DraftChange) for o in gc.get_objects())


def test_a_thousand_keystrokes_are_one_step_kept_once(qtbot: QtBot) -> None:
    document = DraftDocument(Draft(master=START))
    before = live_steps()
    typed = ("Fresh beans every morning! " * 40)[:1000]
    type_keys(document, typed)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Typing"
    # the stack's one step, not one per keystroke (each would hold the texts it saw)
    assert live_steps() - before == 1
    document.undo_stack.undo()
    assert document.draft.master == START
    document.undo_stack.redo()
    assert document.draft.master == START + typed


def test_typing_after_a_save_is_a_new_step_and_undoes_back_to_the_saved_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    document = DraftDocument(Draft(master=START))
    type_keys(document, "Open")
    document.save(tmp_path / "launch.sdraft")
    type_keys(document, " now")
    assert document.undo_stack.count() == 2
    assert document.dirty
    document.undo_stack.undo()
    assert document.draft.master == START + "Open"
    assert not document.dirty


def test_typed_and_deleted_again_leaves_no_step_and_nothing_to_save(qtbot: QtBot) -> None:
    document = DraftDocument(Draft(master=START))
    document.set_master(START + "!")
    assert document.dirty
    document.set_master(START)
    assert document.undo_stack.count() == 0
    assert not document.dirty


def test_typing_after_an_undo_drops_what_could_be_redone(qtbot: QtBot) -> None:
    document = DraftDocument(Draft(master=START))
    type_keys(document, "Open")
    document.set_title("Launch")
    document.undo_stack.undo()  # the title; the typing step is on top again
    type_keys(document, " now")
    assert not document.undo_stack.canRedo()
    assert document.draft.title == ""
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.draft.master == START


def test_typing_inside_a_group_is_part_of_the_group(qtbot: QtBot) -> None:
    document = DraftDocument(Draft(master=START))
    type_keys(document, "Open")
    with document.step_group("Apply template"):
        type_keys(document, " now")
        document.set_title("Launch")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert (document.draft.master, document.draft.title) == (START + "Open", "")
