"""Signing in to each platform with the writer's own developer app (Qt-free).

`pkce` makes the verifier/challenge pair, `callback` is the one-shot loopback listener
the browser is sent back to, `oauth` holds what every flow shares (token sets, the
token-endpoint call, its errors), one module per platform speaks that platform's
flow, and `tokens` keeps token sets in the keyring and renews them before use.
"""
