from socialdesk.platforms.weibo.rules import WeiboPlatform

__all__ = ["WeiboPlatform"]
