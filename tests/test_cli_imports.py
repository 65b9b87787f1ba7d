"""`socialdesk VERB` imports only that verb's module (and the GUI none): start-up is
felt through the real command, and `publish` alone needs keyring and requests."""

from __future__ import annotations

import pytest
from support import run_fresh

HEAVY = ("keyring", "requests", "jinja2", "pkg_resources", "twitter_text.", "PySide6")
VERB_MODULES = (
    "count_cmd",
    "check_cmd",
    "export_cmd",
    "publish_cmd",
    "translate_cmd",
    "render_cmd",
    "queue_cmd",
)


def loaded_after(argv: list[str], stdin: str = "") -> dict[str, object]:
    return run_fresh(
        f"""
        import io, json, sys
        sys.stdin = io.TextIOWrapper(io.BytesIO({stdin!r}.encode()), encoding="utf-8")
        out = sys.stdout
        sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        from socialdesk.cli import main
        try:
            status = main({argv!r})
        except SystemExit as exc:
            status = exc.code
        sys.stdout = out
        names = sorted(sys.modules)
        print(json.dumps({{
            "status": status,
            "verbs": [n.rsplit(".", 1)[1] for n in names if n.startswith("socialdesk.cli.")],
            "heavy": sorted({{h for h in {HEAVY!r} for n in names if n.startswith(h)}}),
        }}))
        """
    )


def test_importing_the_command_line_imports_no_verb() -> None:
    result = run_fresh(
        """
        import json, sys
        import socialdesk.cli
        print(json.dumps([n for n in sys.modules if n.startswith("socialdesk.cli.")]))
        """
    )
    assert result == []


@pytest.mark.parametrize(
    ("argv", "stdin", "verbs"),
    [
        (
            ["count", "--platform", "twitter"],
            "精选云南咖啡豆https://aurora-coffee.de 🇩🇪",
            ["count_cmd"],
        ),
        (["check", "--help"], "", ["check_cmd", "count_cmd"]),  # check reuses count's JSON
        (["render", "--help"], "", ["render_cmd"]),
        (["queue", "run"], "", ["queue_cmd"]),  # what the OS scheduler runs every 5 minutes
    ],
)
def test_a_verb_imports_only_itself(argv: list[str], stdin: str, verbs: list[str]) -> None:
    result = loaded_after(argv, stdin)
    assert result["status"] == 0
    assert result["verbs"] == verbs
    assert result["heavy"] == ([] if argv[0] != "render" else ["jinja2"])


def test_help_and_mistakes_still_list_every_verb() -> None:
    result = loaded_after(["--help"])
    assert result["status"] == 0
    assert sorted(result["verbs"]) == sorted(VERB_MODULES)  # type: ignore[arg-type]
    assert loaded_after(["bogus"])["status"] == 2
