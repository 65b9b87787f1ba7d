"""Connect an account by signing in through the system browser, with the writer's own
developer app: the steps to create it, the few things to paste, one button to sign in.

X and VK ID come back to SocialDesk by themselves (a one-shot listener on
127.0.0.1:PORT); VK's standalone apps, Facebook and Weibo end on the platform's own page,
whose address the writer pastes back. Tokens and app secrets go to the keyring only
(socialdesk.accounts.AccountStore.connect); then Verify fetches who the account is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from socialdesk import credentials
from socialdesk.accounts import Account, AccountError, AccountStore
from socialdesk.platforms import get_platform
from socialdesk.platforms.api import PublishError
from socialdesk.signin.callback import DEFAULT_PORT, CallbackListener
from socialdesk.signin.facebook import FacebookSignIn, Page
from socialdesk.signin.flow import PendingSignIn
from socialdesk.signin.oauth import SignInError, TokenSet
from socialdesk.signin.vk import VkIdSignIn, VkImplicitSignIn
from socialdesk.signin.weibo import DEFAULT_REDIRECT, WeiboSignIn
from socialdesk.signin.x import XSignIn
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.common.i18n import translate
from socialdesk.ui.publishing.connect_steps import WAYS, Way

OK_STYLE = "color: #1E7F3C;"
ERROR_STYLE = "color: #B3261E;"


def open_in_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


class ConnectDialog(QDialog):
    connected = Signal(str)  # the account id

    def __init__(
        self,
        platform: str,
        store: AccountStore,
        account: Account | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pid = platform
        self.store = store
        self.settings = store.settings
        self.account = account  # reconnecting an existing account keeps its id
        self.name = get_platform(platform).name
        self.open_url: Callable[[str], object] = open_in_browser  # tests put a client here
        self.pool = QThreadPool(self)
        self.tasks: list[BackgroundTask] = []
        self.listener: CallbackListener | None = None
        self.pending: PendingSignIn | None = None
        self.flow: Any = None
        self.pages: list[Page] = []
        self.setWindowTitle(self.tr("Connect {name}").format(name=self.name))
        self.resize(760, 640)
        self._build()
        self._show_way()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Connect your {name} account").format(name=self.name))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        heading.setFont(font)
        layout.addWidget(heading)
        self.way_combo = QComboBox()
        for way in WAYS[self.pid]:
            self.way_combo.addItem(translate("ConnectSteps", way.title), way.key)
        if self.account is not None and self.account.signin:
            index = self.way_combo.findData(self.account.signin)
            self.way_combo.setCurrentIndex(max(0, index))
        self.way_combo.currentIndexChanged.connect(self._show_way)
        self.way_combo.setVisible(self.way_combo.count() > 1)
        layout.addWidget(self.way_combo)
        self.can_do = QLabel()
        self.can_do.setWordWrap(True)
        self.can_do.setStyleSheet("background: #EEF4FC; padding: 6px; border-radius: 4px;")
        layout.addWidget(self.can_do)
        self.steps = QTextBrowser()
        self.steps.setOpenExternalLinks(True)
        layout.addWidget(self.steps, 1)

        self.form = QFormLayout()
        self.label_input = QLineEdit(self.account.label if self.account else "")
        self.label_input.setPlaceholderText(self.tr("A name you recognise, e.g. Aurora Travel"))
        self.client_input = QLineEdit(self.account.client_id if self.account else "")
        self.secret_input = QLineEdit()
        self.secret_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_input.setPlaceholderText(self.tr("Goes to the password store only"))
        self.port_input = QSpinBox()
        self.port_input.setRange(1024, 65535)
        port = self.settings.get("signin", "port", DEFAULT_PORT)
        self.port_input.setValue(port if isinstance(port, int) else DEFAULT_PORT)
        self.port_input.valueChanged.connect(self._show_steps)
        self.target_input = QLineEdit()  # VK community id / Weibo safe domain
        if self.account is not None:
            self.target_input.setText(
                self.account.value("group_id") or self.account.value("safe_domain")
            )
        self.key_input = QLineEdit()
        self.key_input.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_input.setPlaceholderText(self.tr("Paste the community key"))
        self.target_label = QLabel()
        client_label = {"twitter": self.tr("Client ID"), "weibo": self.tr("App Key")}
        for label, widget in (
            (self.tr("Name"), self.label_input),
            (client_label.get(self.pid, self.tr("App ID")), self.client_input),
            (self.tr("App secret"), self.secret_input),
            (self.tr("Port on this computer"), self.port_input),
            (self.target_label, self.target_input),
            (self.tr("Community key"), self.key_input),
        ):
            self.form.addRow(label, widget)
        layout.addLayout(self.form)

        row = QHBoxLayout()
        self.sign_in_button = QPushButton(self.tr("Sign in in the browser"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        row.addWidget(self.sign_in_button)
        self.paste_input = QLineEdit()
        self.paste_input.setPlaceholderText(
            self.tr("Paste the address the browser ends on (or the code)")
        )
        self.paste_input.returnPressed.connect(self.finish_pasted)
        row.addWidget(self.paste_input, 1)
        self.finish_button = QPushButton(self.tr("Finish"))
        self.finish_button.clicked.connect(self.finish_pasted)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        page_row = QHBoxLayout()
        self.page_combo = QComboBox()
        page_row.addWidget(self.page_combo, 1)
        self.use_page_button = QPushButton(self.tr("Use this Page"))
        self.use_page_button.clicked.connect(self.use_page)
        page_row.addWidget(self.use_page_button)
        layout.addLayout(page_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def way(self) -> Way:
        key = self.way_combo.currentData()
        return next(w for w in WAYS[self.pid] if w.key == key)

    def _set_row(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)

    def _show_way(self) -> None:
        way = self.way
        key = way.key == "community_key"
        self.can_do.setText(translate("ConnectSteps", way.can_do))
        self._set_row(self.client_input, not key)
        self._set_row(self.secret_input, way.needs_secret)
        self._set_row(self.port_input, way.loopback)
        self._set_row(self.key_input, key)
        if self.pid == "vk":
            self._set_row(self.target_input, True)
            self.target_label.setText(self.tr("Community id"))
            self.target_input.setPlaceholderText(self.tr("The number in vk.com/club123456"))
        elif self.pid == "weibo":
            self._set_row(self.target_input, True)
            self.target_label.setText(self.tr("Safe domain"))
            self.target_input.setPlaceholderText("https://example.com")
        else:
            self._set_row(self.target_input, False)
        self.sign_in_button.setText(self.tr("Save") if key else self.tr("Sign in in the browser"))
        for widget in (self.paste_input, self.finish_button):
            widget.setVisible(not way.loopback and not key)
            widget.setEnabled(False)
        self.page_combo.hide()
        self.use_page_button.hide()
        self._show_steps()

    def _show_steps(self) -> None:
        redirect = (
            f"http://127.0.0.1:{self.port_input.value()}/callback"
            if self.way.loopback
            else DEFAULT_REDIRECT
        )
        self.steps.setHtml(
            translate("ConnectSteps", self.way.steps).replace("{redirect}", redirect)
        )

    def _say(self, text: str, ok: bool = True) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)

    # -- signing in -----------------------------------------------------------------------
    def _make_flow(self) -> Any:
        client, secret = self.client_input.text(), self.secret_input.text().strip()
        if self.way.needs_secret and not secret and self.account is not None:
            secret = self.store.client_secret(self.account)
        key = self.way.key
        if key == "x_oauth2":
            return XSignIn(client, self.settings)
        if key == "vk_id":
            return VkIdSignIn(client, self.settings)
        if key == "vk_implicit":
            return VkImplicitSignIn(client, self.settings)
        if key == "facebook_login":
            return FacebookSignIn(client, secret, self.settings)
        return WeiboSignIn(client, secret, self.settings)

    def sign_in(self) -> None:
        if self.way.key == "community_key":
            self._save_key()
            return
        try:
            self._new_account()  # the name and community/domain are checked before anything
            self.flow = self._make_flow()
            if self.way.loopback:
                self.settings.set("signin", "port", self.port_input.value())
                self.listener = CallbackListener(port=self.port_input.value())
                self.pending = self.flow.begin(self.listener.redirect_uri)
            else:
                self.pending = self.flow.begin()
        except (SignInError, AccountError) as exc:
            self._say(str(exc), ok=False)
            return
        assert self.pending is not None
        self.open_url(self.pending.authorize_url)
        if self.listener is not None:
            listener, pending, flow = self.listener, self.pending, self.flow
            self._say(self.tr("Waiting for the browser… finish the sign-in there."))
            self._run(lambda: flow.complete(pending, listener.wait(pending.state)))
        else:
            self.paste_input.setEnabled(True)
            self.finish_button.setEnabled(True)
            self.paste_input.setFocus()
            self._say(self.tr("After allowing access, paste the address the browser ends on."))

    def finish_pasted(self) -> None:
        pasted, pending, flow = self.paste_input.text(), self.pending, self.flow
        if pending is None or not pasted.strip():
            return
        if self.pid == "facebook":
            self._run(lambda: flow.pages(flow.finish_pasted(pending, pasted)))
        else:
            self._run(
                lambda: (
                    flow.finish(pending, pasted)
                    if self.pid == "vk"
                    else flow.finish_pasted(pending, pasted)
                )
            )

    def use_page(self) -> None:
        page = self.pages[self.page_combo.currentIndex()] if self.pages else None
        if page is not None:
            self._connect(TokenSet(page.token), page)

    def _run(self, work: Callable[[], object]) -> None:
        self.sign_in_button.setEnabled(False)
        self.finish_button.setEnabled(False)
        task = BackgroundTask(lambda report: work())
        task.signals.finished.connect(lambda result: self._signed_in(result, task))
        self.tasks.append(task)
        self.pool.start(task)

    def _signed_in(self, result: object, task: BackgroundTask) -> None:
        self.tasks.remove(task)
        self.sign_in_button.setEnabled(True)
        self.finish_button.setEnabled(self.pending is not None)
        if isinstance(result, TokenSet):
            self._connect(result)
        elif isinstance(result, list):
            self.pages = [p for p in result if isinstance(p, Page)]
            self.page_combo.clear()
            for page in self.pages:
                self.page_combo.addItem(page.name if page.can_post else f"{page.name} ✗")
            self.page_combo.show()
            self.use_page_button.show()
            self._say(self.tr("Signed in. Choose the Page to post on."))
        elif isinstance(
            result, (SignInError, AccountError, PublishError, credentials.CredentialError)
        ):
            self._say(f"✗ {result}", ok=False)
        else:
            self._say(
                self.tr("✗ Sign-in failed unexpectedly ({name}).").format(
                    name=type(result).__name__
                ),
                ok=False,
            )

    # -- storing --------------------------------------------------------------------------
    def _new_account(self, page: Page | None = None) -> Account:
        label = self.label_input.text().strip()
        if not label and self.pid == "facebook":
            label = page.name if page else "Page"  # the Page's name, once it is chosen
        values: dict[str, str] = {}
        if self.pid == "vk":
            values["group_id"] = self.target_input.text()
        elif self.pid == "weibo":
            values["safe_domain"] = self.target_input.text()
        elif self.pid == "facebook":
            values["page_id"] = page.id if page else "1"
        account = Account(
            self.pid,
            label,
            values,
            id=self.account.id if self.account is not None else "",
            signin=self.way.key if self.way.key != "community_key" else "",
            client_id=self.client_input.text().strip(),
        )
        self.store.validate(account)
        return account

    def _connect(self, tokens: TokenSet, page: Page | None = None) -> None:
        try:
            account = self._new_account(page)
            secret = self.secret_input.text().strip() if self.way.needs_secret else None
            self.store.connect(account, tokens, secret or None)
        except (AccountError, credentials.CredentialError) as exc:
            self._say(f"✗ {exc}", ok=False)
            return
        self._connected(account)

    def _save_key(self) -> None:
        try:
            account = self._new_account()
            self.store.save(account, {"access_token": self.key_input.text()})
        except (AccountError, credentials.CredentialError) as exc:
            self._say(f"✗ {exc}", ok=False)
            return
        self._connected(account)

    def _connected(self, account: Account) -> None:
        if self.store.default_for(self.pid) is None or len(self.store.accounts(self.pid)) == 1:
            self.store.set_default(self.pid, account.id)
        self.account = account
        self._say(self.tr("✓ Connected. Asking {name} who this is…").format(name=self.name))
        store, settings = self.store, self.settings

        def verify() -> object:
            from socialdesk.signin.identity import verify_account

            return verify_account(store, account, settings)

        task = BackgroundTask(lambda report: verify())
        task.signals.finished.connect(lambda result: self._verified(account, result, task))
        self.tasks.append(task)
        self.pool.start(task)

    def _verified(self, account: Account, result: object, task: BackgroundTask) -> None:
        self.tasks.remove(task)
        if isinstance(result, Exception):
            self._say(
                self.tr("✓ Connected; checking who it is failed: {error}").format(error=result),
                ok=False,
            )
        else:
            who = account.verified_name + (f" ({account.handle})" if account.handle else "")
            self._say(self.tr("✓ Connected as {who}.").format(who=who))
        self.connected.emit(account.id)

    # -- closing --------------------------------------------------------------------------
    def _stop(self) -> None:
        if self.listener is not None:
            self.listener.cancel()
        self.pool.waitForDone()

    def done(self, code: int) -> None:
        self._stop()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        super().closeEvent(event)
