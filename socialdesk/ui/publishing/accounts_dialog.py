"""Tools ▸ Accounts…: the writer's accounts per platform, with Connect (sign in through
the browser, see connect_dialog) and Verify buttons, and each account's sign-in state.

Secrets are typed into password fields and go straight to the keyring on Save; a
stored secret is never shown again (its field says it is stored; typing replaces it).
Without a secure keyring the dialog says so and saves nothing.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialdesk import credentials
from socialdesk.accounts import (
    ACCESS_KEY,
    ACCOUNT_FIELDS,
    X_AUTH_MODES,
    Account,
    AccountError,
    AccountStore,
    fields_for,
)
from socialdesk.platforms import PLATFORM_IDS, get_platform
from socialdesk.platforms.api import PublishError, VerifyResult, make_publisher
from socialdesk.settings import Settings
from socialdesk.signin.oauth import SignInError
from socialdesk.signin.tokens import account_state
from socialdesk.ui.common.background_task import BackgroundTask
from socialdesk.ui.common.core_texts import core_text

AUTH_LABELS = {
    "oauth2": QT_TRANSLATE_NOOP("AccountsDialog", "OAuth 2.0 user token"),
    "oauth1": QT_TRANSLATE_NOOP("AccountsDialog", "OAuth 1.0a (keys and tokens)"),
}
OK_STYLE = "color: #1E7F3C;"
ERROR_STYLE = "color: #B3261E;"


class AccountsDialog(QDialog):
    def __init__(
        self,
        store: AccountStore | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(820, 520)
        self.store = store if store is not None else AccountStore(settings)
        self.settings = self.store.settings
        self.current: Account | None = None
        self.is_new = False
        self.inputs: dict[str, QLineEdit] = {}
        self.pool = QThreadPool(self)
        self.tasks: list[BackgroundTask] = []

        layout = QVBoxLayout(self)
        self.keyring_banner = QLabel()
        self.keyring_banner.setWordWrap(True)
        self.keyring_banner.setStyleSheet(
            "background: #FDECEA; color: #8C1D18; padding: 8px; border-radius: 4px;"
        )
        layout.addWidget(self.keyring_banner)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.account_list = QListWidget()
        self.account_list.currentItemChanged.connect(self._on_selected)
        left_layout.addWidget(self.account_list, 1)
        buttons = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("Add account"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        add_menu = QMenu(self.add_button)
        for pid in PLATFORM_IDS:
            add_menu.addAction(get_platform(pid).name, lambda pid=pid: self.add_account(pid))
        self.add_button.setMenu(add_menu)
        buttons.addWidget(self.add_button)
        self.sign_in_button = QToolButton()
        self.sign_in_button.setText(self.tr("Connect by signing in"))
        self.sign_in_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        sign_in_menu = QMenu(self.sign_in_button)
        for pid in PLATFORM_IDS:
            sign_in_menu.addAction(get_platform(pid).name, lambda pid=pid: self.open_connect(pid))
        self.sign_in_button.setMenu(sign_in_menu)
        buttons.addWidget(self.sign_in_button)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        self.heading.setFont(font)
        right_layout.addWidget(self.heading)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right_layout.addWidget(self.form_host)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.result_label)
        right_layout.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.connect_button = QPushButton(self.tr("Connect…"))
        self.connect_button.setToolTip(
            self.tr("Sign in through the browser with your own developer app")
        )
        self.connect_button.clicked.connect(lambda: self.open_connect())
        actions.addWidget(self.connect_button)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setToolTip(self.tr("Ask the platform who this account is"))
        self.verify_button.clicked.connect(self.verify_current)
        actions.addWidget(self.verify_button)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_current)
        actions.addWidget(self.save_button)
        right_layout.addLayout(actions)
        splitter.addWidget(right)
        splitter.setSizes([260, 560])
        layout.addWidget(splitter, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self._check_keyring()
        self.refresh_list()
        if self.account_list.count():
            self.account_list.setCurrentRow(0)
        else:
            self._show_form()

    # -- keyring --------------------------------------------------------------------------
    def _check_keyring(self) -> None:
        try:
            credentials.secure_backend()
        except credentials.NoSecureKeyringError as exc:
            self.keyring_banner.setText(str(exc))
            self.keyring_banner.show()
            self.keyring_ok = False
        else:
            self.keyring_banner.hide()
            self.keyring_ok = True

    # -- the list -------------------------------------------------------------------------
    def refresh_list(self, select: str | None = None) -> None:
        self.account_list.blockSignals(True)
        self.account_list.clear()
        for pid in PLATFORM_IDS:
            default = self.store.default_for(pid)
            for account in self.store.accounts(pid):
                text = f"{get_platform(pid).name} · {account.display}"
                if default is not None and default.id == account.id:
                    text += self.tr("  (default)")
                if account.needs_sign_in:
                    text = "⚠ " + text  # the form says: sign in again
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.account_list.addItem(item)
                if account.id == select:
                    self.account_list.setCurrentItem(item)
        self.account_list.blockSignals(False)

    def _on_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        account = self.store.get(item.data(Qt.ItemDataRole.UserRole))
        if account is not None:
            self.current, self.is_new = copy.deepcopy(account), False
            self._show_form()

    def add_account(self, pid: str) -> None:
        self.account_list.clearSelection()
        self.current = Account(pid, "")
        self.is_new = True
        self._show_form()
        self.label_input.setFocus()

    # -- the form -------------------------------------------------------------------------
    def _show_form(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        self.result_label.clear()
        account = self.current
        has_account = account is not None
        for widget in (
            self.verify_button,
            self.save_button,
            self.delete_button,
            self.connect_button,
        ):
            widget.setEnabled(has_account)
        self.save_button.setEnabled(has_account and self.keyring_ok)
        if account is None:
            self.heading.setText(self.tr("No accounts yet"))
            self.result_label.setText(
                self.tr(
                    "Without accounts, Publish saves each platform's text into the Outbox "
                    "folder for you to post by hand. Add an account to publish directly."
                )
            )
            return
        name = get_platform(account.platform).name
        self.heading.setText(
            self.tr("New {name} account").format(name=name)
            if self.is_new
            else self.tr("{name} account").format(name=name)
        )
        self.delete_button.setEnabled(not self.is_new)

        self.label_input = QLineEdit(account.label)
        self.label_input.setPlaceholderText(self.tr("A name you recognise, e.g. Aurora Travel"))
        self.form.addRow(self.tr("Name"), self.label_input)
        if account.platform == "twitter":
            self.auth_combo = QComboBox()
            for mode in X_AUTH_MODES:
                self.auth_combo.addItem(self.tr(AUTH_LABELS[mode]), mode)
            self.auth_combo.setCurrentIndex(X_AUTH_MODES.index(account.auth))
            self.auth_combo.currentIndexChanged.connect(self._auth_changed)
            self.form.addRow(self.tr("Sign-in"), self.auth_combo)
        stored = set() if self.is_new else self._stored_keys(account)
        signed_in_key = ACCESS_KEY[account.platform] if account.signin else ""
        for spec in fields_for(account.platform, account.auth):
            if spec.key == signed_in_key:
                continue  # comes from the sign-in (Connect…), renewed by itself
            field = QLineEdit()
            field.setObjectName(f"field_{spec.key}")
            if spec.secret:
                field.setEchoMode(QLineEdit.EchoMode.Password)
                field.setPlaceholderText(
                    self.tr("Stored in the keyring — type to replace")
                    if spec.key in stored
                    else self.tr("Paste it here; it goes to the keyring")
                )
            else:
                field.setText(account.value(spec.key))
                field.setPlaceholderText(core_text(spec.help) if spec.help else "")
            if spec.help:
                field.setToolTip(core_text(spec.help))
            self.form.addRow(core_text(spec.label), field)
            self.inputs[spec.key] = field
        if account.platform == "twitter":
            self.premium_box = QCheckBox(self.tr("X Premium (posts up to 25,000 characters)"))
            self.premium_box.setChecked(account.premium)
            self.form.addRow("", self.premium_box)
        self.default_box = QCheckBox(self.tr("Use for new drafts on {name}").format(name=name))
        default = self.store.default_for(account.platform)
        self.default_box.setChecked(
            default is None or default.id == account.id or not self.store.accounts(account.platform)
        )
        self.form.addRow("", self.default_box)
        if not self.is_new:
            self._show_state(account)
        elif account.verified_name:
            self._show_result(
                self.tr("Last verified as {verified_name}.").format(
                    verified_name=account.verified_name
                ),
                ok=True,
            )

    def _show_state(self, account: Account) -> None:
        """Connected as whom, until when, or that it needs signing in again."""
        try:
            state = account_state(self.store, account)
        except credentials.CredentialError as exc:
            self._show_result(str(exc), ok=False)
            return
        if state.needs_sign_in:
            text = self.tr("{who}: sign in again (press Connect…).").format(who=state.connected_as)
        elif not account.signin:
            text = self.tr("Token pasted by hand; last verified as {who}.").format(
                who=state.connected_as
            )
        elif state.expires_at is None:
            text = self.tr("Connected as {who}; the sign-in does not expire.").format(
                who=state.connected_as
            )
        else:
            when = state.expires_at.astimezone().strftime("%d %b %Y %H:%M")
            text = (
                self.tr("Connected as {who}; renews itself (next before {when}).")
                if state.renews
                else self.tr("Connected as {who}; expires {when}, then sign in again.")
            ).format(who=state.connected_as, when=when)
        self._show_result(text, ok=not state.needs_sign_in)

    def open_connect(self, platform: str | None = None) -> None:
        """Sign in: a new account on `platform`, else the account on the form."""
        account = self.current if platform is None else None
        if account is None and platform is None:
            return
        from socialdesk.ui.publishing.connect_dialog import ConnectDialog

        pid = platform or (account.platform if account is not None else "")
        existing = None if account is None or self.is_new else account
        dialog = ConnectDialog(pid, self.store, existing, parent=self)
        dialog.connected.connect(self._connected)
        self.connect_dialog = dialog
        dialog.open()

    def _connected(self, account_id: str) -> None:
        self.is_new = False
        self.refresh_list(select=account_id)
        stored = self.store.get(account_id)
        if stored is not None:
            self.current = copy.deepcopy(stored)
            self._show_form()

    def _stored_keys(self, account: Account) -> set[str]:
        try:
            return self.store.stored_secret_keys(account)
        except credentials.CredentialError:
            return set()

    def _auth_changed(self) -> None:
        if self.current is None:
            return
        self._collect()
        self.current.auth = self.auth_combo.currentData()
        self._show_form()

    def _collect(self) -> dict[str, str]:
        """Copy the form into `self.current`; return the secrets that were typed."""
        account = self.current
        assert account is not None
        account.label = self.label_input.text()
        typed: dict[str, str] = {}
        specs = {s.key: s for s in ACCOUNT_FIELDS[account.platform]}
        for key, field in self.inputs.items():
            if specs[key].secret:
                if field.text().strip():
                    typed[key] = field.text().strip()
            else:
                account.values[key] = field.text()
        if account.platform == "twitter":
            account.premium = self.premium_box.isChecked()
        return typed

    def _show_result(self, text: str, ok: bool) -> None:
        self.result_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result_label.setText(text)

    # -- actions --------------------------------------------------------------------------
    def save_current(self) -> bool:
        if self.current is None:
            return False
        typed = self._collect()
        try:
            self.store.save(self.current, typed)
        except (AccountError, credentials.CredentialError) as exc:
            self._show_result(str(exc), ok=False)
            return False
        if self.default_box.isChecked():
            self.store.set_default(self.current.platform, self.current.id)
        saved_id = self.current.id
        self.is_new = False
        self.refresh_list(select=saved_id)
        self.current = copy.deepcopy(self.store.get(saved_id))
        self._show_form()
        self._show_result(self.tr("Saved. The secrets are in your system's keyring."), ok=True)
        return True

    def delete_current(self) -> None:
        account = self.current
        if account is None or self.is_new:
            return
        if not self.confirm_delete(account):
            return
        try:
            self.store.delete(account.id)
        except credentials.CredentialError as exc:
            self._show_result(str(exc), ok=False)
            return
        self.current = None
        self.refresh_list()
        if self.account_list.count():
            self.account_list.setCurrentRow(0)
        else:
            self._show_form()

    def confirm_delete(self, account: Account) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete account"),
            self.tr("Delete “{display}” and remove its secrets from the keyring?").format(
                display=account.display
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def verify_current(self) -> None:
        account = self.current
        if account is None:
            return
        typed = self._collect()
        probe = copy.deepcopy(account)
        if not self.is_new and not typed:
            self._verify_stored(probe)
            return
        try:
            self.store.validate(probe)
            secrets = dict(typed)
            missing = [
                s.key
                for s in fields_for(probe.platform, probe.auth)
                if s.secret and s.key not in typed
            ]
            if missing:
                if self.is_new:
                    raise AccountError(self.tr("Paste the token first, then press Verify."))
                stored = self.store.secrets(probe)
                secrets.update({k: stored[k] for k in missing})
        except (AccountError, credentials.CredentialError) as exc:
            self._show_result(str(exc), ok=False)
            return
        publisher = make_publisher(probe, secrets, self.settings)
        self.verify_button.setEnabled(False)
        self._show_result(self.tr("Asking {name}…").format(name=publisher.name), ok=True)
        task = BackgroundTask(lambda report: publisher.verify())
        task.signals.finished.connect(lambda result: self._verified(probe.id, result, task))
        self.tasks.append(task)
        self.pool.start(task)

    def _verify_stored(self, account: Account) -> None:
        """A saved account: renew its sign-in if due, ask who it is, keep the picture."""
        store, settings = self.store, self.settings

        def work() -> object:
            from socialdesk.signin.identity import verify_account

            return verify_account(store, account, settings)

        self.verify_button.setEnabled(False)
        name = get_platform(account.platform).name
        self._show_result(self.tr("Asking {name}…").format(name=name), ok=True)
        task = BackgroundTask(lambda report: work())
        task.signals.finished.connect(lambda result: self._verified(account.id, result, task))
        self.tasks.append(task)
        self.pool.start(task)

    def _verified(self, account_id: str, result: object, task: BackgroundTask) -> None:
        self.tasks.remove(task)
        self.verify_button.setEnabled(True)
        if isinstance(result, VerifyResult):
            detail = f" ({result.detail})" if result.detail else ""
            self._show_result(
                self.tr("✓ Verified: {name}{detail}").format(name=result.name, detail=detail),
                ok=True,
            )
            if self.current is not None and self.current.id == account_id:
                self.current.verified_name = result.name
                if not self.is_new and self.store.get(account_id) is not None:
                    stored = self.store.get(account_id)
                    assert stored is not None
                    stored.verified_name = result.name
                    self.store.update(stored)
                    self.refresh_list(select=account_id)
        elif isinstance(result, (PublishError, SignInError)):
            self._show_result(f"✗ {result.message}", ok=False)
        elif isinstance(result, (AccountError, credentials.CredentialError)):
            self._show_result(f"✗ {result}", ok=False)
        else:
            self._show_result(
                self.tr("✗ Verify failed unexpectedly ({name}).").format(
                    name=type(result).__name__
                ),
                ok=False,
            )

    # -- closing --------------------------------------------------------------------------
    def done(self, code: int) -> None:
        self.pool.waitForDone()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pool.waitForDone()
        super().closeEvent(event)
