"""Render the main window with the sample draft to PNG, as `make screenshots` does:

    python -m socialdesk.ui.shell.screenshots docs/screenshots

In English, Russian and Chinese at 1280×720, 1440×900 and 1920×1080: the sample draft
with its link cards (`cards-*`), with pictures (`images-*`) and with every platform's text
over its limit (`over-*`); at 1440×900 also the English window in the dark theme. The
1440×900 ones are also written as the README's `main-light`, `main-dark`, `main-ru` and
`main-zh_CN`.

Runs offscreen with a throwaway SOCIALDESK_HOME, so it never touches the user's settings,
autosaves or link-card cache; the sample link's card is put in that cache first (no
network needed), and each platform gets a connected-looking account there (name, handle
and picture as Connect would store them; no token, nothing in the keyring), so the cards
show who posts as they do for a real account.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "ru", "zh_CN")
SIZES = ((1280, 720), (1440, 900), (1920, 1080))
SCENARIO_SIZE = (1440, 900)
# who posts, as each feed would show the café's connected account (name, handle)
SAMPLE_ACCOUNTS = {
    "twitter": ("Aurora Coffee", "aurora_coffee"),
    "facebook": ("Aurora Coffee Berlin", "auroracoffeeberlin"),
    "vk": ("Aurora Coffee · Берлин", "auroracoffee"),
    "weibo": ("极光咖啡AuroraCoffee", "auroracoffee"),
}
SAMPLE_LINK = "https://auroracoffee.de/berlin"


def render(out_dir: Path) -> list[Path]:
    """The views the module docstring lists, and history.png (File ▸ History…)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="socialdesk-screenshots-"))
    os.environ["SOCIALDESK_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from socialdesk.ui.common.i18n import install_translators
    from socialdesk.ui.shell.app import create_application

    app = create_application()
    assert isinstance(app, QApplication)
    seed_link_card()
    seed_accounts()
    draft_path = sample_draft(home / "Aurora Coffee")
    pictures = sample_pictures(draft_path.parent)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        install_translators(language)  # a window takes its texts when it is built
        window = _sample_window(draft_path)
        shots: list[tuple[str, tuple[int, int], str]] = [("cards", size, "light") for size in SIZES]
        if language == "en":
            shots.append(("cards-dark", SCENARIO_SIZE, "dark"))
        for name, size, mode in shots:
            window.set_theme(mode)
            target = _shot(app, window, size, out_dir / f"{name}-{language}-{_wh(size)}.png")
            written.append(target)
            if size == SCENARIO_SIZE:  # the README's pictures
                main = {"cards": f"main-{language}", "cards-dark": "main-dark"}[name]
                main = "main-light" if main == "main-en" else main
                written.append(out_dir / f"{main}.png")
                (out_dir / f"{main}.png").write_bytes(target.read_bytes())
        window.set_theme("light")
        for item in pictures:
            window.document.add_media(item)
        for size in SIZES:
            written.append(_shot(app, window, size, out_dir / f"images-{language}-{_wh(size)}.png"))
        over_the_limit(window)
        for size in SIZES:
            written.append(_shot(app, window, size, out_dir / f"over-{language}-{_wh(size)}.png"))
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


def _wh(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def _shot(app: Any, window: Any, size: tuple[int, int], target: Path) -> Path:
    window.resize(*size)
    settle(app, window)
    cursor = window.master_editor.textCursor()
    cursor.setPosition(0)  # a move shows the caret, whatever its blink was
    window.master_editor.setTextCursor(cursor)
    cursor.setPosition(len("☕ Aurora Coffee is open in Berlin-Mitte!"))
    window.master_editor.setTextCursor(cursor)
    window.master_editor.setFocus()
    settle(app, window)
    if not window.grab().save(str(target)):
        raise SystemExit(f"cannot write {target}")
    return target


def settle(app: Any, window: Any) -> None:
    """Let link cards arrive (from the cache, through the worker) and layouts settle."""
    link_cards = getattr(window, "link_cards", None)
    if link_cards is not None:
        link_cards.refresh()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        if link_cards is None or not link_cards.busy():
            break
        time.sleep(0.01)
    for _ in range(10):
        app.processEvents()


def seed_link_card() -> None:
    """The sample link's card, as auroracoffee.de would give it, in the link-card cache."""
    from socialdesk.linkcards import LinkCard, LinkCardCache
    from socialdesk.linkcards.build import scale_image

    cache = LinkCardCache()
    scaled = scale_image(_picture((1200, 630), "#6F4E37", "#D9A066"))
    assert scaled is not None
    data, suffix, (width, height) = scaled
    card = LinkCard(
        url=SAMPLE_LINK,
        final_url=SAMPLE_LINK,
        title="Aurora Coffee Berlin-Mitte — single-origin coffee, roasted every morning",
        description="Torstraße 12 · open daily 8:00–19:00. Beans from Yunnan and Kenya.",
        site_name="Aurora Coffee",
        image_url="https://auroracoffee.de/img/berlin.jpg",
        image=cache.image_name(SAMPLE_LINK, suffix),
        image_width=width,
        image_height=height,
        twitter_card="summary_large_image",
    )
    cache.put(card, data)


def seed_accounts() -> None:
    """Accounts as Connect/Verify leaves them in the settings — display name, handle and
    the cached profile picture — for the throwaway data folder; no secret anywhere (the
    cards read only these, so no keyring is needed to show them)."""
    from socialdesk.accounts import SECTION, Account, avatar_file
    from socialdesk.settings import Settings

    settings = Settings.load()
    accounts = [
        Account(platform=pid, label=name, verified_name=name, handle=handle)
        for pid, (name, handle) in SAMPLE_ACCOUNTS.items()
    ]
    section = settings.section(SECTION)
    section["list"] = [account.to_json() for account in accounts]
    section["defaults"] = {account.platform: account.id for account in accounts}
    settings.save()
    logo = _picture((240, 240), "#3B2A20", "#8A5A3C")
    for account in accounts:
        path = avatar_file(account.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(logo)


def sample_draft(folder: Path) -> Path:
    """The sample draft saved in `folder`, as a writer keeps a campaign's draft and photos."""
    from socialdesk.draft import Draft
    from socialdesk.resources import resource_path

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "aurora-launch.sdraft"
    Draft.load(resource_path("samples", "aurora-launch.sdraft")).save(path)
    return path


def sample_pictures(folder: Path) -> list[Any]:
    """Two photos in `folder`/photos, attached by their path relative to the draft; the
    second is left out for Weibo, whose sharing API takes one."""
    from socialdesk.draft import MediaItem

    (folder / "photos").mkdir(parents=True, exist_ok=True)
    items = []
    for name, alt, excluded, (size, dark, light) in [
        ("mitte-window.png", "The café window", [], ((1200, 900), "#2E4A62", "#8FB3D0")),
        ("flat-white.png", "A flat white", ["weibo"], ((900, 1200), "#5B3A29", "#E0B58A")),
    ]:
        (folder / "photos" / name).write_bytes(_picture(size, dark, light))
        items.append(MediaItem(f"photos/{name}", alt=alt, excluded=excluded))
    return items


def _picture(size: tuple[int, int], dark: str, light: str) -> bytes:
    """A calm gradient with a round cup-like shape: stands in for a photo."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size, dark)
    draw = ImageDraw.Draw(image)
    top, bottom = (
        Image.new("RGB", (1, 1), dark).getpixel((0, 0)),
        Image.new("RGB", (1, 1), light).getpixel((0, 0)),
    )
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    for y in range(height):
        t = y / max(1, height - 1)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    r = min(width, height) // 4
    cx, cy = width // 2, height // 2
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill="#F4EDE4")
    draw.ellipse([cx - r // 2, cy - r // 2, cx + r // 2, cy + r // 2], fill="#6F4E37")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def over_the_limit(window: Any) -> None:
    """Every platform's own text, over its limit."""
    from socialdesk.platforms import PLATFORM_IDS, get_platform

    draft = window.document.draft
    for pid in PLATFORM_IDS:
        base = draft.text_for(pid)
        limit = draft.limit_for(pid)
        text = base
        while get_platform(pid).count(text) <= limit:
            text += "\n\n" + base
        window.document.set_variant_text(pid, text)


def _sample_window(draft_path: Path) -> Any:
    from socialdesk.ui.shell.main_window import ALL_FEATURES, MainWindow

    # everything the app shows but the library dock, which would be empty here
    features = [f for f in ALL_FEATURES if f != "library"]
    window = MainWindow(autosave_seconds=3600, features=features)
    window.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    if not window.open_draft(draft_path):
        raise SystemExit("cannot open the sample draft")
    window.select_platform("twitter")
    window.statusBar().clearMessage()
    window.resize(*SCENARIO_SIZE)
    window.show()
    return window


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path("docs/screenshots")
    for path in render(out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
