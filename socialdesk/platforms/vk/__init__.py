from socialdesk.platforms.vk.rules import VKPlatform

__all__ = ["VKPlatform"]
