from socialdesk.platforms.twitter.rules import TwitterPlatform

__all__ = ["TwitterPlatform"]
