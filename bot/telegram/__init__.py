"""The Telegram transport: handlers, keyboards, rendering and limits around the assistant and the profile store.

This is the only package that imports ``telegram``; everything it shows comes from :mod:`bot.assistant` answers
and :mod:`storage` records. Start with :func:`bot.telegram.app.build_application`.
"""
