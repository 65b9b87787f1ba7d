from socialdesk.platforms.facebook.rules import FacebookPlatform

__all__ = ["FacebookPlatform"]
