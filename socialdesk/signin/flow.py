"""A started sign-in: the address to open in the browser and what finishing it needs."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import parse_qs, urlencode, urlsplit

from socialdesk.signin.callback import CallbackListener, return_error
from socialdesk.signin.oauth import SignInError, TokenSet
from socialdesk.signin.pkce import Pkce, new_state


@dataclass(frozen=True)
class PendingSignIn:
    authorize_url: str
    state: str
    redirect_uri: str
    pkce: Pkce | None = None


def begin_pkce(
    authorize_endpoint: str, client_id: str, redirect_uri: str, scopes: Sequence[str]
) -> PendingSignIn:
    """An OAuth 2 authorization-code sign-in with PKCE (S256) and a fresh `state`."""
    pkce, state = Pkce.new(), new_state()
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(scopes),
        "state": state,
        "code_challenge": pkce.challenge,
        "code_challenge_method": pkce.method,
    }
    return PendingSignIn(f"{authorize_endpoint}?{urlencode(query)}", state, redirect_uri, pkce)


class BrowserFlow(Protocol):
    def begin(self, redirect_uri: str) -> PendingSignIn: ...

    def complete(self, pending: PendingSignIn, answer: Mapping[str, str]) -> TokenSet: ...


def sign_in_through_browser(
    flow: BrowserFlow,
    open_browser: Callable[[str], object],
    listener: CallbackListener,
) -> TokenSet:
    """Open the authorize page, wait for the browser to come back to `listener`, and
    exchange the code. `listener` is made by the caller so it can cancel it."""
    try:
        pending = flow.begin(listener.redirect_uri)
        open_browser(pending.authorize_url)
        answer = listener.wait(pending.state)
    finally:
        listener.close()
    return flow.complete(pending, answer)


def pasted_answer(pasted: str, state: str, *, who: str) -> dict[str, str]:
    """The parameters of the final address the writer copied from the browser (query and
    `#fragment` both), checked against `state`. SignInError if it is not such an address,
    access was denied or it belongs to another sign-in."""
    text = pasted.strip()
    url = urlsplit(text)
    if not url.scheme or not (url.query or url.fragment):
        raise SignInError(
            f"Paste the whole address from the browser's address bar after signing in to "
            f"{who} (it starts with https:// and contains “code=” or “access_token=”).",
            "rejected",
        )
    params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
    params.update({k: v[0] for k, v in parse_qs(url.fragment, keep_blank_values=True).items()})
    if params.get("state") != state:
        raise SignInError(
            "This address belongs to another sign-in (its state does not match). Start the "
            "sign-in again from SocialDesk and paste the address it ends on.",
            "state",
        )
    if "error" in params:
        return_error(params)
    return params
