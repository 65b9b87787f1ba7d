"""Version history in the window: snapshots at the moments that matter, File ▸ History…"""
