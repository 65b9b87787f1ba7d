"""SocialDesk: one post, localised and shipped to VK, Weibo, X and Facebook."""

__version__ = "0.1.0"
