"""`socialdesk render --platform twitter` for a thread, as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from socialdesk.draft import Draft
from socialdesk.platforms import get_platform
from socialdesk.platforms.twitter.thread import split_thread

TEXT = "".join(
    f"День {n}: туры к северному сиянию с гидами, которые знают каждую долину. "
    for n in range(1, 13)
).strip()


def socialdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "socialdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def saved(tmp_path: Path, *, thread: bool, numbered: bool = False) -> Path:
    draft = Draft(master=TEXT, twitter_thread=thread, twitter_thread_numbering=numbered)
    path = tmp_path / "thread.sdraft"
    draft.save(path)
    return path


def test_a_thread_draft_prints_its_parts_each_under_its_number_and_count(tmp_path: Path) -> None:
    result = socialdesk("render", str(saved(tmp_path, thread=True, numbered=True)), "-p", "twitter")
    assert result.returncode == 0, result.stderr
    parts = split_thread(TEXT, numbered=True).parts
    assert len(parts) >= 3
    expected = "\n\n".join(f"[{p.number}/{len(parts)}] {p.count}/280\n{p.text}" for p in parts)
    assert result.stdout == expected + "\n"


def test_json_lists_the_parts_with_their_counts(tmp_path: Path) -> None:
    path = saved(tmp_path, thread=False)
    result = socialdesk("render", str(path), "-p", "twitter", "--thread", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["platform"] == "twitter" and data["limit"] == 280
    assert data["thread"] is True and data["numbered"] is False
    x = get_platform("twitter")
    assert [p["number"] for p in data["parts"]] == list(range(1, len(data["parts"]) + 1))
    for part in data["parts"]:
        assert part["count"] == x.count(part["text"]) <= 280
    assert " ".join(p["text"] for p in data["parts"]) == TEXT


def test_without_thread_mode_the_text_is_printed_as_it_is(tmp_path: Path) -> None:
    path = saved(tmp_path, thread=False)
    plain = socialdesk("render", str(path), "-p", "twitter")
    assert plain.stdout == TEXT + "\n"
    as_json = json.loads(socialdesk("render", str(path), "-p", "vk", "--json").stdout)
    assert as_json["parts"] == [{"number": 1, "text": TEXT, "count": len(TEXT)}]
    assert as_json["thread"] is False


def test_check_passes_a_thread_whose_posts_each_fit(tmp_path: Path) -> None:
    path = saved(tmp_path, thread=True)
    result = socialdesk("check", str(path))
    assert result.returncode == 0, result.stdout
    counts = [p.count for p in split_thread(TEXT).parts]
    x_row = next(line for line in result.stdout.splitlines() if line.startswith("X "))
    assert x_row.endswith(f"ok, a thread of {len(counts)} posts")
    data = json.loads(socialdesk("check", str(path), "--json").stdout)
    x = next(row for row in data["platforms"] if row["platform"] == "twitter")
    assert x["thread"] == counts and x["over_by"] == 0 and data["ok"] is True
    # the same text as one post is over the limit
    assert socialdesk("check", str(saved(tmp_path, thread=False))).returncode == 1


def test_check_holds_each_post_of_a_thread_to_four_images(tmp_path: Path) -> None:
    """`check` takes the images as publishing does: up to four on each post."""
    from media_samples import write_picture

    from socialdesk.draft import MediaItem
    from socialdesk.media.check import media_problems

    for n in range(1, 7):
        write_picture(tmp_path / f"p{n}.jpg", str(n), (120, 90), n)
    draft = Draft(master=TEXT, twitter_thread=True)
    for pid in ("vk", "weibo", "facebook"):
        draft.variants[pid].enabled = False
    draft.media = [MediaItem(f"p{n}.jpg", thread_part=1 if n <= 4 else 2) for n in range(1, 7)]
    path = tmp_path / "pictures.sdraft"
    draft.save(path)
    posts = len(split_thread(TEXT).parts)

    fits = json.loads(socialdesk("check", str(path), "--json").stdout)["platforms"][0]
    assert fits["problems"] == [] and len(fits["thread"]) == posts

    for item in draft.media[:3]:
        item.thread_part = 2  # one on the first post, five on the second
    draft.save(path)
    result = socialdesk("check", str(path), "--json")
    (problem,) = json.loads(result.stdout)["platforms"][0]["problems"]
    assert problem == media_problems(draft, path, "twitter", posts)[0].message
    assert "5 are chosen for post 2 of the thread" in problem
    table = socialdesk("check", str(path)).stdout
    assert f"a thread of {posts} posts; X takes at most 4 images per post" in table


def test_check_lists_image_problems_where_publishing_would_refuse(tmp_path: Path) -> None:
    from media_samples import write_picture

    from socialdesk.draft import MediaItem

    pictures = [write_picture(tmp_path / f"p{n}.jpg", str(n), (120, 90), n) for n in (1, 2)]
    draft = Draft(master="Two pictures.", media=[MediaItem(p.name) for p in pictures])
    path = tmp_path / "two.sdraft"
    for weibo_path, refused in (("by_hand", False), ("api", True)):
        draft.weibo_path = weibo_path
        draft.save(path)
        rows = json.loads(socialdesk("check", str(path), "--json").stdout)["platforms"]
        problems = {row["platform"]: row["problems"] for row in rows}
        # Weibo's sharing API takes one picture; its composer (by hand) is not checked
        assert bool(problems["weibo"]) is refused, problems
        assert problems["twitter"] == problems["vk"] == problems["facebook"] == []
