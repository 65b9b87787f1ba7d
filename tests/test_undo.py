"""One undo history for the whole draft: every action is a step that undoes exactly."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from servers.pseudo_mt import pseudo_translate
from support import SAMPLE_DRAFT

from socialdesk.draft import Draft, MediaItem, text_fingerprint
from socialdesk.platforms import PLATFORM_IDS
from socialdesk.templates.errors import TemplateError
from socialdesk.templates.library import TemplateLibrary
from socialdesk.translation.fanout import PlatformResult
from socialdesk.translation.languages import target_language
from socialdesk.undo import COALESCE_SECONDS, UndoStack, actions

LIBRARY = TemplateLibrary()
TEMPLATES = {tid: LIBRARY.load(tid) for tid in ("product-launch", "event", "announcement")}


def translate(draft: Draft, pid: str) -> PlatformResult:
    """A deterministic local translator (the loopback servers' own), no network."""
    language = target_language(draft, pid)
    return PlatformResult(
        pid,
        language,
        text_fingerprint(draft.master),
        text=pseudo_translate(draft.master, language),
        same_language=language.split("-")[0] == draft.source_language.split("-")[0],
    )


words = st.text(alphabet="abc xyz Привет 新品\n🚀#@", max_size=12)
pids = st.sampled_from(PLATFORM_IDS)
steps = st.one_of(
    st.tuples(st.just("type_master"), words, st.sampled_from([0.3, 5.0])),
    st.tuples(st.just("type_variant"), pids, words, st.sampled_from([0.3, 5.0])),
    st.tuples(st.just("template"), st.sampled_from(sorted(TEMPLATES)), st.booleans()),
    st.tuples(st.just("translate"), pids),
    st.tuples(st.just("translate_all")),
    st.tuples(st.just("revert"), pids),
    st.tuples(
        st.just("field"),
        st.sampled_from(["product", "headline", "body", "event", "date", "price@ru"]),
        words,
    ),
    st.tuples(st.just("add_image"), st.sampled_from(["a.png", "b.jpg", "c.webp"])),
    st.tuples(st.just("remove_image"), st.integers(0, 3)),
    st.tuples(st.just("move_image"), st.integers(0, 3), st.integers(0, 3)),
    st.tuples(st.just("language"), pids, st.sampled_from(["en", "ru", "zh-CN", "de", "fr"])),
    st.tuples(st.just("enabled"), pids, st.booleans()),
)


def perform(stack: UndoStack, step: tuple[Any, ...], clock: list[float]) -> None:
    draft = stack.draft
    kind = step[0]
    if kind == "type_master":
        clock[0] += step[2]
        stack.push(actions.type_master(draft, draft.master + step[1], now=clock[0]))
    elif kind == "type_variant":
        clock[0] += step[3]
        pid = step[1]
        stack.push(actions.type_variant(draft, pid, draft.text_for(pid) + step[2], now=clock[0]))
    elif kind == "template":
        before = copy.deepcopy(draft)
        keep = ("edited",) if step[2] else ()
        try:
            change, _ = actions.apply_template(draft, TEMPLATES[step[1]], keep_origins=keep)
        except TemplateError:
            assert draft == before  # a template that cannot fill the post changes nothing
            return
        stack.push(change)
    elif kind == "translate":
        change, _ = actions.translate_cards(draft, [translate(draft, step[1])])
        stack.push(change)
    elif kind == "translate_all":
        results = [translate(draft, pid) for pid in draft.enabled_platforms()]
        if results:
            stack.push(actions.translate_cards(draft, results, overwrite_edited=True)[0])
    elif kind == "revert":
        stack.push(actions.revert_to_master(draft, step[1]))
    elif kind == "field":
        clock[0] += 0.5
        stack.push(actions.set_field(draft, step[1], step[2], now=clock[0]))
    elif kind == "add_image":
        stack.push(actions.add_image(draft, MediaItem(step[1], alt="alt " + step[1])))
    elif kind == "remove_image" and step[1] < len(draft.media):
        stack.push(actions.remove_image(draft, step[1]))
    elif kind == "move_image" and max(step[1], step[2]) < len(draft.media):
        stack.push(actions.move_image(draft, step[1], step[2]))
    elif kind == "language":
        stack.push(actions.set_language(draft, step[1], step[2]))
    elif kind == "enabled":
        stack.push(actions.set_enabled(draft, step[1], step[2]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sequence=st.lists(steps, max_size=25))
def test_undo_all_gives_the_original_and_redo_all_the_final(
    sequence: list[tuple[Any, ...]],
) -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    original = copy.deepcopy(draft)
    stack = UndoStack(draft)
    clock = [0.0]
    for step in sequence:
        perform(stack, step, clock)
    final = copy.deepcopy(draft)
    count = stack.index
    while stack.undo():
        pass
    assert draft == original
    assert not stack.can_undo()
    while stack.redo():
        pass
    assert stack.index == count
    assert draft == final
    # the stored steps never share objects with the draft: changing it in place now
    # leaves them as they were
    stored = copy.deepcopy([(s.before, s.after) for s in stack.steps])
    for item in draft.media:
        item.excluded.append("vk")
    for variant in draft.variants.values():
        variant.text = "late"
    draft.fields["product"] = "late"
    assert [(s.before, s.after) for s in stack.steps] == stored


def test_typing_coalesces_into_one_step_per_place_and_pause() -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    stack = UndoStack(draft)
    master = draft.master
    for i, letter in enumerate("Hello"):
        stack.push(actions.type_master(draft, draft.master + letter, now=0.2 * i))
    stack.push(actions.type_variant(draft, "vk", "Привет", now=1.0))
    stack.push(actions.type_master(draft, draft.master + "!", now=1.1))
    later = 1.1 + COALESCE_SECONDS + 1
    stack.push(actions.type_master(draft, draft.master + "?", now=later))
    assert [s.name for s in stack.steps] == ["Typing", "Typing in VK", "Typing", "Typing"]
    stack.undo()
    stack.undo()
    assert draft.master == master + "Hello"
    stack.undo()
    assert draft.variants["vk"].text == draft.text_for("vk") != "Привет"
    stack.undo()
    assert draft.master == master


def test_typing_after_a_save_starts_a_new_step() -> None:
    draft = Draft(master="")
    stack = UndoStack(draft)
    stack.push(actions.type_master(draft, "Saved text", now=0.0))
    stack.set_clean()
    stack.push(actions.type_master(draft, "Saved text, more", now=0.1))
    stack.undo()
    assert stack.clean and draft.master == "Saved text"


def test_typed_and_deleted_again_leaves_no_step() -> None:
    draft = Draft(master="abc")
    stack = UndoStack(draft)
    stack.push(actions.type_master(draft, "abcd", now=0.0))
    stack.push(actions.type_master(draft, "abc", now=0.1))
    assert not stack.can_undo()


def test_steps_are_named_for_edit_undo() -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    stack = UndoStack(draft)
    draft.set_variant_text("twitter", "My own X text", "edited")
    draft.fields["product"] = "Aurora Cold Brew"
    change, applied = actions.apply_template(
        draft, TEMPLATES["product-launch"], keep_origins=("edited",)
    )
    stack.push(change)
    assert stack.undo_name() == "Apply template 'Product launch'"
    assert "twitter" in applied.kept and draft.text_for("twitter") == "My own X text"
    stack.push(actions.revert_to_master(draft, "vk"))
    assert stack.undo_name() == "Revert VK to master"
    stack.undo()
    assert stack.redo_name() == "Revert VK to master"


def test_a_failing_action_changes_nothing() -> None:
    draft = Draft.load(SAMPLE_DRAFT)
    before = copy.deepcopy(draft)

    def half_then_fail(d: Draft) -> None:
        d.master = "half"
        d.variants["vk"].text = "half"
        raise RuntimeError("boom")

    from socialdesk.undo import capture

    with pytest.raises(RuntimeError):
        capture(draft, "broken", half_then_fail)
    assert draft == before


def test_a_paste_is_a_step_of_its_own() -> None:
    draft = Draft(master="")
    stack = UndoStack(draft)
    for i, letter in enumerate("short"):
        stack.push(actions.type_master(draft, draft.master + letter, now=0.1 * i))
    stack.push(actions.type_master(draft, draft.master + " pasted paragraph " * 10, now=0.6))
    stack.push(actions.type_master(draft, draft.master + "!", now=0.7))
    stack.undo()
    stack.undo()
    assert draft.master == "short"
