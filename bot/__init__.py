"""DSE Pathways: the assistant, its transports (Telegram, terminal, CLI) and their wiring."""
