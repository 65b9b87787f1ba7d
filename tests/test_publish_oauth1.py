"""OAuth 1.0a HMAC-SHA1 signing against the worked examples in RFC 5849 and X's docs."""

from __future__ import annotations

from urllib.parse import unquote

from socialdesk.platforms.twitter import oauth1


def test_rfc5849_section_3_4_1_1_signature_base_string() -> None:
    # query with encoded and empty values, form body with "+" and a value-less name
    url = "http://EXAMPLE.COM:80/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"
    body = [("c2", ""), ("a3", "2 q")]
    protocol = [
        ("oauth_consumer_key", "9djdj82h48djs9d2"),
        ("oauth_token", "kkk9d7dh3k39sjv7"),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", "137131201"),
        ("oauth_nonce", "7d8f3e4a"),
        ("oauth_signature", "ignored"),
        ("realm", "Example"),
    ]
    assert oauth1.signature_base_string("post", url, body + protocol) == (
        "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
        "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key"
        "%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method"
        "%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7"
    )


def test_rfc5849_section_1_2_photo_request_signature() -> None:
    params = [
        ("oauth_consumer_key", "dpf43f3p2l4k3l03"),
        ("oauth_token", "nnch734d00sl2jdk"),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", "137131202"),
        ("oauth_nonce", "chapoH"),
    ]
    base = oauth1.signature_base_string(
        "GET", "http://photos.example.net/photos?file=vacation.jpg&size=original", params
    )
    assert oauth1.hmac_sha1(base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00") == (
        "MdpQcU8iPSUjWoN/UDMsK2sui9I="
    )


def test_x_documented_example_header() -> None:
    header = oauth1.authorization_header(
        "POST",
        "https://api.twitter.com/1.1/statuses/update.json?include_entities=true",
        consumer_key="xvz1evFS4wEEPTGEFPHBog",
        consumer_secret="kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
        token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
        token_secret="LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
        body_params=[("status", "Hello Ladies + Gentlemen, a signed OAuth request!")],
        nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
        timestamp=1318622958,
    )
    assert header.startswith("OAuth ")
    fields = dict(part.split("=", 1) for part in header[len("OAuth ") :].split(", "))
    assert unquote(fields["oauth_signature"].strip('"')) == "hCtSmYh+iHYCEqBWrE7C7hYmtUk="
    assert fields["oauth_signature"] == '"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"'
    assert set(fields) == {
        "oauth_consumer_key",
        "oauth_nonce",
        "oauth_signature",
        "oauth_signature_method",
        "oauth_timestamp",
        "oauth_token",
        "oauth_version",
    }


def test_percent_encoding_is_rfc3986_on_utf8_bytes() -> None:
    assert oauth1.percent_encode("Ladies + Gentlemen") == "Ladies%20%2B%20Gentlemen"
    assert oauth1.percent_encode("-._~!*'()") == "-._~%21%2A%27%28%29"
    assert oauth1.percent_encode("☃ 极") == "%E2%98%83%20%E6%9E%81"


def test_base_uri_keeps_a_non_default_port_and_drops_the_default() -> None:
    assert oauth1.base_string_uri("HTTPS://Api.X.com:443/2/tweets?x=1") == (
        "https://api.x.com/2/tweets"
    )
    assert oauth1.base_string_uri("http://127.0.0.1:8080/2/tweets") == (
        "http://127.0.0.1:8080/2/tweets"
    )
