"""Teachers' class material, as pure functions the bot and the CLI call. Nothing here talks to Telegram or to
the database.

- :mod:`bot.classroom.qr` — ``qr_png(link)``: the QR code of a class link;
- :mod:`bot.classroom.poster` — ``poster_pdf(class_label=, link=, language=)``: the printable A4 poster;
- :mod:`bot.classroom.figures` — ``publish(history, current, today)``: class figures safe to show for a class
  of minors (rounded cells, snapshots that move only in steps of five students);
- :mod:`bot.classroom.chart` — ``class_chart_png(figures, language)`` and ``figures_text(figures, language)``.

The submodules are imported one by one (no re-exports) so that a QR code does not load matplotlib.
"""
