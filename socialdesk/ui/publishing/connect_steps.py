"""What the Connect dialog tells the writer, per way of connecting: what it can do and
the steps to create the developer app (links, what to paste where, which permissions).
Marked for translation here, translated where they are shown (context "ConnectSteps")."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Way:
    key: str  # the account's `signin` value ("community_key": a key pasted by hand)
    title: str
    can_do: str
    steps: str
    loopback: bool  # the browser comes back to SocialDesk by itself
    needs_secret: bool


WAYS: dict[str, tuple[Way, ...]] = {
    "twitter": (
        Way(
            "x_oauth2",
            QT_TRANSLATE_NOOP("ConnectSteps", "Sign in with X (OAuth 2.0)"),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "Posts text and images as you. The sign-in renews itself every two hours, "
                "so it keeps working. X bills posting to the app's owner.",
            ),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "<ol><li>Open <a href='https://developer.x.com/en/portal/dashboard'>the X "
                "developer portal</a> and create a Project and an App.</li>"
                "<li>In the app's <b>User authentication settings</b> choose <b>Read and "
                "write</b> and the type <b>Native App</b> (a public client: no secret).</li>"
                "<li>Under <b>Callback URI</b> add exactly <code>{redirect}</code>.</li>"
                "<li>Copy the <b>OAuth 2.0 Client ID</b> (Keys and tokens) and paste it "
                "below.</li><li>Press <b>Sign in</b>, then <b>Authorize app</b> in the "
                "browser. SocialDesk asks for tweet.read, tweet.write, users.read, "
                "media.write and offline.access.</li></ol>",
            ),
            True,
            False,
        ),
    ),
    "vk": (
        Way(
            "vk_id",
            QT_TRANSLATE_NOOP("ConnectSteps", "VK ID sign-in"),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "Text, photos and scheduling once VK has granted your app access to walls "
                "and photos; without it VK answers error 1051. Renews itself.",
            ),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "<ol><li>Create an app in <a href='https://id.vk.com/about/business/go'>VK "
                "ID for business</a> (platform: Web).</li><li>Add <code>{redirect}</code> "
                "to the <b>trusted redirect URLs</b>.</li><li>Ask VK for the <b>wall</b> and "
                "<b>photos</b> access (Access → individual access).</li><li>Paste the "
                "<b>App ID</b> and your community's id below, press <b>Sign in</b> and "
                "allow access in the browser.</li></ol>",
            ),
            True,
            False,
        ),
        Way(
            "vk_implicit",
            QT_TRANSLATE_NOOP("ConnectSteps", "Standalone app (paste the address)"),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "Text, photos and scheduling; the sign-in does not expire. For VK apps "
                "of the older standalone type.",
            ),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "<ol><li>Open <a href='https://vk.com/apps?act=manage'>your VK apps</a> and "
                "create a <b>Standalone</b> app (or open the one you have).</li><li>Paste "
                "its <b>App ID</b> and your community's id below and press <b>Sign in</b>."
                "</li><li>Allow access in the browser. VK shows a page that says not to "
                "copy its address: for SocialDesk, copy it anyway — the whole address "
                "starting with <code>https://oauth.vk.com/blank.html#</code> — and paste "
                "it below. It stays on this computer, in the password store.</li></ol>",
            ),
            False,
            False,
        ),
        Way(
            "community_key",
            QT_TRANSLATE_NOOP("ConnectSteps", "Community key (text only)"),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "Text and scheduling only: VK uploads photos only with a person's sign-in.",
            ),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "<ol><li>Open your community → <b>Manage</b> → <b>API usage</b> → "
                "<b>Access tokens</b>.</li><li>Create a key with the permission to "
                "manage the <b>wall</b>.</li><li>Paste the key and the community's id "
                "below and press <b>Save</b>.</li></ol>",
            ),
            False,
            False,
        ),
    ),
    "facebook": (
        Way(
            "facebook_login",
            QT_TRANSLATE_NOOP("ConnectSteps", "Facebook Login (paste the address)"),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "Posts and schedules on a Page you manage. SocialDesk keeps the Page's "
                "token, which does not expire.",
            ),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "<ol><li>Create an app at <a href='https://developers.facebook.com/apps'>"
                "Meta for Developers</a> (use case: manage everything on your Page).</li>"
                "<li>In <b>Facebook Login → Settings</b> add "
                "<code>https://www.facebook.com/connect/login_success.html</code> to the "
                "valid OAuth redirect URIs.</li><li>Paste the <b>App ID</b> and the "
                "<b>App secret</b> (App settings → Basic) below; the secret goes to the "
                "password store.</li><li>Press <b>Sign in</b>, choose your Page and allow "
                "pages_show_list, pages_manage_posts and pages_read_engagement.</li><li>"
                "Copy the address of the page that says <i>Success</i> and paste it below; "
                "then pick the Page.</li></ol>",
            ),
            False,
            True,
        ),
    ),
    "weibo": (
        Way(
            "weibo_oauth2",
            QT_TRANSLATE_NOOP("ConnectSteps", "Weibo sign-in (OAuth2)"),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "Shares posts through Weibo's sharing API: at most 140 characters, no "
                "#topic#, a link to your safe domain. Until Weibo reviews your app only "
                "you and its test users can sign in (error 21321). The sign-in expires; "
                "then sign in again.",
            ),
            QT_TRANSLATE_NOOP(
                "ConnectSteps",
                "<ol><li>Create a web app at <a href='https://open.weibo.com/apps'>Weibo "
                "Open Platform</a>.</li><li>In <b>高级信息</b> set the 授权回调页 "
                "(redirect) to <code>{redirect}</code> and the 安全域名 (safe domain) to "
                "your site.</li><li>Paste the <b>App Key</b> and <b>App Secret</b> "
                "(应用信息) and the safe domain below.</li><li>Press <b>Sign in</b>, press "
                "授权 in the browser and paste the address it ends on below.</li></ol>",
            ),
            False,
            True,
        ),
    ),
}
