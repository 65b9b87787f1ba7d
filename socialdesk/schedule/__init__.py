"""Scheduling: times in each market's own time zone, and the local queue.

VK and Facebook hold a scheduled post themselves (native scheduling); X and Weibo
have no such API, so their scheduled posts wait in a local queue (`queue.py`, SQLite in
the data folder) that `socialdesk queue run` sends when they are due. The operating
system's scheduler calls that command (`os_scheduler.py`), so the app runs no daemon.
"""
