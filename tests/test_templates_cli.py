"""`socialdesk render` as a user runs it: a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from templates_samples import SAMPLES

from socialdesk.draft import Draft
from socialdesk.platforms import get_platform


def socialdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "socialdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_render_a_template_without_a_draft() -> None:
    result = socialdesk(
        "render",
        "--template",
        "Event",
        "--set",
        "event=Latte Art Night",
        "--set",
        "date=2026-12-12",
        "--set",
        "time=19:00",
        "--set",
        "price=15",
        "--set",
        "hashtags=latte art, Berlin",
        "--set",
        "community=aurora_coffee",
        "--platform",
        "vk",
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("🗓 Latte Art Night — суббота, 12 декабря 2026, начало в 19:00\n")
    assert "🎟 Билеты: 15\u00a0€" in out
    assert out.rstrip("\n").endswith("#LatteArt@aurora_coffee #Berlin@aurora_coffee")
    english = socialdesk(
        "render",
        "-t",
        "event",
        "--set",
        "event=Night",
        "--set",
        "date=2026-12-12",
        "-p",
        "vk",
        "-l",
        "en",
    )
    assert english.stdout.startswith("🗓 Night — Saturday, 12 December 2026")


def test_render_a_draft_made_from_a_template(tmp_path: Path) -> None:
    draft = Draft(template="promotion", fields=SAMPLES["promotion"])
    draft.master = "stale text"
    path = tmp_path / "sale.sdraft"
    draft.save(path)
    x = socialdesk("render", str(path), "--platform", "twitter")
    assert x.returncode == 0, x.stderr
    assert x.stdout.startswith("🔥 20% off every bag of beans\n")
    assert get_platform("twitter").check(x.stdout.rstrip("\n")).over_by == 0
    weibo = socialdesk("render", str(path), "-p", "weibo")
    assert weibo.stdout.startswith("#咖啡豆# #节日好礼#【限时优惠】全场咖啡豆八折！")


def test_render_a_draft_keeps_hand_edited_text(tmp_path: Path) -> None:
    draft = Draft(master="Plain master text", template="promotion", fields=SAMPLES["promotion"])
    draft.set_variant_text("vk", "Текст, который я переписал сам", origin="edited")
    path = tmp_path / "edited.sdraft"
    draft.save(path)
    assert socialdesk("render", str(path), "-p", "vk").stdout == "Текст, который я переписал сам\n"
    no_template = tmp_path / "plain.sdraft"
    Draft(master="Just text\nover two lines").save(no_template)
    assert (
        socialdesk("render", str(no_template), "-p", "facebook").stdout
        == "Just text\nover two lines\n"
    )


def test_errors_are_one_line_with_exit_status_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sdtemplate"
    broken.write_text("Hello\n{{ name }\n", encoding="utf-8")
    cases = [
        (["render", "--template", "nope", "-p", "vk"], "no template 'nope'"),
        (["render", "--template", str(broken), "-p", "vk"], "line 2"),
        (
            ["render", "-t", "event", "--set", "event=Night", "--set", "date=soon", "-p", "vk"],
            "'soon' is not a date",
        ),
        (["render", "-t", "event", "--set", "novalue", "-p", "vk"], "--set wants KEY=VALUE"),
        (["render", "-p", "vk"], "give a draft file, or --template NAME"),
        (["render", str(tmp_path / "missing.sdraft"), "-p", "vk"], "file not found"),
    ]
    for args, message in cases:
        result = socialdesk(*args)
        assert result.returncode == 2, (args, result.stdout)
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("socialdesk: "), result.stderr
        assert message in lines[0]


def test_hostile_template_from_the_command_line_is_stopped(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.sdtemplate"
    hostile.write_text("{{ cycler.__init__.__globals__.os.environ }}\n", encoding="utf-8")
    result = socialdesk("render", "-t", str(hostile), "-p", "twitter")
    assert result.returncode == 2 and "line 1" in result.stderr
    looping = tmp_path / "loop.sdtemplate"
    looping.write_text(
        "{% for a in range(9999) %}{% for b in range(9999) %}{{ a }}{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    result = socialdesk("render", "-t", str(looping), "-p", "twitter")
    assert result.returncode == 2 and "stopped" in result.stderr
