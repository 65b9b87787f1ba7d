"""Words the Qt-free core keeps in English that the interface shows: language names, the
translation services' titles and id labels, the account form's fields. They are marked here for
`pyside6-lupdate` (the core cannot call Qt) and translated where the UI shows them."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from socialdesk.translation import languages
from socialdesk.ui.common.i18n import translate

CONTEXT = "CoreTexts"

MARKED = (
    # socialdesk.translation.languages.NAMES
    QT_TRANSLATE_NOOP("CoreTexts", "Detect automatically"),
    QT_TRANSLATE_NOOP("CoreTexts", "Arabic"),
    QT_TRANSLATE_NOOP("CoreTexts", "German"),
    QT_TRANSLATE_NOOP("CoreTexts", "English"),
    QT_TRANSLATE_NOOP("CoreTexts", "Spanish"),
    QT_TRANSLATE_NOOP("CoreTexts", "French"),
    QT_TRANSLATE_NOOP("CoreTexts", "Hindi"),
    QT_TRANSLATE_NOOP("CoreTexts", "Indonesian"),
    QT_TRANSLATE_NOOP("CoreTexts", "Italian"),
    QT_TRANSLATE_NOOP("CoreTexts", "Japanese"),
    QT_TRANSLATE_NOOP("CoreTexts", "Kazakh"),
    QT_TRANSLATE_NOOP("CoreTexts", "Korean"),
    QT_TRANSLATE_NOOP("CoreTexts", "Dutch"),
    QT_TRANSLATE_NOOP("CoreTexts", "Polish"),
    QT_TRANSLATE_NOOP("CoreTexts", "Portuguese"),
    QT_TRANSLATE_NOOP("CoreTexts", "Russian"),
    QT_TRANSLATE_NOOP("CoreTexts", "Thai"),
    QT_TRANSLATE_NOOP("CoreTexts", "Turkish"),
    QT_TRANSLATE_NOOP("CoreTexts", "Ukrainian"),
    QT_TRANSLATE_NOOP("CoreTexts", "Vietnamese"),
    QT_TRANSLATE_NOOP("CoreTexts", "Chinese (Simplified)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Chinese (Traditional)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Chinese"),
    # socialdesk.translation.registry.BACKENDS titles and id labels
    QT_TRANSLATE_NOOP("CoreTexts", "Google Translate (no key)"),
    QT_TRANSLATE_NOOP("CoreTexts", "MyMemory (no key)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Microsoft Translator"),
    QT_TRANSLATE_NOOP("CoreTexts", "Yandex Translate"),
    QT_TRANSLATE_NOOP("CoreTexts", "Baidu Translate"),
    QT_TRANSLATE_NOOP("CoreTexts", "Region"),
    QT_TRANSLATE_NOOP("CoreTexts", "App ID"),
    QT_TRANSLATE_NOOP("CoreTexts", "Client ID"),
    # socialdesk.accounts.ACCOUNT_FIELDS labels and hints
    QT_TRANSLATE_NOOP("CoreTexts", "Community id"),
    QT_TRANSLATE_NOOP("CoreTexts", "The number in vk.com/club123456, or the link"),
    QT_TRANSLATE_NOOP("CoreTexts", "User access token"),
    QT_TRANSLATE_NOOP("CoreTexts", "A user token with the 'wall' scope"),
    QT_TRANSLATE_NOOP("CoreTexts", "Safe-domain URL"),
    QT_TRANSLATE_NOOP("CoreTexts", "Your app's registered safe domain; every post must link to it"),
    QT_TRANSLATE_NOOP("CoreTexts", "OAuth2 access token"),
    QT_TRANSLATE_NOOP("CoreTexts", "OAuth 2.0 user token"),
    QT_TRANSLATE_NOOP("CoreTexts", "User-context token with tweet.write"),
    QT_TRANSLATE_NOOP("CoreTexts", "API key (consumer key)"),
    QT_TRANSLATE_NOOP("CoreTexts", "API key secret"),
    QT_TRANSLATE_NOOP("CoreTexts", "Access token"),
    QT_TRANSLATE_NOOP("CoreTexts", "Access token secret"),
    QT_TRANSLATE_NOOP("CoreTexts", "Page id"),
    QT_TRANSLATE_NOOP("CoreTexts", "The number in the Page's About section"),
    QT_TRANSLATE_NOOP("CoreTexts", "Page access token"),
    QT_TRANSLATE_NOOP("CoreTexts", "With pages_manage_posts"),
    # socialdesk.export.FORMATS
    QT_TRANSLATE_NOOP("CoreTexts", "Plain text (a folder with one .txt per platform)"),
    QT_TRANSLATE_NOOP("CoreTexts", "Plain text in a .zip"),
    QT_TRANSLATE_NOOP("CoreTexts", "Markdown document"),
    QT_TRANSLATE_NOOP("CoreTexts", "HTML proof (opens in any browser)"),
    QT_TRANSLATE_NOOP("CoreTexts", "PDF proof (printable)"),
    QT_TRANSLATE_NOOP("CoreTexts", "CSV for bulk schedulers"),
    QT_TRANSLATE_NOOP("CoreTexts", "JSON for scripts"),
)

# Messages the core builds with values in them (socialdesk.publishing plans): the English
# pattern, with {placeholders} standing for the values, is matched and translated whole.
MESSAGE_PATTERNS = (
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No {platform} account: the text is saved to the Outbox folder for you to post by hand.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{platform} has no scheduling of its own: the post waits in this computer's queue and "
        "needs this computer on at that time.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Post by hand: SocialDesk copies the text, saves the images and opens {platform}'s "
        "composer; you paste and post there.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The {platform} text is empty."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The {platform} text is {count} characters, {over} over the limit of {limit}. Shorten it.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Already sent on {time}; you asked to publish it again."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "An earlier attempt ({time}) has an unknown outcome. Check {platform}; publish again "
        "only if the post is not there.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Already published on {time} with this text; not sent again."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Posted as a thread of {count} parts, each a reply to the one before."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Already published as a thread on {time} with this text; not sent again."
    ),
    # socialdesk.media.rules.check_images: too many pictures (the card, and Publish's rows)
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Weibo's sharing API takes one picture per post; {count} are chosen. In the Images "
        "panel, keep one for Weibo and leave the others out.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Weibo's composer takes at most {max} images per post; {count} are chosen. In the "
        "Images panel, leave {extra} out for Weibo.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{platform} takes at most {max} images per post; {count} are chosen. In the Images "
        "panel, leave {extra} out for {platform}.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{platform} takes at most {max} images per post; {count} are chosen for post {post} of "
        "the thread. In the Images panel, put {extra} on another post or leave {extra} out for "
        "{platform}.",
    ),
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    seen: set[str] = set()
    pieces = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            pieces.append(re.escape(part))
        else:  # a value named twice must be the same value twice
            pieces.append(f"(?P={part})" if part in seen else f"(?P<{part}>.+?)")
            seen.add(part)
    return re.compile(f"^{''.join(pieces)}$", re.DOTALL)


@cache
def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    # on the first message shown, not when the window imports this module
    return [(template, _pattern(template)) for template in MESSAGE_PATTERNS]


def core_message(text: str) -> str:
    """A message the core composed, in the interface language when its pattern is known
    (values such as platform names and times stay as they are); else unchanged."""
    for template, pattern in _compiled():
        match = pattern.match(text)
        if match:
            return translate("CoreMessages", template).format(**match.groupdict())
    return core_text(text)


def core_text(text: str) -> str:
    """A core string in the interface language (unchanged when it is not marked)."""
    return translate(CONTEXT, text)


def language_label(code: str) -> str:
    """`Russian (ru)` — how the interface names a language (translated name, code)."""
    if code == languages.AUTO:
        return core_text(languages.NAMES[languages.AUTO])
    name = languages.NAMES.get(code) or languages.NAMES.get(languages.primary(code))
    return f"{core_text(name)} ({code})" if name else code
