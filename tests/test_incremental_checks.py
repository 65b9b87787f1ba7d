"""Checking as the writer types (`socialdesk.platforms.incremental`) gives exactly what
checking from scratch gives, on every platform, after any sequence of edits."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.platforms.incremental import IncrementalChecker, check

PIECES = [
    "Aurora Coffee ", "精选云南咖啡豆，每天清晨烘焙。", "Зерно из Кении ", "\n", "\n\n", "\r\n", "\r",
    "https://aurora-coffee.de/berlin?x=1", "www.example.com/menu", "t.co/AbC123", "例子.中国",
    "http://t.cn/A6abc", "https://weibo.com/n/aurora", "#кофе", "#话题#", "@aurora", "👩🏻‍💻",
    "🇩🇪", "1️⃣", "e\u0301", "\ufeff", ".", "-", "_", " ", "中", "a",
]  # fmt: skip
pieces = st.one_of(st.sampled_from(PIECES), st.text(max_size=3))
edits = st.lists(
    st.tuples(st.floats(0, 1), st.integers(0, 12), st.lists(pieces, max_size=3).map("".join)),
    min_size=1,
    max_size=12,
)


def apply(text: str, edit: tuple[float, int, str]) -> str:
    where, removed, inserted = edit
    at = int(where * len(text))
    return text[:at] + inserted + text[at + removed :]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.lists(pieces, max_size=20).map("".join),
    edits=edits,
    limit=st.integers(min_value=1, max_value=120),
)
def test_incremental_and_from_scratch_checks_always_agree(
    start: str, edits: list[tuple[float, int, str]], limit: int
) -> None:
    checkers = {pid: IncrementalChecker(get_platform(pid)) for pid in PLATFORM_IDS}
    text = start
    for edit in [(0.0, 0, ""), *edits]:
        text = apply(text, edit)
        for pid, checker in checkers.items():
            platform = get_platform(pid)
            assert checker.check(text, limit) == platform.check(text, limit), (pid, text)
            assert checker.check(text) == platform.check(text), (pid, text)


def test_a_keystroke_recounts_only_its_paragraph() -> None:
    x = get_platform("twitter")
    checker = IncrementalChecker(x)
    paragraphs = [f"Paragraph {i} https://example.com/{i} 精选咖啡豆👩🏻‍💻" for i in range(50)]
    text = "\n".join(paragraphs)
    checker.check(text)
    counted: list[str] = []
    atoms = x.atoms

    def counting_atoms(normalized: str) -> object:
        counted.append(normalized)
        return atoms(normalized)

    x.atoms = counting_atoms  # type: ignore[method-assign]
    try:
        edited = text.replace("Paragraph 7 ", "Paragraph 7 typed ")
        assert checker.check(edited) == x.check(edited)
    finally:
        del x.atoms
    assert counted[0] == "\nParagraph 7 typed https://example.com/7 精选咖啡豆👩🏻‍💻"
    assert len(counted) == 2  # that paragraph, then the whole text from scratch


def test_the_shared_checker_follows_the_platform() -> None:
    text = "精选云南咖啡豆https://aurora-coffee.de/berlin每天\n" * 30
    for pid in PLATFORM_IDS:
        assert check(get_platform(pid), text) == get_platform(pid).check(text)
        assert check(get_platform(pid), text, 100) == get_platform(pid).check(text, 100)


def test_what_it_remembers_stays_bounded_while_a_long_paragraph_is_typed() -> None:
    checker = IncrementalChecker(get_platform("twitter"))
    text = (
        "精选云南咖啡豆https://aurora-coffee.de/berlin每天" * 1_000
    )  # one paragraph, 39,000 chars
    for _ in range(30):
        text = text[:100] + "好" + text[100:]
        assert checker.check(text).count == get_platform("twitter").count(text)
    assert checker._chars <= IncrementalChecker.MAX_CHARS + len(text)
    assert len(checker._seen) <= IncrementalChecker.MAX_CHARS // 40_000 + 1


def test_typing_into_paragraphs_remembers_the_text_not_every_keystroke() -> None:
    x = get_platform("twitter")
    checker = IncrementalChecker(x)
    paragraphs = [
        f"Paragraph {i}: beans from Kenya https://example.com/{i} 👩🏻‍💻" for i in range(6)
    ]
    text = "\n\n".join(paragraphs)  # between blank lines, as posts are written
    for where in (len(paragraphs[0]), len(text) // 2, len(text)):  # three places in turn
        for key in "freshly roasted, every morning " * 10:
            text = text[:where] + key + text[where:]
            where += 1
            assert checker.check(text) == x.check(text)
    # about the text as it is now, not the 930 versions of the paragraphs typed into
    # (at most an old version of each of them)
    assert checker.remembered_chars <= len(text) + 3 * len(paragraphs[0])
